"""Building releases: validated inputs in, one immutable data package folder out.

``build(root, version="0.1.0")`` writes ``releases/0.1.0/``::

    datapackage.json          Frictionless descriptor: metadata, schemas, sha256 and size of every file
    README.md                 codebook generated from the schemas, counts, changes since the previous release
    data/<table>.csv          canonical CSV (UTF-8, no BOM, RFC 4180, \\n)
    data/<table>.parquet      the same table as Parquet
    spreadsheet/<table>.csv   spreadsheet edition (BOM, formula-like text neutralised)
    texts/<file>              each source's text, byte-identical to the file its ``path`` names (``sha256`` checked)
    nkru-data-0.1.0.zip       the CSVs, the README and the texts, for one-click download
    SHA256SUMS                sha256 of every file above, datapackage.json included (``sha256sum -c SHA256SUMS``)

and refreshes ``releases/index.json`` (every version with its date and counts).
The descriptor lists the tables as resources and every other file (Parquet,
spreadsheet edition, texts, README, zip) under ``x-files``, each with its
sha256 and size, which :func:`nkru_data.loading.verify` checks. Releases made
before the texts were shipped have no ``texts/`` folder.

Guarantees:

- **Validated**: nothing is built unless :func:`nkru_data.validation.validate` finds no problem.
- **Deterministic**: rows sorted by primary key; CSV, JSON and Markdown written
  by this module; Parquet written with fixed options (format 2.6, zstd level 3,
  dictionary encoding, statistics, no page index, row groups of 131072 rows) so the bytes
  depend only on the data and the pyarrow version (Parquet's ``created_by``
  names the writer, e.g. ``parquet-cpp-arrow version 26.0.1``); the zip has
  fixed timestamps, permissions and entry order. ``created`` is the day a
  version is first published (UTC, at midnight; ``SOURCE_DATE_EPOCH`` or the
  caller's ``created`` set it instead), so readers can tell releases apart;
  rebuilding a published version takes the ``created`` it was published with,
  so the rebuild is byte-identical. A preview takes the latest date any
  source's ``published`` allows (at its first day): the same inputs give the
  same preview on any day.
- **Immutable and atomic**: everything is written into a hidden
  ``releases/.tmp-<version>-<pid>`` folder and renamed into place at the end;
  an interrupted build (even ``kill -9``) leaves the published versions as they
  were, and its temporary folder is ignored by readers and removed by the
  next build. Building a version that exists succeeds only when the result is
  byte-identical; otherwise it is refused.
- **Streaming**: the renderer takes each table as a :class:`pyarrow.Table` or
  as a :class:`TableSource` such as :class:`ArrowFileSource` (an Arrow IPC
  file read one record batch at a time) and writes every file batch by batch,
  so a release of tables larger than memory can be written; both give the
  same bytes.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import os
import shutil
import tempfile
import unicodedata
import zipfile
from concurrent.futures import Executor, Future
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Callable, Mapping

import pyarrow as pa
import pyarrow.parquet as pq

from .check import cast_table
from .codebook import gather_facts, render_readme
from .csvio import write_csv_batches
from .dates import date_bounds
from .changes import Changes, diff_tables
from .errors import NkruError, ValidationFailed
from .loading import SEMVER_RE, SUMS, file_digest, load_all, releases_path, semver_key, versions
from .schemas import TABLES, schema, schema_descriptor
from .tablesource import ArrowFileSource, TableInput, TableSource, read_all, table_sources

__all__ = ["collect_tables", "build", "BuildResult", "write_index", "PARQUET_OPTIONS", "PACKAGE_NAME",
           "TableSource", "ArrowFileSource"]

PACKAGE_NAME = "nkru-data"
PACKAGE_TITLE = "nkru-data: sourced claims about North Korea - Russia military cooperation"
LICENSE = {"name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/",
           "title": "Creative Commons Attribution 4.0 International"}
#: Fixed Parquet writer options: part of the determinism guarantee.
PARQUET_OPTIONS = dict(version="2.6", compression="zstd", compression_level=3, use_dictionary=True,
                       write_statistics=True, write_page_index=False, data_page_version="1.0", store_schema=True)
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
_TMP_PREFIX = ".tmp-"
#: Default preview folder inside the checkout (git-ignored).
PREVIEW_DIR = ".nkru-preview"

Progress = Callable[[str], None]


@dataclass
class BuildResult:
    """What :func:`build` did.

    ``status`` is ``"built"`` (a new version was published), ``"identical"``
    (the version existed with exactly these bytes; nothing was written) or
    ``"preview"`` (built into ``path``, outside the releases folder).
    ``previous`` is the release the changes are computed against (None when
    there is none).
    """

    status: str
    version: str
    path: Path
    counts: dict[str, int]
    created: str
    previous: str | None
    changes: Changes
    files: list[str] = field(default_factory=list)


def collect_tables(root: str | os.PathLike = ".", *, extracted: bool = True) -> dict[str, pa.Table]:
    """Every table of the release, typed and sorted by primary key, from the inputs under ``root``.

    The claim tables hold the curated records plus, with ``extracted`` (the
    default), what the extraction rules find in the same source texts, merged
    by :func:`nkru_data.extract.merge.merge_records`: where a curated record
    covers the same claim (same table, overlapping quote) it stands and the
    extracted one is dropped.

    Raises :class:`~nkru_data.errors.ValidationFailed` (with every problem)
    unless the inputs validate cleanly, and also when the merged tables do
    not (that would be a bug in an extraction rule, and is never published).
    """
    from .seeds import load_inputs
    from .validation import validate_inputs

    inputs = load_inputs(Path(root))  # read once: validated, then built from
    report = validate_inputs(inputs)
    if not report.ok:
        raise ValidationFailed(report.problems)
    tables = {t: cast_table(t, inputs.tables[t]) for t in TABLES}
    if extracted:
        tables.update(_with_extracted(inputs, tables))
    return {t: _sorted(t, data) for t, data in tables.items()}


def _with_extracted(inputs, tables: dict[str, pa.Table]) -> dict[str, pa.Table]:
    """The claim tables with the extracted records no curated record covers."""
    from .check import check_foreign_keys, check_table
    from .errors import Problem
    from .extract import extract
    from .extract.merge import merge_records
    from .schemas import RECORD_TABLES

    found: dict[str, list[dict]] = {t: [] for t in RECORD_TABLES}
    for src in tables["sources"].to_pylist():
        text = inputs.texts.get(src["source_id"])
        if text is None:
            continue
        for rec in extract(text, published=src["published"], source_id=src["source_id"]):
            found[rec.__table__].append(rec.model_dump(mode="json"))
    merged = merge_records({t: tables[t].to_pylist() for t in RECORD_TABLES}, found)
    out = {}
    for t in RECORD_TABLES:
        arrow_schema = tables[t].schema
        out[t] = pa.Table.from_pylist([{n: r.get(n) for n in arrow_schema.names} for r in merged[t]], schema=arrow_schema)
    strings = {t: data.cast(pa.schema([(n, pa.string()) for n in data.column_names]))
               for t, data in {**tables, **out}.items()}
    findings = [f for t in RECORD_TABLES for f in check_table(t, strings[t])] + check_foreign_keys(strings)
    if findings:
        raise ValidationFailed([Problem(path=f"extracted:{f.table}", record_id=strings[f.table]["record_id"][f.row].as_py()
                                        if f.row is not None else None, field=f.field, message=f.message, type=f.type)
                                for f in findings])
    return out


def _sorted(table: str, data: pa.Table) -> pa.Table:
    keys = [(k, "ascending") for k in schema(table).primary_key]
    return data.sort_by(keys).combine_chunks() if data.num_rows else data


def _default_created(tables: dict[str, pa.Table]) -> str:
    days = [date_bounds(p)[0] for p in tables["sources"].column("published").to_pylist() if p]
    if not days:
        raise NkruError("cannot date the release: no source has a published date; pass created= (--created)")
    return _created_text(max(days).isoformat())


def _today() -> str:
    """The day a new version is published: ``SOURCE_DATE_EPOCH`` (reproducible builds) or the clock, in UTC."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    try:
        now = _dt.datetime.fromtimestamp(int(epoch), _dt.timezone.utc) if epoch else _dt.datetime.now(_dt.timezone.utc)
    except (ValueError, OverflowError, OSError):
        raise NkruError(f"SOURCE_DATE_EPOCH {epoch!r} is not a number of seconds since 1970") from None
    return _created_text(now.date().isoformat())


