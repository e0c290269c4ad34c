"""Reading the hand-maintained inputs under ``seeds/`` into tables.

Layout (paths relative to the repository root)::

    seeds/sources.yaml          the source registry, one entry per text
    seeds/actors.csv            the actor vocabulary
    seeds/texts/<source>.txt    the source texts, UTF-8, NFC, LF line endings
    seeds/curated/<source>.yaml the hand-written records of one source

A record file names its source once and lists records; each record says its
``table`` and quotes the text. Offsets, ``record_id``, ``method: curated``
and a ``reported_date`` equal to the source's date are filled in when a
record leaves them out, so nobody counts characters. See CONTRIBUTING.md.

Problems name a record as a contributor finds it in the file: by the
``record_id`` the file gives, else by its table and number among that
table's records (``deliveries[2]``). A file the others depend on (the
registry, the actor list, a text) that cannot be read is reported once,
saying what could not be checked without it; the rest is still checked.
"""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pyarrow as pa

from .check import _suggest
from .dates import parse_partial_date
from .errors import Problem
from .ids import record_id
from .quotes import QuoteError, locate_quote
from .readers import ReadError, load_yaml_text, read_csv, read_text, yaml_line, yaml_scalar_to_cell
from .schemas import RECORD_TABLES, TABLES, schema

__all__ = ["Origin", "Inputs", "load_inputs", "FILE_ONLY_KEYS"]

#: Keys a record may carry in a record file that are not table fields.
FILE_ONLY_KEYS = ("table", "occurrence")


@dataclass
class Origin:
    """Where a row came from: file, line, and the line of each field."""

    path: str
    line: int | None
    record_id: str | None = None
    field_lines: dict[str, int] = field(default_factory=dict)

    def line_of(self, name: str | None) -> int | None:
        return self.field_lines.get(name, self.line) if name else self.line


@dataclass
class Inputs:
    """All inputs as string tables, with the origin of every row and the problems met while reading."""

    root: Path
    tables: dict[str, pa.Table]
    origins: dict[str, list[Origin]]
    texts: dict[str, str]
    problems: list[Problem]
    reported: set[tuple[str, int, str]] = field(default_factory=set)  # cells already reported as wrong
    #: Tables whose file could not be read at all ("sources", "actors"): that file's problem says so once,
    #: and references into the table are not judged (each would only repeat it).
    unread: set[str] = field(default_factory=set)
    #: Display path -> rank: files others depend on come first in reports, so a cause precedes its effects.
    ranks: dict[str, int] = field(default_factory=dict)


def _display(root: Path, rel: str) -> str:
    """A path as a person wants it printed: relative to the working directory when possible."""
    full = root / rel
    try:
        return os.path.relpath(full)
    except ValueError:
        return str(full)


class _TableBuilder:
    def __init__(self, table: str):
        self.table = table
        self.names = schema(table).field_names
        self.rows: list[dict[str, str | None]] = []
        self.origins: list[Origin] = []

    def add(self, row: dict[str, str | None], origin: Origin) -> int:
        self.rows.append(row)
        self.origins.append(origin)
        return len(self.rows) - 1

    def to_arrow(self) -> pa.Table:
        cols = {n: pa.array([r.get(n) for r in self.rows], type=pa.string()) for n in self.names}
        return pa.table(cols) if self.rows else pa.table({n: pa.array([], pa.string()) for n in self.names})


