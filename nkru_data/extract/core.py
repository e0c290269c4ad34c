"""The extraction engine: German news text in, typed claim records out.

The engine is generic; what it looks for is in ``rules/*.yaml``. It runs
every pattern over the whole text once (numbers, actors, North Korea
mentions, sentence ends) and then walks the sentences:

1. each number phrase gets a *window*: its sentence, cut at the numbers
   before and after it;
2. the words after the number say what it counts (units.yaml) and so the
   table; casualty words in the window turn people into casualties;
3. cue words in the window give modality, status and scope; the sentence's
   attribution (or the previous sentence's, for reported speech) gives the
   claimant; date words give reported and event dates;
4. diplomatic acts are sentence patterns (acts.yaml).

One claim stated twice (headline and body) is kept once.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..dates import parse_partial_date
from ..ids import record_id
from ..models import MODELS
from ..schemas import schema
from .author import signed_author
from .attribution import (EXPERTS, NONE, SPOKESPERSON_IN, TWO_NAMES, UNATTRIBUTED, Attribution, Mention, attribute,
                          prior_body, with_genitive_speakers, with_learned_names, with_listed_adjectives,
                          without_addressees, without_descriptions)
from .cleanup import Cleaned, clean
from .lexicon import PLACE, Lexicon, UnitRule, load_lexicon
from .numbers import YEARS, NumberPhrase, parse_number
from .sentences import (LIST_MARKS, QUOTE_MARKS, first_match, is_label_line, is_list_item, matches_by_sentence,
                        split_sentences)
from .when import resolve_dates

__all__ = ["extract", "extract_rows", "UNREGISTERED_SOURCE"]

#: ``source_id`` of records extracted from a text that is not (yet) in the source registry.
UNREGISTERED_SOURCE = "unregistered"

# (after a closing quotation mark too: "von «mehr als 3000» getöteten und verwundeten Nordkoreanern")
_WORD = re.compile(r"[“”\"»«]?\s*(?:worden\s+|wurden\s+|sind\s+|seien\s+|weitere\s+|weiteren\s+)?([\wäöüÄÖÜß]+)")
# a count opening an aside between dashes ("Ein Drittel – rund 4.000 Mann – seien getötet")
_DASH_BEFORE = re.compile(r"\s[–—-]\s$")
# ("Kim schickt Soldaten - die ersten 3000 sind schon da": the first of those named)
# the second count of a change "von ... 11.000 auf 15.000 ansteigen": what the first one counted
_FROM_TO = re.compile(r"\bvon\s+(?:[^\W\d]+\s+){0,3}?(?!(?:19|20)\d\d\b)\d[\d.,'’]*\s+(?:[^\W\d]+\s+){0,4}?auf\s+$")
# ... and the figure it went up or down from: "erhöhte seine Schätzung der ... Truppen von 3000 auf 10 000"
_TO_NUMBER = re.compile(r"\s+(?:[^\W\d]+\s+){0,4}?auf\s+(?:[^\W\d]+\s+){0,2}?\d")
_BACK_ANCHOR = re.compile(r"\b(?:auf|bei|von)\s*[„\"»]?$|\b[Dd]ie\s+(?:ersten|nächsten|übrigen|restlichen)\s+$"
                          # (the figure of a period before: "von rund 3,2 Millionen ..., nach etwa 4,5 Millionen im
                          # Jahr 2024")
                          r"|,\s+(?:nach|gegenüber|verglichen\s+mit)\s+$")
# ... or in a relative clause: "Truppen, von denen derzeit etwa 12.000 in Russland stationiert sind" (or the whole
# a part belongs to: "4.000 Soldaten seien getötet worden, von den insgesamt 12.000 entsandten").
_RELATIVE_PART = re.compile(r"\bvon\s+(?:denen|welchen|den|diesen)\s+(?:(?:derzeit|bereits|schon|inzwischen|mittlerweile|nun|jetzt|"
                            r"aktuell|allein|insgesamt|noch|wohl|offenbar)\s+){0,2}$")
_TRIM_TAIL = re.compile(r"(?:[\s,;:–-]+|\s+(?:und|sowie|oder))+$")
_CLAUSE_MARK = re.compile(r"[;:]\s|,\s|\s[–-]\s")
_PERSONNEL = "deployments"
_AUXILIARY = re.compile(r"\s*(?:seien|sind|wurden|waren|worden|sollen|soll|hätten|haben|seien bislang|sind bislang|als)\b")


@dataclass
class _State:
    """What the walk over the sentences remembers from one sentence to the next."""

    attribution: Attribution | None = None
    attribution_at: int = -10
    attribution_paragraph: int = -1
    nk_at: int = -10
    nk_stated: int = -10  # the same, counted in sentences that are no question
    summary_paragraph: int = -10  # the paragraph of a summary's heading ("Das Wichtigste in Kürze")
    nk_paragraph: int = -1  # the paragraph where it was named, or the one after a question naming it
    nk_answer: int = -1  # the answer's paragraph after a question whose paragraph named it
    list_ok: bool = False                # the line introducing a list (ending with a colon) was in scope ...
    list_paragraph: int = -1             # ... in this paragraph
    list_start: int = 0                  # ... whose paragraph starts here
    in_list: bool = False                # the sentence is an item of that list
    list_furniture: bool = False         # ... or was page furniture ("Lesen Sie auch:")
    last_rule: UnitRule | None = None
    last_rule_at: int = -10
    last_casualty: str | None = None     # the casualty type of the last count of people (None: people sent)
    last_casualty_count: tuple = (-10, None, None)  # the sentence, quantity and type of the last casualty count
    last_item: UnitRule | None = None    # what the last claim of any table counted, and in which sentence
    last_item_at: int = -10
    last_item_end: int = -1              # ... and where its counted noun ends
    previous_start: int = 0              # where the sentence before begins
    previous_paragraph: int = -1
    paragraph_start: int = 0             # where the paragraph of the current sentence begins
    source: Attribution | None = None    # the last person, body or outlet named as a source by a cue of its own
    source_at: int = -10                 # the body sentence (see ``attribution_at``) that named it
    speaker: Attribution | None = None   # who answers in this paragraph of an interview ("Vogt: ...")
    block: Attribution | None = None     # who speaks a quotation of paragraphs introduced by a colon ("Auszüge:")
    block_from: int = -1                 # the paragraph it opens
    block_closed: bool = False           # whether its closing quotation mark was seen
    block_post: bool = False             # whether it is a social-media post under its account's name line
    last_person: Mention | None = None   # the person or body named last in a body sentence ...
    last_person_paragraph: int = -1         # ... and its paragraph
    speaker_paragraph: int = -1
    interviewee: Attribution | None = None  # the person a question addresses ("Frau Vogel, ...?")
    address: str | None = None  # the word a question addresses the guest by ("Herr Tamm," -> "Tamm")
    guest: Attribution | None = None     # the author of a guest piece ("Ein Gastbeitrag von ...")
    question_paragraph: int = -1            # the last paragraph holding a question
    question_start: int = -1                # where its last question begins
    figures_at: int = -10                # the last sentence that went on with the figures of the one before
    teasers: bool = False                # the headings under "Mehr zum Thema": teasers for other articles
    furniture_at: int = -10              # the last sentence with numbers that was page furniture
    headline_source: Attribution | None = None  # a source the headline names ("NIS: Nordkorea will ...")
    named_at: int = -10                  # the last body sentence naming anyone (see ``attribution_at``)
    body_sourced: int = -10              # the last paragraph of the body where a sentence named a source
    seen: set = None                     # quantities of claims tied to North Korea so far: a restated number
    sentence_cache: dict = None          # (cue name, sentence start) -> whether the sentence has such a cue


def _values_in(pattern_list, text: str, lo: int, hi: int, default: str | None = None) -> str | None:
    any_re = getattr(pattern_list, "any_re", None)
    if any_re is not None and not any_re.search(text, lo, hi):
        return default
    for key, rx in pattern_list:
        if rx.search(text, lo, hi):
            return key
    return default


_MEMO_SIZE = 20_000


def _word_value(pattern_list, word: str) -> str | None:
    """``_values_in`` over one word, remembered per word list and word (the same words follow numbers)."""
    memo = pattern_list.word_values
    value = memo.get(word, memo)
    if value is memo:
        if len(memo) >= _MEMO_SIZE:
            memo.clear()
        value = memo[word] = _values_in(pattern_list, word, 0, len(word))
    return value


def _location(lex: Lexicon, text: str, lo: int, hi: int) -> str | None:
    if not lex.locations.any_re.search(text, lo, hi):
        return None
    return next((name for rx, name in lex.locations if rx.search(text, lo, hi)), None)


def _modality(lex: Lexicon, text: str, lo: int, hi: int) -> str:
    return _values_in(lex.modality, text, lo, hi, "asserted")


def _clause(text: str, lo: int, hi: int, core_start: int, core_end: int) -> tuple[int, int]:
    """The clause holding ``text[core_start:core_end]`` within ``[lo, hi)``: between the clause marks around it."""
    for m in _CLAUSE_MARK.finditer(text, lo, core_start):
        lo = m.end()
    m = _CLAUSE_MARK.search(text, core_end, hi)
    return lo, (m.start() if m else hi)


def _quote_span(text: str, lo: int, hi: int, core_start: int, core_end: int) -> tuple[int, int]:
    """The clause holding ``text[core_start:core_end]`` within ``[lo, hi)``, trimmed."""
    start, end = _clause(text, lo, hi, core_start, core_end)
    while start < core_start and text[start].isspace():
        start += 1
    if start + 1 < core_start and text[start] in LIST_MARKS and text[start + 1] in " \t":
        start += 2  # (a list item's bullet is no part of what it says)
        while start < core_start and text[start].isspace():
            start += 1
    tail = _TRIM_TAIL.search(text, core_end, end)
    if tail:
        end = max(core_end, tail.start())
    while end > core_end and text[end - 1] in " .!?\"“”„'\u00a0\t\n":
        end -= 1
    return start, end


_PLACE_IN_ATTRIBUTE = re.compile(r"\b" + PLACE)


#: The nationality code (units.yaml) of "eigene": the people of the country the sentence names before them.
_SUBJECTS_OWN = "SUBJECT"


def _nationality(lex: Lexicon, words: str) -> str | None:
    low = words.lower()
    for stem, code in lex.nationalities:
        if stem in low:
            return code
    return None


# The label of a line in a fact box, before the colon that precedes its number (or of a sentence: "Auch die
# Soldaten zählt das Papier: zwischen 11.000 und 12.000 ...").
_LABEL = re.compile(rf"(?:^|\n|[.!?][ \t])[ \t]*(?:[{LIST_MARKS}][ \t]+)?([^\n:.!?]{{2,150}}):[ \t]*$")
# Between the numbers of a list: "3.000, dann 7.000", "3.000 und später 11.000", "von 3000, dann von 7000",
# "mindestens sechs Millionen, womöglich aber auch bis zu zwölf Millionen".
_LIST_GAP = re.compile(r"\s*(?:,|\s(?:und|oder|bzw\.|sowie))\s*(?:(?:dann|später|schließlich|zuletzt|inzwischen|"
                       r"mittlerweile|nun|jetzt|zunächst|sogar|auf|von|bei|womöglich|möglicherweise|vielleicht|"
                       r"wahrscheinlich|aber|auch|eher)\s+){0,3}")


def _unit_ahead(text: str, pos: int, nxt: int, end: int, lex: Lexicon) -> re.Match | None:
    """The unit after the last number of a list that continues at ``nxt`` (up to three more numbers), or None."""
    if not _LIST_GAP.fullmatch(text, pos, nxt):
        return None
    for _ in range(3):
        if (m := lex.number_re.match(text, nxt, end)) is None:
            return None
        if (unit := lex.unit_re.match(text, m.end(), end)) is not None:
            return unit
        if (gap := _LIST_GAP.match(text, m.end(), end)) is None:
            return None
        nxt = gap.end()
    return None


def _kind(actor) -> str:
    """How an actor was named, as :class:`Attribution` records it: a country, an outlet or agency, or a body."""
    return "country" if actor.country else "wire" if actor.wire else "body"


def _named(text: str, m: Mention) -> Attribution:
    """The sentence's own attribution to the actor of mention ``m``, quoted as the text names it."""
    return Attribution(m.actor.id, None, text[m.start:m.end], True, (), _kind(m.actor))


_SOURCE_LINE = re.compile(r"(?:Quellen?|Daten)\s*:")


def _source_line_below(text: str, sentences: list, idx: int, mentions: list[list[Mention]]) -> Attribution | None:
    """The source a "Quelle: ..." line names below the line ``idx``, with no blank line between (a chart's table),
    or None."""
    for j in range(idx + 1, min(len(sentences), idx + 12)):
        if "\n\n" in text[sentences[j - 1].end:sentences[j].start]:
            return None
        if _SOURCE_LINE.match(text, sentences[j].start):
            if not mentions[j]:
                return None
            return _named(text, mentions[j][0])  # (the first: "Quelle: NIS, Unterrichtungen des Geheimdienstausschusses")
    return None


_COLON_QUOTE = re.compile(r":\s*[„»\"]")


def _quoted_after_colon(text: str, sent, mentions: list[Mention]) -> Attribution | None:
    """The person, body or outlet named first in a sentence's clause before a colon that opens a quotation, or None."""
    colon = _COLON_QUOTE.search(text, sent.start, sent.end)
    if colon is None or text.find(":", sent.start, colon.start()) >= 0:
        return None
    who = next((m for m in mentions if m.end <= colon.start() and not m.actor.country), None)
    return None if who is None else _named(text, who)


def _dated_before_scope(text: str, sent, num: NumberPhrase, lo: int, hi: int, lex: Lexicon) -> bool:
    """Whether the clause of a count (``lo``..``hi``: from the claim before it, past years, to the next number; the
    count itself left out) dates it to a year before the war ("Vor den Sanktionen von 2017 arbeiteten rund 30.000
    Nordkoreaner in Russland") and the sentence names no time of the scope."""
    for a, b in ((lo, num.start), (num.end, hi)):
        year = lex.before_scope_year_re.search(text, a, b)
        # (not "seit 2019", up to now, nor a count: "2000 Dollar", "2000 nordkoreanische Soldaten")
        while year is not None and (lex.before_scope_span_re.search(text, max(sent.start, year.start() - 30), year.start())
                                    or lex.unit_re.match(text, year.end(), sent.end) is not None):
            year = lex.before_scope_year_re.search(text, year.end(), b)
        if year is not None:
            return lex.before_scope_now_re.search(text, sent.start, sent.end) is None
    return False


