"""Building releases: validated, deterministic, immutable, atomic, and readable by the real tools.

Every release here is built into a temporary folder from a copy of the seeds
with known records (see ``release_fixtures``); the repository's own
``releases/`` is only read (``test_committed_releases``).
"""

from __future__ import annotations

import csv
import datetime
import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import zipfile
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from nkru_data.errors import NkruError, ValidationFailed
from nkru_data.loading import verify, versions
from nkru_data.release import build as _build
from nkru_data.release import collect_tables
from nkru_data.schemas import TABLES, schema, schema_descriptor

from .conftest import REPO, run_cli
from .release_fixtures import RECORDS_V1, RECORDS_V2, make_repo, write_records


def build(root, version=None, **kwargs):
    """The builder without extracted records: these tests pin exact counts and changes of the fixture records
    (a default build adding extracted records is tested in test_default_build_adds_extracted_records)."""
    return _build(root, version, extracted=False, **kwargs)


def tree(root: Path, skip_tmp: bool = True) -> dict[str, str]:
    """``{relative path: sha256}`` of every file under ``root`` (hidden ``.tmp-*`` build folders left out)."""
    out = {}
    for dirpath, dirs, files in os.walk(root):
        if skip_tmp:
            dirs[:] = [d for d in dirs if not d.startswith(".tmp-")]
            files = [f for f in files if not f.startswith(".tmp-")]
        for name in files:
            p = Path(dirpath) / name
            out[p.relative_to(root).as_posix()] = hashlib.sha256(p.read_bytes()).hexdigest()
    return out


@pytest.fixture(scope="module")
def published(tmp_path_factory) -> Path:
    """A repository copy with 0.1.0 (RECORDS_V1) published into its releases/."""
    root = make_repo(tmp_path_factory.mktemp("published"))
    build(root, "0.1.0")
    return root


@pytest.fixture
def repo(tmp_path) -> Path:
    return make_repo(tmp_path)


def _csv_rows(path: Path, table: str) -> list[dict]:
    """Rows of a canonical CSV, typed by the schema (integers as int, empty cells as None)."""
    types = {f.name: f.type for f in schema(table).fields}
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    return [{k: (None if v == "" else int(v) if types[k] == "integer" else v) for k, v in r.items()} for r in rows]


def test_release_layout_and_descriptor(published):
    folder = published / "releases" / "0.1.0"
    desc = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    assert desc["name"] == "nkru-data" and desc["version"] == "0.1.0" and desc["title"]
    assert desc["created"] == "2026-01-15T00:00:00Z"  # the day of publishing (SOURCE_DATE_EPOCH in the tests)
    assert desc["licenses"][0]["name"] == "CC-BY-4.0"
    assert len(desc["sources"]) == 5
    tables = {r["name"]: r for r in desc["resources"] if r.get("type") == "table"}
    assert list(tables) == list(TABLES)
    for t, res in tables.items():
        data = (folder / res["path"]).read_bytes()
        assert res["hash"] == "sha256:" + hashlib.sha256(data).hexdigest() and res["bytes"] == len(data)
        assert res["format"] == "csv" and res["encoding"] == "utf-8" and res["mediatype"] == "text/csv"
        assert res["schema"]["fields"] == schema_descriptor(t)["fields"]  # the schema, inline and unchanged
        assert res["schema"].get("primaryKey") == schema_descriptor(t).get("primaryKey")
        assert res["schema"].get("foreignKeys") == schema_descriptor(t).get("foreignKeys")
        assert not data.startswith(b"\xef\xbb\xbf") and b"\r\n" not in data
    assert desc["x-counts"] == {"sources": 5, "actors": desc["x-counts"]["actors"], "deployments": 2,
                                "deliveries": 1, "casualties": 1, "diplomatic_acts": 1}
    listed = {e["path"] for e in desc["resources"] + desc["x-files"]} | {"datapackage.json"}
    on_disk = set(tree(folder))
    assert listed | {"SHA256SUMS"} == on_disk  # every file is listed (and so checksummed), nothing else is there
    sums = dict(reversed(ln.split("  ", 1)) for ln in (folder / "SHA256SUMS").read_text().splitlines())
    assert set(sums) == listed and all(sums[p] == hashlib.sha256((folder / p).read_bytes()).hexdigest() for p in sums)
    assert {f"data/{t}.parquet" for t in TABLES} <= listed and {f"spreadsheet/{t}.csv" for t in TABLES} <= listed
    index = json.loads((published / "releases" / "index.json").read_text(encoding="utf-8"))
    assert index["versions"] == [{"version": "0.1.0", "created": desc["created"], "counts": desc["x-counts"],
                                  "path": "0.1.0/datapackage.json"}]
    assert verify("0.1.0", releases_dir=published / "releases") == []


