"""validate() on a repository's seeds: all problems in one run, each naming file, line, record and field."""

from __future__ import annotations

from pathlib import Path

from nkru_data.validation import validate

RECORD = """source_id: dlf-2024-10-22
records:
  - table: casualties
    quote: Nordkorea 1.500 Spezialeinheiten
    claimant_id: kor-nis
    modality: asserted
    quantity: {quantity}
    quantity_qualifier: exact
    party_country: PRK
    casualty_type: killed
"""


def _write(root: Path, text: str) -> Path:
    path = root / "seeds" / "curated" / "dlf-2024-10-22.yaml"
    path.parent.mkdir(exist_ok=True)
    for old in path.parent.glob("*.yaml"):
        old.unlink()
    path.write_text(text, encoding="utf-8")
    return path


def test_valid_record_file_passes_and_gets_offsets(repo_copy):
    _write(repo_copy, RECORD.format(quantity=1500))
    report = validate(repo_copy)
    assert report.problems == []
    assert report.counts["casualties"] == 1


def test_negative_quantity_names_file_line_record_and_field(repo_copy):
    _write(repo_copy, RECORD.format(quantity=-5))
    report = validate(repo_copy)
    assert len(report.problems) == 1
    p = report.problems[0]
    assert p.path.endswith("seeds/curated/dlf-2024-10-22.yaml")
    # the record is named as the file can show it: its table and its number among that table's records
    assert p.line == 7 and p.field == "quantity" and p.record_id == "casualties[1]"
    assert str(p).endswith("casualties[1] quantity: -5 is below the minimum 0")


def test_all_problems_reported_in_one_run(repo_copy):
    text = RECORD.format(quantity=-5).replace("modality: asserted", "modality: claimed").replace("kor-nis", "kor-nsi")
    text += "    event_date: 2024-02-30\n    quantitiy: 3\n"
    _write(repo_copy, text)
    fields = sorted(p.field for p in validate(repo_copy).problems)
    assert fields == ["claimant_id", "event_date", "modality", "quantitiy", "quantity"]


def test_source_text_edited_after_registration(repo_copy):
    text = repo_copy / "seeds" / "texts" / "dlf-2024-10-22.txt"
    text.write_bytes(text.read_bytes().replace(b"1.500", b"2.500"))
    problems = validate(repo_copy).problems
    assert any(p.field == "sha256" and "dlf-2024-10-22" == p.record_id for p in problems)


def test_quantity_max_below_quantity_and_rule_id_rules(repo_copy):
    text = RECORD.format(quantity=10) + "    quantity_max: 5\n    rule_id: some.rule\n"
    _write(repo_copy, text)
    fields = sorted(p.field for p in validate(repo_copy).problems)
    assert fields == ["quantity_max", "rule_id"]


def test_quote_not_found(repo_copy):
    _write(repo_copy, RECORD.format(quantity=1).replace("Nordkorea 1.500", "Nordkorea 1500"))
    (p,) = validate(repo_copy).problems
    assert p.field == "quote" and "not in the source text" in p.message
