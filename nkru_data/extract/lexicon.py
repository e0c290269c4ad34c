"""The extraction rules, loaded once from the YAML files in ``rules/``.

Everything a curator may want to change (words, cues, patterns, actor
names) lives in those files; this module only reads them and compiles the
regular expressions once per process, so extraction never compiles a
pattern per sentence. Patterns are compiled with
:func:`~nkru_data.extract.prefilter.compile_rule`, which finds the same
matches as ``re`` with less searching.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterable

from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

from .fragments import expand_tree
from .prefilter import RulePattern, WordStarts, WordStartsGroup, compile_rule, prefix_tree, word_guard

__all__ = ["RULES_DIR", "Lexicon", "UnitRule", "ActRule", "ActorName", "load_lexicon"]

#: The endings of a German adjective, and a lower-case word with one of them ("südkoreanischen", "weitere").
INFLECTION = r"(?:e|en|er|es|em)"
ADJECTIVE = r"[a-zäöüß][\w-]*" + INFLECTION
# A place inside a unit's attribute, optionally with its adjective: "10.000 in Russland stationierte Soldaten", "50
# im Inland hergestellte Haubitzen", "30 auf russischer Seite kämpfende nordkoreanische Soldaten", a name of up to
# three words: "10.000 von Kim Jong Un entsandten Soldaten", and what they pass as: "zwei als Nordkoreaner ausgegebene
# Soldaten".
PLACE = (r"(?:in|im|am|nach|an|auf|aus|zur|zum|bei|beim|vom|von|seit|als)\s+(?:(?:den|dem|der|die|das)\s+)?"
         r"(?:[a-zäöü][\wäöüß-]*(?:e|er|en|em)\s+)?[A-ZÄÖÜ][\wäöüß-]*(?:\s+[A-ZÄÖÜ][\wäöüß-]*){0,2}")

#: Where the rule files ship: inside the package, so a wheel carries them.
RULES_DIR = Path(__file__).resolve().parent / "rules"


@dataclass(frozen=True)
class UnitRule:
    """What a number counts: table, field values, and the cues it needs or must not meet."""

    id: str
    table: str
    values: dict[str, Any]
    requires: tuple[str, ...]
    forbids: tuple[str, ...]
    nationality: bool
    any_quantity: bool = False   # a deployment of this unit may be smaller than ``smallest_deployment``
    forbids_own: tuple[str, ...] = ()  # cues that veto it also for North Korea's own people or goods
    max_quantity: int | None = None    # a larger count is of something else (a country's whole trade)


@dataclass(frozen=True)
class ActRule:
    """A diplomatic-act pattern (see rules/acts.yaml)."""

    id: str
    act_type: str
    pattern: re.Pattern
    needs: re.Pattern | None
    actor: str
    counterpart: str
    modality: str | None
    unless: re.Pattern | None
    fallback: str | None
    self_claimed: bool


@dataclass(frozen=True)
class ActorName:
    """An actor id with its flags."""

    id: str
    wire: bool
    country: bool


@dataclass(frozen=True)
class Lexicon:
    """Every compiled rule. Build it with :func:`load_lexicon`."""

    number_re: re.Pattern
    number_words: dict[str, int]
    number_compounds: tuple[str, ...]     # endings that make compounds ("tausend"): "elf- bis zwölftausend"
    before_multiplier: dict[str, float]   # "eine" -> 1, "eine halbe" -> 0.5: values only before "Millionen"
    multipliers: dict[str, int]
    qualifiers: dict[str, str]
    qualifier_as_preposition: dict[str, re.Pattern]
    unit_re: re.Pattern
    units: dict[str, UnitRule]          # by regex group name
    unit_signs: dict[str, str]          # a symbol standing for a unit ("$") -> its group name in ``units``
    count_word_re: re.Pattern           # after a number, a count word without a noun ("120 Stück geliefert")
    not_quantities: frozenset[str]      # words after a number that say it counts nothing in scope
    nationalities: tuple[tuple[str, str], ...]
    attribution_re: re.Pattern
    attribution_dirs: dict[str, str]    # group name -> direction
    relay_cues: frozenset[str]          # group names of cues whose actor an outlet relays ("unter Berufung auf")
    own_word_cues: frozenset[str]       # group names of cues by which a country speaks for itself ("nach eigenen Angaben")
    impersonal_cues: frozenset[str]     # group names of cues no speaker opens ("hieß es"): see cues.yaml
    pronoun_cues: frozenset[str]        # group names of cues whose speaker a pronoun names ("zitiert ihn"): see cues.yaml
    source_line_cues: frozenset[str]    # group names of cues that open a fact box's source line ("Quelle: ...")
    holder_cues: frozenset[str]         # group names of cues whose source is the one named in their clause ("die Reuters vorliegen")
    attribution_reach: int
    carry_over_re: re.Pattern
    carry_over_next_re: re.Pattern
    background_tense_re: re.Pattern     # the writer's background (past perfect): no run of a source's figures
    anaphoric_re: re.Pattern
    summary_heading_re: re.Pattern      # "Das Wichtigste in Kürze": a summary's heading over items the body repeats
    genitive_speaker_re: re.Pattern     # "Nach Budanows Worten": a name in the genitive before what it said (cues.yaml)
    denied_report_re: re.Pattern        # "einen Bericht der Zeitung Chosun Ilbo ..., wonach": the report a denial rejects
    denied_report_clause_re: re.Pattern
    designation_before_re: re.Pattern   # "Brigade 155": a unit's number (cues.yaml)
    unit_sent_before_re: re.Pattern     # "dass das Regiment etwa 1000 Mann umfasste": a unit that was sent (cues.yaml)
    report_pointer_re: re.Pattern       # "Darüber berichtet RBK-Ukrajina": an outlet's sentence passing on the one before
    person_roles_re: re.Pattern
    not_names: frozenset[str]
    ranks: frozenset[str]               # "Oberst" of "Oberst Dmytro Lysenko" (cues.yaml)
    back_reference_re: re.Pattern
    back_reference_paragraph_re: re.Pattern
    back_reference_about_re: re.Pattern
    document_reference_re: re.Pattern
    document_of_re: re.Pattern
    entry_heading_re: re.Pattern
    document_possessive_re: re.Pattern
    report_spoken_of_re: re.Pattern
    report_introduced_re: re.Pattern    # "Das MSMT hat einen Bericht vorgelegt": whose report "der Bericht" is (cues.yaml)
    correction_restated_re: re.Pattern  # "Richtig ist: etwa 10.000." right after a correction note (cues.yaml)
    guest_byline_re: re.Pattern         # "Ein Gastbeitrag von ...": its author speaks in the first person (cues.yaml) ...
    first_person_re: re.Pattern         # ... "Nach meinen Informationen", "Ich schätze"
    both_sources_re: re.Pattern
    evidence_subject_re: re.Pattern  # "Satellitenbilder vom 5. Oktober" before "zeigen": the source before speaks
    leader_title_re: re.Pattern
    casualty_among_re: re.Pattern
    army_at_home_before_re: re.Pattern
    among_after_re: re.Pattern
    among_base_re: re.Pattern
    casualty_before_re: re.Pattern
    amounting_subject_re: re.Pattern
    amounting_verb_re: re.Pattern
    casualty_total_re: re.Pattern
    count_of_re: re.Pattern
    exceeded_after_re: re.Pattern
    exceeded_before_re: re.Pattern
    definite_role_re: re.Pattern                 # a role word ("Geheimdienst", "Minister")
    definite_roles_singular: frozenset[str]      # role words that stand for a body in the singular only ("Behörde")
    bare_roles: frozenset[str]                   # role words that stand for a body without an article too ("Abgeordnete")
    definite_article_re: re.Pattern              # the article (and adjective) right before it, up to the end
    definite_roles: dict[str, tuple[str, ...]]   # role word -> words of earlier actor names it may stand for
    definite_role_words: frozenset[str]           # ... all those words
    author_roles: frozenset[str]                  # role words for the authors of a report ("die Autoren")
    back_pointers: frozenset[str]                 # anaphoric words pointing back to the source just named ("demnach")
    home_services: dict[str, dict[str, str]]      # role word -> country code of an outlet's id -> that country's body
    country_roles: dict[str, dict[str, str]]      # role word -> country code -> that country's body
    country_roles_not_of: frozenset[str]          # country codes whose actors never give a role word its country
    country_role_defaults: dict[str, str]         # role word -> the body it means when no country was named
    modality_not_for: dict[str, frozenset[str]]  # table -> modalities its claims never take
    speaks_of_north: frozenset[str]               # country codes whose sources speak of North Korea ...
    speaks_of_north_reach: int                    # ... this many sentences after it was last named
    year_before_re: re.Pattern
    aside_after_re: re.Pattern                    # after a number: an age ("20 und 26 Jahre alt"), a day ("20. Mai")
    army_at_home_re: re.Pattern
    abroad_re: re.Pattern
    russia_re: re.Pattern
    sent_to_russia_re: re.Pattern                 # people sent to Russia: North Korea's, once it was named
    largest_deployment: int
    smallest_deployment: int
    partitive_after_re: re.Pattern
    partitive_base_re: re.Pattern
    continuation_re: re.Pattern
    source_continued_re: re.Pattern
    reported_aux_re: re.Pattern
    reported_belief_re: re.Pattern     # "Moskau erwarte" after "Budanow sagte,": still Budanow's words (cues.yaml)
    clause_verbs_re: re.Pattern
    possessive_cue_re: re.Pattern
    speaker_epithet_re: re.Pattern
    kicker_re: re.Pattern
    telling_re: re.Pattern
    subject_acts_re: re.Pattern         # "Putin schenkte": the subject of an act an outlet reports (cues.yaml)
    report_participles_re: re.Pattern   # "habe ... berichtet": a verb of reporting in reported speech (cues.yaml)
    baseline_past_re: re.Pattern        # "früher höchstens 20 Waggons": a past cap compared with (cues.yaml)
    telling_subject_re: re.Pattern
    clause_turn_re: re.Pattern
    kicker_end_re: re.Pattern
    author_byline_re: re.Pattern        # "Von Han Ji-won": a signed piece's author (cues.yaml)
    author_box_re: re.Pattern           # "Der Autor ist ...", "Han Ji-won ist ...": the author's box
    author_label_re: re.Pattern         # "Han: ...": an interview's speaker label
    author_signature_re: re.Pattern     # "Mit freundlichen Grüßen": a letter's signature follows
    author_voice_re: re.Pattern         # "ich", "wir", "unsere": the author speaking
    not_a_claim_after_re: re.Pattern
    own_results_forces: tuple[str, ...]  # whose forces report their own results: "ukr-" (cues.yaml own_results)
    own_results_subject_re: re.Pattern  # "Ukrainische Spezialkräfte sollen" before the count
    own_results_after_re: re.Pattern    # "... getötet haben" after it
    statement_context_re: re.Pattern    # "Diese Äußerungen stehen im Kontext ...": the writer's comment (cues.yaml)
    anaphora_pronoun_re: re.Pattern     # "11.000 von ihnen": the people named before (cues.yaml)
    size_after_re: re.Pattern           # "die 200.000 Soldaten umfasst": what a unit consists of (cues.yaml)
    aid_subject_re: re.Pattern          # "eine Unterstützung ..., die ... 15.000 Soldaten umfasst": help does count
    per_unit_re: re.Pattern
    said_further_re: re.Pattern         # "hieß es in Seoul weiter": the source before goes on (cues.yaml)
    army_size_before_re: re.Pattern     # "Die Artillerie der Volksarmee umfasst ... 8.800 Geschütze" (cues.yaml)
    army_size_subject_re: re.Pattern
    other_trade_re: re.Pattern          # "des Handels mit China, der sich ... auf 2,2 Milliarden Dollar belief"
    production_re: re.Pattern           # "Nordkorea produziert jährlich ... Granaten": things made (cues.yaml)
    delivered_re: re.Pattern            # ... unless the sentence delivers them too ("... und an Russland geliefert")
    foreign_people_re: re.Pattern
    other_side_recipient_re: re.Pattern  # "der Ukraine ... eine Million Granaten zu liefern" (cues.yaml)
    other_supplier_re: re.Pattern        # "Auch Iran hat Russland ... 200 ballistische Raketen geliefert" (cues.yaml)
    anonymous_re: re.Pattern
    joint_re: re.Pattern
    modality: tuple[tuple[str, re.Pattern], ...]
    casualty: tuple[tuple[str, re.Pattern], ...]
    deployment_status: tuple[tuple[str, re.Pattern], ...]
    delivery_status: tuple[tuple[str, re.Pattern], ...]
    scope: tuple[tuple[str, re.Pattern], ...]
    gates: dict[str, re.Pattern]
    gates_before_description: frozenset[str]  # gates searched only up to a relative clause after the count (cues.yaml)
    gates_borrowed: frozenset[str]  # vetoes also searched in the sentence before when it gave a required cue (cues.yaml)
    out_of_scope_re: re.Pattern
    own_losses_re: re.Pattern
    last_century_re: re.Pattern         # a span of years of the last century: its numbers are history
    before_scope_year_re: re.Pattern    # a year before the war in a count's clause, a span reaching into the scope
    before_scope_span_re: re.Pattern    # before it, and a sign of the present in the sentence: a count dated to
    before_scope_now_re: re.Pattern     # history or not (cues.yaml before_scope)
    hypothetical_before_re: re.Pattern  # "Wenn morgen 50.000 Nordkoreaner an der Front stünden": a conditional's
    hypothetical_after_re: re.Pattern   # opening before the count and its subjunctive after it (cues.yaml)
    hypothetical_first_re: re.Pattern   # "Sollte Pjöngjang ... 30.000 Mann schicken, ...": a condition opening with its
    hypothetical_first_after_re: re.Pattern  # verb, up to the count, and the act it supposes after it (cues.yaml)
    other_people_re: re.Pattern
    strike_people_re: re.Pattern
    strike_harm_re: re.Pattern
    page_furniture_re: re.Pattern
    page_counters_re: re.Pattern        # "48 Kommentare": furniture only in a sentence of at most ...
    page_counters_max: int              # ... this many characters (cues.yaml)
    teaser_intro_re: re.Pattern         # "Mehr zum Thema": the headings under it are teasers (cues.yaml)
    comments_heading_re: re.Pattern     # "Kommentare (57)": readers' comments follow, no claims (cues.yaml)
    picture_credit_re: re.Pattern       # a credit in brackets ("(Foto: AFP)"): no source of the claims
    same_source_re: re.Pattern          # "(gleiche Quelle)": the source of the line before
    not_a_claim_before_re: re.Pattern
    rate_before_re: re.Pattern
    north_korea_re: re.Pattern
    reverse_re: re.Pattern
    anaphora_after_re: re.Pattern
    anaphora_more_re: re.Pattern
    spoken_of_re: re.Pattern            # "Zuvor war von 1.500 die Rede": the people or things named last
    nation_information_re: re.Pattern   # "nach ukrainischen Angaben": a nation's information, no body named
    anaphora_before_re: re.Pattern
    es_count_before_re: re.Pattern      # "sollen es 8000 bis 10.000 sein": what the paragraph named before (cues.yaml)
    russian_formation_after_re: re.Pattern  # "Mitglieder des „Achmat“-Bataillons": Russia's people (cues.yaml)
    estimate_before_re: re.Pattern
    caliber_re: re.Pattern
    caliber_after_re: re.Pattern
    clause_stop_re: re.Pattern
    locations: tuple[tuple[re.Pattern, str], ...]
    actor_finder: "ActorFinder"
    actor_ids: tuple[str, ...]
    relays: dict[str, str]              # actor id -> the actor whose findings it usually passes on (actors.yaml)
    agencies: frozenset[str]            # news agencies and state media: they relay their country's bodies (actors.yaml)
    acts: tuple[ActRule, ...]
    any_act_re: re.Pattern
    acts_without_actor: tuple[ActRule, ...]   # the act rules with a fixed or fallback actor
    act_titles: tuple[tuple[re.Pattern, str], ...]
    months: dict[str, int]
    weekdays: dict[str, int]
    date_re: re.Pattern
    time_after_re: re.Pattern           # a point in time right after a number: "auf 11.490 am 31. Dezember 2018 gesunken"
    reporting_verbs_re: re.Pattern
    past_words: frozenset[str]
    future_words: frozenset[str]
    # the word starts of the TEXT_SCANS fields in a whole text, found by one scan (None: each searches alone)
    text_scan: WordStartsGroup | None = None


def _read(rules_dir: Path, name: str) -> Any:
    yaml = YAML(typ="safe")
    with open(rules_dir / name, encoding="utf-8") as fh:
        return expand_tree(yaml.load(fh))


def _alt(words) -> str:
    """An alternation of literal words that prefers the longest ('mehr als' beats 'mehr').

    Built as a prefix tree ("z(?:wei|ehn|wölf)") rather than a flat list:
    the regex engine then tests a handful of first letters at each place
    instead of every word, with the same matches.
    """
    tree: dict = {}
    for w in set(words):
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        ends = "" in node
        alts = [re.escape(ch) + emit(node[ch]) for ch in sorted(k for k in node if k)]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if ends:  # a word ends here and longer ones go on: try the longer ones first
            return f"(?:{body})?" if len(alts) == 1 else body + "?"
        return body

    return emit(tree)


def _any(patterns: list[str]) -> re.Pattern:
    return compile_rule("|".join(f"(?:{p})" for p in patterns))


class Ordered(tuple):
    """``(key, pattern)`` pairs tried in order, with ``any_re`` matching where any of them would.

    Most text windows hold none of the cues, so one search with ``any_re``
    answers "none" without trying every pattern in turn. ``word_values``
    remembers the key found in a single word (the same words recur).
    """

    any_re: re.Pattern
    word_values: dict[str, str | None]

    def __init__(self, pairs=()):
        self.word_values = {}


def _gated(entry: str | dict) -> tuple[str, str]:
    """``(pattern, gate)`` of one cue: a pattern alone, or ``{pattern: ..., gate: ...}``, where the gate matches
    wherever the pattern does and is found faster (a cue opening with a count would stop the search at every
    number; its gate is its verb)."""
    if isinstance(entry, dict):
        return entry["pattern"], entry.get("gate") or entry["pattern"]
    return entry, entry


def _ordered(mapping: dict[str, list[str | dict]]) -> Ordered:
    sources = {key: [_gated(p) for p in (pats if isinstance(pats, list) else [pats])] for key, pats in mapping.items()}
    pairs = Ordered((key, _any([p for p, _ in cues])) for key, cues in sources.items())
    # (only ever asked whether a window may hold a cue: the gates do that, the patterns then decide)
    pairs.any_re = _any([gate for cues in sources.values() for _, gate in cues])
    return pairs


def _locations(mapping: dict[str, str]) -> Ordered:
    """``(pattern, place name)`` pairs in order, with ``any_re`` for the common case of no place at all."""
    pairs = Ordered((compile_rule(rf"\b{k}"), v) for k, v in mapping.items())
    pairs.any_re = _any([rf"\b{k}" for k in mapping])
    return pairs


def _number_words(numbers: dict) -> dict[str, int]:
    """The number words of numbers.yaml, those joined by "und" (``joined_tens``: "achtundzwanzig") and their
    compounds with ``compounds`` ("elf" -> "elftausend")."""
    words = {k: int(v) for k, v in numbers["words"].items()}
    joined = numbers.get("joined_tens") or {}
    for unit, u in (joined.get("units") or {}).items():
        for tens, t in (joined.get("tens") or {}).items():
            words.setdefault(f"{unit}und{tens}", int(u) + int(t))
    for suffix, factor in (numbers.get("compounds") or {}).items():
        for w, v in list(words.items()):
            if v < 100 and w + suffix not in words:
                words[w + suffix] = v * int(factor)
    return words


def _number_re(numbers: dict, months: Iterable[str] = ()) -> re.Pattern:
    quals = list(numbers["qualifiers"])
    qual = _alt(quals + [q[0].upper() + q[1:] for q in quals])  # "Rund 4.000" opens a sentence
    all_words = _number_words(numbers)
    words = _alt(list(all_words) + [w.capitalize() for w in all_words])
    one = _alt(numbers.get("before_multiplier") or ["eine"]).replace(r"\ ", r"\s+")
    mult = _alt(numbers["multipliers"])
    vague = _alt(list(numbers["vague"]) + [v[0].upper() + v[1:] for v in numbers["vague"]])  # also opening a sentence
    # Digits stand alone: not part of "KN-23", "22.10.2024", "12:42", "240-Millimeter", "2024er".
    # Thousands are grouped by "." (German) or an apostrophe (Swiss: "10'000", "10’000", also "10‘000").
    # Machine translation sometimes writes "11. 000", "17. 800": a thousands point and a space, then three digits.
    # (Grouped by spaces, the number may end a sentence: "von 3000 auf 10 000.")
    digits = (r"(?<![\w.,:/'’‘-])(?:\d{1,3}\.\s\d{3}(?!\d|[.,]\d)|\d{1,3}(?:\.\d{3})+|\d{1,3}(?:['’‘]\d{3})+|\d{1,3}(?:[ \u00a0\u2007\u2009\u202f]\d{3})+(?!\d|[.,]\d)"
              r"|\d+(?:,\d+)?)"
              r"(?![\d]|[.,:/'’‘]\d|-[^\W\d_]|[^\W\d_])")
    if months:  # "12. Januar", "vom 23. bis 28. Oktober": the day of a date
        digits += rf"(?!\.\s?(?:(?:bis|und|oder|zum|[-–])\s?\d{{1,2}}\.\s?)?(?:{_alt(months)})\b)"
    # Longer compounds are read by their parts: "viertausendsiebenhundert", "hundertfünfzig", "dreihundertzwanzigtausend"
    # (spoken-out numbers of broadcast scripts and transcripts; their value: numbers.compound_value).
    # (the first part may be capitalised, opening a sentence; a look-ahead for the part words first: most words are none)
    unit_list = list((numbers.get("joined_tens") or {}).get("units") or {})
    small_list = [w for w, v in all_words.items() if v < 100]
    units, units_lead = _alt(unit_list), _alt(unit_list + [w.capitalize() for w in unit_list])
    below_hundred, small_lead = _alt(small_list), _alt(small_list + [w.capitalize() for w in small_list])
    hundreds = rf"(?:(?:{units})?hundert(?:{below_hundred})?)"
    hundreds_lead = rf"(?:(?:(?:{units_lead})hundert|[Hh]undert)(?:{below_hundred})?)"
    below_thousand = rf"(?:{hundreds}|{below_hundred})"
    compound = (rf"(?=[^\W\d_]*?(?:[Hh]undert|[Tt]ausend)[^\W\d_])"
                rf"(?:(?:{hundreds_lead}|{small_lead}|[Ee]in)tausend{below_thousand}|[Tt]ausend{below_thousand}"
                rf"|{hundreds_lead}tausend|{hundreds_lead})")
    word = rf"(?<![\w-])(?:{words}|{compound})(?![\w-])"
    # "mindestens ein Luftabwehrsystem": one, but only after such a hedge ("ein" alone is an article).
    one_after_hedge = "".join(f"(?<={re.escape(q)} )" if i == 0 else f"|(?<={re.escape(q)} )"
                              for i, q in enumerate(numbers.get("one_after") or ()))
    one_word = rf"|(?:{one_after_hedge})(?:ein|eine|einen)(?![\w-])" if one_after_hedge else ""
    # "ein oder zwei U-Boote", "ein bis zwei Batterien": one, as the lower end of a small range.
    uppers = _alt(numbers.get("one_in_range_upper") or ())
    one_range = rf"|(?<![\w-])(?:[Ee]in|[Ee]ine|[Ee]inen)(?=\s+(?:oder|bis)\s+(?:{uppers})(?![\w-]))" if uppers else ""
    num = rf"(?:{digits}|{word}|(?<![\w-])(?:{one})(?=\s+(?:{mult})\b){one_word}{one_range})"
    # ("zwei weitere Millionen Granaten": a word between the number and its multiplier)
    fillers = _alt(numbers.get("before_multiplier_fillers") or ())
    mult_part = (rf"(?:(?:\s+(?:{fillers})(?![\w-]))?" if fillers else "(?:") + rf"\s+(?:{mult})(?![\w]))"
    # The second number of a range may follow its hyphen directly: "10.000-12.000".
    num2 = num.replace(r"(?<![\w.,:/'’‘-])", r"(?<![\w.,:/'’‘])", 1)
    joiners = "|".join(re.escape(j) for j in numbers.get("range_joiners") or ["bis", "und", "-", "–"])
    # a hedge on the range's upper end: "zwischen 600 und über 6.000", "600 bis knapp 700"
    upper = "|".join(re.escape(q) for q in numbers.get("range_upper_qualifiers") or ())
    upper = rf"(?:(?:{upper})\s+)?" if upper else ""
    # "elf- bis zwölftausend": the first number word drops the compound's end, which the second one carries.
    small = _alt([w for w, v in all_words.items() if v < 100] + [w.capitalize() for w, v in all_words.items() if v < 100])
    compound = _alt(numbers.get("compounds") or ["tausend"])
    elided = rf"(?<![\w-])(?:{small})-(?=\s*(?:{joiners})\s*(?:{small})(?:{compound})(?![\w-]))"
    return compile_rule(
        r"(?<![\w])"  # every phrase starts a word: the finder tests that first
        # (also quoted: 'von „bis zu“ zehntausend Mann', 'etwa „2.700 Verletzte“')
        # ("höchstens noch 10.000": "noch" between the hedge and its number)
        rf"(?:(?P<qual>(?<![\w-])(?:{qual}))[“\"«]?\s+(?:noch\s+)?[„\"»]?)?"
        rf"(?:(?P<between>(?<![\w-])[Zz]wischen)\s+)?"
        rf"(?:"
        rf"(?P<vague>(?<![\w-])(?:{vague})(?![\w-]))"
        rf"|(?P<n1>{num}|{elided})(?P<m1>{mult_part})?"
        # (machine translation writes the hundreds after "tausend" in digits: "1 tausend 500 Söldner")
        rf"(?:(?<=[Tt]ausend)\s+(?P<r1>\d{{1,3}})(?![\d.,'’‘]))?"
        rf"(?:[ \t\u00a0\u2009\u202f]*(?P<join>{joiners})[ \t\u00a0\u2009\u202f]*{upper}(?P<n2>{num2})(?P<m2>{mult_part})?)?"  # (not across a line: a list)
        rf")"
    )


def _unit_re(units: list[dict], fillers: list[str], models: str | None = None,
             owners: list[str] | None = None, loaded: str | None = None,
             so_many: str | None = None) -> tuple[re.Pattern, dict[str, UnitRule], dict[str, str]]:
    """The regex finding a unit after a number, the rules by its group names, and the signs ("$") by the
    group name of the unit they stand for. ``models`` matches a model name that may stand before the noun,
    ``owners`` the possessives that may follow "von" there ("5.000 von Kims Soldaten"), ``loaded`` what the
    things are loaded with ("74 mit Munition beladene Güterwaggons"), ``so_many`` a number's restatement that
    names its noun ("2.000 – so viele nordkoreanische Soldaten ...")."""
    groups, table, signs = [], {}, {}
    for i, u in enumerate(units):
        name = f"u{i}"
        signs.update((sign, name) for sign in u.get("signs") or ())
        # German datives add an -n to plurals ("mit 6 Millionen Artilleriegeschossen"): accept it everywhere.
        pattern = re.sub(r"\\b$", r"n?\\b", u["pattern"])
        groups.append(f"(?P<{name}>{pattern})")
        table[name] = UnitRule(u["id"], u["table"], dict(u.get("set") or {}), tuple(u.get("requires") or ()),
                               tuple(u.get("forbids") or ()), bool(u.get("nationality", True)),
                               bool(u.get("any_quantity", False)), tuple(u.get("forbids_own") or ()),
                               int(u["max_quantity"]) if u.get("max_quantity") is not None else None)
    # Up to three skipped words: lower-case adjectives ("nordkoreanische", "weitere"), fillers ("Stück").
    adjective = r"(?:" + ADJECTIVE + r"|US-\w+|[Nn]ord-?\w+|" + _alt(fillers) + (f"|(?:{models})" if models else "") \
        + (r"|von\s+" + _alt(owners) if owners else "") + (f"|(?:{loaded})" if loaded else "") + r")"
    units = f"(?:{'|'.join(groups)})"
    # The look-ahead rejects a word that holds none of the unit nouns' letters before the engine backtracks
    # through it once per unit branch ("\w*[Ss]oldaten|\w*[Tt]ruppen|..."): about 3x faster, same matches.
    # (an opening quote, "100.000 „Freiwillige“", or an adjective in quotes: "100.000 „freiwillige“ Soldaten")
    # (the head of a hyphenated compound, "12.000 Kim-Kämpfer", "US-Soldaten", is part of ``pre``: nationality
    # reads it there; only where the unit does not take the compound whole, as "US-Dollar")
    pattern = ((f"(?:{so_many})?" if so_many else "") + rf"\s*[„“”\"»«]?\s*(?P<pre>(?:{adjective}[“”\"«]?\s+){{0,3}}?(?:(?:{PLACE}\s+){{1,2}}(?:{adjective}\s+){{1,3}}?)?"
               rf"(?:[A-ZÄÖÜ]\w*-(?=[A-ZÄÖÜ]))??)" + (word_guard(units) or "") + units)
    return compile_rule(pattern), table, signs


_WORD_CHAR = re.compile(r"\w")
# Runs of words in capitals ("NEUE ZÜRCHER ZEITUNG", "KOMMERSANT"): two words or more, or one of five letters or more
# (a capital tested first, the look-behind only there: the scan tests one character class at most places)
_CAPITALS_RUN = re.compile(r"[A-ZÄÖÜ](?<![\w-].)[A-ZÄÖÜ]+(?:(?:[ -][A-ZÄÖÜ]{2,})+|(?<=\w{5}))(?![\w-])")
_KEY_LENGTH = 8
_LITERAL = re.compile(r"(?:\\b)?((?:[^\\\\()\[\]{}.*+?|^$]|\\\\[-.])+)")


class ActorFinder:
    """Finds actor names fast: a pattern is tried only where the text starts with its literal prefix.

    One alternation of a few hundred name patterns run over the whole text
    costs a test of every branch at every character. Instead the patterns
    are indexed by their first (up to eight) literal characters, a prefix
    tree of those keys finds the word starts that fit, and only the
    patterns of that key are tried there. At a word start the longest match
    wins (the most specific name: "Kyiv Post" over "Kyiv"), a tie goes to
    the pattern listed first; same result as trying every pattern at every
    word start, without overlaps (tests/test_prefilter.py checks this
    against brute force).
    """

    def __init__(self, entries: list[tuple[str, ActorName]], *, ignore_case: bool = False):
        # ignore_case: the patterns match regardless of case, and the text searched must be in lower case (the keys are)
        self.flags = re.IGNORECASE if ignore_case else 0
        self.by_prefix: dict[str, list[tuple[int, str, ActorName]]] = {}  # (order, pattern, actor) by key
        # Names written in capitals ("Die NEUE ZÜRCHER ZEITUNG hält fest"), as press reviews print them: the
        # proper names (not the adjectives or countries) are tried again, regardless of case, in runs of capitals
        # where the names as written found nothing (see finditer)
        self.capitals: ActorFinder | None = None
        self._capitals_seen: dict[str, list] = {}  # run of capitals -> the names in it (page furniture repeats them)
        for order, (pat, actor) in enumerate(entries):
            m = _LITERAL.match(pat)
            lit = m.group(1).replace("\\", "") if m else ""
            if m and pat[m.end(1):m.end(1) + 1] in ("?", "*", "{"):
                lit = lit[:-1]  # ("Nordkoreas?": the last letter is optional)
            if len(lit) < 2 or not _WORD_CHAR.match(lit):  # (names are tried at word starts only)
                raise ValueError(f"actor name pattern {pat!r} must start with at least two literal characters, "
                                 "the first a letter or digit")
            key = lit[:_KEY_LENGTH]  # ("der Westen" is tried after "der West", not after every "der ")
            if ignore_case:
                key = key.lower()
            if not ignore_case:  # (the same patterns as the finder's own, checked there: no second compile at load)
                re.compile(pat)  # (a pattern that does not compile fails here, not at its first use)
            self.by_prefix.setdefault(key, []).append((order, pat, actor))
        keys = sorted(self.by_prefix, key=len, reverse=True)
        # Candidates per key, compiled when a text first holds the key (a text names few of the actors)
        self._cands: dict[str, tuple[Callable, tuple[tuple[Callable, ActorName], ...]]] = {}
        # Word starts where some key begins, matching the longest such key: the only places worth trying.
        # (A prefix tree of literals, tried at the text's word starts only: see WordStarts.)
        tree = prefix_tree(([re.escape(ch) for ch in k] for k in keys), word_start=False, longest=True)
        self._starts = WordStarts(tree).starts
        self._key = re.compile(tree).match

    def _candidates(self, key: str) -> tuple[Callable, tuple[tuple[Callable, ActorName], ...]]:
        """Compiles and keeps the patterns a place starting with ``key`` may match: its own and those of every shorter key it starts
        with, in order. One alternation of them finds the first that matches; only those after it can match
        further."""
        cands = sorted((c for j, group in self.by_prefix.items() if key.startswith(j) for c in group), key=lambda c: c[0])
        joined = re.compile("|".join(f"(?P<a{i}>{pat})" for i, (_, pat, _) in enumerate(cands)), self.flags)
        found = self._cands[key] = (joined.match, tuple((re.compile(pat, self.flags).match, actor)
                                                        for _, pat, actor in cands))
        return found

    def finditer(self, text: str):
        """``(start, end, ActorName)`` for every name in ``text``, left to right, not overlapping."""
        out = []
        pos = 0
        cands = self._cands
        key = self._key
        for p in self._starts(text):
            if p < pos:
                continue  # (inside the name found last)
            k = key(text, p).group()
            first, each = cands[k] if k in cands else self._candidates(k)
            m = first(text, p)
            if m is None:
                continue
            i = int(m.lastgroup[1:])
            end, found = m.end(), each[i][1]
            for match, actor in each[i + 1:]:
                if (m := match(text, p)) is not None and m.end() > end:
                    end, found = m.end(), actor
            out.append((p, end, found))
            pos = end
        if self.capitals is not None:
            out = self._in_capitals(text, out)
        return out

    def _in_capitals(self, text: str, found: list) -> list:
        """``found`` and the names in runs of capitals that overlap none of it, in order."""
        run = _CAPITALS_RUN.search(text)
        if run is None:
            return found
        more = []
        starts = [s for s, _, _ in found]
        known = self._capitals_seen
        for run in _CAPITALS_RUN.finditer(text, run.start()):
            a, b = run.span()
            i = bisect_right(starts, a)
            if (i and found[i - 1][1] > a) or (i < len(found) and found[i][0] < b):
                continue  # (a name as written overlaps it)
            word = run.group()
            names = known.get(word)
            if names is None:
                lowered = word.lower()
                names = self.capitals.finditer(lowered) if len(lowered) == len(word) else []  # (offsets stay the text's)
                if len(known) < 4096:
                    known[word] = names
            more += [(a + s, a + e, actor) for s, e, actor in names]
        return sorted(found + more, key=lambda f: f[0]) if more else found


# A name that opens with an adjective whose ending is left open ("südkoreanische\w* Geheimdienst\w*")
_ADJECTIVE_OPENING = re.compile(r"[a-zäöü]+e\\w\*")


def _spellings(names: list[str] | None) -> list[str]:
    """Each name pattern, its Swiss spelling where it has an "ß" ("US-Aussenministerium"), and where it opens
    with an adjective, that adjective capitalised as at a sentence's start ("Südkoreanischen Schätzungen
    zufolge")."""
    out = []
    for n in names or ():
        for v in (n, n.replace("ß", "ss")) if "ß" in n else (n,):
            out.append(v)
            if _ADJECTIVE_OPENING.match(v):
                out.append(v[0].upper() + v[1:])
    return out