def test_build_is_deterministic(published, tmp_path):
    """The same inputs built again, elsewhere, give byte-identical files."""
    again = tmp_path / "again"
    shutil.copytree(published / "seeds", again / "seeds")
    build(again, "0.1.0")
    first, second = tree(published / "releases"), tree(again / "releases")
    assert first == second and len(first) > 20


def test_created_is_the_day_of_publishing_and_a_rebuild_keeps_it(repo, monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    before = datetime.datetime.now(datetime.timezone.utc).date()
    first = build(repo, "0.1.0")
    after = datetime.datetime.now(datetime.timezone.utc).date()
    assert first.created in {f"{d.isoformat()}T00:00:00Z" for d in (before, after)}  # the clock, in UTC
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "2000000000")  # a later day: the published version keeps its own
    assert build(repo, "0.1.0").status == "identical"
    # a preview is dated by its inputs (the newest source, 2025-03), so the same inputs give the same preview
    assert build(repo, out=repo / "preview").created == "2025-03-01T00:00:00Z"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "soon")
    with pytest.raises(NkruError, match="SOURCE_DATE_EPOCH"):
        build(repo, "0.2.0")


def test_rebuilding_a_version_identical_is_accepted_different_is_refused(published, tmp_path):
    root = tmp_path / "r"
    shutil.copytree(published, root)
    before = tree(root / "releases")
    assert build(root, "0.1.0").status == "identical"
    assert tree(root / "releases") == before
    write_records(root, RECORDS_V2)
    with pytest.raises(NkruError, match=r"already published and differs in .*data/deployments\.csv"):
        build(root, "0.1.0")
    result = run_cli("build", "--curated-only", "--version", "0.1.0", "--root", str(root))
    assert result.returncode == 1 and "never rewritten" in result.stderr and "Traceback" not in result.stderr
    with pytest.raises(NkruError, match="older than the latest"):
        build(root, "0.0.9")
    assert tree(root / "releases", skip_tmp=False) == before


def test_invalid_inputs_build_nothing(repo):
    write_records(repo, RECORDS_V1.replace("quantity: 1500", "quantity: -1500"))
    with pytest.raises(ValidationFailed):
        build(repo, "0.1.0")
    assert not (repo / "releases").exists() or tree(repo / "releases", skip_tmp=False) == {}
    result = run_cli("build", "--curated-only", "--version", "0.1.0", "--root", str(repo))
    assert result.returncode == 1
    assert "dlf-2024-10-22.yaml:" in result.stdout and "quantity" in result.stdout and "below the minimum" in result.stdout
    assert "nothing was built" in result.stderr and "Traceback" not in result.stderr + result.stdout


def test_second_release_records_changes_and_the_codebook(published, tmp_path):
    root = tmp_path / "r"
    shutil.copytree(published, root)
    write_records(root, RECORDS_V2)
    result = build(root, "0.2.0")
    t = result.changes.tables
    assert len(t["deployments"].removed) == 1 and t["deployments"].added == []
    (changed_id, fields), = t["deployments"].changed.items()
    assert fields == ["location"]
    assert len(t["diplomatic_acts"].added) == 1 and not t["sources"]
    readme = (root / "releases" / "0.2.0" / "README.md").read_text(encoding="utf-8")
    assert f"- changed `{changed_id}`: `location`" in readme
    assert f"- removed `{t['deployments'].removed[0]}`" in readme
    assert f"- added `{t['diplomatic_acts'].added[0]}`" in readme
    assert "Compared with 0.1.0" in readme
    assert versions(root / "releases") == ["0.1.0", "0.2.0"]
    index = json.loads((root / "releases" / "index.json").read_text(encoding="utf-8"))
    assert [v["version"] for v in index["versions"]] == ["0.1.0", "0.2.0"] and index["latest"] == "0.2.0"
    assert index["versions"][1]["counts"]["diplomatic_acts"] == 2
    diff = run_cli("diff", "0.1.0", "0.2.0", "--releases-dir", str(root / "releases"))
    assert diff.returncode == 0 and f"~ {changed_id} (location)" in diff.stdout


def test_codebook_is_generated_from_the_schemas(published):
    readme = (published / "releases" / "0.1.0" / "README.md").read_text(encoding="utf-8")
    assert "first release" in readme
    for t in TABLES:
        sd = schema_descriptor(t)
        assert f"### `{t}`: {sd['title']}" in readme
        assert f"| `{t}` | {json.loads((published / 'releases/0.1.0/datapackage.json').read_text())['x-counts'][t]} |" in readme
        for f in sd["fields"]:
            assert f"| `{f['name']}` |" in readme
            assert f["description"].replace("|", "\\|") in readme
            for value in f.get("constraints", {}).get("enum", []):
                assert f"  - `{value}`" in readme
            if "example" in f:
                assert f"Example: `{f['example']}`" in readme
            if "x-contractExtension" in f:
                assert f"Extends the data model: {f['x-contractExtension']}" in readme
    assert "canonical edition" in readme and "spreadsheet edition" in readme and "byte-order mark" in readme