def _numeric_claim(text: str, sent, num: NumberPhrase, lo: int, hi: int, lex: Lexicon, st: _State,
                   idx: int, nk_ok: bool, claim_lo: int | None = None) -> dict[str, Any] | None:
    """One claim row (without claimant/dates) for a number phrase, or None when it counts nothing in scope.

    ``lo``/``hi``: the text between the numbers before and after it; ``claim_lo``: where the claim before it in the
    sentence ends (or the sentence starts), from where its modality is read."""
    rule: UnitRule | None = None
    unit_start = unit_end = num.end
    pre = ""
    casualty_direct: str | None = None
    via_anaphora = False
    via_estimate = False  # another estimate of what the claim before counted ("..., Südkoreas Militär kam auf 4.700")
    core_from = num.start
    um = lex.unit_re.match(text, num.end, hi) if _may_have_unit(text, num.end, hi, lex) else None
    if um is None and (sign := _SIGN.match(text, num.end, hi)) is not None and sign.group(1) in lex.unit_signs:
        rule = lex.units[lex.unit_signs[sign.group(1)]]  # "14 Mrd. $"
        unit_start, unit_end = sign.start(1), sign.end()
    elif um is not None:
        rule = lex.units[um.lastgroup]
        unit_start, unit_end = um.start(um.lastgroup), um.end()
        pre = um.group("pre")
        if num.is_year and ((pre and num.quantity % 100)
                            or lex.year_before_re.search(text, max(lo, num.start - 30), num.start)):
            return None  # "im August 2024 Truppen": a year, not 2024 troops (but "2000 nordkoreanische Arbeiter")
    elif num.is_year:
        return None
    else:
        if num.quantity is not None and num.quantity < 120 and text.startswith((",", ")"), num.end) \
                and _AGE_AFTER_NAME.search(text, max(lo, num.start - 40), num.end + 2):
            return None  # "Julia Brenner, 44, forscht ...", "Lena Vogt (41)": an age
        after = text[num.end:hi]
        ana = lex.anaphora_after_re.match(after)
        if ana and not (st.last_item is not None and idx - st.last_item_at <= 2):
            after = after[ana.end():]  # "Beinahe 4.000 von ihnen sind getötet": no claim before, read on
        word = _WORD.match(after)
        cas_at = hi - len(after)
        # A verb, an adverb or the clause's end after the number: it counts something named before it.
        ends = _next_is_end(text, num.end, hi)
        ends_or_lower = ends or _next_is_lower(text, num.end, hi)
        # (Below, the cheap tests come first: most numbers without a unit are dates, times, percentages.)
        if text.endswith((": ", ":"), max(0, num.start - 2), num.start) \
                and (label := _LABEL.search(text, max(0, num.start - 160), num.start)) is not None \
                and label.start(1) >= sent.start \
                and (named := lex.unit_re.search(text, label.start(1), label.end(1))) is not None:
            # A fact box: "- Kurzstreckenraketen KN-23 und KN-24: rund 100", "Soldaten in Russland: 10.000-12.000"
            rule, pre = lex.units[named.lastgroup], named.group("pre")
            unit_start, unit_end = named.start(named.lastgroup), named.end()
            core_from = label.start(1)  # (the quote keeps the label)
        elif ana and st.last_item is not None and idx - st.last_item_at <= 2:
            # ("Etwa 100 davon seien bereits abgefeuert worden": part of what the claim before counted)
            rule, unit_end, via_anaphora = st.last_item, num.end + ana.end(), True
        elif casualty_direct := ((word and _word_value(lex.casualty, word.group(1))
                                  # "4.000 getötet oder verwundet": the words after it, up to the next number
                                  and _values_in(lex.casualty, text, cas_at, min(hi, cas_at + 60)))
                                 # ("rund 2000 von ihnen in dem Krieg getötet": what happened to them follows)
                                 # (further after "von ihnen seien": "... in der russischen Grenzregion Kursk
                                 # getötet oder verwundet worden")
                                 or ((ana or _AUXILIARY.match(after)) and _values_in(lex.casualty, text, cas_at,
                                                                                    min(hi, cas_at + 100)))):
            # "400 getötet", "knapp 400 seien ums Leben gekommen": people of the claim before
            if st.last_rule is None or st.last_rule.table != _PERSONNEL or idx - st.last_rule_at > 3:
                # ("von ihnen": the North Koreans of the sentence before)
                # (or two sentences back in the paragraph: "Die Nordkoreaner würden ... geschickt. Sie verstünden wenig
                # von Drohnen. Mindestens 100 von ihnen seien bereits gefallen")
                if not _sentence_has(st, "north_korea", lex.north_korea_re, text, sent) and not (ana and (
                        st.nk_at >= idx - 1 or (st.nk_at >= idx - 2 and st.nk_paragraph == sent.paragraph))):
                    return None
            else:
                via_anaphora = True  # the people counted just before ("... 14.000 Nordkoreaner ... Wie viele sind gefallen?")
            if lex.strike_people_re.search(text, sent.start, num.start) \
                    and lex.strike_harm_re.search(text, st.paragraph_start, sent.end):
                return None  # "Zwölf Menschen kamen ums Leben, rund 90 wurden verletzt": a strike's victims
            rule, unit_end = lex.units.get(_troops_group(lex)), cas_at + (word.end() if word else 0)
        elif (ends_or_lower or lex.exceeded_after_re.match(text, num.end, hi)) \
                and ((total := lex.casualty_total_re.search(text, max(lo, num.start - 160), num.start)) is not None
                     # (past a year between: "die Zahl der getöteten oder verwundeten Nordkoreaner seit Herbst 2024 auf
                     # mehr als 6000")
                     or (lo > sent.start and (total := lex.casualty_total_re.search(
                         text, max(sent.start, num.start - 160), num.start)) is not None
                         and not _COUNT_NOT_YEAR.search(text, total.end(), num.start))) \
                and (casualty_direct := _values_in(lex.casualty, text, total.start(), total.end())) is not None:
            # (before the count named before: its own words say what it counts, "die Zahl der gefallenen
            # Nordkoreaner ... auf etwa 300 beziffert" after a total of dead and wounded)
            # "die Zahl der Gefallenen und Verwundeten ... habe 3.000 übertroffen": a total of North Korean casualties
            rule = lex.units.get(_troops_group(lex))
        elif ends_or_lower and st.last_rule is not None and idx - st.last_rule_at <= 2 \
                and (lex.anaphora_before_re.search(text, lo, num.start) or _opens_clause(text, sent.start, num.start)):
            rule, via_anaphora = st.last_rule, True
        elif (part := lex.partitive_after_re.match(text, num.end, sent.end)) is not None \
                and (base := lex.number_re.match(text, part.end(), sent.end)) is not None \
                and (whole := lex.unit_re.match(text, base.end(), sent.end)) is not None \
                and lex.units[whole.lastgroup].table == _PERSONNEL:
            # "etwa 4.000 der 11.000 entsandten Soldaten seien gefallen": a part of the people counted next
            rule, pre = lex.units[whole.lastgroup], whole.group("pre")
            unit_start, unit_end, hi = whole.start(whole.lastgroup), whole.end(), sent.end
        elif ends_or_lower and (count := _count_named_before(text, sent.start, num.start, lex)) is not None:
            # "die Zahl der nordkoreanischen Soldaten in Russland beträgt zwischen 11.000 und 12.000"
            rule, pre = lex.units[count.lastgroup], count.group("pre")
            unit_start, unit_end = count.start(count.lastgroup), count.end()
        elif (subject := _amounting_subject(text, lo, num, hi, lex)) is not None:
            # "dass die in Russland stationierten nordkoreanischen Truppen „bald 12.000“ betragen werden": the
            # subject right before the number and its verb is what it counts
            rule, pre = lex.units[subject.lastgroup], subject.group("pre")
            unit_start, unit_end = subject.start(subject.lastgroup), subject.end()
        elif ends_or_lower and st.last_item is not None and idx - st.last_item_at <= 2 \
                and lex.estimate_before_re.search(text, lo, num.start):
            rule, via_anaphora = st.last_item, True  # "... landen eher bei elf bis zwölf Millionen.", "könnten es 4,8 Millionen sein"
            via_estimate = True
        elif ((ends or ((time := lex.time_after_re.match(text, num.end, hi)) is not None
                        and (_next_is_end(text, time.end(), hi) or _next_is_lower(text, time.end(), hi))))
              and _BACK_ANCHOR.search(text, lo, num.start)) \
                or (ends_or_lower and _FROM_TO.search(text, sent.start, num.start)) \
                or (text.endswith("von ", max(lo, num.start - 4), num.start) and _TO_NUMBER.match(text, num.end, sent.end)) \
                or (ends_or_lower and text.find("von ", lo, num.start) >= 0 and _RELATIVE_PART.search(text, lo, num.start)):
            back = None
            for bm in lex.unit_re.finditer(text, sent.start, num.start):
                back = bm
            if back is not None:
                rule, via_anaphora = lex.units[back.lastgroup], True
                pre = back.group("pre")
                unit_start = back.start(back.lastgroup)
        more = ana is not None and lex.anaphora_more_re.match(text, num.end, hi) is not None
        if rule is None and (more or (ends_or_lower and lex.es_count_before_re.search(text, lo, num.start))):
            # "Nordkorea könnte noch mehr Soldaten verlegen ... könnten bis zu 100.000 weitere folgen", "Wie viele der
            # nordkoreanischen Soldaten ... verlegt wurden, ist unklar. US-Schätzungen zufolge sollen es 8000 bis 10.000
            # sein": the people or things named last in the paragraph, though nothing was counted yet
            named = None
            for named in lex.unit_re.finditer(text, max(st.paragraph_start, num.start - 250), num.start):
                pass
            if named is None and st.question_paragraph == sent.paragraph - 1 and 0 <= st.question_start < st.paragraph_start:
                # an interview's answer: "Wie viele Nordkoreaner kämpfen in Kursk?" - "... sind es mindestens 11.000"
                for named in lex.unit_re.finditer(text, st.question_start, st.paragraph_start):
                    pass
            if named is not None:
                rule, pre, via_anaphora = lex.units[named.lastgroup], named.group("pre"), True
                if more:
                    unit_end = num.end + ana.end()
        if rule is None and ana is not None and ends_or_lower and lex.anaphora_pronoun_re.match(text, num.end, hi):
            # "Die Zahl der nordkoreanischen Soldaten ... ist gestiegen.\n\n„In Kursk gibt es bereits 11.000 von ihnen“":
            # the people or things named last before this sentence (also across a paragraph break; one named in it
            # is its subject: "seine Truppen hätten 76 von ihnen abgeschossen")
            named = None
            for named in lex.unit_re.finditer(text, max(min(st.paragraph_start, st.previous_start), sent.start - 300),
                                              sent.start):
                pass
            if named is not None:
                rule, pre, via_anaphora = lex.units[named.lastgroup], named.group("pre"), True
                unit_end = num.end + ana.end()
        if rule is None and lex.spoken_of_re.match(text, num.end, hi) \
                and text.endswith(("von ", "von\n"), max(lo, num.start - 4), num.start):
            named = None  # "Zuvor war von 1.500 die Rede": the people or things named last in the paragraph
            for named in lex.unit_re.finditer(text, max(st.paragraph_start, num.start - 250), num.start):
                pass
            if named is not None:
                rule, pre, via_anaphora = lex.units[named.lastgroup], named.group("pre"), True
        if rule is None and (bare := lex.count_word_re.match(text, num.end, hi)) is not None:
            # "Der Werfer verschießt Raketen ... Auch davon habe Pjöngjang 120 Stück geliefert": the things named
            # first in the paragraph's last sentences
            named = next(lex.unit_re.finditer(text, max(st.paragraph_start, num.start - 250), num.start), None)
            if named is not None:
                rule, pre, via_anaphora = lex.units[named.lastgroup], named.group("pre"), True
                unit_end = bare.end()
        if rule is None and hi < sent.end and text[num.end:num.end + 1] in ", " \
                and (ahead := _unit_ahead(text, num.end, hi, sent.end, lex)) is not None:
            # "zunächst 3.000, später 7.000 und schließlich 11.000 Soldaten": the list shares the last one's unit
            rule, pre = lex.units[ahead.lastgroup], ahead.group("pre")  # (the quote ends at the number)
    if rule is None or (via_anaphora and _counts_something_else(text, sent, num, st, lex)):
        return None
    if lex.not_a_claim_before_re.search(text, max(lo, num.start - 60), num.start) \
            or (num.start == num.num_start
                and lex.designation_before_re.search(text, max(lo, num.start - 40), num.start)) \
            or lex.rate_before_re.search(text, max(lo, num.start - 40), num.start):
        return None  # "Obergrenze von 500.000 Barrel": a limit, not a delivery
    after = max(unit_end, num.end)  # (the thing counted may come before: "die Anzahl der Barrel ... auf 500.000")
    if lex.not_a_claim_after_re.match(text, after, min(hi, after + 60)):
        return None  # "8 Mio. Barrel pro Tag", "300 Granaten pro Container": a rate or a capacity
    if (size := lex.size_after_re.match(text, after, min(hi, after + 60))) is not None \
            and not lex.aid_subject_re.search(text, sent.start, num.start) \
            and not (size.group().endswith(("umfasste", "umfassten"))
                     and lex.unit_sent_before_re.search(text, max(sent.start, num.start - 60), num.start)):
        # "eine Division, die 10.000 Soldaten umfasst": a unit's size (not "dass das Regiment etwa 1000 Mann umfasste")
        return None
    if lex.per_unit_re.search(text, sent.start, num.start):
        return None  # "In einen Standardcontainer passen bis zu 300 Granaten"
    if (size := lex.army_size_before_re.search(text, sent.start, num.start)) is not None \
            and (lex.army_size_subject_re.search(text, max(sent.start, size.start() - 130), size.start())
                 # (North Korea's army after the verb: "Nach Schätzungen verfügt die Armee der DVRK über etwa 200.000
                 # Spezialkräfte"; not "verfügen die russischen Truppen in Kursk über 11.000 nordkoreanische Soldaten")
                 or ((subject := lex.army_size_subject_re.search(text, size.start(), num.start))
                     and (subject.group("inverted") or lex.north_korea_re.search(text, size.start(), num.start)))) \
            and not lex.aid_subject_re.search(text, sent.start, num.start):
        return None  # "Die Artillerie der Volksarmee umfasst ... rund 8.800 Geschütze": an army's own size
    if rule.table == "deliveries" and lex.other_trade_re.search(text, sent.start, num.start):
        return None  # "des Handels mit China, der sich 2024 ... auf rund 2,2 Milliarden Dollar belief"
    if rule.table == "deliveries" and lex.production_re.search(text, sent.start, sent.end) \
            and not lex.delivered_re.search(text, sent.start, sent.end):
        return None  # "Nordkorea produziert jährlich rund zwei Millionen Granaten": things made, not delivered
    if lex.foreign_people_re.search(text, sent.start, num.start) \
            and not _sentence_has(st, "north_korea", lex.north_korea_re, text, sent):
        return None  # "Die russischen Verluste bezifferte das Militär auf 1520 Soldaten"
    if rule.table == "deliveries" and lex.other_side_recipient_re.search(text, sent.start, num.start) \
            and not _sentence_has(st, "north_korea", lex.north_korea_re, text, sent) \
            and not _sentence_has(st, "russia", lex.russia_re, text, sent):
        return None  # "der Ukraine bis März 2024 eine Million Granaten zu liefern": the other side's supplies
    if rule.table in ("deliveries", _PERSONNEL) and lex.other_supplier_re.search(text, sent.start, num.start) \
            and not _sentence_has(st, "north_korea", lex.north_korea_re, text, sent):
        return None  # "Auch Iran hat Russland ... mehr als 200 ballistische Raketen geliefert": another country's
    sent_lo, sent_hi = sent.start, sent.end
    # "Hinzu kämen mehr als hundert Raketen": a sentence that continues the one before shares its verbs.
    continues = lex.continuation_re.match(text, sent_lo) is not None
    gate_lo = st.previous_start if (continues or st.previous_paragraph == sent.paragraph) else sent_lo
    # ("Hinzu kämen demnach mehr als 100 Raketen" a little after the shells delivered: more of the same)
    adds_to = continues and st.last_item is not None and st.last_item.table == rule.table and idx - st.last_item_at <= 3
    if not adds_to and rule.requires and st.last_item is not None and st.last_item.table == rule.table \
            and idx - st.last_item_at <= 3 and lex.es_count_before_re.search(text, max(lo, num.start - 80), num.start):
        adds_to = True  # ("Bis Ende Mai seien es bereits knapp 1,5 Millionen Barrel gewesen": the count before, again)
    borrowed = False  # (a required cue found only in the sentence before: that sentence's vetoes hold too)
    borrows = gate_lo < sent_lo and not lex.gates_borrowed.isdisjoint(rule.forbids)  # (only then worth a search)
    for gate in () if adds_to else rule.requires:
        found = lex.gates[gate].search(text, gate_lo, sent_hi)
        if borrows and found is not None and found.start() < sent_lo and not borrowed \
                and not lex.gates[gate].search(text, sent_lo, sent_hi):
            borrowed = True
        if found is None and not (
                # (the items of a list share the verbs of the line that introduces it: "umfassten die Lieferungen:")
                (is_list_item(text, sent_lo) and lex.gates[gate].search(text, st.paragraph_start, sent_hi))
                or (st.in_list and lex.gates[gate].search(text, st.list_start, sent_hi))):
            return None
    # (a place in the attribute names no nationality: "fünf in ukrainischer Gefangenschaft befindliche Nordkoreaner")
    nationality = _nationality(lex, _PLACE_IN_ATTRIBUTE.sub(" ", pre) + " " + text[unit_start:unit_end])
    if nationality is None and lex.russian_formation_after_re.match(text, unit_end):
        nationality = "RUS"  # "acht Mitglieder des „Achmat“-Bataillons"
    if nationality == _SUBJECTS_OWN:
        # "Nordkorea schickte mehr als 10.000 eigene Soldaten": the people of the country named last before them
        north = [m.span() for m in lex.north_korea_re.finditer(text, sent.start, num.start)]
        russia = [m.span() for m in lex.russia_re.finditer(text, sent.start, num.start)]
        # (a country right after another is its dative object: "wonach Nordkorea Russland bis zu 100 000 eigene
        # Soldaten angeboten habe" are North Korea's)
        if north and russia and north[-1][1] < russia[-1][0] and not text[north[-1][1]:russia[-1][0]].strip():
            russia = russia[:-1]
        nationality = "PRK" if north and (not russia or north[-1][0] > russia[-1][0]) else ("RUS" if russia else "OTHER")
    if rule.forbids and nationality != "PRK":
        # (what was done with the things counted, not in a relative clause after the count, which describes them:
        # "mehr als 100 ballistische Raketen geliefert, mit denen auch ukrainische Städte beschossen worden seien")
        described = _DESCRIBED_AFTER.search(text, unit_end, sent_hi)
        forbid_hi = described.start() if described is not None else sent_hi
        for gate in rule.forbids:
            if lex.gates[gate].search(text, gate_lo if borrowed and gate in lex.gates_borrowed else sent_lo,
                                      forbid_hi if gate in lex.gates_before_description else sent_hi):
                return None
    if rule.max_quantity is not None and (num.quantity or 0) > rule.max_quantity:
        return None  # "Getreideexporte aus Russland ... auf 43,3 Millionen Tonnen": all of Russia's trade
    for gate in rule.forbids_own:  # ("rund 2000 nordkoreanische Soldaten seien zurückberufen worden")
        if lex.gates[gate].search(text, sent_lo, sent_hi):
            return None
    if not nk_ok and nationality != "PRK" and not via_anaphora:
        return None
    table = rule.table
    # Casualty words in the clause after the number make people a casualty count.
    stop = lex.clause_stop_re.search(text, unit_end, hi)
    if stop is not None and stop.group(0).strip() in ("–", "—", "-") and _DASH_BEFORE.search(text, max(lo, num.start - 3),
                                                                                            num.start):
        stop = lex.clause_stop_re.search(text, stop.end(), hi)  # "Ein Drittel – rund 4.000 Mann – seien getötet": an aside
    clause_hi = stop.start() if stop else hi
    casualty = casualty_direct
    if table in (_PERSONNEL, "casualties") and casualty is None:
        # (after the number where its noun came before it: "4.000 Soldaten ... getötet, von den insgesamt 12.000
        # entsandten" counts those sent)
        casualty = _values_in(lex.casualty, text, num.end if via_anaphora and unit_start < num.start
                              and table == _PERSONNEL else min(num.end, unit_start), clause_hi)
        before = lex.casualty_before_re.search(text, max(lo, num.start - 120), num.start) if casualty is None else None
        if before is not None:  # "die Gefangennahme von zwei", "die Zahl der getöteten Soldaten auf 2.000"
            casualty = _values_in(lex.casualty, text, before.start(), num.start)
        elif casualty is None and (among := lex.casualty_among_re.search(text, max(sent.start, num.start - 100),
                                                                         num.start)) is not None:
            casualty = _values_in(lex.casualty, text, among.start(), among.end())  # "Unter den 20 Toten seien sechs"
        if casualty is None and lex.amounting_verb_re.match(text, unit_end) \
                and lex.amounting_subject_re.search(text, max(sent.start, num.start - 160), num.start):
            casualty = "killed_or_wounded"  # "dass die Verluste ... über 4000 Personen betragen"
    if casualty is None and table in (_PERSONNEL, "casualties") and st.last_casualty is not None \
            and idx - st.last_rule_at <= 2 and _SUCH.match(pre) is not None:
        casualty = st.last_casualty  # "... 3.000 getötet oder verwundet. Südkorea spricht von 1.100 solcher Personen."
    if casualty is None and via_anaphora and table in (_PERSONNEL, "casualties") and st.last_casualty is not None \
            and (via_estimate or _COPULA_ES.search(text, max(sent.start, num.start - 60), num.start)
                 or _THE_NUMBER.search(text, max(sent.start, num.start - 80), num.start)):
        # "... 3000 getötet oder verwundet. Seoul nennt eine niedrigere Zahl: Es sind rund 1.100.", "... von rund 2000
        # Gefallenen aus. Im Frühjahr hatte die Behörde die Zahl noch auf etwa 600 beziffert"
        casualty = st.last_casualty
    if casualty is not None and table == _PERSONNEL \
            and lex.partitive_base_re.search(text, max(sent.start, num.start - 60), num.start):
        casualty = None  # "4.000 der 11.000 Soldaten seien gefallen": 11.000 were sent, not killed
    if table == "casualties" and casualty is None:
        return None
    if casualty is not None and table == _PERSONNEL:
        table = "casualties"
    if table == "casualties" and nationality is None and lex.north_korea_re.search(text, unit_start, unit_end) is None \
            and (lex.among_base_re.search(text, max(sent.start, num.start - 12), num.start)
                 or lex.among_after_re.search(text, unit_end, sent.end)):
        return None  # "unter den 20 getöteten Soldaten seien sechs aus Nordkorea": the whole, of several nations
    if table == "casualties" and lex.out_of_scope_re.search(text, lo, hi):
        return None
    if table in ("casualties", _PERSONNEL) and nationality != "PRK" and lex.own_losses_re.search(text, sent.start, hi):
        return None  # "Russland verliert 1880 Soldaten an einem Tag"
    if lex.last_century_re.search(text, sent.start, sent.end):
        return None  # "Rund 300 Sowjetsoldaten seien zwischen 1950 und 1953 gefallen"
    if _dated_before_scope(text, sent, num, sent.start if claim_lo is None else claim_lo, hi, lex):
        # "2019 waren es noch mehr als 20.000 gewesen": a count of a year before the war (still what a later "Inzwischen
        # schätzt das Ministerium ihre Zahl auf gut 20.000" counts)
        if rule.table == _PERSONNEL:
            st.last_rule, st.last_rule_at = rule, idx
        st.last_item, st.last_item_at, st.last_item_end = rule, idx, unit_end
        return None
    if lex.hypothetical_before_re.search(text, max(sent.start, num.start - 60), num.start) \
            and lex.hypothetical_after_re.match(text, unit_end, sent.end):
        return None  # "Selbst wenn Kim 100.000 Mann schicken würde, ...": a count supposed, not claimed
    if lex.hypothetical_first_re.fullmatch(text, sent.start, num.start) \
            and lex.hypothetical_first_after_re.match(text, unit_end, sent.end):
        return None  # "Sollte Pjöngjang noch einmal 30.000 Mann schicken, ...": the same, the condition's verb first
    if rule.table == _PERSONNEL and lex.strike_people_re.match(text, unit_start, unit_end) \
            and lex.strike_harm_re.search(text, st.paragraph_start, sent.end):
        return None  # "traf ein Wohngebäude ... den Tod von mindestens acht Personen": victims of a strike
    if rule.nationality and nationality not in (None, "PRK") and table != "deliveries":
        return None
    if rule.table == _PERSONNEL and (lex.army_at_home_re.search(pre) or (num.quantity or 0) > lex.largest_deployment
                                or lex.army_at_home_before_re.search(text, max(sent.start, num.start - 130), num.start)):
        return None  # "1,3 Millionen aktive Soldaten": North Korea's army at home, not people sent
    if table == _PERSONNEL and lex.abroad_re.search(text, lo, hi) and not lex.russia_re.search(text, sent.start, sent.end) \
            and not lex.locations.any_re.search(text, sent.start, sent.end):
        return None  # "100.000 Arbeitskräfte ins Ausland": North Koreans abroad in general
    if table == _PERSONNEL and num.quantity is not None and num.quantity < lex.smallest_deployment and not rule.any_quantity:
        return None  # "zwei nordkoreanische Soldaten" in a video, an interview: people in a story, no deployment
    qualifier = num.qualifier
    if table == "deliveries" and any(lex.qualifiers.get(w) == "at_most"
                                         for w in text[max(lo, num.start - 12):num.num_start].lower().split()) \
            and lex.baseline_past_re.search(text, sent.start, sent.end):
        return None  # "während Satellitenbilder der letzten fünf Jahre höchstens etwa 20 Waggons zeigten": a baseline
    if qualifier == "exact" and (lex.exceeded_after_re.match(text, num.end, hi)
                                 or lex.exceeded_before_re.search(text, max(lo, num.start - 120), num.start)):
        qualifier = "more_than"  # "habe 3.000 übertroffen"
    row: dict[str, Any] = {
        "quantity": num.quantity, "quantity_max": num.quantity_max, "quantity_qualifier": qualifier,
        "quantity_text": num.text,
    }
    # (One search of the sentence rules a cue out for all its numbers.)
    if _sentence_has(st, "modality", lex.modality.any_re, text, sent):
        # (a main clause turning before the next number is that number's: "4.000 sollen getötet worden sein,
        # doch im Gegenzug könnten bald 2.000 bis 3.000 weitere eintreffen")
        turn = lex.clause_turn_re.search(text, num.end, hi)
        # (from the claim before, past numbers that count nothing: "Nordkorea wolle insgesamt „vier Brigaden mit
        # 12.000 Soldaten“ schicken")
        mod_lo, mod_hi = lo if claim_lo is None else min(lo, claim_lo), turn.start() if turn else hi
        cut_at_number = turn is None and hi < sent.end  # (the next number ends the window; it may count nothing)
        modality = _modality(lex, text, mod_lo, mod_hi)
        if modality == "possible" and table != "casualties" \
                and (relative := _RELATIVE_AFTER.search(text, unit_end, mod_hi)) is not None \
                and not _SENT_IN.search(text, relative.end(), mod_hi) \
                and _modality(lex, text, mod_lo, relative.start()) == "asserted":
            # "rund 10.000 Soldaten, die die russischen Truppen unterstützen könnten": what the counted may do next
            # is not the count's (the count's own predicate may stand there: "30 Soldaten, die getötet worden sein
            # könnten", "acht Millionen Granaten, die Nordkorea geschickt haben könnte")
            modality = "asserted"
    else:
        modality = "asserted"
        mod_lo = mod_hi = None
        cut_at_number = False
    if modality in lex.modality_not_for.get(table, ()):
        modality = "asserted"  # ("Zwei Gefangene ... erklärten, dass sie nach Südkorea fliehen wollen": not a plan to capture)
    # (and the words inside a number: "zwei weitere Millionen")
    window_before = text[max(lo, num.start - 40):num.start] + " " + pre + (" " + num.text if " " in num.text else "")
    scope = "unspecified"
    if _values_in(lex.scope[:1], window_before, 0, len(window_before)):
        scope = "additional"
    elif lex.scope[1][1].search(text, lo, num.start) or lex.scope[1][1].search(pre):
        scope = "total"
    location = _location(lex, text, lo, hi) if _sentence_has(st, "location", lex.locations.any_re, text, sent) else None
    rid = rule.id
    if table == "casualties" and scope != "additional" and num.quantity is not None and num.quantity <= 20 \
            and st.last_casualty_count[:2] == (idx - 1, num.quantity) and st.last_casualty_count[2] != casualty:
        return None  # "die Gefangennahme von zwei nordkoreanischen Soldaten ... Fotos von zwei verletzten Männern": the same two
    if table == _PERSONNEL:
        status = _values_in(lex.deployment_status, text, lo, hi, "unspecified") \
            if _sentence_has(st, "deployment_status", lex.deployment_status.any_re, text, sent) else "unspecified"
        if modality == "expected":
            status = "planned"
        row.update(from_country="PRK", to_country="RUS", personnel_type=rule.values.get("personnel_type", "unspecified"),
                   status=status, quantity_scope=scope, location=location)
    elif table == "casualties":
        row.update(party_country="PRK", casualty_type=casualty, quantity_scope=scope, location=location)
        rid = f"{rule.id}.{casualty.replace('_', '-')}" if rule.table == _PERSONNEL else rule.id
    else:
        if rule.nationality and nationality not in (None, "PRK", "RUS"):
            return None  # ("amerikanische Raketen"; but "US-Dollar" is a currency: money has no nationality)
        supplier, recipient = rule.values.get("supplier_country", "PRK"), rule.values.get("recipient_country", "RUS")
        if nationality == "RUS" and rule.nationality or lex.reverse_re.search(text, num.end, clause_hi):
            supplier, recipient = "RUS", "PRK"
        status = _values_in(lex.delivery_status, text, lo, hi, "unspecified")
        if modality == "expected":
            status = "planned"
        item = rule.values.get("item") or re.sub(r"^Stück\s+", "", text[unit_start:unit_end]).strip()
        caliber = None
        cm = lex.caliber_re.search(pre + " " + text[unit_start:unit_end]) or lex.caliber_after_re.match(
            text, unit_end, min(sent_hi, unit_end + 60))
        if cm is not None and rule.values.get("item_category") in ("artillery", "artillery_ammunition", "rocket_launchers", "ammunition"):
            value = int(cm.group("a") or cm.groupdict().get("b") or 0)
            caliber = value if 1 <= value <= 1000 else None
        row.update(supplier_country=supplier, recipient_country=recipient,
                   item_category=rule.values.get("item_category", "other"), item=item or rule.id,
                   caliber_mm=caliber, unit=rule.values.get("unit"), status=status, quantity_scope=scope)
    row["__table"] = table
    row["__rule"] = f"num.{rid}"
    row["__core"] = (min(num.start, core_from), max(unit_end, num.end))
    row["__modality_window"] = (mod_lo, mod_hi, cut_at_number)  # (read again over a list or past later numbers)
    row["modality"] = modality
    row["__lo"], row["__hi"] = min(lo, core_from), hi  # (hi reaches past the next number for a part of a whole)
    if table in (_PERSONNEL, "casualties") or rule.table == _PERSONNEL:
        st.last_rule, st.last_rule_at = (rule if rule.table == _PERSONNEL else st.last_rule), idx
        st.last_casualty = casualty
    if table == "casualties":
        st.last_casualty_count = (idx, num.quantity, casualty)
    st.last_item, st.last_item_at, st.last_item_end = rule, idx, unit_end
    return row


