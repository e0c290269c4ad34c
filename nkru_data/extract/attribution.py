"""Who makes a claim: the claimant, the intermediary and the attribution as written.

A sentence is attributed when an attribution cue ("laut", "nach Angaben",
"zufolge", "sagte", "berichtete" ...; see rules/cues.yaml) names an actor
within reach. Reported speech (Konjunktiv I, "demnach", "sollen") carries
the attribution of the sentence before it. Wire agencies and outlets
(AFP, Reuters, Yonhap, BBC) become ``via_id`` when someone else is named.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import ActorName, Lexicon

__all__ = ["Mention", "Attribution", "UNATTRIBUTED", "attribute"]

#: The claimant of a claim nobody is named for.
UNATTRIBUTED = "xxx-unattributed"

_PRONOUN = re.compile(r"\s*(?:er|sie|es)\b")


@dataclass(frozen=True)
class Mention:
    """An actor named in the text at ``text[start:end]``."""

    start: int
    end: int
    actor: ActorName


@dataclass(frozen=True)
class Attribution:
    """The claimant of a sentence (``own`` is False when carried over from an earlier sentence)."""

    claimant_id: str
    via_id: str | None
    text: str | None
    own: bool
    also: tuple[str, ...] = ()   # further claimants named jointly ("südkoreanischen und ukrainischen Angaben")
    kind: str = "body"           # "body" (a person or institution), "country" or "wire": how the claimant was named

    def refined_by(self, later: "Attribution") -> bool:
        """True when ``later`` (the next sentence's own attribution) names the source of this weak one more
        precisely: a country by one of its institutions, a wire agency by whom it cites."""
        if self.kind == "body" or not later.own or later.kind != "body":
            return False
        if self.kind == "country":
            return later.claimant_id.split("-")[0] == self.claimant_id.split("-")[0]
        return later.via_id == self.claimant_id


NONE = Attribution(UNATTRIBUTED, None, None, False)


def _pick(found: list[Mention]) -> tuple[Mention | None, Mention | None]:
    """Claimant and intermediary among mentions near a cue.

    People and bodies come first, then a wire agency on its own, then a
    bare country name ("laut Seoul").
    """
    wire = next((m for m in found if m.actor.wire), None)
    claimant = next((m for m in found if not m.actor.wire and not m.actor.country), None)
    if claimant is None and wire is not None:
        return wire, None
    if claimant is None:
        claimant = next((m for m in found if not m.actor.wire), None)
    if claimant is None:
        return None, None
    return claimant, (wire if wire is not None and wire.actor.id != claimant.actor.id else None)


def _is_wire(actor_id: str, mentions: list[Mention]) -> bool:
    return any(m.actor.id == actor_id and m.actor.wire for m in mentions)


def _strong(attr: Attribution, mentions: list[Mention]) -> bool:
    """True when the attribution's claimant was named as a person or body, not a bare country or agency."""
    return any(m.actor.id == attr.claimant_id and not m.actor.country and not m.actor.wire for m in mentions)


def _joint(text: str, mentions: list[Mention], first: Mention, lex: Lexicon) -> list[str]:
    """Actors named right after ``first`` joined by "und" or commas: claimants too."""
    out: list[str] = []
    last = first
    for m in mentions:
        if m.start < last.end or m.actor.wire:
            continue
        if not lex.joint_re.fullmatch(text, last.end, m.start):
            break
        out.append(m.actor.id)
        last = m
    return out


def attribute(text: str, start: int, end: int, mentions: list[Mention], lex: Lexicon,
              previous: Attribution | None) -> Attribution:
    """The attribution of the sentence ``text[start:end]``.

    ``mentions`` are the actors named in it; ``previous`` is the attribution
    of the sentence before (same paragraph) or None. Returns
    :data:`NONE`-like unattributed when no cue names anyone and nothing
    carries over. Never raises.
    """
    if not mentions and (previous is None or previous.claimant_id == UNATTRIBUTED):
        return NONE  # nobody named and nothing to carry over: no cue can attribute (most sentences)
    reach = lex.attribution_reach
    if lex.anonymous_re.search(text, start, end):
        return NONE
    choices: list[Attribution] = []
    pronoun_cue = False
    for cue in lex.attribution_re.finditer(text, start, end):
        direction = lex.attribution_dirs[cue.lastgroup]
        # Forward cues may contain their actor ("Nach südkoreanischen Schätzungen").
        fwd = [m for m in mentions if m.start >= cue.start() and m.start - cue.end() <= reach]
        back = [m for m in reversed(mentions) if m.end <= cue.start() and cue.start() - m.end <= reach]
        groups = {"forward": [fwd], "backward": [back], "both": [fwd, back]}[direction]
        # People and bodies on either side beat a country named next to the cue ("berichtet, dass Nordkorea").
        found = [m for g in groups for m in g if not m.actor.country] + [m for g in groups for m in g if m.actor.country]
        claimant, via = _pick(found) if found else (None, None)
        if claimant is not None:
            lo = min(cue.start(), claimant.start)
            hi = max(cue.end(), claimant.end)
            if via is not None and 0 <= via.start - hi < 80:
                hi = via.end  # "sagte ... der Nachrichtenagentur AFP": the intermediary is part of it
            also = _joint(text, mentions, claimant, lex)
            if also:
                hi = max(hi, max(m.end for m in mentions if m.actor.id in also))
            kind = "country" if claimant.actor.country else ("wire" if claimant.actor.wire else "body")
            choices.append(Attribution(claimant.actor.id, via.actor.id if via else None, text[lo:hi], True,
                                       tuple(a for a in also if a != claimant.actor.id), kind))
            if not claimant.actor.country and not claimant.actor.wire:
                break
        elif direction != "backward" and _PRONOUN.match(text, cue.end()):
            pronoun_cue = True
    if choices:
        # The first cue naming a person or body; else the first naming anyone.
        if len(choices) > 1 and _strong(choices[-1], mentions):
            best = choices[-1]
            wire = next((c.claimant_id for c in choices[:-1] if _is_wire(c.claimant_id, mentions)), None)
            if best.via_id is None and wire is not None:
                best = Attribution(best.claimant_id, wire, best.text, True, best.also, best.kind)
            return best
        return choices[0]
    if pronoun_cue and previous is not None and previous.claimant_id != UNATTRIBUTED:
        return Attribution(previous.claimant_id, previous.via_id, previous.text, False, previous.also, previous.kind)
    if previous is not None and previous.claimant_id != UNATTRIBUTED and lex.carry_over_re.search(text, start, end):
        return Attribution(previous.claimant_id, previous.via_id, previous.text, False, previous.also, previous.kind)
    return NONE  # no cue, or a cue naming nobody ("hieß es", "dem Vernehmen nach")