def test_zip_holds_both_editions_the_codebook_and_the_texts(published):
    folder = published / "releases" / "0.1.0"
    with zipfile.ZipFile(folder / "nkru-data-0.1.0.zip") as zf:
        names = zf.namelist()
        assert names == sorted(names)
        texts = [f"texts/{Path(r['path']).name}" for r in _csv_rows(folder / "data" / "sources.csv", "sources")]
        expected = sorted(["README.md"] + [f"data/{t}.csv" for t in TABLES] + [f"spreadsheet/{t}.csv" for t in TABLES]
                          + texts)
        assert names == [f"nkru-data-0.1.0/{n}" for n in expected]
        for info in zf.infolist():
            assert info.date_time == (1980, 1, 1, 0, 0, 0)
            assert zf.read(info) == (folder / info.filename.split("/", 1)[1]).read_bytes()


def test_frictionless_cli_accepts_the_release_and_catches_tampering(published, tmp_path):
    frictionless = shutil.which("frictionless")
    assert frictionless, "the frictionless CLI is a core dependency and must be installed"
    descriptor = published / "releases" / "0.1.0" / "datapackage.json"
    ok = subprocess.run([frictionless, "validate", str(descriptor)], capture_output=True, text=True, timeout=300)
    assert ok.returncode == 0, ok.stdout[-3000:] + ok.stderr[-2000:]
    assert "INVALID" not in ok.stdout
    copy = tmp_path / "0.1.0"
    shutil.copytree(descriptor.parent, copy)
    target = copy / "data" / "deployments.csv"
    target.write_bytes(target.read_bytes().replace(b"Russian Far East", b"Russian Far West"))
    bad = subprocess.run([frictionless, "validate", str(copy / "datapackage.json")], capture_output=True, text=True, timeout=300)
    assert bad.returncode != 0 and "hash-count" in bad.stdout


