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


def _keyed(table_name: str, data: pa.Table | None) -> dict[tuple, dict]:
    if data is None:
        return {}
    pk = schema(table_name).primary_key
    return {tuple(row[k] for k in pk): row for row in data.to_pylist()}


def _label(key: tuple) -> str:
    return "+".join(str(k) for k in key)


def diff_tables(old: Mapping[str, pa.Table] | None, new: Mapping[str, pa.Table], *,
                old_name: str | None = None, new_name: str | None = None) -> Changes:
    """Compare two sets of typed tables (``{table: pyarrow.Table}``) table by table.

    ``old`` may be None (nothing published yet: every row is added). Tables
    missing on one side count as empty. Keys are listed sorted; fields in
    schema order. Rows without a primary key value cannot be matched and are
    ignored (releases never have them).
    """
    old = old or {}
    result = Changes(old=old_name, new=new_name)
    for t in TABLES:
        if t not in old and t not in new:
            continue
        before, after = _keyed(t, old.get(t)), _keyed(t, new.get(t))
        names = schema(t).field_names
        changes = TableChanges(
            added=[_label(k) for k in sorted(after.keys() - before.keys())],
            removed=[_label(k) for k in sorted(before.keys() - after.keys())],
        )
        for k in sorted(before.keys() & after.keys()):
            fields = [n for n in names if before[k].get(n) != after[k].get(n)]
            if fields:
                changes.changed[_label(k)] = fields
        result.tables[t] = changes
    return result


def diff(a: str, b: str, *, releases_dir=None) -> Changes:
    """Changes from published version ``a`` to version ``b`` (either may be older).

    Raises :class:`~nkru_data.errors.NkruError` when a version is not
    published or a file does not match its checksum.
    """
    from .loading import load_all

    return diff_tables(load_all(a, releases_dir=releases_dir), load_all(b, releases_dir=releases_dir),
                       old_name=a, new_name=b)
