"""Fuzzing every reader and the validator: any input gives Problems (or NkruError), never a crash.

Hypothesis writes random bytes and random structured-but-wrong documents
(mappings with wrong types, nested lists, huge integers, odd Unicode) into
the record files, the source registry, the actor list and a release's
``datapackage.json``, and feeds random string tables to the checker. The
property: the library answers with structured problems; any other exception
is a bug.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pyarrow as pa
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from nkru_data.check import check_foreign_keys, check_table
from nkru_data.errors import NkruError, Problem
from nkru_data.schemas import TABLES, schema
from nkru_data.validation import validate

from .conftest import REPO

FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

ODD_TEXT = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=30) | st.sampled_from([
    "", " ", "\t", "ä", "a\u0308", "\u200b", "\u00a0", "\ufeff", "=SUM(A1)", "@x", "2024-02-30", "24.10.2024",
    "dep-", "null", "~", "yes", "1e309", "0x1F", "- x", ": x", "{", "[", "'", '"', "#", "&a", "*a", "!!python/none",
])
SCALARS = (st.none() | st.booleans() | st.integers(min_value=-(10**40), max_value=10**40)
           | st.floats(allow_nan=True, allow_infinity=True) | ODD_TEXT)
DOCS = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=4)
                    | st.dictionaries(ODD_TEXT | st.integers(), inner, max_size=4), max_leaves=20)
FIELD_NAMES = sorted({f.name for t in TABLES for f in schema(t).fields} | {"table", "occurrence", "quantitiy"})
#: YAML-looking text with structure errors: indentation, tabs, anchors, flow collections, stray markers.
YAMLISH = st.lists(st.tuples(st.sampled_from(["", "  ", "    ", "\t", "   "]),
                             st.sampled_from(["- ", "", "? ", "- - ", "&a ", "*a ", "!!str ", "--- ", "... "]),
                             st.sampled_from(["source_id", "records", "table", "quote", "quantity", "x", "'k'", "[a"]),
                             st.sampled_from([": ", ":", " : ", ": [", ": {", ": |\n  ", ": >-\n", ": &b ", ": *b"]),
                             ODD_TEXT),
                   max_size=8).map(lambda lines: "\n".join("".join(p) for p in lines).encode("utf-8", "surrogatepass"))
RECORDS = st.lists(st.dictionaries(st.sampled_from(FIELD_NAMES), DOCS, max_size=8)
                   .map(lambda d: {"table": d.get("table", "deployments"), **d}), max_size=4)


def _dump(doc) -> bytes:
    """YAML text of a document; JSON is YAML, and handles every value Hypothesis makes."""
    return json.dumps(doc, ensure_ascii=False, default=str).encode("utf-8", "surrogatepass")


@pytest.fixture(scope="module")
def tree(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("fuzz") / "repo"
    shutil.copytree(REPO / "seeds", root / "seeds", ignore=shutil.ignore_patterns("curated"))
    (root / "seeds" / "curated").mkdir()
    return root


def _assert_structured(report) -> None:
    for p in report.problems:
        assert isinstance(p, Problem)
        assert p.path and (p.line is None or (isinstance(p.line, int) and p.line >= 1))
        assert isinstance(p.message, str) and p.message and "\n" not in str(p)


def _validate_with(tree: Path, rel: str, data: bytes, *, restore: bytes | None = None):
    target = tree / rel
    original = target.read_bytes() if target.exists() else None
    target.write_bytes(data)
    try:
        return validate(tree)
    finally:
        if original is None:
            target.unlink()
        else:
            target.write_bytes(original)


@FUZZ
@given(st.binary(max_size=300))
def test_random_bytes_as_record_file(tree, data):
    report = _validate_with(tree, "seeds/curated/dlf-2024-10-22.yaml", data)
    _assert_structured(report)
    assert report.problems, "a record file of random bytes cannot be valid"


@FUZZ
@given(DOCS.map(_dump) | YAMLISH)
def test_wrong_documents_as_record_file(tree, data):
    report = _validate_with(tree, "seeds/curated/dlf-2024-10-22.yaml", data)
    _assert_structured(report)
    assert report.problems  # no random document is a valid record file: it lacks source_id/records


@FUZZ
@given(RECORDS)
def test_records_with_wrong_values(tree, records):
    report = _validate_with(tree, "seeds/curated/dlf-2024-10-22.yaml",
                            _dump({"source_id": "dlf-2024-10-22", "records": records}))
    _assert_structured(report)
    if records:
        assert report.problems  # random values never make a complete, valid record


@FUZZ
@given(st.binary(max_size=300) | DOCS.map(_dump) | YAMLISH)
def test_random_source_registry(tree, data):
    _assert_structured(_validate_with(tree, "seeds/sources.yaml", data))


@FUZZ
@given(st.lists(st.dictionaries(st.sampled_from(schema("sources").field_names + ["pth"]), DOCS, max_size=10), max_size=3))
def test_source_entries_with_wrong_values(tree, entries):
    _assert_structured(_validate_with(tree, "seeds/sources.yaml", _dump(entries)))


@FUZZ
@given(st.binary(max_size=300)
       | st.lists(st.lists(ODD_TEXT, max_size=6), max_size=5).map(
           lambda rows: "\n".join(",".join(json.dumps(c, ensure_ascii=False) for c in r) for r in rows).encode("utf-8", "surrogatepass")))
def test_random_actor_list(tree, data):
    _assert_structured(_validate_with(tree, "seeds/actors.csv", data))


@pytest.fixture(scope="module")
def package(tmp_path_factory) -> Path:
    """A real built release to damage."""
    from nkru_data.release import build

    from .release_fixtures import make_repo

    root = make_repo(tmp_path_factory.mktemp("fuzzpkg"))
    build(root, "0.1.0")
    return root / "releases" / "0.1.0"


def _mutate(doc, path: list, value):
    """``doc`` with the element at ``path`` (keys/indices, wrapped modulo size) replaced by ``value``."""
    if not path or not isinstance(doc, (dict, list)) or not doc:
        return value
    if isinstance(doc, dict):
        key = sorted(doc)[path[0] % len(doc)]
        return {**doc, key: _mutate(doc[key], path[1:], value)}
    i = path[0] % len(doc)
    return doc[:i] + [_mutate(doc[i], path[1:], value)] + doc[i + 1:]


@FUZZ
@given(st.lists(st.integers(min_value=0, max_value=50), min_size=1, max_size=5), DOCS)
def test_damaged_descriptor(package, tmp_path_factory, where, value):
    """A release descriptor with one element replaced: validate, verify and load answer with problems or NkruError."""
    import nkru_data

    work = tmp_path_factory.mktemp("pkg")
    copy = work / "0.1.0"
    shutil.copytree(package, copy)
    desc = json.loads((copy / "datapackage.json").read_text(encoding="utf-8"))
    raw = json.dumps(_mutate(desc, where, value), default=str).encode("utf-8", "surrogatepass")
    (copy / "datapackage.json").write_bytes(raw)
    # re-sign it in SHA256SUMS, so the readers get past the checksum and must cope with the content
    sums = (copy / "SHA256SUMS").read_text(encoding="utf-8").splitlines()
    sums = [f"{hashlib.sha256(raw).hexdigest()}  datapackage.json" if ln.endswith("  datapackage.json") else ln
            for ln in sums]
    (copy / "SHA256SUMS").write_text("\n".join(sums) + "\n", encoding="utf-8")
    _assert_structured(validate(copy / "datapackage.json"))
    for call in (lambda: nkru_data.verify("0.1.0", releases_dir=work),
                 lambda: nkru_data.load("deployments", releases_dir=work)):
        try:
            call()
        except NkruError as exc:
            assert str(exc) and "\n" not in str(exc)


@FUZZ
@given(st.binary(max_size=200) | DOCS.map(_dump))
def test_random_bytes_as_descriptor(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("desc")
    (folder / "datapackage.json").write_bytes(data)
    _assert_structured(validate(folder / "datapackage.json"))


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(TABLES), st.data())
def test_checker_on_random_string_tables(table, data):
    """The vectorised checker takes any table of strings (wrong values, missing and extra columns)."""
    names = data.draw(st.lists(st.sampled_from(schema(table).field_names + ["extra"]), unique=True, max_size=8))
    rows = data.draw(st.integers(min_value=0, max_value=5))
    cols = {n: pa.array(data.draw(st.lists(st.none() | ODD_TEXT | st.integers(-(10**30), 10**30).map(str),
                                           min_size=rows, max_size=rows)), pa.string()) for n in names}
    tbl = pa.table(cols) if cols else pa.table({"extra": pa.array([], pa.string())})
    findings = check_table(table, tbl)
    assert all(f.table == table and isinstance(f.message, str) for f in findings)
    missing = [f.name for f in schema(table).fields if f.required and f.name not in names]
    assert {f.field for f in findings if f.type == "missing-label"} >= set(missing)
    check_foreign_keys({table: tbl, **({} if table == "actors" else {"actors": pa.table({"actor_id": pa.array([], pa.string())})})})
