"""Crash safety: ``kill -9`` of a real ``nkru-data build`` at several moments never damages ``releases/``.

The build runs as a user would run it (the CLI in a subprocess) and gets
SIGKILL after a delay spread over the time a full build takes. (The
release tests kill at named build stages from inside; this kills from
outside, at moments nobody chose.) After each kill the published versions
are byte-identical to before (or, if the kill came after the final rename,
the new version is complete and verifies); hidden ``.tmp-*`` work folders
are the only other thing that may be left, readers ignore them, and the next
build removes them and succeeds.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import nkru_data
from nkru_data.release import build

from .conftest import REPO
from .release_fixtures import RECORDS_V2, make_repo, write_records
from .treehash import tree_digest

#: When to kill: ("start", f) = after f of a full build's duration from launch (importing, validating);
#: ("writing", s) = s seconds after the build's work folder appears in releases/ (writing files, renaming).
MOMENTS = [("start", 0.1), ("start", 0.4), ("writing", 0.0), ("writing", 0.005), ("writing", 0.02),
           ("writing", 0.05), ("writing", 0.1), ("writing", 0.3)]


def _published(releases: Path) -> dict[str, str]:
    """The tree of releases/ without hidden work folders of interrupted builds."""
    return {k: v for k, v in tree_digest(releases).items() if not k.split("/")[0].startswith(".tmp-")}


def _cli_build(root: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("NKRU_DEBUG", None)
    return subprocess.Popen([sys.executable, "-m", "nkru_data", "build", "--version", "0.2.0", "--root", str(root)],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


@pytest.fixture(scope="module")
def base(tmp_path_factory) -> tuple[Path, float]:
    """A repository with 0.1.0 published and changed records waiting, and how long a full CLI build takes."""
    root = make_repo(tmp_path_factory.mktemp("crash"))
    build(root, "0.1.0")
    write_records(root, RECORDS_V2)
    trial = tmp_path_factory.mktemp("trial") / "r"
    shutil.copytree(root, trial)
    start = time.monotonic()
    proc = _cli_build(trial)
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err.decode()
    return root, time.monotonic() - start


def _wait_for_work_folder(proc: subprocess.Popen, releases: Path, limit: float) -> None:
    deadline = time.monotonic() + limit
    while proc.poll() is None and time.monotonic() < deadline:
        if any(p.name.startswith(".tmp-") for p in releases.iterdir()):
            return
        time.sleep(0.0005)


@pytest.mark.slow
@pytest.mark.parametrize("phase, delay", MOMENTS)
def test_kill_9_at_any_moment_leaves_releases_intact(base, tmp_path, phase, delay):
    template, duration = base
    root = tmp_path / "r"
    shutil.copytree(template, root)
    releases = root / "releases"
    before = _published(releases)

    proc = _cli_build(root)
    if phase == "start":
        time.sleep(duration * delay)
    else:
        _wait_for_work_folder(proc, releases, limit=duration * 5)
        time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=60)

    after = _published(releases)
    new = {k: v for k, v in after.items() if k not in before}
    # every published version's files are untouched; index.json (derived from the folders) may only change
    # once the new version is in place
    assert {k: v for k, v in after.items() if k in before and k != "index.json"} == \
        {k: v for k, v in before.items() if k != "index.json"}, "a published file changed"
    if after.get("index.json") != before.get("index.json"):
        assert new, "index.json changed although nothing was published"
        assert "0.2.0" in (releases / "index.json").read_text(encoding="utf-8")
    if proc.returncode != -signal.SIGKILL:  # the build finished before the kill: a normal publish
        assert proc.returncode == 0
    if new:  # killed after the final rename (or finished): 0.2.0 must be whole
        assert all(k == "0.2.0" or k.startswith("0.2.0/") or k == "index.json" for k in new), sorted(new)
        assert nkru_data.verify("0.2.0", releases_dir=releases) == []
    else:
        assert nkru_data.versions(releases) == ["0.1.0"]
    leftovers = [p.name for p in releases.iterdir() if p.name not in {k.split("/")[0] for k in after}]
    assert all(n.startswith(".tmp-") for n in leftovers), leftovers
    assert nkru_data.verify("0.1.0", releases_dir=releases) == []

    result = build(root, "0.2.0")  # the next build succeeds and cleans up
    assert result.status in ("built", "identical")
    assert not [p for p in releases.iterdir() if p.name.startswith(".tmp-")]
    assert nkru_data.versions(releases) == ["0.1.0", "0.2.0"]
    assert nkru_data.verify(releases_dir=releases) == []
    assert {k: v for k, v in _published(releases).items() if k.startswith("0.1.0")} == \
        {k: v for k, v in before.items() if k.startswith("0.1.0")}


def test_leftover_of_a_kill_while_writing_the_index_is_removed_by_the_next_build(base, tmp_path):
    """A kill between publishing and replacing index.json can leave the index's temporary file; a rebuild of
    the same version (status 'identical') must clean it too (found by the timed kills above)."""
    template, _ = base
    root = tmp_path / "r"
    shutil.copytree(template, root)
    assert build(root, "0.2.0").status == "built"
    stray = root / "releases" / ".tmp-index-abc123"
    stray.write_text("{", encoding="utf-8")
    assert build(root, "0.2.0").status == "identical"
    assert not stray.exists()
    assert nkru_data.versions(root / "releases") == ["0.1.0", "0.2.0"]
