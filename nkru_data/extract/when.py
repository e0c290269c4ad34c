"""Resolving the dates a sentence names against the text's published date.

"am Dienstag", "im vergangenen Oktober", "zu Beginn dieses Jahres", "bis
Dezember", "22. Oktober 2024": each becomes a partial date, but only as
precise as the text and the published date allow. "am Dienstag" in a text
published "2025" gives nothing (the week is unknown); "im vergangenen
Oktober" needs the published month to know which October is meant.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from ..dates import date_bounds, parse_partial_date
from .lexicon import Lexicon

__all__ = ["ClaimDates", "resolve_dates", "resolve_mention"]

_BIS = re.compile(r"(?:\b[Bb]is(?:\s+(?:Ende|Anfang|Mitte|zum|spätestens))?\s*(?:im\s+)?)$")
_SEIT = re.compile(r"(?:\b[Ss]eit(?:\s+dem)?\s*)$")
_CLAUSE = re.compile(r"[,;:()\"„“]")


class ClaimDates(NamedTuple):
    """The dates of one claim (``None`` where the text gives none)."""

    reported: str | None
    event: str | None
    event_end: str | None


def _parts(published: str) -> tuple[int, int | None, int | None]:
    p = [int(x) for x in published.split("-")]
    return p[0], (p[1] if len(p) > 1 else None), (p[2] if len(p) > 2 else None)


def _fmt(y: int, m: int | None = None, d: int | None = None) -> str | None:
    if not 1 <= y <= 9999:
        return None
    s = f"{y:04d}" if m is None else (f"{y:04d}-{m:02d}" if d is None else f"{y:04d}-{m:02d}-{d:02d}")
    try:
        return parse_partial_date(s)
    except ValueError:
        return None


def resolve_mention(m: re.Match, published: str, lex: Lexicon, *, future: bool = False) -> str | None:
    """One date expression matched by ``lex.date_re`` as a partial date, or None when unsupported.

    ``future`` says the expression points forward ("bis Dezember"): a bare
    month then means the next such month, not the last one.
    """
    y, mo, d = _parts(published)
    g = m.groupdict()
    if g["full"]:
        day = int(g["d"])
        month = lex.months[g["mon"]] if g["mon"] else int(g["mnum"])
        if g["y"]:
            return _fmt(int(g["y"]), month, day)
        if mo is None:
            return None
        if future:
            return _fmt(y if month >= mo else y + 1, month, day)
        return _fmt(y if month <= mo else y - 1, month, day)
    if g["monyear"]:
        month = lex.months[g["mon2"]]
        if g["y2"]:
            return _fmt(int(g["y2"]), month)
        rel = g["rel"]
        if rel in lex.past_words:
            if mo is None:
                return None
            return _fmt(y if month < mo else y - 1, month)
        if rel in lex.future_words or future:
            if mo is None:
                return _fmt(y, month) if future else None
            return _fmt(y if month >= mo else y + 1, month)
        if mo is None:
            return _fmt(y, month)
        return _fmt(y if month <= mo else y - 1, month)
    if g["wd"]:
        if d is None:
            return None
        name = next(k for k in lex.weekdays if g["wd"].startswith(k))
        pub = dt.date(y, mo, d)
        back = (pub.weekday() - lex.weekdays[name]) % 7
        day = pub - dt.timedelta(days=back)
        return _fmt(day.year, day.month, day.day)
    if g["lastweek"]:
        if d is None:
            return None
        pub = dt.date(y, mo, d)
        first, last = pub - dt.timedelta(days=13), pub - dt.timedelta(days=1)
        if (first.year, first.month) == (last.year, last.month):
            return _fmt(last.year, last.month)
        return _fmt(last.year) if first.year == last.year else None
    if g["thisyear"]:
        return _fmt(y)
    if g["lastyear"]:
        return _fmt(y - 1)
    return None


def _after(a: str, b: str) -> bool:
    """True when partial date ``a`` begins after partial date ``b`` can have ended."""
    return date_bounds(a)[0] > date_bounds(b)[1]


def resolve_dates(text: str, start: int, end: int, published: str, lex: Lexicon, *, future_ok: bool) -> ClaimDates:
    """The reported and event dates a sentence (``text[start:end]``) gives, checked against ``published``.

    A date in the clause of a reporting verb ("sagte am Dienstag",
    "hatte vergangene Woche berichtet") dates the claim; one after "bis"
    ends the event; any other dates the event. Dates that would lie after
    the published date are dropped, except event dates of claims about the
    future (``future_ok``). Never raises.
    """
    reported = event = event_end = None
    for m in lex.date_re.finditer(text, start, end):
        before = text[max(start, m.start() - 30):m.start()]
        is_end = bool(_BIS.search(before))
        value = resolve_mention(m, published, lex, future=is_end)
        if value is None:
            continue
        # The clause around the date: from the last clause mark before it to the next after it.
        lo = max(start, m.start() - 60)
        hi = min(end, m.end() + 60)
        left = text[lo:m.start()]
        right = text[m.end():hi]
        cut_l = max((x.end() for x in _CLAUSE.finditer(left)), default=0)
        cut_r = next((x.start() for x in _CLAUSE.finditer(right)), len(right))
        clause = left[cut_l:] + " " + right[:cut_r]
        if lex.reporting_verbs_re.search(clause) and reported is None and not is_end:
            if not _after(value, published):
                reported = value
            continue
        if is_end:
            event_end = event_end or value
        elif event is None:
            event = value
    if event and _after(event, published) and not future_ok:
        event = None
    if event_end and _after(event_end, published) and not future_ok:
        event_end = None
    if event and event_end and date_bounds(event_end)[1] < date_bounds(event)[0]:
        event_end = None
    if reported and event and _after(event, reported) and not future_ok:
        event = None
    return ClaimDates(reported, event, event_end)
