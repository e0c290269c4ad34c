"""The cross-process memory of passed checksum checks saves hashing, never hides damage."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from nkru_data.release import build

from .conftest import REPO
from .release_fixtures import make_repo

LOAD = "import sys, nkru_data; print(nkru_data.load('deployments', releases_dir=sys.argv[1]).num_rows)"


def _age(folder: Path, seconds: int = 3600) -> None:
    """Make every file look written an hour ago (a fresh file's stamp is never trusted across processes)."""
    for p in folder.rglob("*"):
        if p.is_file():
            st = p.stat()
            os.utime(p, ns=(st.st_atime_ns - seconds * 10**9, st.st_mtime_ns - seconds * 10**9))


def _run(releases: Path, cache: Path, **env) -> subprocess.CompletedProcess:
    full = {k: v for k, v in os.environ.items() if k != "NKRU_DATA_NO_VERIFY_CACHE"}
    full.update(PYTHONPATH=str(REPO), XDG_CACHE_HOME=str(cache), **env)
    return subprocess.run([sys.executable, "-c", LOAD, str(releases)], env=full, capture_output=True, text=True, timeout=120)


@pytest.fixture
def aged_release(tmp_path) -> Path:
    root = make_repo(tmp_path)
    build(root, "0.1.0", extracted=False)
    _age(root / "releases")
    return root / "releases"


def test_passed_checks_are_remembered_and_a_later_write_is_still_caught(aged_release, tmp_path):
    cache = tmp_path / "cache"
    first = _run(aged_release, cache)
    assert first.returncode == 0, first.stderr
    remembered = json.loads((cache / "nkru-data" / "verified.json").read_text())
    listed = [p for p in (aged_release / "0.1.0").rglob("*") if p.is_file() and p.name not in ("datapackage.json", "SHA256SUMS")]
    assert {str(p) for p in listed} <= set(remembered)
    codebook = aged_release / "0.1.0" / "README.md"
    data = bytearray(codebook.read_bytes())
    data[100] ^= 0x01
    codebook.write_bytes(bytes(data))  # a write: new modification time, so the remembered stamp no longer applies
    second = _run(aged_release, cache)
    assert second.returncode == 1 and "README.md" in second.stderr and "checksum mismatch" in second.stderr


def test_fresh_files_are_not_remembered_across_processes(tmp_path):
    root = make_repo(tmp_path)
    build(root, "0.1.0", extracted=False)
    cache = tmp_path / "cache"
    assert _run(root / "releases", cache).returncode == 0
    path = cache / "nkru-data" / "verified.json"
    assert not path.exists() or json.loads(path.read_text()) == {}


def test_cache_can_be_switched_off(aged_release, tmp_path):
    cache = tmp_path / "cache"
    assert _run(aged_release, cache, NKRU_DATA_NO_VERIFY_CACHE="1").returncode == 0
    assert not (cache / "nkru-data" / "verified.json").exists()
