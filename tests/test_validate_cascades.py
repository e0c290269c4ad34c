"""``nkru-data validate`` on bad input: the real problem once, nothing silently changed, no cascades.

Each test breaks one thing in a copy of the real seeds (all record files
included, so a cascade would show) and runs the CLI as a contributor does.
It asserts the exact lines printed: the cause, named by file, line and
field, comes first, and what merely follows from it is not repeated for
every record that depends on it.
"""

from __future__ import annotations

import hashlib
import unicodedata
from pathlib import Path

from .treehash import tree_digest

DLF = "seeds/curated/dlf-2024-10-22.yaml"
#: One record file of our own for the Deutschlandfunk text, so the line numbers below stay put.
RECORDS = """\
source_id: dlf-2024-10-22
records:
  - table: deployments
    quote: Nordkorea 1.500 Spezialeinheiten in den Fernen Osten Russlands verlegt habe
    claimant_id: kor-nis
    attribution: Die südkoreanische Spionagebehörde hatte vergangene Woche berichtet
    modality: asserted
    quantity: 1500
    quantity_qualifier: exact
    quantity_text: "1.500"
    quantity_scope: unspecified
    from_country: PRK
    to_country: RUS
    personnel_type: special_forces
    status: training

  - table: diplomatic_acts
    quote: Der russische Botschafter in Seoul wurde einbestellt
    claimant_id: xxx-unattributed
    modality: asserted
    act_type: ambassador_summoned
    actor_id: kor-government
    counterpart_id: rus-embassy-seoul
"""


def _write(root: Path, text: str = RECORDS) -> None:
    (root / DLF).write_text(text, encoding="utf-8")


def _edit(root: Path, rel: str, old: str, new: str) -> None:
    """Replace the one occurrence of ``old`` in a file (the test is wrong if there is not exactly one)."""
    path = root / rel
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times in {rel}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def _line(root: Path, rel: str, needle: str) -> int:
    """The 1-based line of the first line of ``rel`` that contains ``needle``."""
    lines = (root / rel).read_text(encoding="utf-8").split("\n")
    return next(i for i, ln in enumerate(lines, start=1) if needle in ln)


def _validate(cli, root: Path) -> list[str]:
    """Run ``nkru-data validate`` in ``root``; return its lines, after checking it failed cleanly and changed nothing."""
    before = tree_digest(root)
    r = cli("validate", ".", "-q", cwd=root)
    assert "Traceback" not in r.stdout + r.stderr and "internal error" not in r.stderr
    assert tree_digest(root) == before, "validate changed a file"
    lines = r.stdout.splitlines()
    assert r.returncode == (1 if lines else 0), r.stdout + r.stderr
    if lines:
        assert r.stderr.strip() == f"{len(lines)} problem(s) found in ."
    return lines


def test_own_record_file_is_valid(cli, repo_copy):
    """The starting point of every test below validates."""
    _write(repo_copy)
    assert _validate(cli, repo_copy) == []


# --- 1. values YAML reads differently from how they are written -----------------------------------

def test_unquoted_decimal_in_a_text_field_is_refused(cli, repo_copy):
    """``quantity_text: 1.500`` is the number 1.5 to YAML; it would be published as "1.5"."""
    _write(repo_copy, RECORDS.replace('quantity_text: "1.500"', "quantity_text: 1.500"))
    assert _validate(cli, repo_copy) == [
        f"{DLF}:10: deployments[1] quantity_text: 1.500 is read by YAML as the number 1.5, not as the text written; "
        'put it in quotes: "1.500"']


def test_plain_digits_in_a_text_field_are_kept(cli, repo_copy):
    """``1500`` reads back as written; ``01500`` does not (YAML drops the zero)."""
    _write(repo_copy, RECORDS.replace('quantity_text: "1.500"', "quantity_text: 1500"))
    assert _validate(cli, repo_copy) == []
    _write(repo_copy, RECORDS.replace('quantity_text: "1.500"', "quantity_text: 01500"))
    assert _validate(cli, repo_copy) == [
        f"{DLF}:10: deployments[1] quantity_text: 01500 is read by YAML as the number 1500, not as the text written; "
        'put it in quotes: "01500"']


