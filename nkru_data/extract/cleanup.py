"""The text the rules read: a copied text without the marks its copying left.

Text copied from web pages, feeds and PDFs carries things no rule should
have to know about:

- invisible characters: soft hyphens (a page's hyphenation hints,
  "Sol\\u00addaten"), zero-width spaces and joiners, word joiners, byte-order
  marks;
- HTML character references left by a scraper: "10.000&nbsp;Soldaten",
  "&#8222;Kursk&#8220;", "Reuters &amp; AFP";
- carriage returns: Windows line ends ("\\r\\n") and old Mac ones (a lone
  "\\r"), which the CLI reads as "\\n" but the Python API gets as they are;
- a word hyphenated across a line break in hard-wrapped text ("Sol-\\ndaten",
  "Nord-\\nKorea"); "Luft-\\nund Raumfahrt" keeps its hyphen (the words that
  keep it are listed in ``rules/sentences.yaml``, ``hyphen_keeps``).
- the joints of plain-language German (Leichte Sprache), which splits long
  words with a middle dot ("Nord·korea", "Geheim·dienst") and number words with
  a hyphen ("fünfzehn-tausend");
- reference markers glued to a word or a sentence's end, as encyclopedias and
  dossiers print them ("Tote[8]", "verlegt.[3][4]", "Soldaten¹"): their digits
  are no counts, and a sentence ends before them;
- decimals spoken out, as broadcast scripts and transcripts write them ("zwei
  Komma acht Millionen", "2 Komma 8 Milliarden"): read as "2,8 Millionen";
- the speaker labels of a transcript written in capitals ("KIRBY: ...",
  "MÜLLER (BMVG): ..."): a word of the label is read as the text writes it
  elsewhere ("Kirby"), so the name finds its speaker.

:func:`clean` returns the text the rules read, with a map back to the
original: records quote the original text (their quotes keep what was
removed), so ``text[quote_start:quote_end] == quote`` still holds.
"""

from __future__ import annotations

import bisect
import html
import re
from pathlib import Path

from ruamel.yaml import YAML

from .rulecheck import joined_spelling_fits
from .sentences import HYPHEN_KEEPS, JOINED_SPELLINGS

__all__ = ["Cleaned", "clean"]

_INVISIBLE = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")
_DOT_JOINT = r"\u00b7(?<=[^\W\d_]\u00b7)(?=[^\W\d_])"  # a middle dot between two letters ("Nord·korea")


def _joint_patterns(spellings: dict[str, str]) -> list[str]:
    """For each "Nord-Korea" -> "Nordkorea", a pattern of its "-K" with the rest of the word around it (a spelling that
    does not fit is skipped here and reported by :func:`~.rulecheck.check_rules`)."""
    out = []
    for key, value in spellings.items():
        if not joined_spelling_fits(key, value):
            continue
        at = key.find("-")
        out.append(rf"(?<=\b{re.escape(key[:at])})-{re.escape(key[at + 1])}(?={re.escape(key[at + 2:])}\b)")
    return out


# A transcript's speaker label in capitals at a line's start, before its colon: "RYDER:", "FRAGE DR. LANGE:",
# "SRS'IN HOFFMANN:", "MÜLLER (BMVG):" (the bracket stays as it is).
_LABEL = r"[A-ZÄÖÜ]{2}[A-ZÄÖÜ'’.-]*(?:\x20[A-ZÄÖÜ][A-ZÄÖÜ'’.-]*){0,3}(?=\x20?(?:\([^()\n]{1,30}\))?:\s)"
_LABEL_AT_START = re.compile(_LABEL)
_LABEL_LINE = re.compile("\n" + _LABEL)
_LABEL_WORD = re.compile(r"[A-ZÄÖÜ][A-ZÄÖÜ'’-]{2,}")

# A reference marker right after a letter or a closing mark: "[8]", "[3][4]", "[3, 4]", "[a]", superscript digits.
# (its first character tested first: cheap at the characters of a text that are none of them)
_REFERENCE = (r"(?=[\[\u00b9\u00b2\u00b3\u2070\u2074-\u2079])(?:(?<=[^\W\d_])|(?<=[.,;:!?“”\"»«)’]))"
              r"(?:\[(?:\d{1,3}|[a-z])(?:\s?[,–-]\s?\d{1,3})*\]|[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+)+")
_REFERENCE_RE = re.compile(_REFERENCE)
_SUPERSCRIPTS = frozenset("\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079")


