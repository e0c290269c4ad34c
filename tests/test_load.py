"""The loading API and its CLI mirror: versions, load, records, package, verify, export."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import nkru_data
from nkru_data.dates import PartialDate
from nkru_data.errors import NkruError
from nkru_data.models import MODELS, Modality
from nkru_data.release import build
from nkru_data.schemas import TABLES, schema

from .conftest import REPO, run_cli
from .release_fixtures import RECORDS_V2, make_repo, write_records


@pytest.fixture(scope="module")
def releases(tmp_path_factory) -> Path:
    """A releases folder with 0.1.0 and 0.2.0 built from the fixture records."""
    root = make_repo(tmp_path_factory.mktemp("load"))
    build(root, "0.1.0", extracted=False)  # fixture records only: these tests pin their counts
    write_records(root, RECORDS_V2)
    build(root, "0.2.0", extracted=False)
    return root / "releases"


@pytest.fixture
def damaged(releases, tmp_path) -> Path:
    """A copy of the releases whose 0.2.0 deployments Parquet file has one byte changed."""
    copy = tmp_path / "releases"
    shutil.copytree(releases, copy)
    target = copy / "0.2.0" / "data" / "deployments.parquet"
    data = bytearray(target.read_bytes())
    data[len(data) // 2] ^= 0xFF
    target.write_bytes(bytes(data))
    return copy


def test_versions_are_sorted_by_semver_and_ignore_other_entries(releases, tmp_path):
    base = tmp_path / "r"
    for v in ("0.10.0", "0.9.0", "0.2.0", "1.0.0"):
        shutil.copytree(releases / "0.1.0", base / v)
    (base / ".tmp-2.0.0-123").mkdir()
    shutil.copy(releases / "0.1.0" / "datapackage.json", base / ".tmp-2.0.0-123" / "datapackage.json")
    (base / "not-a-version").mkdir()
    (base / "3.0.0").mkdir()  # no descriptor: not a release
    shutil.copy(releases / "index.json", base / "index.json")
    assert nkru_data.versions(releases_dir=base) == ["0.2.0", "0.9.0", "0.10.0", "1.0.0"]
    assert nkru_data.versions(releases_dir=releases) == ["0.1.0", "0.2.0"]
    assert nkru_data.versions(releases_dir=tmp_path / "nothing-here") == []


def test_load_defaults_to_latest_and_matches_the_files(releases):
    for t in TABLES:
        latest = nkru_data.load(t, releases_dir=releases)
        assert isinstance(latest, pa.Table)
        assert latest.equals(pq.read_table(releases / "0.2.0" / "data" / f"{t}.parquet"))
        assert latest.column_names == schema(t).field_names
        old = nkru_data.load(t, "0.1.0", releases_dir=releases)
        assert old.equals(pq.read_table(releases / "0.1.0" / "data" / f"{t}.parquet"))
    assert nkru_data.load("deployments", "0.1.0", releases_dir=releases).num_rows == 2
    assert nkru_data.load("deployments", releases_dir=releases).num_rows == 1
    assert nkru_data.load("deployments", "v0.1.0", releases_dir=releases).num_rows == 2


def test_records_are_typed_models_equal_to_validated_ones(releases):
    for t in TABLES:
        rows = nkru_data.load(t, releases_dir=releases).to_pylist()
        models = nkru_data.records(t, releases_dir=releases)
        assert len(models) == len(rows) > 0
        for m, row in zip(models, rows):
            assert type(m) is MODELS[t]
            assert m.model_dump(mode="json") == row
            # the fast path gives exactly what full pydantic validation gives
            assert MODELS[t].model_validate(row) == m
    dep = nkru_data.records("deployments", "0.1.0", releases_dir=releases)[0]
    assert isinstance(dep.modality, Modality) and isinstance(dep.reported_date, PartialDate)
    assert dep.reported_date.precision in ("year", "month", "day")


def test_package_returns_the_descriptor_with_counts(releases):
    desc = nkru_data.package(releases_dir=releases)
    assert desc["version"] == "0.2.0"
    assert desc["x-counts"]["deployments"] == 1 and desc["x-counts"]["diplomatic_acts"] == 2
    desc["version"] = "changed"  # a fresh copy: the cache is not affected
    assert nkru_data.package("0.2.0", releases_dir=releases)["version"] == "0.2.0"
    assert nkru_data.package("0.1.0", releases_dir=releases)["x-counts"]["deployments"] == 2


def test_unknown_table_or_version_is_a_clear_error(releases, tmp_path):
    with pytest.raises(NkruError, match="unknown table 'deployment'"):
        nkru_data.load("deployment", releases_dir=releases)
    with pytest.raises(NkruError, match=r"version 9\.9\.9 is not published .*0\.1\.0, 0\.2\.0"):
        nkru_data.load("deployments", "9.9.9", releases_dir=releases)
    with pytest.raises(NkruError, match="no release is published"):
        nkru_data.load("deployments", releases_dir=tmp_path)
    result = run_cli("export", "nope", "--releases-dir", str(releases))  # a table name outside the choices: usage
    assert result.returncode == 2 and "'nope' is not one of sources" in result.stderr and "Traceback" not in result.stderr


def test_checksum_mismatch_raises_naming_the_file(damaged):
    bad = damaged / "0.2.0" / "data" / "deployments.parquet"
    with pytest.raises(NkruError, match=rf"{bad}: checksum mismatch"):
        nkru_data.load("deployments", releases_dir=damaged)
    with pytest.raises(NkruError, match="checksum mismatch"):
        nkru_data.records("deployments", releases_dir=damaged)
    assert nkru_data.load("deployments", "0.1.0", releases_dir=damaged).num_rows == 2  # other files still load
    problems = nkru_data.verify("0.2.0", releases_dir=damaged)
    assert [p.path for p in problems] == [str(bad)]
    assert nkru_data.verify("0.1.0", releases_dir=damaged) == []
    result = run_cli("verify", "--releases-dir", str(damaged))
    assert result.returncode == 1 and str(bad) in result.stdout and "Traceback" not in result.stderr
    result = run_cli("verify", "0.1.0", "--releases-dir", str(damaged))
    assert result.returncode == 0 and "verified: 0.1.0" in result.stderr


def test_a_file_changed_after_a_successful_load_is_caught(releases, tmp_path):
    copy = tmp_path / "releases"
    shutil.copytree(releases, copy)
    assert nkru_data.load("sources", releases_dir=copy).num_rows == 5
    target = copy / "0.2.0" / "data" / "sources.parquet"
    data = bytearray(target.read_bytes())
    data[100] ^= 0x01
    target.write_bytes(bytes(data))
    os.utime(target, ns=(target.stat().st_atime_ns, target.stat().st_mtime_ns + 10_000_000))
    with pytest.raises(NkruError, match="checksum mismatch"):
        nkru_data.load("sources", releases_dir=copy)


def test_verify_reports_missing_and_unlisted_files(releases, tmp_path):
    copy = tmp_path / "releases"
    shutil.copytree(releases, copy)
    (copy / "0.1.0" / "README.md").unlink()
    (copy / "0.1.0" / "data" / "extra.csv").write_text("x\n")
    problems = {(Path(p.path).relative_to(copy).as_posix(), p.type) for p in nkru_data.verify("0.1.0", releases_dir=copy)}
    assert problems == {("0.1.0/README.md", "missing-file"), ("0.1.0/data/extra.csv", "extra-file")}


def test_environment_variable_points_at_releases(releases):
    code = "import nkru_data; print(nkru_data.versions()); print(nkru_data.load('deployments').num_rows)"
    env = {**os.environ, "PYTHONPATH": str(REPO), "NKRU_DATA_RELEASES": str(releases)}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split("\n")[:2] == ["['0.1.0', '0.2.0']", "1"]


def test_import_is_light_and_load_does_not_pull_heavy_modules(releases):
    code = (
        "import sys, nkru_data\n"
        "heavy = ('frictionless', 'pandas', 'pydantic', 'pyarrow', 'typer', 'rich', 'ruamel')\n"
        "print(sorted(m for m in heavy if m in sys.modules))\n"
        f"nkru_data.load('deployments', releases_dir={str(releases)!r})\n"
        "print(sorted(m for m in heavy if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], env={**os.environ, "PYTHONPATH": str(REPO)},
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines() == ["[]", "['pyarrow']"]


def test_cli_versions_info_export(releases, tmp_path):
    result = run_cli("versions", "--releases-dir", str(releases))
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert [line.split("\t")[0] for line in lines] == ["0.1.0", "0.2.0"] and "deployments 2" in lines[0]
    info = run_cli("info", "0.1.0", "--releases-dir", str(releases))
    assert info.returncode == 0 and "nkru-data 0.1.0" in info.stdout and "data/deployments.parquet" in info.stdout
    csv_out = run_cli("export", "deployments", "--version", "0.1.0", "--releases-dir", str(releases))
    assert csv_out.returncode == 0
    assert csv_out.stdout.encode("utf-8") == (releases / "0.1.0" / "data" / "deployments.csv").read_bytes()
    jsonl = tmp_path / "d.jsonl"
    result = run_cli("export", "deployments", "--format", "jsonl", "--output", str(jsonl), "--releases-dir", str(releases))
    assert result.returncode == 0
    rows = [json.loads(line) for line in jsonl.read_text(encoding="utf-8").splitlines()]
    assert rows == nkru_data.load("deployments", releases_dir=releases).to_pylist()
    assert list(rows[0]) == schema("deployments").field_names
    parquet = tmp_path / "d.parquet"
    result = run_cli("export", "casualties", "--version", "0.1.0", "--format", "parquet", "-o", str(parquet),
                     "--releases-dir", str(releases))
    assert result.returncode == 0
    assert pq.read_table(parquet).equals(nkru_data.load("casualties", "0.1.0", releases_dir=releases))
    bad = run_cli("export", "deployments", "--format", "xlsx", "--releases-dir", str(releases))
    assert bad.returncode == 2 and "'xlsx' is not one of csv, parquet, jsonl" in bad.stderr  # wrong usage


def test_diff_api(releases):
    changes = nkru_data.diff("0.1.0", "0.2.0", releases_dir=releases)
    assert changes.summary()["deployments"] == (0, 1, 1)
    back = nkru_data.diff("0.2.0", "0.1.0", releases_dir=releases)
    assert back.summary()["deployments"] == (1, 0, 1)
    assert not nkru_data.diff("0.1.0", "0.1.0", releases_dir=releases)
