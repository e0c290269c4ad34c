"""``nkru-data validate datapackage.json``: streamed package checks as a user sees them."""

from __future__ import annotations

from nkru_data.schemas import schema
from nkru_data.validation import finding_keys, validate

from .schema_strategies import example_row
from .test_validate_differential import _write


def _package(tmp_path, deployments_rows):
    src = [None if v is None else str(v) for v in example_row("sources").values()]
    actors = [[None if v is None else str(v) for v in example_row("actors").values()]]
    names = schema("deployments").field_names
    dep = [None if v is None else str(v) for v in example_row("deployments").values()]
    src[0] = dep[names.index("source_id")]
    dep[names.index("claimant_id")] = dep[names.index("via_id")] = actors[0][0]
    dep[names.index("event_date_end")] = None  # the schema's example ends after its example source appeared
    return _write(tmp_path, {"sources": [src], "actors": actors, "deployments": [change(list(dep), names) for change in deployments_rows]})


def test_cli_reports_file_line_and_field_and_exits_1(tmp_path, cli):
    def multiline_quote(row, names):
        row[0] = "dep-00000000000a"
        row[names.index("quote")] = "eine Zeile\nund noch eine"
        return row

    def bad_modality(row, names):
        row[0] = "dep-00000000000b"
        row[names.index("modality")] = "behauptet"
        return row

    def too_short(row, names):
        return row[:5]

    descriptor = _package(tmp_path, [multiline_quote, bad_modality, too_short])
    result = cli("validate", str(descriptor))
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    lines = result.stdout.splitlines()
    # row 3 starts on file line 4: the quote of row 2 spans two lines
    assert any(line.endswith("deployments.csv:4: dep-00000000000b modality: 'behauptet' is not one of asserted, "
                             "expected, possible, denied") for line in lines), lines
    assert any(line.endswith("deployments.csv:5: status: row has 5 cells, expected 26") for line in lines), lines
    keys = finding_keys(validate(descriptor))
    assert ("deployments", 3, "modality", "constraint-error") in keys
    assert ("deployments", 4, "status", "missing-cell") in keys and ("deployments", 4, "status", "constraint-error") in keys


def test_clean_package_exits_0_with_counts(tmp_path, cli):
    descriptor = _package(tmp_path, [lambda row, names: row])
    result = cli("validate", str(descriptor))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "deployments: 1" in result.stdout
