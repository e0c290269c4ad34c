"""The vectorised checks agree with the plain-Python rules they stand for."""

from __future__ import annotations

import datetime as dt

import pyarrow as pa
from hypothesis import given, settings
from hypothesis import strategies as st

from nkru_data.check import _first_day, _last_day, check_cells, check_dates_against, check_table, published_bounds
from nkru_data.dates import date_bounds

from .schema_strategies import example_row

EPOCH = dt.date(1970, 1, 1)
DATE_LIKE = st.one_of(
    st.dates(min_value=dt.date(1, 1, 1)).map(lambda d: d.isoformat()).flatmap(lambda s: st.sampled_from([s[:4], s[:7], s])),
    st.from_regex(r"[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?", fullmatch=True),  # also 2023-02-29, 2024-13 ...
    st.text(alphabet="0123456789-.x", max_size=11),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(DATE_LIKE, min_size=1, max_size=20))
def test_day_bounds_match_date_bounds(values):
    first = _first_day(pa.chunked_array([pa.array(values, pa.string())])).to_pylist()
    last = _last_day(pa.chunked_array([pa.array(values, pa.string())])).to_pylist()
    for v, lo, hi in zip(values, first, last):
        try:
            want = date_bounds(v)
        except ValueError:
            want = None
        if want is None:
            assert (lo, hi) == (None, None), v
        else:
            assert (lo, hi) == ((want[0] - EPOCH).days, (want[1] - EPOCH).days), v


def _claims(rows: list[dict]) -> pa.Table:
    base = {k: (None if v is None else str(v)) for k, v in example_row("deployments").items()}
    return pa.table({k: pa.array([r.get(k, base[k]) for r in rows], pa.string()) for k in base})


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(DATE_LIKE, st.none() | DATE_LIKE, st.none() | DATE_LIKE,
                          st.sampled_from(["asserted", "expected", "possible", "denied"])), min_size=1, max_size=8),
       DATE_LIKE)
def test_date_rules_match_a_plain_python_reading(rows, pub):
    """Each row is judged as the data contract says, value by value with ``date_bounds``."""
    sources = pa.table({"source_id": ["s"], "published": [pub]})
    published = published_bounds(sources)
    data = _claims([{"source_id": "s", "reported_date": r, "event_date": e, "event_date_end": end, "modality": m}
                    for r, e, end, m in rows])
    got = {(f.row, f.field) for f in check_dates_against("deployments", data, published)}

    def _plus(day: dt.date, days: dt.timedelta) -> dt.date:
        try:
            return day + days
        except OverflowError:  # a source of 9994 plus five years of grace: no date comes after it
            return dt.date.max

    def bounds(v):
        try:
            return date_bounds(v) if v is not None else None
        except ValueError:
            return None

    want = set()
    p = published.get("s")
    for i, (rep, ev, end, modality) in enumerate(rows):
        rb, eb, nb = bounds(rep), bounds(ev), bounds(end)
        grace = dt.timedelta(days=5 * 366 if modality in ("expected", "possible") else 0)
        if p and rb and rb[0] > p[1]:
            want.add((i, "reported_date"))
        for field, b in (("event_date", eb), ("event_date_end", nb)):
            if p and b and b[0] > _plus(p[1], grace):
                want.add((i, field))
        if eb and nb and nb[1] < eb[0]:
            want.add((i, "event_date_end"))
    assert got == want


def test_integers_too_long_for_int64_are_still_compared_with_the_bounds():
    t = _claims([{"quantity": "99999999999999999999999"}, {"quantity": "+5"}, {"quantity": " 7 "},
                 {"quantity": "-99999999999999999999"}, {"quantity": "1.5"}])
    found = {(f.row, f.type) for f in check_cells("deployments", t) if f.field == "quantity"}
    assert found == {(0, "constraint-error"), (3, "constraint-error"), (4, "type-error")}


def test_empty_keys_are_not_duplicates_of_each_other():
    t = _claims([{"record_id": None}, {"record_id": None}, {"record_id": "dep-00000000000a"}, {"record_id": "dep-00000000000a"}])
    dups = [(f.row, f.type) for f in check_table("deployments", t) if f.type == "primary-key"]
    assert dups == [(3, "primary-key")]
