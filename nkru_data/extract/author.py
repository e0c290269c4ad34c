"""Who writes a signed piece: the author whose first-person claims are theirs.

A guest article, an open letter or an op-ed says much in its author's own
voice ("Unsere Verteidiger haben ... getötet", "Ich schätze, dass ...").
Such claims name no source in their sentence; the piece names it once, in
the author's box ("Der Autor ist ...", "Han Ji-won ist Senior Research
Fellow am KINU" under the byline "Von Han Ji-won") or in a letter's
signature. The patterns are ``author_*`` in ``rules/cues.yaml``.
"""

from __future__ import annotations

from .attribution import Mention
from .lexicon import Lexicon

__all__ = ["signed_author"]

_SIGNATURE_REACH = 300  # characters after "Mit freundlichen Grüßen": the name and the role under it


def _paragraph_end(text: str, at: int) -> int:
    end = text.find("\n\n", at)
    return len(text) if end < 0 else end


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
    if "Von " in text or "von " in text:
        byline = lex.author_byline_re.search(text)
        names = {byline.group("name")} if byline is not None else set()
    else:
        names = set()
    for box in lex.author_box_re.finditer(text):
        # (a name opening a paragraph is the author's box only under the byline of that name: "Kim Jong Un ist ..."
        # in running text is no box)
        if box.group("name") is None or box.group("name") in names:
            spans.append((box.start(), _paragraph_end(text, box.start())))
    for lo, hi in spans:
        found = next((m for m in mentions if lo <= m.start and m.end <= hi and not m.actor.wire), None)
        if found is not None:
            return found
    return None
