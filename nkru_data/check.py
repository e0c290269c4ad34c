"""Schema checks on Arrow tables: the validator's engine.

Every table arrives as a ``pyarrow.Table`` of *string* columns (``None`` for
an empty cell), exactly as a CSV reader or a record file gives it. The checks
are vectorised with ``pyarrow.compute`` so a million rows cost little more
than reading them. Findings are ``Finding`` tuples carrying the row index; the
caller turns them into :class:`~nkru_data.errors.Problem` with file and line.
"""

from __future__ import annotations

import difflib
from functools import lru_cache
from typing import Iterable, NamedTuple

import pyarrow as pa
import pyarrow.compute as pc

from .dates import parse_partial_date
from .schemas import RECORD_TABLES, TableSchema, schema

__all__ = [
    "Finding", "check_table", "check_labels", "check_cells", "check_foreign_keys", "check_dates",
    "published_bounds", "check_dates_against", "cast_table", "INT_RE",
]

INT_RE = r"^[+-]?[0-9]+$"
#: Integers with more digits than this may not fit in int64: they are judged in Python (rare).
_LONG_DIGITS = 18
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
    if not pc.any(mask).as_py():  # the usual case, and much cheaper than building indices
        return []
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
    """Check one whole table of string columns against its schema.

    Reports missing and unknown columns (by name), every cell check of
    :func:`check_cells` (required, integer type, enum, pattern, partial
    dates, minimum/maximum, minLength, formulas, cross-field rules), then
    unique fields and the primary key. Never raises on bad data; returns
    every finding.
    """
    ts = ts or schema(table_name)
    out = check_labels(table_name, data.column_names, ts)
    out += check_cells(table_name, data, ts)
    names = set(data.column_names)
    for f in ts.fields:
        if f.unique and f.name in names and (f.name,) != ts.primary_key:
            out += _duplicates(table_name, data, [f.name], "unique-error")
    if ts.primary_key and all(k in names for k in ts.primary_key):
        out += _duplicates(table_name, data, list(ts.primary_key), "primary-key")
    return out


def check_labels(table_name: str, names: list[str], ts: TableSchema | None = None) -> list[Finding]:
    """Columns the schema wants but ``names`` lacks, and columns it does not know (matched by name)."""
    ts = ts or schema(table_name)
    out = [Finding(table_name, None, f.name, "missing-label", f"column {f.name!r} is missing")
           for f in ts.fields if f.name not in names]
    known = set(ts.field_names)
    out += [Finding(table_name, None, extra, "extra-label", f"unknown column {extra!r}{_suggest(extra, ts.field_names)}")
            for extra in names if extra not in known]
    return out


def check_cells(table_name: str, data: pa.Table, ts: TableSchema | None = None) -> list[Finding]:
    """Every check that needs only the row itself: per field and across the fields of one row.

    ``data`` may be any slice of a table (a record batch of a streamed file);
    rows in the findings are indices into ``data``. Columns the schema does
    not name are ignored; missing ones are skipped (see :func:`check_labels`).
    """
    ts = ts or schema(table_name)
    out: list[Finding] = []
    names = set(data.column_names)
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
            ints[f.name] = _check_integers(table_name, f, col, present, out)
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
    if table_name in RECORD_TABLES:
        out += _cross_field(table_name, data, ints)
    return out


def _check_integers(table_name: str, f, col, present, out: list[Finding]) -> pa.ChunkedArray:
    """Type and range checks of an integer field; returns the column as int64 (null where not an integer).

    Numbers too long for int64 are still integers: they are compared with the
    bounds in Python, as a Frictionless validator would, and become null.
    """
    col = pc.utf8_trim_whitespace(col)  # " 12 " is 12, as in Frictionless
    bad = pc.and_(present, pc.invert(pc.match_substring_regex(col, INT_RE)))
    bad_rows = _rows(bad)
    for r, v in zip(bad_rows, _values(col, bad_rows)):
        out.append(Finding(table_name, r, f.name, "type-error", f"{v!r} is not an integer"))
    good = pc.if_else(bad, pa.scalar(None, pa.string()), col)
    long = pc.greater(pc.utf8_length(pc.utf8_ltrim(pc.utf8_ltrim(good, "+-"), "0")), _LONG_DIGITS)
    long_rows = _rows(long)
    if long_rows:
        for r, v in zip(long_rows, _values(col, long_rows)):
            n = int(v)
            if f.minimum is not None and n < f.minimum:
                out.append(Finding(table_name, r, f.name, "constraint-error", f"{v} is below the minimum {f.minimum}"))
            if f.maximum is not None and n > f.maximum:
                out.append(Finding(table_name, r, f.name, "constraint-error", f"{v} is above the maximum {f.maximum}"))
        good = pc.if_else(long, pa.scalar(None, pa.string()), good)
    as_int = pc.cast(pc.utf8_ltrim(good, "+"), pa.int64())
    if f.minimum is not None:
        low = _rows(pc.less(as_int, f.minimum))
        for r, v in zip(low, _values(as_int, low)):
            out.append(Finding(table_name, r, f.name, "constraint-error", f"{v} is below the minimum {f.minimum}"))
    if f.maximum is not None:
        high = _rows(pc.greater(as_int, f.maximum))
        for r, v in zip(high, _values(as_int, high)):
            out.append(Finding(table_name, r, f.name, "constraint-error", f"{v} is above the maximum {f.maximum}"))
    return as_int


