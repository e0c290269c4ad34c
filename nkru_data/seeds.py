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
"""

from __future__ import annotations

import hashlib
import os
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa

from .check import _suggest
from .errors import Problem
from .ids import record_id
from .quotes import QuoteError, locate_quote
from .readers import ReadError, load_yaml, read_csv, read_text, yaml_line, yaml_scalar_to_cell
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
           bad_cells: list[str], skip: tuple[str, ...] = ()) -> None:
    """Copy a YAML mapping's fields into ``builder_row``, reporting unknown keys and unusable values."""
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
        cell, err = yaml_scalar_to_cell(value, integer=f.type == "integer", partial_date=f.partial_date)
        if err:
            problems.append(Problem(display, line, origin.record_id, key_s, err, "type-error"))
            bad_cells.append(key_s)
        builder_row[key_s] = cell


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
    """
    root = Path(root)
    problems: list[Problem] = []
    builders = {t: _TableBuilder(t) for t in TABLES}
    reported: set[tuple[str, int, str]] = set()
    texts: dict[str, str] = {}
    published: dict[str, str | None] = {}

    # sources.yaml
    src_disp = _display(root, "seeds/sources.yaml")
    try:
        doc = load_yaml(root / "seeds" / "sources.yaml", src_disp)
    except ReadError as exc:
        problems.append(exc.problem)
        doc = []
    if doc is None:
        doc = []
    if not isinstance(doc, list):
        problems.append(Problem(src_disp, yaml_line(doc) or 1, None, None,
                                "expected a list of sources (each entry starting with '- source_id:')", "structure-error"))
        doc = []
    for i, entry in enumerate(doc):
        line = yaml_line(doc, i)
        if not isinstance(entry, dict):
            problems.append(Problem(src_disp, line, None, None, "each source must be a mapping of field: value", "structure-error"))
            continue
        origin = Origin(src_disp, line, str(entry.get("source_id")) if entry.get("source_id") is not None else None)
        row: dict[str, str | None] = {}
        bad: list[str] = []
        _cells("sources", entry, src_disp, origin, row, problems, bad)
        idx = builders["sources"].add(row, origin)
        reported.update(("sources", idx, b) for b in bad)
        sid, rel = row.get("source_id"), row.get("path")
        published[sid] = row.get("published") if sid else None
        if not sid or not rel:
            continue
        unsafe = _safe_source_path(root, rel)
        if unsafe:
            problems.append(Problem(src_disp, origin.line_of("path"), sid, "path", f"{rel!r} {unsafe}", "path-error"))
            reported.add(("sources", idx, "path"))
            continue
        text_disp = _display(root, rel)
        try:
            text = read_text(root / rel, text_disp)
        except ReadError as exc:
            if exc.problem.type == "file-error" and not (root / rel).exists():
                # nothing to open: point at the registry entry that names the file
                problems.append(Problem(src_disp, origin.line_of("path"), sid, "path",
                                        f"{rel} does not exist; add the text there or correct the path", "file-error"))
                reported.add(("sources", idx, "path"))
            else:
                problems.append(exc.problem)
            continue
        digest = hashlib.sha256((root / rel).read_bytes()).hexdigest()
        if row.get("sha256") and digest != row["sha256"]:
            problems.append(Problem(src_disp, origin.line_of("sha256"), sid, "sha256",
                                    f"does not match {rel} (file has {digest}); the text was changed after it was "
                                    "registered: restore it, or register the new text as a new source", "hash-error"))
        texts[sid] = unicodedata.normalize("NFC", text)

    # actors.csv
    act_disp = _display(root, "seeds/actors.csv")
    try:
        header, rows = read_csv(root / "seeds" / "actors.csv", act_disp)
    except ReadError as exc:
        problems.append(exc.problem)
        header, rows = [], []
    known = set(schema("actors").field_names)
    for col in header:
        if col not in known:
            problems.append(Problem(act_disp, 1, None, col, f"unknown column{_suggest(col, known)}", "extra-label"))
    for line, cells in rows:
        row = {h: (c if c != "" else None) for h, c in zip(header, cells) if h in known}
        builders["actors"].add(row, Origin(act_disp, line, row.get("actor_id")))

    # curated record files
    cur_dir = root / "seeds" / "curated"
    files = sorted(cur_dir.glob("*.yaml")) + sorted(cur_dir.glob("*.yml")) if cur_dir.is_dir() else []
    for path in files:
        _load_record_file(root, path, builders, texts, published, problems, reported)

    tables = {t: b.to_arrow() for t, b in builders.items()}
    origins = {t: b.origins for t, b in builders.items()}
    return Inputs(root=root, tables=tables, origins=origins, texts=texts, problems=problems, reported=reported)


def _load_record_file(root: Path, path: Path, builders: dict[str, _TableBuilder], texts: dict[str, str],
                      published: dict[str, str | None], problems: list[Problem], reported: set) -> None:
    rel = path.relative_to(root).as_posix()
    disp = _display(root, rel)
    try:
        doc = load_yaml(path, disp)
    except ReadError as exc:
        problems.append(exc.problem)
        return
    if not isinstance(doc, dict):
        problems.append(Problem(disp, yaml_line(doc) or 1, None, None,
                                "expected a mapping with 'source_id:' and 'records:' at the top", "structure-error"))
        return
    for key in doc:
        if key not in ("source_id", "records"):
            problems.append(Problem(disp, yaml_line(doc, key), None, str(key),
                                    f"unknown top-level key{_suggest(str(key), ['source_id', 'records'])}; "
                                    "a record file has 'source_id' and 'records'", "structure-error"))
    sid = doc.get("source_id")
    if not isinstance(sid, str) or not sid:
        problems.append(Problem(disp, yaml_line(doc, "source_id") or 1, None, "source_id",
                                "missing: name the source these records quote", "structure-error"))
        return
    if sid not in published:
        problems.append(Problem(disp, yaml_line(doc, "source_id"), None, "source_id",
                                f"{sid!r} is not a registered source in seeds/sources.yaml{_suggest(sid, published)}",
                                "foreign-key"))
        return
    if path.stem != sid:
        problems.append(Problem(disp, yaml_line(doc, "source_id"), None, "source_id",
                                f"{sid!r} does not match the file name; name the file {sid}.yaml", "structure-error"))
    records = doc.get("records")
    if records is None:
        records = []
    if not isinstance(records, list):
        problems.append(Problem(disp, yaml_line(doc, "records"), None, "records",
                                "expected a list of records (each starting with '- table:')", "structure-error"))
        return
    text = texts.get(sid)
    for i, rec in enumerate(records):
        line = yaml_line(records, i)
        if not isinstance(rec, dict):
            kind = "list" if isinstance(rec, list) else type(rec).__name__
            problems.append(Problem(disp, line, None, None,
                                    f"record {i + 1} is a {kind}; each record must be a mapping of field: value",
                                    "structure-error"))
            continue
        line = yaml_line(rec) or line
        table = rec.get("table")
        if table not in RECORD_TABLES:
            what = "missing" if table is None else f"{table!r} is not a record table"
            problems.append(Problem(disp, yaml_line(rec, "table") or line, None, "table",
                                    f"{what}; use one of {', '.join(RECORD_TABLES)}{_suggest(str(table), RECORD_TABLES)}",
                                    "structure-error"))
            continue
        label = f"{table}[{i + 1}]"
        origin = Origin(disp, line, label)
        row: dict[str, str | None] = {}
        bad: list[str] = []
        if "source_id" in rec:
            problems.append(Problem(disp, yaml_line(rec, "source_id"), label, "source_id",
                                    "is set by the file's top-level source_id; remove it here", "extra-field"))
        _cells(table, rec, disp, origin, row, problems, bad, skip=FILE_ONLY_KEYS + ("source_id",))
        row["source_id"] = sid
        row.setdefault("method", "curated")
        if row.get("method") is None:
            row["method"] = "curated"
        if row.get("reported_date") is None and published.get(sid):
            row["reported_date"] = published[sid]
        occ = rec.get("occurrence")
        if occ is not None and (isinstance(occ, bool) or not isinstance(occ, int)):
            problems.append(Problem(disp, yaml_line(rec, "occurrence"), label, "occurrence",
                                    f"{occ!r} is not a whole number", "type-error"))
            occ = None
        quote = row.get("quote")
        if not quote:  # "is required" is the one message; offsets and id cannot exist without it
            bad += ["quote_start", "quote_end", "record_id"]
        if text is not None and quote and "quote" not in bad:
            try:
                start = int(row["quote_start"]) if row.get("quote_start") not in (None, "") else None
                end = int(row["quote_end"]) if row.get("quote_end") not in (None, "") else None
            except ValueError:
                start = end = None  # the checker reports the type error
                bad += ["quote_start", "quote_end"]
            try:
                s, e = locate_quote(text, quote, occurrence=occ, start=start, end=end)
                row["quote_start"], row["quote_end"] = str(s), str(e)
            except QuoteError as exc:
                problems.append(Problem(disp, origin.line_of("quote"), label, "quote", str(exc), "quote-error"))
                bad += ["quote_start", "quote_end", "record_id"]
        if row.get("quote_start") is not None and row.get("record_id") is None:
            try:
                typed = {k: (int(v) if k in ("quote_start", "quote_end") else v) for k, v in row.items()}
                row["record_id"] = record_id(table, typed)
            except ValueError:
                pass
        if row.get("record_id") is not None:
            origin.record_id = row["record_id"]
        idx = builders[table].add(row, origin)
        reported.update((table, idx, b) for b in bad)
