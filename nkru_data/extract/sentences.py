"""Splitting German news text into sentences, with character offsets.

A sentence ends at ``.``, ``!`` or ``?`` (plus closing quotes) before a
capital letter, digit or opening quote (also after a dash: "hieß es. -
Russland hatte ..."), or at a line break, unless the break only wraps a
long line inside a sentence (text copied from a PDF or a narrow column:
:func:`wrapped_breaks`). It does not end after a known abbreviation ("ca.",
"z.B.", "Nr.") or an ordinal in a date ("am 22. Oktober"). Glued sentences
such as "Minenräumung.Pjöngjang" (web scrapes lose the space) are split too,
and so is a headline glued to its text with neither stop nor space
("zurückDas nordkoreanische Regime ...") before a word listed in
``glued_openers``.
The word lists live in ``rules/sentences.yaml``.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import NamedTuple

from ruamel.yaml import YAML

__all__ = ["Sentence", "split_sentences", "wrapped_breaks", "is_list_item", "is_label_line", "matches_by_sentence",
           "first_match", "ABBREVIATIONS", "OPEN_LINE_ENDS", "HYPHEN_KEEPS", "JOINED_SPELLINGS",
           "GLUED_OPENERS", "LETTER_NAMES"]

_RULES_FILE = Path(__file__).resolve().parent / "rules" / "sentences.yaml"


def _read_rules() -> dict:
    with open(_RULES_FILE, encoding="utf-8") as fh:
        return YAML(typ="safe").load(fh)


_RULES = _read_rules()
#: Abbreviations after which a full stop does not end a sentence (lower-cased, without the final dot; rules/sentences.yaml).
ABBREVIATIONS = frozenset(str(w) for w in _RULES["abbreviations"])
#: Words after which a line break goes on with the sentence: no heading ends in them (rules/sentences.yaml).
OPEN_LINE_ENDS = frozenset(str(w) for w in _RULES["open_line_ends"])
#: Words after which a hyphen ending the line before stays: "Luft-\nund Raumfahrt" (rules/sentences.yaml).
HYPHEN_KEEPS = frozenset(str(w) for w in _RULES["hyphen_keeps"])
JOINED_SPELLINGS = {str(k): str(v) for k, v in (_RULES.get("joined_spellings") or {}).items()}
#: Words that start a sentence glued to a headline without stop or space: "zurückDas" (rules/sentences.yaml).
GLUED_OPENERS = tuple(str(w) for w in _RULES.get("glued_openers") or ())
#: Phrases ending in a single capital that names something, not an initial: "auf X" (rules/sentences.yaml).
LETTER_NAMES = tuple(str(w) for w in _RULES.get("letter_names") or ())
# Each word's first letter comes before the look-behind at the three lower-case letters: a pattern opening with a
# look-behind is tried at every character (4 % of extraction time), this one only at those capitals (under 1 %).
_GLUED = re.compile("(?:" + "|".join(re.escape(w[0]) + "(?<=[a-zäöüß]{3}" + re.escape(w[0]) + ")" + re.escape(w[1:])
                                     for w in GLUED_OPENERS) + r")(?=[ \t])") if GLUED_OPENERS else None


_MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember", "Jänner")

# A candidate end: terminal punctuation, optional closing quotes/brackets, then space(s) or nothing
# before an uppercase letter, digit or opening quote (a dash may come first). Line breaks (and <br>) end a sentence,
# except those wrapped_breaks lists.
_BOUNDARY = re.compile(
    r"(?=[.!?…\n<])"  # a cheap first test: the engine skips other characters fast
    # (never right before a digit: "11.000", "22.10.2024" are no candidates; _is_boundary would reject them)
    r"(?:(?P<punct>[.!?…]+)(?![0-9])(?P<close>[\"“”«»'’)\]]*)(?P<space>[ \t\u00a0]*)(?=(?:[-–—][ \t\u00a0]+)?[\"„“«‚'(\[]?[A-ZÄÖÜ0-9])"
    r"|(?P<nl>\n+|(?:<br\s*/?>\s*)+))"
)
_ARTICLE_BEFORE = re.compile(r"\b(?:der|die|das|des|dem|den|am|im|zum|zur|vom|beim|seiner|ihrer)\s+$", re.IGNORECASE)
#: The marks that open a list item ("- ", "• ").
LIST_MARKS = "-–•*·▪"
#: The quotation marks of German, Swiss and English copy (opening and closing alike).
QUOTE_MARKS = "„“”\"«»"
_LIST_ITEM = re.compile(rf"[ \t]*[{LIST_MARKS}][ \t]")
# A line "label: values" without a full stop ("Dezember 2024: mindestens 100 Tote, knapp 1.000 Verwundete"): an
# item without a mark where a colon introduced the list ("Die Angaben des NIS im Zeitverlauf:").
_LABEL_LINE = re.compile(rf"[ \t]*(?![{LIST_MARKS}][ \t])[^\n:.!?]{{2,100}}:[ \t]+[^\n]{{1,150}}(?<![.!?:])[ \t]*(?:\n|$)")
_WORD_BEFORE = re.compile(r"([\w.]+)$")
# The next line goes on in lower case: a word, then a space or comma ("n-tv", "dpa | 12.03." are no words).
_LOWER_START = re.compile(r"(?![^\n]*\|)[ \t]*[a-zäöüß]{2,}[ ,]")
_UPPER_START = re.compile(r"[ \t]*[„\"(]?[A-ZÄÖÜ0-9]")
_BYLINE = re.compile(r"[ \t]*von(?: [A-ZÄÖÜ][\w.-]+){1,3}[ \t]*$")  # "von Katrin Möller" under a headline
_NATIONALITY = re.compile(r"[a-zäöü]\w*isch(?:e|en|er|es|em)")  # "russischen\nRegion"
#: The shortest line a break may wrap on its own evidence (headings and labels are shorter).
_WRAP_MIN_LINE = 30
_SENTENCE_END = ".!?…"
_ORDINAL_END = re.compile(r"(?<![\d.])\d{1,2}\.[ \t]*$")
_CLOSING = "\"“”«»'’)]"
_MONTH_AFTER = re.compile(r"(?:" + "|".join(_MONTHS) + r")\b")


class Sentence(NamedTuple):
    """One sentence: ``text[start:end]`` (whitespace trimmed), and its paragraph number."""

    start: int
    end: int
    paragraph: int


def _is_boundary(text: str, m: re.Match) -> bool:
    if m.group("nl"):
        return True
    punct, space = m.group("punct"), m.group("space")
    before = _WORD_BEFORE.search(text, max(0, m.start() - 20), m.start())
    word = before.group(1) if before else ""
    nxt = m.end()
    if punct == ".":
        if word.lower().rstrip(".") in ABBREVIATIONS or (
                len(word) == 1 and word.isalpha() and not text.endswith(LETTER_NAMES, max(0, m.start() - 20), m.start())):
            return False
        # "am 22. Oktober", "3. März": an ordinal, not the end of a sentence.
        if word.isdigit() and len(word) <= 2 and _MONTH_AFTER.match(text, nxt):
            return False
        if word.isdigit() and not space:
            return False  # "22.10.2024"
        if word.isdigit() and len(word) <= 3 and _ARTICLE_BEFORE.search(text, max(0, m.start() - len(word) - 12),
                                                                         m.start() - len(word)):
            return False  # "Soldaten des 73. Marinezentrums": an ordinal after an article
        if word.isdigit() and len(word) <= 3 and text[nxt:nxt + 3].isdigit() and len(text[nxt:nxt + 3]) == 3 \
                and not text[nxt + 3:nxt + 4].isdigit():
            return False  # "11. 000", "17. 800": thousands split by machine translation
    if not space and not m.group("close"):
        # Glued sentences ("Minenräumung.Pjöngjang"): only between a lower-case word and a capitalised one.
        k = nxt + 1 if nxt < len(text) and text[nxt] in "\"„“«‚'" else nxt
        if not (len(word) >= 2 and word[-1].islower() and k + 1 < len(text) and text[k].isupper()
                and text[k + 1].islower()):
            return False
    return True


def is_label_line(text: str, start: int) -> bool:
    """True when ``start`` opens a line "label: values" without a full stop ("Gefallene: etwa 2.000 (NIS)")."""
    line = text.rfind("\n", 0, start) + 1
    return not text[line:start].strip() and _LABEL_LINE.match(text, line) is not None


def is_list_item(text: str, start: int) -> bool:
    """True when the line at ``start`` is a list item and ``start`` opens that line: an item with a mark
    ("- ", "• "; a dash inside a paragraph, "..., hieß es. - Russland hatte ...", is wire copy's separator, no
    item), or a "label: values" line among such lines right after a line ending in a colon ("Jänner 2025: 300
    Tote, 2.700 Verwundete")."""
    line = text.rfind("\n", 0, start) + 1
    if text[line:start].strip():
        return False
    if _LIST_ITEM.match(text, start) is not None:
        return True
    while _LABEL_LINE.match(text, line) is not None and line > 0:
        before = text.rfind("\n", 0, line - 1) + 1  # the line before, right above (no blank line between)
        if text[before:line - 1].rstrip().endswith(":"):
            return True
        line = before
    return False


def wrapped_breaks(text: str) -> set[int]:
    """The offsets of the line breaks in ``text`` that wrap a sentence rather than end a line of its own.

    Text copied from a PDF, a print layout or a narrow column breaks lines in the middle of sentences
    ("Bis zu 12.000 Soldaten aus Nordkorea befinden\nsich in der westrussischen Grenzregion Kursk"). A break
    wraps when the line before it is long, ends no sentence, and the next line goes on in lower case or after
    an article ("der\nUSA"). In a block (lines between blank lines) where most breaks end no sentence and one
    of them clearly wraps, every break after an open line wraps ("beider\nLänder", "Nordkoreas\npolitische").
    Headings above a body of one sentence per line stay lines of their own.
    """
    out: set[int] = set()
    if "\n" not in text:
        return out
    pos = 0
    block: list[tuple[int, int]] = []  # (start, end) of each line of the current block
    for line in text.split("\n") + [""]:
        if line.strip():
            block.append((pos, pos + len(line)))
        elif block:
            out.update(_block_wraps(text, block))
            block = []
        pos += len(line) + 1
    return out


def _line_end(text: str, a: int, b: int) -> str:
    """How the line ``text[a:b]`` ends: "closed" (a sentence ends), "colon" (":", ";", "|"), "open" (a word that
    ends no heading, or a comma), or "" (anything else)."""
    while b > a and text[b - 1] in " \t\r\u00a0":
        b -= 1
    if b == a:
        return "closed"
    end = b
    while end > a and text[end - 1] in _CLOSING:
        end -= 1
    last = text[end - 1] if end > a else ""
    if last and last in _SENTENCE_END:
        return "closed"
    if end < b:
        return ""  # a quotation closing without a full stop: „Propaganda“\nzurück
    if last in ":;|":
        return "colon"
    if last == ",":
        return "open"
    word = text[text.rfind(" ", a, b) + 1:b]
    return "open" if word.lower() in OPEN_LINE_ENDS or _NATIONALITY.fullmatch(word) else ""


def _block_wraps(text: str, block: list[tuple[int, int]]) -> list[int]:
    """The wrapping breaks among the lines ``block`` of one block (offsets of the break after each such line)."""
    open_breaks, single, clear = [], [], False
    for (a, b), (c, d) in zip(block, block[1:]):
        end = _line_end(text, a, b)
        if (end == "closed" and not (_ORDINAL_END.search(text, max(a, b - 4), b) and _MONTH_AFTER.match(text, c))) \
                or _LIST_ITEM.match(text, c) or (_LABEL_LINE.match(text, a) and _LABEL_LINE.match(text, c)):
            continue  # (a date's ordinal at the end goes on: "am 11.\nNovember")
        open_breaks.append(b)
        if end == "colon":
            continue
        if (_LOWER_START.match(text, c, d) and not _BYLINE.match(text, c, d)) \
                or (end == "open" and _UPPER_START.match(text, c, d)):
            clear = True
            if b - a >= _WRAP_MIN_LINE:
                single.append(b)
    if clear and len(open_breaks) >= 2 and len(open_breaks) * 5 >= (len(block) - 1) * 3:
        return open_breaks  # a wrapped block: most of its lines end inside a sentence
    return single


def split_sentences(text: str) -> list[Sentence]:
    """The sentences of ``text`` in order; never raises, empty text gives ``[]``.

    Offsets index the given string, so ``text[s.start:s.end]`` is the
    sentence without surrounding whitespace. A blank line starts a new
    paragraph; so does a single line break (news scrapes put one paragraph
    per line), except one that wraps a sentence (:func:`wrapped_breaks`): the
    sentence then holds that line break.
    """
    out: list[Sentence] = []
    start, paragraph = 0, 0

    def emit(a: int, b: int) -> None:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append(Sentence(a, b, paragraph))

    in_list = False
    wraps = wrapped_breaks(text)
    glued = [g.start() for g in _GLUED.finditer(text)] if _GLUED is not None else []
    for m in _BOUNDARY.finditer(text):
        if not _is_boundary(text, m) or (wraps and m.group("nl") == "\n" and m.start() in wraps):
            continue
        while glued and glued[0] < m.start():
            start = _split_glued(emit, start, glued.pop(0))
        if m.group("nl"):
            emit(start, m.start())
            # A list introduced by a colon ("Zu den wichtigsten Punkten gehören:\n- ...") stays in the
            # paragraph that introduces it: its items are the findings of the source named there (also with
            # blank lines between the lines of the list).
            in_list = (_LIST_ITEM.match(text, m.end()) is not None
                       and (in_list or bool(out and text[out[-1].end - 1] == ":"))) \
                or (m.group("nl") == "\n" and _LABEL_LINE.match(text, m.end()) is not None
                    and is_list_item(text, m.end()))  # (the "label: values" lines of a list without marks)
            if not in_list:
                paragraph += 1
        else:
            emit(start, m.start("space"))
        start = m.end()
    for g in glued:
        start = _split_glued(emit, start, g)
    emit(start, len(text))
    return out


def _split_glued(emit, start: int, at: int) -> int:
    """End the sentence begun at ``start`` where a glued one begins (``at``); return where the next begins."""
    if at <= start:
        return start
    emit(start, at)
    return at


def matches_by_sentence(pattern, text: str, sentences: list[Sentence],
                        starts: list[int] | None = None) -> list[list[re.Match] | None]:
    """The matches of ``pattern`` in each sentence, from one scan of the whole text (far fewer calls than a
    search per sentence). None for a sentence a match runs into or out of, or where a match needs text
    after the sentence (a look-ahead): search that sentence alone (:func:`first_match` does). Not detected:
    a match that only the sentence's bound allows (a negative look-ahead failing on the next sentence's first
    character); a sentence ends at punctuation or a line break, where the rules' patterns never do that.
    ``starts``: the word starts where ``pattern`` (a rule pattern) may match, listed before (see
    :meth:`~nkru_data.extract.prefilter.RulePattern.finditer`)."""
    out: list[list[re.Match] | None] = [[] for _ in sentences]
    i, n = 0, len(sentences)
    for m in (pattern.finditer(text) if starts is None else pattern.finditer(text, starts=starts)):
        pos, stop = m.start(), m.end()
        while i < n and sentences[i].end <= pos:
            i += 1
        if i == n:
            break
        inside = sentences[i].start <= pos
        if inside and stop <= sentences[i].end:
            if out[i] is not None:
                bounded = pattern.match(text, pos, sentences[i].end)
                if bounded is not None and bounded.end() == stop:
                    out[i].append(bounded)
                else:
                    out[i] = None
            continue
        j = i if not inside else i + 1
        if inside:
            out[i] = None
        while j < n and sentences[j].start < stop:
            out[j] = None
            j += 1
    return out


def first_match(found: list[re.Match] | None, pattern, text: str, start: int, end: int) -> re.Match | None:
    """The first match of ``pattern`` in ``text[start:end]``: the first of ``found`` (a sentence's entry of
    :func:`matches_by_sentence`), or a search of the span when ``found`` is None."""
    if found is None:
        return pattern.search(text, start, end)
    return found[0] if found else None
