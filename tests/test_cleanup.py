"""The text the rules read (nkru_data/extract/cleanup.py): copying marks removed, positions mapped back."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nkru_data import extract
from nkru_data.extract.cleanup import clean

ARTICLE = (Path(__file__).resolve().parent / "extraction" / "o13.txt").read_text(encoding="utf-8")


def _key(r):
    return (r.__table__, getattr(r, "quantity", None), getattr(r, "casualty_type", None), r.claimant_id, r.modality)


def _numeric(text: str) -> list:
    return [r for r in extract(text, published="2024-11") if getattr(r, "quantity", None) is not None]


def test_a_clean_text_needs_nothing():
    assert clean(ARTICLE) is None
    assert clean("") is None
    assert clean("AT&T und R&D; Preis: 5 & 6") is None  # an ampersand that opens no entity


@pytest.mark.parametrize("raw, readable", [
    ("10.000&nbsp;Soldaten", "10.000\u00a0Soldaten"),
    ("&#8222;Kursk&#8220; &amp; &#x41;FP", "„Kursk“ & AFP"),
    ("Sol\u00addaten\u200b", "Soldaten"),
    ("eins\r\nzwei\rdrei", "eins\nzwei\ndrei"),
    ("nordkoreanische Sol-\ndaten", "nordkoreanische Soldaten"),
    ("aus Nord-\r\nKorea", "aus Nord-Korea"),
    ("Luft-\nund Raumfahrt, Kurz- \n bis Mittelstrecke", "Luft- und Raumfahrt, Kurz- bis Mittelstrecke"),
    ("&bogus; bleibt, &#173;weg", "&bogus; bleibt, weg"),  # an unknown name stays; a soft hyphen by number goes
    # plain-language German: the middle dot, number words with a hyphen, the listed hyphenated spellings
    ("Nord·korea und der Geheim·dienst", "Nordkorea und der Geheimdienst"),
    ("fünfzehn-tausend, zwei-tausend bis drei-tausend, sechs-hundert", "fünfzehntausend, zweitausend bis dreitausend, "
                                                                      "sechshundert"),
    ("Der Geheim-Dienst von Süd-Korea sagt: Nord-Korea", "Der Geheimdienst von Südkorea sagt: Nordkorea"),
    # a transcript's speaker labels in capitals: a word the text also writes in small letters is read so
    ("Es spricht Pat Ryder, Frau Vogt fragt.\n\nRYDER: Ja.\n\nFRAGE VOGT: Und?\n\nMÜLLER (BMVG): Nein.\nNATO: gut",
     "Es spricht Pat Ryder, Frau Vogt fragt.\n\nRyder: Ja.\n\nFRAGE Vogt: Und?\n\nMÜLLER (BMVG): Nein.\nNATO: gut"),
    # reference markers glued to a word or a sentence's end go; a bracket that stands apart or holds words stays
    ("rund 2.000 Tote[8]\nverlegt.[3][4] Kiew[5, 6] nannte Soldaten¹²", "rund 2.000 Tote\nverlegt. Kiew nannte Soldaten"),
    # decimals spoken out before a multiplier (not elsewhere)
    ("zwei Komma acht Millionen, 2 Komma 8 Mrd. und Zwölf Komma null Millionen; eins Komma fünf Tonnen",
     "2,8 Millionen, 2,8 Mrd. und 12,0 Millionen; eins Komma fünf Tonnen"),
])
def test_what_the_rules_read(raw, readable):
    assert clean(raw).text == readable


def test_brackets_that_are_no_reference_markers_stay():
    # (standing apart, holding words, or a number with letters)
    assert clean("Liste [3] und [Anm. d. Red.: 12] und x[12a] und 100 km") is None


def test_a_list_and_a_paragraph_keep_their_lines():
    text = "Nordkorea liefert:\n- 5000 Granaten\n- Raketen\n\nAbsatz-\n\nNeuer Absatz"
    assert clean(text) is None


_MARK = st.sampled_from(["\u00ad", "\u200b", "&nbsp;", "&amp;", "&#8222;", "&#x201C;", "\r\n", "\r", "-\n", "-\r\n",
                         "&unknown;", "&", "a\u00b7b", "zwei-tausend", " Nord-Korea ", "\nXYZ: ", " Xyz ", "[1]", "a.[12]",
                         "\u00b2", "b\u00b9\u2074", "drei Komma fünf Millionen"])
_PLAIN = st.text(alphabet="abcXYZ äß1.\n", max_size=8)


@settings(max_examples=300)
@given(st.lists(st.tuples(_PLAIN, _MARK), max_size=12), _PLAIN, st.data())
def test_spans_map_back_to_the_original(parts, tail, data):
    text = "".join(p + m for p, m in parts) + tail
    cleaned = clean(text)
    if cleaned is None:
        return
    readable = cleaned.text
    assert len(readable) <= len(text)
    replaced = {(os_, oe): (cs, ce) for cs, ce, os_, oe in cleaned.pieces}
    for p in range(len(readable)):
        a, b = cleaned.span(p, p + 1)
        if (a, b) in replaced:  # a character that replaced a stretch maps to all of it
            cs, ce = replaced[a, b]
            assert cs <= p < ce
        else:  # any other character is the original's, where it stood
            assert b == a + 1 and text[a] == readable[p]
    if readable:
        start = data.draw(st.integers(0, len(readable) - 1))
        end = data.draw(st.integers(start + 1, len(readable)))
        a, b = cleaned.span(start, end)
        assert (a, b) == (cleaned.span(start, start + 1)[0], cleaned.span(end - 1, end)[1])
        # every character of the span maps inside it, in order
        inner = [cleaned.span(q, q + 1) for q in range(start, end)]
        assert all(a <= x < y <= b for x, y in inner)
        assert all(y1 <= x2 for (_, y1), (x2, _) in zip(inner, inner[1:]))


def test_spans_of_plain_stretches_are_exact():
    text = "Laut NIS sind 11.000&nbsp;Sol\u00addaten in Kursk.\r\nDas sagte er."
    cleaned = clean(text)
    readable = cleaned.text
    for word in ("Laut NIS sind 11.000", "Soldaten in Kursk.", "Das sagte er."):
        i = readable.index(word)
        a, b = cleaned.span(i, i + len(word))
        assert text[a:b].replace("\u00ad", "") == word
    i = readable.index("\u00a0")
    assert text[slice(*cleaned.span(i, i + 1))] == "&nbsp;"


@pytest.mark.parametrize("line_end", ["\r\n", "\r"])
def test_carriage_returns_give_the_records_of_line_feeds(line_end):
    text = ARTICLE.replace("\n", line_end)
    plain, crlf = extract(ARTICLE, published="2025-03"), extract(text, published="2025-03")
    assert plain and [_key(r) for r in crlf] == [_key(r) for r in plain]
    for r in crlf:
        assert text[r.quote_start:r.quote_end] == r.quote


def test_html_entities_are_read_as_their_characters():
    text = ("Laut dem s&uuml;dkoreanischen Geheimdienst NIS sind 11.000&nbsp;nordkoreanische Soldaten in Kursk. "
            "Bis Dezember &#8222;sollen es 12.000 sein&#8220;, sagte ein Sprecher.")
    records = _numeric(text)
    assert [(r.quantity, r.claimant_id, r.modality) for r in records] == [
        (11000, "kor-nis", "asserted"), (12000, "kor-nis", "expected")]
    for r in records:
        assert text[r.quote_start:r.quote_end] == r.quote
    assert "&nbsp;" in records[0].quote


def test_a_word_hyphenated_across_lines_is_one_word():
    text = ("Der südkoreanische Geheimdienst teilte am Mittwoch mit, dass Nordkorea bislang rund 11.000 Sol-\n"
            "daten und 1.000 Mi-\nnenräumer nach Russland geschickt habe; die meisten stünden in Kursk.")
    records = _numeric(text)
    assert [(r.quantity, r.claimant_id, r.quantity_qualifier.value) for r in records] == [
        (11000, "kor-nis", "approx"), (1000, "kor-nis", "exact")]
    assert records[0].quote.endswith("Sol-\ndaten") or "Sol-\ndaten" in records[0].quote


_SPACES = [m.start() for m in re.finditer(" ", ARTICLE)]


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sets(st.sampled_from(_SPACES), min_size=1, max_size=60), st.booleans())
def test_escaped_spaces_and_windows_line_ends_change_no_record(slots, crlf):
    # a scraper's "&#32;" for a space and Windows line ends: the rules read the article as it was
    text = "".join("&#32;" if i in slots else ch for i, ch in enumerate(ARTICLE))
    if crlf:
        text = text.replace("\n", "\r\n")
    plain, escaped = extract(ARTICLE, published="2025-03"), extract(text, published="2025-03")
    assert [_key(r) for r in escaped] == [_key(r) for r in plain]
    for a, b in zip(escaped, plain):
        assert text[a.quote_start:a.quote_end] == a.quote
        assert html.unescape(a.quote).replace("\r\n", "\n") == b.quote


_PIECES = st.sampled_from([
    "Laut NIS sind 11.000 nordkoreanische Sol", "daten in Kursk.", "Nord", "korea liefert 3000 Granaten.", " ", "\n",
    "\n\n", "&nbsp;", "&amp;", "&#8222;", "&#x201C;", "&bogus;", "&", "\r\n", "\r", "-\n", "- \n", "\u00ad", "\u200b",
    "\ufeff", "Luft-\nund Raumfahrt", "sagte Selenskyj", "rund 2.000 getötet", ",", ".", "[3]", "[4, 5]", "\u00b9",
])


@settings(max_examples=150, deadline=None)
@given(st.lists(_PIECES, max_size=30))
def test_any_mix_of_copying_marks_gives_valid_records(pieces):
    text = "".join(pieces)
    for record in extract(text, published="2024-11"):
        assert text[record.quote_start:record.quote_end] == record.quote
        assert record.quote.strip() == record.quote and record.quote