def _counts_something_else(text: str, sent, num: NumberPhrase, st: _State, lex: Lexicon) -> bool:
    """Whether a count without its noun ("15 weitere", "42 von 59 Drohnen") belongs to a noun counted just
    before it in its sentence that made no claim ("42 Drohnen seien abgeschossen worden, 15 weitere ...",
    "40.000 Schuss am Tag ...; die Ukraine kommt auf 2000"), or to the whole it is part of."""
    if (part := lex.partitive_after_re.match(text, num.end, sent.end)) is not None \
            and lex.number_re.match(text, part.end(), sent.end) is not None:
        return True
    counted_end = -1  # where the last noun counted before the number ends
    for m in lex.number_re.finditer(text, sent.start, num.start):
        if (unit := lex.unit_re.match(text, m.end(), num.start) or lex.other_people_re.match(text, m.end(), num.start)) \
                is not None and not ((n := parse_number(m, lex)) is None or n.is_year):
            counted_end = unit.end()
    return counted_end > st.last_item_end


def _sentence_has(st: _State, name: str, rx: re.Pattern, text: str, sent) -> bool:
    """Whether ``rx`` matches anywhere in the sentence, searched once per sentence."""
    key = (name, sent.start)
    hit = st.sentence_cache.get(key)
    if hit is None:
        hit = st.sentence_cache[key] = rx.search(text, sent.start, sent.end) is not None
    return hit


_DIGITS = re.compile(r"\d+")
_AGE_AFTER_NAME = re.compile(r"(?:[A-ZÄÖÜ][\w-]+|\b(?:der|die)\s+(?:andere|eine|ältere|jüngere))"
                             r"(?:,\s*\d{1,3}\s*,|\s*\(\d{1,3}\))")


def _count_named_before(text: str, lo: int, pos: int, lex: Lexicon) -> re.Match | None:
    """The unit match of the last "Zahl der <unit>" (cues.yaml ``count_of``) in ``[lo, pos)``, or None."""
    last = None
    for last in lex.count_of_re.finditer(text, max(lo, pos - 160), pos):
        pass
    if last is None or any(int(d) not in YEARS for d in _DIGITS.findall(text, last.end(), pos)):
        return None  # (a year may stand between: "Die Zahl der seit August 2023 verschifften Container ...")
    # (the noun may come after a phrase of time: "Die Zahl der seit August 2023 verschifften Container")
    return lex.unit_re.match(text, last.end(), pos) or lex.unit_re.search(text, last.end(), min(pos, last.end() + 60))


_CLOSING = re.compile(r"[“”\"«»]?")
# Between a subject and its number at the clause's end: adverbs and an opening quote ("Truppen „bald 12.000“")
_SUBJECT_GAP = re.compile(r"(?:[\s„“\"»«]+(?:[a-zäöü]\w*|(?:in|im)\s+[A-ZÄÖÜ][\w-]*))*[\s„“\"»«]*")
_OF_SOMETHING = re.compile(r"\b[A-ZÄÖÜ]\w+\s+(?:der|des|von|für)\s+(?:[a-zäöü]\w*\s+)*$")


def _amounting_subject(text: str, lo: int, num: NumberPhrase, hi: int, lex: Lexicon) -> re.Match | None:
    """The unit match of the subject a number amounts to, verb last ("die ... Truppen „bald 12.000“ betragen"), or
    None. Not the things of another noun ("die Kosten der Truppen ... betragen")."""
    after = _CLOSING.match(text, num.end, hi).end()
    if not lex.amounting_verb_re.match(text, after, hi):
        return None
    subject = None
    for subject in lex.unit_re.finditer(text, max(lo, num.start - 160), num.start):
        pass
    if subject is None or not _SUBJECT_GAP.fullmatch(text, subject.end(), num.start) \
            or _OF_SOMETHING.search(text, max(0, subject.start() - 40), subject.start(subject.lastgroup)):
        return None
    return subject


