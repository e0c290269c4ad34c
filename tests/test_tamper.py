"""Tamper detection: one flipped byte in any file of a published release is caught and named.

``nkru-data verify`` exits 1 naming the file and ``nkru_data.load`` refuses
the release, for every file a release holds: canonical CSV, Parquet,
spreadsheet CSV, the codebook README.md, the source texts, the zip,
datapackage.json and SHA256SUMS.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest

import nkru_data
from nkru_data.errors import NkruError

from .conftest import run_cli
from .release_fixtures import make_repo


@pytest.fixture(scope="module")
def release(tmp_path_factory) -> Path:
    """A releases folder holding 0.1.0, built from the fixture records."""
    from nkru_data.release import build

    root = make_repo(tmp_path_factory.mktemp("tamper"))
    build(root, "0.1.0", extracted=False)  # fixture records only: these tests pin their counts
    assert nkru_data.verify("0.1.0", releases_dir=root / "releases") == []
    return root / "releases"


def _files(release: Path) -> list[str]:
    folder = release / "0.1.0"
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


def _damaged_copy(release: Path, dest: Path, rel: str, position: str) -> Path:
    copy = dest / "releases"
    shutil.copytree(release, copy)
    target = copy / "0.1.0" / rel
    data = bytearray(target.read_bytes())
    i = {"first": 0, "middle": len(data) // 2, "last": len(data) - 1}[position]
    data[i] ^= 0x01
    target.write_bytes(bytes(data))
    return copy


def _names(text: str, copy: Path, rel: str) -> bool:
    """The damaged file is named: by its full path, or (SHA256SUMS) by its name in the message."""
    return str(copy / "0.1.0" / rel) in text or (rel == "SHA256SUMS" and "SHA256SUMS" in text)


def test_every_kind_of_file_is_covered(release):
    files = _files(release)
    kinds = {Path(f).suffix or Path(f).name for f in files}
    assert kinds == {".csv", ".parquet", ".md", ".json", ".zip", ".txt", "SHA256SUMS"}  # .txt: the source texts
    assert any(f.startswith("spreadsheet/") for f in files) and any(f.startswith("data/") for f in files)


@pytest.mark.parametrize("position", ["first", "middle", "last"])
def test_one_flipped_byte_anywhere_is_caught(release, tmp_path, position):
    for i, rel in enumerate(_files(release)):
        copy = _damaged_copy(release, tmp_path / f"{i}", rel, position)
        problems = nkru_data.verify("0.1.0", releases_dir=copy)
        assert problems, f"{rel}: a flipped {position} byte went unnoticed by verify"
        assert _names("\n".join(str(p) for p in problems), copy, rel), (rel, [str(p) for p in problems])
        for table in ("deployments", "sources"):
            with pytest.raises(NkruError) as info:
                nkru_data.load(table, releases_dir=copy)
            message = str(info.value)
            assert "\n" not in message and ("checksum" in message or "damaged" in message or "edited" in message)
            assert _names(message, copy, rel) or (rel == "SHA256SUMS" and "datapackage.json" in message), message


@pytest.mark.parametrize("rel", ["data/deployments.csv", "data/casualties.parquet", "spreadsheet/actors.csv",
                                 "README.md", "nkru-data-0.1.0.zip", "datapackage.json", "SHA256SUMS"])
def test_cli_verify_exits_1_naming_the_file(release, tmp_path, rel):
    copy = _damaged_copy(release, tmp_path, rel, "middle")
    result = run_cli("verify", "--releases-dir", str(copy))
    assert result.returncode == 1, result.stdout + result.stderr
    assert _names(result.stdout, copy, rel), result.stdout
    assert "Traceback" not in result.stdout + result.stderr
    assert "damaged or was edited" in result.stderr


def test_untouched_copy_verifies_and_loads(release, tmp_path):
    """The control: copying alone changes nothing, so the failures above come from the flipped byte."""
    copy = tmp_path / "releases"
    shutil.copytree(release, copy)
    assert nkru_data.verify("0.1.0", releases_dir=copy) == []
    assert nkru_data.load("deployments", releases_dir=copy).num_rows == 2
    result = run_cli("verify", "--releases-dir", str(copy))
    assert result.returncode == 0, result.stdout + result.stderr


def test_sha256sums_works_with_standard_tools(release):
    """SHA256SUMS is in the format of `sha256sum -c` and lists every other file of the release."""
    folder = release / "0.1.0"
    lines = (folder / "SHA256SUMS").read_text(encoding="ascii").splitlines()
    listed = {}
    for line in lines:
        digest, rel = line.split("  ", 1)
        listed[rel] = digest
        assert digest == hashlib.sha256((folder / rel).read_bytes()).hexdigest()
    assert set(listed) == set(_files(release)) - {"SHA256SUMS"}


def test_consistently_edited_descriptor_is_still_caught(release, tmp_path):
    """Someone edits datapackage.json *and* re-signs it in SHA256SUMS, pointing a resource outside the
    release: verify reports it and load refuses, without an exception other than NkruError."""
    copy = tmp_path / "releases"
    shutil.copytree(release, copy)
    folder = copy / "0.1.0"
    desc = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    for res in desc["resources"]:
        if res["name"] == "deployments-parquet":
            res["path"] = "../../outside.parquet"
    raw = json.dumps(desc).encode("utf-8")
    (folder / "datapackage.json").write_bytes(raw)
    sums = [f"{hashlib.sha256(raw).hexdigest()}  datapackage.json" if ln.endswith("  datapackage.json")
            else ln.replace("  data/deployments.parquet", "  ../../outside.parquet")
            for ln in (folder / "SHA256SUMS").read_text().splitlines()]
    (folder / "SHA256SUMS").write_text("\n".join(sums) + "\n")
    problems = nkru_data.verify("0.1.0", releases_dir=copy)
    assert any("outside.parquet" in p.path for p in problems), problems
    with pytest.raises(NkruError, match="not a path inside the release"):
        nkru_data.load("deployments", releases_dir=copy)