def test_parquet_reads_back_equal_to_csv_with_pyarrow_duckdb_pandas(published):
    import duckdb
    import pandas as pd

    folder = published / "releases" / "0.1.0"
    con = duckdb.connect()
    for t in TABLES:
        csv_path, pq_path = folder / "data" / f"{t}.csv", folder / "data" / f"{t}.parquet"
        expected = _csv_rows(csv_path, t)
        assert len(expected) > 0
        arrow = pq.read_table(pq_path)
        assert arrow.column_names == schema(t).field_names
        assert arrow.to_pylist() == expected
        names = ", ".join(f'"{n}"' for n in schema(t).field_names)
        duck = con.execute(f"SELECT {names} FROM read_parquet(?)", [str(pq_path)])
        cols = [d[0] for d in duck.description]
        assert [dict(zip(cols, row)) for row in duck.fetchall()] == expected
        duck_csv = con.execute(f"SELECT {names} FROM read_csv(?, header=true, all_varchar=true)", [str(csv_path)])
        assert len(duck_csv.fetchall()) == len(expected)
        frame = pd.read_parquet(pq_path)
        from_pandas = [{k: (None if pd.isna(v) else (int(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else v))
                        for k, v in row.items()} for row in frame.to_dict("records")]
        assert from_pandas == expected
        frame_csv = pd.read_csv(csv_path, dtype=str, keep_default_na=False)
        assert list(frame_csv.columns) == schema(t).field_names and len(frame_csv) == len(expected)


def test_preview_build_never_touches_releases(published, tmp_path):
    root = tmp_path / "r"
    shutil.copytree(published, root)
    write_records(root, RECORDS_V2)
    before = tree(root / "releases", skip_tmp=False)
    out = tmp_path / "preview"
    result = run_cli("build", "--curated-only", "--root", str(root), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert f"preview built in {out}" in result.stdout
    assert "records: sources 5" in result.stdout and "changes against 0.1.0:" in result.stdout
    assert "deployments: 0 added, 1 removed, 1 changed" in result.stdout
    assert (out / "datapackage.json").is_file() and (out / "data" / "deployments.parquet").is_file()
    assert tree(root / "releases", skip_tmp=False) == before
    inside = run_cli("build", "--curated-only", "--root", str(root), "--out", str(root / "releases" / "x"))
    assert inside.returncode == 1 and "inside the releases folder" in inside.stderr
    assert tree(root / "releases", skip_tmp=False) == before


_KILLER = """
import os, signal, sys
from nkru_data.release import build
stage = sys.argv[2]
def progress(message):
    if message == stage:
        os.kill(os.getpid(), signal.SIGKILL)
build(sys.argv[1], "0.2.0", progress=progress, extracted=False)
print("not killed")
"""


@pytest.mark.slow
@pytest.mark.parametrize("stage", ["inputs validated", "wrote README.md", "wrote data/deployments.parquet",
                                   "wrote nkru-data-0.2.0.zip", "wrote datapackage.json", "ready to publish"])
def test_kill_9_during_a_build_leaves_releases_unchanged(published, tmp_path, stage):
    """SIGKILL at several moments of a build (a real kill of a real process): the published versions,
    the index and every file stay byte-identical; the next build cleans up and publishes."""
    root = tmp_path / "r"
    shutil.copytree(published, root)
    write_records(root, RECORDS_V2)
    before = tree(root / "releases")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.run([sys.executable, "-c", _KILLER, str(root), stage], env=env, capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == -signal.SIGKILL, proc.stdout + proc.stderr
    assert tree(root / "releases") == before
    assert versions(root / "releases") == ["0.1.0"]
    leftovers = [p.name for p in (root / "releases").iterdir() if p.name.startswith(".tmp-")]
    assert leftovers == ([] if stage == "inputs validated" else [leftovers[0]])
    result = build(root, "0.2.0")
    assert result.status == "built"
    assert not [p for p in (root / "releases").iterdir() if p.name.startswith(".tmp-")]
    assert verify(releases_dir=root / "releases") == []


def test_kill_after_publishing_keeps_a_complete_version(published, tmp_path):
    """Between publishing (the rename) and rewriting index.json the version is complete; the index,
    derived from the folders, is repaired by the next build."""
    root = tmp_path / "r"
    shutil.copytree(published, root)
    write_records(root, RECORDS_V2)
    index_before = (root / "releases" / "index.json").read_bytes()
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.run([sys.executable, "-c", _KILLER, str(root), "published"], env=env, capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == -signal.SIGKILL
    assert versions(root / "releases") == ["0.1.0", "0.2.0"]
    assert verify(releases_dir=root / "releases") == []
    assert (root / "releases" / "index.json").read_bytes() == index_before
    assert build(root, "0.2.0").status == "identical"
    index = json.loads((root / "releases" / "index.json").read_text(encoding="utf-8"))
    assert [v["version"] for v in index["versions"]] == ["0.1.0", "0.2.0"]


def test_committed_releases():
    """Every version committed to the repository verifies, validates, and its Parquet equals its CSV.

    With nothing committed yet, the releases folder must hold no half-built
    version and no index listing versions that do not exist.
    """
    base = REPO / "releases"
    found = versions(base)
    index_path = base / "index.json"
    if index_path.exists():
        index = json.loads(index_path.read_text(encoding="utf-8"))
        assert [v["version"] for v in index["versions"]] == found
    else:
        assert found == []
    assert not [p for p in base.iterdir() if p.name.startswith(".tmp-")]
    if found:
        assert verify(releases_dir=base) == []
    for v in found:
        folder = base / v
        for t in TABLES:
            assert pq.read_table(folder / "data" / f"{t}.parquet").to_pylist() == _csv_rows(folder / "data" / f"{t}.csv", t)
        result = run_cli("validate", str(folder / "datapackage.json"))
        assert result.returncode == 0, result.stdout + result.stderr
        stock = subprocess.run([shutil.which("frictionless") or "frictionless", "validate", str(folder / "datapackage.json")],
                               capture_output=True, text=True, timeout=300)
        assert stock.returncode == 0, stock.stdout[-3000:]


def test_default_build_adds_extracted_records_where_no_curated_record_covers_the_claim(repo):
    result = _build(repo, "0.1.0")
    folder = result.path
    curated_only = collect_tables(repo, extracted=False)
    for t in ("deployments", "deliveries", "casualties", "diplomatic_acts"):
        rows = _csv_rows(folder / "data" / f"{t}.csv", t)
        cur = [r for r in rows if r["method"] == "curated"]
        ext = [r for r in rows if r["method"] == "extracted"]
        assert len(cur) == curated_only[t].num_rows
        assert all(r["rule_id"] for r in ext)
        for e in ext:  # the curated record stands wherever both cover the same claim
            assert not any(c["source_id"] == e["source_id"] and c["quote_start"] < e["quote_end"]
                           and e["quote_start"] < c["quote_end"] for c in cur)
    assert sum(result.counts[t] for t in TABLES[2:]) > sum(curated_only[t].num_rows for t in TABLES[2:])
