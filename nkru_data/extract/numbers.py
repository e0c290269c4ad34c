"""Number phrases of German news text: "etwa 11.000", "2,3 Millionen", "4 bis 6 Millionen", "Tausende".

The phrases are found by ``Lexicon.number_re`` (built from rules/numbers.yaml);
this module turns a match into a value, an upper end and a qualifier.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .lexicon import Lexicon

__all__ = ["NumberPhrase", "compound_value", "parse_number", "to_int"]

#: Four-digit numbers in this range standing alone are years, not counts.
YEARS = range(1900, 2101)


class NumberPhrase(NamedTuple):
    """A number phrase at ``text[start:end]`` (``quantity`` None and qualifier 'vague' for "Tausende")."""

    start: int
    end: int
    num_start: int          # where the number itself begins (after the qualifier)
    quantity: int | None
    quantity_max: int | None
    qualifier: str
    text: str
    is_year: bool


def compound_value(word: str, words: dict[str, int]) -> int | None:
    """The value of a number word built of parts: "viertausendsiebenhundert" -> 4700, "hundertfünfzig" -> 150
    (``words``: the number words by value, lower case, as ``Lexicon.number_words``); None when it is no such
    compound."""
    def below_thousand(w: str) -> int | None:
        if w in words and words[w] < 1000:
            return words[w]
        if "hundert" not in w:
            return None
        left, right = w.split("hundert", 1)
        lo = 1 if left in ("", "ein") else words.get(left)
        hi = 0 if right == "" else words.get(right)
        if lo is None or hi is None or lo >= 10 or hi >= 100:
            return None
        return lo * 100 + hi

    word = word.lower()
    if "tausend" not in word:
        return below_thousand(word)
    left, right = word.split("tausend", 1)
    lo = 1 if left in ("", "ein") else below_thousand(left)
    hi = 0 if right == "" else below_thousand(right)
    return None if lo is None or hi is None else lo * 1000 + hi


def to_int(token: str, lex: Lexicon, multiplier: str | None = None) -> int | None:
    """"11.000" -> 11000, "2,3" with "Millionen" -> 2300000, "neun" -> 9; None if it is no whole number."""
    token = token.strip()
    factor = lex.multipliers.get(multiplier.split()[-1], 1) if multiplier else 1  # ("weitere Millionen")
    word = lex.number_words.get(token.lower())
    if word is None and token.isalpha():
        word = compound_value(token, lex.number_words)  # "viertausendsiebenhundert"
    if word is None and factor == 1 and token.lower() in ("ein", "eine", "einen"):
        word = 1  # only matched after "mindestens" and the like
    if word is None and factor > 1:
        fraction = lex.before_multiplier.get(" ".join(token.lower().split()))
        if fraction is not None:
            return round(fraction * factor)  # "eine halbe Million" -> 500000
    if word is not None:
        return word * factor
    if "," in token:
        whole, frac = token.split(",", 1)
        if factor == 1:
            return None  # "2,5" alone is no count
        value = round((int(whole) + int(frac) / 10 ** len(frac)) * factor)
        return value
    try:
        return int("".join(ch for ch in token if ch.isdigit())) * factor
    except ValueError:
        return None


def parse_number(m: re.Match, lex: Lexicon) -> NumberPhrase | None:
    """The value of a ``number_re`` match, or None when it is not a usable count."""
    g = m.groupdict()
    qual_word = g["qual"]
    qualifier = lex.qualifiers.get(qual_word.lower() if qual_word else "", None) if qual_word else None
    if qual_word and qualifier is None:
        qualifier = lex.qualifiers.get(qual_word[0].lower() + qual_word[1:])
    start = m.start()
    if qualifier is not None and (prep := lex.qualifier_as_preposition.get(qual_word.lower())) is not None \
            and prep.search(m.string, max(0, start - 80), start):
        qualifier = None  # "Erkenntnisse über 3.000 Soldaten": about them, no hedge
    if g["vague"]:
        return NumberPhrase(start, m.end(), m.start("vague"), None, None, "vague", m.group(0), False)
    n1, n2 = g["n1"], g["n2"]
    if n2 is not None and g["join"] == "und" and not g["between"]:
        # "3.000 und 10.000" lists two numbers; only "zwischen A und B" is a range.
        return _single(m, lex, qualifier, end=m.end("n1") if not g["m1"] else m.end("m1"))
    mult1, mult2 = g["m1"], g["m2"]
    if n2 is not None:
        if not mult1 and all(n.isdigit() and len(n) == 4 and int(n) in YEARS for n in (n1, n2)):
            # "2023-2024", "von 2022 bis 2024 Millionen Granaten": a span of years (then a vague amount)
            return NumberPhrase(start, m.end("n2"), m.start("n1"), int(n1), int(n2), "range",
                                m.string[start:m.end("n2")], True)
        if n1.endswith("-"):  # "elf- bis zwölftausend": the first word takes the second one's end
            ending = next((c for c in lex.number_compounds if n2.lower().endswith(c)), "")
            n1 = n1[:-1] + ending
        lo = to_int(n1, lex, mult1 or mult2)
        hi = to_int(n2, lex, mult2)
        if lo is not None and hi is not None and not (mult1 or mult2) and n1.isdigit() and lo < 1000 <= hi \
                and not n2.isdigit() and hi // 10 <= lo * 1000 <= hi:
            lo *= 1000  # "600–700.000 Tonnen", "11 bis 12.000 Soldaten": the first number drops its thousands
        if lo is None or hi is None or hi < lo:
            return None
        return NumberPhrase(start, m.end(), m.start("n1"), lo, hi, "range", m.group(0), False)
    return _single(m, lex, qualifier, end=m.end())


def _single(m: re.Match, lex: Lexicon, qualifier: str | None, end: int) -> NumberPhrase | None:
    g = m.groupdict()
    if g["m1"] and not qualifier and g["n1"].isdigit() and len(g["n1"]) == 4 and int(g["n1"]) in YEARS:
        # "im Jahr 2024 Millionen Geschosse": a year, then a vague amount (nobody writes 2024 million)
        return NumberPhrase(m.start(), m.end("n1"), m.start("n1"), int(g["n1"]), None, "exact", g["n1"], True)
    value = to_int(g["n1"], lex, g["m1"])
    if value is None:
        return None
    if g.get("r1"):
        value += int(g["r1"])  # "2 tausend 700"
    text = m.string[m.start():end]
    is_year = (g["m1"] is None and not qualifier and value in YEARS and "." not in g["n1"]
               and g["n1"].isdigit() and len(g["n1"]) == 4)
    return NumberPhrase(m.start(), end, m.start("n1"), value, None, qualifier or "exact", text, is_year)