def _published_created(folder: Path) -> str:
    """The ``created`` of the published version in ``folder`` (a rebuild must give the same bytes)."""
    try:
        return str(json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))["created"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise NkruError(f"{folder / 'datapackage.json'}: cannot read its created date ({exc})") from None


def _created_text(value: str) -> str:
    """An ISO 8601 UTC timestamp from a date (``2025-03-01``) or a timestamp."""
    try:
        if len(value) == 10:
            return _dt.date.fromisoformat(value).isoformat() + "T00:00:00Z"
        stamp = _dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise NkruError(f"created {value!r} is not a date (YYYY-MM-DD) or an ISO 8601 timestamp") from None
    if stamp.tzinfo is not None:
        stamp = stamp.astimezone(_dt.timezone.utc).replace(tzinfo=None)
    return stamp.isoformat(timespec="seconds") + "Z"


def _zip_info(name: str, size: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)  # fixed time, system and mode: the same bytes every time
    info.compress_type = zipfile.ZIP_DEFLATED
    info.create_system = 3
    info.external_attr = 0o644 << 16
    info.file_size = size  # decides ZIP64 headers, as zipfile.writestr would
    # level 1: the zip is the longest piece of a build (the attribute is private before Python 3.13)
    setattr(info, "compress_level" if "compress_level" in zipfile.ZipInfo.__slots__ else "_compresslevel", 1)
    return info


def _zip_member(part: Path, arcname: str, src: bytes | Path | Future) -> tuple[zipfile.ZipInfo, int]:
    """Compress one member of the download zip into a zip of its own at ``part``; return the member's
    :class:`~zipfile.ZipInfo` and the length of its local record (header and compressed data), which is
    where ``part``'s central directory starts.

    ``src`` is the member's bytes, a file, or a future of a file (waited for here). A file is copied in
    1 MiB chunks, so memory stays flat.
    """
    src = src.result() if isinstance(src, Future) else src
    with open(part, "wb") as fh, zipfile.ZipFile(fh, "w") as zf:
        if isinstance(src, bytes):
            info = _zip_info(arcname, len(src))
            with zf.open(info, "w") as dest:
                dest.write(src)
        else:
            size = src.stat().st_size
            info = _zip_info(arcname, size)
            with zf.open(info, "w", force_zip64=size > 0x7FFFFFFF) as dest, open(src, "rb") as data:
                shutil.copyfileobj(data, dest, 1 << 20)
        return info, zf.start_dir  # (the central directory is written after this, on leaving)


def _write_zip(path: Path, version: str, members: Mapping[str, bytes | Path | Future], pool: Executor) -> None:
    """The download zip, written in name order; ``members`` maps names to bytes, files or futures of files.

    Deflating is the longest piece of a build, so the members are compressed at the same time on ``pool``,
    each into a zip of its own (a hidden folder next to ``path``, removed at the end); their local records
    are then copied one after the other and :mod:`zipfile` writes the central directory from their
    :class:`~zipfile.ZipInfo`, each with its offset in the whole. A member's local record does not depend
    on where it lies, so the bytes are those of one :class:`~zipfile.ZipFile` writing the members in turn
    (the ``test_release_streaming`` tests compare both).
    """
    folder = f"{PACKAGE_NAME}-{version}/"
    parts_dir = path.parent / f".parts-{path.name}"
    parts_dir.mkdir()
    try:
        names = sorted(members)
        jobs = [pool.submit(_zip_member, parts_dir / f"{i:04d}", folder + name, members[name])
                for i, name in enumerate(names)]
        with open(path, "wb") as fh, zipfile.ZipFile(fh, "w") as zf:
            for i, job in enumerate(jobs):
                info, length = job.result()
                info.header_offset = fh.tell()
                with open(parts_dir / f"{i:04d}", "rb") as part:
                    copied = _copy_exactly(part, fh, length)
                if copied != length:
                    raise NkruError(f"zip member {info.filename} was cut short while building the zip")
                (parts_dir / f"{i:04d}").unlink()
                zf.filelist.append(info)
                zf.NameToInfo[info.filename] = info
            zf.start_dir = fh.tell()  # where close() writes the central directory (a private attribute)
            zf.close()
            fh.flush()
            os.fsync(fh.fileno())
    finally:
        shutil.rmtree(parts_dir, ignore_errors=True)


def _copy_exactly(src, dest, length: int) -> int:
    """Copy the first ``length`` bytes of ``src`` to ``dest`` in 1 MiB chunks; return how many were copied."""
    copied = 0
    while copied < length:
        chunk = src.read(min(1 << 20, length - copied))
        if not chunk:
            break
        dest.write(chunk)
        copied += len(chunk)
    return copied


#: Folder of a release holding the source texts.
TEXTS_DIR = "texts"


def _text_path(source: dict) -> str:
    """Where a source's text lies in a release: ``texts/`` and the file name of its ``path``."""
    return f"{TEXTS_DIR}/{PurePosixPath(source['path']).name}"


def _text_files(source_rows: list[dict]) -> dict[str, list[str]]:
    """``{release path: [source_id, ...]}`` of the source texts, in path order."""
    out: dict[str, list[str]] = {}
    for s in sorted(source_rows, key=_text_path):
        out.setdefault(_text_path(s), []).append(s["source_id"])
    return out


def _put_texts(folder: Path, source_rows: list[dict], text_root: Path) -> dict[str, str]:
    """Copy each source's text (``text_root / path``) into ``folder/texts/``; return ``{source_id: release path}``.

    The copies are byte-identical to the files, which must still have the
    ``sha256`` the sources table records (the inputs were validated with it)
    and be in Unicode NFC, the form the quote offsets count in (the codebook
    tells readers to count characters in the file). Raises
    :class:`~nkru_data.errors.NkruError` otherwise.
    """
    files: dict[str, tuple[str, str]] = {}
    for s in source_rows:
        if files.setdefault(_text_path(s), (s["path"], s["sha256"])) != (s["path"], s["sha256"]):
            raise NkruError(f"source {s['source_id']} and another one name different texts of the same file name "
                            f"({_text_path(s)}); a release holds one text per file name")
    (folder / TEXTS_DIR).mkdir(exist_ok=True)
    for rel, (path, sha256) in sorted(files.items()):
        data = (text_root / path).read_bytes()
        if hashlib.sha256(data).hexdigest() != sha256:
            raise NkruError(f"{text_root / path} changed while building: its sha256 is no longer the one "
                            "the sources table records; nothing was built")
        if not unicodedata.is_normalized("NFC", data.decode("utf-8")):
            raise NkruError(f"{text_root / path} is not in Unicode NFC; the quote offsets count characters in "
                            "NFC, so a reader counting in the file would be misled: save it in NFC")
        (folder / rel).write_bytes(data)
    return {s["source_id"]: _text_path(s) for s in source_rows}


def _descriptor(version: str, created: str, counts: Mapping[str, int], source_rows: list[dict],
                digests: dict[str, tuple[str, int]]) -> dict:
    def _file_entry(name: str, path: str, fmt: str, mediatype: str, **extra) -> dict:
        return {"name": name, "type": "file", "path": path, "format": fmt, "mediatype": mediatype, **extra,
                "hash": "sha256:" + digests[path][0], "bytes": digests[path][1]}

    resources = []
    for t in TABLES:
        sd = schema_descriptor(t)
        rel = f"data/{t}.csv"
        resources.append({
            "name": t, "type": "table", "path": rel, "scheme": "file", "format": "csv",
            "mediatype": "text/csv", "encoding": "utf-8", "title": sd.get("title", t),
            "description": sd.get("description", ""),
            "hash": "sha256:" + digests[rel][0], "bytes": digests[rel][1],
            "dialect": {"delimiter": ",", "quoteChar": '"', "doubleQuote": True, "lineTerminator": "\n", "header": True},
            "schema": {k: v for k, v in sd.items() if k != "$schema"},
        })
    for t in TABLES:
        rel = f"data/{t}.parquet"
        resources.append(_file_entry(f"{t}-parquet", rel, "parquet", "application/vnd.apache.parquet",
                                     description=f"The {t} table as Parquet (same rows as data/{t}.csv)."))
    extra_files = [
        _file_entry("readme", "README.md", "md", "text/markdown",
                    description="Codebook, record counts and changes since the previous release."),
        *(_file_entry(f"{t}-spreadsheet", f"spreadsheet/{t}.csv", "csv",
                      "text/csv", encoding="utf-8-sig",
                      description=f"Spreadsheet edition of {t}: UTF-8 with BOM, formula-like text neutralised.")
          for t in TABLES),
    ]
    for rel, ids in _text_files(source_rows).items():
        if rel in digests:
            extra_files.append(_file_entry(f"text-{Path(rel).stem}", rel, "txt", "text/plain", encoding="utf-8",
                                           description=f"Source text of {', '.join(ids)}: the quotes' offsets "
                                                       "count its characters."))
    zip_name = f"{PACKAGE_NAME}-{version}.zip"
    texts = any(rel.startswith(TEXTS_DIR + "/") for rel in digests)
    extra_files.append(_file_entry("zip", zip_name, "zip", "application/zip",
                                   description="Both CSV editions, the README" + (" and the source texts" if texts else "")
                                               + " in one download."))
    sources = []
    for s in source_rows:
        title = " - ".join(p for p in (s.get("outlet"), s.get("title")) if p) or s["source_id"]
        entry = {"title": f"{title} ({s.get('published')})"}
        if s.get("url"):
            entry["path"] = s["url"]
        sources.append(entry)
    return {
        "name": PACKAGE_NAME,
        "title": PACKAGE_TITLE,
        "description": "Claims (claimant, source, modality, verbatim quote with offsets) about North Korea - Russia "
                       "military cooperation: deployments, deliveries, casualties and diplomatic acts.",
        "version": version,
        "created": created,
        "licenses": [LICENSE],
        "sources": sources,
        "keywords": ["north korea", "russia", "military cooperation", "claims"],
        "x-counts": {t: counts[t] for t in TABLES},
        "resources": resources,
        "x-files": extra_files,
    }


#: Rows per Parquet row group: a whole table up to this size (so small releases are one group), and the
#: writer holds one group in memory at a time for large ones.
ROW_GROUP_ROWS = 1 << 17


def _write_parquet(path: Path, data: pa.Table | TableSource) -> None:
    """``data`` as Parquet, row group by row group, byte-identical to
    ``pq.write_table(table, path, row_group_size=ROW_GROUP_ROWS, **PARQUET_OPTIONS)``.

    That call cuts the table into groups of exactly :data:`ROW_GROUP_ROWS`
    rows (the last one shorter) and writes an empty table as one empty row
    group; this does the same from a stream of batches, holding at most one
    group plus one batch. Each group is made contiguous before it is
    written, as the whole table was (how a column is cut into chunks could
    move the writer's page boundaries). Raises :class:`ValueError` when a
    batch does not have the source's schema.
    """
    with pq.ParquetWriter(str(path), data.schema, **PARQUET_OPTIONS) as writer:
        pending: list[pa.RecordBatch] = []
        held = 0
        written = False
        for batch in data.to_batches():
            if not batch.num_rows:
                continue
            pending.append(batch)
            held += batch.num_rows
            while held >= ROW_GROUP_ROWS:
                rows = pa.Table.from_batches(pending, schema=data.schema)
                writer.write_table(rows.slice(0, ROW_GROUP_ROWS).combine_chunks(), row_group_size=ROW_GROUP_ROWS)
                written = True
                rest = rows.slice(ROW_GROUP_ROWS)  # a view: the rows past the group stay for the next one
                pending, held = rest.to_batches(), rest.num_rows
        if held or not written:
            rows = pa.Table.from_batches(pending, schema=data.schema).combine_chunks()
            writer.write_table(rows, row_group_size=ROW_GROUP_ROWS)


def _render_into(folder: Path, version: str, created: str, tables: Mapping[str, TableInput], changes: Changes,
                 progress: Progress | None, *, text_root: Path | None = None) -> list[str]:
    """Write every file of a release into ``folder`` (which must exist and be empty); return their paths.

    With ``text_root`` (the repository root the sources' ``path`` is
    relative to), each source's text is shipped under ``texts/`` (see
    :func:`_put_texts`); without it, the release holds no texts.

    ``tables`` maps every table name to a :class:`pyarrow.Table`, a
    :class:`TableSource` or the path of an Arrow IPC file. Every file is
    streamed to disk batch by batch as it is made, so a build from sources
    holds a few batches and one Parquet row group per table being written,
    not the tables (only the small ``sources`` table is read whole, for the
    README and the descriptor, and the README's facts read a few columns one
    at a time: see :func:`nkru_data.codebook.gather_facts`); in-memory tables
    give the same bytes. Files are fsynced; ``datapackage.json``, which lists
    every other file with its checksum, is written last. Arrow's CSV and Parquet writers, zlib and
    hashlib release the GIL, so independent pieces run on threads; each
    piece is deterministic on its own, so the bytes do not depend on the
    scheduling. ``progress`` gets ``"wrote <path>"`` after each file.

    Raises :class:`~nkru_data.errors.NkruError` when a table is missing, has
    other columns than its schema, or its file cannot be read.
    """
    from concurrent.futures import ThreadPoolExecutor

    sources = table_sources(tables)

    def done(rel: str) -> str:
        path = folder / rel
        with open(path, "rb+") as fh:
            os.fsync(fh.fileno())
        os.chmod(path, 0o644)
        if progress:
            progress(f"wrote {rel}")
        return rel

    def put_bytes(rel: str, data: bytes) -> str:
        (folder / rel).write_bytes(data)
        return done(rel)

    def put_csv(rel: str, data: pa.Table | TableSource, spreadsheet: bool) -> Path:
        with open(folder / rel, "wb") as fh:
            write_csv_batches(data.to_batches(), data.schema, fh, spreadsheet=spreadsheet)
        done(rel)
        return folder / rel

    for sub in ("data", "spreadsheet"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
    counts = {t: sources[t].num_rows for t in TABLES}
    source_rows = read_all(sources["sources"]).to_pylist()
    texts = _put_texts(folder, source_rows, text_root) if text_root is not None else {}
    text_files = sorted(set(texts.values()))
    for rel in text_files:
        done(rel)
    readme = render_readme(version, created, counts, changes, source_rows, gather_facts(sources),
                           texts).encode("utf-8")
    put_bytes("README.md", readme)
    zip_name = f"{PACKAGE_NAME}-{version}.zip"
    with ThreadPoolExecutor(max_workers=2) as pool, ThreadPoolExecutor(max_workers=1) as zipper, \
            ThreadPoolExecutor(max_workers=2) as deflaters:
        # The zip is the longest piece: it starts at once, on its own thread, and compresses each CSV as it
        # is ready, two at a time (the CSVs are written in the zip's member order).
        names = sorted([f"data/{t}.csv" for t in TABLES] + [f"spreadsheet/{t}.csv" for t in TABLES])
        csv_jobs = {rel: pool.submit(put_csv, rel, sources[rel.split("/")[1][:-4]], rel.startswith("spreadsheet/"))
                    for rel in names}
        zip_job = zipper.submit(_write_zip, folder / zip_name, version,
                                {"README.md": readme, **csv_jobs, **{rel: folder / rel for rel in text_files}},
                                deflaters)
        for t in TABLES:
            _write_parquet(folder / f"data/{t}.parquet", sources[t])
            done(f"data/{t}.parquet")
        for job in csv_jobs.values():
            job.result()
        zip_job.result()
        done(zip_name)
        rels = ["README.md", zip_name] + names + [f"data/{t}.parquet" for t in TABLES] + text_files
        digests = dict(zip(rels, pool.map(lambda rel: file_digest(folder / rel), rels)))
    desc = _descriptor(version, created, counts, source_rows, digests)
    desc_bytes = (json.dumps(desc, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    digests["datapackage.json"] = (hashlib.sha256(desc_bytes).hexdigest(), len(desc_bytes))
    # the descriptor cannot hold its own checksum: SHA256SUMS does (and works with `sha256sum -c`)
    put_bytes(SUMS, "".join(f"{digests[rel][0]}  {rel}\n" for rel in sorted(digests)).encode("ascii"))
    put_bytes("datapackage.json", desc_bytes)
    return sorted([*digests, SUMS])


def _tree_digests(folder: Path) -> dict[str, tuple[str, int]]:
    out = {}
    for dirpath, _dirs, names in os.walk(folder):
        for name in names:
            p = Path(dirpath) / name
            out[p.relative_to(folder).as_posix()] = file_digest(p)
    return out


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _clean_stale(base: Path) -> None:
    """Remove temporary folders of builds that no longer run (killed or crashed)."""
    if not base.is_dir():
        return
    for entry in base.iterdir():
        if entry.is_file() and entry.name.startswith(_TMP_PREFIX + "index-"):
            entry.unlink(missing_ok=True)  # an index that was never moved into place
        if entry.is_dir() and entry.name.startswith(_TMP_PREFIX):
            pid = entry.name.rsplit("-", 1)[-1]
            if not pid.isdigit() or not _pid_alive(int(pid)) or int(pid) == os.getpid():
                shutil.rmtree(entry, ignore_errors=True)


def write_index(releases_dir: str | os.PathLike | None = None) -> Path:
    """(Re)write ``index.json`` listing every published version (oldest first) with its date and counts.

    The index is derived from the release folders, so it can always be
    regenerated; it is replaced atomically (temporary file + ``os.replace``).
    """
    from .loading import package

    base = releases_path(releases_dir)
    entries = []
    for v in versions(base):
        desc = package(v, releases_dir=base)
        entries.append({"version": v, "created": desc.get("created"), "counts": desc.get("x-counts", {}),
                        "path": f"{v}/datapackage.json"})
    doc = {"name": PACKAGE_NAME, "versions": entries, "latest": entries[-1]["version"] if entries else None}
    data = (json.dumps(doc, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    target = base / "index.json"
    if target.is_file() and target.read_bytes() == data:
        return target
    fd, tmp = tempfile.mkstemp(prefix=_TMP_PREFIX + "index-", dir=base)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


def build(root: str | os.PathLike = ".", version: str | None = None, *, releases_dir: str | os.PathLike | None = None,
          out: str | os.PathLike | None = None, created: str | None = None,
          progress: Progress | None = None, extracted: bool = True) -> BuildResult:
    """Build a release from the inputs under ``root``.

    With ``version`` (``X.Y.Z``), publish ``<releases_dir>/<version>/``
    atomically (default releases folder: ``releases/`` of ``root``). Without
    it, build a preview into ``out`` (default: ``<root>/.nkru-preview``, git-ignored), never
    into the releases folder. ``created`` (a date or ISO timestamp) overrides
    the release's date: by default the day of publishing (``SOURCE_DATE_EPOCH``
    if set), the published date for a version that exists, and the newest
    source's date for a preview. ``progress`` is called with a short
    message after each step. ``extracted=False`` leaves out the records the
    extraction rules add (see :func:`collect_tables`).

    Raises :class:`~nkru_data.errors.ValidationFailed` when the inputs do not
    validate, and :class:`~nkru_data.errors.NkruError` when the version is
    malformed, not newer than the latest release, or exists with different
    content.
    """
    root = Path(root)
    base = Path(releases_dir) if releases_dir is not None else root / "releases"
    if version is not None:
        version = version.removeprefix("v")
        if not SEMVER_RE.fullmatch(version):
            raise NkruError(f"version {version!r} is not of the form X.Y.Z (for example 0.1.0)")
    tables = collect_tables(root, extracted=extracted)
    if progress:
        progress("inputs validated")
    published = versions(base)
    exists = version is not None and version in published
    stamp = _created_text(created) if created else (
        _published_created(base / version) if exists else _today() if version is not None else _default_created(tables))
    earlier = [v for v in published if version is None or semver_key(v) < semver_key(version)]
    if version is not None and not exists and published and semver_key(version) < semver_key(published[-1]):
        raise NkruError(f"version {version} is older than the latest release {published[-1]}; "
                        "a new release needs a higher version")
    previous = earlier[-1] if earlier else None
    old = load_all(previous, releases_dir=base) if previous else None
    changes = diff_tables(old, tables, old_name=previous, new_name=version)
    label = version or "preview"
    counts = {t: tables[t].num_rows for t in TABLES}

    if version is None:
        target = Path(out) if out is not None else root / PREVIEW_DIR
        if target.resolve().is_relative_to(base.resolve()):
            raise NkruError(f"{target} is inside the releases folder {base}; a preview goes elsewhere "
                            "(publish with --version instead)")
        if target.exists() and any(target.iterdir()):
            if not (target / "datapackage.json").is_file():
                raise NkruError(f"{target} is not empty and holds no earlier preview; choose an empty folder")
            shutil.rmtree(target)  # an earlier preview: replace it
        target.mkdir(parents=True, exist_ok=True)
        files = _render_into(target, label, stamp, tables, changes, progress, text_root=root)
        return BuildResult("preview", label, target, counts, stamp, previous, changes, files)

    # Every build writes into a hidden folder inside releases/ and only a rename publishes it, so an
    # interrupted build (even kill -9) never changes a published version.
    final = base / version
    base.mkdir(parents=True, exist_ok=True)
    _clean_stale(base)
    tmp = base / f"{_TMP_PREFIX}{version}-{os.getpid()}"
    tmp.mkdir()
    try:
        files = _render_into(tmp, label, stamp, tables, changes, progress, text_root=root)
        if progress:
            progress("rendered every file")
        if exists:
            new, current = _tree_digests(tmp), _tree_digests(final)
            shutil.rmtree(tmp)
            if new == current:
                _clean_stale(base)  # leftovers of a build killed after publishing (e.g. while writing the index)
                write_index(base)
                return BuildResult("identical", version, final, counts, stamp, previous, changes, files)
            differ = sorted(k for k in new.keys() | current.keys() if new.get(k) != current.get(k))
            raise NkruError(f"{final} is already published and differs in {', '.join(differ[:5])}"
                            f"{' ...' if len(differ) > 5 else ''}; a published version is never rewritten: "
                            "build a new version instead")
        if progress:
            progress("ready to publish")
        try:
            os.rename(tmp, final)
        except OSError:
            raise NkruError(f"{final} appeared while building (another build?); nothing was published") from None
        _fsync_dir(base)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    if progress:
        progress("published")
    write_index(base)
    if progress:
        progress("index written")
    return BuildResult("built", version, final, counts, stamp, previous, changes, files)


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
