"""Extraction over files and folders, on one or several cores."""

from __future__ import annotations

import os
import re
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Sequence

from ..dates import parse_partial_date
from ..errors import NkruError

__all__ = ["FileResult", "collect_files", "extract_files", "read_article", "source_id_for"]

_SOURCE_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
#: Larger than any news article, small enough that a stray binary is refused quickly.
MAX_TEXT_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class FileResult:
    """The records extracted from one file."""

    path: str
    source_id: str
    records: list


def source_id_for(path: Path) -> str:
    """The file name without ``.txt`` when it is a valid source id (``dlf-2024-10-22.txt``), else ``unregistered``."""
    stem = path.name[:-4] if path.name.endswith(".txt") else path.stem
    return stem if _SOURCE_ID.fullmatch(stem) else "unregistered"


def collect_files(paths: Iterable[str | Path]) -> list[Path]:
    """Files to read: each file as given, each folder's ``*.txt`` files (recursively, sorted).

    Raises :class:`NkruError` for a path that does not exist.
    """
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out += sorted(f for f in p.rglob("*.txt") if f.is_file())
        elif p.is_file():
            out.append(p)
        else:
            raise NkruError(f"{p}: no such file or folder")
    return out


def read_article(path: Path) -> str:
    """The text of a file as strict UTF-8, exactly as stored (offsets index its NFC form).

    Raises :class:`NkruError` naming the file when it cannot be read, is
    too large, or is not UTF-8 text.
    """
    try:
        size = path.stat().st_size
        if size > MAX_TEXT_BYTES:
            raise NkruError(f"{path}: {size / 1e6:.0f} MB is too large for one article (limit {MAX_TEXT_BYTES / 1e6:.0f} MB)")
        data = path.read_bytes()
    except OSError as exc:
        raise NkruError(f"{path}: cannot be read ({exc.strerror})") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise NkruError(f"{path}:{line}: not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
                        "convert the file to UTF-8") from None


def _one(args: tuple[str, str]) -> FileResult:
    from .core import extract

    path, published = args
    p = Path(path)
    text = read_article(p)
    sid = source_id_for(p)
    return FileResult(path, sid, extract(text, published=published, source_id=sid))


def extract_files(paths: Sequence[str | Path], *, published: str, jobs: int = 1,
                  on_done: Callable[[FileResult], None] | None = None) -> list[FileResult]:
    """Extract from every file (folders give their ``*.txt`` files), in the order given.

    ``jobs`` > 1 runs that many worker processes (0 means one per core).
    ``on_done`` is called once per finished file (for a progress bar).
    Each file must be UTF-8 text; a file that is not stops the run with a
    one-line :class:`NkruError` naming it. ``published`` must be a partial
    date (``NkruError`` otherwise).
    """
    try:
        published = parse_partial_date(published)
    except ValueError as exc:
        raise NkruError(f"--published: {exc}") from None
    files = [str(f) for f in collect_files(paths)]
    jobs = (os.cpu_count() or 1) if jobs == 0 else max(1, jobs)
    results: list[FileResult] = []
    if jobs == 1 or len(files) < 2:
        for f in files:
            r = _one((f, published))
            results.append(r)
            if on_done:
                on_done(r)
        return results
    with ProcessPoolExecutor(max_workers=min(jobs, len(files))) as pool:
        for r in pool.map(_one, [(f, published) for f in files], chunksize=max(1, len(files) // (jobs * 8))):
            results.append(r)
            if on_done:
                on_done(r)
    return results
