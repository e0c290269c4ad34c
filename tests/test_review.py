"""``nkru-data review``: one source with its quotes marked and its records tabled, run as a user would."""

from __future__ import annotations

import re

import pytest

from nkru_data.reviewing import review, source_records
from nkru_data.seeds import load_inputs
from nkru_data.schemas import RECORD_TABLES

from .conftest import REPO

MARK = re.compile(r"\[(\d+(?:,\d+)*)>|<(\d+(?:,\d+)*)\]")
SOURCES = ["dlf-2024-10-22", "web-2025-03-additional-troops"]


def _text_part(out: str) -> str:
    """The marked source text: between the header's blank line and the table's top border."""
    body = out.split("\n\n", 1)[1]
    return body[:body.index("┏")]


@pytest.mark.parametrize("source", SOURCES)
def test_review_marks_every_record_and_keeps_the_text(cli, source):
    result = cli("review", source, "--width", "160")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    inputs = load_inputs(REPO)
    ids = [r["record_id"] for t in RECORD_TABLES for r in inputs.tables[t].to_pylist() if r["source_id"] == source]
    assert ids and all(rid in out for rid in ids)
    marked = _text_part(out)
    opened = [n for m in MARK.finditer(marked) if m.group(1) for n in m.group(1).split(",")]
    closed = [n for m in MARK.finditer(marked) if m.group(2) for n in m.group(2).split(",")]
    # every record is marked exactly once, opened and closed
    assert sorted(map(int, opened)) == list(range(1, len(ids) + 1)) == sorted(map(int, closed))
    # with the marks removed, the words are the source text's words (wrapping aside)
    assert MARK.sub("", marked).split() == inputs.texts[source].split()
    assert "\x1b[" not in out  # not a terminal: no colour codes


def test_review_quotes_sit_inside_their_marks(cli):
    out = cli("review", "web-2025-03-additional-troops", "--width", "400").stdout
    flat = " ".join(_text_part(out).split())
    assert "[5>etwa 220 selbstfahrende Haubitzen mit 170 Millimetern Kaliber<5]" in flat
    # four records on one quote share one mark
    assert re.search(r"\[(\d+,){3}\d+>tausende Container mit Munition und militärischem Material nach Russland geliefert<", flat)


def test_review_table_shows_key_fields(cli):
    out = cli("review", "web-2025-03-additional-troops", "--width", "220").stdout
    table = out[out.index("┏"):]
    for needle in ("kor-military", "3000 at_least", "additional", "11000 approx total", "(170 mm)", "(240 mm)",
                   "killed PRK", "wounded PRK", "400 more_than total", "3600 approx total", "evt 2024-11..2025-01",
                   "medical_care"):
        assert needle in table, needle


def test_review_lists_numbers_outside_quotes(cli):
    out = cli("review", "web-2024-10-24-seoul-weighs-arms", "--width", "160").stdout
    tail = out[out.index("Numbers outside every quote"):]
    assert "«12:42»" in tail and "«24.10.2024»" in tail
    assert "3.000" not in tail and "10.000" not in tail  # both are quoted by records


def test_review_unknown_source_is_one_line_exit_1(cli):
    result = cli("review", "dlf-2024-10-2")
    assert result.returncode == 1
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: unknown source 'dlf-2024-10-2'")
    assert "did you mean 'dlf-2024-10-22'" in lines[0] and "Traceback" not in result.stderr


def test_review_root_without_seeds(cli, tmp_path):
    result = cli("review", "dlf-2024-10-22", "--root", str(tmp_path))
    assert result.returncode == 1
    assert result.stderr.startswith("error:") and "seeds/" in result.stderr and "Traceback" not in result.stderr


def test_review_shows_records_whose_quote_is_not_found(cli, repo_copy):
    path = repo_copy / "seeds" / "curated" / "dlf-2024-10-22.yaml"
    text = path.read_text(encoding="utf-8")
    broken = text.replace("quote: Der russische Botschafter in Seoul wurde einbestellt",
                          "quote: Der russische Botschafter in Seoul wurde ausgewiesen", 1)
    assert broken != text
    path.write_text(broken, encoding="utf-8")
    before = path.read_bytes()
    result = cli("review", "dlf-2024-10-22", "--root", str(repo_copy), "--width", "200")
    assert result.returncode == 0, result.stderr
    assert "(quote not placed)" in result.stdout
    assert "1 problem(s) in this source's inputs" in result.stdout
    assert "wurde ausgewiesen" in result.stdout and "is not in the source text" in result.stdout
    assert path.read_bytes() == before  # review never writes


def test_review_library_colour_and_numbering():
    plain = review("dlf-2024-10-22", REPO, width=120)
    coloured = review("dlf-2024-10-22", REPO, width=120, color=True)
    assert "\x1b[" not in plain and "\x1b[" in coloured
    assert re.sub(r"\x1b\[[0-9;]*m", "", coloured).split() == plain.split()
    source, text, records, problems = source_records("dlf-2024-10-22", REPO)
    assert source["outlet"] == "Deutschlandfunk" and problems == []
    assert [r.n for r in records] == list(range(1, len(records) + 1))
    starts = [r.start for r in records]
    assert starts == sorted(starts)  # numbered in text order
    assert all(text[r.start:r.end] == r.row["quote"] for r in records)