def _troops_group(lex: Lexicon) -> str | None:
    return next((g for g, u in lex.units.items() if u.table == _PERSONNEL and u.values.get("personnel_type") == "troops"), None)


# (past a closing quote: „etwa 1.000 bis 3.000“ neu entsandte; past a colon or dash before "so viele", units.yaml's
# so_many: "2.000 – so viele nordkoreanische Soldaten")
_ITEM_NUMBER = re.compile(r"[ \t]*\d{1,2}[.)][ \t]*")  # a numbered list item's mark ("3. "), before a sentence
_NEXT_WORD = re.compile(r"(?:\s*[:–—-](?=\s*[Ss]o\s))?\s*[„“”\"»«]?\s*([^\W_][\w-]*)")
_SIGN = re.compile(r"[^\S\n]*([^\w\s])")  # a symbol right after a number ("14 Mrd. $")


def _may_have_unit(text: str, pos: int, hi: int, lex: Lexicon) -> bool:
    """False when no unit can follow the number at ``pos``: no word follows ("30 %", "2024)") or the next
    word is one that ends the search ("Prozent", "Uhr", "Kilometer": units.yaml ``not_quantities``)."""
    m = _NEXT_WORD.match(text, pos, hi)
    return m is not None and m.group(1) not in lex.not_quantities


_OPENING = QUOTE_MARKS + "‚‘"  # (also the single low and high quotes)


def _opens_clause(text: str, start: int, pos: int) -> bool:
    """True when the number phrase at ``pos`` opens its sentence or clause ("Rund 3.000 sollen sich ...", also
    inside quotation marks: "„Mindestens 10.000“ seien derzeit in Kursk")."""
    while pos > start and text[pos - 1] in _OPENING:
        pos -= 1
    before = text[max(start, pos - 3):pos]
    return pos == start or before.endswith((", ", "; ", ": "))


def _next_is_lower(text: str, pos: int, hi: int) -> bool:
    """True when a lower-case word follows: a verb or adverb, so the number counts what came before
    ("davon rund 3000 allein seit Jahresbeginn", "weitere 6000 folgen")."""
    rest = text[pos:hi].lstrip()
    return bool(rest) and rest[0].islower()


def _next_is_end(text: str, pos: int, hi: int) -> bool:
    rest = text[pos:hi].lstrip()
    return not rest or rest[0] in ".,;:!?)“”\"«»–—" or rest.startswith(
        ("sein", "gewesen", "werden", "sind", "seien", "waren", "gestiegen", "erhöht", "angewachsen"))


def _acts(text: str, sent, mentions: list[Mention], attr: Attribution, lex: Lexicon) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    lo, hi = sent.start, sent.end
    rules = lex.acts if mentions else lex.acts_without_actor  # most acts need someone named to act
    sentence_modality = None
    for rule in rules:
        trigger = rule.pattern.search(text, lo, hi)
        if not trigger:
            continue
        if rule.needs is not None and not rule.needs.search(text, lo, hi):
            continue
        if rule.unless is not None and rule.unless.search(text, lo, hi):
            continue
        people = [m for m in mentions if not m.actor.wire]
        actor_m = None
        if rule.actor == "first":
            # A person or body named first ("Russlands Sicherheitsberater Schoigu") beats the country before it.
            actor_m = next((m for m in people if not m.actor.country), people[0] if people else None)
        elif rule.actor == "first-state":
            actor_m = next((m for m in people if m.actor.country), None)
        actor = actor_m.actor.id if actor_m else (rule.actor if rule.actor not in ("first", "first-state") else rule.fallback)
        if actor is None:
            continue
        counterpart = None
        if rule.counterpart == "next" and actor_m is not None:
            counterpart = next((m.actor.id for m in people if m.start > actor_m.start and m.actor.id != actor), None)
        elif rule.counterpart not in ("none", "next"):
            counterpart = rule.counterpart if rule.counterpart != actor else None
        if rule.modality is None and sentence_modality is None:
            sentence_modality = _modality(lex, text, lo, hi)
        modality = rule.modality or (sentence_modality if sentence_modality == "asserted"
                                     else _act_modality(lex, text, lo, hi, trigger.start(), trigger.end()))
        if modality == "denied" and rule.modality is None:
            modality = "asserted"
        claimant = attr.claimant_id
        if claimant == UNATTRIBUTED and rule.self_claimed:
            claimant = actor
        title = next((t for rx, t in lex.act_titles if rx.search(text, lo, hi)), None) \
            if rule.act_type in ("treaty_signing", "treaty_ratification") else None
        location = _location(lex, text, lo, hi)
        out.append({"__table": "diplomatic_acts", "__rule": f"act.{rule.id}", "__core": (lo, hi),
                    "__claimant": claimant, "act_type": rule.act_type, "actor_id": actor,
                    "counterpart_id": counterpart, "modality": modality, "title": title, "location": location})
    return out


def _act_modality(lex: Lexicon, text: str, lo: int, hi: int, start: int, end: int) -> str:
    """The modality of an act found at ``text[start:end]`` in the sentence ``[lo, hi)``.

    Only cues in the act's own clause count, and not the words that make the act: "erwägt" is a guess
    about a count but the act of considering itself ("Südkorea erwägt Waffenlieferungen"), and a hedge
    in the next clause ("..., warnten aber davor, dass ... möglicherweise ...") is about something else.
    (Called only where the sentence holds a cue of another modality.)
    """
    lo, hi = _clause(text, lo, hi, start, end)
    for key, rx in lex.modality:
        if any(c.end() <= start or c.start() >= end for c in rx.finditer(text, lo, hi)):
            return key
    return "asserted"


_NEW_CLAUSE = re.compile(r"\s[–—-]\s|,\s+und\s")  # (what a count's modality window is not widened past)
# (not a part of them: "769 Drohnen und 9.407 Raketen, die meisten seien abgefangen worden")
_DESCRIBED_AFTER = re.compile(r",\s+(?:(?:mit|bei|von|durch|aus|gegen)\s+)?(?:denen|die(?!\s+(?:meisten|allermeisten|Mehrheit|Hälfte|übrigen)\b)|welche|deren)\s")
_RELATIVE_AFTER = re.compile(r",\s+(?:die|der|das|denen|von denen|welche[rs]?)\s")
_SENT_IN = re.compile(r"\b(?:geschickt|geliefert|entsandt|entsendet|verlegt|transportiert|verschifft|gesandt|übergeben|"
                      r"bereitgestellt|zur Verfügung gestellt)\b")
# Two counts joined as one list: "1.000 Minenräumer und rund 5.000 Soldaten", "..., 200 Ärzte sowie 300 ..."
# (a short attribute may stand between: "1.000 Pioniere zur Minenräumung und 5.000 Militärbauarbeiter", "1 tausend
# Pioniere zur Entminung des Territoriums der Region Kursk sowie 5 tausend Militärbauarbeiter")
_COORDINATED = re.compile(r"\s*(?:(?:zur|zum|für\s+(?:die|den|das))\s+[\w-]+(?:\s+(?:des|der|im|in)\s+[\w-]+(?:\s+[A-ZÄÖÜ][\w-]+)?){0,2}\s*)?"
                          r"(?:,|und|sowie|,\s+(?:und|sowie))\s*")


def _set_modality(row: dict[str, Any], modality: str) -> None:
    """Give a claim row another modality; a deployment or delivery that is expected is planned."""
    row["modality"] = modality
    if row.get("status") is not None and modality == "expected":
        row["status"] = "planned"


def _same_country(a: str, b: str) -> bool:
    """True for two actors of one state (actor ids start with the ISO code: usa-government, usa-dod)."""
    return a.split("-", 1)[0] == b.split("-", 1)[0] and not a.startswith(("xxx-", "int-"))


def _dedup_key(row: dict[str, Any]) -> tuple:
    t = row["__table"]
    kind = {"deployments": "personnel_type", "deliveries": "item_category", "casualties": "casualty_type",
            "diplomatic_acts": "act_type"}[t]
    extra = (row.get("actor_id"), row.get("counterpart_id")) if t == "diplomatic_acts" else ()
    return (t, row.get(kind), row.get("quantity"), row.get("quantity_max"),
            row.get("quantity_qualifier") if row.get("quantity") is None else None, row.get("modality"), *extra)


def _bucket(sentences: list, items: list, key: str | None = "start") -> list[list]:
    """``items`` (in text order) by the sentence they start in: their ``key`` attribute, or the item itself
    (a position) when ``key`` is None. Items between sentences go nowhere."""
    out: list[list] = [[] for _ in sentences]
    i, n = 0, len(sentences)
    for it in items:
        pos = it if key is None else getattr(it, key)
        while i < n and sentences[i].end <= pos:
            i += 1
        if i == n:
            break
        if sentences[i].start <= pos:
            out[i].append(it)
    return out


def _read_cleaned(text: str, cleaned: Cleaned, published: str, source_id: str | None,
                  lex: Lexicon | None) -> list[tuple[str, dict[str, Any]]]:
    """:func:`extract_rows` of the cleaned text, quotes and offsets mapped back to ``text`` (a quote keeps what
    cleaning removed inside it, "Sol\u00addaten", "10.000&nbsp;Soldaten": it stays ``text[quote_start:quote_end]``)."""
    rows = _rows(cleaned.text, published, source_id, lex)
    for table, row in rows:
        start, end = cleaned.span(row["quote_start"], row["quote_end"])
        row.update(quote=text[start:end], quote_start=start, quote_end=end)
        row["record_id"] = record_id(table, row)
    return rows


_BLOCK_CLOSES = ("“", "\"", "«")  # (what closes a quotation of whole paragraphs; _BLOCK_OPENS below)
_POINTED_IN = re.compile(r"\b[Dd]arin\b")  # (a document pointed at: "Darin heißt es", see the rules' document_reference)
_BLOCK_PARAGRAPHS = 12  # paragraphs: a quotation whose closing mark got lost ends after that many
# A post's header: its account's name (a handle, or in Cyrillic or Korean letters) or its time, short and no sentence.
_POST_HEADER = re.compile(r"@\w|[\u0400-\u04ff\uac00-\ud7af]|\b\d{1,2}[.:]\d{2}\b")
_POST_HEADER_LENGTH = 120
_SENTENCE_STOP = re.compile(r"[.!?](?:\s|$)(?<!\d\.\s)")


# An outlet quoting from a paper named before: "heißt es in dem Papier, aus dem der US-Sender CNN zitiert".
_QUOTING_FROM = re.compile(r",\s+aus\s+(?:dem|der|denen)\s+(?:[\w.-]+\s+){1,5}?(?:zitiert|zitierte|zitieren|zitierten)\b")
# A digit that starts no year: another count between a casualty total's words and its number ("seit Herbst 2024" is
# none).
_COUNT_NOT_YEAR = re.compile(r"(?<![\d.,])(?!(?:19|20)\d\d(?![\d.,]))\d")
_OF_AUTHOR = re.compile(r"\s*(?:der|des|von|vom|aus|zufolge)\b")


def _country_after_report(text: str, doc: re.Match, attr: Attribution, end: int) -> bool:
    """Whether the country ``attr`` names comes after the report ``doc`` points at, and is not its author."""
    said = attr.text or ""
    if said.startswith(doc.group(0)):  # ("Laut dem Bericht verschiffte Nordkorea": the cue ran on to the country)
        rest = said[len(doc.group(0)):]
        return bool(rest.strip()) and not _OF_AUTHOR.match(rest)
    pos = text.find(said, doc.end(), end) if said else -1
    return pos > doc.end() and not _OF_AUTHOR.match(text, doc.end(), pos)


def _is_post_header(text: str, start: int, end: int) -> bool:
    """Whether the paragraph ``text[start:end]`` is a post's header: short, no sentence, a handle, foreign letters or a time."""
    return end - start <= _POST_HEADER_LENGTH and _POST_HEADER.search(text, start, end) is not None \
        and _SENTENCE_STOP.search(text, start, end) is None


def extract_rows(text: str, published: str, source_id: str | None = None,
                 lex: Lexicon | None = None) -> list[tuple[str, dict[str, Any]]]:
    """Like :func:`extract` but returns ``(table, row dict)`` pairs with the contract's field names.

    ``text`` must already be NFC (``extract`` normalises it). The rules read it without the marks copying left
    (:mod:`.cleanup`); offsets and quotes are those of ``text``. Never raises for any text; ``published`` must be
    a valid partial date.
    """
    readable = clean(text)  # (None for most texts: nothing to clean)
    if readable is not None:
        return _read_cleaned(text, readable, published, source_id, lex)
    return _rows(text, published, source_id, lex)