def _actor_finder(actors: list[dict]) -> tuple["ActorFinder", tuple[str, ...]]:
    entries = []  # (pattern, actor, length of the name as written)
    for a in actors:
        wire = bool(a.get("wire"))
        for n in _spellings(a.get("names")):
            entries.append((n, ActorName(a["id"], wire, False), len(n)))
            if n[:1].islower():  # "südkoreanische ..." also opens a sentence: "Südkoreanische Behörden sagen"
                entries.append((n[0].upper() + n[1:], ActorName(a["id"], wire, False), len(n)))
        for n in _spellings(a.get("country_names")):
            # Not the first part of a compound: "Nordkorea-Besuch", "Ukraine-Krieg" name no speaker.
            entries.append((n + r"(?!-\w)", ActorName(a["id"], wire, True), len(n)))
        for n in _spellings(a.get("wire_names")):
            entries.append((n, ActorName(a["id"], True, False), len(n)))
    # The finder takes the longest match at a word start; where two match equally far, the longer name as
    # written (the compound guard does not count) wins, then the one listed first in actors.yaml.
    entries.sort(key=lambda e: e[2], reverse=True)
    entries = [(pat, actor) for pat, actor, _ in entries]
    finder = ActorFinder(entries)
    finder.capitals = ActorFinder([(pat, actor) for pat, actor in entries
                                   if not actor.country and pat.removeprefix("\\b")[:1].isupper()], ignore_case=True)
    return finder, tuple(dict.fromkeys(a["id"] for a in actors))


