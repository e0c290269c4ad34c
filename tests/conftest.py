"""Shared fixtures: a throw-away copy of the repository's inputs, and a CLI runner."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import settings

REPO = Path(__file__).resolve().parents[1]

# CI draws the property tests' examples from a fixed sequence (derandomize): a pull request fails for what it
# changed, never for an example first drawn that day. Local runs keep drawing new examples; a failure they
# find is fixed (hypothesis prints how to reproduce it) and the fixed sequence stays green.
settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    settings.load_profile("ci")


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory):
    """Keep the loader's checksum memory (``~/.cache/nkru-data``) out of the user's home during tests."""
    old = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("xdg-cache"))
    yield
    if old is None:
        os.environ.pop("XDG_CACHE_HOME", None)
    else:
        os.environ["XDG_CACHE_HOME"] = old


#: The day every version built in the tests is published on (2026-01-15): a release's ``created`` is the day of
#: publishing, and builds compared byte for byte must not fall on two sides of a midnight.
TEST_RELEASE_DAY = "1768435200"


@pytest.fixture(autouse=True, scope="session")
def _release_day():
    """Fix ``SOURCE_DATE_EPOCH`` for the session (the CLI subprocesses inherit it); tests of the clock unset it."""
    old = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = TEST_RELEASE_DAY
    yield
    if old is None:
        os.environ.pop("SOURCE_DATE_EPOCH", None)
    else:
        os.environ["SOURCE_DATE_EPOCH"] = old


@pytest.fixture
def repo_copy(tmp_path: Path) -> Path:
    """A copy of ``seeds/`` (and ``schemas/``) in a temporary repository root."""
    root = tmp_path / "repo"
    root.mkdir()
    shutil.copytree(REPO / "seeds", root / "seeds")
    return root


def run_cli(*args: str, cwd: Path | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    """Run ``nkru-data`` in a subprocess, exactly as a user would."""
    env = {**os.environ, "PYTHONPATH": str(REPO), "COLUMNS": "200", "NO_COLOR": "1"}
    env.pop("NKRU_DEBUG", None)
    return subprocess.run([sys.executable, "-m", "nkru_data", *args], cwd=cwd or REPO, env=env,
                          capture_output=True, text=True, timeout=timeout)


@pytest.fixture
def cli():
    return run_cli
