"""Readers for the input files, each turning a bad file into one clear Problem.

Nothing here raises anything but :class:`ReadError`, whose ``.problem`` names
the file, the line when there is one, and what is wrong in words a
contributor understands.
"""

from __future__ import annotations

import csv
import datetime as _dt
import io
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from .errors import NkruError, Problem

__all__ = ["ReadError", "MAX_SEED_BYTES", "read_text", "load_yaml", "load_yaml_text", "parse_yaml", "read_csv", "yaml_line"]

#: Largest seed file (source text, record file, metadata) the validator reads.
MAX_SEED_BYTES = 5 * 1024 * 1024


class ReadError(NkruError):
    """A file could not be read; ``.problem`` says where and why."""

    def __init__(self, problem: Problem):
        self.problem = problem
        super().__init__(str(problem))


def _fail(display: str, message: str, line: int | None = None, type_: str = "format-error") -> ReadError:
    return ReadError(Problem(path=display, line=line, message=message, type=type_))


def read_text(path: Path, display: str | None = None, *, max_bytes: int = MAX_SEED_BYTES,
              allow_empty: bool = False) -> str:
    """Read a UTF-8 text file strictly and return its text.

    Raises :class:`ReadError` when the file is missing, a directory, larger
    than ``max_bytes``, empty (unless ``allow_empty``), starts with a byte
    order mark, is not UTF-8, or has CR/CRLF line endings.
    """
    display = display or str(path)
    try:
        if path.is_dir():
            raise _fail(display, "is a directory, not a file", type_="file-error")
        size = path.stat().st_size
    except FileNotFoundError:
        raise _fail(display, "file not found", type_="file-error") from None
    except OSError as exc:
        raise _fail(display, f"cannot be read: {exc.strerror}", type_="file-error") from None
    if size > max_bytes:
        raise _fail(display, f"is {size / 1e6:.1f} MB; seed files may be at most {max_bytes / 1e6:.0f} MB", type_="file-error")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise _fail(display, f"cannot be read: {exc.strerror}", type_="file-error") from None
    return decode_text(data, display, allow_empty=allow_empty)


def decode_text(data: bytes, display: str, *, allow_empty: bool = False) -> str:
    """Decode bytes as strict UTF-8 with ``\\n`` line endings (see :func:`read_text`)."""
    if not data.strip() and not allow_empty:
        raise _fail(display, "is empty", line=1)
    if data.startswith(b"\xef\xbb\xbf"):
        raise _fail(display, "starts with a UTF-8 byte order mark (BOM); save it as UTF-8 without BOM", line=1, type_="encoding-error")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        col = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        hint = ""
        try:
            data.decode("cp1252")
            hint = " (it looks like Latin-1/Windows-1252)"
        except UnicodeDecodeError:
            pass
        raise _fail(display, f"is not valid UTF-8: byte 0x{data[exc.start]:02X} at column {col}{hint}; save it as UTF-8",
                    line=line, type_="encoding-error") from None
    if "\r" in text:
        line = text.count("\n", 0, text.index("\r")) + 1
        raise _fail(display, "has Windows (CRLF) or old Mac (CR) line endings; save it with Unix (LF) line endings",
                    line=line, type_="format-error")
    return text


def yaml_line(node: Any, key: Any = None) -> int | None:
    """1-based line of a ruamel mapping/sequence node, or of ``key`` within it."""
    lc = getattr(node, "lc", None)
    if lc is None:
        return None
    try:
        if key is not None:
            return (lc.key(key) if isinstance(key, str) else lc.item(key))[0] + 1
        return lc.line + 1
    except (KeyError, IndexError, TypeError, AttributeError):
        return (lc.line + 1) if lc.line is not None else None


def load_yaml(path: Path, display: str | None = None) -> Any:
    """Parse a YAML file, keeping line numbers (ruamel round-trip nodes).

    Raises :class:`ReadError` for any read or syntax problem, duplicate keys
    and tab indentation included, with the line where the parser stopped.
    """
    return load_yaml_text(path, display)[0]


def load_yaml_text(path: Path, display: str | None = None) -> tuple[Any, str]:
    """:func:`load_yaml`, also returning the file's text (to see how a value was written).

    Raises :class:`ReadError` as :func:`load_yaml` does.
    """
    display = display or str(path)
    text = read_text(path, display)
    return parse_yaml(text, display), text


