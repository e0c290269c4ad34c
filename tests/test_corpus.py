"""The bad-input corpus: every broken contribution fails with its exact message and changes nothing.

Each folder ``tests/corpus/<case>/`` is one broken contribution:

* ``files/`` (optional): files laid over the base tree, byte for byte
  (record files, an edited text, a Latin-1 or CRLF file ...);
* ``case.yaml``: ``about`` (one line: what is broken) and optional ``steps``
  for what cannot be committed as a file, applied in order:
  ``replace: {path, old, new}`` (text edit, exactly one match), ``delete: path``,
  ``symlink: {path, target}`` (``{outside}`` is a folder next to the repository),
  ``sparse: {path, size}`` (a large file of zeros, made at test time);
* ``expected.txt``: the exact lines ``nkru-data validate`` prints on stdout.

The base tree is a temporary repository with the real ``seeds/texts/`` and the
frozen ``tests/corpus/_base/seeds/{sources.yaml,actors.csv}`` and *no* record
files, so the expected lines do not move when the real records change.

Run ``python -m tests.test_corpus CASE`` to print what a case gives now.
"""

from __future__ import annotations

import os
import shutil
import sys
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from .conftest import REPO, run_cli
from .treehash import tree_digest

CORPUS = Path(__file__).resolve().parent / "corpus"
CASES = sorted(p.name for p in CORPUS.iterdir() if p.is_dir() and not p.name.startswith("_"))
STEP_KINDS = {"replace", "delete", "symlink", "sparse"}


def base_tree(root: Path) -> None:
    """The real source texts, the frozen registry and actors, and no record files."""
    (root / "seeds" / "curated").mkdir(parents=True)
    shutil.copytree(REPO / "seeds" / "texts", root / "seeds" / "texts")
    for name in ("sources.yaml", "actors.csv"):
        shutil.copy2(CORPUS / "_base" / "seeds" / name, root / "seeds" / name)


def build_case(case: str, workdir: Path) -> Path:
    """Lay out the case's tree under ``workdir`` and return the repository root."""
    root, outside = workdir / "repo", workdir / "outside"
    base_tree(root)
    outside.mkdir()
    (outside / "secret.txt").write_text("not a source text\n", encoding="utf-8")
    case_dir = CORPUS / case
    if (case_dir / "files").is_dir():
        shutil.copytree(case_dir / "files", root, dirs_exist_ok=True)
    spec = YAML(typ="safe", pure=True).load((case_dir / "case.yaml").read_text(encoding="utf-8"))
    for step in spec.get("steps") or []:
        (kind, arg), = step.items()
        if kind == "replace":
            target = root / arg["path"]
            text = target.read_text(encoding="utf-8")
            assert text.count(arg["old"]) == 1, f"{case}: 'old' must occur exactly once in {arg['path']}"
            target.write_text(text.replace(arg["old"], arg["new"]), encoding="utf-8", newline="")
        elif kind == "delete":
            (root / arg).unlink()
        elif kind == "symlink":
            (root / arg["path"]).symlink_to(arg["target"].replace("{outside}", str(outside)))
        elif kind == "sparse":
            with open(root / arg["path"], "wb") as fh:
                fh.truncate(int(arg["size"]))
        else:
            raise AssertionError(f"{case}: unknown step {kind!r}; use one of {sorted(STEP_KINDS)}")
    return root


def run_case(case: str, workdir: Path) -> dict:
    root = build_case(case, workdir)
    before = tree_digest(workdir)
    result = run_cli("validate", ".", cwd=root)
    after = tree_digest(workdir)
    return {"result": result, "changed": sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))}


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory) -> dict:
    """Run every case once, two at a time (each is a fresh subprocess, like a contributor's run)."""
    base = tmp_path_factory.mktemp("corpus")

    def one(case):
        work = base / case
        work.mkdir()
        return case, run_case(case, work)

    with ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 2)) as pool:
        return dict(pool.map(one, CASES))


def test_corpus_is_large_enough():
    assert len(CASES) >= 40


def test_base_tree_is_valid(tmp_path):
    """Without a broken file the base validates: every failure below comes from its case alone."""
    root = tmp_path / "repo"
    base_tree(root)
    result = run_cli("validate", ".", "-q", cwd=root)
    assert result.returncode == 0, result.stdout + result.stderr


@lru_cache(maxsize=None)
def _spec(case: str) -> dict:
    return YAML(typ="safe", pure=True).load((CORPUS / case / "case.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES)
def test_case(case, outcomes):
    spec = _spec(case)
    assert isinstance(spec.get("about"), str) and spec["about"].strip(), f"{case}: case.yaml needs 'about'"
    expected = (CORPUS / case / "expected.txt").read_text(encoding="utf-8").splitlines()
    assert expected, f"{case}: expected.txt is empty"
    out = outcomes[case]
    result = out["result"]
    assert "Traceback" not in result.stdout + result.stderr
    assert "internal error" not in result.stderr
    assert result.returncode == 1, result.stdout + result.stderr
    assert result.stdout.splitlines() == expected
    assert result.stderr.strip() == f"{len(expected)} problem(s) found in ."
    assert out["changed"] == [], f"files changed by validate: {out['changed']}"


if __name__ == "__main__":  # print what the given cases give now (to write or review an expected.txt)
    import tempfile

    for name in sys.argv[1:] or CASES:
        with tempfile.TemporaryDirectory() as tmp:
            outcome = run_case(name, Path(tmp))
            print(f"== {name} (exit {outcome['result'].returncode}, changed {outcome['changed']})")
            print(outcome["result"].stdout, end="")
            print(outcome["result"].stderr, end="", file=sys.stderr)
