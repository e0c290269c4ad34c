"""The command line as a user meets it: exit codes, --help, --version, file errors, closed pipes, review widths.

Every behaviour here is the CLI's, so every test runs ``nkru-data`` in a
subprocess (see ``conftest.run_cli``).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import typer.main

import nkru_data
from nkru_data import loading
from nkru_data.cli import app
from nkru_data.errors import NkruError
from nkru_data.reviewing import source_records

from .conftest import REPO, run_cli

TEXT = str(REPO / "README.md")  # an existing file, for arguments that must exist
NO_ROOT = "/nonexistent-nkru-root"  # so that a usage check that failed to fire still cannot touch a checkout
COMMANDS = typer.main.get_command(app).commands


@pytest.fixture(scope="module")
def releases(tmp_path_factory) -> Path:
    """A copy of the published releases (read only by these tests; the copy keeps the checkout out of reach)."""
    copy = tmp_path_factory.mktemp("usage") / "releases"
    shutil.copytree(REPO / "releases", copy)
    return copy


def _one_error_line(result: subprocess.CompletedProcess) -> str:
    """The single stderr line of a data error, checked to be plain: no traceback, no 'internal error'."""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error: ") and "internal error" not in lines[0]
    return lines[0]


# --- exit codes: 2 for wrong usage, 1 for bad data, for every command ---------------------------------------

USAGE_ERRORS = [
    ("no-such-command",),
    ("validate", TEXT),  # an existing path that is none of the things validate checks
    ("validate", "/nonexistent/path"),
    ("validate", "--bogus"),
    ("add-source", TEXT, "--published", "2024-13", "--root", NO_ROOT),
    ("add-source", TEXT, "--published", "24.10.2024", "--root", NO_ROOT),
    ("add-source", TEXT, "--published", "2024", "--published-basis", "guessed", "--root", NO_ROOT),
    ("add-source", "/nonexistent/text.txt", "--published", "2024", "--root", NO_ROOT),
    ("add-source", TEXT, "--root", NO_ROOT),  # --published missing
    ("build", "--version", "0.1", "--root", NO_ROOT),
    ("build", "--bogus"),
    ("versions", "extra-argument"),
    ("info", "latest"),
    ("info", "--version", "0.1"),
    ("info", "0.1.0", "--version", "0.1.1"),
    ("diff", "0.1.0"),  # B missing
    ("diff", "0.1", "0.1.1"),
    ("export",),  # TABLE missing
    ("export", "nope"),
    ("export", "deployments", "--format", "xlsx"),
    ("export", "deployments", "--version", "latest"),
    ("verify", "0.1"),
    ("verify", "--version", "latest"),
    ("review",),  # SOURCE_ID missing
    ("review", "dlf-2024-10-22", "--width", "0"),
    ("extract", TEXT, "--published", "2024-10", "--format", "bogus"),
    ("extract", TEXT, "--published", "bogus"),
    ("extract", "/nonexistent/text.txt", "--published", "2024"),
    ("eval", "--bogus"),
]


@pytest.mark.parametrize("args", USAGE_ERRORS, ids=" ".join)
def test_every_usage_error_exits_2(args):
    result = run_cli(*args)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    assert "--help" in result.stderr  # usage errors point at the command's help


def test_usage_errors_cover_every_command():
    named = {args[0] for args in USAGE_ERRORS}
    assert set(COMMANDS) <= named


@pytest.mark.parametrize("args, message", [
    (("info", "9.9.9"), "version 9.9.9 is not published"),
    (("export", "deployments", "--version", "9.9.9"), "version 9.9.9 is not published"),
    (("review", "no-such-source", "--root", str(REPO)), "unknown source 'no-such-source'"),
    (("eval", "--root", NO_ROOT), "no seeds/ folder here; give the repository root with --root"),
    (("review", "dlf-2024-10-22", "--root", NO_ROOT), "no seeds/ folder here; give the repository root with --root"),
])
def test_bad_data_exits_1_with_one_line(args, message):
    result = run_cli(*args)
    assert result.returncode == 1
    assert message in _one_error_line(result)


# --- files and folders that cannot be used: one plain line, exit 1 ----------------------------------------

def test_export_to_a_missing_directory_or_a_directory(releases, tmp_path):
    target = tmp_path / "missing" / "x.csv"
    result = run_cli("export", "deployments", "-o", str(target), "--releases-dir", str(releases))
    assert result.returncode == 1
    assert _one_error_line(result) == f"error: cannot write {target}: no such directory {target.parent}"
    result = run_cli("export", "deployments", "-o", str(tmp_path), "--releases-dir", str(releases))
    assert result.returncode == 1
    assert _one_error_line(result) == f"error: cannot write {tmp_path}: it is a directory; give a file name"


@pytest.mark.parametrize("command", [("versions",), ("info",), ("verify",), ("export", "deployments"), ("diff", "0.1.0", "0.1.1")])
def test_releases_dir_that_is_a_file(command):
    result = run_cli(*command, "--releases-dir", "/etc/passwd" if Path("/etc/passwd").is_file() else TEXT)
    assert result.returncode == 1
    assert "is not a directory" in _one_error_line(result)


def test_library_raises_nkru_error_for_a_releases_path_that_is_a_file():
    with pytest.raises(NkruError, match="README.md: is not a directory"):
        nkru_data.versions(TEXT)
    with pytest.raises(NkruError, match="is not a directory"):
        nkru_data.load("deployments", releases_dir=TEXT)


def test_library_raises_nkru_error_for_an_unreadable_releases_folder(monkeypatch, tmp_path):
    def denied(path):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(loading.os, "scandir", denied)
    with pytest.raises(NkruError, match=f"{tmp_path}: cannot read the releases folder \\(Permission denied\\)"):
        nkru_data.versions(tmp_path)


def test_permission_denied_is_one_line(releases):
    # (root may write anywhere on disk, but nobody may create a file in sysfs: a real EACCES, also as root in CI)
    target = Path("/sys/kernel/nkru-data-test.csv")
    if not target.parent.is_dir():
        pytest.skip("needs Linux sysfs")
    result = run_cli("export", "deployments", "-o", str(target), "--releases-dir", str(releases))
    assert result.returncode == 1 and "permission denied" in _one_error_line(result)


# --- versions: the form X.Y.Z, and how to ask for the latest ------------------------------------------------

@pytest.mark.parametrize("version", ["latest", "0.1"])
def test_malformed_version_says_the_form_and_how_to_get_the_latest(releases, version):
    with pytest.raises(NkruError) as info:
        nkru_data.load("deployments", version=version, releases_dir=releases)
    message = str(info.value)
    assert "X.Y.Z" in message and "for the latest release give no version" in message
    assert "--" not in message  # a library error names no command-line flag


def test_library_errors_name_no_flags(tmp_path):
    for call in (lambda: nkru_data.evaluate(tmp_path), lambda: nkru_data.review("dlf-2024-10-22", tmp_path),
                 lambda: nkru_data.load("deployments", releases_dir=tmp_path)):
        with pytest.raises(NkruError) as info:
            call()
        assert "--" not in str(info.value), str(info.value)


# --- --version ----------------------------------------------------------------------------------------------

def test_version_flag_prints_the_package_version():
    result = run_cli("--version")
    assert result.returncode == 0 and result.stdout == f"nkru-data {nkru_data.__version__}\n"


@pytest.mark.parametrize("command", ["info", "verify"])
def test_info_and_verify_take_the_version_as_argument_or_option(releases, command):
    positional = run_cli(command, "0.1.0", "--releases-dir", str(releases))
    option = run_cli(command, "--version", "0.1.0", "--releases-dir", str(releases))
    assert positional.returncode == option.returncode == 0
    assert (positional.stdout, positional.stderr) == (option.stdout, option.stderr)
    assert "0.1.0" in positional.stdout + positional.stderr


# --- --help -------------------------------------------------------------------------------------------------

def _flat(text: str) -> str:
    """Help text without the panel borders and with whitespace collapsed, so wrapped lines join up."""
    return " ".join(re.sub(r"[│╭╮╰╯─]", " ", text).split())


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_help_shows_every_text_whole_and_no_value_for_flags(name):
    command = COMMANDS[name]
    result = run_cli(name, "--help")
    assert result.returncode == 0, result.stderr
    out, flat = result.stdout, _flat(result.stdout)
    assert "<bool>" not in out and "<list[" not in out
    # the summary as written (a "\[" in a docstring is rich's escape for a literal "[")
    summary = " ".join(command.help.split("\n\n")[0].replace("\\[", "[").split())
    assert summary in flat
    for param in command.params:
        if param.help:
            assert " ".join(param.help.split()) in flat, param.help
    flags = [p for p in command.params if getattr(p, "is_flag", False)]
    for line in out.splitlines():
        if any(opt in line.split() for p in flags for opt in p.opts) or " --help " in line:
            assert "<" not in line, line  # a flag takes no value: no type after it


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_help_names_what_each_option_takes(name):
    """An option that takes a value shows a word for it (DATE, DIR, X.Y.Z), never a Python type like <str>."""
    out = run_cli(name, "--help").stdout
    valued = [p for p in COMMANDS[name].params if p.param_type_name == "option" and not p.is_flag]
    for param in valued:
        assert param.metavar and param.metavar.upper() == param.metavar, param.opts
        line = next(line for line in out.splitlines() if param.opts[0] in line.split())
        assert param.metavar in line.split(), line
    assert not re.search(r"<(?:str|path|int|float)>", out)


def test_review_help_shows_the_marks():
    assert "marked [n> ... <n] and a table" in run_cli("review", "--help").stdout


def test_extract_help_names_its_files():
    out = run_cli("extract", "--help").stdout
    usage = next(line for line in out.splitlines() if "Usage:" in line)
    assert re.search(r"FILE\W*\.\.\.", usage)  # FILE, repeated
    assert "FILE" in next(line for line in out.splitlines() if "One or more text files" in line)


# --- a closed output pipe -----------------------------------------------------------------------------------

@pytest.mark.parametrize("args", [("export", "deliveries", "--format", "jsonl"), ("export", "deployments"),
                                  ("diff", "0.1.0", "0.1.2"), ("versions",)], ids=" ".join)
def test_closed_pipe_exits_quietly(releases, args):
    env = {**os.environ, "PYTHONPATH": str(REPO), "NO_COLOR": "1"}
    env.pop("NKRU_DEBUG", None)
    proc = subprocess.Popen([sys.executable, "-m", "nkru_data", *args, "--releases-dir", str(releases)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=REPO)
    proc.stdout.close()  # the reader is gone before the first write, as after `| head -0`
    stderr = proc.stderr.read()
    assert proc.wait(timeout=120) == 141
    assert stderr == b""


# --- review: the records readable at 80 and 120 columns ---------------------------------------------------

@pytest.mark.parametrize("width", [80, 120])
@pytest.mark.parametrize("source", ["web-2025-03-additional-troops", "dlf-2024-10-22"])
def test_review_records_keep_ids_and_dates_whole(source, width):
    result = run_cli("review", source, "--width", str(width), "--root", str(REPO))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines) <= width  # nothing is cut at the right edge
    _, _, records, _ = source_records(source, REPO)
    assert records
    for r in records:
        assert r.row["record_id"] in result.stdout, r.row["record_id"]
        assert f"rep {r.row['reported_date']}" in result.stdout
        if r.row.get("event_date"):
            evt = f"evt {r.row['event_date']}" + (f"..{r.row['event_date_end']}" if r.row.get("event_date_end") else "")
            assert evt in result.stdout, evt
    table = [line for line in lines if line.startswith(("┃", "│"))]
    assert all(line.rstrip().endswith(("┃", "│")) for line in table)  # a table, if any, closes on the right


@pytest.mark.parametrize("width", [40, 60, 89, 90, 100, 160])
def test_review_fits_any_width_without_cutting_ids(width):
    out = nkru_data.review("web-2025-03-additional-troops", REPO, width=width)
    assert max(len(line) for line in out.splitlines()) <= width
    _, _, records, _ = source_records("web-2025-03-additional-troops", REPO)
    assert all(r.row["record_id"] in out for r in records)
