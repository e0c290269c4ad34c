"""diff_tables (Arrow kernels) agrees with a plain row-by-row comparison on random tables."""

from __future__ import annotations

import pyarrow as pa
from hypothesis import given, settings
from hypothesis import strategies as st

from nkru_data.changes import diff_tables
from nkru_data.schemas import schema

KEYS = st.sampled_from([f"cas-{i:012x}" for i in range(8)])
ROW = st.fixed_dictionaries({"quantity": st.one_of(st.none(), st.integers(0, 3)),
                             "casualty_type": st.sampled_from(["killed", "wounded", None]),
                             "notes": st.one_of(st.none(), st.sampled_from(["a", "ä", ""]))})


def _table(rows: dict) -> pa.Table:
    return pa.table({"record_id": pa.array(list(rows), pa.string()),
                     "quantity": pa.array([r["quantity"] for r in rows.values()], pa.int64()),
                     "casualty_type": pa.array([r["casualty_type"] for r in rows.values()], pa.string()),
                     "notes": pa.array([r["notes"] for r in rows.values()], pa.string())})


@settings(max_examples=60, deadline=None)
@given(st.dictionaries(KEYS, ROW, max_size=6), st.dictionaries(KEYS, ROW, max_size=6))
def test_matches_a_row_by_row_comparison(old, new):
    changes = diff_tables({"casualties": _table(old)}, {"casualties": _table(new)}).tables["casualties"]
    assert changes.added == sorted(set(new) - set(old))
    assert changes.removed == sorted(set(old) - set(new))
    expected = {}
    for k in sorted(set(old) & set(new)):
        fields = [f for f in schema("casualties").field_names  # schema order
                  if f in ("quantity", "casualty_type", "notes") and old[k][f] != new[k][f]]
        if fields:
            expected[k] = fields
    assert changes.changed == expected
    assert list(changes.changed) == sorted(changes.changed)


def test_first_release_adds_everything():
    rows = {"cas-000000000001": {"quantity": 1, "casualty_type": "killed", "notes": None}}
    changes = diff_tables(None, {"casualties": _table(rows)}).tables["casualties"]
    assert changes.added == ["cas-000000000001"] and not changes.removed and not changes.changed
