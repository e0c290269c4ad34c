"""The README's Quick start, ``.ci/run``, the GitHub workflow and the pre-commit hook run the same commands.

Every command is read from its file; nothing here keeps its own copy. Two
spellings count as the same command when they differ only in ``pip -q``
(quieter output, same install).
"""

from __future__ import annotations

import re
import shlex

import pytest
from ruamel.yaml import YAML

from .conftest import REPO


def _blocks(text: str, *langs: str) -> list[str]:
    """Bodies of the fenced code blocks of ``text`` whose language is one of ``langs``."""
    return [body for lang, body in re.findall(r"^```(\w*)\n(.*?)^```$", text, re.S | re.M) if lang in langs]


def _commands(line: str) -> list[tuple[str, ...]]:
    """Split a shell line on ``&&`` into token tuples, dropping pip's quiet flags."""
    out = []
    for part in line.split("&&"):
        tokens = shlex.split(part.strip(), comments=True)
        if tokens[:2] == ["pip", "install"]:
            tokens = [t for t in tokens if t not in ("-q", "-qq", "--quiet")]
        if tokens:
            out.append(tuple(tokens))
    return out


def _quick_start() -> list[str]:
    """The shell lines of the README's Quick start section."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = re.search(r"^## Quick start\n(.*?)(?=^## )", readme, re.S | re.M)
    assert section, "README.md has no '## Quick start' section"
    blocks = _blocks(section.group(1), "sh", "bash", "shell")
    lines = [ln.strip() for b in blocks for ln in b.splitlines() if ln.strip() and not ln.strip().startswith("#")]
    assert lines, "the Quick start has no shell commands"
    return lines


def _one(lines: list[str], word: str) -> str:
    hits = [ln for ln in lines if word in ln]
    assert len(hits) == 1, f"expected one command with {word!r}, found {hits}"
    return hits[0]


def _ci_run_lines() -> list[str]:
    text = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.strip().startswith("#")]


def _workflow() -> dict:
    files = sorted((REPO / ".github" / "workflows").glob("*.y*ml"))
    assert files, "no workflow under .github/workflows/"
    docs = [YAML(typ="safe", pure=True).load(p.read_text(encoding="utf-8")) for p in files]
    ci = [d for d in docs if "pull_request" in (d.get("on") or d.get(True) or {})]
    assert len(ci) == 1, "exactly one workflow must run on pull_request"
    return ci[0]


def _workflow_runs() -> list[str]:
    return [step["run"].strip() for job in _workflow()["jobs"].values() for step in job["steps"] if "run" in step]


def test_ci_run_runs_the_readme_test_command():
    readme_test = _commands(_one(_quick_start(), "pytest"))
    assert _commands(_one(_ci_run_lines(), "pytest")) == readme_test


def _readme_validate() -> tuple[str, ...]:
    """The validator command as the README's Validation section shows it first."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = re.search(r"^## Validation\n(.*?)(?=^## )", readme, re.S | re.M)
    assert section, "README.md has no '## Validation' section"
    lines = [ln for b in _blocks(section.group(1), "sh", "bash", "shell") for ln in b.splitlines() if ln.strip()]
    return _commands(_one(lines[:1], "nkru-data validate"))[0]


def test_workflow_runs_the_readme_commands():
    runs = [_commands(r) for r in _workflow_runs()]
    readme_main = _commands(_one(_quick_start(), "nkru-data build"))
    assert readme_main in runs, f"the workflow does not run {readme_main}"
    assert any(_readme_validate() in r for r in runs), "the workflow does not run the validator"
    readme_test = _commands(_one(_quick_start(), "pytest"))
    # the test suite runs either as the README's command itself or through .ci/run (checked above)
    assert readme_test in runs or [(".ci/run",)] in runs


def test_workflow_uses_a_python_the_package_supports():
    import tomllib

    needed = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["requires-python"]
    minimum = tuple(int(x) for x in re.fullmatch(r">=\s*(\d+)\.(\d+)", needed).groups())
    versions = [str(step["with"]["python-version"]) for job in _workflow()["jobs"].values()
                for step in job["steps"] if "setup-python" in str(step.get("uses", ""))]
    assert versions, "the workflow does not set up Python"
    assert all(tuple(int(x) for x in v.split(".")[:2]) >= minimum for v in versions)


