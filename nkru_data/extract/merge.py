"""Combining curated and extracted records for a release.

Where a person and a rule recorded the same claim, the person's record
stands: an extracted row is dropped when a curated row of the same table
and source has a quote span overlapping it.
"""

from __future__ import annotations

from typing import Any, Mapping, Sequence

__all__ = ["merge_records", "overlaps"]

Row = Mapping[str, Any]


def overlaps(a: Row, b: Row) -> bool:
    """True when two rows quote overlapping spans of the same source text."""
    if a.get("source_id") != b.get("source_id"):
        return False
    try:
        a0, a1, b0, b1 = (int(a["quote_start"]), int(a["quote_end"]), int(b["quote_start"]), int(b["quote_end"]))
    except (KeyError, TypeError, ValueError):
        return False
    return a0 < b1 and b0 < a1


def merge_records(curated_rows: Mapping[str, Sequence[Row]],
                  extracted_rows: Mapping[str, Sequence[Row]]) -> dict[str, list[dict[str, Any]]]:
    """All curated rows, plus the extracted rows no curated row covers, per table.

    Both arguments map a table name to row dicts with the contract's field
    names (offsets as ints or digit strings). An extracted row is dropped
    when a curated row of the same table and source overlaps its quote, or
    when it has the ``record_id`` of a curated row. The result is
    deterministic: curated rows keep their order, the surviving extracted
    rows follow sorted by (source_id, quote_start, quote_end, record_id).
    Rows are copied, the inputs are not changed.
    """
    out: dict[str, list[dict[str, Any]]] = {}
    for table in list(dict.fromkeys([*curated_rows, *extracted_rows])):
        cur = [dict(r) for r in curated_rows.get(table, ())]
        by_source: dict[Any, list[dict[str, Any]]] = {}
        for r in cur:
            by_source.setdefault(r.get("source_id"), []).append(r)
        ids = {r.get("record_id") for r in cur}
        kept = []
        for r in extracted_rows.get(table, ()):
            if r.get("record_id") in ids or any(overlaps(r, c) for c in by_source.get(r.get("source_id"), ())):
                continue
            kept.append(dict(r))
        kept.sort(key=lambda r: (str(r.get("source_id")), int(r.get("quote_start") or 0),
                                 int(r.get("quote_end") or 0), str(r.get("record_id"))))
        out[table] = cur + kept
    return out
