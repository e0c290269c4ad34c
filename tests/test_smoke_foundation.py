"""The repository's own inputs validate, through the library and the CLI."""

from nkru_data.validation import validate

from .conftest import REPO


def test_repository_seeds_are_valid():
    report = validate(REPO)
    assert report.problems == []
    assert report.counts["sources"] == 5


def test_cli_validate_exit_zero(cli):
    result = cli("validate", str(REPO))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "valid" in result.stderr
