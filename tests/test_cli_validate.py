"""The CLI as a user runs it: exit codes, one line per problem, never a traceback."""

from __future__ import annotations


def test_valid_repository_exits_zero_with_counts(cli, repo_copy):
    r = cli("validate", str(repo_copy))
    assert r.returncode == 0, r.stderr
    assert "dlf-2024-10-22" in r.stdout  # the counts table lists every source


def test_malformed_yaml_one_line_exit_one(cli, repo_copy):
    (repo_copy / "seeds" / "curated").mkdir(exist_ok=True)
    (repo_copy / "seeds" / "curated" / "dlf-2024-10-22.yaml").write_text("source_id: [unclosed\n", encoding="utf-8")
    r = cli("validate", str(repo_copy), cwd=repo_copy)
    assert r.returncode == 1
    assert "Traceback" not in r.stdout + r.stderr
    (line,) = r.stdout.splitlines()
    assert line.startswith("seeds/curated/dlf-2024-10-22.yaml:") and "invalid YAML" in line


def test_not_utf8_source_text(cli, repo_copy):
    path = repo_copy / "seeds" / "texts" / "dlf-2024-10-22.txt"
    path.write_bytes(path.read_bytes().decode("utf-8").encode("latin-1"))
    r = cli("validate", ".", cwd=repo_copy)
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert any(l.startswith("seeds/texts/dlf-2024-10-22.txt:") and "not valid UTF-8" in l for l in r.stdout.splitlines())


def test_usage_errors_exit_two(cli, tmp_path):
    assert cli("validate", str(tmp_path / "missing")).returncode == 2
    assert cli("no-such-command").returncode == 2


def test_directory_without_seeds_is_a_usage_error_not_a_traceback(cli, tmp_path):
    r = cli("validate", str(tmp_path))  # PATH is none of the things validate checks: wrong usage, like a missing PATH
    assert r.returncode == 2
    assert "Traceback" not in r.stderr and "not a repository" in r.stderr
