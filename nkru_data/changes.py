"""What changed between two releases (or between a release and a preview build).

Rows are matched by their table's primary key (``record_id`` for claims,
``source_id``, ``actor_id``). A row is *added* when its key is new, *removed*
when its key is gone, and *changed* when the key stays but any field differs;
the changed field names are listed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping

import pyarrow as pa

from .schemas import TABLES, schema

__all__ = ["TableChanges", "Changes", "diff_tables", "diff"]


@dataclass
class TableChanges:
    """Changes of one table: keys added and removed, and changed keys with their changed fields."""

    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: dict[str, list[str]] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.changed)

    def to_dict(self) -> dict:
        return {"added": list(self.added), "removed": list(self.removed),
                "changed": {k: list(v) for k, v in self.changed.items()}}


@dataclass
class Changes:
    """Changes of every table from release ``old`` to ``new`` (``old`` is None for a first release)."""

    old: str | None
    new: str | None
    tables: dict[str, TableChanges] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return any(self.tables.values())

    def summary(self) -> dict[str, tuple[int, int, int]]:
        """``{table: (added, removed, changed)}`` counts."""
        return {t: (len(c.added), len(c.removed), len(c.changed)) for t, c in self.tables.items()}

    def lines(self) -> list[str]:
        """The changes as plain text lines, one per table and one per record id."""
        out = []
        for t, c in self.tables.items():
            out.append(f"{t}: {len(c.added)} added, {len(c.removed)} removed, {len(c.changed)} changed")
            out += [f"  + {k}" for k in c.added]
            out += [f"  - {k}" for k in c.removed]
            out += [f"  ~ {k} ({', '.join(fs)})" for k, fs in c.changed.items()]
        return out


def _aligned(data: pa.Table | None, names: list[str], like: pa.Table | None) -> pa.Table:
    """``data`` with exactly ``names`` as columns (missing ones as nulls), typed like ``like`` where possible."""
    n = data.num_rows if data is not None else 0
    cols = []
    for name in names:
        ref = like.schema.field(name).type if like is not None and name in like.column_names else pa.string()
        if data is not None and name in data.column_names:
            col = data.column(name)
            try:
                col = col.cast(ref) if col.type != ref else col
            except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
                col = col.cast(pa.string())
        else:
            col = pa.nulls(n, ref)
        cols.append(col)
    return pa.table(cols, names=names)


def _sorted_strings(values: pa.Array) -> list[str]:
    """Sorted as Python sorts str: Arrow orders UTF-8 by bytes, which is code point order."""
    import pyarrow.compute as pc

    values = values.cast(pa.string())
    return pc.take(values, pc.array_sort_indices(values)).to_pylist()


def _table_changes(table: str, old: pa.Table | None, new: pa.Table | None) -> TableChanges:
    """Added, removed and changed keys of one table, computed with Arrow kernels (a million rows are cheap)."""
    import pyarrow.compute as pc

    names = schema(table).field_names
    (key,) = schema(table).primary_key  # every table of the contract has a one-column key
    empty = pa.array([], pa.string())

    def keys(data: pa.Table | None) -> pa.Array:
        if data is None or key not in data.column_names:
            return empty
        return data.column(key).combine_chunks().cast(pa.string()).drop_null()

    old_keys, new_keys = keys(old), keys(new)
    added = pc.filter(new_keys, pc.invert(pc.is_in(new_keys, value_set=old_keys))) if len(old_keys) else new_keys
    removed = pc.filter(old_keys, pc.invert(pc.is_in(old_keys, value_set=new_keys))) if len(new_keys) else old_keys
    changes = TableChanges(added=_sorted_strings(added), removed=_sorted_strings(removed))
    if not len(old_keys) or not len(new_keys):
        return changes
    like = new if new is not None else old
    before = _aligned(old, names, like).filter(pc.is_valid(pc.field(key)))
    after = _aligned(new, names, like).filter(pc.is_valid(pc.field(key)))
    others = [n for n in names if n != key]
    joined = after.join(before.rename_columns([n if n == key else f"{n}\x1fold" for n in names]),
                        keys=key, join_type="inner", use_threads=False)
    masks = {}
    for n in others:
        a, b = joined.column(n), joined.column(f"{n}\x1fold")
        differs = pc.or_(pc.fill_null(pc.not_equal(a, b), False), pc.xor(pc.is_null(a), pc.is_null(b)))
        masks[n] = differs
    if not masks:
        return changes
    any_change = masks[others[0]]
    for n in others[1:]:
        any_change = pc.or_(any_change, masks[n])
    keys = pc.filter(joined.column(key), any_change).to_pylist()
    if keys:
        flags = {n: pc.filter(masks[n], any_change).to_pylist() for n in others}
        for i in sorted(range(len(keys)), key=lambda i: str(keys[i])):
            changes.changed[str(keys[i])] = [n for n in others if flags[n][i]]
    return changes


def diff_tables(old: Mapping[str, pa.Table] | None, new: Mapping[str, pa.Table], *,
                old_name: str | None = None, new_name: str | None = None) -> Changes:
    """Compare two sets of typed tables (``{table: pyarrow.Table}``) table by table.

    ``old`` may be None (nothing published yet: every row is added). Tables
    missing on one side count as empty, and columns missing on one side as
    empty cells. Keys are listed sorted; fields in schema order. Rows without
    a primary key value cannot be matched and are ignored (releases never
    have them).
    """
    old = old or {}
    result = Changes(old=old_name, new=new_name)
    for t in TABLES:
        if t not in old and t not in new:
            continue
        result.tables[t] = _table_changes(t, old.get(t), new.get(t))
    return result


def diff(a: str, b: str, *, releases_dir=None) -> Changes:
    """Changes from published version ``a`` to version ``b`` (either may be older).

    Raises :class:`~nkru_data.errors.NkruError` when a version is not
    published or a file does not match its checksum.
    """
    from .loading import load_all

    return diff_tables(load_all(a, releases_dir=releases_dir), load_all(b, releases_dir=releases_dir),
                       old_name=a, new_name=b)
