"""Loading published releases: versions, Arrow tables, typed records, descriptors, checksums.

Releases are found, in this order, in the ``releases_dir`` argument, the
``NKRU_DATA_RELEASES`` environment variable, the copy bundled in an installed
wheel (``nkru_data/_releases``), or the ``releases/`` folder of a checkout.
A release is a folder named by its version (``0.1.0``) holding a
``datapackage.json``; anything else there (``index.json``, hidden
``.tmp-*`` folders left by an interrupted build) is ignored.

Every file is checked against the sha256 its descriptor lists, and the
descriptor against ``SHA256SUMS`` (which lists every file and works with
``sha256sum -c``); a mismatch anywhere in the release raises
:class:`~nkru_data.errors.NkruError` naming the file.

What is guaranteed: a file is hashed on its first use. A check that passed
is remembered, for the rest of the process and across processes (in
``~/.cache/nkru-data/verified.json``), only while the file's size,
modification time, inode change time (ctime) and inode all stay the same.
Any write to a file, and any ``os.utime`` that sets its modification time
back, moves its ctime, which cannot be set back from user space; so an edit
is found even when size and modification time are restored. (On Windows
``st_ctime`` is the creation time: there only size, modification time and
file id guard the memory.) Across processes a check is remembered only for
files whose times are at least a few seconds old, so that a second write in
the same timestamp tick cannot go unseen. :func:`verify` (``nkru-data
verify``) always hashes every file. Set ``NKRU_DATA_NO_VERIFY_CACHE=1`` to
remember nothing: then every use hashes every file it relies on.

Only ``json``, ``hashlib`` and (when a table is read) ``pyarrow`` are
imported here; pydantic loads only for :func:`records`.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import NkruError, Problem

if TYPE_CHECKING:  # pragma: no cover
    import pyarrow as pa

__all__ = ["versions", "load", "load_all", "records", "package", "verify", "export",
           "releases_path", "latest_version", "parse_version", "SEMVER_RE", "SUMS", "ReleaseFileError"]

SEMVER_RE = re.compile(r"(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)")
ENV_VAR = "NKRU_DATA_RELEASES"
_verified: dict[str, tuple] = {}  # path -> the stamp (see _stamp) of a check that passed
_disk: dict[str, list] | None = None  # the same, remembered across processes (see _remember)
_disk_dirty = False
#: Set this environment variable to remember no passed check: every use hashes every file it relies on.
NO_CACHE_VAR = "NKRU_DATA_NO_VERIFY_CACHE"
#: A file's times must be this old before a passed check is remembered across processes (see _remember).
_SETTLE_NS = 5_000_000_000


def releases_path(releases_dir: str | os.PathLike | None = None) -> Path:
    """The folder releases are read from (see the module docstring for the order)."""
    if releases_dir is not None:
        return Path(releases_dir)
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env)
    from ._resources import data_dir

    return data_dir("releases")


def semver_key(version: str) -> tuple[int, int, int]:
    """Sort key of a ``X.Y.Z`` version string; raises ``ValueError`` for anything else."""
    m = SEMVER_RE.fullmatch(version)
    if not m:
        raise ValueError(f"{version!r} is not a version of the form X.Y.Z (for example 0.1.0)")
    return tuple(int(p) for p in m.groups())  # type: ignore[return-value]


def versions(releases_dir: str | os.PathLike | None = None) -> list[str]:
    """Published versions, oldest first (semantic-version order: 0.9.0 before 0.10.0).

    Returns an empty list when nothing is published yet (the folder does not
    exist or holds no release). Raises :class:`~nkru_data.errors.NkruError`
    when the releases path is a file or cannot be read.
    """
    base = releases_path(releases_dir)
    try:
        names = [e.name for e in os.scandir(base) if e.is_dir() and SEMVER_RE.fullmatch(e.name)]
    except FileNotFoundError:
        return []
    except NotADirectoryError:
        raise NkruError(f"{base}: is not a directory; releases live in a folder of version folders") from None
    except OSError as exc:  # permission denied and the like: the user's setup, not a bug
        raise NkruError(f"{base}: cannot read the releases folder ({exc.strerror or exc})") from None
    return sorted((n for n in names if (base / n / "datapackage.json").is_file()), key=semver_key)


def latest_version(releases_dir: str | os.PathLike | None = None) -> str | None:
    """The newest published version, or None when there is none."""
    found = versions(releases_dir)
    return found[-1] if found else None


def parse_version(version: object) -> str:
    """``version`` as ``X.Y.Z`` (a leading ``v`` dropped, as in ``v0.1.0``).

    Raises :class:`~nkru_data.errors.NkruError` for anything else (``latest``,
    ``0.1``), saying the form and that giving no version means the latest.
    """
    text = str(version).strip().removeprefix("v")
    if not SEMVER_RE.fullmatch(text):
        raise NkruError(f"version {version!r} is not of the form X.Y.Z (for example 0.1.0); "
                        "for the latest release give no version")
    return text


def _resolve(version: str | None, releases_dir) -> tuple[str, Path]:
    """``(version, folder)`` of a published release; ``None`` means the latest. Raises NkruError otherwise."""
    base = releases_path(releases_dir)
    if version is not None:
        version = parse_version(version)  # a malformed version is reported as such, not as "not published"
    found = versions(base)
    if version is None:
        if not found:
            raise NkruError(f"no release is published in {base}")
        version = found[-1]
    if version not in found:
        have = ", ".join(found) if found else "none"
        raise NkruError(f"version {version} is not published in {base} (published: {have})")
    return version, base / version


_descriptors: dict[str, tuple[tuple, dict]] = {}
#: The checksum list of a release (``sha256sum -c SHA256SUMS`` checks it too); it covers datapackage.json.
SUMS = "SHA256SUMS"
_SUMS_LINE = re.compile(r"([0-9a-f]{64})  (\S[^\n]*)")


class ReleaseFileError(NkruError):
    """One file of a release is missing, unreadable or not what its checksum says; ``.path`` names it."""

    def __init__(self, path: Path, reason: str):
        self.path, self.reason = path, reason
        super().__init__(f"{path}: {reason}")


def _sums(folder: Path) -> dict[str, tuple[int, str]]:
    """``SHA256SUMS`` of a release as ``{relative path: (line, sha256)}``."""
    path = folder / SUMS
    try:
        text = path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        raise ReleaseFileError(path, "missing: every release lists the sha256 of its files there; "
                                     "the release is incomplete or was edited") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ReleaseFileError(path, f"cannot be read ({exc}); the release is damaged or was edited") from None
    out: dict[str, tuple[int, str]] = {}
    for n, line in enumerate(text.split("\n")[:-1] if text.endswith("\n") else text.split("\n"), 1):
        m = _SUMS_LINE.fullmatch(line)
        if not m:
            raise ReleaseFileError(path, f"line {n} is not '<sha256>  <file>'; the release is damaged or was edited")
        out[m.group(2)] = (n, m.group(1))
    return out


def _descriptor(folder: Path, *, check_sums: bool = True) -> dict:
    """The checked descriptor of a release; with ``check_sums`` SHA256SUMS must also agree with it."""
    path = folder / "datapackage.json"
    try:
        stamp = _stamp(path.stat(), "") + _stamp((folder / SUMS).stat(), "")
        cached = _descriptors.get(str(path)) if _memory_on() else None
        if cached and cached[0] == stamp:
            return cached[1]
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise ReleaseFileError(Path(exc.filename or path), "missing; the release is incomplete") from None
    except OSError as exc:
        raise ReleaseFileError(path, f"cannot read the release descriptor ({exc.strerror or exc})") from None
    listed = _sums(folder).get("datapackage.json")
    if listed is None or hashlib.sha256(raw).hexdigest() != listed[1]:
        raise ReleaseFileError(path, f"checksum mismatch: the file does not match the sha256 {SUMS} lists; "
                                     "the release is damaged or was edited: reinstall or re-download it")
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ReleaseFileError(path, f"cannot read the release descriptor ({exc})") from None
    if not isinstance(data, dict) or not isinstance(data.get("resources"), list):
        raise ReleaseFileError(path, "not a data package descriptor (no 'resources' list)")
    if check_sums:
        disagree = _check_sums(folder, data)
        if disagree:
            raise ReleaseFileError(folder / SUMS, disagree[0].message)
        if _memory_on():
            _descriptors[str(path)] = (stamp, data)  # only a fully checked descriptor is remembered
    return data


def _listed_files(desc: dict) -> list[dict]:
    """Every file entry the descriptor checksums: its resources and its ``x-files``."""
    extra = desc.get("x-files", [])
    entries = desc.get("resources", []) + (extra if isinstance(extra, list) else [])
    return [e for e in entries if isinstance(e, dict) and isinstance(e.get("path"), str)]


def _expected_hash(entry: dict) -> str:
    return str(entry.get("hash", "")).removeprefix("sha256:")


def _memory_on() -> bool:
    """False when ``NKRU_DATA_NO_VERIFY_CACHE`` is set: no passed check is remembered, in memory or on disk."""
    return not os.environ.get(NO_CACHE_VAR)


def _stamp(st: os.stat_result, expected: str) -> tuple:
    """What a passed check is remembered by: size, modification time, ctime, inode and the expected sha256.

    The ctime (inode change time) is in the stamp because it moves on every
    write and every ``os.utime``, and user space cannot set it back: an edit
    that restores size and modification time still changes the stamp.
    """
    return (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, expected)


def _cache_path() -> Path | None:
    """Where checks that passed are remembered across processes (None: not remembered)."""
    if not _memory_on():
        return None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "nkru-data" / "verified.json"


def _disk_cache() -> dict[str, list]:
    global _disk
    if _disk is None:
        _disk = {}
        path = _cache_path()
        if path is not None:
            try:
                loaded = json.loads(path.read_text(encoding="utf-8"))
                _disk = loaded if isinstance(loaded, dict) else {}
            except (OSError, ValueError):
                pass
    return _disk


def _remember(path: Path, stamp: tuple) -> None:
    """Remember a passed check in-process, and on disk once the file is old enough to trust its stamp.

    A file written (or touched) within the last few seconds could be changed
    again within the same timestamp tick without its stamp changing, so only
    files whose modification time and ctime are both comfortably in the past
    are remembered on disk. Nothing is remembered when the memory is off.
    """
    global _disk_dirty
    if not _memory_on():
        return
    _verified[str(path)] = stamp
    if _cache_path() is not None and time.time_ns() - max(stamp[1], stamp[2]) > _SETTLE_NS:
        cache = _disk_cache()
        if cache.get(str(path)) != list(stamp):
            cache[str(path)] = list(stamp)
            _disk_dirty = True


def _flush_cache() -> None:
    """Write the on-disk cache (atomically; any failure just means hashing again next time)."""
    global _disk_dirty
    path = _cache_path()
    if not _disk_dirty or path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps(_disk, sort_keys=True), encoding="utf-8")
        os.replace(tmp, path)
        _disk_dirty = False
    except OSError:
        pass


def _check_file(folder: Path, entry: dict, *, trust_cache: bool = True) -> Path:
    """Check a listed file against the descriptor's sha256 and size; return its path.

    Hashes in 1 MiB chunks (memory stays flat for large files). A file whose
    stamp (size, modification time, ctime, inode and expected hash, see
    :func:`_stamp`) matches a check that passed before (in this process or,
    see :func:`_remember`, an earlier one) is not hashed again. Raises
    :class:`NkruError` naming the file.
    """
    rel = entry["path"]
    path = folder / rel
    if Path(rel).is_absolute() or ".." in Path(rel).parts:
        raise NkruError(f"{folder / 'datapackage.json'}: {rel!r} is not a path inside the release")
    expected = _expected_hash(entry)
    try:
        stamp = _stamp(path.stat(), expected)
        if trust_cache and _memory_on() and (_verified.get(str(path)) == stamp or _disk_cache().get(str(path)) == list(stamp)):
            _verified[str(path)] = stamp
            return path
        actual, size = file_digest(path)
    except OSError as exc:
        raise NkruError(f"{path}: cannot read the release file ({exc.strerror or exc})") from None
    if actual != expected or ("bytes" in entry and entry["bytes"] != size):
        raise NkruError(f"{path}: checksum mismatch: the file does not match the sha256 its datapackage.json lists "
                        f"(expected {expected[:12]}..., file has {actual[:12]}...); the release is damaged or was "
                        "edited: reinstall or re-download it")
    _remember(path, stamp)
    return path


def file_digest(path: Path) -> tuple[str, int]:
    """``(sha256 hex, size in bytes)`` of a file, read in 1 MiB chunks. Raises :class:`OSError` when unreadable."""
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def _parquet_entry(desc: dict, table: str, folder: Path) -> dict:
    from .schemas import TABLES

    if table not in TABLES:
        raise NkruError(f"unknown table {table!r}; tables are: {', '.join(TABLES)}")
    for res in desc["resources"]:
        if isinstance(res, dict) and res.get("name") == f"{table}-parquet" and isinstance(res.get("path"), str):
            return res
    raise NkruError(f"{folder / 'datapackage.json'}: no Parquet file listed for table {table!r}")


def load(table: str, version: str | None = None, *, releases_dir: str | os.PathLike | None = None) -> "pa.Table":
    """One table of a published release as a ``pyarrow.Table`` (the latest release by default).

    Columns follow the table's schema (strings and int64, missing values as
    nulls); rows are sorted by primary key. For pandas: ``load(...).to_pandas()``;
    for polars: ``polars.from_arrow(load(...))``.

    Raises :class:`~nkru_data.errors.NkruError` for an unknown table or
    version, or when any file of the release (the descriptor included) does
    not match its checksum: a damaged release is never read from.
    """
    import pyarrow.parquet as pq

    version, folder = _resolve(version, releases_dir)
    desc = _descriptor(folder)
    entry = _parquet_entry(desc, table, folder)
    try:  # damage anywhere in the release is reported (each file hashed once, see _check_file)
        for other in _listed_files(desc):
            _check_file(folder, other)
    finally:
        _flush_cache()
    # ParquetFile, not read_table: read_table goes through pyarrow.dataset, which imports pandas (slow, and
    # not asked for) and aborts the interpreter at exit under pyarrow 26 with an in-memory buffer.
    return pq.ParquetFile(str(folder / entry["path"])).read()


def load_all(version: str | None = None, *, releases_dir: str | os.PathLike | None = None) -> dict[str, "pa.Table"]:
    """Every table of a release, ``{table: pyarrow.Table}`` in release order."""
    from .schemas import TABLES

    return {t: load(t, version, releases_dir=releases_dir) for t in TABLES}


def _fast_models(model: type, data: "pa.Table", table: str) -> list:
    """Model instances from a trusted table without re-validating it.

    A published release was validated when it was built and its checksum was
    just checked, so the pydantic validators need not run again. Enum and
    partial-date fields still get their proper Python types; conversion runs
    column by column, once per distinct value.
    """
    from . import dates as _dates
    from .schemas import schema

    converters: dict[str, Any] = {}
    for f in schema(table).fields:
        if f.enum_class:
            members = _enum_members(model.model_fields[f.name].annotation)
            if members is not None:
                converters[f.name] = members.__getitem__
        elif f.partial_date:
            converters[f.name] = lambda v, _new=str.__new__, _cls=_dates.PartialDate: _new(_cls, v)
    names = data.column_names
    columns = []
    for name in names:
        values = data.column(name).to_pylist()
        conv = converters.get(name)
        if conv is not None:
            cache: dict = {None: None}
            for v in set(values):
                if v is not None:
                    cache[v] = conv(v)
            values = [cache[v] for v in values]
        columns.append(values)
    # Instances are frozen, so they can share one fields-set object (model_copy copies it).
    fields_set = set(model.model_fields)
    new = object.__new__
    setattr_ = object.__setattr__
    out = []
    for values in zip(*columns):
        m = new(model)
        setattr_(m, "__dict__", dict(zip(names, values)))
        setattr_(m, "__pydantic_fields_set__", fields_set)
        setattr_(m, "__pydantic_extra__", None)
        setattr_(m, "__pydantic_private__", None)
        out.append(m)
    return out


def _enum_members(annotation: Any) -> dict | None:
    """``{value: member}`` of the StrEnum inside an annotation such as ``Optional[Modality]``."""
    import enum
    import typing

    candidates = [annotation, *typing.get_args(annotation)]
    for c in candidates:
        if isinstance(c, type) and issubclass(c, enum.Enum):
            return {m.value: m for m in c}
    return None


def records(table: str, version: str | None = None, *, releases_dir: str | os.PathLike | None = None) -> list:
    """One table of a published release as a list of typed pydantic models (``Deployment``, ``Source`` ...).

    Enum fields are the library's ``StrEnum`` members, dates are
    :class:`~nkru_data.dates.PartialDate`. The models are built without
    re-running validation (the release was validated and its checksum is
    checked), so this costs little more than ``load(table).to_pylist()``.
    Raises like :func:`load`.
    """
    from .models import MODELS

    data = load(table, version, releases_dir=releases_dir)
    return _fast_models(MODELS[table], data, table)


def package(version: str | None = None, *, releases_dir: str | os.PathLike | None = None) -> dict:
    """The ``datapackage.json`` descriptor of a release (latest by default), as a fresh dict.

    Holds ``name``, ``title``, ``version``, ``created``, ``licenses``,
    ``sources``, the resources with their schemas and checksums, and
    ``x-counts`` (rows per table). Raises for an unknown version.
    """
    version, folder = _resolve(version, releases_dir)
    return json.loads(json.dumps(_descriptor(folder)))


def verify(version: str | None = None, *, releases_dir: str | os.PathLike | None = None) -> list[Problem]:
    """Check every file a release lists against its sha256 and size; ``version=None`` checks every release.

    Returns the problems found (an empty list means every file matches):
    missing files, checksum or size mismatches (``datapackage.json`` against
    ``SHA256SUMS``, every other file against both), and files in the
    release folder that neither lists. Raises
    :class:`~nkru_data.errors.NkruError` only for an unknown version.
    """
    base = releases_path(releases_dir)
    targets = versions(base) if version is None else [_resolve(version, base)[0]]
    if version is None and not targets:
        raise NkruError(f"no release is published in {base}")
    problems: list[Problem] = []
    for v in targets:
        folder = base / v
        _descriptors.pop(str(folder / "datapackage.json"), None)  # verify always re-hashes
        try:
            desc = _descriptor(folder, check_sums=False)
        except ReleaseFileError as exc:
            problems.append(Problem(str(exc.path), message=exc.reason, type="hash-count"))
            continue
        problems += _check_sums(folder, desc)
        listed = {"datapackage.json", SUMS}
        for entry in _listed_files(desc):
            listed.add(Path(entry["path"]).as_posix())
            path = folder / entry["path"]
            if not path.is_file():
                problems.append(Problem(str(path), message="listed in datapackage.json but missing", type="missing-file"))
                continue
            try:
                _check_file(folder, entry, trust_cache=False)  # verify always re-hashes
            except NkruError as exc:
                problems.append(Problem(str(path), message=str(exc).split(": ", 1)[1], type="hash-count"))
        for dirpath, _dirs, files in os.walk(folder):
            for name in files:
                rel = (Path(dirpath) / name).relative_to(folder).as_posix()
                if rel not in listed:
                    problems.append(Problem(str(folder / rel), message="not listed in datapackage.json", type="extra-file"))
    return sorted(problems, key=lambda p: (p.path, p.line or 0, p.message))


def _check_sums(folder: Path, desc: dict) -> list[Problem]:
    """SHA256SUMS lists exactly the descriptor's files, with the hashes the descriptor gives them."""
    sums_path = str(folder / SUMS)
    sums = _sums(folder)  # readable: _descriptor has just used it
    expected = {Path(e["path"]).as_posix(): _expected_hash(e) for e in _listed_files(desc)}
    out = []
    for rel, (line, digest) in sums.items():
        if rel == "datapackage.json":
            continue
        if rel not in expected:
            out.append(Problem(sums_path, line, message=f"lists {rel!r}, which datapackage.json does not; the release is damaged or was edited",
                               type="hash-count"))
        elif digest != expected[rel]:
            out.append(Problem(sums_path, line, message=f"the sha256 for {rel} differs from datapackage.json's; "
                                                        "the release is damaged or was edited", type="hash-count"))
    for rel in sorted(set(expected) - set(sums)):
        out.append(Problem(sums_path, message=f"does not list {rel}; the release is damaged or was edited",
                           type="hash-count"))
    return out