def _small_number_words() -> dict[str, int]:
    """The number words below 100 of ``rules/numbers.yaml`` (lower case), and "null"."""
    with open(Path(__file__).resolve().parent / "rules" / "numbers.yaml", encoding="utf-8") as fh:
        words = YAML(typ="safe").load(fh)["words"]
    return {"null": 0, "ein": 1, "eins": 1} | {str(w): int(v) for w, v in words.items() if int(v) < 100}


_SMALL_NUMBERS = _small_number_words()
_NUMBER_WORD = "|".join(sorted(map(re.escape, _SMALL_NUMBERS), key=len, reverse=True))
# A decimal spoken out before a multiplier: "zwei Komma acht Millionen" (whole part and one decimal in words or
# digits; "Komma" alone never shortens anything else)
_SPOKEN_DECIMAL = (rf"(?<![\w-])(?P<whole>\d{{1,3}}|(?i:{_NUMBER_WORD}))\s+Komma\s+(?P<frac>\d{{1,3}}|(?i:{_NUMBER_WORD}))"
                   rf"(?=\s+(?:Millionen|Million|Milliarden|Milliarde|Mio\.|Mrd\.))")

_BASE_MARKS = (
    r"(?P<invisible>[" + "".join(sorted(_INVISIBLE)) + r"]+)"
    r"|(?P<cr>\r\n?)"
    r"|(?P<entity>&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)"
    # a letter, a hyphen at the end of the line, and a word going on on the next line
    r"|(?<=[^\W\d_])-(?P<wrap>[ \t]*\r?\n[ \t]*)(?=(?P<next>[^\W\d_]+))"
    # a middle dot between two letters; a hyphen between a number word and "tausend" or "hundert"
    r"|(?P<joint>" + _DOT_JOINT + r"|-(?<=[a-zäöüß]-)(?=(?:tausend|hundert)(?![^\W\d_])))"
    # a plain-language spelling ("Nord-Korea": ``joined_spellings`` of rules/sentences.yaml): its hyphen and the
    # capital after it, read as the small letter (one short piece, so positions keep their order)
    r"|(?P<spelling>" + ("|".join(_joint_patterns(JOINED_SPELLINGS)) or "(?!)") + r")"
    r"|(?:(?<=\n)|(?<![\s\S]))(?P<label>" + _LABEL + ")"
)
# (the references and the spoken decimals only where the text may hold them: tried at every character, their
# alternatives would slow the scan of every text with some other mark)
_MARKS = {(refs, decimals): re.compile(_BASE_MARKS + (r"|(?P<reference>" + _REFERENCE + ")" if refs else "")
                                       + (r"|(?P<decimal>" + _SPOKEN_DECIMAL + ")" if decimals else ""))
          for refs in (False, True) for decimals in (False, True)}
_HYPHEN_BREAK = re.compile(r"-[ \t]*\r?\n")
_WORD_DOT = re.compile(_DOT_JOINT)


def _has_marks(text: str) -> bool:
    # (substring tests run at memory speed; the alternation of _MARKS would stop at every hyphen of a clean text)
    # (a middle dot between spaces is a separator of page furniture, "Kiew · Lesezeit 4 Min.": only one between letters)
    return ("&" in text or "\r" in text or any(c in text for c in _INVISIBLE)
            or _HYPHEN_BREAK.search(text) is not None or "-tausend" in text or "-hundert" in text
            or ("\u00b7" in text and _WORD_DOT.search(text) is not None) or any(k in text for k in JOINED_SPELLINGS)
            or _LABEL_LINE.search(text) is not None or _LABEL_AT_START.match(text) is not None
            or ("[" in text and _REFERENCE_RE.search(text) is not None) or any(c in text for c in _SUPERSCRIPTS)
            or " Komma " in text)


def _as_written(label: str, text: str) -> str:
    """A speaker label in capitals with each word the text also writes in small letters as written there: "RYDER"
    -> "Ryder" where the text names "Pat Ryder"; other words ("FRAGE", "NATO", "DR.") stay."""
    def word(m: re.Match) -> str:
        w = m.group()
        titled = w[0] + w[1:].lower()
        return titled if re.search(r"(?<!\w)" + re.escape(titled) + r"(?!\w)", text) else w
    return _LABEL_WORD.sub(word, label)