def _rows(text: str, published: str, source_id: str | None,
          lex: Lexicon | None) -> list[tuple[str, dict[str, Any]]]:
    """:func:`extract_rows` of a text that needs no cleaning."""
    lex = lex or load_lexicon()
    source_id = source_id or UNREGISTERED_SOURCE
    sentences = split_sentences(text)
    if not sentences:
        return []
    numbers = _bucket(sentences, [p for p in (parse_number(m, lex) for m in lex.number_re.finditer(text)) if p is not None])
    named = [Mention(a, b, actor) for a, b, actor in lex.actor_finder.finditer(text)]
    named = with_listed_adjectives(text, without_descriptions(text, named, lex), lex)
    named = with_genitive_speakers(text, with_learned_names(text, named, lex), lex)
    kept = without_addressees(text, named)
    mentions = _bucket(sentences, kept)
    # (the person an interviewer addresses, "Frau Vogel, ...": no speaker there, but the one who answers)
    addressed = None
    if len(kept) < len(named):
        kept_set = set(kept)
        addressed = _bucket(sentences, [m for m in named if m not in kept_set])
    nk_hits = _bucket(sentences, [m.start() for m in lex.north_korea_re.finditer(text)], key=None)
    # (readers' comments under the article: no claims of it)
    comments_at = comments.start() if (comments := lex.comments_heading_re.search(text)) is not None else len(text)
    st = _State(seen=set(), sentence_cache={})
    # (where the cues start: one scan of the text for all of them, see TEXT_SCANS)
    cue_starts, anaphor_starts, rumour_starts, document_starts, act_starts, continued_starts = (
        lex.text_scan.starts(text) if lex.text_scan is not None else (None,) * 6)
    # (rare: one scan of the text, not one search per sentence)
    continued = _bucket(sentences, [m.start() for m in (
        lex.source_continued_re.finditer(text) if continued_starts is None
        else lex.source_continued_re.finditer(text, starts=continued_starts))], key=None)
    cue_scan, anaphor_scan, rumour_scan, document_scan, act_scan = (
        matches_by_sentence(p, text, sentences, found) for p, found in (
            (lex.attribution_re, cue_starts), (lex.anaphoric_re, anaphor_starts), (lex.anonymous_re, rumour_starts),
            (lex.document_reference_re, document_starts), (lex.any_act_re, act_starts)))
    rows: list[dict[str, Any]] = []
    attrs: list[Attribution] = []
    body = 0  # sentences counted without headings: a subheading does not end reported speech
    far_carried: set[int] = set()  # sentences whose source came from afar (the headline, past a topic sentence)
    lead: int | None = None  # the first sentence that is no heading
    last_body = -10  # the last sentence naming a person or body
    stated = 0  # sentences counted without questions
    for idx, sent in enumerate(sentences):
        heading = _is_headline(text, sent)
        body += not heading
        if heading and lex.summary_heading_re.match(text, sent.start, sent.end):
            st.summary_paragraph = sent.paragraph
        # (a summary's items, under its heading: "Auf einen Blick\n\n- Rund 11.000 nordkoreanische Soldaten ...")
        in_summary = sent.paragraph - st.summary_paragraph in (0, 1) and _summary_item(text, sent.start)
        if in_summary:
            st.summary_paragraph = sent.paragraph  # (the next item goes on with it, a line apart or a blank line)
        if lead is None and not heading:
            lead = idx
        prev = st.attribution if st.attribution is not None and (
            (st.attribution_paragraph == sent.paragraph and body - st.attribution_at <= 2)
            or body - st.attribution_at <= 1) else None
        if prev is None and st.attribution is not None and body - st.attribution_at <= 3 and continued[idx]:
            prev = st.attribution  # "..., hieß es weiter": the source before still speaks
        # the people named last in the paragraph, up to three sentences back ("..., sagt Lysenko. „...“ Sorge
        # bereitet ihm der Frühling. Nach Einschätzung seines Stabes ...": Lysenko's staff)
        back = last_body
        before = mentions[back] if back >= idx - 3 and back >= 0 and (
            sentences[back].paragraph == sent.paragraph
            # ("... unter Berufung auf das Landwirtschaftsministerium konkrete Zahlen an.\n\nDemnach lieferte ...":
            # a paragraph opening with the pointer points to the sentence right before it)
            # (or to the paragraph before's last body, a sentence of comment after it: "... heißt es in einer
            # Erklärung des ukrainischen Vertreters, Serhii Kyslytsa. Diese Botschaft löste Besorgnis aus.\n\nNach
            # seinen Angaben flogen ...")
            or ((back == idx - 1 or sentences[back].paragraph == sent.paragraph - 1)
                and lex.anaphoric_re.match(text, sent.start, sent.end) is not None)) else ()
        last_body_before = back
        # (an outlet too: "Das Exilmedium iStories hat Frachtdaten ausgewertet. Demnach ...")
        if mentions[idx] and any(not m.actor.country for m in mentions[idx]):
            last_body = idx
        attr = attribute(text, sent.start, sent.end, mentions[idx], lex, prev, before,
                         fresh=bool(attrs) and attrs[-1] is st.attribution,
                         scanned=(cue_scan[idx], anaphor_scan[idx], rumour_scan[idx]))
        if attr.claimant_id == UNATTRIBUTED and prev is None and not heading and st.headline_source is not None \
                and (st.body_sourced < sent.paragraph - 1 or st.body_sourced == sentences[lead].paragraph) \
                and (said := attribute(text, sent.start, sent.end, mentions[idx], lex, st.headline_source, before,
                                       fresh=False, scanned=(cue_scan[idx], anaphor_scan[idx], rumour_scan[idx]))
                     ).claimant_id != UNATTRIBUTED:
            # reported speech where no source of the body was named just before (or only in the teaser) is the
            # headline's source ("NIS: Nordkorea will 12.000 Soldaten ... schicken" over "Die ersten 1.500 Mann seien
            # ... gebracht worden")
            attr = said
            far_carried.add(idx)
        elif attr.claimant_id == UNATTRIBUTED and prev is None and st.attribution is not None and not heading \
                and body - st.attribution_at == 2 and st.named_at <= st.attribution_at \
                and sent.paragraph == st.attribution_paragraph + 1 and all(m.actor.country for m in mentions[idx]) \
                and lex.reported_aux_re.search(text, sent.start, sent.end) \
                and not first_match(rumour_scan[idx], lex.anonymous_re, text, sent.start, sent.end):
            # reported speech after a topic sentence that names no one opens the next paragraph in the words of the
            # source before ("... hätten im Gebiet Kursk gekämpft.\n\nIn der Gegenrichtung fließen vor allem Energie
            # und Rüstungstechnik. Russland habe Nordkorea Flugabwehrsysteme ... überlassen."); a source the next
            # sentences name still takes it (see below)
            attr = st.attribution.carried()
            far_carried.add(idx)
        elif prev is not None and not attr.own and attr.claimant_id == prev.claimant_id \
                and attrs and attrs[-1] is prev and idx - 1 in far_carried:
            far_carried.add(idx)  # (and so does the reported speech going on from there)
        if mentions[idx] and not heading:
            st.named_at = body
        if attr.kind == "country" and attr.own and prev is not None and prev.kind == "body" \
                and _same_country(attr.claimant_id, prev.claimant_id) \
                and (((pointer := first_match(anaphor_scan[idx], lex.anaphoric_re, text, sent.start, sent.end))
                      and pointer.group(0).lower() in lex.back_pointers)
                     or lex.said_further_re.search(text, sent.start, sent.end)
                     or (attr.text and SPOKESPERSON_IN.search(attr.text))):
            # "... fuhr der Pentagon-Chef fort. Die USA gehen demnach davon aus, dass ...": the country speaks
            # through the body of it the sentence points back to (also "hieß es in Seoul weiter" after the general
            # staff, and "sagte ein Sprecher in Tokio" after the ministry)
            attr = prev.carried()
        if attr.kind == "wire" and attr.own and prev is not None and prev.kind == "body" \
                and st.attribution_paragraph == sent.paragraph \
                and not lex.kicker_re.match(text, sent.start, sent.end) \
                and ((attr.claimant_id in lex.agencies and prev.via_id in (None, attr.claimant_id)
                      and (_same_country(attr.claimant_id, prev.claimant_id) or prev.claimant_id.startswith("xxx-")))
                     or (attrs and attrs[-1].own and attrs[-1].claimant_id == prev.claimant_id
                         and lex.report_pointer_re.match(text, sent.start, sent.end))):
            # "Der Generalstab gab bekannt ... Laut Yonhap wurden 3.000 weitere entsandt": the agency relays it
            # (an agency of the body's own country, or any outlet pointing back to the body's sentence right before:
            # "Darüber berichtet RBK-Ukrajina"; a newspaper's report is its own: "Die Zeitung Kommersant berichtete
            # zudem, ...", and so is a foreign outlet's: "Kreml-Sprecher Peskow dementierte ... Die Kyiv Post hatte
            # berichtet, dass sechs ..."; an interviewer's "SPIEGEL: ..." asks in its own name)
            attr = Attribution(prev.claimant_id, prev.via_id or attr.claimant_id, prev.text, False, prev.also, prev.kind)
        if (attr.claimant_id == UNATTRIBUTED or not attr.own) and idx and attrs and attrs[-1].own \
                and attrs[-1].claimant_id != UNATTRIBUTED and text[sentences[idx - 1].end - 1] == ":" \
                and "\n\n" not in text[sentences[idx - 1].end:sent.start]:
            # what follows a speaker's colon is the speaker's, in the indicative too ("Der Geheimdienst von Südkorea
            # sagt:\nNordkorea hat ungefähr 15.000 Soldaten nach Russland geschickt.")
            attr = attrs[-1].carried()
        elif mentions[idx] and (attr.claimant_id == UNATTRIBUTED or not attr.own) \
                and text.find(":", sent.start, sent.end) >= 0 \
                and (said := _quoted_after_colon(text, sent, mentions[idx])):
            # a quotation after a colon is the words of the person, body or outlet the clause before it names ("Der
            # „Kyiv Independent“ geht in seinem Leitartikel auf die Raketen ein: „Mehr als 150 ...“": a press review)
            attr = said
        if attr.claimant_id == UNATTRIBUTED and ")" in text[sent.start:sent.end] \
                and (is_list_item(text, sent.start) or (text.endswith((")", ")."), sent.start, sent.end)
                                                         and _FACT_LINE.match(text, sent.start, sent.end))) \
                and (said := _source_in_brackets(text, sent, mentions[idx], lex,
                                                 # (the line right above: no blank line between)
                                                 attrs[-1] if attrs and "\n\n" not in text[sentences[idx - 1].end:sent.start]
                                                 else None)) is not None:
            # a fact box: "- Soldaten in Russland: 10.000-12.000 (Schätzung des Pentagons)", "Container: mehr als
            # 13.000 (Verteidigungsministerium Seoul)", "Verwundete: ca. 4.000 (gleiche Quelle)."
            attr = said
        elif attr.claimant_id == UNATTRIBUTED and (is_label_line(text, sent.start) or is_list_item(text, sent.start)) \
                and (said := _source_line_below(text, sentences, idx, mentions)) is not None:
            # a table written out under a chart, its source on a line below it: "Januar 2025: rund 300 Tote, rund
            # 2.700 Verwundete" ... "Quelle: NIS, Unterrichtungen des Geheimdienstausschusses"
            attr = said
        elif attr.claimant_id == UNATTRIBUTED and st.attribution is not None and is_list_item(text, sent.start) \
                and (st.attribution_paragraph == sent.paragraph
                     or (sent.paragraph == st.attribution_paragraph + 1 and attrs and attrs[-1] is st.attribution)):
            # "Die Erkenntnisse des MSMT zeigen ... Zu den wichtigsten Punkten gehören:\n- Über 11.000 Soldaten":
            # the items of a list its source introduced (such a list stays in the introducing paragraph)
            attr = st.attribution.carried()
        elif st.source is not None and (attr.claimant_id == UNATTRIBUTED or not attr.own or attr.kind == "country"
                                        or _QUOTING_FROM.search(text, sent.start, sent.end) is not None) \
                and ((doc := first_match(document_scan[idx], lex.document_reference_re, text, sent.start, sent.end))
                     # ("Darin heißt es" points at the statement of the sentence before, where it has a source: "...
                     # in einer gemeinsamen Erklärung verurteilt. Darin heißt es, ...")
                     and (attr.claimant_id == UNATTRIBUTED or not _POINTED_IN.search(doc.group(0)))
                     # ("Laut dem Bericht verschiffte Nordkorea ...": the country is what the report speaks of, unless
                     # it is the report's author, "Laut dem Bericht der USA")
                     and (attr.kind != "country" or not attr.own or _country_after_report(text, doc, attr, sent.end))
                     # ("Das MSMT legte seinen Bericht vor. Auf 29 Seiten steht, ...\n\nDemnach hat Nordkorea ...",
                     # "Nordkorea hat demnach ...")
                     or (attr.claimant_id == UNATTRIBUTED and body - st.source_at <= 2
                         and first_match(anaphor_scan[idx], lex.anaphoric_re, text, sent.start, sent.end))):
            # "Dem Bericht zufolge ...": the report of the source named last (the MSMT, the intelligence service,
            # a newspaper), also over a source carried from the sentence before ("So sind laut südkoreanischen Quellen
            # ... Über 20.000 Container ... sind dem Bericht zufolge ...")
            via = attr.claimant_id if attr.own and attr.kind != "country" and attr.claimant_id != UNATTRIBUTED else None
            attr = st.source.carried()
            if via is not None and via != attr.claimant_id:
                # ("heißt es in dem Papier, aus dem der US-Sender CNN zitiert": the outlet passes the paper on)
                attr = Attribution(attr.claimant_id, via, attr.text, False, attr.also, attr.kind)
        elif attr.claimant_id == UNATTRIBUTED and st.source is None and before \
                and (author := prior_body(text, before)) is not None \
                and first_match(document_scan[idx], lex.document_reference_re, text, sent.start, sent.end) \
                and lex.report_introduced_re.search(text, sentences[last_body_before].start, sentences[last_body_before].end):
            # "Das MSMT hat im Herbst einen umfassenden Bericht vorgelegt. Dem Bericht zufolge ...": the report of the
            # body that presented it, where no source was named before
            attr = Attribution(author.actor.id, None, text[author.start:author.end], False, (), "body")
            st.source, st.source_at = attr, body
        elif attr.own and attr.kind in ("body", "wire") and not (
                st.source is not None and attr.claimant_id.split("-", 1)[0] in lex.country_roles_not_of
                and lex.report_spoken_of_re.search(text, sent.start, sent.end)):
            # (North Korea or Russia speaking of a report is no author of it: "Das russische Außenministerium nannte
            # den Bericht „eine Sammlung von Fälschungen“. In dem Dokument heißt es weiter, ...": the MSMT's still)
            st.source = next((a for _, a in reversed(attr.alternatives) if a.claimant_id != UNATTRIBUTED), attr)
            st.source_at = body
        if (author := next((m for m in mentions[idx] if text.startswith("-", m.end) and not m.actor.wire
                                   and lex.document_of_re.match(text, m.end)), None)) \
                is not None:  # "MSMT-Bericht: ...": a later "dem Bericht zufolge" is that author's
            st.source = Attribution(author.actor.id, None, text[author.start:author.end], False, (),
                                    "country" if author.actor.country else "body")
            st.source_at = body
        elif before and lex.document_possessive_re.match(text, sent.start, sent.end) \
                and (who := prior_body(text, before)) is not None:
            # "... gründeten elf Staaten das MSMT. Dessen 29 Seiten starker Bericht ...": the MSMT's report
            st.source = Attribution(who.actor.id, None, text[who.start:who.end], False, (), "body")
            st.source_at = body
            if attr.claimant_id == UNATTRIBUTED:
                attr = st.source  # ("Ihre Analyse ... zeigt: Seit 2022 ...": what the report states is its author's)
        if sent.paragraph != st.previous_paragraph and (kick := lex.kicker_re.match(text, sent.start, sent.end)) \
                and not heading and not _CLAUSE_BEFORE_COLON.search(text, kick.start(), kick.end()) \
                and not TWO_NAMES.search(text, kick.start(), kick.end()):  # (nor two names: a topic)
            # An interview's answer: "Vogt: Wir landen eher bei elf bis zwölf Millionen." The person before the
            # colon speaks the whole paragraph, where no other source is named.
            who = next((m for m in mentions[idx] if m.end <= kick.end() and not m.actor.country and not m.actor.wire), None)
            st.speaker = Attribution(who.actor.id, None, text[who.start:who.end], False, (), "body") if who else None
            if who is None and st.address is not None and st.address in text[kick.start():kick.end()]:
                st.speaker = st.interviewee  # ("Herr Tamm, ...?" - "Tamm: Wir kommen auf ...")
            st.speaker_paragraph = sent.paragraph
        elif sent.paragraph != st.previous_paragraph and st.interviewee is not None \
                and st.question_paragraph == sent.paragraph - 1 and not heading:
            # An interview without speaker labels: the paragraph after a question is the answer of the person the
            # questions address ("Frau Vogel, ... Ist das plausibel?" - "... gehe ich von 14.000 bis 15.000 aus.")
            st.speaker, st.speaker_paragraph = st.interviewee, sent.paragraph
        if text[sent.end - 1] == "?":
            st.question_paragraph, st.question_start = sent.paragraph, sent.start
        if addressed is not None and (who := next((m for m in addressed[idx] if not m.actor.country and not m.actor.wire),
                                                   None)) is not None:
            st.interviewee = Attribution(who.actor.id, None, text[who.start:who.end], False, (), "body")
        elif st.interviewee is None and sent.paragraph != st.previous_paragraph \
                and (address := _ADDRESS.match(text, sent.start, sent.end)) is not None \
                and (guest := _intro_guest(mentions[:idx])) is not None:
            # "Herr General, ...": the guest the questions address is the one the intro names ("Generalmajor Alistair
            # Crane ist im britischen Militärgeheimdienst für Russland zuständig"; not North Korea or Russia, whom
            # the talk is about, nor the outlet)
            st.interviewee = Attribution(guest.actor.id, None, text[guest.start:guest.end], False, (),
                                         "country" if guest.actor.country else "body")
            st.address = address.group(1)
        if sent.paragraph != st.previous_paragraph:
            # A quotation of whole paragraphs after a line ending with a colon ("... eine Regierungserklärung
            # abgegeben. Auszüge:\n\n„Meine Damen und Herren, ...“"): the person or body named last before it
            # speaks it, up to its closing quotation mark.
            if st.block is not None and (st.block_closed or sent.paragraph - st.block_from > _BLOCK_PARAGRAPHS):
                st.block = None
            # (the colon ends the text before the paragraph's break: a short look back, not a copy of all of it)
            after_colon = st.last_person is not None and st.last_person_paragraph == sent.paragraph - 1 \
                and text[max(0, sent.start - 40):sent.start].rstrip().endswith(":")
            if after_colon or st.block is not None:
                para_end = text.find("\n\n", sent.start)
                para_end = len(text) if para_end < 0 else para_end
                # (or a post embedded under its account's name and time: "Головне управління розвідки МО України\n
                # 24.03.2025 · 10:15\n\nNach Erkenntnissen der Aufklärung hat die DVRK ...": the post's words, one
                # paragraph)
                post_header = (after_colon or st.block_post) and _is_post_header(text, sent.start, para_end)
                if after_colon and (text.startswith(_BLOCK_OPENS, sent.start) or post_header):
                    who = st.last_person
                    st.block = Attribution(who.actor.id, None, text[who.start:who.end], False, (), "body")
                    st.block_from, st.block_post = sent.paragraph, post_header
                if st.block is not None:
                    # (a post ends with its first paragraph of text)
                    st.block_closed = not post_header if st.block_post \
                        else text[sent.start:para_end].rstrip().endswith(_BLOCK_CLOSES)
        if st.block is not None and (attr.claimant_id == UNATTRIBUTED or not attr.own):
            attr = st.block
        if not heading and (who := next((m for m in reversed(mentions[idx]) if not m.actor.country and not m.actor.wire),
                                        None)) is not None:
            st.last_person, st.last_person_paragraph = who, sent.paragraph
        if st.speaker is not None and st.speaker_paragraph == sent.paragraph and (
                # (a guest known only by a country takes only what no one else says: "Litauens Verteidigungsministerin")
                attr.claimant_id == UNATTRIBUTED or (not attr.own and st.speaker.kind != "country" and (
                    st.attribution_paragraph != sent.paragraph
                    # ("Der Geheimdienst spricht von 11.000. Ich gehe davon aus, dass ...": the speaker's own view)
                    or _FIRST_PERSON.search(text, sent.start, sent.end) is not None))):
            attr = st.speaker  # (the answer's speaker, not the source the question quoted: "Kessler: Wenn man ...")
        elif st.guest is not None and (attr.claimant_id == UNATTRIBUTED or not attr.own) \
                and lex.first_person_re.search(text, sent.start, sent.end) is not None:
            attr = st.guest  # a guest piece's author in the first person: "Nach meinen Informationen arbeiten ..."
        if lex.guest_byline_re.search(text, sent.start, sent.end) is not None:
            # "Ein Gastbeitrag von Ulrich Brammertz": the body the byline names, or an outside expert
            who = next((m for m in mentions[idx] if not m.actor.country and not m.actor.wire), None)
            st.guest = Attribution(who.actor.id if who else EXPERTS, None,
                                   text[who.start:who.end] if who else text[sent.start:sent.end], False, (), "body")
        attrs.append(attr)
        if attr.claimant_id != UNATTRIBUTED:
            if heading and lead is None and attr.own:
                st.headline_source = attr
            elif not heading:
                st.body_sourced = sent.paragraph
        if attr.claimant_id != UNATTRIBUTED and not heading and text[sent.end - 1] != "?":
            # (a question states nothing, so nothing of it carries over: "... oder geht es Nordkorea um ...?")
            st.attribution, st.attribution_at, st.attribution_paragraph = attr, body, sent.paragraph
        elif attr.claimant_id == UNATTRIBUTED \
                and first_match(rumour_scan[idx], lex.anonymous_re, text, sent.start, sent.end):
            st.attribution = None  # (hearsay in between: what follows it is no longer the source's before)
        # North Korea named, or one of its actors ("sagte Kim"): the claims of the sentence are in scope.
        nk_here = bool(nk_hits[idx]) or any(m.actor.id.startswith("prk-") for m in mentions[idx])
        # (two sentences back even across a paragraph break: online news keeps paragraphs to a sentence or two)
        # A South Korean source speaks of the North further on ("Shin bezifferte die Zahl der Container auf 6700").
        # (an interviewer's question does not count: "Und die Arbeiter?" keeps the answer on the topic; nor a reply of a
        # word or two: "Budanow: Ja.")
        stated += text[sent.end - 1] != "?" and text.count(" ", sent.start, sent.end) >= 3
        entry = heading and lex.entry_heading_re.match(text, sent.start, sent.end) is not None
        if entry:
            # a ticker's entries have sources of their own, not the page's headline; an entry's heading may name one
            # ("09.40 Uhr: Kiew: Pjöngjang deckt fast die Hälfte ..." over the entry's reported speech)
            st.headline_source = attr if attr.own and attr.claimant_id != UNATTRIBUTED else None
            st.body_sourced = -10
        if entry and not nk_here:
            # a ticker's next entry: a story of its own (no topic, count or source of the entry before)
            st.nk_stated, st.nk_paragraph, st.last_rule, st.last_item, st.attribution = -10, -1, None, None, None
            st.nk_answer = -1
        nk_ok = nk_here or stated - st.nk_stated <= 2 or sent.paragraph in (st.nk_paragraph, st.nk_answer) or (
            attr.claimant_id.split("-", 1)[0] in lex.speaks_of_north and stated - st.nk_stated <= lex.speaks_of_north_reach) \
            or (st.nk_stated > -10 and bool(numbers[idx])
                and lex.sent_to_russia_re.search(text, sent.start, sent.end) is not None)
        if text[sent.end - 1] == ":":
            # A list's items share the scope of the line introducing it; teasers ("Lesen Sie auch:") are none.
            st.list_ok, st.list_paragraph = nk_ok, sent.paragraph
            st.list_start = st.paragraph_start if sent.paragraph == st.previous_paragraph else sent.start
            st.in_list = False
            st.list_furniture = _is_furniture(text, sent, lex)
        else:
            if st.list_ok and sent.paragraph == st.list_paragraph + 1 and (heading or is_label_line(text, sent.start)):
                # a fact box goes on under section headings ("VERLUSTE", then "Gefallene: etwa 2.000 (NIS)")
                st.list_paragraph = sent.paragraph
            st.in_list = st.list_paragraph == sent.paragraph and (is_list_item(text, sent.start)
                                                                  or is_label_line(text, sent.start))
            if st.in_list:
                nk_ok = (nk_ok or st.list_ok) and not st.list_furniture
        if sent.paragraph != st.previous_paragraph:
            st.paragraph_start = sent.start
        found: list[dict[str, Any]] = []
        item_before = st.last_item_at  # (the last sentence that counted something, before this one)
        nums = [n for n in numbers[idx] if n.end <= sent.end]
        if nums and text[sent.end - 1] == "?" and attr.claimant_id == UNATTRIBUTED:
            nums = []  # a question nobody's figure is asked about states nothing ("Will Nordkorea 100.000 Soldaten schicken?")
        if not heading:
            st.teasers = False
        elif not st.teasers and lex.teaser_intro_re.search(text, sent.start, sent.end):
            # "Mehr zum Thema" on a line of its own: the headlines under it, up to the next sentence of text, are
            # teasers for other articles ("Putins Kriegswirtschaft: Russland produziert 4,5 Millionen Granaten im Jahr")
            st.teasers = True
        furniture = bool(nums) and _is_furniture(text, sent, lex)
        if furniture:
            st.furniture_at = idx
        elif nums and st.furniture_at >= idx - 2 and lex.correction_restated_re.match(text, sent.start, sent.end):
            furniture = True  # "Richtig ist: etwa 10.000." after a correction note: the right figure, stated again
        if nums and (st.teasers or furniture or sent.start >= comments_at
                     or (len(nums) == 1 and nums[0].start == sent.start and nums[0].end == sent.end)):
            nums = []  # teasers, view counters, 'Lesen Sie auch'; a number alone on its line ("2557" under the date)
        if len(nums) > 1 and nums[0].quantity is not None \
                and _ITEM_NUMBER.fullmatch(text, text.rfind("\n", 0, sent.start) + 1, sent.start) \
                and nums[1].start > (colon := text.find(":", nums[0].end, nums[1].start)) >= 0 \
                and any(n.quantity == nums[0].quantity for n in nums[1:]):
            # a numbered item's heading restated in its text: "3. 1.000 Minenräumer: Schoigu kündigte an, Nordkorea
            # werde 1.000 Minenräumer ... schicken" (one claim, read where the text says it)
            nums = nums[1:]
        claim_lo = sent.start  # where the last claim of the sentence ends
        for k, num in enumerate(nums):
            lo = nums[k - 1].end if k else sent.start
            nxt = k + 1
            while nxt < len(nums) and ((nums[nxt].is_year and lex.year_before_re.search(
                    text, max(nums[nxt - 1].end, nums[nxt].start - 30), nums[nxt].start))
                    or (nums[nxt].quantity is not None and nums[nxt].quantity < 100
                        and lex.aside_after_re.match(text, nums[nxt].end))):
                # (a date or an age in between does not end what the number counts: "Zwei ... sitzen seit Januar
                # 2025 in Gefangenschaft", "Zwei Soldaten, 20 und 26 Jahre alt, sind in Gefangenschaft", "47 weitere
                # seien zwischen dem 20. und 22. Dezember verwundet worden")
                nxt += 1
            hi = nums[nxt].start if nxt < len(nums) else sent.end
            restated = num.quantity is not None and num.quantity >= 100 and num.quantity in st.seen
            row = _numeric_claim(text, sent, num, lo, hi, lex, st, idx, nk_ok or restated, claim_lo)
            if row is not None:
                claim_lo = num.end
                if found and row["modality"] == "asserted" and found[-1]["modality"] in ("expected", "possible") \
                        and _COORDINATED.fullmatch(text, found[-1]["__core"][1], row["__core"][0]):
                    # "will 1.000 Minenräumer und rund 5.000 Soldaten entsenden": the counts of one list share
                    # the verb that comes before the first
                    _set_modality(row, found[-1]["modality"])
                elif found and row["modality"] == found[-1]["modality"] == "asserted" \
                        and found[-1]["__modality_window"][0] is not None and row["__modality_window"][1] is not None \
                        and _COORDINATED.fullmatch(text, found[-1]["__core"][1], row["__core"][0]) \
                        and (shared := _modality(lex, text, found[-1]["__modality_window"][0],
                                                 row["__modality_window"][1])) != "asserted" \
                        and shared not in lex.modality_not_for.get(row["__table"], ()) \
                        and shared not in lex.modality_not_for.get(found[-1]["__table"], ()):
                    # "hat zugestimmt, 1000 Minenräumer und 5000 Bauarbeiter nach Russland zu schicken": a cue that
                    # spans the list (the decision before the first count, the infinitive after the last) is all its
                    # counts'
                    _set_modality(found[-1], shared)
                    _set_modality(row, shared)
                found.append(row)
        if found and found[-1]["modality"] == "asserted" and found[-1]["__modality_window"][2]:
            # The last count of the sentence, its window cut by a later number that counts nothing: "Insgesamt sollen
            # 12.000 nordkoreanische Soldaten aus vier Brigaden, darunter Spezialeinheiten, eingesetzt werden."
            last = found[-1]
            w_lo = last["__modality_window"][0]
            at = last["__core"][1]
            ends = [m.start() for m in (lex.clause_turn_re.search(text, at, sent.end),
                                        _NEW_CLAUSE.search(text, at, sent.end)) if m is not None]
            wider = _modality(lex, text, w_lo, min(ends, default=sent.end))
            if wider != "asserted" and wider not in lex.modality_not_for.get(last["__table"], ()):
                _set_modality(last, wider)
        # (most acts need an actor named in the sentence; one search rules out every act rule)
        if nk_ok and (mentions[idx] or lex.acts_without_actor) and first_match(act_scan[idx], lex.any_act_re, text, sent.start, sent.end):
            for row in _acts(text, sent, mentions[idx], attr, lex):
                row["__lo"], row["__hi"] = sent.start, sent.end
                found.append(row)
        if found and attr.claimant_id == UNATTRIBUTED and not heading \
                and all(m.actor.country and (_AFTER_PREPOSITION.search(text, max(0, m.start - 12), m.start)
                                             # (the two parties as subjects right after a figure of the source:
                                             # "... 9 Millionen Schuss ... Russland lieferte im Gegenzug ...")
                                             or (m.actor.id in _PARTIES and item_before == idx - 1))
                        for m in mentions[idx]) \
                and (listing := _continues_figures(text, sentences, idx, attrs, (cue_scan, rumour_scan, anaphor_scan),
                                                   st.figures_at == idx - 1,
                                                   idx > 0 and not mentions[idx - 1] and not numbers[idx - 1], lex)):
            # "Demnach lieferte Russland ... 30 Tonnen Bier. Die Ausfuhr von Rapsöl betrug mehr als 310 Tonnen": the
            # source of the sentence before goes on listing its figures
            attr = attrs[-1] = listing.carried()
            st.figures_at = idx  # (and so on: "Der Tabak-Export lag bei mehr als 110 Tonnen.")
            st.attribution, st.attribution_at, st.attribution_paragraph = attr, body, sent.paragraph
        if nk_here or any(r["__table"] != "diplomatic_acts" for r in found):
            st.nk_at, st.nk_stated = idx, stated
            # (a question naming North Korea sets the topic of the answer after it: "Was bekommt Pjöngjang dafür?")
            st.nk_paragraph = sent.paragraph + 1 if text[sent.end - 1] == "?" else sent.paragraph
        elif text[sent.end - 1] == "?" and st.nk_paragraph == sent.paragraph:
            # ("Frau Sauer, der Geheimdienst spricht von 15 000 Nordkoreanern ... Wofür braucht Moskau die noch?")
            st.nk_answer = sent.paragraph + 1
        st.previous_start, st.previous_paragraph = sent.start, sent.paragraph
        st.seen.update(r["quantity"] for r in found if r.get("quantity") is not None)
        for row in found:
            row["__attr"] = attr.at(row["__core"][0]) if attr.alternatives and row["__table"] != "diplomatic_acts" else attr
            if row["__attr"].own and row["__attr"].text and row["__table"] != "diplomatic_acts" \
                    and (semi := text.find(";", row["__core"][1], sent.end)) >= 0 \
                    and text.find(row["__attr"].text, semi, sent.end) >= 0 \
                    and text.find(row["__attr"].text, sent.start, semi) < 0 and not _SEMICOLON_BACK.match(text, semi + 1) \
                    and text.rfind("(", row["__core"][1], semi) <= text.rfind(")", row["__core"][1], semi):
                # (not a semicolon inside brackets: "rund 11.000 (Oktober bis Dezember 2024; Quelle: ... NIS)")
                # "Bislang waren die 14.000 Soldaten nur in Kursk eingesetzt; der britische Geheimdienst schätzt, dass
                # 6000 ...": the source of the clause after the semicolon is not that of the count before it ("...;
                # dies berichtete der NIS" is)
                row["__attr"] = prev.carried() if prev is not None else NONE
            if row.get("modality") == "denied" and mentions[idx] \
                    and (reported := _denied_report(text, sent, row["__core"][0], mentions[idx], lex)) is not None \
                    and reported[0] != row["__attr"].claimant_id:
                row["__reported"] = reported
            row["__sent"] = sent
            row["__heading"] = heading
            row["__summary"] = in_summary
            row["__idx"] = idx
            rows.append(row)
    # A weak attribution ("nach Erkenntnissen Südkoreas", "berichtete Reuters") that the next sentence of the
    # paragraph names more precisely ("teilte das Verteidigungsministerium mit") takes the precise one.
    # Someone who relays another's findings gives way to that one where the text names it.
    named_ids = {m.actor.id for ms in mentions for m in ms}
    for row in rows:
        i = row["__idx"]
        attr = row["__attr"]
        nxt = i + 1
        if not attr.own and attr.claimant_id != UNATTRIBUTED \
                and (quoted := _quote_speaker(text, sentences, attrs, i, lex)) is not None:
            # a source carried into a quotation gives way to whoever the quotation's end names: "Syrskyj habe ihm
            # berichtet, ... „Das könnten zwei Brigaden mit je 6.000 Mann sein. ...“, erklärte Selenskyj."
            row["__attr"] = quoted
            continue
        if attr.claimant_id == UNATTRIBUTED or (not attr.own and (
                attr.also or i in far_carried or (i and sentences[i - 1].paragraph != sentences[i].paragraph))):
            # (a joint source carried over gives way to the one the next sentence names: "... dem NIS und den
            # Ukrainern zufolge ... Beim Einsatz sollen 2700 verletzt worden sein. Das schätzt der NIS ...";
            # so does a source carried into a new paragraph: "... hieß es.\n\nMehr als 200 sollen getötet worden
            # sein. Das berichtete die Zeitung Ukrainska Prawda.")
            later = _back_reference(text, sentences, attrs, i, lex) or (
                _quote_speaker(text, sentences, attrs, i, lex) or _quote_after_speaker(text, sentences, attrs, i)
                or _reported_until_speaker(text, sentences, attrs, i, lex)
                if attr.claimant_id == UNATTRIBUTED or i in far_carried else None)
            if later is not None:
                # "... 5.000 Bauarbeiter ... Das gab Russland bekannt." ("Das berichtet der Abgeordnete Lee nach
                # einem Briefing des Nationalen Geheimdienstes": the service)
                row["__attr"] = _briefed(text, row["__sent"], later, named_ids, lex) or later
                continue
        elif (attr.kind == "country" or attr.claimant_id.endswith("-government") or attr.claimant_id == EXPERTS) \
                and not attr.also:
            # "nach südkoreanischen Erkenntnissen ... 600 ... Das berichteten Abgeordnete in Seoul": the body of
            # that country named after the claim is its precise source; "Eine Studie beziffert ... Erstellt hat sie
            # das KIDA": the authors of an unnamed study
            later = _back_reference(text, sentences, attrs, i, lex)
            if later is not None and later.kind == "body" and not later.also \
                    and (_same_country(later.claimant_id, attr.claimant_id) or attr.claimant_id == EXPERTS
                         # (a place before a colon, as radio news dates its items: "Pjöngjang: Nordkorea will ...
                         # Das kündigte Schoigu an.")
                         or (attr.kind == "country" and text.startswith(attr.text + ":", sentences[i].start))):
                row["__attr"] = attr = later
        elif attr.kind == "wire" and not attr.also:
            # "Laut Yonhap ... belaufen sich auf 4700. Die Zahlen hätten die Abgeordneten unter Berufung auf den NIS
            # geteilt": the agency passes on the source the sentence after it names
            later = _back_reference(text, sentences, attrs, i, lex)
            if later is not None and later.kind == "body" and not later.also:
                row["__attr"] = attr = Attribution(later.claimant_id, later.via_id or attr.claimant_id, later.text,
                                                   False, (), "body")
        briefed = _briefed(text, row["__sent"], attr, named_ids, lex)
        if briefed is not None:
            row["__attr"] = briefed  # "sagte ein Abgeordneter" where the text names the briefing intelligence service
        elif nxt < len(sentences) and attr.refined_by(attrs[nxt]) and not _country_speaks(text, row["__sent"], attr, mentions[i], lex) \
                and (sentences[nxt].paragraph == sentences[i].paragraph
                # (a lead of one sentence, "Nordkorea hat laut südkoreanischen Angaben eine Million Geschosse
                # geliefert.", and the paragraph after it naming the body: "Der Geheimdienst NIS berichtete ...")
                or (i == lead and sentences[nxt].paragraph == sentences[i].paragraph + 1)
                # (an outlet and, opening the next paragraph, whom it cites: "Laut Informationen, die ...
                # "Newsweek" veröffentlicht hat, ...\nDie Zeitung beruft sich auf einen Bericht des KIDA")
                or (attr.kind == "wire" and attrs[nxt].via_id == attr.claimant_id
                    and sentences[nxt].paragraph == sentences[i].paragraph + 1)):
            better = attrs[nxt]
            row["__attr"] = Attribution(better.claimant_id, better.via_id or (attr.claimant_id if attr.kind == "wire" else None),
                                        better.text, False, better.also, better.kind)
            # ("nach südkoreanischen Angaben ... sagte der Abgeordnete Lee unter Berufung auf den Geheimdienst")
            row["__attr"] = _briefed(text, sentences[nxt], row["__attr"], named_ids, lex) or row["__attr"]
    for row in rows:
        if row["__table"] == "casualties" and row["__attr"].claimant_id == UNATTRIBUTED \
                and (force := _reporting_force(text, row, mentions[row["__idx"]], lex)) is not None:
            row["__attr"] = Attribution(force.actor.id, None, text[force.start:force.end], True, (),
                                        "country" if force.actor.country else "body")
    if any(row["__attr"].claimant_id == UNATTRIBUTED for row in rows) \
            and (author := signed_author(text, kept, lex)) is not None:
        # "Unsere Verteidiger haben ... getötet" in a guest article whose box says who writes: the author's claim
        said = Attribution(author.actor.id, None, text[author.start:author.end], False, (), _kind(author.actor))
        for row in rows:
            sent = row["__sent"]
            if row["__attr"].claimant_id == UNATTRIBUTED and lex.author_voice_re.search(text, sent.start, sent.end):
                row["__attr"] = said
    return _finish(text, rows, published, source_id, lex)


