"""The memory of passed checksum checks saves hashing, never hides damage.

A passed check is remembered while a file's size, modification time, ctime
and inode stay the same. The ctime is what catches an edit that keeps the
size and sets the modification time back with ``os.utime``: user space
cannot set the ctime back.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

import nkru_data
from nkru_data import loading
from nkru_data.errors import NkruError
from nkru_data.release import build

from .conftest import REPO
from .release_fixtures import make_repo

LOAD = "import sys, nkru_data; print(nkru_data.load('deployments', releases_dir=sys.argv[1]).num_rows)"
COPIES = ("remembered", "switched-off", "utime")


def _env(cache: Path, **extra) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("NKRU_DATA_NO_VERIFY_CACHE", "NKRU_DEBUG")}
    env.update(PYTHONPATH=str(REPO), XDG_CACHE_HOME=str(cache), **extra)
    return env


def _run(releases: Path, cache: Path, **env) -> subprocess.CompletedProcess:
    """Load a table in a fresh process (the cross-process memory is all it can share with earlier runs)."""
    return subprocess.run([sys.executable, "-c", LOAD, str(releases)], env=_env(cache, **env),
                          capture_output=True, text=True, timeout=120)


def _export_cli(releases: Path, cache: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "nkru_data", "export", "deployments", "--releases-dir", str(releases)],
                          env=_env(cache), capture_output=True, text=True, timeout=120)


def _remembered(cache: Path) -> dict:
    return json.loads((cache / "nkru-data" / "verified.json").read_text())


def _edit_keeping_size_and_mtime(path: Path) -> None:
    """Change one byte of ``path`` in place and set its modification time back: size, mtime and inode as before."""
    before = path.stat()
    data = bytearray(path.read_bytes())
    i = data.index(b"Nordkorea")  # a letter inside a quote: the CSV stays well-formed, only the data changes
    data[i] = ord("M")
    path.write_bytes(bytes(data))
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    after = path.stat()
    assert (after.st_size, after.st_mtime_ns, after.st_ino) == (before.st_size, before.st_mtime_ns, before.st_ino)


@pytest.fixture(scope="module")
def settled(tmp_path_factory) -> dict[str, Path]:
    """Copies of one releases folder, each for one test, whose files are old enough to be remembered on disk.

    Files younger than a few seconds (by modification time and ctime) are never
    remembered across processes; a ctime cannot be set back, so the copies wait.
    """
    base = tmp_path_factory.mktemp("settled")
    root = make_repo(base)
    build(root, "0.1.0", extracted=False)
    copies = {}
    for name in COPIES:
        copies[name] = base / name / "releases"
        shutil.copytree(root / "releases", copies[name])
    newest = max(p.stat().st_ctime_ns for c in copies.values() for p in c.rglob("*"))
    time.sleep(max(0.0, (newest + loading._SETTLE_NS - time.time_ns()) / 1e9 + 0.5))
    return copies


def test_passed_checks_are_remembered_and_a_later_write_is_still_caught(settled, tmp_path):
    releases, cache = settled["remembered"], tmp_path / "cache"
    first = _run(releases, cache)
    assert first.returncode == 0, first.stderr
    listed = [p for p in (releases / "0.1.0").rglob("*") if p.is_file() and p.name not in ("datapackage.json", "SHA256SUMS")]
    assert {str(p) for p in listed} <= set(_remembered(cache))
    codebook = releases / "0.1.0" / "README.md"
    data = bytearray(codebook.read_bytes())
    data[100] ^= 0x01
    codebook.write_bytes(bytes(data))  # a write: new modification time and ctime, so the remembered stamp no longer applies
    second = _run(releases, cache)
    assert second.returncode == 1 and "README.md" in second.stderr and "checksum mismatch" in second.stderr


def test_an_edit_that_restores_size_and_mtime_is_caught_across_processes(settled, tmp_path):
    releases, cache = settled["utime"], tmp_path / "cache"
    csv = releases / "0.1.0" / "data" / "deployments.csv"
    assert _run(releases, cache).returncode == 0
    assert str(csv) in _remembered(cache)  # the check was remembered: the next process would trust it
    _edit_keeping_size_and_mtime(csv)
    result = _export_cli(releases, cache)
    assert result.returncode == 1, "altered data was exported: " + result.stdout[:200]
    assert result.stdout == "" and f"{csv}: checksum mismatch" in result.stderr
    assert _run(releases, cache).returncode == 1  # and load refuses the release


def test_an_edit_that_restores_size_and_mtime_is_caught_in_the_same_process(tmp_path, monkeypatch):
    monkeypatch.delenv("NKRU_DATA_NO_VERIFY_CACHE", raising=False)
    root = make_repo(tmp_path)
    build(root, "0.1.0", extracted=False)
    releases = root / "releases"
    csv = releases / "0.1.0" / "data" / "deployments.csv"
    assert nkru_data.export("deployments", releases_dir=releases) == csv.read_bytes()  # checked and remembered
    _edit_keeping_size_and_mtime(csv)
    with pytest.raises(NkruError, match="deployments.csv: checksum mismatch"):
        nkru_data.export("deployments", releases_dir=releases)
    with pytest.raises(NkruError, match="deployments.csv: checksum mismatch"):
        nkru_data.load("deployments", releases_dir=releases)


def test_fresh_files_are_not_remembered_across_processes(tmp_path):
    root = make_repo(tmp_path)
    build(root, "0.1.0", extracted=False)
    cache = tmp_path / "cache"
    assert _run(root / "releases", cache).returncode == 0
    path = cache / "nkru-data" / "verified.json"
    assert not path.exists() or json.loads(path.read_text()) == {}


def test_cache_can_be_switched_off(settled, tmp_path, monkeypatch):
    releases, cache = settled["switched-off"], tmp_path / "cache"
    assert _run(releases, cache, NKRU_DATA_NO_VERIFY_CACHE="1").returncode == 0
    assert not (cache / "nkru-data" / "verified.json").exists()
    # switched off, nothing is remembered in the process either
    monkeypatch.setenv("NKRU_DATA_NO_VERIFY_CACHE", "1")
    monkeypatch.setattr(loading, "_verified", {})
    nkru_data.load("deployments", releases_dir=releases)
    assert loading._verified == {}
