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


def _encode(table: pa.Table, newline: str, neutralise_text: bool, bom: bool) -> bytes:
    """Column by column with Arrow kernels (no Python object per cell): the same bytes as :func:`_cell` per cell.

    Each column becomes text (int64 prints as ``str()`` does), formula-like
    text gets its apostrophe, cells holding a comma, quote or line break are
    quoted; the cells of a row are joined and the rows' bytes are taken
    straight from Arrow's buffer.
    """
    import pyarrow.compute as pc

    head = ((BOM if bom else "") + ",".join(_cell(n) for n in table.column_names) + newline).encode("utf-8")
    if table.num_rows == 0 or table.num_columns == 0:  # no columns: no rows either, as before
        return head

    def lit(text: str) -> pa.Scalar:
        return pa.scalar(text, pa.large_string())

    cols = []
    for col in table.columns:
        text = col.cast(pa.large_string())  # large: a million long quotes may pass 2 GB
        if neutralise_text and (pa.types.is_string(col.type) or pa.types.is_large_string(col.type)):
            formula = pc.match_substring_regex(text, r"^[=+\-@\t\r]")  # FORMULA_PREFIXES
            text = pc.if_else(formula, pc.binary_join_element_wise(lit("'"), text, lit("")), text)
        quoted = pc.binary_join_element_wise(lit('"'), pc.replace_substring(text, '"', '""'), lit('"'), lit(""))
        text = pc.if_else(pc.match_substring_regex(text, '[,"\n\r]'), quoted, text)
        cols.append(pc.fill_null(text, lit("")))
    rows = pc.binary_join_element_wise(*cols, lit(","))
    lines = pc.binary_join_element_wise(rows, lit(""), lit(newline)).combine_chunks()  # each row, then its line end
    # the rows' bytes lie back to back in the data buffer, from the first offset to the last
    offsets = pa.Array.from_buffers(pa.int64(), len(lines) + 1, [None, lines.buffers()[1]], offset=lines.offset)
    return head + lines.buffers()[2].to_pybytes()[offsets[0].as_py():offsets[-1].as_py()]


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