def _reporting_force(text: str, row: dict[str, Any], mentions: list[Mention], lex: Lexicon) -> Mention | None:
    """The force that is the subject of a casualty count's active verb and so reports its own result ("Ukrainische
    Spezialkräfte sollen 21 nordkoreanische Soldaten getötet haben"), or None (cues.yaml ``own_results``). Not in
    an interviewer's line ("STANDARD: Die Ukraine hat zwei Nordkoreaner gefangen genommen."): the outlet says it."""
    at, end = row["__core"]
    sent = row["__sent"]
    force = next((m for m in reversed(mentions) if m.end <= at and m.actor.id.startswith(lex.own_results_forces)), None)
    if force is None or lex.kicker_re.match(text, sent.start, sent.end) \
            or not lex.own_results_subject_re.fullmatch(text, force.end, at) \
            or not lex.own_results_after_re.match(text, end, sent.end):
        return None
    return force


def _vague(row: dict[str, Any], lex: Lexicon) -> bool:
    """True for a claim whose source is only a country ("laut südkoreanischen Angaben", "Seoul zufolge"), also
    where the nation's information was read as its government ("nach ukrainischen Angaben")."""
    attr = row["__attr"]
    return row["__claimant"] == attr.claimant_id and (
        attr.kind == "country"
        or (attr.claimant_id.endswith("-government") and lex.nation_information_re.search(attr.text or "") is not None))


