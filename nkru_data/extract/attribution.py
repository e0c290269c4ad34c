"""Who makes a claim: the claimant, the intermediary and the attribution as written.

A sentence is attributed when an attribution cue ("laut", "nach Angaben",
"zufolge", "sagte", "berichtete" ...; see rules/cues.yaml) names an actor
within reach. Reported speech (Konjunktiv I, "demnach", "sollen") carries
the attribution of the sentence before it. Wire agencies and outlets
(AFP, Reuters, Yonhap, BBC) become ``via_id`` when someone else is named.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from .lexicon import ADJECTIVE, INFLECTION, ActorName, Lexicon
from .sentences import QUOTE_MARKS, first_match

__all__ = ["Mention", "Attribution", "UNATTRIBUTED", "attribute", "with_learned_names", "without_descriptions"]

#: The claimant of a claim nobody is named for.
UNATTRIBUTED = "xxx-unattributed"
EXPERTS = "xxx-experts"  # unnamed experts, analysts and studies (CONTRIBUTING.md)

_PRONOUN = re.compile(r"\s*(?:[Ee]r|[Ss]ie|es|[Dd]ieser|[Dd]iese|[Ll]etztere[r]?)\b(?:\s+selbst\b)?\s*")
# The subject pronoun right after the finite auxiliary of a verb of saying at the clause's end ("Im April war er
# noch von 600 Toten ausgegangen", "Zuvor hatte sie 3000 genannt")
_AUX_PRONOUN = re.compile(r"\b(?:hat|hatte|hatten|haben|ist|war|waren|sind|habe|hätte|hätten|wäre|wären)\s+(?:er|sie)\b"
                          r"(?!\s+(?:dem|den|der|die|das)\s)")
# The subject pronoun, its auxiliary and a few words before a participle of saying: "Dieser hatte am Vortag gesagt,
# dass ...", "Er hat zuletzt erklärt, ...", "er habe dem südkoreanischen Präsidenten Yoon Suk Yeol mitgeteilt" (whom
# he told is no speaker)
_PRONOUN_AUX_FRONT = re.compile(r"\s*(?:[Ee]r|[Ss]ie|[Dd]ieser|[Dd]iese|[Ll]etztere[r]?)\s+(?:hat|hatte|hatten|haben|habe|hätte|"
                                r"hätten)\s+(?:[\w-]+\s+){0,8}")
# An unnamed spokesperson of nobody named ("Das Vereinigungsministerium wollte die Zahl nicht bestätigen. Ein Sprecher
# sagte, ..."): the body of the sentence before speaks, as through a pronoun
_SPOKESPERSON = re.compile(r"\s*(?:Ein|Eine)\s+(?:[\w-]+e[rn]?\s+)?(?:Sprecher|Sprecherin|Vertreter|Vertreterin)\s*")
# (a neuter body before a verb of saying: "Die umfassendste Schätzung stammt vom KIDA. Es bezifferte die Einnahmen ...")
_NEUTER_PRONOUN = re.compile(r"\s*Es\s+")
_IMPERSONAL_VERB = re.compile(r"(?:gibt|gab|geht|ging|heißt|hieß|hat|hatte|ist|war|wird|wurde)\b")  # "Es gibt", "Es heißt"
_NEITHER = re.compile(r"\s*[Ww]eder\s")  # a clause opening with "weder ... noch": its verb is negated
# right after a verb: its subject, a pronoun or a spokesperson of the body named before ("..., erklärte ein Sprecher")
_PRONOUN_AFTER_VERB = re.compile(r"\s+(?:er|sie)\b(?!\s+(?:dem|den|der|die|das)\s)|\s+(?:ein|eine)\s+(?:[\w-]+e[rn]?\s+)?"
                                 r"(?:Sprecher|Sprecherin|Vertreter|Vertreterin)\b(?!\s+(?:des|der|von|vom|aus|in|im|bei|beim)\b)")
_INFO_NOUN_AFTER = re.compile(r"\s+(?:Angaben|Berichte|Erkenntnisse|Erkenntnissen|Schätzungen|Zahlen|Informationen|Darstellung)\b")
# (possessives only, not cues.yaml's author_voice: "Bei uns am RUSI" names its source, "Nach meiner Rechnung" none)
_FIRST_PERSON_OWN = re.compile(r"\b(?:[Mm]ein|[Uu]nser)(?:e|er|en|em|es)?\b")
_POSSESSIVE = re.compile(r"\s*(?:deren|dessen|ihren|ihrer|ihres|seinen|seiner|seines|ihm|ihr|ihnen)\b")
# What stands before an actor named as an object or a place, not as a speaker: "mit dem südkoreanischen
# Präsidenten", "gegenüber der FAZ", "im Osten Russlands", "nach Russland", "zwischen Pjöngjang und Moskau".
_OBLIQUE = re.compile(
    r"(?:\b(?:[Mm]it|[Gg]egenüber|[Aa]n|[Aa]m|[Gg]egen|[Ff]ür|[Zz]u|[Zz]um|[Zz]ur|[Bb]eim|[Bb]ei|[Ii]m|[Ii]n|nach|[Üü]ber|[Aa]uf|[Vv]or|dem|den|[Zz]wischen)\s+"
    r"(?:(?:der|die|das|dem|den|des|einem|einer|eines)\s+)?(?:[a-zäöüß][\w-]*\s+){0,2}"
    r"|\b(?:Osten|Westen|Norden|Süden|Seite|Grenze|Gebiet\w*|Region|Krieg\w*|Angriffskrieg\w*)\s+"
    # (both of a pair: "der Tauschhandel zwischen Pjöngjang und Moskau")
    r"|\bzwischen\s+(?:(?:der|dem|den)\s+)?(?:[\w-]+\s+){1,3}(?:und|sowie)\s+(?:(?:der|dem|den)\s+)?"
    # (the genitive of such an object: "an die Armee des russischen Machthabers [Wladimir Putin] geschickt", "über die
    # Verluste [Kims] berichtet")
    r"|\b(?:[Aa]n|[Ff]ür|[Gg]egen|[Mm]it|[Zz]u|[Zz]um|[Zz]ur|[Bb]ei|[Bb]eim|[Üü]ber)\s+(?:(?:der|die|das|dem|den)\s+)?[A-ZÄÖÜ][\w-]+\s+"
    r"(?:(?:des|der)\s+(?:[a-zäöüß][\w-]*\s+){0,2}[A-ZÄÖÜ][\w-]+\s+)?"
    # (the genitive of an object after the verb, its subject before: "Russlands Botschafter ... hat die Verlustzahlen
    # des südkoreanischen Geheimdienstes zurückgewiesen")
    r"|\b(?:hat|haben|hatte|hatten|habe|wies|weist|wiesen|bestritt|bestreitet|dementierte|dementiert|nannte|nennt|"
    r"bezeichnete|bezeichnet)\s+(?:[a-zäöüß]\w*\s+){0,3}?(?:die|den|das)\s+[A-ZÄÖÜ][\w-]+\s+(?:des|der)\s+"
    r"(?:[a-zäöüß][\w-]*\s+){0,2})$")
# ... unless people inside it speak: "Quellen im ukrainischen Militärnachrichtendienst", "Kreise in der Regierung".
_SOURCES_IN = re.compile(r"\b(?:Quellen|Kreise|Kreisen|Insider|Insidern|Beamte|Beamten|Mitarbeiter|Mitarbeitern|Kontakte|Kontakten|Informanten)\s+"
                         r"(?:im|in|aus|bei|beim)\s+(?:(?:der|dem|den)\s+)?(?:[a-zäöüß][\w-]*\s+){0,2}$")
# What a body published: "(von den Vereinten Nationen) veröffentlichte Daten", "(vom Institut) vorgelegten Bericht".
_AUTHORED = re.compile(r"\s+(?:veröffentlicht|vorgelegt|erhoben|zusammengestellt|gesammelt|erstellt|herausgegeben)\w*\s+"
                       r"(?:Daten|Zahlen|Bericht\w*|Analyse\w*|Studie\w*|Statistik\w*|Dokument\w*)\b")
# Who sent what a number counts: "die 10.000 von Pjöngjang entsandten Soldaten" (the agent, not a speaker)
_COUNT_BY = re.compile(r"\d\s+von\s+(?:der\s+|dem\s+|den\s+)?$")
# A source a headline names after "aus" ("Angaben aus Seoul: ..."); other places after "aus" are none.
_FROM_SOURCE = re.compile(r"\b(?:Angaben|Informationen|Quellen|Kreise\w*|Berichte\w*|Stimmen|Zahlen|Schätzungen)\s+aus\s+$")
# A noun right before a country's genitive: "eine strategische Allianz Nordkoreas" names no speaker.
_AFTER_NOUN = re.compile(r"[a-zäöüß]\s+[A-ZÄÖÜ][a-zäöüß]+\s+$")
_NEAR_FORWARD = re.compile(r"\s*(?:[\w.()-]+\s+){0,7}[(„\"»«‹“]?")  # (Swiss quotes too: "laut der Zeitung «Chosun Ilbo»")
_NEAR_VERB = re.compile(r"\s*(?:[\w.()-]+\s+){0,6}[„\"»‹«“(]?")  # (also an abbreviation in brackets: "(HUR)")
# A person's name and, after a comma, the role that names the body: "Andrij Jussow, Sprecher des [HUR]".
# (not a clause the comma opens: "berichtet Stefan Niemann, dass offenbar Nordkoreas Machthaber ...")
_NAME_THEN_ROLE = re.compile(r"\s+(?:[A-ZÄÖÜ][\w-]+\s+){0,2}[A-ZÄÖÜ][\w-]+,\s+"
                             r"(?!(?:dass|daß|wonach|ob|weil|wie|wenn|als|damit|obwohl|nachdem|während)\b)(?:[\w-]+\s+){1,4}")
# A role and, between commas, the person holding it: "zog der Verteidigungsminister von Südkorea, [Shin Won-sik], Bilanz"
# (a first name before the name listed: "der Leiter des Geheimdienstes, Kirill [Budanov], ...").
_ROLE_THEN_NAME = re.compile(r"\s+(?:der|die|das|des)\s+(?:[\w-]+\s+){0,4}?[A-ZÄÖÜ][\w-]*,\s+(?:[A-ZÄÖÜ][a-zäöüß]+\s+)?")
# A subject right after the verb, and an object in the dative right after it: "gab [Russland] der [UN] an".
_SUBJECT_RIGHT_AFTER = re.compile(r"\s+(?:(?:der|die|das)\s+)?")
_DATIVE_NEXT = re.compile(r"\s+(?:der|dem)\s+(?:[\w-]+\s+)?")
# A phrase of its own between an actor and a backward cue: "Nordkorea dem Bericht zufolge".
_DOCUMENT_BEFORE = re.compile(r"\b(?:dem|einem|diesem|jenem|der|einer|dieser)\s+(?:[\w-]+\s+){0,2}?(?:Bericht|Report|Studie|"
                              r"Analyse|Untersuchung|Papier|Dokument|Gutachten|Medienbericht|Zeitungsbericht)\w*\s+$"
                              r"|\b(?:den|diesen)\s+(?:[\w-]+\s+)?(?:Berichten|Meldungen|Medienberichten)\s+$")
_OWN_PHRASE = re.compile(r"\s+(?:dem|einem|diesem|jenem)\s+(?:[\w-]+\s+){1,2}")
# What may stand between a cue and the actor it introduces ("laut dem ...", "nach Angaben des ..."; not a preposition:
# "Bilanz des Handels zwischen Pjöngjang und Moskau", "nach Informationen des auf Nordkorea spezialisierten Portals").
_ADJACENT = re.compile(r"\s*(?:(?:der|die|das|dem|den|des|von|vom|einer?|eines|eigenen)\s+)?(?:(?!(?:zwischen|auf|über|mit|aus|für|gegen|bei)\s)[\w-]+\s+){0,3}")


# "heißt es in Kiew", "hieß es aus Seoul": the capital's government speaks, it is no place here.
_SAID_IN = re.compile(r"\b(?:hieß|heißt|hiess|heisst)\s+es\s+(?:in|aus)\s+$")
# ... and so before it: "In Seoul hieß es", "In der „Washington Post“ hieß es", "Aus Moskau hieß es" (at a clause's start)
_SAID_IN_FRONT = re.compile(r"(?:^|(?<=[.!?:;]\s)|(?<=\n))(?:In|Im|Aus)\s+(?:(?:der|dem|den|einem|einer)\s+)?"
                            r"(?:[a-zäöüß][\w-]*\s+){0,2}[„“\"»«]?$")
# ... and so does a spokesperson there: "erklärte ein Sprecher in Moskau" (Russia's government)
_SPOKESMAN_IN = re.compile(r"\b[\w-]*[Ss]precher(?:in|innen)?\s+in\s+$")
# (the same inside a cue's text: core.py gives it to a body of that country named just before, "Das japanische
# Verteidigungsministerium äußerte sich besorgt. ..., sagte ein Sprecher in Tokio")
SPOKESPERSON_IN = re.compile(_SPOKESMAN_IN.pattern.removesuffix("$") + "[A-ZÄÖÜ]")
_SAID_AFTER = re.compile(r"[“\"»«]?\s+(?:hieß|heißt|hiess|heisst)\s+es\b")


def _oblique(text: str, m: Mention, cue: re.Match, forward: bool, introduces: bool, cache: dict) -> bool:
    """True when ``m`` is named as an object or a place (and so is no speaker), unless the cue
    ``introduces`` its actor and stands right by it ("laut dem Geheimdienst", "dem Geheimdienst zufolge")."""
    if introduces and cue.start() <= m.start and m.end <= cue.end():
        return False  # inside the cue itself: "hat nach ukrainischen Angaben ..." ("nach" is no place here)
    if m.actor.country:
        inside = cache.get(~m.start)  # (one search per mention, not per cue)
        if inside is None:
            inside = cache[~m.start] = _SOURCES_IN.search(text, max(0, m.start - 50), m.start) is not None
        if inside:
            return True  # "unter Berufung auf Quellen in Pjöngjang": people in a place, not its government
    placed = cache.get(m.start)
    if placed is None:
        # (not across a line break: "Steigende Verluste an der Front\nSelenskyj berichtete, ...")
        lo = max(0, m.start - 60, text.rfind("\n", 0, m.start) + 1)
        placed = _OBLIQUE.search(text, lo, m.start) is not None or (
            text.endswith(("von ", "der ", "dem ", "den "), 0, m.start) and _COUNT_BY.search(text, lo, m.start) is not None
        ) or (m.actor.country and (
            (text[m.end - 1] == "s" and _AFTER_NOUN.search(text, lo, m.start) is not None)
            # ("50 Raketen aus Nordkorea" is where they come from; "Angaben aus Seoul" is a source)
            or (text.endswith("aus ", 0, m.start) and _FROM_SOURCE.search(text, max(0, m.start - 30), m.start) is None)))
        # ("Quellen im ukrainischen Militärnachrichtendienst": people of the body speak for it)
        placed = cache[m.start] = placed and _SOURCES_IN.search(text, max(0, m.start - 50), m.start) is None \
            and not (m.actor.country and (_SAID_IN.search(text, max(0, m.start - 20), m.start)
                                          or _SPOKESMAN_IN.search(text, max(0, m.start - 40), m.start))) \
            and not (_SAID_AFTER.match(text, m.end) and _SAID_IN_FRONT.search(text, lo, m.start))
    if not placed or (text[max(0, m.start - 9):m.start].lower().endswith(("von den ", "von der ", "von dem ", "vom "))
                      and _AUTHORED.match(text, m.end)):
        return False  # ("von den Vereinten Nationen veröffentlichte Daten zeigten, ...": the author)
    if introduces and forward and _ADJACENT.fullmatch(text, cue.end(), m.start):
        return False
    if introduces and not forward and _ADJACENT.fullmatch(text, m.end, cue.start()):
        return False
    return True


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
    # Every person or body a cue of the sentence names, with the cue's position: a number takes the one
    # whose cue comes last before it ("Rutte sagte ..., seit der Geheimdienst bekannt gab, dass ... 12.000").
    alternatives: tuple[tuple[int, "Attribution"], ...] = ()

    def at(self, pos: int) -> "Attribution":
        """The attribution for a number at ``pos``: the last cue before it that names someone, else this one."""
        best = None
        for cue_at, alt in self.alternatives:
            if cue_at < pos:
                best = alt
        return best if best is not None else self

    def carried(self) -> "Attribution":
        """This source as it carries over to a later sentence: not that sentence's own, without alternatives.
        Where the sentence named several, the one its last cue named speaks on ("Die US-Regierung geht laut
        Außenminister Blinken davon aus, dass ... 8.000 von ihnen sind demnach ...": Blinken)."""
        last = self.alternatives[-1][1] if self.alternatives else self
        return Attribution(last.claimant_id, last.via_id, last.text, False, last.also, last.kind)

    def refined_by(self, later: "Attribution") -> bool:
        """True when ``later`` (the next sentence's own attribution) names the source of this weak one more
        precisely: a country by one of its institutions, a wire agency by whom it cites."""
        if self.kind == "body" or self.also or not later.own or later.kind != "body":
            return False
        if self.kind == "country" or self.claimant_id.partition("-")[2] == "media":
            # (a country's media at large, "laut ukrainischen Medienberichten", are as vague as the country)
            return _country_code(later.claimant_id) == _country_code(self.claimant_id)
        return later.via_id == self.claimant_id


NONE = Attribution(UNATTRIBUTED, None, None, False)


def _pick(group: list[Mention]) -> tuple[Mention | None, Mention | None]:
    """Claimant and intermediary among the mentions a cue points to.

    People and bodies come first, then a bare country name ("laut Seoul"),
    then a wire agency on its own (it is the claimant only when nobody else
    is named).
    """
    wire = next((m for m in group if m.actor.wire), None)
    claimant = next((m for m in group if not m.actor.wire and not m.actor.country), None) \
        or next((m for m in group if not m.actor.wire), None)
    if claimant is None:
        return wire, None
    return claimant, (wire if wire is not None and wire.actor.id != claimant.actor.id else None)


def _main_clause(text: str, start: int, clause: int, verb: int) -> tuple[int, int] | None:
    """The span of the main clause before clauses that commas insert ahead of a verb, or None when none are.

    "Das MSMT, das elf Staaten gegründet hatten, nachdem ..., legte ... vor": the clauses after commas that
    open in lower case (an apposition, a relative or a subordinate clause; at most three) are inserted; the
    span ends before the first of them.
    """
    between = text[clause:verb].strip()
    if clause < start + 3 or text[clause - 2:clause] != ", " or (between and not _AUXILIARY.fullmatch(between)):
        return None  # (an auxiliary may come first: "Das MSMT, das ... gegründet haben, hat dokumentiert, ...")
    end = clause - 2  # the comma before the verb
    for inserted in range(4):
        begin = _clause_start(text, start, end)
        if begin < start + 3 or text[begin - 2:begin] != ", " or not text[begin:begin + 1].islower():
            return (begin, end) if inserted else None
        end = begin - 2
    return None


_AUXILIARY = re.compile(r"hat|haben|hatte|hatten|ist|sind|war|waren|wird|werden|wurde|wurden")
_SUBJECT_END = re.compile(r"\s*\)?\s*(?:\([^()]{1,40}\))?\s*")  # what may follow the subject: "(MSMT)"


_CLAUSE = re.compile(r"[,;:]\s|[„“”\"«»]|\s[–—]\s")
_SUBORDINATE_SUBJECT = re.compile(r"(?:[Ww]ährend|[Ww]ohingegen|[Ww]obei|[Ww]ogegen)\s+(?:[Dd]ie|[Dd]er|[Dd]as)?\s*")
_CLAUSE_END = re.compile(r"\s*(?:[,;.!?]|$)")
# A clause joined on with its own verb of saying, the speaker after the verb and the speech after a comma: "...,
# und am Mittwoch sagten ukrainische Beamte, ..." (what comes before that clause is not theirs)
_JOINED_CLAUSE = re.compile(r"(?:und|aber|doch|während)\s")
_SPEECH_AFTER = re.compile(r"\s*,")


def _quoted(text: str, start: int, m: Mention, before: int) -> bool:
    """True when ``m`` stands inside quoted words that open after ``start`` and close before ``before`` (not a
    name in quotes: "Das „Wall Street Journal“ berichtete")."""
    closing = _closing_quote(text, start, m.start, m.end, before)
    if closing < 0:
        return False
    opening = max(text.rfind(q, start, m.start) for q in QUOTE_MARKS)
    return (m.start - opening) + (closing - m.end) > 12


def _closing_quote(text: str, start: int, lo: int, hi: int, before: int) -> int:
    """Where the quotation holding ``text[lo:hi]`` closes before ``before``, when one opened after ``start``; else
    -1."""
    if sum(text.count(q, start, lo) for q in QUOTE_MARKS) % 2 == 0:
        return -1
    return min((i for i in (text.find(q, hi, before) for q in QUOTE_MARKS) if i >= 0), default=-1)


# "so viel, wie ...", "doppelt so hoch, wie ...": what follows compares, it names no source
_COMPARED = re.compile(r"\b(?:so|ebenso|genauso|gleich)\s+(?:viele?|hoch|groß|stark|wenige?)\s*,\s*$")


def _clause_start(text: str, start: int, pos: int) -> int:
    """Where the clause holding ``pos`` begins: after the last comma, colon or quote mark before it."""
    out = start
    for m in _CLAUSE.finditer(text, start, pos):
        out = m.end()
    return out


def _is_wire(actor_id: str, mentions: list[Mention]) -> bool:
    return any(m.actor.id == actor_id and m.actor.wire for m in mentions)


def _strong(attr: Attribution, mentions: list[Mention]) -> bool:
    """True when the attribution's claimant was named as a person or body, not a bare country or agency."""
    return any(m.actor.id == attr.claimant_id and not m.actor.country and not m.actor.wire for m in mentions)


def _joint_first(text: str, mentions: list[Mention], m: Mention, lex: Lexicon) -> Mention:
    """The first of a list of actors that ``m`` closes ("ukrainische, südkoreanische und westliche
    Geheimdienste"): the list counts from its start."""
    i = mentions.index(m)
    while i > 0 and not mentions[i - 1].actor.wire and lex.joint_re.fullmatch(text, mentions[i - 1].end, mentions[i].start):
        if mentions[i - 1].actor.country and not mentions[i].actor.country \
                and text[mentions[i - 1].end:mentions[i].start].strip() == "," \
                and _country_code(mentions[i - 1].actor.id) == _country_code(mentions[i].actor.id):
            break  # a role's country and, in apposition, its holder: "der Verteidigungsminister von Südkorea, Shin Won-sik,"
        i -= 1
    return mentions[i]


_OF_COUNTRIES = re.compile(r"\s+(?:der|aus|von)\s+(?:den\s+)?")


def _country_code(actor_id: str) -> str:
    """ "kor" for "kor-nis": actor ids open with the (lower-case) country code."""
    return actor_id.split("-", 1)[0]


def _of_countries(text: str, mentions: list[Mention], m: Mention, ids: list[str], lex: Lexicon) -> list[str]:
    """The claimants of a body named with a list of countries ("Geheimdienstmitarbeiter aus den USA, Südkorea
    und der Ukraine", "Laut den Geheimdiensten der USA und Südkoreas"): each country, except that the body's
    own country is the body. ``m`` is the claimant found, the body or the list's first country; ``ids`` its
    actor id and those of its joint list. Unchanged ``ids`` when there is no such list."""
    i = mentions.index(m)
    if m.actor.country and i > 0:  # the list came first: the body stands before it
        head, first, countries = mentions[i - 1], m, ids
    elif not m.actor.country and i + 1 < len(mentions) and mentions[i + 1].actor.country:
        head, first = m, mentions[i + 1]
        countries = [first.actor.id, *_joint(text, mentions, first, lex)]
    else:
        return ids
    if head.actor.country or head.actor.wire or not _OF_COUNTRIES.fullmatch(text, head.end, first.start):
        return ids
    nation = _country_code(head.actor.id)
    out = [head.actor.id if _country_code(a) == nation else a for a in countries]
    return out if head.actor.id in out else ids


_CLOSING = re.compile(r"\b(?:und|sowie|als\s+auch)\b")


# The findings a speaker confirms, by their source: "bestätigten Angaben aus Südkorea", "Berichte des NIS bestätigt"
_CONFIRMED_SOURCE = re.compile(r"\b(?:Angaben|Berichte|Informationen|Erkenntnisse|Einschätzung(?:en)?|Schätzung(?:en)?)\s+"
                               r"(?:aus|von|vom|des|der)\s+(?:(?:dem|den|der)\s+)?(?:[a-zäöüß]\w*\s+)?$")


def _confirmed(text: str, start: int, end: int, mentions: list[Mention], speaker: Mention) -> list[str]:
    """The sources of the findings that ``speaker`` confirms in ``text[start:end]``, named as such ("Die USA hatten
    Angaben aus Südkorea bestätigt, nach denen ..."): claimants too, each of its own (no agency)."""
    return [m.actor.id for m in mentions if m.actor.id != speaker.actor.id and not m.actor.wire and start <= m.start < end
            and _CONFIRMED_SOURCE.search(text, max(start, m.start - 50), m.start) is not None]


def _joint(text: str, mentions: list[Mention], first: Mention, lex: Lexicon) -> list[str]:
    """Actors named right after ``first`` joined by "und" or commas: claimants too (not after an agency,
    and not an actor that opens the reported clause: "sagte Reuters, Moskau habe ...")."""
    out: list[str] = []
    if first.actor.wire:
        return out
    last, closed, gap = first, 0, first.end
    for m in mentions:
        if m.actor.id == last.actor.id and text[gap:m.start].strip() == "(" and text.startswith(")", m.end):
            gap = m.end + 1  # (its abbreviation in brackets: "des Open Source Centre (OSC) und ...")
            continue
        if m.start < last.end:
            continue
        joined = lex.joint_re.fullmatch(text, gap, m.start) is not None
        if m.actor.wire and (last is not first or not joined):
            continue  # (an agency only right after the first: "des OSC und der Nachrichtenagentur Reuters")
        if not joined or lex.reported_aux_re.match(text, m.end + 1):
            break
        out.append(m.actor.id)
        if _CLOSING.search(text, gap, m.start):
            closed = len(out)
        last, gap = m, m.end
    # A list closes with "und"/"sowie"; actors after a bare comma past that are a relative clause or an
    # apposition ("Nach Angaben des NIS, die Abgeordnete ... weitergaben"), not more sources.
    return out[:closed]


# An adjective of a list that shares the noun of the mention after it: "ukrainischen und [westlichen Quellen]".
_LISTED = re.compile(r"(?<![\w-])([A-ZÄÖÜa-zäöüß][\w-]*" + INFLECTION + r")(?:\s*,\s*(?:und\s+|sowie\s+)?|\s+(?:und|sowie|oder)\s+)$")
_ADJECTIVE_FIRST = re.compile(ADJECTIVE + r"(?=\s+\S)")
_ADJECTIVE_ALONE = re.compile(ADJECTIVE)
# The noun right after an adjective: "südkoreanische [Geheimdienst]".
_NEXT_NOUN = re.compile(r"(?<=[a-zäöüß])\s[A-ZÄÖÜ][\w-]*")


def with_listed_adjectives(text: str, mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """``mentions`` plus the adjectives of a list that share the noun of the mention closing it.

    "Südkoreanischen, ukrainischen und [westlichen Quellen] zufolge": each
    adjective with the noun ("ukrainischen Quellen") is looked up as an
    actor name; those that name an actor become mentions of their own
    (at the adjective), so the list reads as a joint attribution. Returns
    the mentions sorted by position.
    """
    extra: list[Mention] = []
    for m in mentions:
        said = text[m.start:m.end]
        low = said[:1].lower() + said[1:]
        first = _ADJECTIVE_FIRST.match(low)
        if first is not None:
            noun = said[first.end():]
        elif _ADJECTIVE_ALONE.fullmatch(low) and (nxt := _NEXT_NOUN.match(text, m.end)) is not None:
            noun = nxt.group()  # named by its adjective alone ("ukrainischen" before "Einschätzungen")
        else:
            continue
        pos = m.start
        while True:
            listed = _LISTED.search(text, max(0, pos - 60), pos)
            if listed is None:
                break
            word = listed.group(1)
            phrase = word[:1].lower() + word[1:] + noun
            found = lex.actor_finder.finditer(phrase)
            if not found or found[0][0] != 0 or found[0][1] < len(word):
                break  # (a name may end with the adjective: "südkoreanischen" before "Angaben" names Seoul)
            extra.append(Mention(listed.start(1), listed.end(1), found[0][2]))
            pos = listed.start(1)
    if not extra:
        return mentions
    taken = _Spans(mentions)
    return sorted(mentions + [e for e in extra if not taken.covers(e.start)], key=lambda x: x.start)


_PERSON_NAME = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+(?:-[a-zäöüß]+)?(?:\s+[A-ZÄÖÜ][a-zäöüß]+(?:-[a-zäöüß]+)?){1,2}")
_NAME_FOLLOWS = re.compile(r"\s*[„“\"»«‚']?")
_OUTLET_FOLLOWS = re.compile(r"\s+(?:[a-zäöü][\w-]*\s+){0,2}(?:Nachrichtenagentur|Agentur|Zeitung|Tageszeitung|Sender|"
                             r"Fernsehsender|Staatssender|Rundfunk)\w*\s*[„“\"»«‚']?")
# "Experten des CSIS", "Forscher vom Open Source Centre": the experts of a named body
_BODY_FOLLOWS = re.compile(r"\s+(?:des|der|vom|von der|von|beim|am)\s+(?:[\w-]+\s+){0,4}?[„“\"»«‚']?")


def without_descriptions(text: str, mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """``mentions`` without an outlet's description right before its name: "die ukrainische Zeitung „Kyiv
    Post“" is the Kyiv Post, not Ukrainian media at large, "Südkoreas amtliche Nachrichtenagentur Yonhap" is
    Yonhap, not Seoul; nor generic experts right before the body they
    belong to: "Experten des CSIS" are the CSIS; nor a post someone held before ("die frühere estnische
    Regierungschefin"); nor a post right before the name of its holder, who is known by another id ("Der russische
    Botschafter Wassili Nebensja"; the post's words are ``person_roles`` of cues.yaml)."""
    drop = {i for i, (m, nxt) in enumerate(zip(mentions, mentions[1:]))
            if (m.actor.wire and nxt.actor.wire and m.actor.id != nxt.actor.id
                and _NAME_FOLLOWS.fullmatch(text, m.end, nxt.start))
            # ("Südkoreas amtliche Nachrichtenagentur Yonhap": the agency, whose country only describes it)
            or (m.actor.country and nxt.actor.wire and _OUTLET_FOLLOWS.fullmatch(text, m.end, nxt.start))
            # ("Der russische Botschafter Wassili Nebensja": the named person's, not that of the post's usual holder)
            or (not m.actor.country and not m.actor.wire and not nxt.actor.country and not nxt.actor.wire
                and m.actor.id != nxt.actor.id and _country_code(m.actor.id) == _country_code(nxt.actor.id)
                and text[m.end:nxt.start] == " " and _PERSON_NAME.fullmatch(text, nxt.start, nxt.end)
                and lex.person_roles_re.search(text, m.start, m.end) is not None
                and lex.person_roles_re.search(text, nxt.start, nxt.end) is None)}
    for i, m in enumerate(mentions):
        if m.actor.id == EXPERTS:
            # (past a country on the way: "Analysten des auf Nordkorea spezialisierten Dienstes NK News")
            body = next((n for n in mentions[i + 1:i + 3] if not n.actor.country), None)
            if body is not None and not body.actor.id.startswith("xxx-") and body.start - m.end < 80 \
                    and _BODY_FOLLOWS.fullmatch(text, m.end, body.start):
                drop.add(i)
        elif _FORMER.search(text, max(0, m.start - 24), m.start) \
                or _FORMER_APPOSITION.search(text, max(0, m.start - 100), m.start):
            # "sagte die frühere estnische Regierungschefin", "Oberst a.D. Frank Rothe, früher Lehrstabsoffizier an der
            # Führungsakademie der Bundeswehr": no longer speaks for that government
            drop.add(i)
    return [m for i, m in enumerate(mentions) if i not in drop] if drop else mentions


_FORMER = re.compile(r"\b(?:frühere|ehemalige|einstige)[nrms]?\s+$")
_FORMER_APPOSITION = re.compile(r",\s+(?:früher|ehemals|einst|vormals|zuvor)\s+[^,;.!?]{0,80}$")
_VOCATIVE = re.compile(r"(?:(?<![^\n])|[:„»\"]\s*)(?:Frau|Herr)\s+$")


def without_addressees(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without a person addressed: "SPIEGEL: Frau Collins, Südkoreas Geheimdienst spricht von ..."
    (the interviewer speaks to her, she says nothing yet)."""
    return [m for m in mentions
            if not (text.startswith(",", m.end) and _VOCATIVE.search(text, max(0, m.start - 40), m.start))]


# A personal name: one to three capitalised words ("Kyrylo Budanow", "Shin Won-sik", "Lee Seong-kweun").
_NAME_WORD = r"[A-ZÄÖÜ][a-zäöüß]+(?:-[a-zäöüß]+)?"  # ("Won-sik")
_FIRST_NAME_WORD = r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ]?[a-zäöüß]+)?"  # ("Hans-Jürgen" right after a role; not "Nordkorea-Forscherin")
# (The role may name its post first: "Der ukrainische Botschafter in Südkorea, Dmytro Ponomarenko".)
_NAME = re.compile(rf"(?:\s+(?:in|bei|beim|am|an der|bei der)\s+[A-ZÄÖÜ][\w-]+(?=,))?,?\s+((?:{_FIRST_NAME_WORD})(?:[^\S\n]+{_NAME_WORD}){{0,2}})"
                   r"(?=[\s,.;:!?)]|$)(?!\s+[A-ZÄÖÜ])")
_CAPITAL_NEXT = re.compile(r"\s+[A-ZÄÖÜ][a-zäöüß]")
# A role joined to a body's name: "BND-Chef", "NIS-Direktor" (the name follows it).
_COMPOUND_ROLE = re.compile(r"-([A-ZÄÖÜ][a-zäöüß]+)(?=\s)")
# ... or the name before a role it is said to hold: "Oberstleutnant Andrij Kowal ist stellvertretender Kommandeur einer
# ukrainischen Luftsturmbrigade" (an interview's guest, who then answers under "Kowal:"); a rank before a name is no
# part of it (ranks in cues.yaml).
_COPULA = re.compile(rf"(?<![\w-])((?:{_NAME_WORD})(?:[^\S\n]+{_NAME_WORD}){{0,2}})\s+(?:\(\d{{2}}\)\s+)?(?:ist|war)\s+"
                     r"(?:[\w-]+\s+){0,2}?[A-ZÄÖÜ][\w-]+\s+(?:des|der|eines|einer)\s+$")
# ... or the name before its role, in apposition: "Wi Sung-lac, ein Mitglied des Geheimdienstausschusses".
_APPOSED = re.compile(rf"(?<![\w-])((?:{_NAME_WORD})(?:[^\S\n]+{_NAME_WORD}){{0,2}}),\s+"
                      # (not a relative clause: "in seinem Bericht, den das US-Außenministerium veröffentlichte")
                      r"(?:(?:ein|eine|einem|einer|der|die|dem|den)\s+(?!(?:der|die|das|dem|den|des)\s)(?:[\w-]+\s+){0,3}"
                      # (or the role without article: "Dmytro Lysenko, Sprecher der Gruppierung Nord der ...", "Oksana
                      # Hryzenko, stellvertretende Leiterin des ukrainischen Koordinierungsstabs")
                      r"|(?:[a-zäöü][\w-]*\s+){0,2}[A-ZÄÖÜ][\w-]+\s+(?:des|der)\s+(?:[\w-]+\s+){0,2}(?:(?:des|der)\s+)?)$")
# A Korean person's name of three syllables: "Kim Jong Un", "Shin Won-sik", "Lee Seong Kweun".
_KOREAN_NAME = re.compile(r"([A-Z][a-z]{1,4})\s+[A-Z][a-z]{1,5}(?:[ -][A-Za-z][a-z]{1,5})")
# ... ending a body's name that holds the role too: "Sicherheitsberater Shin Won Sik" (then "sagte Shin").
_KOREAN_NAME_END = re.compile(r"(?<=\s)" + _KOREAN_NAME.pattern + r"$")
# A role of the body named next: "der Vertreter des Militärgeheimdienstes HUR, Andrij Jussow".
_ROLE_OF = re.compile(r"([\w-]+)\s+(?:des|der|eines|einer)\s+$")
# A body named as a report's author: "dem zweiten Bericht des [Multilateralen Sanktionsüberwachungsteams]".
_AUTHOR_BEFORE = re.compile(r"\b(?:Bericht|Berichts|Berichtes|Report|Reports|Studie|Analyse|Untersuchung|Dossier)\s+"
                            r"(?:des|der|von|vom)\s+(?:[\w-]+\s+){0,2}$")
_ROLE_BEFORE = re.compile(r"\b[A-ZÄÖÜ][\w-]+\s+(?:des|der)\s+(?:[\w-]+\s+){0,2}$")  # "Sprecher des Geheimdienstes "
_APPOSITION_BEFORE = re.compile(r"[\w)],\s+(?:ein|eine|einem|einer|eines)\s+(?:[\w-]+\s+)?$")
_ROLE_OF_OF = re.compile(r"([\w-]+)\s+(?:des|der)\s+(?:[\w-]+\s+){1,2}(?:des|der)\s+$")  # "Sprecher der Gruppierung Nord der"
# ... or the name before the body the person works for: "James Whitaker vom RUSI", "Lena Vogt (41) forscht am
# International Institute for Strategic Studies", "Julia Brenner, 44, forscht seit 2012 bei der Stiftung ...".
# One name word only with a verb of working ("Whitaker forscht am ..."): a lone capitalised word may be a noun.
_WORKS = r"(?:forscht|forschte|arbeitet|arbeitete|lehrt|lehrte|leitet|leitete|promoviert|beobachtet|analysiert|untersucht)"
_AFFILIATED = re.compile(
    rf"(?<![\w-])(?P<name>(?:{_NAME_WORD})(?:[^\S\n]+{_NAME_WORD}){{0,2}})(?:\s*\(\d{{2}}\)|,\s*\d{{2}},)?\s+"
    rf"(?:(?P<verb>{_WORKS})\s+(?:[\w-]+\s+){{0,6}}?)?"
    r"(?:am|an der|an dem|beim|bei der|bei dem|bei|für das|für die|für den|vom|von der|von dem)\s+"
    r"(?:[A-ZÄÖÜ][a-zäöü]+er\s+)?$")  # (a city's adjective between: "forscht am Londoner Royal United Services Institute")

_AFFILIATED_LAST = frozenset(["am", "beim", "bei", "vom", "der", "dem", "das", "die", "den"])
# ... or a transcript's guest line: "Gast: Dr. Niklas Brenner, Stiftung Wissenschaft und Politik (SWP)".
_GUEST = re.compile(rf"(?:(?<![^\n])|(?<=[.!?]\x20))(?:Gast|Gäste|Zu Gast|Gesprächspartner\w*|Interviewpartner\w*):[^\S\n]+"
                    rf"(?:(?:Dr|Prof)\.[^\S\n]+)*(?P<name>{_NAME_WORD}(?:[^\S\n]+{_NAME_WORD}){{1,2}}),[^\S\n]+$")


def _affiliated(text: str, m: Mention, lex: Lexicon) -> str | None:
    """The name of a person said to work for the body mentioned at ``m`` (see ``_AFFILIATED``), or None."""
    if m.start < 2 or text[m.start - 1] != " ":
        return None
    word_at = text.rfind(" ", max(0, m.start - 20), m.start - 1) + 1
    word = text[word_at:m.start - 1]
    if word.endswith(",") and (guest := _GUEST.search(text, max(0, m.start - 90), m.start)) is not None:
        return guest.group("name")
    if word[:1].isupper() and word.endswith("er") and word_at >= 2:  # a city's adjective: "am Londoner RUSI"
        word = text[text.rfind(" ", max(0, word_at - 8), word_at - 1) + 1:word_at - 1]
    if word not in _AFFILIATED_LAST:
        return None  # (most mentions: no preposition right before, no need for the search)
    a = _AFFILIATED.search(text, max(0, m.start - 90), m.start)
    if a is None:
        return None
    name = a.group("name")
    words = name.split()
    if len(words) > 1 and lex.person_roles_re.match(words[0]):
        words = words[1:]  # "Die Forscherin Choi Eun-young vom KINU": the role is no part of the name
        name = " ".join(words)
    if words[0] in lex.not_names or (len(words) == 1 and not a.group("verb")):
        return None
    return name


def with_genitive_speakers(text: str, mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """``mentions`` plus the people named in the genitive before what they said ("Nach Budanows Worten", "Laut
    Bergers Einschätzung": cues.yaml ``genitive_speaker``): a name the actor lexicon knows, or one named before in
    the text. Returns the mentions sorted by position."""
    extra = []
    for g in lex.genitive_speaker_re.finditer(text):
        a, b = g.span("name")
        if any(m.start < b + 1 and a < m.end for m in mentions):
            continue  # (named so already: "Selenskyjs")
        name = g.group("name")
        found = lex.actor_finder.finditer(name)
        actor = found[0][2] if len(found) == 1 and found[0][:2] == (0, len(name)) else next(
            (m.actor for m in reversed(mentions) if m.end <= a and not m.actor.country and not m.actor.wire
             and text[m.start:m.end].split()[-1] == name), None)
        if actor is not None:
            extra.append(Mention(a, b + 1, actor))
    return sorted(mentions + extra, key=lambda m: m.start) if extra else mentions


def with_learned_names(text: str, mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """``mentions`` plus later mentions of people introduced by their role.

    "der südkoreanische Verteidigungsminister Shin Won-sik ... so Shin":
    when a role (a word of ``person_roles`` in cues.yaml) is followed by a
    name, or follows it in apposition ("Wi Sung-lac, ein Mitglied des
    Geheimdienstausschusses"), the name and its first and last word stand for
    the same actor in the rest of the text. Returns the mentions sorted by
    position.
    """
    learned: dict[str, ActorName] = {}
    first_at: dict[str, int] = {}
    is_role: dict[str, bool] = {}  # by mention text: the same names recur

    def learn(name: str, actor: ActorName, at: int, whole: bool = True) -> None:
        """``name`` (if ``whole``), its first and its last word stand for ``actor`` from ``at`` on."""
        words = name.split()
        for key in ({name, words[0], words[-1]} if whole else {words[0]}) - lex.not_names:
            if len(key) >= 3 and (key not in learned or (learned[key].id.startswith("xxx-") and not actor.id.startswith("xxx-"))):
                # (a body named for the person outranks a generic role: "Expertin Reimer" of "Reimer (SWP)")
                learned[key], first_at[key] = actor, at

    taken = _Spans(mentions)
    # ("Der Abgeordnete Han Jae-won ...": a role word standing for a body names a person of it too)
    replaced: set[Mention] = set()
    extra = _definite(text, mentions, taken, lex, replaced)
    if replaced:
        mentions = [m for m in mentions if m not in replaced]
    for m in sorted(mentions + extra, key=lambda x: x.start) if extra else mentions:
        if m.actor.country or m.actor.wire:
            continue
        said = text[m.start:m.end]
        if (titled := lex.leader_title_re.fullmatch(said)) is not None:
            learn(titled.group(1), m.actor, m.end, whole=False)
            continue
        role = is_role.get(said)
        if role is None:
            role = is_role[said] = lex.person_roles_re.search(said) is not None
        name_from = m.end
        if not role and (compound := _COMPOUND_ROLE.match(text, m.end)) is not None \
                and lex.person_roles_re.search(compound.group(1)) is not None:
            role, name_from = True, compound.end()  # "BND-Chef Martin Jäger ... sagte Jäger": the body's
        if not role and text.endswith(("des ", "der ", "eines ", "einer "), 0, m.start) \
                and (of := _ROLE_OF.search(text, max(0, m.start - 40), m.start)) is not None:
            role = lex.person_roles_re.search(of.group(1)) is not None  # "der Vertreter des Militärgeheimdienstes HUR, Andrij Jussow"
            if not role and (of := _ROLE_OF_OF.search(text, max(0, m.start - 50), m.start)) is not None:
                role = lex.person_roles_re.search(of.group(1)) is not None
        if not role and (korean := _KOREAN_NAME.fullmatch(said)) is not None:
            # "Kim Jong Un ... sagte Kim", "Shin Won Sik ... so Shin": a Korean name's first word is the family name
            learn(korean.group(1), m.actor, m.end, whole=False)
            continue
        if not role:
            if (name := _affiliated(text, m, lex)) is not None:
                # (an affiliation holds for the whole text: an interview's note on the guest may come last)
                learn(name, m.actor, 0)
            continue
        if (korean := _KOREAN_NAME_END.search(said)) is not None:
            learn(korean.group(1), m.actor, m.end, whole=False)
        name = _NAME.match(text, name_from)
        at = name.end() if name is not None else 0
        if name is None:
            name = _APPOSED.search(text, max(0, m.start - 90), m.start)
            at = name.start(1) if name is not None else 0
        if name is None and (name := _COPULA.search(text, max(0, m.start - 120), m.start)) is not None:
            at = name.start(1)
        if name is None or name.group(1) in lex.not_names or name.group(1).split()[0] in lex.not_names:
            continue
        words = name.group(1).split()
        while len(words) > 1 and words[0] in lex.ranks:
            words.pop(0)  # "Oberstleutnant Andrij Kowal": the rank is no part of the name
        learn(" ".join(words), m.actor, at)
    if not learned:
        return sorted(mentions + extra, key=lambda m: m.start) if extra else mentions
    # Later occurrences of the names, longest first (plain string search: a regex per text would cost more).
    found: list[tuple[int, int]] = []
    for key in sorted(learned, key=len, reverse=True):
        pos = text.find(key, first_at[key])
        while pos >= 0:
            end = pos + len(key)
            genitive = text.startswith("s", end) and (end + 1 == len(text) or not text[end + 1].isalnum())
            if genitive:
                end += 1  # "nach Angaben Lees", "Nach Jussows Worten"
            whole = (pos == 0 or not text[pos - 1].isalnum()) and (end == len(text) or not text[end].isalnum())
            if whole and not taken.covers(pos) and not any(a <= pos < b for a, b in found) \
                    and not (" " not in key and not genitive and _CAPITAL_NEXT.match(text, end)):
                # ("Kim" of "Kim Byung-kee" is another person of the same family name; a genitive's noun follows it.)
                extra.append(Mention(pos, end, learned[key]))
                found.append((pos, end))
            pos = text.find(key, end)
    return sorted(mentions + extra, key=lambda m: m.start)


class _Spans:
    """The spans of sorted, non-overlapping mentions, asked whether they cover a position."""

    def __init__(self, mentions: list[Mention]):
        self.starts = [m.start for m in mentions]
        self.ends = [m.end for m in mentions]

    def covers(self, pos: int) -> bool:
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and pos < self.ends[i]


def _nation_stem(adjective: str | None) -> str | None:
    """ "südkoreanisch" for "südkoreanische", None for no adjective or one that names no nation ("zuständige")."""
    if not adjective:
        return None
    stem = re.sub(INFLECTION + "$", "", adjective.lower())
    return stem if stem.endswith("isch") else None


def _title_before(text: str, start: int) -> int:
    """Where a capitalised word right before ``start`` begins (a title: "Präsident Selenskyj"), else ``start``."""
    if start < 2 or text[start - 1] != " ":
        return start
    word = text.rfind(" ", max(0, start - 40), start - 1) + 1
    return word if word and text[word].isupper() and text[word:start - 1].replace("-", "").isalnum() else start


class _RoleHit(NamedTuple):
    start: int       # of the article
    end: int
    role: str        # the role word as listed in cues.yaml ("Geheimdienst")
    adj: str | None  # an adjective between article and role ("südkoreanische")
    role_start: int


_ROLE_LOOKBACK = 200  # characters: an article, an adjective and the spaces between


def _two_words_back(text: str, lo: int, at: int) -> int:
    """Where the second run of non-space characters before ``at`` starts (``lo`` if there are fewer): an article
    and its adjective hold no space, so ``definite_article_re`` matching up to ``at`` starts there or later (its
    search need not try every place of the look-back)."""
    window = text[lo:at].rstrip()
    parts = window.rsplit(None, 2)
    if len(parts) < 3:
        return lo
    return lo + window.index(parts[1], len(parts[0]))


def _definite_hits(text: str, lex: Lexicon) -> list[_RoleHit]:
    """Each role word with its article ("der Geheimdienst", "des südkoreanischen Ministeriums"), in order."""
    out: list[_RoleHit] = []
    for m in lex.definite_role_re.finditer(text):
        at = m.start()
        if not at or not text[at - 1].isspace():
            continue  # (the article and a space come first)
        if m.group("role") in lex.definite_roles_singular and text.endswith("n", at, m.end()):
            continue  # ("die Behörden": the authorities at large)
        article = lex.definite_article_re.search(text, _two_words_back(text, max(0, at - _ROLE_LOOKBACK), at), at)
        if article is not None:
            out.append(_RoleHit(article.start(), m.end(), m.group("role"), article.group("adj"), at))
        elif m.group("role") in lex.bare_roles and m.end() - at == len(m.group("role")) \
                and not text[_two_words_back(text, max(0, at - _ROLE_LOOKBACK), at):at].rstrip().endswith(("-", "/")):
            out.append(_RoleHit(at, m.end(), m.group("role"), None, at))  # "sagten Abgeordnete": some of that body
    return out


_GENERIC_REACH = 600  # characters: how far back a body may be named for "die Analysten" to stand for it


# In cues.yaml `definite_roles`, the word that stands for any outlet or agency ("das Blatt" after the Chosun Ilbo),
# named at most this many characters before.
_OUTLET = "@outlet"
_OUTLET_REACH = 600


@lru_cache(maxsize=4096)
def _role_words_in(low: str, words: frozenset[str]) -> tuple[str, ...]:
    """The ``words`` a lower-cased name holds as ``_definite`` reads them: a long word anywhere, a short one (up
    to four letters) only at a word's start ("ukrainische" holds "nis", but not as a word). Cached: the same
    names recur across texts."""
    if not _any_of(words)(low):
        return ()
    tokens = low.split()
    return tuple(w for w in words if ((w in low) if len(w) > 4 else any(t.startswith(w) for t in tokens)))


@lru_cache(maxsize=256)
def _any_of(words: frozenset[str]) -> Callable[[str], re.Match | None]:
    """A search for any of ``words`` as ``_definite`` finds them: a long word anywhere, a short one (up to four
    letters) at a word's start (one search, where most names hold none of them)."""
    alts = [re.escape(w) if len(w) > 4 else r"(?<!\S)" + re.escape(w) for w in sorted(words, key=len, reverse=True)]
    return re.compile("|".join(alts) or r"(?!)").search


def _named_after(text: str, end: int, mentions: list[Mention], k: int, actor: ActorName) -> bool:
    """True when a person, body or outlet other than ``actor`` (and not a country) is named right after
    ``end``, a space apart or in apposition; ``mentions[k:]`` are those not ending before it."""
    for m in mentions[k:k + 4]:
        if m.start >= end:
            return not m.actor.country and m.actor.id != actor.id and (
                (m.start - end <= 2 and text[end:m.start].isspace())
                # (or as the body the role belongs to: "die Sprecherin des US-Verteidigungsministeriums")
                or _OF_BODY.fullmatch(text, end, m.start) is not None
                # (or in apposition: "der Leiter des Geheimdienstes, Kirill Budanov, ...")
                or (_APPOSITION.fullmatch(text, end, m.start) is not None and text.startswith((",", ")"), m.end)))
    return False


_APPOSITION = re.compile(r",\s+(?:[A-ZÄÖÜ][a-zäöüß]+\s+)?")
_OF_BODY = re.compile(r"\s+(?:des|der)\s+(?:[\w-]+(?:e|en|er|es)\s+)?")  # (an adjective may come first)


def _definite(text: str, mentions: list[Mention], taken: _Spans, lex: Lexicon,
              replaced: set[Mention]) -> list[Mention]:
    """Mentions for "der Geheimdienst", "der Minister": the latest earlier actor named with that word. Generic
    mentions they stand in for ("die Analysten" after a named institute) are added to ``replaced``."""
    out: list[Mention] = []
    hits = _definite_hits(text, lex)
    if not hits:
        return out
    words = {w for h in hits for w in lex.definite_roles[h.role]}
    codes = dict(lex.nationalities)  # nation stem -> country code
    # word -> where and which actor was last named with it, its words, that mention
    latest: dict[str, tuple[int, ActorName, str, Mention]] = {}
    last_seen: dict[str, int] = {}  # actor id -> where it was named last (by any of its names)
    holds: dict[str, list[str]] = {}  # a mention's words -> the role words in them
    k = 0
    for hit in hits:
        while k < len(mentions) and mentions[k].end <= hit.start:
            m = mentions[k]
            k += 1
            last_seen[m.actor.id] = m.start
            if not m.actor.country:
                nxt = _NEXT_NOUN.match(text, m.end)  # an adjective named for its noun: "südkoreanische [Geheimdienst]"
                title = _title_before(text, m.start)  # "Präsident [Wolodymyr Selenskyj]"
                if (of := _ROLE_BEFORE.search(text, max(0, m.start - 60), m.start)) is not None and of.start() < title \
                        and not _APPOSITION_BEFORE.search(text, max(0, of.start() - 30), of.start()):
                    # "ein Sprecher des Geheimdienstes [HUR]": later "der Sprecher" is that body (not so an apposition:
                    # "Das KIDA, ein Forschungsinstitut des [Verteidigungsministeriums]": the institute is the KIDA)
                    title = of.start()
                low = text[title:nxt.end() if nxt else m.end].lower()
                held = holds.get(low)
                if held is None:  # (the same names recur: each is read once)
                    held = holds[low] = [w for w in _role_words_in(low, lex.definite_role_words) if w in words]
                for w in held:
                    latest[w] = (m.start, m.actor, low, m)
                if m.actor.wire and _OUTLET in words:
                    latest[_OUTLET] = (m.start, m.actor, low, m)  # "das Blatt", "der Sender": the outlet named last
        # the latest actor named with any of the role's words ("die Agentur" after NIS, then Yonhap: Yonhap)
        found = [latest[w] for w in lex.definite_roles[hit.role] if w in latest
                 and (w != _OUTLET or latest[w][0] >= hit.start - _OUTLET_REACH)]
        stem = _nation_stem(hit.adj)
        if stem:  # "das südkoreanische Ministerium": only a ministry named with that nation, or of its country
            code = codes.get(stem, "").lower()  # ("Verteidigungsministerium Südkoreas")
            found = [f for f in found if stem in f[2] or _country_code(f[1].id) == code]
        # A named body before a generic one: "Das Open Source Centre ... Seine Analysten ... die Forscher" is the centre.
        named = [f for f in found if not f[1].id.startswith("xxx-")]
        pool = named or found
        several = len({f[1].id for f in pool}) > 1
        if several and hit.role in lex.author_roles \
                and (authors := [f for f in pool if _AUTHOR_BEFORE.search(text, max(0, f[3].start - 80), f[3].start)]):
            latest_named = max(authors, key=lambda f: f[0])  # ("Bericht des MSMT", then the panel it replaced)
        elif several:
            # ("Das MSMT, das ... nach dem Aus für das UN-Expertengremium gegründet haben, ... Die Autoren": the
            # MSMT's, not the panel's named in passing in a relative clause)
            latest_named = max(pool, key=lambda f: (not _in_relative_clause(text, f[3]), f[0]))
        else:
            latest_named = max(pool, key=lambda f: f[0]) if pool else None
        actor = latest_named[1] if latest_named else None
        if actor is not None and hit.role in lex.home_services and not hit.adj \
                and _CITING_BEFORE.search(text, max(0, hit.start - 24), hit.start) is not None \
                and (home := _home_service(mentions[:k], hit.role, lex)) is not None:
            # "Yonhap berichtete unter Berufung auf den Geheimdienst": the agency's own country's service, not a
            # foreign one named paragraphs before
            actor = home
        if hit.role in lex.country_roles and not hit.adj \
                and (of := _country_after(text, hit.end, mentions, k, lex.country_roles[hit.role])) is not None:
            actor = of  # "der Geheimdienst Kiews", "das Verteidigungsministerium Japans": that country's, not the last one's
        elif hit.role in lex.country_roles and not hit.adj \
                and (of := _country_opening(text, hit.start, mentions[:k], lex.country_roles[hit.role],
                                            latest_named[0] if latest_named else None)) is not None:
            actor = of  # "In Seoul reagierte der Generalstab": Seoul's, not that of a Russian chief of staff named before
        if actor is None and hit.role in lex.home_services and not hit.adj \
                and not _OWN_COUNTRY.match(text, hit.end):
            actor = _home_service(mentions[:k], hit.role, lex)  # ("seines Landes": the speaker's country, not the outlet's)
        if actor is None and hit.role in lex.country_roles and not hit.adj:
            actor = _country_body(text, mentions[:k], lex.country_roles[hit.role], lex.country_roles_not_of)
            if actor is None and hit.role in lex.country_role_defaults \
                    and not any((m.actor.country or m.actor.wire) and _country_code(m.actor.id) not in lex.country_roles_not_of
                                and not _PLACE_BEFORE.search(text, max(0, m.start - 12), m.start) for m in mentions[:k]):
                # (no other country named, nor an outlet of one: "Reuters berichtete unter Berufung auf den
                # Geheimdienst" leaves open whose)
                actor = ActorName(lex.country_role_defaults[hit.role], False, False)
        if actor is not None and _named_after(text, hit.end, mentions, k, actor):
            actor = None  # "die Zeitung JoongAng Ilbo" after Interfax: the name that follows says which one
        if actor is not None and not taken.covers(hit.role_start):
            out.append(Mention(hit.start, hit.end, actor))
            # (a later role word may point back to this one: "In Seoul teilte der Generalstab mit ... geht das
            # Militär von ... aus" is the general staff's, not that of a "Militärgeheimdienst" named before it)
            low = text[hit.start:hit.end].lower()
            last_seen[actor.id] = hit.start
            for w in _role_words_in(low, lex.definite_role_words):
                if w in words:
                    latest[w] = (hit.start, actor, low, out[-1])
        elif latest_named is not None and actor is latest_named[1] and not actor.id.startswith("xxx-") \
                and last_seen[actor.id] >= hit.start - _GENERIC_REACH \
                and (generic := next((m for m in mentions if m.start == hit.role_start and m.end == hit.end), None)) \
                and generic.actor.id.startswith("xxx-"):
            # "Das Projekt Beyond Parallel des CSIS ... Die Analysten kommen zum Schluss": with its article the
            # generic word ("Analysten": any experts) stands for the body just named
            out.append(Mention(hit.start, hit.end, actor))
            replaced.add(generic)
    return out


_CITING_BEFORE = re.compile(r"\bunter\s+Berufung\s+auf\s+$")
_OWN_COUNTRY = re.compile(r"\s+(?:ihres|seines|deren|dessen)\s+Landes\b")


def _home_service(earlier: list[Mention], role: str, lex: Lexicon) -> ActorName | None:
    """The body ``role`` means in the country of the outlet named last in ``earlier`` ("Yonhap ... den
    Geheimdienst": South Korea's service), or None when someone else was named after that outlet or its country
    has no body listed for the role."""
    outlet = earlier[-1].actor if earlier else None
    if outlet is None or not outlet.wire:
        return None
    service = lex.home_services[role].get(_country_code(outlet.id))
    return ActorName(service, False, False) if service else None


_NO_COUNTRY = "xxx-"  # actor ids of no one in particular (experts, hearsay): no country
_PLACE_BEFORE = re.compile(r"\b(?:in|im|nach|gegen)\s+(?:der\s+|die\s+|den\s+)?$"
                           # (or a partner, alone or in a list: "in engem Austausch mit Washington und Seoul")
                           r"|\bmit\s+(?:(?:den\s+|dem\s+|der\s+)?[\w-]+(?:,\s*|\s+(?:und|sowie)\s+))*"
                           r"(?:den\s+|dem\s+|der\s+)?$")


# ("der Geheimdienst in Kiew", "von Seoul", and past another noun of it: "des Geheimdienstes des
# Verteidigungsministeriums der Ukraine")
_OF_COUNTRY = re.compile(r"\s+(?:(?:der|des)\s+[A-ZÄÖÜ][\w-]*\s+)?(?:der\s+|des\s+|in\s+|aus\s+|von\s+)?")


def _country_after(text: str, end: int, mentions: list[Mention], k: int, bodies: dict[str, str]) -> ActorName | None:
    """The body in ``bodies`` of the country named right after a role word ending at ``end`` ("Geheimdienst
    Kiews", "Verteidigungsministerium der USA"), or None; ``mentions[k:]`` are those not before the role word."""
    for m in mentions[k:]:
        if m.start > end + 45:
            break
        if m.start >= end and m.actor.country and _OF_COUNTRY.fullmatch(text, end, m.start) \
                and (body := bodies.get(_country_code(m.actor.id))):
            return ActorName(body, False, False)
    return None


_IN_PLACE = re.compile(r"(?:^|(?<=[.:;!?]\s)|(?<=\n))(?:In|Aus)\s+$")
_NO_CLAUSE_END = re.compile(r"[^,.;:!?\n]{0,40}")
# (or in the next sentence of the paragraph, where no body with that word was named in it before: "In Seoul stützt man
# sich auf eigene Zahlen. Nach Einschätzung des Generalstabs ...")
_NEXT_SENTENCE = re.compile(r"[^.;:!?\n]{0,80}[.!?]\s+[^.;:!?\n]{0,60}")


def _country_opening(text: str, start: int, earlier: list[Mention], bodies: dict[str, str],
                     holder_at: int | None) -> ActorName | None:
    """The body in ``bodies`` of the country whose city or name opens the sentence of a role word at ``start`` as
    its place ("In Seoul reagierte der Generalstab", "Aus Kiew meldete das Verteidigungsministerium"), or the
    sentence before it when the body last named with the role word (at ``holder_at``) is of an earlier paragraph;
    or None."""
    m = earlier[-1] if earlier else None
    if m is None or not m.actor.country:
        return None
    if not _NO_CLAUSE_END.fullmatch(text, m.end, start) and not (
            _NEXT_SENTENCE.fullmatch(text, m.end, start) and (holder_at is None or "\n" in text[holder_at:m.start])):
        return None
    if not _IN_PLACE.search(text, max(0, m.start - 4), m.start):
        return None
    body = bodies.get(_country_code(m.actor.id))
    return ActorName(body, False, False) if body else None


def _country_body(text: str, earlier: list[Mention], bodies: dict[str, str], not_of: frozenset[str]) -> ActorName | None:
    """The body in ``bodies`` of the country of the last actor in ``earlier`` that is not of a country in
    ``not_of`` (North Korea, Russia: the subject and the place of most sentences), not an agency and not a
    country named as a place ("in der Ukraine") ("Der Geheimdienst NIS sagte, ... Das Verteidigungsministerium
    ...": South Korea's), or None."""
    last = next((m.actor for m in reversed(earlier) if not m.actor.wire and _country_code(m.actor.id) not in not_of
                 and not m.actor.id.startswith(_NO_COUNTRY)  # ("Aus Seoul ... erfahrene Beobachter ...": Seoul's)
                 and not (m.actor.country and _PLACE_BEFORE.search(text, max(0, m.start - 50), m.start))), None)
    body = bodies.get(_country_code(last.id)) if last is not None else None
    return ActorName(body, False, False) if body else None


_SUBJECT_PRONOUN = re.compile(r"\b(?:[Ee]r|[Ss]ie)\b")
_ARTICLE_BEFORE = re.compile(r"\b(der|die|das|ein|eine|einer|des|dem|den)\s+(?:[\w-]+\s+){0,2}$", re.I)


def _agrees(text: str, start: int, end: int, m: Mention) -> bool:
    """Whether the first "er"/"sie" of ``text[start:end]`` may stand for the actor at ``m``: "Er" not for
    "das ukrainische Militär" or "die Behörde", "Sie" not for "der Minister" (a name without article: either)."""
    pron = _SUBJECT_PRONOUN.search(text, start, end)
    art = _ARTICLE_BEFORE.search(text, max(0, m.start - 60), m.start)
    if pron is None or art is None:
        return pron is not None
    article = art.group(1).lower()
    if pron.group().lower() == "er":
        return article in ("der", "ein", "des", "dem", "den")
    return article in ("die", "eine", "einer")


# A relative clause opening after a comma: ", der nach dem Veto ...", ", mit denen ...".
# Conjunctions opening a clause of time, cause or condition (", nachdem Russland ...", ", falls Kim Jong Un ...")
_CONJUNCTIONS = r"nachdem|bevor|seitdem|weil|obwohl|als|falls|wenn|sofern"
_CONJUNCTION_OPEN = re.compile(rf",\s+(?:{_CONJUNCTIONS})\s")
_RELATIVE_OPEN = re.compile(r",\s+(?:(?:(?:nach|von|vor|mit|bei|für|gegen|aus|an|auf|über|unter|zu|in)\s+)?"
                            r"(?:der|die|das|dem|den|denen|deren|dessen|welche[rsmn]?)"
                            # (or a clause of time, cause or condition: ", nachdem Russland die Expertengruppe der UN beendet
                            # hatte", "Selenskyj bot an, ..., falls Kim Jong Un einen Austausch ermögliche")
                            rf"|{_CONJUNCTIONS}"
                            # (or an apposition: "Das KIDA, ein Forschungsinstitut des südkoreanischen Verteidigungsministeriums")
                            r"|(?:ein|eine|einem|einer|eines)(?=\s+(?:[\w-]+\s+){0,2}?[A-ZÄÖÜ][\w-]*\s+(?:des|der|von|vom)\s))\s+\S")


def prior_body(text: str, mentions: list[Mention] | tuple) -> Mention | None:
    """The person or body (no country, no agency) named last among ``mentions``, preferring one not named inside
    a relative clause ("Das MSMT, ..., der nach dem Veto ... gegründet wurde"), or None."""
    bodies = [m for m in mentions if not m.actor.country and not m.actor.wire]
    return next((m for m in reversed(bodies) if not _in_relative_clause(text, m)), bodies[-1] if bodies else None)


def _in_relative_clause(text: str, m: Mention) -> bool:
    """Whether ``m`` stands in a relative clause (or one of time or cause, or an apposition: ", ein
    Forschungsinstitut des Verteidigungsministeriums"): the last comma before it (within its sentence) opens one,
    and something comes between the pronoun and ``m`` (", die Ukraine und Südkorea" is a list)."""
    comma = text.rfind(",", max(0, m.start - 150), m.start)
    if comma < 0 or any(c in text[comma:m.start] for c in ".!?\n"):
        return False
    opened = _RELATIVE_OPEN.match(text, comma)
    if opened is None:
        return False
    # (a conjunction's subject may follow it at once: ", falls Kim Jong Un einen Austausch ermögliche")
    return opened.end() - 1 < m.start or _CONJUNCTION_OPEN.match(text, comma) is not None


def _last_pair(text: str, mentions: list[Mention] | tuple, lex: Lexicon) -> tuple[Mention, Mention] | None:
    """The last two people, bodies or outlets of ``mentions`` when a list joins them ("des OSC und der Agentur
    Reuters"), else None."""
    named = [m for m in mentions if not m.actor.country]
    if len(named) < 2 or named[-2].actor.id == named[-1].actor.id:
        return None
    gap = named[-2].end + 1 if text.startswith(")", named[-2].end) else named[-2].end  # ("des OSC (Open Source ...) und")
    if not lex.joint_re.fullmatch(text, gap, named[-1].start):
        return None
    first = next(m for m in named if m.actor.id == named[-2].actor.id)  # (its first name: "Open Source Centre (OSC)")
    return first, named[-1]


#: Two names joined ("Putin und Kim: ..."): before a colon, a topic rather than a source or a speaker's label.
TWO_NAMES = re.compile(r"\s(?:und|&)\s")
# One lower-case word that is no conjunction, preposition or article: the finite verb ("Laut Yonhap bildet Russland")
_VERB_BETWEEN = re.compile(r"\s+(?!(?:und|oder|sowie|bzw|von|vom|aus|in|im|an|am|auf|bei|mit|nach|zu|zur|zum|über|der|des|den"
                           r"|dem|die|das|als|wie|auch|seitens|gegenüber)\b)[a-zäöüß]{3,}\s+")
# Nothing but an article between a clause's start and the name opening it: the name is the clause's subject
_ARTICLE_ONLY = re.compile(r"\s*(?:(?:[Dd]er|[Dd]ie|[Dd]as|[Ee]in|[Ee]ine)\s+)?")


def attribute(text: str, start: int, end: int, mentions: list[Mention], lex: Lexicon,
              previous: Attribution | None, before: list[Mention] | tuple = (), fresh: bool = True,
              scanned: tuple[list | None, list | None, list | None] = (None, None, None)) -> Attribution:
    """The attribution of the sentence ``text[start:end]``.

    ``mentions`` are the actors named in it; ``previous`` is the attribution
    of the sentence before (same paragraph) or None; ``before`` are the
    actors named in the sentence before (for "Ihnen zufolge", "demnach"
    after a sentence that names a source without a verb of saying); ``fresh``
    says whether ``previous`` is the attribution of the sentence right
    before (not one carried past it). ``scanned`` may hold the matches of
    ``attribution_re``, ``anaphoric_re`` and ``anonymous_re`` in the
    sentence, found by one scan of the whole text (None: search the
    sentence). Returns
    :data:`NONE`-like unattributed when no cue names anyone and nothing
    carries over. Never raises.
    """
    if len(before) >= 2 and lex.both_sources_re.match(text, start, end) and (pair := _last_pair(text, before, lex)) is not None:
        # "... stimmen mit den Analysen des OSC und der Agentur Reuters überein. Beide Institutionen schätzten, dass
        # ...": the two named last, jointly
        first, second = pair
        return Attribution(first.actor.id, None, text[first.start:second.end], True, (second.actor.id,),
                           "wire" if first.actor.wire else "body")
    carried = previous is not None and previous.claimant_id != UNATTRIBUTED
    if not mentions and not carried and not before:
        return NONE  # nobody named and nothing to carry over: no cue can attribute (most sentences)
    reach = lex.attribution_reach
    found_cues, found_anaphors, found_rumours = scanned
    cues = list(lex.attribution_re.finditer(text, start, end)) if found_cues is None else found_cues
    anaphor = first_match(found_anaphors, lex.anaphoric_re, text, start, end)
    if not cues and not carried and anaphor is None and before and lex.reported_aux_re.search(text, start, end) \
            and not first_match(found_rumours, lex.anonymous_re, text, start, end) \
            and (body := prior_body(text, before)) is not None:
        # reported speech right after a body was introduced without a verb of saying: "Auch die Denkfabrik RUSI
        # beobachtet den Seeweg. Seit 2023 hätten Frachter mindestens 16 000 Container transportiert."
        return Attribution(body.actor.id, None, text[body.start:body.end], False, (), "body")
    if not cues and not carried and anaphor is None and not (
            lex.kicker_re.match(text, start, end) or lex.kicker_end_re.search(text, start, end)):
        return NONE  # no cue, no headline source, nothing to carry over (the search for hearsay can wait)
    # "Laut Berichten", "angeblich": hearsay, unless a cue of the sentence names someone ("Das Militär sagte
    # Berichten zufolge, ...")
    rumour = first_match(found_rumours, lex.anonymous_re, text, start, end)
    # (reports of a named kind are no hearsay: "laut ukrainischen Medienberichten" are Ukrainian media's)
    hearsay = rumour is not None and not any(m.start < rumour.end() and rumour.start() < m.end for m in mentions)
    choices: list[Attribution] = []
    bodies: list[tuple[int, Attribution]] = []
    last_body_forward = False  # the last of them named by a cue before its clause ("laut ..."), which covers it all
    last_body_cue_end = 0
    placed: dict[int, bool] = {}  # mention start -> named as an object or a place
    pronoun_cue = False
    pronoun_at: int | None = None  # where a verb's subject pronoun stands for a speaker named before it
    relayed: Attribution | None = None  # the actor after "unter Berufung auf"
    relayed_at = start  # (where its cue stands)
    later: tuple[int, Attribution] | None = None  # a speaker of a clause of its own after the sentence's start
    first_person = False  # a forward cue of the speaker's own: "nach meiner Rechnung", "nach unseren Erkenntnissen"
    for cue in cues:
        if hearsay and rumour.start() <= cue.start() and cue.end() <= rumour.end():
            continue  # "Laut Medienberichten soll Kim ... geschickt haben": the cue is the hearsay's, Kim is no source
        direction = lex.attribution_dirs[cue.lastgroup]
        # Forward cues may contain their actor ("Nach südkoreanischen Schätzungen").
        # Forward, the speaker follows the cue closely ("laut dem südkoreanischen Geheimdienst", "sagte am
        # Montag der Sprecher"); an actor further on belongs to the reported clause ("..., dass Nordkorea").
        near = _NEAR_FORWARD if direction == "forward" else _NEAR_VERB
        if direction == "forward" and _FIRST_PERSON_OWN.search(cue.group(0)):
            first_person = True  # "Nach meiner eigenen Rechnung": the writer's or the interviewee's own, no one before
            continue
        if cue.lastgroup in lex.pronoun_cues or (direction == "forward" and (
                lex.possessive_cue_re.search(cue.group(0))
                # (a bare "laut"/"gemäss" whose noun follows: "Laut seinem Bericht"; not "nach ukrainischen Angaben
                # ihren Stützpunkt", where the possessive is the object's)
                or (" " not in cue.group(0) and text.startswith(" ", cue.end())
                    and lex.possessive_cue_re.match(text, cue.end() + 1)))):
            pronoun_cue = True  # "Nach deren Schätzungen hat Nordkorea ...", "Laut seinem Bericht": the source named before
            continue
        # (not the subject inside a relaying cue: "stützt sich das Team auf den Geheimdienst")
        inside = [m for m in mentions if cue.start() <= m.start and m.end < cue.end()] \
            if cue.lastgroup in lex.relay_cues else []
        fwd = [m for m in mentions if m.start >= cue.start() and m.start - cue.end() <= reach
               and (m.start < cue.end() or near.fullmatch(text, cue.end(), m.start)
                    # ("sagte Andrij Jussow, Sprecher des Militärgeheimdienstes HUR": a body of the person named)
                    or (not m.actor.country and _NAME_THEN_ROLE.fullmatch(text, cue.end(), m.start))
                    or (not m.actor.country and text.startswith(",", m.end)
                        and _ROLE_THEN_NAME.fullmatch(text, cue.end(), m.start)))
               and m not in inside
               # (nor the adjective of what the verb's subject denies or confirms: "wies die japanischen Angaben zurück")
               and not (direction == "both" and m.actor.country and _INFO_NOUN_AFTER.match(text, m.end))
               and not _oblique(text, m, cue, True, direction != "both", placed)
               # (nor Russia's or the North's army there: "Nach Angaben Kiews hat die russische Armee ... abgefeuert")
               and not (direction == "forward" and m.start > cue.end()
                        and (m.actor.country or _country_code(m.actor.id) in lex.country_roles_not_of)
                        and lex.clause_verbs_re.search(text, cue.end(), m.start))]
        if direction == "forward" and len(fwd) > 1 and not fwd[0].actor.country:
            # "Laut ukrainischen Medien bildet Russland eine Einheit ...": a country right after the verb that follows
            # the source is the clause's subject, not a second source
            fwd = fwd[:1] + [m for m in fwd[1:] if not (m.actor.country and _VERB_BETWEEN.fullmatch(text, fwd[0].end, m.start))]
        if len(fwd) > 1 and not fwd[1].actor.wire and _SUBJECT_RIGHT_AFTER.fullmatch(text, cue.end(), fwd[0].start) \
                and _DATIVE_NEXT.fullmatch(text, fwd[0].end, fwd[1].start):
            # "gab Russland der UN ... an": the subject right after the verb, then whom it told (an agency told
            # stays: it relays, "teilte die Behörde der Nachrichtenagentur Yonhap mit")
            fwd = fwd[:1]
        # ("Nordkorea hat Russland einem neuen Bericht zufolge ... geliefert": a report whose author comes later)
        document = _DOCUMENT_BEFORE.search(text, max(start, cue.start() - 60), cue.start()) \
            if direction == "backward" else None
        back = [m for m in reversed(mentions) if m.end <= cue.start() and cue.start() - m.end <= reach
                and not (document is not None and m.end <= document.start())
                and not _oblique(text, m, cue, False, direction != "both", placed)
                # ("bekommt Nordkorea dem Bericht zufolge": the report is the source, not the actor before it)
                and not (direction == "backward" and _OWN_PHRASE.fullmatch(text, m.end, cue.start()))
                # (nor one before hearsay: "... im Dienst von Putin – Berichten zufolge wurden ...")
                and not (rumour is not None and m.end <= rumour.start() <= cue.start() < rumour.end())]
        if direction == "both":
            # German puts the verb second: the speaker opens the clause ("Der Geheimdienst schätzt, ...")
            # or, when something else does, follows the verb ("..., sagte Budanow").
            clause = _clause_start(text, start, cue.start())
            if _NEITHER.match(text, clause, cue.start()):
                continue  # "Weder Moskau noch Pjöngjang haben die Berichte bestätigt": nobody says anything
            if _PRONOUN.fullmatch(text, clause, cue.start()) or _PRONOUN_AUX_FRONT.fullmatch(text, clause, cue.start()) \
                    or _SPOKESPERSON.fullmatch(text, clause, cue.start()) \
                    or (cue.lastgroup not in lex.impersonal_cues and _NEUTER_PRONOUN.fullmatch(text, clause, cue.start())
                        and not _IMPERSONAL_VERB.match(text, cue.start())) or (
                    _AUX_PRONOUN.search(text, clause, cue.start()) is not None
                    and not any(clause <= m.start < cue.start()
                                and not _OBLIQUE.search(text, max(clause, m.start - 60), m.start) for m in mentions)):
                # "Sie spricht von bis zu 200 Raketen", "Im April war er noch von 600 Toten ausgegangen": the
                # speaker of the sentence before (also past an object: "Nach seinem Treffen mit Kim Jong Un hat er
                # angekündigt, ...")
                pronoun_cue = True
                continue
            if clause < cue.start() and lex.evidence_subject_re.fullmatch(text, clause, cue.start()) \
                    and not any(clause <= m.start < cue.start() for m in mentions):
                # "Satellitenbilder vom 5. Oktober zeigen 73 Güterwaggons": the pictures of the source named before
                pronoun_cue = True
                continue
            if (_PRONOUN_AFTER_VERB.match(text, cue.end()) or lex.speaker_epithet_re.match(text, cue.end())) \
                    and not any(clause <= m.start < cue.start() for m in mentions):  # ("Der NIS bezifferte sie")
                # "..., schreiben sie in einer aktuellen Studie": the pronoun is the speaker, named before it (the
                # study after it is theirs)
                pronoun_cue = True
                pronoun_at = cue.start() if pronoun_at is None else pronoun_at
                continue
            if _COMPARED.search(text, max(start, clause - 40), clause) and text.startswith("wie ", clause):
                continue  # "in etwa so viel, wie Kiew angibt": a comparison with another figure, not its source
            if previous is not None and previous.claimant_id != UNATTRIBUTED \
                    and lex.reported_aux_re.search(text, clause, cue.start()) \
                    and not (lex.report_participles_re.fullmatch(cue.group(0))
                             and any(clause <= m.start < cue.start() and not m.actor.country
                                     and _ARTICLE_ONLY.fullmatch(text, clause, m.start) for m in mentions)):
                # "Im Gegenzug habe Russland Kampfjets zugesagt": still the previous speaker's words (but "Der
                # ukrainische Präsident habe von 10.000 Soldaten berichtet" reports what the president says)
                continue
            main = _main_clause(text, start, clause, cue.start())
            if main is None:
                opening = [m for m in reversed(back) if m.start >= clause]
                if not opening and text.startswith("wo ", clause) and (place := next(
                        (m for m in back if m.end <= clause and m.actor.country
                         and not text[m.end:clause].strip(" ,")), None)) is not None:
                    opening = [place]  # "... als die Südkoreas, wo die Behörden sagten, ...": that country's
            else:  # the subject before what the commas insert: "Das KIDA, eine Denkfabrik ..., veranschlagt ..."
                # (however long the insertions: the reach counts from the subject's clause)
                opening = [m for m in mentions if main[0] <= m.start and m.end <= main[1]
                           and not _oblique(text, m, cue, False, False, placed)]
                if not opening or not _SUBJECT_END.fullmatch(text, opening[-1].end, main[1]):
                    opening = []  # ("Nordkorea habe 3000 geschickt, die in Kursk kämpften, sagte Budanow")
            # (Beyond the clause only people and bodies: a country there belongs to the reported words.)
            # (nor anyone named inside a quotation closed before the cue: "„Wir wissen von den Geheimdiensten,
            # dass ...“, sagte er" quotes the speaker, the services do not speak)
            groups = [opening, fwd, [m for m in back if m.start < clause and not m.actor.country
                                     and not _quoted(text, start, m, cue.start())]
                      if cue.lastgroup not in lex.impersonal_cues else []]
        else:
            groups = [fwd] if direction == "forward" else [back]
            if cue.lastgroup in lex.holder_cues:
                # "Dokumenten, die der Nachrichtenagentur Reuters vorliegen": only the one named in the cue's clause
                clause = text.rfind(",", start, cue.start()) + 1 or start  # (a quote mark may stand inside: „Spiegel“)
                # (an outlet or body there holds the papers whatever follows it: "den der SPIEGEL mit Partnermedien
                # ausgewertet hat")
                groups = [[m for m in mentions if clause <= m.start and m.end <= cue.start() and not m.actor.country][:1]
                          or [m for m in back if m.start >= clause][:1]]
        group = next((g for g in groups if g), [])
        if group and all(m.actor.country for m in group) and cue is not cues[-1] \
                and _closing_quote(text, start, cue.start(), cue.end(), cues[-1].start()) >= 0:
            continue  # „Es könnten bis zu 30.000 folgen, zumal Moskau offen davon spricht“, sagte er: the quote's subject
        # (North Korea or Russia as the subject of the act an agency reports is no source of it: "Kim Jong-un hat
        # über 15.000 Arbeiter nach Russland geschickt, wie das WSJ berichtet")
        # (the agency is the verb's subject, between the act's subject and the verb; "MOSKAU (dpa) - Putin hat
        # ... bestätigt": Putin speaks)
        speakers = [m for m in group if m.actor.wire or not (
            lex.subject_acts_re.match(text, m.end) and _country_code(m.actor.id) in lex.country_roles_not_of
            and any(w.actor.wire and m.end <= w.start < cue.start() for w in group))] \
            if any(m.actor.wire for m in group) else group
        claimant, via = _pick(speakers) if speakers else (None, None)
        relay_via = None  # the outlet of the sentence before, relaying ("Die Agentur beruft sich auf ...")
        if claimant is not None and via is None and inside and inside[0].actor.wire:
            via = inside[0]  # "beruft sich die Agentur Yonhap auf den Geheimdienst": the agency relays
        elif claimant is not None and via is None and cue.lastgroup in lex.relay_cues and not claimant.actor.wire \
                and group is fwd:
            # "Der Sender beruft sich auf eine Einschätzung des Militärgeheimdienstes": the outlet before relays
            via = next((m for m in back if m.actor.wire), None)
            if via is None and not back and fresh and previous is not None and previous.kind == "wire":
                # "Laut Yonhap sind 15.000 Arbeiter entsandt worden. Die Agentur beruft sich auf Angaben des NIS."
                relay_via = previous.claimant_id
        if claimant is not None and via is None and not claimant.actor.wire and group is not fwd:
            # The speaker opens the clause; an agency right after the verb was told: "sagte Reuters", "teilte
            # der Agentur Interfax-Ukraine mit".
            via = next((m for m in fwd if m.actor.wire), None)
        if claimant is not None and claimant.actor.wire:
            # An agency alone: someone named in the next group is the source it quotes.
            # (not North Korea or Russia said to have done something: "Kim soll ... geliefert haben, berichtet
            # Bloomberg" names who acts, not who speaks)
            rest = [m for g in groups[groups.index(group) + 1:] for m in g if not m.actor.wire
                    and not (g is not fwd and lex.subject_acts_re.match(text, m.end)
                             and _country_code(m.actor.id) in lex.country_roles_not_of)]
            if rest:
                claimant, via = _pick(rest)[0], claimant
            elif direction == "both" and lex.telling_re.fullmatch(cue.group(0)) and claimant.start >= cue.end() \
                    and not lex.telling_subject_re.fullmatch(text, cue.end(), claimant.start):
                claimant = None  # "sagte Reuters": the agency was told, it is no source (nobody else named)
        if claimant is not None:
            claimant = _joint_first(text, mentions, claimant, lex)
            also = _joint(text, mentions, claimant, lex)
            if "bestätig" in cue.group(0):
                also += [a for a in _confirmed(text, start, end, mentions, claimant) if a not in also]
            if via is not None and via.end <= claimant.start and lex.joint_re.fullmatch(text, via.end, claimant.start):
                # "Nach Angaben von Reuters und des Open Source Centre": an agency listed with a body is a source too
                claimant, via, also = via, None, [claimant.actor.id, *also]
            lo = min(cue.start(), claimant.start)
            hi = max(cue.end(), claimant.end)
            if via is not None and 0 <= via.start - hi < 80:
                hi = via.end  # "sagte ... der Nachrichtenagentur AFP": the intermediary is part of it
            if also:
                hi = max(hi, max(m.end for m in mentions if m.actor.id in also))
            kind = "country" if claimant.actor.country and cue.lastgroup not in lex.own_word_cues \
                else ("wire" if claimant.actor.wire else "body")
            first_id, *also = _of_countries(text, mentions, claimant, [claimant.actor.id, *also], lex)
            if first_id != claimant.actor.id:
                kind = "body"
            found_attr = Attribution(first_id, via.actor.id if via else relay_via, text[lo:hi], True,
                                     tuple(a for a in also if a != first_id), kind)
            if cue.lastgroup in lex.relay_cues and relayed is None:
                relayed, relayed_at = found_attr, cue.start()
            if direction == "both" and clause > start and claimant.start >= clause \
                    and _JOINED_CLAUSE.match(text, clause) and _SPEECH_AFTER.match(text, hi) and not bodies \
                    and later is None:
                later = (clause, found_attr)
            # ("Selenskyj sagte, dass ... 3.000 ..., Seoul gab die Zahl 1.100 an": a country opening a clause with its
            # verb of saying is a speaker of its own too, unless the speaker before is of that country)
            own_clause = kind == "country" and (
                (claimant.end <= cue.start() and not text[claimant.end:cue.start()].strip()
                 and not text[_clause_start(text, start, claimant.start):claimant.start].strip())
                # ("Während Seoul von 11.000 ausgeht, spricht Kiew von 12.000": the country opening a subordinate
                # clause that its verb ends, and the one right after the verb opening the main clause)
                or (claimant.end <= cue.start() and _CLAUSE_END.match(text, cue.end())
                    and _SUBORDINATE_SUBJECT.fullmatch(text, _clause_start(text, start, claimant.start), claimant.start))
                or (claimant.start >= cue.end() and not text[cue.end():claimant.start].strip()
                    and _clause_start(text, start, cue.start()) == cue.start() > start))
            if kind == "country" and choices and claimant.end <= cue.start() and not bodies \
                    and _SUBORDINATE_SUBJECT.fullmatch(text, _clause_start(text, start, claimant.start), claimant.start) \
                    and _CLAUSE_END.match(text, cue.end()) and later is None:
                # (a country opening a subordinate clause whose verb ends it speaks from there on: "..., während die
                # Ukraine eine höhere Zahl von bis zu 12.000 angibt")
                later = (claimant.start, found_attr)
            if own_clause and bodies and lex.reported_belief_re.match(text, cue.start()):
                own_clause = False  # "Budanow sagte, Moskau erwarte ...": what Budanow says Moscow expects
            if kind == "body" or (own_clause and not (
                    bodies and _country_code(bodies[-1][1].claimant_id) == _country_code(first_id))):
                # (another speaker counts from where its clause names it: "... auf 6.000 Tote, Selenskyj hatte ... von
                # fast 4000 ... gesprochen")
                fresh_speaker = not bodies or bodies[-1][1].claimant_id != first_id
                at = lo if fresh_speaker else cue.start()
                if fresh_speaker and bodies and claimant.start >= cue.end() \
                        and (colon := text.rfind(": ", last_body_cue_end, cue.start())) >= 0:
                    # (a speaker after the verb that closes the words it said speaks from the colon they open with:
                    # "Selenskyj sprach von 3.800 ..., während ... weniger kam: Etwa 300 seien gefallen, sagte Lee")
                    at = colon + 1
                bodies.append((at, found_attr))
                last_body_forward, last_body_cue_end = direction == "forward", cue.end()
            if len(bodies) <= 1:
                choices.append(found_attr)
        elif direction != "backward" and _PRONOUN.match(text, cue.end()):
            pronoun_cue = True  # "sagte er"
        elif direction == "forward" and _POSSESSIVE.match(text, cue.end()):
            pronoun_cue = True  # "laut deren Geheimdienstinformationen"

    if not choices:
        kicker = lex.kicker_re.match(text, start, end)
        # (not an object or a place: "Der Deal ist für Nordkorea lukrativ: ..." names no source)
        named = [m for m in mentions if m.end <= kicker.end()
                 and _OBLIQUE.search(text, max(kicker.start(), m.start - 60), m.start) is None
                 # ("im Gegenzug aus Russland: ..." is no source, "Angaben aus Seoul: ..." is)
                 and not (text.endswith("aus ", 0, m.start) and not _FROM_SOURCE.search(text, max(0, m.start - 30), m.start))
                 ] if kicker else []
        if named and any(_country_code(m.actor.id) in ("prk", "rus") for m in named) \
                and TWO_NAMES.search(text, kicker.start(), kicker.end()):
            named = []  # "Putin und Kim: Waffenhandel im Wert von ...": the two sides are the topic, not a source
        tail = lex.kicker_end_re.search(text, start, end) if not named else None
        if tail is not None:  # "Rund 300 Soldaten getötet - südkoreanischer Geheimdienst"
            named = [m for m in mentions if m.start >= tail.start()]
            kicker = tail if named else None
        if named:  # "Seoul: Über 15.000 Arbeiter ...", "Kiew und Seoul: ..."
            claimant, via = _pick(named)
            also = _joint(text, mentions, claimant, lex)
            kind = "country" if claimant.actor.country else ("wire" if claimant.actor.wire else "body")
            said = text[start:kicker.end() - 2] if kicker.start() == start else text[kicker.start():end].strip(" -–|")
            return Attribution(claimant.actor.id, via.actor.id if via else None, said, True,
                               tuple(a for a in also if a != claimant.actor.id), kind)
    if hearsay and not bodies:
        return NONE
    if choices and pronoun_cue and all(c.kind == "wire" for c in choices) and previous is not None \
            and previous.claimant_id != UNATTRIBUTED and previous.kind != "wire":
        # "Er sagte bei einem Medienbriefing, über das die Nachrichtenagentur Yonhap berichtete, ...": the speaker
        # named before, the agency relays
        return Attribution(previous.claimant_id, previous.via_id or choices[0].claimant_id, previous.text, False,
                           previous.also, previous.kind)
    if relayed is not None and bodies:
        # "Wie Selenskyj unter Berufung auf den Militärgeheimdienst HUR sagte, ...": the service is the source, the
        # speaker whose clause relies on it passes it on (as an outlet would)
        clause = _clause_start(text, start, relayed_at)

        def passed_on(attr: Attribution, at: int) -> Attribution:
            if attr.claimant_id == relayed.claimant_id or attr.via_id is not None or attr.kind != "body" \
                    or _clause_start(text, start, at) != clause:
                return attr
            return Attribution(relayed.claimant_id, attr.claimant_id, attr.text, True, relayed.also, relayed.kind)

        bodies = [(at, passed_on(attr, at)) for at, attr in bodies]
        choices = [passed_on(c, relayed_at) for c in choices]
    if choices:
        # The first cue naming a person or body; else the first naming anyone.
        best = choices[0]
        if len(choices) > 1 and _strong(choices[-1], mentions):
            best = choices[-1]
        elif best.kind != "body":
            # "Wie die BBC unter Berufung auf südkoreanische Geheimdienstkreise berichtet": the agency relays
            best = next((c for c in choices if c.kind == "body"), best)
        if best.kind == "wire" and relayed is not None and relayed.claimant_id != best.claimant_id:
            # "berichtet RBK Ukrajina unter Berufung auf die BBC": the BBC, passed on by RBK
            best = Attribution(relayed.claimant_id, relayed.via_id or best.claimant_id, relayed.text, True,
                               relayed.also, relayed.kind)
        if best is not choices[0]:
            wire = next((c.claimant_id for c in choices if c is not best and _is_wire(c.claimant_id, mentions)), None)
            if best.via_id is None and wire is not None:
                best = Attribution(best.claimant_id, wire, best.text, True, best.also, best.kind)
        if len(bodies) > 1:
            best = Attribution(best.claimant_id, best.via_id, best.text, True, best.also, best.kind, tuple(bodies))
        elif later is not None:
            # (the numbers before that speaker's clause: the sentence's first speaker, or else still the source
            # before, or nobody's)
            before = best if best is not later[1] else previous.carried() if carried else NONE
            best = Attribution(best.claimant_id, best.via_id, best.text, True, best.also, best.kind,
                               ((start - 1, before), later))
        if hearsay and bodies and not last_body_forward and rumour.start() > last_body_cue_end \
                and text.rfind(",", last_body_cue_end, rumour.start()) >= 0:
            # "Der NIS hat enthüllt, dass etwa 6000 ... getötet oder verletzt wurden, während angenommen wird, dass etwa
            # 600 ...": a clause of hearsay after the source's is nobody's (not so after "Laut dem OSC, einer
            # Forschungsgruppe ..., hat Russland Berichten zufolge ...": the source's cue covers its clause; nor
            # hearsay right at the verb: "Budanov sagte Berichten zufolge, dass ...")
            alternatives = best.alternatives or ((bodies[-1][0], best),)
            best = Attribution(best.claimant_id, best.via_id, best.text, True, best.also, best.kind,
                               alternatives + ((rumour.start(), NONE),))
        return best
    if first_person and not pronoun_cue and anaphor is None:
        return NONE  # (not the source of the sentences before: "Die Ukrainer sprechen von 6.000 ... Nach meiner Rechnung ...")
    # the person or body named last in the sentence before
    # (not one named inside a relative clause: "Das MSMT, ..., der nach dem Veto gegen das UN-Expertengremium
    # gegründet wurde, hat ... zusammengetragen. Demnach ...": the MSMT)
    prior = None
    if (pronoun_cue or anaphor is not None) and before:
        prior = prior_body(text, before)
        if prior is None and anaphor is not None:
            # ("Das Exilmedium iStories hat Frachtdaten ausgewertet. Demnach ...": an outlet's own research)
            prior = next((m for m in reversed(before) if m.actor.wire and not m.actor.country), None)
        if pronoun_cue and anaphor is None and prior is not None and not _agrees(text, start, end, prior):
            # "... forderte Selenskyj Druck auf die Führung in Pjöngjang. «...», sagte er.": the one the pronoun fits
            prior = next((m for m in reversed(before) if not m.actor.country and not m.actor.wire
                          and _agrees(text, start, end, m)), prior)
    if pronoun_cue and not fresh and prior is not None and _agrees(text, start, end, prior):
        # "Ein europäischer Analyst ... hält beides für zu hoch. Er kommt auf ...": the person of the sentence
        # before, which said nothing the walk kept, not the source carried from further back
        return Attribution(prior.actor.id, None, text[prior.start:prior.end], False, (), "body")
    if pronoun_cue and previous is not None and previous.claimant_id != UNATTRIBUTED:
        return previous.carried()
    if anaphor is not None or (pronoun_cue and not carried):
        # "Erkenntnisse des Geheimdienstes ... Ihnen zufolge ...", "Der Nachrichtendienst erhob Vorwürfe:
        # Nordkorea hätte demnach ...": the person or body named last before the cue is the source.
        at = anaphor.start() if anaphor is not None else (end if pronoun_at is None else pronoun_at)
        if carried and anaphor is not None \
                and any(c.start() == anaphor.start() and c.lastgroup in lex.impersonal_cues for c in cues):
            # "Die Führung in Pjöngjang habe entschieden, ..., hieß es weiter": still the source before, not the
            # body its words are about
            return previous.carried()
        named = [m for m in mentions if m.end <= at]
        source = next((m for m in reversed(named) if not m.actor.country and not m.actor.wire), None)
        if source is None and carried and (fresh or prior is None):
            # "Seinen Angaben zufolge ...": the speaker of the sentence before
            return previous.carried()
        # ("Die Zahl stammt aus Seoul. Der Geheimdienst unterrichtete das Parlament. Demnach ...": the service)
        source = source or prior
        if source is not None:
            return Attribution(source.actor.id, None, text[source.start:source.end], False, (), "body")
    if previous is not None and previous.claimant_id != UNATTRIBUTED and (
            lex.carry_over_re.search(text, start, end) or (fresh and lex.carry_over_next_re.search(text, start, end))):
        return previous.carried()
    return NONE  # no cue, or a cue naming nobody ("hieß es", "dem Vernehmen nach")
