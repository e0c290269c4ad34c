"""The two CSV editions of a release: canonical (for software) and spreadsheet (for people).

Canonical edition (``data/<table>.csv``): UTF-8 without byte-order mark, as
Frictionless recommends; RFC 4180 quoting (a cell is quoted only when it holds
a comma, a double quote or a line break; quotes inside are doubled); ``\\n``
line endings; raw text exactly as in the data; integers in plain decimal; an
empty cell is a missing value.

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

from typing import Iterable

import pyarrow as pa

__all__ = ["csv_bytes", "spreadsheet_csv_bytes", "neutralise", "FORMULA_PREFIXES", "BOM"]

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


def _cell(value: object) -> str:
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    if any(c in text for c in (",", '"', "\n", "\r")):
        return '"' + text.replace('"', '""') + '"'
    return text


def _rows(table: pa.Table, neutralise_text: bool) -> Iterable[list[object]]:
    text_cols = [pa.types.is_string(t) or pa.types.is_large_string(t) for t in table.schema.types]
    columns = [table.column(i).to_pylist() for i in range(table.num_columns)]
    for values in zip(*columns):
        if neutralise_text:
            yield [neutralise(v) if is_text and v is not None else v for v, is_text in zip(values, text_cols)]
        else:
            yield list(values)


def _encode(table: pa.Table, newline: str, neutralise_text: bool, bom: bool) -> bytes:
    lines = [",".join(_cell(n) for n in table.column_names)]
    lines += [",".join(_cell(v) for v in row) for row in _rows(table, neutralise_text)]
    text = newline.join(lines) + newline
    return ((BOM if bom else "") + text).encode("utf-8")


def csv_bytes(table: pa.Table) -> bytes:
    """The canonical CSV of ``table``: UTF-8 without BOM, RFC 4180 quoting, ``\\n`` line endings, raw text.

    Columns keep the table's order; the first line is the header. Integer
    cells are written in decimal, missing values as empty cells. Raises
    nothing for any string or int64 table.
    """
    return _encode(table, "\n", neutralise_text=False, bom=False)


def spreadsheet_csv_bytes(table: pa.Table) -> bytes:
    """The spreadsheet edition of ``table``: UTF-8 with BOM, ``\\r\\n`` line endings, formula-like text neutralised.

    Only string columns are changed (see :func:`neutralise`); the header and
    integer columns are written as in :func:`csv_bytes`.
    """
    return _encode(table, "\r\n", neutralise_text=True, bom=True)