def _country_speaks(text: str, sent, attr: Attribution, mentions: list[Mention], lex: Lexicon) -> bool:
    """True when a country is the subject of its own verb of saying ("Südkorea hatte mitgeteilt, ...", "Die USA
    gehen davon aus, ...", "Zuletzt bezifferte Kiew die Verluste auf ..."): it speaks as its government,
    whichever of its bodies the next sentence names (unlike "nach südkoreanischen Angaben", which leaves the
    source open)."""
    if attr.kind != "country" or not attr.text:
        return False
    at = text.find(attr.text, sent.start, sent.end)
    if at < 0:
        return False
    verb = lex.attribution_re.match(text, at, at + len(attr.text))
    # (an adjective opening the cue is no subject: "Südkoreanischen Angaben zufolge ...")
    return any(m.actor.country and not _ADJECTIVAL.search(text, m.start, m.end) and (
        m.start == at
        # (the subject right after the verb: "bezifferte Kiew", not "laut Kiew", "nach Angaben Kiews")
        or (m.end == at + len(attr.text) and verb is not None and lex.attribution_dirs[verb.lastgroup] == "both"
            and text[verb.end():m.start].isspace()))
        for m in mentions)


_ADJECTIVAL = re.compile(r"isch(?:e|en|er|es|em)?$")


def _briefed(text: str, sent, attr: Attribution, named_ids: set[str], lex: Lexicon) -> Attribution | None:
    """The body whose briefing ``attr``'s speaker passes on (actors.yaml ``relays``: lawmakers briefed by the NIS), when the
    text names that body and the sentence does not say the speaker drew on "eigene Kontakte" or a visit; else None."""
    relayed = lex.relays.get(attr.claimant_id)
    if relayed is None or relayed not in named_ids:
        return None
    # (a source carried over: from where it was named, "Der Abgeordnete erklärte nach seiner Reise, ... Etwa 1.500
    # von ihnen seien ...")
    said = text.rfind(attr.text, 0, sent.start) if not attr.own and attr.text else -1
    if _OWN_SOURCES.search(text, said if said >= 0 else sent.start, sent.end):
        return None
    return Attribution(relayed, attr.claimant_id, attr.text, False, attr.also, "body")


# "die Zahl" without a noun of its own: the count just given ("hatte die Behörde die Zahl noch auf etwa 600 beziffert")
_THE_NUMBER = re.compile(r"\b(?:[Dd]ie|[Dd]iese|[Dd]er|[Dd]ieser)\s+(?:\w+\s+)?(?:Zahl|Gesamtzahl|Schätzung|Angabe)\b"
                         r"(?:\s+von\s+(?:\w+\s+)?$|(?!\s+(?:der|von|an)\b))")  # ("der Schätzung von 600": up to the number)
_SUCH = re.compile(r"\s*(?:solcher|solche|solchen|derartiger|derartige)\s")  # people of the kind just counted
_COPULA_ES = re.compile(r"\b(?:(?:sind|seien|waren|wären)\s+es|[Ee]s\s+(?:sind|seien|waren|wären))\b")
# (or what the speaker saw for themselves: "erklärte nach seinem jüngsten Besuch in der Ukraine")
# (or their own reckoning, against the briefing's: "Nach seiner Rechnung sind es eher rund 12 Millionen", "Nach ihren
# Informationen wurden höchstens 2.000 ...", "sprach ... von bis zu 14.000 Mann, ohne eine Quelle zu nennen")
_OWN_SOURCES = re.compile(r"\beigene[nr]?\s+(?:Kontakte|Quellen|Informationen|Erkenntnisse|Gespräche|Recherchen)\b"
                          r"|\bnach\s+(?:seinem|ihrem|einem|seiner|ihrer|einer)\s+(?:[\w-]+\s+)?(?:Besuch|Reise|Aufenthalt)\b"
                          r"|\b[Nn]ach\s+(?:seiner|ihrer)\s+(?:Rechnung|Schätzung|Einschätzung|Berechnung)\b"
                          r"|\b[Nn]ach\s+(?:seinen|ihren)\s+(?:Informationen|Erkenntnissen|Berechnungen|Schätzungen)\b"
                          r"|\bohne\s+(?:eine|seine|ihre|die)\s+Quelle\s+zu\s+nennen\b")
# A kicker that is a clause, not a speaker's label ("Der Druck auf Kim könnte nicht größer sein: ..."): a
# lower-case word other than the particles of names and titles ("Lena Vogt:", "Professor Lee von der KINU:")
_CLAUSE_BEFORE_COLON = re.compile(r"\s(?!(?:von|vom|der|des|van|de|und|am|an)\b)[a-zäöüß]")
_FIRST_PERSON = re.compile(r"\b(?:[Ii]ch|[Ww]ir)\b")


_PARTIES = frozenset({"prk-government", "rus-government"})
# A question addressing its guest at the paragraph's start, after the interviewer's label if any: "Herr General, ...",
# "WELT AM SONNTAG: Herr Tamm, ...", "Frau Ministerin, ..." (the word after the title is kept).
_ADDRESS = re.compile(r"(?:[A-ZÄÖÜ][\w.-]*(?:\s+[A-ZÄÖÜ][\w.-]*){0,3}:\s+)?(?:Herr|Frau)\s+(?:(?:Dr|Prof)\.\s+)?"
                      r"([A-ZÄÖÜ][\w-]+)(?:\s+[A-ZÄÖÜ][\w-]+)?,\s")


def _intro_guest(before: list[list[Mention]]) -> Mention | None:
    """The guest an interview's intro names (in the sentences ``before`` its first question): the first body that is
    no outlet, no group of people and not of North Korea or Russia, else the first such country."""
    bodies = [m for ms in before for m in ms
              if not m.actor.wire and m.actor.id[:4] not in ("prk-", "rus-", "xxx-")]  # (nor "Rüstungsexperten")
    return next((m for m in bodies if not m.actor.country), None) or (bodies[0] if bodies else None)

# a country as the party of an act, not its subject: "aus Nordkorea nach Russland geliefert"
_AFTER_PREPOSITION = re.compile(r"\b(?:aus|nach|an|von|für|gegen|zwischen|und|in|bei|mit|über|wo\s+die|wo\s+der)\s+$")


def _continues_figures(text: str, sentences, idx: int, attrs: list[Attribution], scanned: tuple[list, list, list],
                       running: bool, quiet: bool, lex: Lexicon) -> Attribution | None:
    """The source whose figures sentence ``idx`` (figures, no source, no one named) goes on with, or None: the one that
    the sentence before names by a cue of its own, points back to ("Demnach ...") or, ``running``, went on with
    itself. ``quiet``: the sentence before names no one and counts nothing, and the source may be the one before
    it ("Nach Angaben des Zentrums ... versuchen die Russen, ... zu tarnen. Sie tragen russische Uniformen. Insgesamt
    sind bereits mehr als 11.000 ..."). One source, the same paragraph, no sentence of these in the writer's
    background tense (cues.yaml ``background_tense``), no cue or hearsay of its own, and not the indicative after
    reported speech. ``scanned``: the matches of the attribution, hearsay and anaphor cues by sentence."""
    cues, rumours, anaphors = scanned
    sent = sentences[idx]
    if first_match(cues[idx], lex.attribution_re, text, sent.start, sent.end) \
            or first_match(rumours[idx], lex.anonymous_re, text, sent.start, sent.end) \
            or lex.statement_context_re.match(text, sent.start, sent.end):
        return None
    for back in (1, 2) if quiet else (1,):
        k = idx - back
        if k < 0 or sentences[k].paragraph != sent.paragraph:
            return None
        prev, before = sentences[k], attrs[-1 - back]
        if lex.reported_aux_re.search(text, prev.start, prev.end) \
                and not lex.reported_aux_re.search(text, sent.start, sent.end):
            return None  # (from reported speech back to the indicative: the writer's own words again)
        if lex.background_tense_re.search(text, prev.start, prev.end):
            return None
        if before.claimant_id == UNATTRIBUTED:
            if back == 1 and quiet and not first_match(rumours[k], lex.anonymous_re, text, prev.start, prev.end) \
                    and not first_match(cues[k], lex.attribution_re, text, prev.start, prev.end):
                continue  # (a quiet sentence in between)
            return None
        if (before.own or (running and back == 1)
                or first_match(anaphors[k], lex.anaphoric_re, text, prev.start, prev.end) is not None
                # ("Laut dem Bericht verschiffte Nordkorea ... Russland lieferte im Gegenzug ...": a report pointed at)
                or lex.document_reference_re.search(text, prev.start, prev.end) is not None) \
                and all(a.claimant_id == before.claimant_id for _, a in before.alternatives) \
                and not lex.background_tense_re.search(text, sent.start, sent.end):
            return before
        return None
    return None


def _back_reference(text: str, sentences, attrs: list[Attribution], i: int, lex: Lexicon) -> Attribution | None:
    """The attribution of one of the next two sentences that names the source of what came before ("Das gab
    Russland bekannt."), provided no other source is named in between: sentences of the paragraph, or the one
    opening the next paragraph ("Dies berichtet ... unter Berufung auf die BBC."). After a list item the
    rest of the list comes first ("- 3.000 weitere im Januar\nDiese Zahlen nannte der NIS.")."""
    skip = i + 1
    if is_list_item(text, sentences[i].start):
        while skip < len(sentences) and sentences[skip].paragraph == sentences[i].paragraph \
                and not attrs[skip].own and is_list_item(text, sentences[skip].start):
            skip += 1
    for j in range(skip, skip + 4):
        if j >= len(sentences) or sentences[j - 1].paragraph != sentences[i].paragraph:
            return None
        if j > skip + 1 and j + 1 < len(sentences) and sentences[j + 1].paragraph == sentences[j].paragraph:
            return None  # (further than the next two only the paragraph's last sentence: "Das geht aus ... hervor")
        if attrs[j].own:
            cue = lex.back_reference_re if sentences[j].paragraph == sentences[i].paragraph \
                else lex.back_reference_paragraph_re
            at = sentences[j].start
            if (line := lex.attribution_re.match(text, at)) is not None and line.lastgroup in lex.source_line_cues \
                    and (attrs[j].kind == "wire" or not (_FACT_LINE.match(text, sentences[i].start)
                                                         or is_list_item(text, sentences[i].start))):
                # "Artillerie: rund 200 Geschütze. Quelle: Verteidigungsministerium" names the source of a fact
                # box's line; "Quelle: dpa", "Quelle: tagesschau.de" credit the text
                return None
            if not (cue.match(text, at) or lex.back_reference_about_re.match(text, at)):
                return None
            # (a source in a clause of its own after a dash names what that clause says: "Diese kämpfen nun in
            # Kursk – nach ukrainischer Darstellung haben die Nordkoreaner hohe Verluste erlitten")
            said = text.find(attrs[j].text, at, sentences[j].end) if attrs[j].text else -1
            return None if said > at and _CLAUSE_BREAK.search(text, at, said) else attrs[j]
    return None


_CLAUSE_BREAK = re.compile(r"\s[–—-]\s|;")


_OPENING_QUOTES = "„»"
_BLOCK_OPENS = (*_OPENING_QUOTES, "\"")  # what opens a quotation of whole paragraphs (see _rows)
_QUOTE_MARK = re.compile("[" + QUOTE_MARKS + "]")
_AFTER_QUOTE = re.compile(r"\s*,\s*")
_DASHES = ("— ", "– ")
_DASH_CLOSE = re.compile(r",?\s[—–](?=\s)")  # the dash that ends speech before its speaker ("..., — sagte er")
_SPACES = re.compile(r"\s*")


def _quote_speaker(text: str, sentences, attrs: list[Attribution], i: int, lex: Lexicon) -> Attribution | None:
    """The speaker named after a quotation that sentence ``i`` stands in ("„... 10.000 Soldaten entsandt. Einige
    ... verlegt“, sagte Austin"): the own attribution of the sentence where the quote closes with ", sagte ..."."""
    sent = sentences[i]
    first = i
    while first and sentences[first - 1].paragraph == sent.paragraph:
        first -= 1
    last = i
    while last + 1 < len(sentences) and sentences[last + 1].paragraph == sent.paragraph and last - i < 3:
        last += 1
    if text.startswith(_DASHES, sentences[first].start):
        # a paragraph of speech opened by a dash, as Ukrainian outlets quote: "— Nordkorea hat 12.000 Mann ...
        # Sie greifen auch an, — sagte der Minister."
        close = _DASH_CLOSE.search(text, sent.start + 1, sentences[last].end)
        comma = None if close is None else _SPACES.match(text, close.end())
    else:
        opened = max(text.rfind(q, sentences[first].start, sent.start + 1) for q in QUOTE_MARKS)
        if opened < 0 or (text[opened] not in _OPENING_QUOTES
                          # (a straight quote opening a sentence opens a quotation too)
                          and not (text[opened] == '"' and (opened == 0 or text[opened - 1].isspace()))):
            return None  # not inside a quotation opened in this paragraph
        close = _QUOTE_MARK.search(text, opened + 1, sentences[last].end)
        if close is None or close.start() <= sent.start or close.group() in _OPENING_QUOTES:
            return None
        comma = _AFTER_QUOTE.match(text, close.end())
    if comma is None or not lex.attribution_re.match(text, comma.end()):
        return None
    k = next((j for j in range(i + 1, last + 1) if sentences[j].start <= comma.end() < sentences[j].end), None)
    return attrs[k] if k is not None and attrs[k].own and attrs[k].claimant_id != UNATTRIBUTED else None