#: Lexicon fields that are one regular expression of cues.yaml each: field -> key.
_SINGLE_CUES = {
    "author_byline_re": "author_byline",
    "author_box_re": "author_box",
    "author_label_re": "author_label",
    "author_signature_re": "author_signature",
    "author_voice_re": "author_voice",
    "anaphoric_re": "anaphoric",
    "summary_heading_re": "summary_heading",
    "genitive_speaker_re": "genitive_speaker",
    "denied_report_re": "denied_report",
    "denied_report_clause_re": "denied_report_clause",
    "designation_before_re": "designation_before",
    "unit_sent_before_re": "unit_sent_before",
    "report_pointer_re": "report_pointer",
    "picture_credit_re": "picture_credit",
    "same_source_re": "same_source",
    "person_roles_re": "person_roles",
    "back_reference_re": "back_reference",
    "back_reference_paragraph_re": "back_reference_paragraph",
    "back_reference_about_re": "back_reference_about",
    "document_reference_re": "document_reference",
    "document_of_re": "document_of",
    "entry_heading_re": "entry_heading",
    "document_possessive_re": "document_possessive",
    "report_spoken_of_re": "report_spoken_of",
    "report_introduced_re": "report_introduced",
    "guest_byline_re": "guest_byline",
    "correction_restated_re": "correction_restated",
    "first_person_re": "first_person",
    "both_sources_re": "both_sources",
    "evidence_subject_re": "evidence_subject",
    "leader_title_re": "leader_title",
    "casualty_among_re": "casualty_among",
    "army_at_home_before_re": "army_at_home_before",
    "among_after_re": "among_after",
    "among_base_re": "among_base",
    "casualty_before_re": "casualty_before",
    "amounting_subject_re": "amounting_subject",
    "amounting_verb_re": "amounting_verb",
    "casualty_total_re": "casualty_total",
    "count_of_re": "count_of",
    "exceeded_after_re": "exceeded_after",
    "exceeded_before_re": "exceeded_before",
    "year_before_re": "year_before",
    "aside_after_re": "aside_after",
    "army_at_home_re": "army_at_home",
    "abroad_re": "abroad",
    "russia_re": "russia",
    "sent_to_russia_re": "sent_to_russia",
    "partitive_after_re": "partitive_after",
    "partitive_base_re": "partitive_base",
    "continuation_re": "continuation",
    "source_continued_re": "source_continued",
    "reported_aux_re": "reported_aux",
    "reported_belief_re": "reported_belief",
    "clause_verbs_re": "clause_verbs",
    "possessive_cue_re": "possessive_cue",
    "speaker_epithet_re": "speaker_epithet",
    "kicker_re": "kicker",
    "telling_re": "telling",
    "subject_acts_re": "subject_acts",
    "report_participles_re": "report_participles",
    "baseline_past_re": "baseline_past",
    "telling_subject_re": "telling_subject",
    "clause_turn_re": "clause_turn",
    "kicker_end_re": "kicker_end",
    "not_a_claim_after_re": "not_a_claim_after",
    "size_after_re": "size_after",
    "anaphora_pronoun_re": "anaphora_pronoun",
    "statement_context_re": "statement_context",
    "aid_subject_re": "aid_subject",
    "per_unit_re": "per_unit",
    "said_further_re": "said_further",
    "army_size_before_re": "army_size_before",
    "army_size_subject_re": "army_size_subject",
    "other_trade_re": "other_trade",
    "foreign_people_re": "foreign_people",
    "other_side_recipient_re": "other_side_recipient",
    "other_supplier_re": "other_supplier",
    "anonymous_re": "anonymous",
    "joint_re": "joint",
    "not_a_claim_before_re": "not_a_claim_before",
    "rate_before_re": "rate_before",
    "north_korea_re": "north_korea",
    "reverse_re": "reverse_direction",
    "anaphora_after_re": "anaphora_after",
    "anaphora_more_re": "anaphora_more",
    "spoken_of_re": "spoken_of",
    "nation_information_re": "nation_information",
    "anaphora_before_re": "anaphora_before",
    "es_count_before_re": "es_count_before",
    "russian_formation_after_re": "russian_formation_after",
    "estimate_before_re": "estimate_before",
    "caliber_re": "caliber",
    "caliber_after_re": "caliber_after",
    "clause_stop_re": "clause_stop",
    "own_losses_re": "own_losses",
    "last_century_re": "last_century",
    "other_people_re": "other_people",
}


