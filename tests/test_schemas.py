"""The Table Schemas: well-formed for Frictionless, patterns safe, keys declared."""

from __future__ import annotations

import re

import frictionless
import pydantic
import pytest

from nkru_data.models import MODELS
from nkru_data.schemas import RECORD_TABLES, TABLES, schema, schema_descriptor

from .schema_strategies import example_row

PATTERN_FIELDS = [(t, f.name) for t in TABLES for f in schema(t).fields if f.pattern and not f.partial_date]


@pytest.mark.parametrize("table", TABLES)
def test_frictionless_accepts_schema(table):
    sch = frictionless.Schema.from_descriptor(schema_descriptor(table))
    assert [f.name for f in sch.fields] == schema(table).field_names
    assert sch.primary_key == list(schema(table).primary_key)


@pytest.mark.parametrize("table", TABLES)
def test_every_field_documented_with_example(table):
    for f in schema(table).fields:
        assert len(f.description) > 15, f"{table}.{f.name} needs a description for the codebook"
        assert f.example is not None, f"{table}.{f.name} needs an example"


@pytest.mark.parametrize("table", RECORD_TABLES)
def test_claim_tables_reference_sources_and_actors(table):
    fks = {(f, r) for f, r, _ in schema(table).foreign_keys}
    assert ("source_id", "sources") in fks
    assert ("claimant_id", "actors") in fks
    assert ("via_id", "actors") in fks


def test_shared_claim_fields_identical_across_tables():
    def shared(t):
        return [f for f in schema_descriptor(t)["fields"] if f["name"] not in {"record_id"}][:15]
    first = shared(RECORD_TABLES[0])
    for t in RECORD_TABLES[1:]:
        assert shared(t) == first, t


def _near_misses(value: str) -> list[str]:
    out = [value + "X", "X" + value, value + " ", " " + value, value + "-", value.upper() + "!", ""]
    # alternation leakage: half of the value with junk after it
    if len(value) > 2:
        out.append(value[: len(value) // 2] + "§§")
    return [m for m in out if m != value]


@pytest.mark.parametrize("table,field", PATTERN_FIELDS)
def test_pattern_rejects_near_misses_in_frictionless_and_pydantic(table, field):
    """Frictionless wraps a pattern in ^...$ without grouping and pydantic searches; both must reject near misses.

    (A trailing newline is the one near miss Python's ``$`` lets through in Frictionless; our validator
    and pydantic reject it. That difference is documented rather than tested here.)
    """
    f = schema(table).field(field)
    fl = frictionless.Field.from_descriptor(next(d for d in schema_descriptor(table)["fields"] if d["name"] == field))
    row = example_row(table)
    if field == "rule_id":
        row = {**row, "method": "extracted", "rule_id": f.example}
    model = MODELS[table]
    model(**row)  # the example itself is valid
    assert fl.read_cell(str(row[field]))[1] is None
    for miss in _near_misses(str(row[field])):
        if re.fullmatch(f"(?:{f.pattern})", miss):
            continue  # still a valid value (e.g. an extra hex digit would not be)
        if miss == "":
            continue  # empty means missing, not a pattern question
        notes = fl.read_cell(miss)[1]
        assert notes and "pattern" in notes, f"frictionless accepted {miss!r} for {table}.{field}"
        with pytest.raises(pydantic.ValidationError) as exc:
            model(**{**row, field: miss})
        assert any(e["loc"] == (field,) for e in exc.value.errors())


def test_alternation_is_grouped_in_every_pattern():
    for t in TABLES:
        for f in schema(t).fields:
            if f.pattern and "|" in f.pattern:
                assert f.pattern.startswith("(?:") and f.pattern.endswith(")"), f"{t}.{f.name}"
