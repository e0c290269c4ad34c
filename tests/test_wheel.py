"""A built wheel ships the releases: installed into a fresh virtual environment outside the
repository, it loads every table of every version offline.

The wheel is built from a copy of the package sources. When the repository
has no published version yet, a release built from the fixture records is
added to the copy, so the wheel always carries at least one version.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

import nkru_data
from nkru_data.loading import versions
from nkru_data.release import build
from nkru_data.schemas import TABLES

from .conftest import REPO
from .release_fixtures import make_repo

_CHECK = r"""
import json, sys
import nkru_data
from nkru_data.errors import NkruError
out = {"file": nkru_data.__file__, "path": sys.path, "versions": nkru_data.versions(), "counts": {}, "records": {}}
for v in out["versions"]:
    out["counts"][v] = {t: nkru_data.load(t, v).num_rows for t in nkru_data.TABLES}
    out["records"][v] = {t: len(nkru_data.records(t, v)) for t in nkru_data.TABLES}
out["problems"] = [str(p) for p in nkru_data.verify()]
print(json.dumps(out))
"""

_TAMPER = r"""
import nkru_data, pathlib
from nkru_data.errors import NkruError
v = nkru_data.versions()[-1]
path = pathlib.Path(nkru_data.__file__).parent / "_releases" / v / "data" / "actors.parquet"
path.write_bytes(path.read_bytes()[:-1] + b"X")
try:
    nkru_data.load("actors", v)
except NkruError as exc:
    print("raised:", exc)
"""


def _run(cmd: list[str], cwd: Path, env: dict) -> subprocess.CompletedProcess:
    result = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, f"{cmd}\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    return result


@pytest.mark.slow
def test_wheel_installed_in_a_fresh_venv_loads_every_version(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(REPO / name, src / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", ".tmp-*")
    for name in ("nkru_data", "schemas", "releases"):
        shutil.copytree(REPO / name, src / name, ignore=ignore)
    if not versions(src / "releases"):
        build(make_repo(tmp_path / "fixture"), "0.1.0", releases_dir=src / "releases")
    expected_versions = versions(src / "releases")
    expected_counts = {v: json.loads((src / "releases" / v / "datapackage.json").read_text(encoding="utf-8"))["x-counts"]
                       for v in expected_versions}

    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "NKRU_DATA_RELEASES", "PIP_INDEX_URL")}
    env["PIP_NO_INDEX"] = "1"  # offline: nothing is downloaded
    _run([sys.executable, "-m", "pip", "wheel", str(src), "--no-deps", "--no-build-isolation", "-q",
          "-w", str(tmp_path / "dist")], cwd=tmp_path, env=env)
    wheel, = (tmp_path / "dist").glob("nkru_data-*.whl")
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
    for v in expected_versions:
        assert f"nkru_data/_releases/{v}/datapackage.json" in names
        assert all(f"nkru_data/_releases/{v}/data/{t}.parquet" in names for t in TABLES)
    assert all(f"nkru_data/_schemas/{t}.json" in names for t in TABLES)

    venv = tmp_path / "venv"
    _run([sys.executable, "-m", "venv", str(venv)], cwd=tmp_path, env=env)
    py = venv / "bin" / "python"
    # Borrow the dependencies (pyarrow, pydantic ...) without downloading them: list this interpreter's
    # site-packages in a .pth file. Unlike --system-site-packages, the .pth files found there (such as the
    # editable install pointing at the checkout) are not processed, so the repository stays off sys.path.
    purelib = _run([str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], cwd=tmp_path, env=env)
    deps = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (Path(purelib.stdout.strip()) / "borrowed-deps.pth").write_text("\n".join(sorted(deps)) + "\n")
    _run([str(py), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel)], cwd=tmp_path, env=env)
    workdir = tmp_path / "elsewhere"
    workdir.mkdir()
    result = _run([str(py), "-c", _CHECK], cwd=workdir, env=env)
    report = json.loads(result.stdout)
    installed = Path(report["file"]).resolve()
    assert installed.is_relative_to(venv.resolve()), f"imported {installed}, not the installed wheel"
    assert not any(Path(p).resolve() == REPO.resolve() for p in report["path"] if p)
    assert report["versions"] == expected_versions
    assert report["counts"] == expected_counts == report["records"]
    assert report["problems"] == []

    # the version is written once, in nkru_data/__init__.py; the wheel's metadata and --version read it from there
    assert wheel.name.startswith(f"nkru_data-{nkru_data.__version__}-")
    shown = _run([str(venv / "bin" / "nkru-data"), "--version"], cwd=workdir, env=env)
    assert shown.stdout == f"nkru-data {nkru_data.__version__}\n"
    metadata = _run([str(py), "-c", "import importlib.metadata as m; print(m.version('nkru-data'))"], cwd=workdir, env=env)
    assert metadata.stdout.strip() == nkru_data.__version__

    cli = _run([str(venv / "bin" / "nkru-data"), "versions"], cwd=workdir, env=env)
    assert [line.split("\t")[0] for line in cli.stdout.splitlines()] == expected_versions

    tampered = _run([str(py), "-c", _TAMPER], cwd=workdir, env=env)
    assert tampered.stdout.startswith("raised: ") and "actors.parquet: checksum mismatch" in tampered.stdout