def test_german_thousands_in_a_number_field_say_what_yaml_read(cli, repo_copy):
    _write(repo_copy, RECORDS.replace("quantity: 1500", "quantity: 1.500"))
    assert _validate(cli, repo_copy) == [
        f"{DLF}:8: deployments[1] quantity: '1.500' is not an integer (YAML reads it as the decimal number 1.5); "
        "write the number without thousands separators: 1500"]


def test_comment_cutting_a_free_text_value_is_refused(cli, repo_copy):
    """``notes: Zahl laut NIS #2 Bericht`` would keep only 'Zahl laut NIS'."""
    _write(repo_copy, RECORDS.replace("    status: training\n", "    status: training\n    notes: Zahl laut NIS #2 Bericht\n"))
    assert _validate(cli, repo_copy) == [
        f"{DLF}:16: deployments[1] notes: a ' #' starts a YAML comment: the rest of the line ('#2 Bericht') was "
        "dropped, leaving 'Zahl laut NIS'; put the whole value in quotes, or move the comment to a line of its own"]


def test_comments_after_ids_and_quoted_values_stay_valid(cli, repo_copy):
    """As in CONTRIBUTING.md's example: a comment after an id, a vocabulary word or a quoted value loses nothing."""
    text = (RECORDS.replace("claimant_id: kor-nis", "claimant_id: kor-nis          # who makes the claim")
            .replace("modality: asserted\n    quantity:", "modality: asserted   # asserted | expected\n    quantity:")
            .replace('quantity_text: "1.500"', 'quantity_text: "1.500"  # as written'))
    _write(repo_copy, text)
    assert _validate(cli, repo_copy) == []


# --- 2. a broken row of actors.csv --------------------------------------------------------------

def test_ragged_actor_row_is_one_problem(cli, repo_copy):
    """The real records name about 100 actors; none of them is reported as unknown."""
    path = repo_copy / "seeds" / "actors.csv"
    n = len(path.read_text(encoding="utf-8").splitlines())
    with path.open("a", encoding="utf-8") as fh:
        fh.write("xxx-foo,Foo,Foo,other\n")
    assert _validate(cli, repo_copy) == [f"seeds/actors.csv:{n + 1}: row has 4 cells but the header has 5"]


def test_ragged_row_of_a_used_actor_keeps_its_id_known(cli, repo_copy):
    _write(repo_copy)
    line = _line(repo_copy, "seeds/actors.csv", "kor-nis,")
    _edit(repo_copy, "seeds/actors.csv", "intelligence,KOR\nkor-yonhap", "intelligence,KOR,extra\nkor-yonhap")
    assert _validate(cli, repo_copy) == [f"seeds/actors.csv:{line}: row has 6 cells but the header has 5"]


def test_unclosed_quote_in_actors_is_reported_where_it_opens(cli, repo_copy):
    _write(repo_copy, RECORDS.replace("modality: asserted\n    quantity:", "modality: assertd\n    quantity:"))
    line = _line(repo_copy, "seeds/actors.csv", "kor-nis,")
    _edit(repo_copy, "seeds/actors.csv", "kor-nis,National", 'kor-nis,"National')
    assert _validate(cli, repo_copy) == [
        f"seeds/actors.csv:{line}: invalid CSV: a quoted cell opened on this line is never closed",
        f"{DLF}:7: deployments[1] modality: 'assertd' is not one of asserted, expected, possible, denied "
        "(did you mean 'asserted'?)"]


def test_unreadable_actor_list_is_reported_once(cli, repo_copy):
    path = repo_copy / "seeds" / "actors.csv"
    path.write_bytes(path.read_bytes().decode("utf-8").encode("latin-1"))
    (line,) = _validate(cli, repo_copy)
    assert line.startswith("seeds/actors.csv:") and "is not valid UTF-8" in line
    assert line.endswith("; until it is fixed, the records' references to actors are not checked")


# --- 3. a broken source registry ----------------------------------------------------------------

