"""The codebook explains what a reader needs without the repository: the meaning of every allowed value, how
not to overcount, how to trace a quote in the source texts the release now ships, how to open the CSV files in
a spreadsheet, the country codes that occur, and which rule made an extracted record.

Meanings are read from the schemas (``x-enumDescriptions``); a release is built once, from the real seeds
with the fixture records and the extracted ones, into a temporary folder.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
import shutil
import unicodedata
import zipfile
from collections import Counter
from pathlib import Path

import pytest

from nkru_data.codebook import COUNTING_TEXT, COUNTRY_NAMES, EDITIONS_TEXT
from nkru_data.errors import NkruError
from nkru_data.loading import verify
from nkru_data.release import build
from nkru_data.schemas import RECORD_TABLES, TABLES, schema, schema_descriptor

from .conftest import REPO
from .release_fixtures import make_repo

ENUM_FIELDS = [(t, f) for t in TABLES for f in schema_descriptor(t)["fields"] if "enum" in f.get("constraints", {})]
#: The country columns, written out here (not read from the schemas' x-countryCode) so the test is independent.
COUNTRY_COLUMNS = {"actors": ["country"], "deployments": ["from_country", "to_country"],
                   "deliveries": ["supplier_country", "recipient_country"], "casualties": ["party_country"]}
ISO_CODES = Path("/usr/share/iso-codes/json/iso_3166-1.json")


def _codes(table: str) -> set[str]:
    """Field names and allowed values of a table: what a code in its descriptions may name."""
    ts = schema(table)
    return set(ts.field_names) | {v for f in ts.fields for v in (f.enum or ())}


def _all_codes() -> set[str]:
    """Every table name, field name and allowed value."""
    return set(TABLES).union(*(_codes(t) for t in TABLES))


@pytest.fixture(scope="module")
def release(tmp_path_factory) -> Path:
    """Version 0.1.0 built from the real seeds, the fixture records and the records the rules extract."""
    root = make_repo(tmp_path_factory.mktemp("codebook"))
    return build(root, "0.1.0").path


def _rows(folder: Path, table: str) -> list[dict]:
    with (folder / "data" / f"{table}.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _section(readme: str, title: str) -> str:
    match = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", readme, re.S | re.M)
    assert match, f"the codebook has no '## {title}' section"
    return match.group(1)


# --- 1. meanings of the allowed values ------------------------------------------------------------------------

@pytest.mark.parametrize("table,field", ENUM_FIELDS, ids=[f"{t}.{f['name']}" for t, f in ENUM_FIELDS])
def test_every_allowed_value_has_a_meaning_and_nothing_else_has(table, field):
    meanings = field.get("x-enumDescriptions")
    assert meanings, f"{table}.{field['name']} lists its values without meanings"
    assert list(meanings) == field["constraints"]["enum"], "one meaning per allowed value, in the same order"
    for value, text in meanings.items():
        assert text.strip() == text and text.endswith(".") and 10 < len(text) <= 200, (value, text)
        assert text.rstrip(".").lower() != value.replace("_", " "), f"{value}: the meaning only repeats the value"


@pytest.mark.parametrize("table,field", ENUM_FIELDS, ids=[f"{t}.{f['name']}" for t, f in ENUM_FIELDS])
def test_meanings_name_only_real_fields_and_values(table, field):
    """A code-like word (with an underscore) is a field or value of the table, and '<field> <value>' (or
    '<field> is <value>') names a value that field allows."""
    known = _codes(table)
    for value, text in field["x-enumDescriptions"].items():
        for word in re.findall(r"\b[a-z]+(?:_[a-z]+)+\b", text):
            assert word in known, f"{table}.{field['name']} {value}: names {word!r}, which the table does not have"
        for f in schema(table).fields:
            for named in re.findall(rf"\b{f.name}(?: is)? '?([a-z_]+)'?", text) if f.enum else ():
                assert named in f.enum, f"{table}.{field['name']} {value}: {f.name} has no value {named!r}"


def test_a_vocabulary_means_the_same_in_every_table():
    """Fields sharing an x-enumClass (modality in four tables, quantity_qualifier in three ...) are written out
    in each schema file; their values, meanings and descriptions must be identical copies."""
    seen: dict[str, tuple[str, dict]] = {}
    for table, field in ENUM_FIELDS:
        vocab = {k: field.get(k) for k in ("name", "description", "constraints", "x-enumDescriptions")}
        first = seen.setdefault(field["x-enumClass"], (table, vocab))
        assert vocab == first[1], f"{table}.{field['name']} differs from {first[0]}'s copy of {field['x-enumClass']}"
    assert {"Modality", "QuantityQualifier", "QuantityScope"} <= set(seen)


def test_codebook_lists_every_value_with_its_meaning(release):
    readme = (release / "README.md").read_text(encoding="utf-8")
    for table, field in ENUM_FIELDS:
        for value, text in field["x-enumDescriptions"].items():
            assert f"    - `{value}`: {text}\n" in readme, (table, field["name"], value)


# --- 2. before you count ------------------------------------------------------------------------------------

def test_counting_warnings_are_in_the_codebook_and_name_real_codes(release):
    section = _section((release / "README.md").read_text(encoding="utf-8"), "Before you count or add up")
    assert COUNTING_TEXT.strip() in section
    for needed in ("`event_key`", "one row per claimant", "`denied`", "`possible`", "`expected`", "`vague`",
                   "`quantity_max`", "`range`"):
        assert needed in section, needed
    named = set(re.findall(r"`([^`]+)`", COUNTING_TEXT))
    assert named and named <= _all_codes(), named - _all_codes()


# --- 3. and 4. tracing a quote with the texts the release ships -----------------------------------------------

def test_release_ships_each_source_text_byte_identical_and_checksummed(release):
    sources = _rows(release, "sources")
    desc = json.loads((release / "datapackage.json").read_text(encoding="utf-8"))
    listed = {e["path"]: e for e in desc["x-files"]}
    sums = dict(reversed(ln.split("  ", 1)) for ln in (release / "SHA256SUMS").read_text().splitlines())
    with zipfile.ZipFile(release / "nkru-data-0.1.0.zip") as zf:
        zipped = {n.split("/", 1)[1]: zf.read(n) for n in zf.namelist()}
    assert sorted(p.name for p in (release / "texts").iterdir()) == sorted(Path(s["path"]).name for s in sources)
    for s in sources:
        rel = f"texts/{Path(s['path']).name}"
        data = (release / rel).read_bytes()
        assert data == (REPO / s["path"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == s["sha256"] == sums[rel] == listed[rel]["hash"].split(":")[1]
        assert listed[rel]["bytes"] == len(data) and zipped[rel] == data
    assert verify("0.1.0", releases_dir=release.parent) == []


def test_every_quote_is_found_at_its_offsets_in_the_shipped_text(release):
    """What the codebook tells a reader to do, done with the release folder alone: open texts/<file name of
    path>, count characters from 0."""
    paths = {s["source_id"]: release / "texts" / Path(s["path"]).name for s in _rows(release, "sources")}
    checked = 0
    for t in RECORD_TABLES:
        for row in _rows(release, t):
            text = paths[row["source_id"]].read_text(encoding="utf-8")
            assert unicodedata.is_normalized("NFC", text) and "\r" not in text  # characters as an editor counts
            assert text[int(row["quote_start"]):int(row["quote_end"])] == row["quote"], row["record_id"]
            checked += 1
    assert checked > 5


def test_codebook_explains_tracing_in_plain_words(release):
    readme = (release / "README.md").read_text(encoding="utf-8")
    tracing = _section(readme, "Tracing a quote to its source")
    for needed in ("`quote`", "`texts/", "text editor", "search", "more than once", "characters, not bytes",
                   "from 0"):
        assert needed in tracing, needed
    files = _section(readme, "Files in this release")
    assert "`texts/`" in files and "source texts" in files
    sources = _section(readme, "Source texts")
    for s in _rows(release, "sources"):
        assert f"| `texts/{Path(s['path']).name}` |" in sources


def test_a_changed_or_missing_text_is_caught_by_verify(release, tmp_path):
    copy = tmp_path / "releases"
    shutil.copytree(release.parent, copy)
    text = next((copy / "0.1.0" / "texts").iterdir())
    text.write_bytes(text.read_bytes().replace(b"Nordkorea", b"Nordkorae", 1))
    assert any(str(text) == p.path for p in verify("0.1.0", releases_dir=copy))
    text.unlink()
    assert any(str(text) == p.path and p.type == "missing-file" for p in verify("0.1.0", releases_dir=copy))


def test_a_text_not_in_nfc_is_not_shipped(tmp_path):
    """Offsets count characters of the NFC text; a decomposed file would mislead a reader counting in it."""
    root = make_repo(tmp_path)
    path = root / "seeds" / "texts" / "dlf-2024-10-22.txt"
    old = hashlib.sha256(path.read_bytes()).hexdigest()
    path.write_text(unicodedata.normalize("NFD", path.read_text(encoding="utf-8")), encoding="utf-8", newline="")
    registry = root / "seeds" / "sources.yaml"
    registry.write_text(registry.read_text(encoding="utf-8").replace(old, hashlib.sha256(path.read_bytes()).hexdigest()),
                        encoding="utf-8")
    with pytest.raises(NkruError, match="not in Unicode NFC"):
        build(root, "0.1.0", extracted=False)
    assert not (root / "releases" / "0.1.0").exists()


# --- 5. spreadsheets ------------------------------------------------------------------------------------------

def test_editions_text_says_how_to_open_the_csv_in_a_spreadsheet():
    for needed in ("`1.500`", "1.5", "`quantity_text`", "`quantity`", "date", "`;`", "From Text/CSV",
                   "UTF-8", "Comma"):
        assert needed in EDITIONS_TEXT, needed
    named = {w for w in re.findall(r"`([a-z_]+)`", EDITIONS_TEXT)}
    assert named and named <= _all_codes(), named - _all_codes()


# --- 6. country codes and rule ids ----------------------------------------------------------------------------

def test_country_code_fields_are_marked_in_the_schemas():
    marked = {(t, f.name) for t in TABLES for f in schema(t).fields if f.country_code}
    assert marked == {(t, c) for t, cols in COUNTRY_COLUMNS.items() for c in cols}


def test_codebook_lists_exactly_the_country_codes_that_occur_with_names(release):
    found: dict[str, set[str]] = {}
    for t, cols in COUNTRY_COLUMNS.items():
        for row in _rows(release, t):
            for c in cols:
                if row[c]:
                    found.setdefault(row[c], set()).add(f"{t}.{c}")
    section = _section((release / "README.md").read_text(encoding="utf-8"), "Country codes")
    listed = dict(re.findall(r"^\| `([A-Z]{3})` \| ([^|]+) \|", section, re.M))
    assert set(listed) == set(found) >= {"PRK", "RUS", "KOR", "UKR", "USA"}
    for code, where in found.items():
        assert listed[code].strip() == COUNTRY_NAMES[code]
        line = next(ln for ln in section.splitlines() if ln.startswith(f"| `{code}` |"))
        assert all(f"`{w}`" in line for w in where)


def test_every_country_code_of_the_inputs_has_a_name():
    with (REPO / "seeds" / "actors.csv").open(encoding="utf-8", newline="") as fh:
        codes = {r["country"] for r in csv.DictReader(fh) if r.get("country")}
    for path in (REPO / "seeds" / "curated").glob("*.yaml"):
        codes |= set(re.findall(r"_country: ([A-Z]{3})\b", path.read_text(encoding="utf-8")))
    assert codes and not codes - set(COUNTRY_NAMES), sorted(codes - set(COUNTRY_NAMES))


@pytest.mark.skipif(not ISO_CODES.is_file(), reason="the iso-codes tables are not installed")
def test_country_names_are_the_iso_3166_names():
    iso = {e["alpha_3"]: e for e in json.loads(ISO_CODES.read_text(encoding="utf-8"))["3166-1"]}
    for code, name in COUNTRY_NAMES.items():
        assert name == iso[code].get("common_name", iso[code]["name"]), code


def test_codebook_counts_rows_per_method_and_per_rule(release):
    section = _section((release / "README.md").read_text(encoding="utf-8"), "How the records were made")
    assert "`rule_id`" in section and "empty for curated rows" in section
    rules: Counter = Counter()
    for t in RECORD_TABLES:
        rows = _rows(release, t)
        methods = Counter(r["method"] for r in rows)
        assert f"| `{t}` | {methods['curated']} | {methods['extracted']} |" in section
        assert all(bool(r["rule_id"]) == (r["method"] == "extracted") for r in rows)
        rules.update((r["rule_id"], t) for r in rows if r["rule_id"])
    assert rules, "the fixture release should hold extracted records"
    for (rule, t), n in rules.items():
        assert f"| `{rule}` | `{t}` | {n} |" in section
