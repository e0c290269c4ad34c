"""Finding a quote in its source text, so nobody has to count characters."""

from __future__ import annotations

import unicodedata

__all__ = ["locate_quote", "QuoteError", "INVISIBLES"]

#: Characters that look like nothing or like a space, named in error hints.
INVISIBLES = {
    "\u00a0": "NO-BREAK SPACE", "\u200b": "ZERO WIDTH SPACE", "\u200c": "ZERO WIDTH NON-JOINER",
    "\u200d": "ZERO WIDTH JOINER", "\u2060": "WORD JOINER", "\ufeff": "ZERO WIDTH NO-BREAK SPACE (BOM)",
    "\u202f": "NARROW NO-BREAK SPACE", "\u00ad": "SOFT HYPHEN",
}


class QuoteError(ValueError):
    """The quote cannot be placed in the text; the message says why and what to do."""


def _describe(s: str) -> str:
    return repr(s if len(s) <= 60 else s[:57] + "...")


def locate_quote(text: str, quote: str, *, occurrence: int | None = None,
                 start: int | None = None, end: int | None = None) -> tuple[int, int]:
    """Return ``(quote_start, quote_end)`` of ``quote`` in the NFC ``text``.

    With ``start``/``end`` given, checks that they hold the quote. Otherwise
    finds the quote; when it occurs more than once, ``occurrence`` (1-based)
    says which. Raises :class:`QuoteError` with a hint (not NFC, invisible
    characters, ambiguous, absent, offsets off).
    """
    if not quote:
        raise QuoteError("quote is empty")
    if not unicodedata.is_normalized("NFC", quote):
        raise QuoteError("quote is not in Unicode NFC (it has decomposed characters, e.g. 'a' + combining "
                         "diaeresis instead of 'ä'); retype those characters")
    if start is not None or end is not None:
        if start is None or end is None:
            raise QuoteError("give both quote_start and quote_end, or neither")
        if text[start:end] == quote:
            return start, end
        found = text.find(quote)
        where = f"; the quote is at {found}-{found + len(quote)}" if found >= 0 else ""
        raise QuoteError(f"quote_start/quote_end {start}-{end} hold {_describe(text[start:end])}, not the quote{where}")
    hits = []
    pos = text.find(quote)
    while pos >= 0:
        hits.append(pos)
        pos = text.find(quote, pos + 1)
    if not hits:
        odd = sorted({name for ch, name in INVISIBLES.items() if ch in quote})
        hint = f" (the quote contains {', '.join(odd)})" if odd else ""
        if not hint and any(c in quote for c in "\"'„“”‚‘’"):
            hint = " (check the quotation marks: the text may use „…“ or \"…\")"
        raise QuoteError(f"quote {_describe(quote)} is not in the source text{hint}")
    if occurrence is None:
        if len(hits) > 1:
            raise QuoteError(f"quote occurs {len(hits)} times in the source text; add 'occurrence: N' (1 to {len(hits)}) to say which")
        occurrence = 1
    if not 1 <= occurrence <= len(hits):
        raise QuoteError(f"occurrence {occurrence} does not exist: the quote occurs {len(hits)} time(s)")
    s = hits[occurrence - 1]
    return s, s + len(quote)