def _cells(table: str, mapping: Any, display: str, origin: Origin, builder_row: dict, problems: list[Problem],
           bad_cells: list[str], skip: tuple[str, ...] = (), lines: list[str] | None = None) -> None:
    """Copy a YAML mapping's fields into ``builder_row``, reporting unknown keys and unusable values.

    ``lines`` (the file's lines) let a value be compared with how it is
    written: a number YAML read from a text field must read back as written,
    and a free-text value must not have lost the rest of its line to a ``#``.
    """
    ts = schema(table)
    names = set(ts.field_names)
    for key, value in mapping.items():
        key_s = str(key)
        line = yaml_line(mapping, key)
        if line is not None:
            origin.field_lines[key_s] = line
        if key_s in skip:
            continue
        if key_s not in names:
            problems.append(Problem(display, line, origin.record_id, key_s,
                                    f"unknown field{_suggest(key_s, list(names - set(skip)) + list(skip))}", "extra-field"))
            continue
        f = ts.field(key_s)
        cell, err = yaml_scalar_to_cell(value, integer=f.type == "integer", partial_date=f.partial_date,
                                        written=_written(mapping, key, lines))
        if err:
            problems.append(Problem(display, line, origin.record_id, key_s, err, "type-error"))
            bad_cells.append(key_s)
        elif isinstance(value, str) and f.enum is None and f.pattern is None:
            # free text only: an id or a vocabulary word cut short fails its own check, and
            # CONTRIBUTING.md's example explains such fields in comments after them
            dropped = _dropped_comment(mapping, key, lines)
            if dropped:
                comment_line, comment = dropped
                problems.append(Problem(display, comment_line, origin.record_id, key_s,
                                        f"a ' #' starts a YAML comment: the rest of the line ({_short(comment)}) was "
                                        f"dropped, leaving {_short(value)}; put the whole value in quotes, "
                                        "or move the comment to a line of its own", "yaml-comment"))
                bad_cells.append(key_s)
        builder_row[key_s] = cell


#: A plain scalar as written: after any anchor or tag, up to a space, a comma, a closing bracket or a comment.
_WRITTEN = re.compile(r"(?:[&!]\S*\s+)*([^\s,\]}#]+)")


def _written(mapping: Any, key: Any, lines: list[str] | None) -> str | None:
    """How the value of ``key`` is written in the file (a plain scalar's text), or None when not known."""
    try:
        line, col = mapping.lc.value(key)
    except (AttributeError, KeyError, TypeError, ValueError):
        return None
    if lines is None or line is None or not 0 <= line < len(lines):
        return None
    m = _WRITTEN.match(lines[line], col)
    return m.group(1) if m else None


def _dropped_comment(mapping: Any, key: Any, lines: list[str] | None) -> tuple[int, str] | None:
    """The comment YAML cut from the line of an unquoted value: ``(line, comment)``, or None.

    ruamel keeps a comment after a value with the value's key; one that
    starts the line below starts with a line break instead of ``#``.
    """
    tokens = getattr(getattr(mapping, "ca", None), "items", {}).get(key)
    token = tokens[2] if tokens and len(tokens) > 2 else None
    comment = getattr(token, "value", None)
    if not isinstance(comment, str) or not comment.startswith("#"):
        return None
    try:
        line, col = mapping.lc.value(key)
        if lines is not None and lines[line][col:col + 1] in ("\"", "'", "|", ">"):
            return None  # a quoted or block value is whole: the comment after it is only a comment
    except (AttributeError, KeyError, TypeError, ValueError, IndexError):
        return None
    return token.start_mark.line + 1, comment.split("\n", 1)[0].rstrip()


def _short(value: str) -> str:
    return repr(value if len(value) <= 40 else value[:37] + "...")


def _safe_source_path(root: Path, rel: str) -> str | None:
    """Why a registered path is unsafe, or None when it stays inside the repository."""
    p = Path(rel)
    if p.is_absolute() or rel.startswith(("/", "\\")) or (len(rel) > 1 and rel[1] == ":"):
        return "is an absolute path; give it relative to the repository root (seeds/texts/...)"
    if ".." in p.parts:
        return "contains '..'; source texts must live under seeds/texts/"
    full = root / p
    try:
        resolved = full.resolve(strict=False)
        inside = resolved.is_relative_to((root / "seeds" / "texts").resolve())
    except (OSError, RuntimeError):
        return "cannot be resolved (a symlink loop?)"
    if full.is_symlink() or not inside:
        return "is a symlink or leads outside seeds/texts/; copy the text into seeds/texts/ instead"
    return None


