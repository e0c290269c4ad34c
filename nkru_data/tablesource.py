"""Tables the release renderer can write without holding them in memory.

A :class:`TableSource` offers a table's schema, its row count and its rows
as record batches; a :class:`pyarrow.Table` is one, and
:class:`ArrowFileSource` reads an Arrow IPC (Feather v2) file one batch at a
time. :mod:`nkru_data.release` renders releases from either.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Iterable, Iterator, Mapping, Protocol, Union

import pyarrow as pa

from .errors import NkruError
from .schemas import TABLES, schema

__all__ = ["TableSource", "ArrowFileSource", "TableInput", "table_sources", "read_all"]


class TableSource(Protocol):
    """A table the release renderer can write without holding it: its schema, its row count, and its rows as
    record batches, read afresh on every call of :meth:`to_batches`.

    A :class:`pyarrow.Table` is one (its batches are already in memory);
    :class:`ArrowFileSource` reads an Arrow IPC file one batch at a time.
    ``column`` and ``column_names`` let :func:`nkru_data.changes.diff_tables`
    read the key column alone.
    """

    @property
    def schema(self) -> pa.Schema: ...

    @property
    def num_rows(self) -> int: ...

    @property
    def column_names(self) -> list[str]: ...

    def column(self, name: str) -> pa.ChunkedArray: ...

    def to_batches(self) -> Iterable[pa.RecordBatch]: ...


class ArrowFileSource:
    """A typed table in an Arrow IPC file (Feather v2), read one record batch at a time.

    Opening reads only the file's footer (schema, row count); each
    :meth:`to_batches` pass reads the batches one after the other with
    ordinary reads (not a memory map, whose pages would count as the
    process's memory), so memory holds one batch, not the table: write the
    file in modest batches (``pyarrow.feather.write_feather`` cuts 65536
    rows per batch). :meth:`column` reads the buffers of one column only.

    Raises :class:`~nkru_data.errors.NkruError` when ``path`` is missing or
    not an Arrow IPC file, and when the file's schema changes between
    opening and reading.
    """

    def __init__(self, path: str | os.PathLike) -> None:
        self.path = Path(path)
        with self._open(check_schema=False) as reader:
            self._schema: pa.Schema = reader.schema
            self._num_rows: int = reader.count_rows()

    def __repr__(self) -> str:
        return f"ArrowFileSource({str(self.path)!r}, {self._num_rows} rows)"

    @property
    def schema(self) -> pa.Schema:
        return self._schema

    @property
    def num_rows(self) -> int:
        return self._num_rows

    @property
    def column_names(self) -> list[str]:
        return list(self._schema.names)

    @contextlib.contextmanager
    def _open(self, options: pa.ipc.IpcReadOptions | None = None, *,
              check_schema: bool = True) -> Iterator[pa.ipc.RecordBatchFileReader]:
        """A reader of the file, closed on leaving; the schema must still be the one seen at opening."""
        try:
            handle = pa.OSFile(str(self.path))
        except OSError as exc:  # FileNotFoundError, IsADirectoryError, PermissionError ...
            raise NkruError(f"{self.path}: cannot read the Arrow file ({exc.strerror or exc})") from None
        try:
            try:
                reader = pa.ipc.open_file(handle, options=options)
            except (pa.ArrowInvalid, OSError) as exc:
                raise NkruError(f"{self.path} is not an Arrow IPC file ({exc})") from None
            # (a projected reader's schema holds only the chosen columns: nothing to compare)
            if check_schema and options is None and not reader.schema.equals(self._schema):
                raise NkruError(f"{self.path} changed since it was opened (another schema)")
            yield reader
        finally:
            handle.close()

    def to_batches(self) -> Iterator[pa.RecordBatch]:
        """The rows, one record batch of the file at a time (a fresh pass over the file on every call).

        Raises :class:`~nkru_data.errors.NkruError` when the file's schema or
        row count is no longer what it was at opening (the counts in the
        README and the descriptor would be wrong).
        """
        rows = 0
        with self._open() as reader:
            for i in range(reader.num_record_batches):
                batch = reader.get_batch(i)
                rows += batch.num_rows
                yield batch
        if rows != self._num_rows:
            raise NkruError(f"{self.path} changed since it was opened ({rows} rows, not {self._num_rows})")

    def column(self, name: str) -> pa.ChunkedArray:
        """One column, read without the others' buffers. Raises :class:`KeyError` for an unknown name."""
        index = self._schema.get_field_index(name)
        if index < 0:
            raise KeyError(f"{self.path} has no column {name!r}")
        with self._open(pa.ipc.IpcReadOptions(included_fields=[index])) as reader:
            # Arrow reads only this column's bytes but into a buffer as large as the whole batch, which the
            # column would keep alive: each chunk is copied out so that buffer is freed at once.
            chunks = [pa.concat_arrays([reader.get_batch(i).column(0)]) for i in range(reader.num_record_batches)]
        return pa.chunked_array(chunks, self._schema.field(index).type)

    def read_all(self) -> pa.Table:
        """The whole table in memory."""
        return read_all(self)


#: What the renderer takes for a table: a table in memory, any :class:`TableSource`, or the path of an
#: Arrow IPC file (read with :class:`ArrowFileSource`).
TableInput = Union[pa.Table, TableSource, str, os.PathLike]


def table_sources(tables: Mapping[str, TableInput]) -> dict[str, pa.Table | TableSource]:
    """Every table of the release as a table or source with exactly the schema's columns, in order.

    Raises :class:`~nkru_data.errors.NkruError` naming the table when one is
    missing or unknown, is neither a table nor a source, or has other columns.
    """
    missing = [t for t in TABLES if t not in tables]
    unknown = sorted(set(tables) - set(TABLES))
    if missing or unknown:
        raise NkruError("a release needs exactly the tables " + ", ".join(TABLES)
                        + (f"; missing: {', '.join(missing)}" if missing else "")
                        + (f"; unknown: {', '.join(unknown)}" if unknown else ""))
    out: dict[str, pa.Table | TableSource] = {}
    for t in TABLES:
        data = tables[t]
        if isinstance(data, (str, os.PathLike)):
            data = ArrowFileSource(data)
        if not all(hasattr(data, a) for a in ("schema", "num_rows", "to_batches")):
            raise NkruError(f"table {t}: expected a pyarrow.Table, a TableSource or an Arrow file path, "
                            f"got {type(data).__name__}")
        expected = schema(t).field_names
        if list(data.schema.names) != expected:
            raise NkruError(f"table {t}: columns {list(data.schema.names)} are not the schema's fields {expected}")
        out[t] = data
    return out


def read_all(data: pa.Table | TableSource) -> pa.Table:
    """A table or source as a table in memory (for the small sources table)."""
    if isinstance(data, pa.Table):
        return data
    return pa.Table.from_batches(list(data.to_batches()), schema=data.schema)
