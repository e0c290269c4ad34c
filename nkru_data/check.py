"""Schema checks on Arrow tables: the validator's engine.

Every table arrives as a ``pyarrow.Table`` of *string* columns (``None`` for
an empty cell), exactly as a CSV reader or a record file gives it. The checks
are vectorised with ``pyarrow.compute`` so a million rows cost little more
than reading them. Findings are ``Finding`` tuples carrying the row index; the
caller turns them into :class:`~nkru_data.errors.Problem` with file and line.
"""

from __future__ import annotations

import difflib
from typing import Iterable, NamedTuple

import pyarrow as pa
import pyarrow.compute as pc

from .dates import parse_partial_date
from .schemas import RECORD_TABLES, TableSchema, schema

__all__ = ["Finding", "check_table", "check_foreign_keys", "cast_table", "INT_RE"]

INT_RE = r"^[+-]?[0-9]+$"
#: Text a spreadsheet would run as a formula: =, +, @, tab, CR, or '-' not followed by a space or digit.
FORMULA_RE = r"^(?:[=+@\t\r]|-[^\s0-9])"
_MAX_REPORTED = 100_000  # per table and check: beyond this the input is hopeless and memory matters more


class Finding(NamedTuple):
    """One problem in one row (``row`` is the 0-based data row index, None for the whole table)."""

    table: str
    row: int | None
    field: str | None
    type: str
    message: str


def _rows(mask: pa.Array | pa.ChunkedArray) -> list[int]:
    """Indices where a boolean mask is true (nulls count as false)."""
    idx = pc.indices_nonzero(pc.fill_null(mask, False))
    return idx.to_pylist()[:_MAX_REPORTED]


def _values(col, rows: list[int]) -> list:
    return col.take(pa.array(rows, type=pa.int64())).to_pylist() if rows else []


def _short(v: str) -> str:
    return repr(v if len(v) <= 50 else v[:47] + "...")