def parse_yaml(text: str, display: str) -> Any:
    """Parse YAML text read from ``display`` (see :func:`load_yaml`); raises :class:`ReadError`."""
    from ruamel.yaml import YAML
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    yaml = YAML(typ="rt", pure=True)
    yaml.Constructor = _dates_as_text()
    try:
        return yaml.load(io.StringIO(text))
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        what = (exc.problem or exc.context or "invalid YAML").strip()
        if "found character '\\t'" in str(exc) or "\t" in what:
            what = "a tab character is not allowed for indentation in YAML; indent with spaces"
        elif what == "mapping values are not allowed here":
            what = "a value holds ': ' (a colon and a space), which YAML reads as a new key; put the value in quotes"
            key, sep, value = (text.split("\n")[line - 1] if line else "").strip().partition(": ")
            if sep and value and '"' not in value:
                what += f": {key}: \"{value}\""
        elif "duplicate key" in str(exc).lower():
            key = str(exc).split('duplicate key "')[-1].split('"')[0] if 'duplicate key "' in str(exc) else "?"
            what = f"duplicate key {key!r}: each field may appear once per record"
        else:
            if (exc.problem and exc.context and exc.context_mark is not None and mark is not None
                    and exc.context_mark.line != mark.line):
                # the parser notices late (an unclosed [ or "); say where the construct began
                what += f" ({exc.context.strip()} that starts on line {exc.context_mark.line + 1})"
            opened = _unclosed_quote_line(text, line)
            if opened is not None and f"starts on line {opened})" not in what:  # (unless the parser named it)
                what += f"; the double quotes on line {opened} do not balance: is a closing \" missing there?"
        raise _fail(display, f"invalid YAML: {what}", line=line, type_="yaml-error") from None
    except YAMLError as exc:
        raise _fail(display, f"invalid YAML: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}", type_="yaml-error") from None
    except RecursionError:
        raise _fail(display, "invalid YAML: nested too deeply", type_="yaml-error") from None
    except Exception as exc:  # ruamel raises assorted errors on odd input; all mean "not valid YAML"
        raise _fail(display, f"invalid YAML: {type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}",
                    type_="yaml-error") from None


def _unclosed_quote_line(text: str, line: int | None) -> int | None:
    """The line before ``line`` where a double quote seems to open and never close, or None.

    A ``"`` left open makes YAML read on to the next ``"``, often many lines
    later, and report the error there. Lines are paired up: a line with an odd
    number of ``"`` opens a quoted value, the next such line closes it (a value
    may span lines). One still open at the reported line is the likely culprit.
    A heuristic: comment lines and escaped quotes (``\\"``) are not counted.
    """
    if line is None:
        return None
    opened = None
    for number, raw in enumerate(text.split("\n")[:line], start=1):
        if raw.lstrip().startswith("#"):
            continue
        if (raw.count('"') - raw.count('\\"')) % 2:
            opened = number if opened is None else None
    return opened if opened is not None and opened < line else None


@lru_cache(maxsize=None)
def _dates_as_text():
    from ruamel.yaml.constructor import RoundTripConstructor

    class DatesAsText(RoundTripConstructor):
        """Keep ``2024-10-22`` as the text written: the validator judges dates, YAML should not."""

        yaml_constructors = dict(RoundTripConstructor.yaml_constructors)

    DatesAsText.yaml_constructors["tag:yaml.org,2002:timestamp"] = lambda self, node: str(self.construct_scalar(node))
    return DatesAsText