def load_inputs(root: Path) -> Inputs:
    """Read every input under ``root/seeds`` into string tables.

    Never raises for bad input: unreadable files, bad YAML, unknown fields,
    quotes that cannot be placed and files that do not match their registered
    checksum all become :class:`Problem` entries in ``Inputs.problems``.
    A file that others depend on and that cannot be read (the registry, the
    actor list, a source text) is reported once; what depends on it is not
    reported again (see :class:`Inputs`), and everything else is still checked.
    """
    loader = _Loader(Path(root))
    loader.read_sources()
    loader.read_actors()
    cur_dir = loader.root / "seeds" / "curated"
    files = sorted(cur_dir.glob("*.yaml")) + sorted(cur_dir.glob("*.yml")) if cur_dir.is_dir() else []
    for path in files:
        loader.read_record_file(path)
    loader.note_unchecked()
    return loader.inputs()


_OFFSETS = ("quote_start", "quote_end")
#: The order in which files are reported: those others depend on first, so a cause comes before what it causes.
_RANK_SOURCES, _RANK_ACTORS, _RANK_TEXTS, _RANK_RECORDS = range(4)


class _Loader:
    """Reads the seeds of one repository: rows, their origins, problems, and what could not be checked."""

    def __init__(self, root: Path):
        self.root = root
        self.problems: list[Problem] = []
        self.builders = {t: _TableBuilder(t) for t in TABLES}
        self.reported: set[tuple[str, int, str]] = set()
        self.texts: dict[str, str] = {}
        self.published: dict[str, str | None] = {}  # source id -> its published date as written
        self.unread: set[str] = set()  # "sources"/"actors" when that file could not be read at all
        self.cause: dict[tuple[str, str], int] = {}  # ("table", name) or ("text", source id) -> index of its problem
        self.unchecked: dict[str, list[str]] = {}  # source id -> record files whose quotes its text could not check
        self.ranks: dict[str, int] = {}

    def inputs(self) -> Inputs:
        return Inputs(root=self.root, tables={t: b.to_arrow() for t, b in self.builders.items()},
                      origins={t: b.origins for t, b in self.builders.items()}, texts=self.texts,
                      problems=self.problems, reported=self.reported, unread=self.unread, ranks=self.ranks)

    def display(self, rel: str, rank: int) -> str:
        disp = _display(self.root, rel)
        self.ranks.setdefault(disp, rank)
        return disp

    def add_cause(self, key: tuple[str, str], problem: Problem) -> None:
        """Report ``problem`` as the reason ``key`` (``("table", name)`` or ``("text", source id)``) is not available."""
        self.problems.append(problem)
        self.cause[key] = len(self.problems) - 1

    def amend_cause(self, key: tuple[str, str], note: str) -> None:
        """Add to the problem of an unavailable file what it kept from being checked."""
        if key in self.cause:
            i = self.cause[key]
            self.problems[i] = replace(self.problems[i], message=f"{self.problems[i].message}; {note}")

    # --- seeds/sources.yaml and the texts ---

    def read_sources(self) -> None:
        disp = self.display("seeds/sources.yaml", _RANK_SOURCES)
        try:
            doc, text = load_yaml_text(self.root / "seeds" / "sources.yaml", disp)
        except ReadError as exc:
            self.unread.add("sources")
            self.add_cause(("table", "sources"), exc.problem)
            return
        if doc is None:
            doc = []
        if not isinstance(doc, list):
            self.unread.add("sources")
            self.add_cause(("table", "sources"), Problem(disp, yaml_line(doc) or 1, None, None,
                                                         "expected a list of sources (each entry starting with "
                                                         "'- source_id:')", "structure-error"))
            return
        lines = text.split("\n")
        for i, entry in enumerate(doc):
            line = yaml_line(doc, i)
            if not isinstance(entry, dict):
                self.problems.append(Problem(disp, line, None, None, "each source must be a mapping of field: value",
                                             "structure-error"))
                continue
            self.read_source(disp, line, entry, lines)

    def read_source(self, disp: str, line: int | None, entry: dict, lines: list[str]) -> None:
        """One registry entry: its row, and its text when the entry names one safely."""
        origin = Origin(disp, line, str(entry.get("source_id")) if entry.get("source_id") is not None else None)
        row: dict[str, str | None] = {}
        bad: list[str] = []
        _cells("sources", entry, disp, origin, row, self.problems, bad, lines=lines)
        idx = self.builders["sources"].add(row, origin)
        self.reported.update(("sources", idx, b) for b in bad)
        sid, rel = row.get("source_id"), row.get("path")
        if not sid:
            return
        self.published[sid] = row.get("published")
        if not rel:
            return
        unsafe = _safe_source_path(self.root, rel)
        if unsafe:
            self.add_cause(("text", sid), Problem(disp, origin.line_of("path"), sid, "path", f"{rel!r} {unsafe}",
                                                  "path-error"))
            self.reported.add(("sources", idx, "path"))
            return
        text = self.read_source_text(sid, rel, origin, idx)
        if text is not None:
            self.texts[sid] = unicodedata.normalize("NFC", text)

    def read_source_text(self, sid: str, rel: str, origin: Origin, idx: int) -> str | None:
        """The text a registry entry names, checked against its sha256 and for NFC; None when it cannot be read."""
        text_disp = self.display(rel, _RANK_TEXTS)
        try:
            text = read_text(self.root / rel, text_disp)
        except ReadError as exc:
            if exc.problem.type == "file-error" and not (self.root / rel).exists():
                # nothing to open: point at the registry entry that names the file
                self.add_cause(("text", sid), Problem(origin.path, origin.line_of("path"), sid, "path",
                                                      f"{rel} does not exist; add the text there or correct the path",
                                                      "file-error"))
                self.reported.add(("sources", idx, "path"))
            else:
                self.add_cause(("text", sid), exc.problem)
            return None
        digest = hashlib.sha256((self.root / rel).read_bytes()).hexdigest()
        sha = self.builders["sources"].rows[idx].get("sha256")
        if sha and digest != sha:
            self.problems.append(Problem(origin.path, origin.line_of("sha256"), sid, "sha256",
                                         f"does not match {rel} (file has {digest}); the text was changed after it was "
                                         "registered: restore it, or register the new text as a new source", "hash-error"))
        if not unicodedata.is_normalized("NFC", text):
            # quotes are found in the NFC text, so offsets into this file would be off after every merged character
            lines = text.split("\n")
            line = next((n for n, ln in enumerate(lines, start=1) if not unicodedata.is_normalized("NFC", ln)), 1)
            self.problems.append(Problem(text_disp, line, None, None,
                                         "is not in Unicode NFC: it has decomposed characters (e.g. 'a' + combining "
                                         "diaeresis instead of 'ä'), and quote offsets count composed ones; register "
                                         "it with nkru-data add-source, which normalises it (or convert it to NFC "
                                         "and update its sha256)", "encoding-error"))
        return text

    # --- seeds/actors.csv ---

    def read_actors(self) -> None:
        disp = self.display("seeds/actors.csv", _RANK_ACTORS)
        try:
            header, rows, broken = read_csv(self.root / "seeds" / "actors.csv", disp)
        except ReadError as exc:
            self.unread.add("actors")
            self.add_cause(("table", "actors"), exc.problem)
            return
        known = set(schema("actors").field_names)
        for col in header:
            if col not in known:
                self.problems.append(Problem(disp, 1, None, col, f"unknown column{_suggest(col, known)}", "extra-label"))
        for line, cells in rows:
            row = {h: (c if c != "" else None) for h, c in zip(header, cells) if h in known}
            self.builders["actors"].add(row, Origin(disp, line, row.get("actor_id")))
        key = schema("actors").primary_key
        for problem, cells in broken:
            # the row's problem is its one message (its cells are not judged: they may be shifted);
            # its id still counts as known, so records that name it are not reported as dangling
            self.problems.append(problem)
            row = {h: c for h, c in zip(header, cells) if h in key and c != ""}
            idx = self.builders["actors"].add(row, Origin(disp, problem.line, row.get("actor_id")))
            self.reported.update(("actors", idx, f) for f in known)

    # --- seeds/curated/*.yaml ---

    def read_record_file(self, path: Path) -> None:
        disp = self.display(path.relative_to(self.root).as_posix(), _RANK_RECORDS)
        try:
            doc, text = load_yaml_text(path, disp)
        except ReadError as exc:
            self.problems.append(exc.problem)
            return
        sid = self.record_file_source(path, disp, doc)
        if sid is None:
            return
        records = doc.get("records")
        if records is None:
            records = []
        if not isinstance(records, list):
            self.problems.append(Problem(disp, yaml_line(doc, "records"), None, "records",
                                         "expected a list of records (each starting with '- table:')", "structure-error"))
            return
        lines = text.split("\n")
        per_table: dict[str, int] = {}
        for i, rec in enumerate(records):
            self.read_record(disp, lines, sid, records, i, rec, per_table)

    def record_file_source(self, path: Path, disp: str, doc: Any) -> str | None:
        """The source id a record file names, after checking the file's top level; None when there is none."""
        if not isinstance(doc, dict):
            self.problems.append(Problem(disp, yaml_line(doc) or 1, None, None,
                                         "expected a mapping with 'source_id:' and 'records:' at the top", "structure-error"))
            return None
        for key in doc:
            if key not in ("source_id", "records"):
                self.problems.append(Problem(disp, yaml_line(doc, key), None, str(key),
                                             f"unknown top-level key{_suggest(str(key), ['source_id', 'records'])}; "
                                             "a record file has 'source_id' and 'records'", "structure-error"))
        sid = doc.get("source_id")
        if not isinstance(sid, str) or not sid:
            self.problems.append(Problem(disp, yaml_line(doc, "source_id") or 1, None, "source_id",
                                         "missing: name the source these records quote", "structure-error"))
            return None
        if "sources" not in self.unread and sid not in self.published:
            # said once here; the records are still checked, but not against a source
            self.problems.append(Problem(disp, yaml_line(doc, "source_id"), None, "source_id",
                                         f"{sid!r} is not a registered source in seeds/sources.yaml"
                                         f"{_suggest(sid, self.published)}", "foreign-key"))
        if path.stem != sid:
            self.problems.append(Problem(disp, yaml_line(doc, "source_id"), None, "source_id",
                                         f"{sid!r} does not match the file name; name the file {sid}.yaml", "structure-error"))
        return sid

    def read_record(self, disp: str, lines: list[str], sid: str, records: list, i: int, rec: Any,
                    per_table: dict[str, int]) -> None:
        """One record of a record file: its row, with the defaults, offsets and id filled in."""
        line = yaml_line(records, i)
        if not isinstance(rec, dict):
            kind = "list" if isinstance(rec, list) else type(rec).__name__
            self.problems.append(Problem(disp, line, None, None,
                                         f"record {i + 1} is a {kind}; each record must be a mapping of field: value",
                                         "structure-error"))
            return
        line = yaml_line(rec) or line
        table = rec.get("table")
        if table not in RECORD_TABLES:
            what = "missing" if table is None else f"{table!r} is not a record table"
            self.problems.append(Problem(disp, yaml_line(rec, "table") or line, None, "table",
                                         f"{what}; use one of {', '.join(RECORD_TABLES)}{_suggest(str(table), RECORD_TABLES)}",
                                         "structure-error"))
            return
        per_table[table] = per_table.get(table, 0) + 1
        origin = Origin(disp, line, _record_label(rec, table, per_table[table]))
        row: dict[str, str | None] = {}
        bad: list[str] = []
        if "source_id" in rec:
            self.problems.append(Problem(disp, yaml_line(rec, "source_id"), origin.record_id, "source_id",
                                         "is set by the file's top-level source_id; remove it here", "extra-field"))
        _cells(table, rec, disp, origin, row, self.problems, bad, skip=FILE_ONLY_KEYS + ("source_id",), lines=lines)
        row["source_id"] = sid
        if row.get("method") is None:
            row["method"] = "curated"
        if sid not in self.published:
            bad.append("source_id")  # an unknown source is reported once, at the file's source_id or in the registry
        self.default_reported_date(sid, row, bad)
        self.place_quote(disp, sid, rec, origin, row, bad)
        if row.get("record_id") is None:
            row["record_id"] = _computed_id(table, row)
            if row["record_id"] is None:
                bad.append("record_id")  # no id without offsets; why there are none is reported already
        idx = self.builders[table].add(row, origin)
        self.reported.update((table, idx, b) for b in bad)

    def default_reported_date(self, sid: str, row: dict, bad: list[str]) -> None:
        """A record without ``reported_date`` takes its source's published date, when that is a real date."""
        if row.get("reported_date") is not None:
            return
        published = self.published.get(sid)
        try:
            row["reported_date"] = parse_partial_date(published) if published is not None else None
        except ValueError:
            pass
        if row.get("reported_date") is None:
            bad.append("reported_date")  # the registry, the source or its date is at fault, and reported there once

    def place_quote(self, disp: str, sid: str, rec: dict, origin: Origin, row: dict, bad: list[str]) -> None:
        """Check the quote against the source text and fill in its offsets (``bad`` gets what cannot be judged)."""
        occ = rec.get("occurrence")
        if occ is not None and (isinstance(occ, bool) or not isinstance(occ, int)):
            self.problems.append(Problem(disp, yaml_line(rec, "occurrence"), origin.record_id, "occurrence",
                                         f"{occ!r} is not a whole number", "type-error"))
            occ = None
        quote = row.get("quote")
        if not quote:  # "is required" is the one message; offsets and id cannot exist without it
            bad += [k for k in _OFFSETS if row.get(k) is None]
            return
        start, end, invalid = _given_offsets(row, bad)
        text = self.texts.get(sid)
        if text is None:  # the text cannot be read, or the source is unknown: said once, there
            files = self.unchecked.setdefault(sid, [])
            if disp not in files:
                files.append(disp)
            bad += [k for k in _OFFSETS if row.get(k) is None]
            return
        try:
            s, e = locate_quote(text, quote, occurrence=occ, start=None if invalid else start,
                                end=None if invalid else end)
        except QuoteError as exc:
            self.problems.append(Problem(disp, origin.line_of("quote"), origin.record_id, "quote", str(exc), "quote-error"))
            bad += [k for k in _OFFSETS if k not in invalid]
            return
        for k, v in zip(_OFFSETS, (s, e)):
            if k not in invalid and (not invalid or row.get(k) is None):  # (a given offset stays as given)
                row[k] = str(v)

    def note_unchecked(self) -> None:
        """Say once, in the problem of each unreadable file others depend on, what was not checked for want of it."""
        if any(self.builders[t].rows for t in RECORD_TABLES):
            if "sources" in self.unread:
                self.amend_cause(("table", "sources"), "until it is fixed, the record files' source ids, and their "
                                                       "quotes and dates against their sources, are not checked")
            if "actors" in self.unread:
                self.amend_cause(("table", "actors"), "until it is fixed, the records' references to actors are not checked")
        for sid, files in self.unchecked.items():
            self.amend_cause(("text", sid), f"the quotes in {_files(files)} could not be checked against it")


