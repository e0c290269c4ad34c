"""Differential test: ``nkru-data validate`` and Frictionless agree on every data package.

Hypothesis builds small packages on our schemas (valid rows from the schema
strategies, then random breakage: bad cells, empty required cells, repeated
keys, dangling foreign keys, blank rows, rows with too few or too many
cells), writes them as CSV, and runs both validators in-process. The
(resource, row, field, type) findings of the kinds Frictionless knows must be
the same set; nkru-data's own rules (dates, formulas, cross-field) are not
compared here.

Known, deliberate differences are kept out of the generated values and listed
in ``benchmarks/README.md``: Python's ``int()`` accepts ``1_000`` and
non-ASCII digits, and Python's ``$`` matches before a final newline.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import frictionless
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nkru_data.schemas import ID_PREFIX, RECORD_TABLES, schema, schema_descriptor
from nkru_data.validation import finding_keys, frictionless_finding_keys, validate

from .schema_strategies import rows

# The header row is declared, as in our releases: without it Frictionless guesses which row is the header
# from the widths of the first rows, and a sample full of short and long rows makes it pick a data row.
DIALECT = {"delimiter": ",", "quoteChar": '"', "doubleQuote": True, "skipInitialSpace": False, "header": True}
#: Bad cell values: near misses of every constraint in the schemas, in a plain alphabet.
ODD_VALUES = st.one_of(
    st.none(),
    st.sampled_from(["-1", "0", "+5", " 7 ", "1.5", "12a", "zwölf", "99999999999999999999999", "-99999999999999999999",
                     "2024-02-30", "2024-13", "24.10.2024", "2024", "PRK", "Nordkorea", "asserted", "Asserted",
                     "curated", "extracted", "kor-nis", "KOR-NIS", "dep-0123456789ab", "a b", "ä", "=1+1", "x"]),
    st.text(alphabet="abcxyzXYZ0129-_. äöüß,\"=+@:/", max_size=10),
)
SHAPES = st.sampled_from(["value", "value", "value", "dup", "fk", "blank", "extra", "short"])


def _fk_targets(table: str) -> list[tuple[str, str]]:
    return [(f, ref) for f, ref, _ in schema(table).foreign_keys]


@st.composite
def packages(draw):
    """``{table: list of rows (lists of cell strings, None for empty)}`` with random breakage."""
    record_table = draw(st.sampled_from(RECORD_TABLES))
    tables = {"sources": [], "actors": [], record_table: []}
    for table in tables:
        n = draw(st.integers(1, 4))
        for i in range(n):
            row = draw(rows(table))
            if table == "sources":
                row["source_id"] = f"src-{i}"
            elif table == "actors":
                row["actor_id"] = f"xxx-a{i}"
            else:
                row["record_id"] = f"{ID_PREFIX[table]}-{i:012x}"
                for fk, ref in _fk_targets(table):
                    if row.get(fk) is not None or schema(table).field(fk).required:
                        row[fk] = f"src-{draw(st.integers(0, len(tables['sources']) - 1))}" if ref == "sources" \
                            else f"xxx-a{draw(st.integers(0, len(tables['actors']) - 1))}"
            tables[table].append([None if v is None else str(v) for v in row.values()])
    for _ in range(draw(st.integers(1, 4))):
        table = draw(st.sampled_from(list(tables)))
        body = tables[table]
        i = draw(st.integers(0, len(body) - 1))
        fields = schema(table).fields
        shape = draw(SHAPES)
        if shape == "value":  # mostly a field with a constraint to break
            constrained = [k for k, f in enumerate(fields) if f.required or f.enum or f.pattern or f.type == "integer"]
            k = draw(st.sampled_from(constrained) | st.integers(0, len(fields) - 1))
            if k < len(body[i]):  # the row may have been cut short already
                body[i][k] = draw(ODD_VALUES)
        elif shape == "dup":
            j = draw(st.integers(0, len(body) - 1))
            if body[i] and body[j]:
                body[i][0] = body[j][0]
        elif shape == "fk" and table in RECORD_TABLES:
            fk, _ = draw(st.sampled_from(_fk_targets(table)))
            k = schema(table).field_names.index(fk)
            if k < len(body[i]):  # (as above: the row may have been cut short already)
                body[i][k] = draw(st.sampled_from(["src-99", "xxx-nobody", "kor-nis"]))
        elif shape == "blank":
            body[i] = [None] * len(fields)
        elif shape == "extra":
            body[i] = body[i] + [draw(ODD_VALUES) or "x"] * draw(st.integers(1, 2))
        elif shape == "short" and len(body[i]) > 1:
            body[i] = body[i][:draw(st.integers(1, len(body[i]) - 1))]
    return tables


def _write(folder: Path, tables: dict[str, list[list[str | None]]]) -> Path:
    resources = []
    for table, body in tables.items():
        with (folder / f"{table}.csv").open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow(schema(table).field_names)
            w.writerows([["" if v is None else v for v in row] for row in body])
        desc = {k: v for k, v in schema_descriptor(table).items() if k != "$schema"}
        resources.append({"name": table, "path": f"{table}.csv", "format": "csv", "encoding": "utf-8",
                          "dialect": DIALECT, "schema": desc})
    descriptor = folder / "datapackage.json"
    descriptor.write_text(json.dumps({"name": "differential", "resources": resources}), encoding="utf-8")
    return descriptor


def _compare(descriptor: Path):
    ours = finding_keys(validate(descriptor), frictionless=True)
    theirs = frictionless_finding_keys(frictionless.validate(str(descriptor), limit_errors=10**6))
    return ours, theirs


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(tables=packages())
def test_same_findings_as_frictionless(tmp_path_factory, tables):
    folder = tmp_path_factory.mktemp("pkg")
    ours, theirs = _compare(_write(folder, tables))
    assert ours == theirs, {"only nkru-data": sorted(ours - theirs, key=str), "only frictionless": sorted(theirs - ours, key=str)}


def test_clean_package_has_no_findings_in_either(tmp_path):
    tables = {"sources": [], "actors": [], "deployments": []}
    from .schema_strategies import example_row

    for table in tables:
        tables[table].append([None if v is None else str(v) for v in example_row(table).values()])
    tables["sources"][0][0] = tables["deployments"][0][schema("deployments").field_names.index("source_id")]
    ids = {"claimant_id", "via_id"}
    tables["actors"].append(list(tables["actors"][0]))
    tables["actors"][1][0] = "fra-afp"
    for name in ids:
        i = schema("deployments").field_names.index(name)
        tables["deployments"][0][i] = tables["actors"][0][0] if name == "claimant_id" else "fra-afp"
    ours, theirs = _compare(_write(tmp_path, tables))
    assert ours == theirs == set()


@pytest.mark.parametrize("shape", ["missing-cell", "extra-cell", "blank-row", "duplicate"])
def test_each_shape_error_is_found_by_both(tmp_path, shape):
    """One hand-made breakage per shape, so a silent agreement on "nothing found" cannot pass."""
    from .schema_strategies import example_row

    actors = [[None if v is None else str(v) for v in example_row("actors").values()]]
    actors.append(list(actors[0]))
    actors[1][0] = "xxx-second"
    if shape == "missing-cell":
        actors[1] = actors[1][:2]
    elif shape == "extra-cell":
        actors[1] = actors[1] + ["überzählig"]
    elif shape == "blank-row":
        actors[1] = [None] * len(actors[1])
    else:
        actors[1][0] = actors[0][0]
    sources = [[None if v is None else str(v) for v in example_row("sources").values()]]
    ours, theirs = _compare(_write(tmp_path, {"sources": sources, "actors": actors}))
    assert ours == theirs
    expected = {"missing-cell": "missing-cell", "extra-cell": "extra-cell", "blank-row": "blank-row", "duplicate": "unique-error"}[shape]
    assert any(k[0] == "actors" and k[1] == 3 and k[3] == expected for k in ours), ours


def test_type_and_constraint_errors_in_a_record_table(tmp_path):
    """Integer and enum breakage in a claim table: both validators name the same cells."""
    from .schema_strategies import example_row

    names = schema("deployments").field_names
    dep = [None if v is None else str(v) for v in example_row("deployments").values()]
    bad = list(dep)
    bad[0] = "dep-00000000000f"
    bad[names.index("quantity")] = "zwölf"
    bad[names.index("modality")] = "behauptet"
    bad[names.index("quote_start")] = "-3"
    src = [None if v is None else str(v) for v in example_row("sources").values()]
    src[0] = dep[names.index("source_id")]
    actors = [[None if v is None else str(v) for v in example_row("actors").values()]]
    for i in (names.index("claimant_id"), names.index("via_id")):
        dep[i] = bad[i] = actors[0][0]
    ours, theirs = _compare(_write(tmp_path, {"sources": [src], "actors": actors, "deployments": [dep, bad]}))
    assert ours == theirs
    assert {("deployments", 3, "quantity", "type-error"), ("deployments", 3, "modality", "constraint-error"),
            ("deployments", 3, "quote_start", "constraint-error")} <= ours