def test_registry_with_a_tab_is_the_one_cause_and_records_are_still_checked(cli, repo_copy):
    _write(repo_copy, RECORDS.replace("modality: asserted\n    quantity:", "modality: assertd\n    quantity:"))
    line = _line(repo_copy, "seeds/sources.yaml", '  published: "2024-10-22"')
    _edit(repo_copy, "seeds/sources.yaml", '  published: "2024-10-22"', '\tpublished: "2024-10-22"')
    assert _validate(cli, repo_copy) == [
        f"seeds/sources.yaml:{line}: invalid YAML: a tab character is not allowed for indentation in YAML; indent "
        "with spaces; until it is fixed, the record files' source ids, and their quotes and dates against their "
        "sources, are not checked",
        f"{DLF}:7: deployments[1] modality: 'assertd' is not one of asserted, expected, possible, denied "
        "(did you mean 'asserted'?)"]


def test_german_published_date_is_reported_once_not_per_record(cli, repo_copy):
    _write(repo_copy)
    line = _line(repo_copy, "seeds/sources.yaml", '  published: "2024-10-22"')
    _edit(repo_copy, "seeds/sources.yaml", '  published: "2024-10-22"', "  published: 22.10.2024")
    assert _validate(cli, repo_copy) == [
        f"seeds/sources.yaml:{line}: dlf-2024-10-22 published: '22.10.2024' is not a partial date "
        "(YYYY, YYYY-MM or YYYY-MM-DD)"]


def test_records_of_an_unregistered_source_are_still_checked(cli, repo_copy):
    (repo_copy / DLF).unlink()
    other = "seeds/curated/dlf-2099-01-01.yaml"
    (repo_copy / other).write_text(RECORDS.replace("dlf-2024-10-22", "dlf-2099-01-01").replace("kor-nis", "kor-nsi"),
                                   encoding="utf-8")
    assert _validate(cli, repo_copy) == [
        f"{other}:1: source_id: 'dlf-2099-01-01' is not a registered source in seeds/sources.yaml "
        "(did you mean 'dlf-2024-10-22'?)",
        f"{other}:5: deployments[1] claimant_id: 'kor-nsi' is not in actors.actor_id (did you mean 'kor-knsi'?)"]


# --- 4. a source text that cannot be read --------------------------------------------------------

def test_latin1_text_is_one_problem_saying_what_it_kept_from_being_checked(cli, repo_copy):
    _write(repo_copy)
    path = repo_copy / "seeds" / "texts" / "dlf-2024-10-22.txt"
    path.write_bytes(path.read_bytes().decode("utf-8").encode("latin-1"))
    assert _validate(cli, repo_copy) == [
        "seeds/texts/dlf-2024-10-22.txt:1: is not valid UTF-8: byte 0xFC at column 55 (it looks like "
        "Latin-1/Windows-1252); save it as UTF-8; the quotes in seeds/curated/dlf-2024-10-22.yaml could not be "
        "checked against it"]


def test_empty_bom_and_crlf_texts_are_one_problem_each(cli, repo_copy):
    """A registered text must be as add-source writes it (no BOM, LF line ends): one message each says so."""
    _write(repo_copy)
    path = repo_copy / "seeds" / "texts" / "dlf-2024-10-22.txt"
    original = path.read_bytes()
    note = "; the quotes in seeds/curated/dlf-2024-10-22.yaml could not be checked against it"
    path.write_bytes(b"")
    assert _validate(cli, repo_copy) == [f"seeds/texts/dlf-2024-10-22.txt:1: is empty{note}"]
    path.write_bytes(b"\xef\xbb\xbf" + original)
    assert _validate(cli, repo_copy) == [
        f"seeds/texts/dlf-2024-10-22.txt:1: starts with a UTF-8 byte order mark (BOM); save it as UTF-8 without BOM{note}"]
    path.write_bytes(original.replace(b"\n", b"\r\n"))
    assert _validate(cli, repo_copy) == [
        "seeds/texts/dlf-2024-10-22.txt:1: has Windows (CRLF) or old Mac (CR) line endings; save it with Unix (LF) "
        f"line endings{note}"]


# --- 5. offsets that are not whole numbers -------------------------------------------------------

def test_offsets_that_are_not_whole_numbers_are_problems(cli, repo_copy):
    given = "    quote_start: 1.5\n    quote_end: abc\n    claimant_id: kor-nis\n"
    _write(repo_copy, RECORDS.replace("    claimant_id: kor-nis\n", given))
    assert _validate(cli, repo_copy) == [
        f"{DLF}:5: deployments[1] quote_start: '1.5' is not an integer",
        f"{DLF}:6: deployments[1] quote_end: 'abc' is not an integer"]