class Cleaned:
    """A cleaned text and how its positions map to the original.

    ``pieces`` lists, in text order, ``(clean_start, clean_end, orig_start, orig_end)`` of each stretch that was
    replaced (a removed stretch has ``clean_start == clean_end``); the text between pieces is unchanged.
    """

    __slots__ = ("text", "pieces", "_starts")

    def __init__(self, text: str, pieces: list[tuple[int, int, int, int]]) -> None:
        self.text = text
        self.pieces = pieces
        self._starts = [p[0] for p in pieces]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original positions of the clean text's ``[start, end)`` (``end > start``).

        A replaced stretch the span touches is included whole ("&amp;" for "&"); removed characters inside the
        span are included, those right before or after it are not.
        """
        first = self._piece_at(start)  # (a removed piece at ``start`` lies before its character)
        o_start = start if first is None else (first[2] if start < first[1] else first[3] + start - first[1])
        last = self._piece_at(end - 1)  # (the last character's: a removed piece right at ``end`` stays outside)
        o_end = end if last is None else (last[3] if end - 1 < last[1] else last[3] + end - last[1])
        return o_start, o_end

    def _piece_at(self, pos: int) -> tuple[int, int, int, int] | None:
        """The last piece starting at or before ``pos`` in the clean text, or None."""
        i = bisect.bisect_right(self._starts, pos) - 1
        return self.pieces[i] if i >= 0 else None


def _replacement(m: re.Match) -> str:
    if m.group("invisible") is not None:
        return ""
    if m.group("cr") is not None:
        return "\n"
    found = m.groupdict()  # (the references and decimals are groups of some of the scans only)
    if m.group("joint") is not None or found.get("reference") is not None:
        return ""  # "Nord·korea", "fünfzehn-tausend", "Tote[8]"
    if m.group("spelling") is not None:
        return m.group("spelling")[1].lower()  # "-K" of "Nord-Korea"
    if found.get("decimal") is not None:
        whole, frac = (g if g.isdigit() else str(_SMALL_NUMBERS[g.lower()]) for g in (m.group("whole"), m.group("frac")))
        return f"{whole},{frac}"  # (a decimal of one word: "acht" is 8, not 08)
    if m.group("label") is not None:
        return _as_written(m.group("label"), m.string)
    if m.group("entity") is not None:
        value = html.unescape(m.group())
        if value == m.group():  # not an entity Python knows: leave it
            return value
        return "".join(c for c in value if c not in _INVISIBLE)
    # a hyphenated line break
    word = m.group("next")
    if word.lower() in HYPHEN_KEEPS:
        return "- "  # "Luft-\nund Raumfahrt": the hyphen stays, the break is a space
    if word[0].isupper():
        return "-"  # "Nord-\nKorea"
    return ""  # "Sol-\ndaten"


def clean(text: str) -> Cleaned | None:
    """The text the rules should read, or None when ``text`` has nothing to clean (most texts).

    Never raises. The cleaned text is never longer than ``text``.
    """
    if not _has_marks(text):
        return None
    out: list[str] = []
    pieces: list[tuple[int, int, int, int]] = []
    done = 0  # original position up to which the text is copied
    size = 0  # length of the cleaned text so far
    marks = _MARKS["[" in text or any(c in text for c in _SUPERSCRIPTS), " Komma " in text]
    for m in marks.finditer(text):
        a, b = m.span()
        if m.group("wrap") is not None:
            b = m.end("wrap")  # the look-ahead's word stays
        rep = _replacement(m)
        if rep == text[a:b]:
            continue
        out.append(text[done:a])
        size += a - done
        out.append(rep)
        if m.groupdict().get("decimal") is not None:
            # (three pieces, each character of "2,8" standing for its own stretch: "zwei", " Komma ", "acht")
            w_end, f_start = m.end("whole"), m.start("frac")
            comma = rep.index(",")
            pieces += [(size, size + comma, a, w_end), (size + comma, size + comma + 1, w_end, f_start),
                       (size + comma + 1, size + len(rep), f_start, b)]
        elif len(rep) == b - a:  # (a label's letters: each changed one is a piece, so every position keeps its own)
            pieces += [(size + i, size + i + 1, a + i, a + i + 1) for i in range(len(rep)) if rep[i] != text[a + i]]
        else:
            pieces.append((size, size + len(rep), a, b))
        size += len(rep)
        done = b
    if not pieces:
        return None
    out.append(text[done:])
    return Cleaned("".join(out), pieces)