def _suggest(value: str, options: Iterable[str]) -> str:
    close = difflib.get_close_matches(str(value), list(options), n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def check_table(table_name: str, data: pa.Table, ts: TableSchema | None = None) -> list[Finding]:
    """Check one table of string columns against its schema.

    Reports missing and unknown columns, then per field: required, type
    (integers), enum, pattern, partial dates, minimum/maximum, minLength,
    unique; then the primary key and, for claim tables, the cross-field rules.
    Never raises on bad data; returns every finding.
    """
    ts = ts or schema(table_name)
    out: list[Finding] = []
    names = set(data.column_names)
    for f in ts.fields:
        if f.name not in names:
            out.append(Finding(table_name, None, f.name, "missing-label", f"column {f.name!r} is missing"))
    for extra in data.column_names:
        if extra not in {f.name for f in ts.fields}:
            out.append(Finding(table_name, None, extra, "extra-label",
                               f"unknown column {extra!r}{_suggest(extra, ts.field_names)}"))
    ints: dict[str, pa.ChunkedArray] = {}
    for f in ts.fields:
        if f.name not in names:
            continue
        col = data.column(f.name)
        if col.type != pa.string():
            col = col.cast(pa.string())
        present = pc.is_valid(col)
        if f.required:
            for r in _rows(pc.invert(present)):
                out.append(Finding(table_name, r, f.name, "constraint-error", "is required but empty"))
        if f.type == "integer":
            bad = pc.and_(present, pc.invert(pc.match_substring_regex(col, INT_RE)))
            bad_rows = _rows(bad)
            for r, v in zip(bad_rows, _values(col, bad_rows)):
                out.append(Finding(table_name, r, f.name, "type-error", f"{v!r} is not an integer"))
            good = pc.if_else(bad, pa.scalar(None, pa.string()), col)
            as_int = pc.cast(good, pa.int64())
            ints[f.name] = as_int
            if f.minimum is not None:
                low = _rows(pc.less(as_int, f.minimum))
                for r, v in zip(low, _values(as_int, low)):
                    out.append(Finding(table_name, r, f.name, "constraint-error", f"{v} is below the minimum {f.minimum}"))
            if f.maximum is not None:
                high = _rows(pc.greater(as_int, f.maximum))
                for r, v in zip(high, _values(as_int, high)):
                    out.append(Finding(table_name, r, f.name, "constraint-error", f"{v} is above the maximum {f.maximum}"))
            continue
        if f.enum is not None:
            bad_rows = _rows(pc.and_(present, pc.invert(pc.is_in(col, pa.array(f.enum)))))
            for r, v in zip(bad_rows, _values(col, bad_rows)):
                out.append(Finding(table_name, r, f.name, "constraint-error",
                                   f"{v!r} is not one of {', '.join(f.enum)}{_suggest(v, f.enum)}"))
        if f.pattern is not None:
            bad_rows = _rows(pc.and_(present, pc.invert(pc.match_substring_regex(col, f"^(?:{f.pattern})$"))))
            for r, v in zip(bad_rows, _values(col, bad_rows)):
                what = "is not a partial date (YYYY, YYYY-MM or YYYY-MM-DD)" if f.partial_date else f"does not match the pattern {f.pattern}"
                out.append(Finding(table_name, r, f.name, "constraint-error", f"{v!r} {what}"))
            if f.partial_date:
                out += _calendar_findings(table_name, f.name, col, set(bad_rows))
        if f.enum is None and f.pattern is None:
            bad_rows = _rows(pc.match_substring_regex(col, FORMULA_RE))
            for r, v in zip(bad_rows, _values(col, bad_rows)):
                out.append(Finding(table_name, r, f.name, "formula-error",
                                   f"{_short(v)} starts like a spreadsheet formula (=, +, -, @, tab or carriage return); "
                                   "rephrase it or start with another character"))
        if f.min_length is not None:
            short = _rows(pc.less(pc.utf8_length(col), f.min_length))
            for r in short:
                out.append(Finding(table_name, r, f.name, "constraint-error", f"is shorter than {f.min_length} characters"))
        if f.unique and (f.name,) != ts.primary_key:
            out += _duplicates(table_name, data, [f.name], "unique-error")
    if ts.primary_key and all(k in names for k in ts.primary_key):
        out += _duplicates(table_name, data, list(ts.primary_key), "primary-key")
    if table_name in RECORD_TABLES:
        out += _cross_field(table_name, data, ints)
    return out


def _calendar_findings(table: str, field: str, col: pa.ChunkedArray, skip: set[int]) -> list[Finding]:
    """Well-shaped dates that are not real (2024-02-30): checked once per distinct value."""
    out = []
    encoded = col.combine_chunks().dictionary_encode() if col.num_chunks else pa.array([], pa.string()).dictionary_encode()
    bad_codes = []
    for code, value in enumerate(encoded.dictionary.to_pylist()):
        try:
            parse_partial_date(value)
        except ValueError as exc:
            bad_codes.append((code, str(exc)))
    for code, message in bad_codes:
        for r in _rows(pc.equal(encoded.indices, code)):
            if r not in skip:
                out.append(Finding(table, r, field, "constraint-error", message))
    return out


def _duplicates(table: str, data: pa.Table, keys: list[str], kind: str) -> list[Finding]:
    """Rows whose key repeats an earlier row's (the first occurrence is not reported)."""
    idx = pa.array(range(data.num_rows), type=pa.int64())
    sub = pa.table({**{k: data.column(k) for k in keys}, "__i": idx})
    firsts = sub.group_by(keys, use_threads=False).aggregate([("__i", "min"), ("__i", "count")])
    dup_groups = firsts.filter(pc.greater(firsts.column("__i_count"), 1))
    if dup_groups.num_rows == 0:
        return []
    joined = sub.join(dup_groups.select(keys + ["__i_min"]), keys=keys, join_type="inner", use_threads=False)
    joined = joined.filter(pc.not_equal(joined.column("__i"), joined.column("__i_min"))).sort_by("__i")
    out = []
    label = "+".join(keys)
    for r, first, *vals in zip(joined.column("__i").to_pylist()[:_MAX_REPORTED],
                               joined.column("__i_min").to_pylist(), *(joined.column(k).to_pylist() for k in keys)):
        shown = vals[0] if len(vals) == 1 else tuple(vals)
        out.append(Finding(table, r, label, kind, f"{shown!r} repeats the value of data row {first + 1}"))
    return out


def _cross_field(table: str, data: pa.Table, ints: dict[str, pa.ChunkedArray]) -> list[Finding]:
    """The contract's rules between fields of one claim row (see ``_model_base.claim_rule_violations``)."""
    out: list[Finding] = []
    names = set(data.column_names)

    def col(name):
        return data.column(name) if name in names else pa.nulls(data.num_rows, pa.string())

    def add(mask, field, message):
        out.extend(Finding(table, r, field, "row-constraint", message) for r in _rows(mask))

    if "quote_start" in ints and "quote_end" in ints:
        add(pc.less_equal(ints["quote_end"], ints["quote_start"]), "quote_end", "must be greater than quote_start")
    q, qmax = ints.get("quantity"), ints.get("quantity_max")
    qual = col("quantity_qualifier")
    if q is not None and qmax is not None:
        low = _rows(pc.less(qmax, q))
        out.extend(Finding(table, r, "quantity_max", "row-constraint", f"{hi} is below quantity {lo}")
                   for r, hi, lo in zip(low, _values(qmax, low), _values(q, low)))
        add(pc.and_(pc.is_valid(qmax), pc.is_null(q)), "quantity_max", "is set but quantity is empty")
    if q is not None:
        add(pc.and_(pc.equal(qual, "vague"), pc.is_valid(q)), "quantity", "must be empty when quantity_qualifier is 'vague'")
    if qmax is not None:
        add(pc.and_(pc.equal(qual, "range"), pc.is_null(qmax)), "quantity_max", "is required when quantity_qualifier is 'range'")
    method, rule = col("method"), col("rule_id")
    add(pc.and_(pc.equal(method, "extracted"), pc.is_null(rule)), "rule_id", "is required when method is 'extracted'")
    add(pc.and_(pc.equal(method, "curated"), pc.is_valid(rule)), "rule_id", "must be empty when method is 'curated'")
    return out


def check_foreign_keys(tables: dict[str, pa.Table]) -> list[Finding]:
    """Every foreign key of every table resolves to a row of the referenced table."""
    out: list[Finding] = []
    for name, data in tables.items():
        for field, ref_table, ref_field in schema(name).foreign_keys:
            if field not in data.column_names or ref_table not in tables or ref_field not in tables[ref_table].column_names:
                continue
            col = data.column(field)
            ref = tables[ref_table].column(ref_field)
            bad = pc.and_(pc.is_valid(col), pc.invert(pc.is_in(col, ref.drop_null())))
            rows = _rows(bad)
            known = set(ref.drop_null().to_pylist()) if rows else set()
            for r, v in zip(rows, _values(col, rows)):
                out.append(Finding(name, r, field, "foreign-key",
                                   f"{v!r} is not in {ref_table}.{ref_field}{_suggest(v, known)}"))
    return out


def cast_table(table_name: str, data: pa.Table) -> pa.Table:
    """Cast a checked table of strings to its schema's Arrow types (integers to int64).

    Call only on data that :func:`check_table` passed; raises ``pyarrow.ArrowInvalid`` otherwise.
    """
    ts = schema(table_name)
    cols = []
    for f in ts.fields:
        col = data.column(f.name) if f.name in data.column_names else pa.nulls(data.num_rows, pa.string())
        cols.append(pc.cast(col, pa.int64() if f.type == "integer" else pa.string()))
    return pa.table(cols, names=ts.field_names)


#: How far past its source's date an expected or possible event may lie.
FUTURE_GRACE_DAYS = 5 * 366


def check_dates(tables: dict[str, pa.Table]) -> list[Finding]:
    """Dates that contradict the source's published date, or each other.

    A claim cannot be reported after its source appeared; an asserted or
    denied event cannot begin after it either, and an expected or possible
    one not more than five years later; an event cannot end before it
    begins. Each distinct combination is judged once, so this stays cheap.
    """
    import datetime as dt

    from .dates import date_bounds

    src = tables.get("sources")
    if src is None or not {"source_id", "published"} <= set(src.column_names):
        return []
    published = {}
    for sid, pub in zip(src.column("source_id").to_pylist(), src.column("published").to_pylist()):
        try:
            published[sid] = date_bounds(pub)
        except (ValueError, TypeError):
            pass

    def bounds(v):
        try:
            return date_bounds(v) if v is not None else None
        except (ValueError, TypeError):
            return None

    keys = ["source_id", "reported_date", "event_date", "event_date_end", "modality"]
    out: list[Finding] = []
    for name in RECORD_TABLES:
        data = tables.get(name)
        if data is None or data.num_rows == 0 or not set(keys) <= set(data.column_names):
            continue
        sub = data.select(keys).append_column("__i", pa.array(range(data.num_rows), type=pa.int64()))
        combos = sub.group_by(keys, use_threads=False).aggregate([("__i", "list")])
        for combo in combos.to_pylist():
            pub = published.get(combo["source_id"])
            rep, ev, end = bounds(combo["reported_date"]), bounds(combo["event_date"]), bounds(combo["event_date_end"])
            problems = []
            if pub and rep and rep[0] > pub[1]:
                problems.append(("reported_date", f"{combo['reported_date']} is after the source was published ({_fmt(pub)})"))
            grace = dt.timedelta(days=FUTURE_GRACE_DAYS if combo["modality"] in ("expected", "possible") else 0)
            for field, b in (("event_date", ev), ("event_date_end", end)):
                if pub and b and b[0] > pub[1] + grace:
                    how = "long after" if grace else "after"
                    problems.append((field, f"{combo[field]} is {how} the source was published ({_fmt(pub)})"
                                     + ("" if grace else "; a future event needs modality 'expected' or 'possible'")))
            if ev and end and end[1] < ev[0]:
                problems.append(("event_date_end", f"{combo['event_date_end']} is before event_date {combo['event_date']}"))
            for field, message in problems:
                out.extend(Finding(name, r, field, "date-error", message) for r in sorted(combo["__i_list"]))
    return out


def _fmt(b) -> str:
    return b[0].isoformat() if b[0] == b[1] else f"{b[0].isoformat()} to {b[1].isoformat()}"
