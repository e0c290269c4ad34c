"""Who writes a signed piece: the author whose first-person claims are theirs.

A guest article, an open letter or an op-ed says much in its author's own
voice ("Unsere Verteidiger haben ... getötet", "Ich schätze, dass ...").
Such claims name no source in their sentence; the piece names it once, in
the author's box ("Der Autor ist ...", "Han Ji-won ist Senior Research
Fellow am KINU" under the byline "Von Han Ji-won") or in a letter's
signature. The patterns are ``author_*`` in ``rules/cues.yaml``.
"""

from __future__ import annotations

import re

from .attribution import Mention
from .lexicon import Lexicon

__all__ = ["signed_author"]

_SIGNATURE_REACH = 300  # characters after "Mit freundlichen Grüßen": the name and the role under it
_BYLINE_REACH = 1500  # characters: a byline stands near the top


# (a full stop after a word of three letters or more: not "Dr." or "a. D.")
_SENTENCE_END = re.compile(r"(?<=[a-zäöüß)]{3})\.(?=\s)|\n")


def _sentence_end(text: str, at: int) -> int:
    """Where the box's sentence starting at ``at`` ends: the box names whom the author speaks for there, and what
    follows may name others ("Im Gespräch erklärt er, was Südkorea ... weiß")."""
    end = _SENTENCE_END.search(text, at)
    return len(text) if end is None else end.start()


def _line_starts(text: str, limit: int) -> list[int]:
    """Where the lines of ``text[:limit]`` start (the patterns are tried there only: a few dozen places, not every
    character)."""
    out = [0]
    at = text.find("\n", 0, limit)
    while at >= 0:
        out.append(at + 1)
        at = text.find("\n", at + 1, limit)
    return out


def _sentence_starts(text: str, limit: int) -> list[int]:
    """Where the sentences of ``text[:limit]`` after a full stop and a space start (an interview's intro: "...,
    gekürzt. Han Seung-min, Jahrgang 1976, leitet ...")."""
    out = []
    at = text.find(". ", 0, limit)
    while at >= 0:
        out.append(at + 2)
        at = text.find(". ", at + 2, limit)
    return out


def signed_author(text: str, mentions: list[Mention], lex: Lexicon) -> Mention | None:
    """The mention of the body the author of a signed piece speaks for, or None.

    ``mentions`` are the actors named in ``text``, in text order. The body is
    the first person, body or country named in the author's box ("Botschafter
    der Ukraine in Deutschland": Ukraine's); outlets do not count. None when
    the text has no box in a present role, or the box names no one with an id.
    """
    spans: list[tuple[int, int]] = []
    if "Grüßen" in text or "Hochachtungsvoll" in text:
        spans += [(m.end(), min(len(text), m.end() + _SIGNATURE_REACH)) for m in lex.author_signature_re.finditer(text)]
    names: set[str] = set()
    if "on " in text[:_BYLINE_REACH]:
        names = {m.group("name") for m in (lex.author_byline_re.match(text, at)
                                           for at in _line_starts(text, _BYLINE_REACH)) if m is not None}
    lines = _line_starts(text, len(text))
    labels = {m.group("name") or m.group("addressed") for m in (lex.author_label_re.match(text, at) for at in lines)
              if m is not None} if ":" in text or "Herr " in text or "Frau " in text else set()
    if names or labels or "Autor" in text or "Verfasser" in text:
        for at in lines + _sentence_starts(text, _BYLINE_REACH):
            box = lex.author_box_re.match(text, at)
            # (a name opening a paragraph is the author's box only under the byline of that name, or a speaker's label
            # of one of its words: "Kim Jong Un ist ..." in running text is no box)
            if box is not None and (box.group("name") is None or box.group("name") in names
                                    or not labels.isdisjoint(box.group("name").split())):
                spans.append((box.start(), _sentence_end(text, box.start())))
    return _first_in(sorted(spans), mentions)


def _first_in(spans: list[tuple[int, int]], mentions: list[Mention]) -> Mention | None:
    """The first actor other than an outlet named within the first of ``spans`` that names one."""
    for lo, hi in spans:
        found = next((m for m in mentions if lo <= m.start and m.end <= hi and not m.actor.wire), None)
        if found is not None:
            return found
    return None