def _quote_after_speaker(text: str, sentences, attrs: list[Attribution], i: int) -> Attribution | None:
    """The speaker of the sentence right before a quotation that sentence ``i`` stands in (or of the sentence whose
    colon opens it): one that opens a paragraph ("Selenskyj sagte in einem Video, ... ¶ „Die ersten tausend Soldaten
    stehen an der Grenze.") or a sentence after the speaker's ("Selenskyj warf Pjöngjang vor, ... "Mehr als zwölf
    Millionen Granaten hat Nordkorea schon geliefert.""): that sentence's own attribution, when it names a person or
    body."""
    first = i
    while first and sentences[first - 1].paragraph == sentences[i].paragraph:
        first -= 1
    # (the sentence of the paragraph, up to eight back, that opens with a quotation mark; a straight one opening a
    # sentence opens a quotation too)
    # (or one whose speaker's clause opens it after a colon: "Die NEUE ZÜRCHER ZEITUNG hält fest: „Pjöngjang ist für
    # Moskau unverzichtbar geworden. Ohne die geschätzt zehn Millionen Artilleriegranaten ...": a press review)
    for j in range(i, max(first, i - 8) - 1, -1):
        start = sentences[j].start
        if text[start] in _OPENING_QUOTES or text[start] == '"':
            if not j or _QUOTE_MARK.search(text, start + 1, sentences[i].start):
                return None  # (it closed before sentence i)
            before = attrs[j - 1]
            break
        if j < i and (colon := _COLON_QUOTE.search(text, start, sentences[j].end)) is not None:
            if _QUOTE_MARK.search(text, colon.end(), sentences[i].start):
                return None
            before = attrs[j]
            break
    else:
        return None  # no quotation opening a sentence
    return before if before.own and before.claimant_id != UNATTRIBUTED and before.kind != "country" else None



def _reported_until_speaker(text: str, sentences, attrs: list[Attribution], i: int, lex: Lexicon) -> Attribution | None:
    """The speaker named at the end of the reported speech that sentence ``i`` opens: "Außerdem werde Pjöngjang 5.000
    Bauarbeiter entsenden. Dies sei eine brüderliche Hilfe. ..., fügte Schoigu hinzu." Sentence ``i`` and those up
    to the speaker's (at most two more, in its paragraph, none with a source of its own) are in the subjunctive;
    the speaker's sentence ends with the verb of saying and who said it, after a comma."""
    if not lex.reported_aux_re.search(text, sentences[i].start, sentences[i].end):
        return None
    for j in range(i + 1, min(i + 3, len(sentences))):
        sent = sentences[j]
        if sent.paragraph != sentences[i].paragraph:
            return None
        if attrs[j].own:
            if attrs[j].claimant_id == UNATTRIBUTED or attrs[j].kind == "country":
                return None
            cues = list(lex.attribution_re.finditer(text, sent.start, sent.end))
            cue = cues[-1] if cues else None  # (the last cue: the closing ", sagte X")
            closing = cue is not None and _CLOSING_COMMA.search(text, sent.start, cue.start()) is not None \
                and text.find(attrs[j].text, cue.start(), sent.end) >= 0
            return attrs[j] if closing else None
        if not lex.reported_aux_re.search(text, sent.start, sent.end):
            return None
    return None


_SEMICOLON_BACK = re.compile(r"\s*(?:dies|das|so|demnach|davon|darüber)\b", re.I)
_CLOSING_COMMA = re.compile(r"[,“”\"»«]\s*$")


@lru_cache(maxsize=None)
def _maxima(table: str) -> dict[str, int]:
    """The schema's maximum of each integer field of ``table`` (quantities, calibre)."""
    return {f.name: f.maximum for f in schema(table).fields if f.maximum is not None}


# Brackets at the end of a line or right before its colon: "(Schätzung des Pentagons)", "Gefallene (NIS): ..."
_BRACKETS = re.compile(r"\([^()\n]{2,80}\)(?=\s*:|\.?\s*$)")
_LIST_NEXT = re.compile(rf"\s*\n[ \t]*[{LIST_MARKS}][ \t]")


# A fact box's line without a list mark: a short label and a colon at the start of its line ("Container: ...").
_FACT_LINE = re.compile(r"(?<![^\n])[^\n:.!?]{2,80}:\s")


def _source_in_brackets(text: str, sent, mentions: list[Mention], lex: Lexicon,
                        before: Attribution | None = None) -> Attribution | None:
    """The source a fact box's line names in brackets, at its end or in its label ("(Open Source Centre,
    London)", "Gefallene (NIS, Januar): ca. 300"): a person or body, else a country; ``before`` (the line
    before's attribution) for "(gleiche Quelle)"; None for none, or for a picture credit ("(Foto: AFP)")."""
    for group in _BRACKETS.finditer(text, sent.start, sent.end):
        if lex.picture_credit_re.match(text, group.start() + 1):
            continue
        if lex.same_source_re.match(text, group.start() + 1):
            return before.carried() if before is not None and before.claimant_id != UNATTRIBUTED else None
        inside = [m for m in mentions if group.start() < m.start and m.end < group.end()]
        m = next((m for m in inside if not m.actor.country), inside[0] if inside else None)
        if m is not None:
            return Attribution(m.actor.id, None, group.group(0), True, (), _kind(m.actor))
    return None


def _is_furniture(text: str, sent, lex: Lexicon) -> bool:
    """Whether the sentence is page furniture (a teaser, a correction's withdrawn figure, a reading time), or a short
    line of counters ("Lesezeit 4 Min. | 214 Kommentare"); a counter's word in running text is prose."""
    return lex.page_furniture_re.search(text, sent.start, sent.end) is not None or (
        sent.end - sent.start <= lex.page_counters_max
        and lex.page_counters_re.search(text, sent.start, sent.end) is not None)


def _is_headline(text: str, sent) -> bool:
    """A line of its own without a final full stop: a headline, kicker or subheading."""
    if text[sent.end - 1] in ".!":
        return False  # most sentences: no need to look for the line around it
    if text[sent.end - 1] == ":" and (_LIST_NEXT.match(text, sent.end)
                                      or (text.startswith("\n", sent.end) and is_list_item(text, sent.end + 1))):
        return False  # a line introducing a list: "Laut dem Bericht des MSMT umfassten die Lieferungen:"
    if text[sent.start] not in LIST_MARKS and is_list_item(text, sent.start):
        return False  # an item of a list without marks ("Jänner 2025: 300 Tote, 2.700 Verwundete")
    line_start = text.rfind("\n", 0, sent.start) + 1
    line_end = text.find("\n", sent.end)
    line_end = len(text) if line_end < 0 else line_end
    return text[line_start:sent.start].strip() == "" and text[sent.end:line_end].strip() == ""


def _drop_headline_repeats(text: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Drop what a headline says that the body repeats: a matching number in the same table, or an act of
    the same type by the same actor; and what a summary's item without a source says that the body says with one,
    rounded or not ("Auf einen Blick: - Rund 11.000 nordkoreanische Soldaten ..." over the body's "10.800")."""
    body: dict[str, set] = {}
    body_acts: set[tuple] = set()
    for r in rows:
        if not r["__heading"]:
            body.setdefault(r["__table"], set()).update(v for v in (r.get("quantity"), r.get("quantity_max")) if v is not None)
            if r["__table"] == "diplomatic_acts":
                body_acts.add((r.get("act_type"), r.get("actor_id")))
    sourced = [r for r in rows if not r["__heading"] and not r["__summary"]
               and r["__attr"].claimant_id != UNATTRIBUTED and r.get("quantity")]
    out = []
    for r in rows:
        if r["__heading"]:
            if r["__table"] == "diplomatic_acts":
                if (r.get("act_type"), r.get("actor_id")) in body_acts:
                    continue
            elif r.get("quantity") in body.get(r["__table"], ()) or r.get("quantity_max") in body.get(r["__table"], ()):
                continue
        elif r["__summary"] and r["__attr"].claimant_id == UNATTRIBUTED and (q := r.get("quantity")) and any(
                o["__table"] == r["__table"] and o.get("casualty_type") == r.get("casualty_type")
                and abs(o["quantity"] - q) <= _ROUNDED * max(o["quantity"], q) for o in sourced):
            continue
        out.append(r)
    return out


_ROUNDED = 0.15  # how far a summary's rounded figure may stand from the body's ("rund 11.000" for 10.800)
# A summary's item: a line opening with a list's mark, an arrow or a number ("1. Pjöngjang hat ...", "› Die Zahl ...")
_SUMMARY_ITEM = re.compile(rf"[ \t]*(?:[{LIST_MARKS}›»✓]|\d{{1,2}}\.)[ \t]+")


def _summary_item(text: str, start: int) -> bool:
    """Whether the sentence at ``start`` is (in) an item of a summary's list: its line opens with a mark."""
    line = text.rfind("\n", 0, start) + 1
    item = _SUMMARY_ITEM.match(text, line)
    return item is not None and start <= item.end() + 1 or is_list_item(text, start)


def _finish(text: str, rows: list[dict[str, Any]], published: str, source_id: str,
            lex: Lexicon) -> list[tuple[str, dict[str, Any]]]:
    # One claim stated twice (headline and body): keep the attributed statement, else the first.
    best: dict[tuple, dict[str, Any]] = {}
    for row in rows:
        key = _dedup_key(row)
        have = best.get(key)
        if have is not None and row.get("quantity_scope") == "additional" != have.get("quantity_scope") \
                and row.get("quantity") is not None and not (have["__heading"] or row["__heading"]):
            # "1500 Soldaten seien verlegt worden ... 1500 weitere seien entsandt worden": a second group, not the
            # first stated again
            key = key + ("additional",)
            have = best.get(key)
        claimant = row.get("__claimant") or row["__attr"].claimant_id
        row["__claimant"] = claimant
        # (a country's body quoted right after the government's statement of the same figure states it again: "Die
        # US-Regierung schätzt die Zahl ... auf 10.000. „Wir glauben, dass ... rund 10.000 ...“, sagte die Sprecherin
        # des US-Verteidigungsministeriums")
        restated = have is not None and _same_country(claimant, have["__claimant"]) \
            and abs(have["__idx"] - row["__idx"]) == 1 and have["__claimant"].endswith("-government") \
            and not claimant.endswith("-government")
        if have is not None and UNATTRIBUTED not in (claimant, have["__claimant"]) and claimant != have["__claimant"] \
                and not restated and not (_same_country(claimant, have["__claimant"])
                                          and (have["__heading"] or row["__heading"] or _vague(have, lex) or _vague(row, lex))):
            key, have = key + (claimant,), best.get(key + (claimant,))  # the same number from two sources: two claims
        elif have is not None and claimant != UNATTRIBUTED and (
                restated or (have["__heading"] and not row["__heading"]) or (_vague(have, lex) and not _vague(row, lex))):
            # "Washington: mindestens 10.000" over the body's "Außenministerium", "laut südkoreanischen Angaben eine
            # Million" in the lead and the NIS's "mehr als eine Million" further on: one claim, the precise statement
            # (the body's statement keeps the headline's precise source: "11.000 Nordkoreaner laut Selenskyj in
            # Kursk" over the body's "nach ukrainischen Angaben")
            if have["__heading"] and _vague(row, lex) and not _vague(have, lex) and _same_country(claimant, have["__claimant"]):
                row["__claimant"] = have["__claimant"]
            best[key] = row
            continue
        if have is None or (have["__claimant"] == UNATTRIBUTED and claimant != UNATTRIBUTED) or (
                have["__claimant"] == claimant and have["__heading"] and not row["__heading"]) or (
                have["__claimant"] == claimant and have.get("quantity_qualifier") == "exact"
                and row.get("quantity_qualifier") not in ("exact", None)):
            # the attributed statement, else the body's over a headline's, else the hedged one ("3.000 Soldaten" and
            # then "mindestens 3.000": at least 3.000)
            best[key] = row
    kept = sorted(best.values(), key=lambda r: (r["__core"][0], r["__table"], r["__rule"]))
    kept = _drop_headline_repeats(text, kept)
    out: list[tuple[str, dict[str, Any]]] = []
    dated: dict[tuple[int, bool], Any] = {}  # one sentence's dates serve all its claims
    for row in kept:
        table = row.pop("__table")
        attr: Attribution = row.pop("__attr")
        sent = row.pop("__sent")
        core_start, core_end = row.pop("__core")
        lo, hi = row.pop("__lo"), row.pop("__hi")
        if table == "diplomatic_acts":
            qs, qe = sent.start, sent.end
        else:
            qs, qe = _quote_span(text, lo, hi, core_start, core_end)
        future = row["modality"] in ("expected", "possible")
        dates = dated.get((sent.start, future))
        if dates is None:
            dates = dated[(sent.start, future)] = resolve_dates(text, sent.start, sent.end, published, lex, future_ok=future)
        claimant = row.pop("__claimant")
        rec = {k: v for k, v in row.items() if not k.startswith("__")}
        rec.update(
            source_id=source_id, quote=text[qs:qe], quote_start=qs, quote_end=qe, claimant_id=claimant,
            attribution=attr.text if claimant == attr.claimant_id else None,
            # (no one passes on their own claim: an outlet's research carried to a sentence naming it again)
            via_id=attr.via_id if claimant == attr.claimant_id and attr.via_id != claimant else None,
            reported_date=dates.reported or published, event_date=dates.event, event_date_end=dates.event_end,
            method="extracted", rule_id=row["__rule"],
        )
        if rec.get("quantity_qualifier") == "vague":
            rec["quantity"] = rec["quantity_max"] = None
        rec = {k: v for k, v in rec.items() if v is not None}
        if any(rec.get(f, 0) > limit for f, limit in _maxima(table).items()):
            continue  # beyond what the schema allows for a count: a misread, not a claim
        claimants = [claimant]
        if table != "diplomatic_acts" and claimant == attr.claimant_id:
            claimants += list(attr.also)  # one record per party of a joint attribution
        for who in claimants:
            one = dict(rec, claimant_id=who)
            one["record_id"] = record_id(table, one)
            out.append((table, one))
        if (reported := row.get("__reported")) is not None and reported[0] not in claimants:
            # the report the denial rejects: its author's claim ("Peskow wies einen Bericht der Zeitung Chosun Ilbo
            # zurück, wonach bis zu 25.000 ... eingesetzt werden sollen": Chosun Ilbo's, expected)
            one = {k: v for k, v in rec.items() if k not in ("attribution", "via_id")}
            one.update(claimant_id=reported[0], modality=reported[1])
            one["record_id"] = record_id(table, one)
            out.append((table, one))
    return out


def _denied_report(text: str, sent, number_at: int, mentions: list[Mention], lex: Lexicon) -> tuple[str, str] | None:
    """(author, modality) of a report named in a denial, whose clause holds the number at ``number_at`` ("einen
    Bericht der Zeitung Chosun Ilbo zurückgewiesen, wonach bis zu 25.000 ..."), or None."""
    for m in mentions:
        if m.start >= number_at:
            break
        if m.actor.country or not lex.denied_report_re.search(text, max(sent.start, m.start - 60), m.start):
            continue
        clause = lex.denied_report_clause_re.search(text, m.end, number_at)
        if clause is None or any(o.start >= m.end and o.start < clause.start() for o in mentions):
            continue  # (no clause of the report before the number, or someone else named in between)
        end = _CLAUSE_MARK.search(text, number_at, sent.end)  # (not the denial after it: "..., sei „Unsinn“")
        modality = _modality(lex, text, clause.end(), end.start() if end else sent.end)
        return m.actor.id, "asserted" if modality == "denied" else modality
    return None


def extract(text: str, *, published: str, source_id: str | None = None) -> list:
    """Claim records read from German news ``text`` by the rules in ``nkru_data/extract/rules/``.

    Returns a list of model instances (:class:`~nkru_data.models.Deployment`,
    ``Delivery``, ``Casualty``, ``DiplomaticAct``) in text order, each with
    ``method="extracted"``, the ``rule_id`` that produced it, and a quote
    with offsets into the **NFC** form of ``text`` (``text`` is normalised
    first, so offsets match ``unicodedata.normalize("NFC", text)``).
    ``published`` is the text's partial date (``"2024-10"``); relative dates
    are resolved against it and ``reported_date`` defaults to it.
    ``source_id`` defaults to ``"unregistered"`` (a placeholder: register the
    text with ``nkru-data add-source`` to give it a real id).

    Raises ``ValueError`` when ``published`` is not a partial date; never
    raises because of the text.
    """
    published = parse_partial_date(str(published))
    if source_id is not None and not isinstance(source_id, str):
        raise ValueError(f"source_id must be a string, not {type(source_id).__name__}")
    text = unicodedata.normalize("NFC", text)
    return [MODELS[table](**row) for table, row in extract_rows(text, published, source_id)]
