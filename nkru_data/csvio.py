"""The two CSV editions of a release: canonical (for software) and spreadsheet (for people).

Canonical edition (``data/<table>.csv``): UTF-8 without byte-order mark, as
Frictionless recommends; RFC 4180 quoting (every text cell and header name in
double quotes, quotes inside doubled; integers bare); ``\\n`` line endings;
raw text exactly as in the data; an empty, unquoted cell is a missing value.

Spreadsheet edition (``spreadsheet/<table>.csv``): the same rows and columns,
but UTF-8 *with* a byte-order mark so Excel detects the encoding, ``\\r\\n``
line endings, and every text cell that begins with ``=``, ``+``, ``-``, ``@``,
a tab or a carriage return prefixed with an apostrophe, so that no spreadsheet
runs it as a formula (OWASP "CSV injection"). Integer columns are never
touched: a number stays a number.

Both writers take a typed Arrow table (strings and int64, as
:func:`nkru_data.check.cast_table` gives) and return bytes; the same table
always gives the same bytes. :func:`write_csv_batches` writes the same bytes
from a stream of record batches (a release built from files larger than
memory).
"""

from __future__ import annotations

from typing import Iterable

import pyarrow as pa

__all__ = ["write_csv", "write_csv_batches", "csv_bytes", "spreadsheet_csv_bytes", "neutralise", "FORMULA_PREFIXES", "BOM"]

#: First characters that make a spreadsheet treat a cell as a formula (or strip/alter it).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
BOM = "\ufeff"
#: Rows formatted at a time by :func:`write_csv_batches`.
_SLICE_ROWS = 8192


def neutralise(value: str) -> str:
    """``value`` with an apostrophe in front when a spreadsheet would read it as a formula.

    >>> neutralise("=HYPERLINK(\\"http://x\\")")
    '\\'=HYPERLINK("http://x")'
    >>> neutralise("Kursk")
    'Kursk'
    """
    return "'" + value if value.startswith(FORMULA_PREFIXES) else value


def write_csv(table: pa.Table, sink, *, spreadsheet: bool = False) -> None:
    """Write one CSV edition of ``table`` to a binary file object, in batches (memory stays flat).

    Arrow's CSV writer quotes every text cell and header name (RFC 4180: a
    quoted field may hold anything; quotes inside are doubled) and leaves
    integers bare; a missing value is an empty, unquoted cell. The canonical
    edition has ``\\n`` line endings and no byte-order mark; the spreadsheet
    edition (``spreadsheet=True``) has a byte-order mark, ``\\r\\n`` and an
    apostrophe before formula-like text (see :func:`neutralise`).
    """
    write_csv_batches(table.to_batches(), table.schema, sink, spreadsheet=spreadsheet)


def write_csv_batches(batches: Iterable[pa.RecordBatch], schema: pa.Schema, sink, *, spreadsheet: bool = False) -> None:
    """Write one CSV edition of the rows in ``batches`` (all of ``schema``) to a binary file object.

    The same bytes as :func:`write_csv` of the table the batches make up,
    however the rows are cut into batches: every cell is written on its own
    (text always quoted, integers bare), so only one batch is held at a
    time. The header comes from ``schema`` and is written even when there
    are no batches. Raises :class:`pyarrow.ArrowInvalid` when a batch's
    schema differs from ``schema``.
    """
    import pyarrow.csv as pacsv

    if spreadsheet:
        sink.write(BOM.encode("utf-8"))
    options = pacsv.WriteOptions(quoting_style="needed", quoting_header="needed",
                                 eol="\r\n" if spreadsheet else "\n", batch_size=65536)
    with pacsv.CSVWriter(sink, schema, write_options=options) as writer:
        for batch in batches:
            # in slices: the writer formats a whole slice before writing it, so a big batch would cost
            # its size again in text
            for start in range(0, batch.num_rows, _SLICE_ROWS):
                piece = batch.slice(start, _SLICE_ROWS)
                writer.write_batch(_neutralised(piece) if spreadsheet else piece)


def _neutralised(batch: pa.RecordBatch) -> pa.RecordBatch:
    """``batch`` with an apostrophe before every formula-like text cell (see :func:`neutralise`)."""
    import pyarrow.compute as pc

    cols = []
    changed = False
    for col in batch.columns:
        if pa.types.is_string(col.type) or pa.types.is_large_string(col.type):
            formula = pc.match_substring_regex(col, r"^[=+\-@\t\r]")  # FORMULA_PREFIXES
            if pc.any(formula).as_py():  # (a column without formula-like text is written as it is: no copy)
                col = pc.if_else(formula, pc.binary_join_element_wise(pa.scalar("'", col.type), col, ""), col)
                changed = True
        cols.append(col)
    # the batch's own schema (nullability, metadata) so the CSV writer accepts it as the header's
    return pa.RecordBatch.from_arrays(cols, schema=batch.schema) if changed else batch


def _encode(table: pa.Table, spreadsheet: bool) -> bytes:
    import io

    sink = io.BytesIO()
    write_csv(table, sink, spreadsheet=spreadsheet)
    return sink.getvalue()


def csv_bytes(table: pa.Table) -> bytes:
    """The canonical CSV of ``table``: UTF-8 without BOM, RFC 4180 (text quoted), ``\\n`` line endings, raw text.

    Columns keep the table's order; the first line is the header. Integer
    cells are written in decimal, missing values as empty cells. Raises
    nothing for any string or int64 table.
    """
    return _encode(table, spreadsheet=False)


def spreadsheet_csv_bytes(table: pa.Table) -> bytes:
    """The spreadsheet edition of ``table``: UTF-8 with BOM, ``\\r\\n`` line endings, formula-like text neutralised.

    Only string columns are changed (see :func:`neutralise`); the header and
    integer columns are written as in :func:`csv_bytes`.
    """
    return _encode(table, spreadsheet=True)