# --- 6. an unclosed double quote in a record file ------------------------------------------------

def test_unclosed_double_quote_names_the_line_where_it_opens(cli, repo_copy):
    text = RECORDS.replace('quantity_text: "1.500"', 'quantity_text: "rund 1.500')
    _write(repo_copy, text + '    notes: als "Falschmeldung" bezeichnet\n')
    (line,) = _validate(cli, repo_copy)
    assert line.startswith(f"{DLF}:24: invalid YAML: ")
    assert line.endswith('; the double quotes on line 10 do not balance: is a closing " missing there?')


def test_a_colon_inside_an_unquoted_value_says_to_quote_it(cli, repo_copy):
    _write(repo_copy, RECORDS.replace("    status: training\n", "    status: training\n    location: Russland: Ferner Osten\n"))
    (line,) = _validate(cli, repo_copy)
    assert line == (f"{DLF}:16: invalid YAML: a value holds ': ' (a colon and a space), which YAML reads as a new "
                    'key; put the value in quotes: location: "Russland: Ferner Osten"')


# --- 7. a text that is not NFC -------------------------------------------------------------------

def test_decomposed_text_with_a_matching_sha256_is_refused(cli, repo_copy):
    _write(repo_copy)
    path = repo_copy / "seeds" / "texts" / "dlf-2024-10-22.txt"
    data = unicodedata.normalize("NFD", path.read_text(encoding="utf-8")).encode("utf-8")
    path.write_bytes(data)
    _edit(repo_copy, "seeds/sources.yaml", "e64ae0b8a08897e9295abd849a367e63ad1c9fa25269cdf4533e74eb5124ad18",
          hashlib.sha256(data).hexdigest())
    assert _validate(cli, repo_copy) == [
        "seeds/texts/dlf-2024-10-22.txt:1: is not in Unicode NFC: it has decomposed characters (e.g. 'a' + "
        "combining diaeresis instead of 'ä'), and quote offsets count composed ones; register it with nkru-data "
        "add-source, which normalises it (or convert it to NFC and update its sha256)"]


# --- 8. one record, one name ---------------------------------------------------------------------

def test_a_record_has_one_name_in_every_message(cli, repo_copy):
    """Problems found while reading and by the table checks name a record alike: by its number among its
    table's records in the file (the id computed for it appears nowhere in the file), or by the id the file gives."""
    text = (RECORDS.replace("    claimant_id: kor-nis\n", "    quantitiy: 3\n    claimant_id: kor-nis\n")
            .replace("status: training", "status: train")
            .replace("counterpart_id: rus-embassy-seoul", "counterpart_id: rus-embassy-seoul\n    location: =Seoul"))
    _write(repo_copy, text)
    lines = _validate(cli, repo_copy)
    assert [ln.split(": ", 2)[1] for ln in lines] == ["deployments[1] quantitiy", "deployments[1] status",
                                                       "diplomatic_acts[1] location"]
    _write(repo_copy, text.replace("  - table: diplomatic_acts\n", "  - table: diplomatic_acts\n    record_id: dip-000000000000\n"))
    assert _validate(cli, repo_copy)[-1].split(": ", 2)[1] == "dip-000000000000 location"


def test_csv_quote_closed_lines_later_loses_no_row(tmp_path):
    """A quote left open that a later quote happens to close would swallow the rows between, silently."""
    from nkru_data.readers import read_csv

    path = tmp_path / "actors.csv"
    path.write_text('actor_id,name_en\nxxx-a,"Open\nxxx-b,B\nxxx-c,C"\nxxx-d,D\n', encoding="utf-8")
    header, rows, broken = read_csv(path, "actors.csv")
    assert [line for line, _ in rows] == [3, 4, 5] and [cells[0] for _, cells in rows] == ["xxx-b", "xxx-c", "xxx-d"]
    ((problem, cells),) = broken
    assert str(problem) == ("actors.csv:2: invalid CSV: a quoted cell opened on this line runs on to line 4; "
                            "close its quote on this line (a cell may not span lines)")
    assert cells[0] == "xxx-a"  # its id can still be known