def _calendar_findings(table: str, field: str, col: pa.ChunkedArray, skip: set[int]) -> list[Finding]:
    """Well-shaped dates that are not real (2024-02-30): each distinct value is judged once."""
    out = []
    encoded = col.combine_chunks().dictionary_encode() if col.num_chunks else pa.array([], pa.string()).dictionary_encode()
    bad_codes = [(code, message) for code, value in enumerate(encoded.dictionary.to_pylist())
                 if (message := _calendar_problem(value)) is not None]
    for code, message in bad_codes:
        for r in _rows(pc.equal(encoded.indices, code)):
            if r not in skip:  # a real-calendar rule the pattern cannot express
                out.append(Finding(table, r, field, "date-error", message))
    return out


@lru_cache(maxsize=1 << 16)
def _calendar_problem(value: str) -> str | None:
    """Why ``value`` is not a real partial date, or None when it is one (cached: dates repeat a lot)."""
    try:
        parse_partial_date(value)
    except ValueError as exc:
        return str(exc)
    return None


def _duplicates(table: str, data: pa.Table, keys: list[str], kind: str) -> list[Finding]:
    """Rows whose key repeats an earlier row's (the first occurrence is not reported; empty keys are not compared)."""
    idx = pa.array(range(data.num_rows), type=pa.int64())
    sub = pa.table({**{k: data.column(k) for k in keys}, "__i": idx})
    sub = sub.filter(_all_valid(sub, keys))
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


def _all_valid(t: pa.Table, keys: list[str]) -> pa.ChunkedArray:
    mask = pc.is_valid(t.column(keys[0]))
    for k in keys[1:]:
        mask = pc.and_(mask, pc.is_valid(t.column(k)))
    return mask


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
        if f.type == "integer":  # '+5' is an integer to the checks; Arrow's cast wants it bare
            col = pc.utf8_ltrim(pc.utf8_trim_whitespace(col.cast(pa.string())), "+")
        cols.append(pc.cast(col, pa.int64() if f.type == "integer" else pa.string()))
    return pa.table(cols, names=ts.field_names)


#: How far past its source's date an expected or possible event may lie.
FUTURE_GRACE_DAYS = 5 * 366
_DATE_KEYS = ("source_id", "reported_date", "event_date", "event_date_end", "modality")


def check_dates(tables: dict[str, pa.Table]) -> list[Finding]:
    """Dates that contradict the source's published date, or each other.

    A claim cannot be reported after its source appeared; an asserted or
    denied event cannot begin after it either, and an expected or possible
    one not more than five years later; an event cannot end before it
    begins. Vectorised: partial dates become their first and last day as
    Arrow dates, so a million rows cost a few comparisons.
    """
    src = tables.get("sources")
    if src is None:
        return []
    published = published_bounds(src)
    out: list[Finding] = []
    for name in RECORD_TABLES:
        if name in tables:
            out += check_dates_against(name, tables[name], published)
    return out


def published_bounds(sources: pa.Table) -> dict[str, tuple]:
    """``{source_id: (first day, last day)}`` of every source whose published date is a real partial date."""
    from .dates import date_bounds

    if not {"source_id", "published"} <= set(sources.column_names):
        return {}
    out = {}
    for sid, pub in zip(sources.column("source_id").to_pylist(), sources.column("published").to_pylist()):
        try:
            out[sid] = date_bounds(pub)
        except (ValueError, TypeError):
            pass
    return out