#: The formats :func:`export` writes.
EXPORT_FORMATS = ("csv", "parquet", "jsonl")


def _read_checked(folder: Path, entry: dict) -> bytes:
    """The bytes of a listed file after its checksum check; raises NkruError naming it when unreadable."""
    path = _check_file(folder, entry)
    try:
        return path.read_bytes()
    except OSError as exc:  # removed or made unreadable since the check
        raise ReleaseFileError(path, f"cannot read the release file ({exc.strerror or exc})") from None


def export(table: str, version: str | None = None, format: str = "csv", *,
           releases_dir: str | os.PathLike | None = None) -> bytes:
    """One table of a release as bytes: ``csv`` (the canonical CSV), ``parquet`` or ``jsonl`` (one JSON object per line).

    CSV and Parquet are the release's own verified files; JSON Lines is
    written from the Parquet data with keys in schema order and UTF-8 text.
    Raises :class:`~nkru_data.errors.NkruError` for an unknown format, table or
    version, and when the file does not match its checksum or cannot be read.
    """
    fmt = format.lower()
    if fmt not in EXPORT_FORMATS:
        raise NkruError(f"unknown format {format!r}; use {', '.join(EXPORT_FORMATS)}")
    version, folder = _resolve(version, releases_dir)
    desc = _descriptor(folder)
    if fmt in ("parquet", "csv"):
        entry = _parquet_entry(desc, table, folder)  # also checks the table name
        if fmt == "csv":
            entry = next(r for r in desc["resources"] if r.get("name") == table)
        try:
            return _read_checked(folder, entry)
        finally:
            _flush_cache()
    rows = load(table, version, releases_dir=releases_dir).to_pylist()
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")
