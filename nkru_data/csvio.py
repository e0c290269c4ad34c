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
always gives the same bytes.
"""

from __future__ import annotations

import pyarrow as pa

__all__ = ["write_csv", "csv_bytes", "spreadsheet_csv_bytes", "neutralise", "FORMULA_PREFIXES", "BOM"]

#: First characters that make a spreadsheet treat a cell as a formula (or strip/alter it).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
BOM = "\ufeff"


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
    import pyarrow.compute as pc
    import pyarrow.csv as pacsv

    if spreadsheet:
        cols = []
        for col in table.columns:
            if pa.types.is_string(col.type) or pa.types.is_large_string(col.type):
                formula = pc.match_substring_regex(col, r"^[=+\-@\t\r]")  # FORMULA_PREFIXES
                if pc.any(formula).as_py():  # (a column without formula-like text is written as it is: no copy)
                    col = pc.if_else(formula, pc.binary_join_element_wise(pa.scalar("'", col.type), col, ""), col)
            cols.append(col)
        table = pa.table(cols, names=table.column_names)
        sink.write(BOM.encode("utf-8"))
    pacsv.write_csv(table, sink, write_options=pacsv.WriteOptions(
        quoting_style="needed", quoting_header="needed", eol="\r\n" if spreadsheet else "\n", batch_size=65536))


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
