"""``validate``: check the seeds of a repository, or a published data package.

Both paths run the same vectorised schema checks (:mod:`nkru_data.check`);
the seeds path adds what only the inputs can tell (checksums of the source
texts, quotes found at their offsets, file-level problems).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa

from .check import Finding, check_dates, check_foreign_keys, check_table
from .errors import NkruError, Problem
from .schemas import TABLES

__all__ = ["validate", "Report"]


@dataclass
class Report:
    """The outcome of :func:`validate`: every problem, and what was checked.

    ``counts`` maps table name to number of rows; ``by_source`` maps table to
    ``{source_id: rows}`` for the claim tables (empty for a data package).
    """

    target: str
    problems: list[Problem] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    by_source: dict[str, dict[str, int]] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems

    def __str__(self) -> str:
        return "\n".join(str(p) for p in self.problems)


def validate(path: str | os.PathLike = ".") -> Report:
    """Check every input of a repository (``path`` holding ``seeds/``, or the ``seeds`` folder itself), or a
    data package (``path`` to a ``datapackage.json`` or a folder holding one).

    Returns a :class:`Report` listing all problems found in one pass; it does
    not raise for bad data. Raises :class:`~nkru_data.errors.NkruError` only
    when ``path`` is neither kind of target.
    """
    p = Path(path)
    if p.is_file() and p.name.endswith(".json"):
        return _validate_package(p)
    if p.is_dir() and (p / "seeds").is_dir():
        return _validate_seeds(p)
    if p.is_dir() and p.name == "seeds":
        return _validate_seeds(p.parent)
    if p.is_dir() and (p / "datapackage.json").is_file():
        return _validate_package(p / "datapackage.json")
    if not p.exists():
        raise NkruError(f"{path}: no such file or directory")
    raise NkruError(f"{path}: not a repository with seeds/, a seeds/ folder, or a datapackage.json")


_FIRST_ROW = re.compile(r"repeats the value of data row (\d+)$")


def _validate_seeds(root: Path) -> Report:
    from .seeds import load_inputs

    inputs = load_inputs(root)
    findings: list[Finding] = []
    for name in TABLES:
        findings += check_table(name, inputs.tables[name])
    findings += check_foreign_keys(inputs.tables)
    findings += check_dates(inputs.tables)
    problems = list(inputs.problems)
    for f in findings:
        if f.row is not None and (f.table, f.row, f.field) in inputs.reported:
            continue
        origin = inputs.origins[f.table][f.row] if f.row is not None else None
        if origin is None:
            problems.append(Problem(path=f.table, message=f"{f.field}: {f.message}", type=f.type, resource=f.table))
            continue
        message = f.message
        first = _FIRST_ROW.search(message) if f.type in ("primary-key", "unique-error") else None
        if first and int(first.group(1)) <= len(inputs.origins[f.table]):
            # "data row N" means nothing in a YAML file: name where the first one is written
            seen = inputs.origins[f.table][int(first.group(1)) - 1]
            message = message[:first.start()] + f"is used already at {seen.path}:{seen.line_of(f.field)}"
        problems.append(Problem(origin.path, origin.line_of(f.field), origin.record_id, f.field, message, f.type,
                                resource=f.table, row=f.row + 2))
    problems.sort(key=lambda p: (p.path, p.line or 0, p.field or "", p.message))
    report = Report(target=str(root), problems=problems, counts={t: inputs.tables[t].num_rows for t in TABLES})
    registered = [s for s in inputs.tables["sources"].column("source_id").to_pylist() if s]
    for name in TABLES[2:]:
        counts: dict[str, int] = dict.fromkeys(registered, 0)
        for sid in inputs.tables[name].column("source_id").to_pylist():
            counts[sid] = counts.get(sid, 0) + 1
        report.by_source[name] = counts
    return report


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _validate_package(descriptor: Path) -> Report:
    """Check a data package's CSV resources against the schemas it declares (ours, by resource name)."""
    import pyarrow.csv as pacsv

    disp = os.path.relpath(descriptor)
    report = Report(target=disp)
    try:
        pkg = json.loads(descriptor.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        report.problems.append(Problem(disp, getattr(exc, "lineno", None), message=f"cannot read the descriptor: {exc}", type="package-error"))
        return report
    if not isinstance(pkg, dict) or not isinstance(pkg.get("resources"), list):
        report.problems.append(Problem(disp, message="not a data package descriptor (no 'resources' list)", type="package-error"))
        return report
    base = descriptor.parent
    tables: dict[str, pa.Table] = {}
    files: dict[str, tuple[Path, str]] = {}
    for res in pkg["resources"]:
        name = res.get("name") if isinstance(res, dict) else None
        if name not in TABLES:
            continue
        rel = res.get("path")
        if not isinstance(rel, str) or Path(rel).is_absolute() or ".." in Path(rel).parts:
            report.problems.append(Problem(disp, record_id=name, field="path", message=f"{rel!r} is not a relative path inside the package", type="package-error"))
            continue
        path = base / rel
        rdisp = os.path.relpath(path)
        if not path.is_file():
            report.problems.append(Problem(rdisp, message="file not found", type="scheme-error", resource=name))
            continue
        if res.get("bytes") is not None and path.stat().st_size != res["bytes"]:
            report.problems.append(Problem(rdisp, message=f"is {path.stat().st_size} bytes, the descriptor says {res['bytes']}", type="byte-count", resource=name))
        expected = str(res.get("hash", "")).removeprefix("sha256:")
        if expected and _sha256(path) != expected:
            report.problems.append(Problem(rdisp, message="sha256 does not match the descriptor's hash", type="hash-count", resource=name))
        try:
            data, bad_rows = _read_csv_strings(path)
        except (pa.ArrowInvalid, OSError, UnicodeDecodeError) as exc:
            report.problems.append(Problem(rdisp, message=f"cannot be read as CSV: {str(exc).splitlines()[0]}", type="source-error", resource=name))
            continue
        for row_number, message, kind in bad_rows:
            report.problems.append(Problem(rdisp, None, None, None, message, kind, resource=name, row=row_number))
        tables[name] = data
        files[name] = (path, rdisp)
    findings: list[Finding] = []
    for name, data in tables.items():
        findings += check_table(name, data)
    findings += check_foreign_keys(tables)
    findings += check_dates(tables)
    lines: dict[str, list[int]] = {}
    for f in findings:
        path, rdisp = files[f.table]
        if f.row is None:
            report.problems.append(Problem(rdisp, 1, None, f.field, f.message, f.type, resource=f.table))
            continue
        if f.table not in lines:
            lines[f.table] = _csv_row_lines(path)
        line = lines[f.table][f.row] if f.row < len(lines[f.table]) else None
        rid = tables[f.table].column(0)[f.row].as_py() if tables[f.table].num_columns else None
        report.problems.append(Problem(rdisp, line, rid, f.field, f.message, f.type, resource=f.table, row=f.row + 2))
    report.counts = {n: t.num_rows for n, t in tables.items()}
    report.problems.sort(key=lambda p: (p.path, p.line or 0, p.field or "", p.message))
    return report


def _read_csv_strings(path: Path) -> tuple[pa.Table, list[tuple[int, str, str]]]:
    """Read a CSV with every column as nullable string; rows of the wrong width are reported and skipped."""
    import pyarrow.csv as pacsv

    with path.open("rb") as fh:
        header = fh.readline().decode("utf-8").rstrip("\r\n")
    import csv as _csv
    names = next(_csv.reader([header])) if header else []
    bad: list[tuple[int, str, str]] = []

    def on_invalid(row):
        kind = "extra-cell" if row.actual_columns > row.expected_columns else "missing-cell"
        bad.append((row.number or 0, f"row has {row.actual_columns} cells, expected {row.expected_columns}", kind))
        return "skip"

    data = pacsv.read_csv(
        path,
        read_options=pacsv.ReadOptions(column_names=names, skip_rows=1, use_threads=True),
        parse_options=pacsv.ParseOptions(newlines_in_values=True, invalid_row_handler=on_invalid),
        convert_options=pacsv.ConvertOptions(column_types={n: pa.string() for n in names},
                                            null_values=[""], strings_can_be_null=True, quoted_strings_can_be_null=True),
    )
    return data, bad


def _csv_row_lines(path: Path) -> list[int]:
    """1-based file line of every data row (only computed when a problem needs it)."""
    import csv as _csv

    out = []
    with path.open(encoding="utf-8", newline="") as fh:
        reader = _csv.reader(fh)
        next(reader, None)
        line = reader.line_num + 1
        for _ in reader:
            out.append(line)
            line = reader.line_num + 1
    return out
