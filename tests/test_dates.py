"""Partial dates: YYYY, YYYY-MM, YYYY-MM-DD, real calendar dates only."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nkru_data.dates import PartialDate, date_bounds, parse_partial_date


@given(st.dates())
def test_every_real_date_and_its_prefixes_are_valid(d):
    iso = d.isoformat()
    for value in (iso[:4], iso[:7], iso):
        assert PartialDate(value) == value
        lo, hi = date_bounds(value)
        assert lo <= d <= hi


@given(st.text(max_size=12))
def test_never_crashes_and_accepts_only_real_dates(s):
    try:
        parse_partial_date(s)
    except ValueError:
        return
    lo, hi = date_bounds(s)
    assert lo <= hi
    assert s == lo.isoformat()[: len(s)]


@pytest.mark.parametrize("bad", ["2024-02-30", "2023-02-29", "2024-13", "2024-00", "24.10.2024", "2024-1-5", "0000", "2024-10-22T12:00", " 2024"])
def test_rejects(bad):
    with pytest.raises(ValueError):
        PartialDate(bad)


def test_precision_and_leap_years():
    assert PartialDate("2024-02-29").precision == "day"
    assert PartialDate("2024-02").bounds() == (dt.date(2024, 2, 1), dt.date(2024, 2, 29))
    assert PartialDate("2025").precision == "year"
