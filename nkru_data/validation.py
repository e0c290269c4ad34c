"""``validate``: check the seeds of a repository, or a published data package.

Both paths run the same vectorised schema checks (:mod:`nkru_data.check`);
the seeds path adds what only the inputs can tell (checksums of the source
texts, quotes found at their offsets, file-level problems).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pyarrow as pa
import pyarrow.compute as pc

from .check import Finding, check_cells, check_dates, check_dates_against, check_foreign_keys, check_table, published_bounds
from .errors import NkruError, Problem
from .schemas import RECORD_TABLES, TABLES, schema

if TYPE_CHECKING:  # pragma: no cover
    from .seeds import Inputs

__all__ = ["validate", "validate_inputs", "Report", "finding_keys", "frictionless_finding_keys", "FRICTIONLESS_TYPES"]


@dataclass
class Report:
    """The outcome of :func:`validate`: every problem, and what was checked.

    ``counts`` maps table name to number of rows; ``by_source`` maps table to
    ``{source_id: rows}`` for the claim tables (empty for a data package).
    """

    target: str
    problems: list[Problem] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    by_source: dict[str, dict[str, int]] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems

    def __str__(self) -> str:
        return "\n".join(str(p) for p in self.problems)


def validate(path: str | os.PathLike = ".") -> Report:
    """Check every input of a repository (``path`` holding ``seeds/``, or the ``seeds`` folder itself), or a
    data package (``path`` to a ``datapackage.json`` or a folder holding one).

    Returns a :class:`Report` listing all problems found in one pass; it does
    not raise for bad data. Raises :class:`~nkru_data.errors.NkruError` only
    when ``path`` is neither kind of target.
    """
    p = Path(path)
    if p.is_file() and p.name.endswith(".json"):
        return _validate_package(p)
    if p.is_dir() and (p / "seeds").is_dir():
        return _validate_seeds(p)
    if p.is_dir() and p.name == "seeds":
        return _validate_seeds(p.parent)
    if p.is_dir() and (p / "datapackage.json").is_file():
        return _validate_package(p / "datapackage.json")
    if not p.exists():
        raise NkruError(f"{path}: no such file or directory")
    raise NkruError(f"{path}: not a repository with seeds/, a seeds/ folder, or a datapackage.json")


_FIRST_ROW = re.compile(r"repeats the value of data row (\d+)$")


def _validate_seeds(root: Path) -> Report:
    from .seeds import load_inputs

    return validate_inputs(load_inputs(root))


def validate_inputs(inputs: "Inputs") -> Report:
    """Check inputs already read by :func:`nkru_data.seeds.load_inputs` (see :func:`validate`).

    For callers that need the inputs themselves too (the release build), so
    the seeds are read once.
    """
    root = inputs.root
    findings: list[Finding] = []
    for name in TABLES:
        findings += check_table(name, inputs.tables[name])
    findings += check_foreign_keys(inputs.tables)
    findings += check_dates(inputs.tables)
    problems = list(inputs.problems)
    for f in findings:
        if f.row is not None and (f.table, f.row, f.field) in inputs.reported:
            continue
        if f.type == "foreign-key" and _refers_to(f) in inputs.unread:
            continue  # the unreadable file is reported once; each reference to it would only repeat that
        origin = inputs.origins[f.table][f.row] if f.row is not None else None
        if origin is None:
            problems.append(Problem(path=f.table, message=f"{f.field}: {f.message}", type=f.type, resource=f.table))
            continue
        message = f.message
        first = _FIRST_ROW.search(message) if f.type in ("primary-key", "unique-error") else None
        if first and int(first.group(1)) <= len(inputs.origins[f.table]):
            # "data row N" means nothing in a YAML file: name where the first one is written
            seen = inputs.origins[f.table][int(first.group(1)) - 1]
            message = message[:first.start()] + f"is used already at {seen.path}:{seen.line_of(f.field)}"
        problems.append(Problem(origin.path, origin.line_of(f.field), origin.record_id, f.field, message, f.type,
                                resource=f.table, row=f.row + 2))
    # causes first: the registry, the actor list and the texts before the record files that depend on them
    # (a problem of no file, such as a missing column, last)
    problems.sort(key=lambda p: (inputs.ranks.get(p.path, 99), p.path, p.line or 0, p.field or "", p.message))
    report = Report(target=str(root), problems=problems, counts={t: inputs.tables[t].num_rows for t in TABLES})
    registered = [s for s in inputs.tables["sources"].column("source_id").to_pylist() if s]
    for name in TABLES[2:]:
        counts: dict[str, int] = dict.fromkeys(registered, 0)
        for sid in inputs.tables[name].column("source_id").to_pylist():
            counts[sid] = counts.get(sid, 0) + 1
        report.by_source[name] = counts
    return report


def _refers_to(finding: Finding) -> str | None:
    """The table a foreign-key finding points into (None when its field is no foreign key)."""
    return next((t for f, t, _ in schema(finding.table).foreign_keys if f == finding.field), None)


# --- data packages: streamed, vectorised, in Frictionless's terms ----------------------------------

#: Error types a stock Frictionless validator reports too; the rest are nkru-data's own rules
#: (dates against the source, real calendar dates, cross-field rules, spreadsheet formulas).
FRICTIONLESS_TYPES = frozenset({
    "type-error", "constraint-error", "unique-error", "primary-key", "foreign-key", "missing-cell", "extra-cell",
    "blank-row", "missing-label", "extra-label", "incorrect-label", "blank-label", "duplicate-label",
    "hash-count", "byte-count", "source-error", "scheme-error", "resource-error",
})
#: Types Frictionless reports for a whole row, without a field.
_ROW_TYPES = frozenset({"primary-key", "blank-row", "extra-cell"})
_BLOCK_SIZE = 2 << 20  # bytes per streamed batch: amortises the per-batch work; larger blocks cost memory, not speed


def finding_keys(report: Report, frictionless: bool | None = True) -> set[tuple[str, int | None, str | None, str]]:
    """The findings of a data-package :class:`Report` as ``(resource, row, field, type)`` tuples.

    ``row`` counts the header as row 1 (Frictionless's row position); ``field``
    is None for row-level findings (primary key, blank row, extra cell).
    ``frictionless=True`` keeps the kinds a stock Frictionless validator also
    reports, ``False`` only nkru-data's own, ``None`` all. Meant for comparing
    validators.
    """
    out = set()
    for p in report.problems:
        if frictionless is not None and (p.type in FRICTIONLESS_TYPES) != frictionless:
            continue
        out.add((p.resource, p.row, None if p.type in _ROW_TYPES else p.field, p.type))
    return out


def frictionless_finding_keys(fl_report) -> set[tuple[str, int | None, str | None, str]]:
    """The errors of a ``frictionless.Report`` as the ``(resource, row, field, type)`` tuples of
    :func:`finding_keys`, so the two validators can be compared finding by finding."""
    out = set()
    for task in fl_report.tasks:
        for e in task.errors:
            row = getattr(e, "row_number", None)
            if e.type == "foreign-key":
                field = ",".join(e.field_names)
            elif e.type in _ROW_TYPES:
                field = None
            else:
                field = getattr(e, "field_name", None) or None
            out.add((task.name, row, field, e.type))
    for e in fl_report.errors:
        out.add((None, None, None, e.type))
    return out


class _CountingReader:
    """A binary file wrapper that counts bytes and newlines (and hashes, when asked) as Arrow reads."""

    def __init__(self, fh, hash_it: bool):
        self._fh = fh
        self.size = 0
        self.newlines = 0
        self.sha = hashlib.sha256() if hash_it else None
        self.closed = False

    def read(self, n: int = -1) -> bytes:
        data = self._fh.read(n)
        self.size += len(data)
        self.newlines += data.count(b"\n")
        if self.sha is not None:
            self.sha.update(data)
        return data

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return False

    def close(self) -> None:
        self.closed = True


class _Resource:
    """What streaming one CSV resource left behind for the package-level checks."""

    def __init__(self, name: str, path: Path, rdisp: str):
        self.name, self.path, self.rdisp = name, path, rdisp
        self.found: list[tuple[int | None, str | None, str, str, str | None]] = []  # row, field, type, message, record id
        self.keys: dict[str, list[pa.Array]] = {}  # unique/primary-key columns, batch by batch
        self.numbers: list[pa.Array] = []  # the row position of every kept row, batch by batch
        self.referenced: dict[str, list[pa.Array]] = {}  # columns other resources point at
        self.records = 0  # data rows (kept and invalid)
        self.reader: _CountingReader | None = None


def _validate_package(descriptor: Path) -> Report:
    """Check a data package's CSV resources against our schemas (chosen by resource name).

    Streams every file in record batches, so memory stays bounded by the
    batch size and the key columns, and reports in Frictionless's terms:
    ``Problem.row`` is the row position (header = row 1) and ``Problem.type``
    the Frictionless error type where Frictionless has one.
    """
    disp = os.path.relpath(descriptor)
    report = Report(target=disp)
    try:
        pkg = json.loads(descriptor.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        report.problems.append(Problem(disp, getattr(exc, "lineno", None), message=f"cannot read the descriptor: {exc}", type="package-error"))
        return report
    if not isinstance(pkg, dict) or not isinstance(pkg.get("resources"), list):
        report.problems.append(Problem(disp, message="not a data package descriptor (no 'resources' list)", type="package-error"))
        return report
    base = descriptor.parent
    declared = {res.get("name"): res for res in pkg["resources"] if isinstance(res, dict) and res.get("name") in TABLES}
    # which columns of which resources other resources point at (read those first: TABLES order does)
    wanted: dict[str, set[str]] = {}
    for name in declared:
        for _field, ref_table, ref_field in schema(name).foreign_keys:
            wanted.setdefault(ref_table, set()).add(ref_field)
    done: dict[str, _Resource] = {}
    ref_sets: dict[tuple[str, str], pa.Array] = {}
    published: dict[str, tuple] = {}
    for name in TABLES:
        res = declared.get(name)
        if res is None:
            continue
        rel = res.get("path")
        if not isinstance(rel, str) or Path(rel).is_absolute() or ".." in Path(rel).parts:
            report.problems.append(Problem(disp, record_id=name, field="path", message=f"{rel!r} is not a relative path inside the package", type="package-error"))
            continue
        path = base / rel
        rdisp = os.path.relpath(path)
        if not path.is_file():
            report.problems.append(Problem(rdisp, message="file not found", type="scheme-error", resource=name))
            continue
        for field_name, ref_table, ref_field in schema(name).foreign_keys:
            if ref_table not in declared:
                report.problems.append(Problem(rdisp, None, None, field_name, f"refers to resource {ref_table!r}, which the package lacks",
                                               "resource-error", resource=name))
        r = _Resource(name, path, rdisp)
        try:
            _stream_resource(r, res, wanted.get(name, set()), ref_sets, published)
        except (pa.ArrowInvalid, OSError, UnicodeDecodeError) as exc:
            report.problems.append(Problem(rdisp, message=f"cannot be read as CSV: {str(exc).splitlines()[0]}", type="source-error", resource=name))
            continue
        done[name] = r
        _finish_keys(r)
        for ref_field, chunks in r.referenced.items():
            ref_sets[(name, ref_field)] = pc.unique(pa.chunked_array(chunks, pa.string()).combine_chunks().drop_null()) if chunks else pa.array([], pa.string())
        if name == "sources" and "published" in r.referenced:
            ids = pa.chunked_array(r.referenced["source_id"], pa.string())
            pub = pa.chunked_array(r.referenced["published"], pa.string())
            published.update(published_bounds(pa.table({"source_id": ids, "published": pub})))
        reader = r.reader
        if res.get("bytes") is not None and reader.size != res["bytes"]:
            report.problems.append(Problem(rdisp, message=f"is {reader.size} bytes, the descriptor says {res['bytes']}", type="byte-count", resource=name))
        expected = str(res.get("hash", "") or "").removeprefix("sha256:")
        if expected and reader.sha is not None and reader.sha.hexdigest() != expected:
            report.problems.append(Problem(rdisp, message="sha256 does not match the descriptor's hash", type="hash-count", resource=name))
    for r in done.values():
        lines = _line_numbers(r)
        for row, field_name, kind, message, rid in r.found:
            line = 1 if row is None else lines(row)
            report.problems.append(Problem(r.rdisp, line, rid, field_name, message, kind, resource=r.name, row=row))
    report.counts = {n: r.records for n, r in done.items()}
    report.problems.sort(key=lambda p: (p.path, p.line or 0, p.field or "", p.message))
    return report


def _read_header(path: Path) -> list[str]:
    import csv as _csv

    with path.open(encoding="utf-8", newline="") as fh:
        return next(_csv.reader(fh), [])


def _stream_resource(r: _Resource, res: dict, referenced: set[str], ref_sets: dict, published: dict) -> None:
    """Read one CSV in batches and run every row-level check on each batch; keep what later checks need."""
    import bisect

    import pyarrow.csv as pacsv

    ts = schema(r.name)
    labels = _read_header(r.path)
    for i, f in enumerate(ts.fields):
        if i >= len(labels):
            r.found.append((None, f.name, "missing-label", f"column {f.name!r} is missing", None))
        elif labels[i] == "":
            r.found.append((None, f.name, "blank-label", f"column {i + 1} has no name; expected {f.name!r}", None))
        elif labels[i] != f.name:
            r.found.append((None, f.name, "incorrect-label",
                            f"column {i + 1} is {labels[i]!r}, expected {f.name!r} (columns are read in schema order)", None))
    for i in range(len(ts.fields), len(labels)):
        r.found.append((None, labels[i] or None, "extra-label", f"unknown column {labels[i]!r} (column {i + 1})", None))
    # columns are matched to fields by position, as Frictionless does
    names = [f.name for f in ts.fields[:len(labels)]] + [f"__extra{i}" for i in range(len(ts.fields), len(labels))]
    width = len(names)
    fields = names[:len(ts.fields)]
    key_fields = [f.name for f in ts.fields if f.unique and f.name in fields]
    key_fields += [k for k in ts.primary_key if k in fields and k not in key_fields]
    keep_refs = [k for k in referenced | ({"source_id", "published"} if r.name == "sources" else set()) if k in fields]
    fks = [(fld, ref_sets[(t, rf)], t, rf) for fld, t, rf in ts.foreign_keys if fld in fields and (t, rf) in ref_sets]
    label_findings = list(r.found)
    # Parsing in Arrow's threads overlaps it with the checks, but then rows of the wrong width come
    # without their row position: such a file is read again in one thread (rare, and still fast).
    for threads in (True, False):
        r.found = list(label_findings)
        r.keys = {k: [] for k in key_fields}
        r.referenced = {k: [] for k in keep_refs}
        r.numbers = []
        skipped: list[tuple[int | None, str]] = []

        def on_invalid(row) -> str:
            skipped.append((row.number, row.text))
            return "skip"

        fh = r.path.open("rb")
        r.reader = _CountingReader(fh, hash_it=bool(res.get("hash")))
        try:
            stream = pacsv.open_csv(
                r.reader,
                read_options=pacsv.ReadOptions(column_names=names, skip_rows=1, use_threads=threads, block_size=_BLOCK_SIZE),
                parse_options=pacsv.ParseOptions(newlines_in_values=True, ignore_empty_lines=False, invalid_row_handler=on_invalid),
                convert_options=pacsv.ConvertOptions(column_types={n: pa.string() for n in names}, include_columns=fields,
                                                     null_values=[""], strings_can_be_null=True, quoted_strings_can_be_null=True),
            ) if width else None
            kept = 0
            thresholds: list[int] = []  # for the i-th skipped row: how many kept rows precede it
            for batch in (stream or []):
                if skipped and threads:
                    break
                while len(thresholds) < len(skipped):
                    i = len(thresholds)
                    thresholds.append(skipped[i][0] - 2 - i)
                if thresholds and thresholds[0] < kept + batch.num_rows:  # rows were skipped before or inside this batch
                    numbers = _int64([k + 2 + bisect.bisect_right(thresholds, k) for k in range(kept, kept + batch.num_rows)])
                else:
                    numbers = _int64(range(kept + 2, kept + 2 + batch.num_rows))
                kept += batch.num_rows
                _check_batch(r, ts, pa.Table.from_batches([batch]), numbers, fks, published)
            if skipped and threads:
                continue
            # rows of the wrong width: their cells are checked like any other row
            if skipped:
                _check_ragged(r, ts, fields, skipped, fks, published)
            # the reader stops at the last record; make sure the counts cover the whole file
            while r.reader.read(1 << 20):
                pass
            r.records = kept + len(skipped)
            return
        finally:
            fh.close()


def _int64(values) -> pa.Array:
    """An int64 Arrow array of Python ints, built from a raw buffer (``pa.array`` would import pandas)."""
    import array

    buf = array.array("q", values)
    return pa.Array.from_buffers(pa.int64(), len(buf), [None, pa.py_buffer(buf)])


def _check_ragged(r: _Resource, ts, fields: list[str], skipped: list[tuple[int, str]], fks, published) -> None:
    """Rows with too few or too many cells: report the width, then check the cells they have."""
    import csv as _csv
    import io

    n = len(fields)
    rows, numbers = [], []
    for number, text in skipped:
        cells = next(_csv.reader(io.StringIO(text)), []) if text else []
        head = cells[:n] + [""] * (n - len(cells))
        if all(c == "" for c in head):  # Frictionless: a blank row is only that (plus its empty primary key)
            rows.append([None] * n)
            numbers.append(number)
            continue
        for k in range(n, len(cells)):
            r.found.append((number, None, "extra-cell", f"row has {len(cells)} cells, expected {n} (extra cell {k + 1})", None))
        for f in ts.fields[len(cells):n]:
            r.found.append((number, f.name, "missing-cell", f"row has {len(cells)} cells, expected {n}", None))
        rows.append([c if c != "" else None for c in head])
        numbers.append(number)
    table = pa.table({name: pa.array([row[i] for row in rows], pa.string()) for i, name in enumerate(fields)})
    _check_batch(r, ts, table, _int64(numbers), fks, published)


def _check_batch(r: _Resource, ts, data: pa.Table, numbers: pa.Array, fks, published) -> None:
    """Row-level checks of one batch; findings are stored with their row positions."""
    if data.num_rows == 0:
        return
    pk = ts.primary_key[0] if len(ts.primary_key) == 1 and ts.primary_key[0] in data.column_names else None
    findings = check_cells(r.name, data, ts)
    for field_name, ref, ref_table, ref_field in fks:
        col = data.column(field_name)
        bad = pc.and_(pc.is_valid(col), pc.invert(pc.is_in(col, value_set=ref)))
        for row in pc.indices_nonzero(pc.fill_null(bad, False)).to_pylist():
            findings.append(Finding(r.name, row, field_name, "foreign-key",
                                    f"{data.column(field_name)[row].as_py()!r} is not in {ref_table}.{ref_field}"))
    if r.name in RECORD_TABLES:
        findings += check_dates_against(r.name, data, published)
    blank = None
    if findings:
        all_null = pc.is_null(data.column(0))
        for col in data.columns[1:]:
            all_null = pc.and_(all_null, pc.is_null(col))
        blank = pc.indices_nonzero(all_null).to_pylist()
    else:
        blank = []
    blank_set = set(blank)
    numbers_list = numbers.to_pylist() if findings else []
    rows = sorted({f.row for f in findings if f.row is not None and f.row not in blank_set})
    rids = dict(zip(rows, data.column(pk).take(pa.array(rows, pa.int64())).to_pylist())) if pk and rows else {}
    for f in findings:
        if f.row in blank_set:
            continue
        r.found.append((numbers_list[f.row], f.field, f.type, f.message, rids.get(f.row)))
    for row in blank:
        r.found.append((numbers_list[row], None, "blank-row", "row is empty", None))
    for k in r.keys:
        r.keys[k].append(data.column(k).combine_chunks())
    for k in r.referenced:
        r.referenced[k].append(data.column(k).combine_chunks())
    r.numbers.append(numbers)


def _finish_keys(r: _Resource) -> None:
    """Unique fields and the primary key over the whole file: later rows repeating a value, and empty keys."""
    if not r.keys or not r.numbers:
        r.numbers = []
        return
    ts = schema(r.name)
    numbers = pa.chunked_array(r.numbers, pa.int64())
    for key, chunks in r.keys.items():
        col = pa.chunked_array(chunks, pa.string())
        kinds = (["unique-error"] if schema(r.name).field(key).unique else []) + (["primary-key"] if (key,) == ts.primary_key else [])
        if "primary-key" in kinds:
            for n in pc.filter(numbers, pc.is_null(col)).to_pylist():
                r.found.append((n, key, "primary-key", "the primary key is empty", None))
        present = col.drop_null()
        if pc.count_distinct(present).as_py() == len(present):  # the usual case: no repeats, no join needed
            continue
        t = pa.table({"k": col, "n": numbers}).filter(pc.is_valid(col))
        firsts = t.group_by("k", use_threads=False).aggregate([("n", "min"), ("n", "count")])
        firsts = firsts.filter(pc.greater(firsts.column("n_count"), 1))
        if firsts.num_rows == 0:
            continue
        dups = t.join(firsts.select(["k", "n_min"]), keys="k", join_type="inner", use_threads=False)
        dups = dups.filter(pc.not_equal(dups.column("n"), dups.column("n_min"))).sort_by("n")
        for value, n, first in zip(dups.column("k").to_pylist(), dups.column("n").to_pylist(), dups.column("n_min").to_pylist()):
            for kind in kinds:
                what = "the primary key" if kind == "primary-key" else "the value"
                r.found.append((n, key, kind, f"{value!r} repeats {what} of row {first}", value))
    r.keys = {}
    r.numbers = []


def _line_numbers(r: _Resource):
    """A function from row position to file line: the same number unless some value spans lines."""
    reader = r.reader
    records = r.records + 1  # with the header
    if reader is None or reader.newlines in (records, records - 1):
        return lambda row: row
    import csv as _csv

    table: dict[int, int] = {}
    with r.path.open(encoding="utf-8", newline="") as fh:
        it = _csv.reader(fh)
        start = 1
        for number, _ in enumerate(it, start=1):
            table[number] = start
            start = it.line_num + 1
    return lambda row: table.get(row, row)