def test_pre_commit_hook_runs_the_readme_validator():
    readme_validate = [_readme_validate()]
    config = YAML(typ="safe", pure=True).load((REPO / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    entries = [tuple(shlex.split(h["entry"])) for r in config["repos"] for h in r["hooks"]]
    assert readme_validate and readme_validate[0] in entries
    hook = next(h for r in config["repos"] for h in r["hooks"] if tuple(shlex.split(h["entry"])) == readme_validate[0])
    assert hook["pass_filenames"] is False  # the validator checks the whole tree, not single files
    assert re.search(hook["files"], "seeds/curated/dlf-2024-10-22.yaml")


@pytest.mark.parametrize("doc", ["CONTRIBUTING.md"])
def test_contributing_uses_the_same_validate_and_test_commands(doc):
    text = (REPO / doc).read_text(encoding="utf-8")
    shell = [ln.strip() for b in _blocks(text, "sh", "bash", "shell") for ln in b.splitlines()]
    commands = [c for ln in shell if ln and not ln.startswith("#") for c in _commands(ln)]
    for line in _quick_start():
        for command in _commands(line):
            if command[0] in ("nkru-data", "python"):
                assert command in commands, f"{doc} does not show {' '.join(command)}"


def test_every_cli_command_in_contributing_exists():
    """Commands shown in CONTRIBUTING.md are real: their --help exits 0."""
    from typer.testing import CliRunner

    from nkru_data.cli import app

    text = (REPO / "CONTRIBUTING.md").read_text(encoding="utf-8")
    names = sorted(set(re.findall(r"^\s*nkru-data ([a-z][a-z-]*)", text, re.M)))
    assert {"validate", "add-source"} <= set(names)
    runner = CliRunner()
    for name in names:
        result = runner.invoke(app, [name, "--help"])
        assert result.exit_code == 0, f"nkru-data {name}: {result.output}"


def test_contributing_record_example_is_valid(tmp_path):
    """The complete record file shown in CONTRIBUTING.md validates against the real source text."""
    import shutil

    from nkru_data.validation import validate

    text = (REPO / "CONTRIBUTING.md").read_text(encoding="utf-8")
    examples = [b for b in _blocks(text, "yaml") if b.startswith("source_id:")]
    assert len(examples) == 1
    root = tmp_path / "repo"
    shutil.copytree(REPO / "seeds", root / "seeds", ignore=shutil.ignore_patterns("curated"))
    (root / "seeds" / "curated").mkdir()
    sid = YAML(typ="safe", pure=True).load(examples[0])["source_id"]
    (root / "seeds" / "curated" / f"{sid}.yaml").write_text(examples[0], encoding="utf-8")
    report = validate(root)
    assert report.problems == []
    assert sum(n.get(sid, 0) for n in report.by_source.values()) == 2


def test_contributing_error_examples_are_real():
    """The sample problem lines in CONTRIBUTING.md are ones the corpus proves the validator prints."""
    text = (REPO / "CONTRIBUTING.md").read_text(encoding="utf-8")
    samples = [ln for b in _blocks(text, "") for ln in b.splitlines() if ln.startswith("seeds/")]
    assert samples
    produced = {ln for p in (REPO / "tests" / "corpus").glob("*/expected.txt") for ln in p.read_text(encoding="utf-8").splitlines()}
    for line in samples:
        assert line in produced, f"CONTRIBUTING.md shows a message no corpus case produces: {line}"


def test_guarantees_name_real_tests_and_the_real_corpus_size():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("## What we guarantee", 1)[1].split("\n## ", 1)[0]
    paths = re.findall(r"`(tests/[^`]+)`", section)
    assert paths and all((REPO / p).exists() for p in paths), paths
    cases = [p for p in (REPO / "tests" / "corpus").iterdir() if p.is_dir() and not p.name.startswith("_")]
    stated = re.search(r"corpus of (\d+) broken contributions", section)
    assert stated and int(stated.group(1)) == len(cases)
