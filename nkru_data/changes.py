"""What changed between two releases (or between a release and a preview build).

Rows are matched by their table's primary key (``record_id`` for claims,
``source_id``, ``actor_id``). A row is *added* when its key is new, *removed*
when its key is gone, and *changed* when the key stays but any field differs;
the changed field names are listed.

Keys added and removed are held as Arrow string arrays (:class:`Keys`): a
first release of a million rows per table lists every key as added, and
millions of Python strings would cost more memory than the data. They read
like sorted lists of ``str`` (``len``, indexing, iteration, ``==`` with a
list); :meth:`TableChanges.to_dict` and :meth:`Changes.lines` give plain
lists.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterable, Iterator, Mapping, Sequence, overload

import pyarrow as pa

from .schemas import TABLES, schema

if TYPE_CHECKING:
    from .tablesource import TableSource

__all__ = ["Keys", "TableChanges", "Changes", "diff_tables", "diff"]

#: Keys converted to Python strings at a time while iterating over :class:`Keys`.
_ITER_CHUNK = 65536


class Keys(Sequence[str]):
    """An immutable sequence of keys (``str``) held as one Arrow string array.

    Reads like a list: ``len``, ``keys[i]``, ``keys[a:b]`` (a list), ``in``,
    iteration (converted to Python strings 65536 at a time, so iterating
    over a million keys never holds a million strings), and ``==`` with a
    list or another :class:`Keys` (equal when the strings are equal, in
    order). :attr:`array` is the Arrow array itself. Built from an Arrow
    array or from any iterable of strings; raises :class:`TypeError` for
    values that are not strings.
    """

    __slots__ = ("_values",)
    __hash__ = None  # type: ignore[assignment]  # equal to a list, so as unhashable as one

    def __init__(self, values: pa.Array | pa.ChunkedArray | Iterable[str] = ()) -> None:
        if isinstance(values, pa.ChunkedArray):
            values = values.combine_chunks()
        if not isinstance(values, pa.Array):
            values = list(values)
            if not all(isinstance(v, str) for v in values):
                raise TypeError("Keys holds strings only")
            values = pa.array(values, pa.string())
        elif values.type != pa.string():
            values = values.cast(pa.string())
        self._values: pa.Array = values

    @property
    def array(self) -> pa.Array:
        """The keys as an Arrow string array (no copy)."""
        return self._values

    def __len__(self) -> int:
        return len(self._values)

    @overload
    def __getitem__(self, index: int) -> str: ...

    @overload
    def __getitem__(self, index: slice) -> list[str]: ...

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self._values[index].to_pylist()  # a slice of a list is a list
        if not -len(self) <= index < len(self):
            raise IndexError("Keys index out of range")
        return self._values[index].as_py()

    def __iter__(self) -> Iterator[str]:
        for start in range(0, len(self._values), _ITER_CHUNK):
            yield from self._values.slice(start, _ITER_CHUNK).to_pylist()

    def __contains__(self, value: object) -> bool:
        import pyarrow.compute as pc

        return isinstance(value, str) and pc.index(self._values, pa.scalar(value, pa.string())).as_py() >= 0

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Keys):
            return len(self) == len(other) and self._values.equals(other._values)
        if isinstance(other, list):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other))
        return NotImplemented

    def __repr__(self) -> str:
        if len(self) <= 10:
            return repr(list(self))
        return f"Keys([{', '.join(repr(k) for k in self[:3])}, ... {len(self)} keys])"


@dataclass
class TableChanges:
    """Changes of one table: keys added and removed, and changed keys with their changed fields.

    ``added`` and ``removed`` are sorted; :func:`diff_tables` gives them as
    :class:`Keys` (lists of ``str`` work too).
    """

    added: Sequence[str] = field(default_factory=list)
    removed: Sequence[str] = field(default_factory=list)
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
        return list(self.iter_lines())

    def iter_lines(self) -> Iterator[str]:
        """The lines of :meth:`lines`, one at a time (no list of a million lines for a first release)."""
        for t, c in self.tables.items():
            yield f"{t}: {len(c.added)} added, {len(c.removed)} removed, {len(c.changed)} changed"
            yield from (f"  + {k}" for k in c.added)
            yield from (f"  - {k}" for k in c.removed)
            yield from (f"  ~ {k} ({', '.join(fs)})" for k, fs in c.changed.items())


def _aligned(data: pa.Table | TableSource | None, names: list[str], like: pa.Table | TableSource | None) -> pa.Table:
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


def _sorted_strings(values: pa.Array) -> Keys:
    """Sorted as Python sorts str: Arrow orders UTF-8 by bytes, which is code point order."""
    import pyarrow.compute as pc

    values = values.cast(pa.string())
    return Keys(pc.take(values, pc.array_sort_indices(values)))


def _table_changes(table: str, old: pa.Table | TableSource | None, new: pa.Table | TableSource | None) -> TableChanges:
    """Added, removed and changed keys of one table, computed with Arrow kernels (a million rows are cheap).

    Only the key columns are read while one side is empty (a first release);
    otherwise both sides are read whole to compare their fields.
    """
    import pyarrow.compute as pc

    names = schema(table).field_names
    (key,) = schema(table).primary_key  # every table of the contract has a one-column key
    empty = pa.array([], pa.string())

    def keys(data: pa.Table | TableSource | None) -> pa.Array:
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


def diff_tables(old: Mapping[str, pa.Table | TableSource] | None, new: Mapping[str, pa.Table | TableSource], *,
                old_name: str | None = None, new_name: str | None = None) -> Changes:
    """Compare two sets of typed tables (``{table: pyarrow.Table}``) table by table.

    ``old`` may be None (nothing published yet: every row is added). Tables
    missing on one side count as empty, and columns missing on one side as
    empty cells. Keys are listed sorted (as :class:`Keys`); fields in schema
    order. Rows without a primary key value cannot be matched and are
    ignored (releases never have them).

    A table may also be a :class:`nkru_data.tablesource.TableSource` (such as
    :class:`~nkru_data.tablesource.ArrowFileSource`): against an empty side only
    its key column is read, so a first release of files larger than memory
    costs the keys, not the tables.
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