def _record_label(rec: dict, table: str, n: int) -> str:
    """How problems name a record: the record_id the file gives, or its table and number among that table's records
    in the file (``deliveries[2]``), so it can be found in the file (a computed id appears nowhere in it)."""
    given = rec.get("record_id")
    return given if isinstance(given, str) and given.strip() else f"{table}[{n}]"


def _computed_id(table: str, row: dict) -> str | None:
    """The record's stable id, or None when its offsets are missing or not whole numbers."""
    try:
        typed = {**row, **{k: int(row[k]) for k in _OFFSETS}}
    except (KeyError, TypeError, ValueError):
        return None
    return record_id(table, typed)


def _given_offsets(row: dict, bad: list[str]) -> tuple[int | None, int | None, list[str]]:
    """The offsets a record gives, and which of them are not whole numbers (``quote_end: abc``, ``1.5``).

    Those are reported by the checks (or, for a value YAML read as a
    non-integer, already by :func:`_cells`); the quote is then placed as if
    no offsets were given.
    """
    values, invalid = [], []
    for k in _OFFSETS:
        v = row.get(k)
        try:
            values.append(int(v) if v is not None and k not in bad else None)
        except ValueError:
            values.append(None)
            invalid.append(k)
        if k in bad:
            invalid.append(k)
    return values[0], values[1], invalid


def _files(files: list[str]) -> str:
    """Record files named in a sentence: all when there are few."""
    return ", ".join(files) if len(files) <= 3 else f"{', '.join(files[:3])} and {len(files) - 3} more"