def read_csv(path: Path, display: str | None = None) -> tuple[list[str], list[tuple[int, list[str]]], list[tuple[Problem, list[str]]]]:
    """Read a small CSV (RFC 4180, UTF-8) into its header, its ``(line, cells)`` rows, and its broken rows.

    A row that cannot be read as a row of the header's width (a missing or
    extra cell, a quote that is never closed) does not stop the reading: it
    comes back in the third list as ``(problem, cells)``, where ``cells`` are
    read from its first line alone, so its first cells (its key) can still be
    known. A cell may not span lines (no seed CSV needs one): a quote left
    open would swallow the lines after it, so reading goes on at the next line.

    Raises :class:`ReadError` when the file cannot be read or decoded, or
    has no header.
    """
    display = display or str(path)
    lines = read_text(path, display).splitlines(keepends=True)
    header: list[str] | None = None
    rows: list[tuple[int, list[str]]] = []
    broken: list[tuple[Problem, list[str]]] = []
    done = 0  # lines consumed so far
    while done < len(lines):
        reader = csv.reader(lines[done:], strict=True)
        start = done + 1  # the line the next record starts on
        try:
            for cells in reader:
                end = done + reader.line_num
                if end > start:  # a quoted cell ran over a line end: a quote left open swallowed the lines after it
                    problem = _fail(display, f"invalid CSV: a quoted cell opened on this line runs on to line {end}; "
                                    "close its quote on this line (a cell may not span lines)", line=start,
                                    type_="csv-error").problem
                    if header is None:
                        raise ReadError(problem)
                    broken.append((problem, _first_line_cells(lines[start - 1])))
                    done = start  # read the swallowed lines again, as rows of their own
                    break
                if header is None:
                    header = cells
                elif cells and len(cells) != len(header):
                    problem = _fail(display, f"row has {len(cells)} cells but the header has {len(header)}",
                                    line=start, type_="csv-error").problem
                    broken.append((problem, _first_line_cells(lines[start - 1])))
                elif cells:
                    rows.append((start, cells))
                start = end + 1
            else:
                done = len(lines)
        except csv.Error as exc:
            why = ("a quoted cell opened on this line is never closed" if _quotes_open(lines[start - 1])
                   else str(exc))
            problem = _fail(display, f"invalid CSV: {why}", line=start, type_="csv-error").problem
            if header is None:
                raise ReadError(problem) from None
            broken.append((problem, _first_line_cells(lines[start - 1])))
            done = start  # go on with the line after the one that broke
    if header is None:
        raise _fail(display, "is empty", line=1)
    return header, rows, broken


def _quotes_open(line: str) -> bool:
    """True when a CSV line leaves a quoted cell open (an odd number of double quotes)."""
    return line.count('"') % 2 == 1


def _first_line_cells(line: str) -> list[str]:
    """The cells of one CSV line read leniently (an open quote runs to the line's end)."""
    return next(csv.reader([line.rstrip("\r\n")]), [])


def yaml_scalar_to_cell(value: Any, *, integer: bool, partial_date: bool,
                        written: str | None = None) -> tuple[str | None, str | None]:
    """Turn a YAML value into a cell string for the checker: ``(cell, error)``.

    Dates written unquoted (``2024-10-22``) come back from YAML as date
    objects, and ``2024`` as an integer; both are accepted for date fields.
    ``written`` is the value as it stands in the file, when known: a number
    YAML read from a text field is accepted only when it reads back exactly
    as written (``1500``, not ``11.000``, which YAML reads as 11.0), so no
    text changes on its way into a release.
    """
    if value is None:
        return None, None
    if isinstance(value, bool):
        return None, f"{str(value).lower()} is a yes/no value, not {'a number' if integer else 'text'}"
    if isinstance(value, (_dt.date, _dt.datetime)):
        if partial_date:
            return value.strftime("%Y-%m-%d"), None
        return None, f"{value} is a date; quote it if it is text"
    if isinstance(value, (list, tuple)):
        return None, "expected a single value, found a list"
    if isinstance(value, dict):
        return None, "expected a single value, found a mapping"
    if isinstance(value, (int, float)) and not integer:
        return _number_as_text(value, partial_date, written)
    if isinstance(value, int):
        return str(value), None
    if isinstance(value, float):
        return None, _float_for_integer(value, written)
    if isinstance(value, str):
        if integer:
            return value, None
        return (value if value != "" else None), None
    return None, f"unsupported value {value!r}"


def _number_as_text(value: int | float, partial_date: bool, written: str | None) -> tuple[str | None, str | None]:
    """A number YAML read where the schema wants text: the text as written, or an error saying to quote it."""
    shown = repr(float(value)) if isinstance(value, float) else str(value)
    if partial_date:  # the date checks judge it as written ("2024.10" is not a partial date)
        return (written if written is not None else shown), None
    if isinstance(value, int) and written in (None, shown):
        return shown, None  # plain digits read back unchanged
    written = written if written is not None else shown
    return None, (f"{written} is read by YAML as the number {shown}, not as the text written; "
                  f"put it in quotes: \"{written}\"")


def _float_for_integer(value: float, written: str | None) -> str:
    """Why a decimal number is not a whole number, saying what YAML read when that differs (``11.000`` is 11.0)."""
    read = repr(float(value))
    written = written if written is not None else read
    message = f"{written!r} is not an integer"
    if written != read:
        message += f" (YAML reads it as the decimal number {read})"
    if _THOUSANDS.fullmatch(written):
        message += f"; write the number without thousands separators: {written.replace('.', '')}"
    return message


#: German thousands written with dots (``11.000``), which YAML reads as a decimal number.
_THOUSANDS = re.compile(r"[0-9]{1,3}(?:\.[0-9]{3})+")