@lru_cache(maxsize=4)
def load_lexicon(rules_dir: str | None = None) -> Lexicon:
    """Read and compile every rule file of ``rules_dir`` (default: the shipped rules; cached per process).

    Raises :class:`~nkru_data.extract.rulecheck.RulesError` (an ``NkruError``, so the CLI prints it and exits
    1) when a file is missing, is no valid YAML, lacks an entry, or holds a pattern that does not compile: its
    problems name each file, line and key at fault (a curator's typo shows up here).
    """
    d = Path(rules_dir) if rules_dir else RULES_DIR
    try:
        return _load(d)
    except (OSError, UnicodeDecodeError, YAMLError, re.error, KeyError, TypeError, ValueError) as exc:  # (UnknownFragment is a ValueError)
        from ..errors import Problem
        from .rulecheck import RulesError, check_rules

        what = f"missing entry {exc}" if isinstance(exc, KeyError) else str(exc)
        raise RulesError(check_rules(d) or [Problem(str(d), message=f"the rule files do not load: {what}",
                                                    type="format-error")]) from exc


def _load(d: Path) -> Lexicon:
    numbers, units, cues = _read(d, "numbers.yaml"), _read(d, "units.yaml"), _read(d, "cues.yaml")
    actors, acts, dates = _read(d, "actors.yaml"), _read(d, "acts.yaml"), _read(d, "dates.yaml")

    unit_re, unit_table, unit_signs = _unit_re(units["units"], units.get("fillers") or [], units.get("model_names"),
                                                list(units.get("owners") or ()), units.get("loaded_with"),
                                                units.get("so_many"))
    attr_groups, attr_dirs = [], {}
    for i, a in enumerate(cues["attribution"]):
        attr_groups.append(f"(?P<c{i}>{a['pattern']})")
        attr_dirs[f"c{i}"] = a["direction"]

    def flagged(flag: str) -> frozenset[str]:  # the group names of the attribution cues marked `flag: true`
        return frozenset(f"c{i}" for i, a in enumerate(cues["attribution"]) if a.get(flag))

    relay_cues, own_word_cues, impersonal_cues = flagged("relay"), flagged("own_words"), flagged("impersonal")
    pronoun_cues, source_line_cues, holder_cues = flagged("pronoun"), flagged("source_line"), flagged("holder")
    actor_finder, actor_ids = _actor_finder(actors["actors"])
    act_rules = tuple(
        ActRule(a["id"], a["act_type"], compile_rule(a["pattern"]), compile_rule(a["needs"]) if a.get("needs") else None,
                a.get("actor", "first"), a.get("counterpart", "none"), a.get("modality"),
                compile_rule(a["unless"]) if a.get("unless") else None, a.get("fallback"), bool(a.get("self_claimed")))
        for a in acts["acts"]
    )
    months = {k: int(v) for k, v in dates["months"].items()}
    weekdays = {k: int(v) for k, v in dates["weekdays"].items()}
    rel = _alt(dates["past_words"] + dates["future_words"])
    date_re = compile_rule(
        r"(?<![\w])"  # dates start words; this one test keeps the alternation off most positions
        rf"(?:(?P<full>(?P<d>\d{{1,2}})\.\s?(?:(?P<mon>{_alt(months)})|(?P<mnum>\d{{1,2}})\.)\s?(?P<y>\d{{4}})?)"
        rf"|(?P<monyear>(?:(?P<rel>{rel})\s+)?(?P<mon2>{_alt(months)})(?:\s+(?P<y2>\d{{4}}))?)(?![\w])"
        rf"|(?P<wd>(?<![\w])(?:{_alt(weekdays)})(?:abend|morgen|nachmittag|vormittag)?)(?![\w])"
        rf"|(?P<lastweek>{dates['last_week']})"
        rf"|(?P<thisyear>{dates['this_year']})"
        rf"|(?P<lastyear>{dates['last_year']}))"
    )
    time_after_re = re.compile(
        rf"\s+(?:im|am|bis|zum|seit|Ende|Anfang|Mitte)\s+(?:(?:Jahr|Monat)\s+)?(?:\d{{1,2}}\.\s?)?"
        rf"(?:(?:{_alt(months)})(?:\s+\d{{4}})?|\d{{4}})\b")
    lex = Lexicon(
        time_after_re=time_after_re,
        number_re=_number_re(numbers, months),
        number_words=_number_words(numbers),
        number_compounds=tuple(numbers.get("compounds") or ()),
        before_multiplier={k.lower(): float(v) for k, v in (numbers.get("before_multiplier") or {"eine": 1}).items()},
        multipliers={k: int(v) for k, v in numbers["multipliers"].items()},
        qualifiers=dict(numbers["qualifiers"]),
        qualifier_as_preposition={w: re.compile(p) for w, p in (numbers.get("qualifier_as_preposition") or {}).items()},
        unit_re=unit_re,
        units=unit_table,
        unit_signs=unit_signs,
        count_word_re=re.compile(r"\s+" + _alt(units["count_words"]) + r"\b(?!\s+[A-ZÄÖÜ])" if units.get("count_words")
                                 else r"(?!)"),
        not_quantities=frozenset(units.get("not_quantities") or ()),
        # (an owner names the country as a nationality adjective does: "von Kims Soldaten")
        nationalities=tuple(units["nationalities"].items()) + tuple((o.lower(), c) for o, c in (units.get("owners") or {}).items()),
        attribution_re=compile_rule("(?<![\\w])(?:" + "|".join(attr_groups) + ")"),
        attribution_dirs=attr_dirs,
        relay_cues=relay_cues,
        own_word_cues=own_word_cues,
        impersonal_cues=impersonal_cues,
        pronoun_cues=pronoun_cues,
        source_line_cues=source_line_cues,
        holder_cues=holder_cues,
        attribution_reach=int(cues.get("attribution_reach", 140)),
        carry_over_re=_any(cues["carry_over"]),
        carry_over_next_re=_any(cues["carry_over_next"]),
        background_tense_re=_any(cues["background_tense"]),
        **{name: compile_rule(cues[key]) for name, key in _SINGLE_CUES.items()},
        not_names=frozenset(cues.get("not_names") or ()),
        ranks=frozenset(cues.get("ranks") or ()),
        # (the role word first: the engine scans for its letters; the article before it is checked at each hit)
        definite_role_re=re.compile(r"(?P<role>" + _alt(cues["definite_roles"]) + r")(?:es|s|en|n|e)?\b"),
        definite_article_re=re.compile(
            r"\b(?:[Dd]er|[Dd]ie|[Dd]as|[Dd]em|[Dd]en|[Dd]es|[Vv]om|[Bb]eim|[Ii]m|[Zz]um|[Zz]ur|[Ss]eine[rnms]?|[Ii]hre[rnms]?)\s+(?:(?P<adj>" + ADJECTIVE + r")\s+)?\Z"),
        definite_roles={k: tuple(v) for k, v in cues["definite_roles"].items()},
        definite_roles_singular=frozenset(cues.get("definite_roles_singular") or ()),
        bare_roles=frozenset(cues.get("bare_roles") or ()),
        definite_role_words=frozenset(w for v in cues["definite_roles"].values() for w in v),
        author_roles=frozenset(cues.get("author_roles") or ()),
        back_pointers=frozenset(w.lower() for w in cues.get("back_pointers") or ()),
        home_services={role: dict(bodies) for role, bodies in cues["home_services"].items()},
        country_roles={k: dict(v) for k, v in cues["country_roles"]["roles"].items()},
        country_roles_not_of=frozenset(cues["country_roles"]["not_of"]),
        country_role_defaults=dict(cues["country_roles"].get("default") or {}),
        speaks_of_north=frozenset(cues["speaks_of_north"]["countries"]),
        own_results_forces=tuple(f + "-" for f in cues["own_results"]["forces"]),
        own_results_subject_re=re.compile(cues["own_results"]["subject_before"]),
        own_results_after_re=re.compile(cues["own_results"]["result_after"]),
        speaks_of_north_reach=int(cues["speaks_of_north"]["reach"]),
        largest_deployment=int(cues["largest_deployment"]),
        smallest_deployment=int(cues["smallest_deployment"]),
        modality=_ordered(cues["modality"]),
        modality_not_for={t: frozenset(v) for t, v in (cues.get("modality_not_for") or {}).items()},
        casualty=_ordered(cues["casualty"]),
        deployment_status=_ordered(cues["deployment_status"]),
        delivery_status=_ordered(cues["delivery_status"]),
        scope=_ordered(cues["scope"]),
        gates={k: compile_rule(v) for k, v in cues["gates"].items()},
        gates_before_description=frozenset(cues.get("gates_before_description") or ()),
        gates_borrowed=frozenset(cues.get("gates_borrowed") or ()),
        out_of_scope_re=_any(cues["out_of_scope"]),
        production_re=compile_rule(cues["production"]["made"]),
        delivered_re=compile_rule(cues["production"]["delivered"]),
        before_scope_year_re=re.compile(cues["before_scope"]["year"]),
        before_scope_span_re=re.compile(cues["before_scope"]["span_before"]),
        before_scope_now_re=re.compile(cues["before_scope"]["now"]),
        hypothetical_before_re=re.compile(cues["hypothetical"]["before"]),
        hypothetical_after_re=re.compile(cues["hypothetical"]["after"]),
        hypothetical_first_re=re.compile(cues["hypothetical"]["first"]),
        hypothetical_first_after_re=re.compile(cues["hypothetical"]["first_after"]),
        strike_people_re=re.compile(cues["strike_victims"]["people"]),
        strike_harm_re=re.compile(cues["strike_victims"]["harm"]),
        page_furniture_re=_any(cues["page_furniture"]),
        page_counters_re=compile_rule(cues["page_counters"]["pattern"]),
        page_counters_max=int(cues["page_counters"]["max_length"]),
        teaser_intro_re=_any(cues["teaser_intro"]),
        comments_heading_re=re.compile(cues["comments_heading"]),
        locations=_locations(cues["locations"]),
        actor_finder=actor_finder,
        actor_ids=actor_ids,
        relays={a["id"]: a["relays"] for a in actors["actors"] if a.get("relays")},
        agencies=frozenset(a["id"] for a in actors["actors"] if a.get("agency")),
        acts=act_rules,
        any_act_re=_any([a["pattern"] for a in acts["acts"]]),
        acts_without_actor=tuple(r for r in act_rules if r.fallback or r.actor not in ("first", "first-state")),
        act_titles=tuple((compile_rule(t["pattern"]), t["title"]) for t in acts.get("titles") or ()),
        months=months,
        weekdays=weekdays,
        date_re=date_re,
        reporting_verbs_re=compile_rule(dates["reporting_verbs"]),
        past_words=frozenset(dates["past_words"]),
        future_words=frozenset(dates["future_words"]),
    )
    return replace(lex, text_scan=_text_scan(lex))


#: Fields of the lexicon searched over every whole text (extraction's first pass): their word starts are found
#: by one scan of the text's spaces (:class:`WordStartsGroup`) instead of one scan each.
TEXT_SCANS = ("attribution_re", "anaphoric_re", "anonymous_re", "document_reference_re", "any_act_re",
              "source_continued_re")


def _text_scan(lex: Lexicon) -> WordStartsGroup | None:
    """The shared scan of the ``TEXT_SCANS`` patterns, or None when one of them is searched otherwise (its
    matches need not start a word, or it has flags of its own)."""
    members = [getattr(lex, name) for name in TEXT_SCANS]
    if not all(isinstance(p, RulePattern) and p.word_starts is not None and not p.word_starts.flags & ~re.UNICODE
               for p in members):
        return None
    return WordStartsGroup([p.word_starts for p in members])