def _first_day(col) -> pa.ChunkedArray:
    """First day a partial date can stand for, as days since 1970 (int32; null unless a real partial date)."""
    full = pc.replace_substring_regex(pc.replace_substring_regex(col, r"^([0-9]{4})$", r"\1-01-01"),
                                      r"^([0-9]{4}-[0-9]{2})$", r"\1-01")
    ts = pc.strptime(full, "%Y-%m-%d", "s", error_is_null=True)
    # strptime rolls 2024-02-30 over to March: only dates that print back unchanged are real
    # (and there is no year 0)
    real = pc.and_(pc.equal(pc.strftime(ts, "%Y-%m-%d"), full), pc.invert(pc.starts_with(full, "0000")))
    days = pc.cast(pc.cast(ts, pa.date32()), pa.int32())
    return pc.if_else(real, days, pa.scalar(None, pa.int32()))


def _last_day(col) -> pa.ChunkedArray:
    """Last day a partial date can stand for, as days since 1970 (int32; null unless a real partial date)."""
    first = _first_day(col)
    length = pc.utf8_length(col)
    year = pc.utf8_slice_codeunits(col, 0, 4)  # the year as written: four digits, also before 1000
    month = pc.month(pc.cast(first, pa.date32()))  # null where the date is not real
    year_end = _first_day(pc.binary_join_element_wise(year, "12-31", "-"))
    # a month ends the day before the next one begins; December ends with the year
    next_month = pc.utf8_lpad(pc.cast(pc.add(month, 1), pa.string()), 2, "0")
    month_end = pc.if_else(pc.equal(month, 12), year_end,
                           pc.subtract(_first_day(pc.binary_join_element_wise(year, next_month, "01", "-")), 1))
    out = pc.case_when(pc.make_struct(pc.equal(length, 4), pc.equal(length, 7)), year_end, month_end, first)
    return pc.if_else(pc.is_valid(first), pc.cast(out, pa.int32()), pa.scalar(None, pa.int32()))


def _per_distinct(fn, col) -> pa.Array:
    """``fn`` applied to the distinct values of ``col`` only, then spread back over its rows."""
    arr = col.combine_chunks() if isinstance(col, pa.ChunkedArray) else col
    enc = arr.dictionary_encode()
    return pc.take(fn(enc.dictionary), enc.indices)


def check_dates_against(table: str, data: pa.Table, published: dict[str, tuple]) -> list[Finding]:
    """The date rules of :func:`check_dates` for one claim table (or a batch of it), given
    :func:`published_bounds` of the sources. Rows in the findings are indices into ``data``."""
    import datetime as dt

    if data.num_rows == 0 or not set(_DATE_KEYS) <= set(data.column_names):
        return []
    ids = pa.array(list(published), pa.string())
    epoch = dt.date(1970, 1, 1)
    pub_hi = pa.array([(b[1] - epoch).days for b in published.values()], pa.int32())
    where = pc.index_in(data.column("source_id"), value_set=ids)
    hi = pc.take(pub_hi, where)  # null where the source or its date is unknown
    grace = pc.if_else(pc.is_in(data.column("modality"), pa.array(["expected", "possible"])),
                       FUTURE_GRACE_DAYS, 0)
    rep, ev, end = (data.column(k) for k in ("reported_date", "event_date", "event_date_end"))
    rep_lo, ev_lo, end_lo = (_per_distinct(_first_day, c) for c in (rep, ev, end))
    end_hi = _per_distinct(_last_day, end)
    out: list[Finding] = []

    def pub_text(sid):
        lo, up = published[sid]
        return lo.isoformat() if lo == up else f"{lo.isoformat()} to {up.isoformat()}"

    sids = data.column("source_id")
    rows = _rows(pc.greater(rep_lo, hi))
    for r, sid, v in zip(rows, _values(sids, rows), _values(rep, rows)):
        out.append(Finding(table, r, "reported_date", "date-error", f"{v} is after the source was published ({pub_text(sid)})"))
    for field, col, lo in (("event_date", ev, ev_lo), ("event_date_end", end, end_lo)):
        rows = _rows(pc.greater(lo, pc.add(hi, pc.cast(grace, pa.int32()))))
        for r, sid, v, g in zip(rows, _values(sids, rows), _values(col, rows), _values(grace, rows)):
            how = "long after" if g else "after"
            out.append(Finding(table, r, field, "date-error", f"{v} is {how} the source was published ({pub_text(sid)})"
                               + ("" if g else "; a future event needs modality 'expected' or 'possible'")))
    rows = _rows(pc.less(end_hi, ev_lo))
    for r, v, e in zip(rows, _values(end, rows), _values(ev, rows)):
        out.append(Finding(table, r, "event_date_end", "date-error", f"{v} is before event_date {e}"))
    out.sort(key=lambda f: (f.row, f.field))
    return out
