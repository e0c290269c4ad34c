"""A broken rule file gives one clear problem per entry at fault (file, line, key), never a traceback."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from nkru_data.errors import NkruError
from nkru_data.extract import RULES_DIR, RulesError, check_rules, load_lexicon


@pytest.fixture
def rules(tmp_path: Path) -> Path:
    """A copy of the shipped rule files to break."""
    folder = tmp_path / "rules"
    shutil.copytree(RULES_DIR, folder)
    return folder


def _line_of(path: Path, text: str) -> int:
    return next(i for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if text in line)


def test_the_shipped_rules_have_no_problem():
    assert check_rules() == []


def test_a_pattern_that_does_not_compile_is_named_by_file_line_and_key(rules: Path):
    cues = rules / "cues.yaml"
    text = cues.read_text(encoding="utf-8")
    good = "'\\bvoraussichtlich\\w*|"
    assert text.count(good) == 1
    cues.write_text(text.replace(good, "'\\bvoraussichtlich\\w*|((("), encoding="utf-8")
    line = _line_of(cues, "voraussichtlich\\w*|(((")

    with pytest.raises(RulesError) as info:
        load_lexicon(str(rules))
    assert isinstance(info.value, NkruError)  # (the CLI prints it and exits 1)
    [problem] = info.value.problems
    assert (problem.path.endswith("cues.yaml"), problem.line, problem.type) == (True, line, "pattern-error")
    assert re.fullmatch(r"modality\.expected\[\d+\]", problem.field)
    assert f"cues.yaml:{line}: modality.expected[" in str(info.value)


def test_every_broken_pattern_is_listed_in_file_order(rules: Path):
    units = rules / "units.yaml"
    units.write_text(units.read_text(encoding="utf-8").replace("pattern: '(?:US-Dollar|Dollar|USD)\\b'",
                                                              "pattern: '(?:US-Dollar|Dollar|USD\\b'"),
                     encoding="utf-8")
    acts = rules / "acts.yaml"
    acts.write_text(acts.read_text(encoding="utf-8").replace("act_type: denial\n    pattern: '",
                                                            "act_type: denial\n    pattern: '[", 1), encoding="utf-8")
    problems = check_rules(rules)
    assert [(Path(p.path).name, p.field.split("[")[0]) for p in problems] == [("acts.yaml", "acts"),
                                                                             ("units.yaml", "units")]
    assert [p.line for p in problems] == [_line_of(acts, "pattern: '[\\b(?:bestreit"),
                                          _line_of(units, "(?:US-Dollar|Dollar|USD\\b'")]
    with pytest.raises(RulesError) as info:
        load_lexicon(str(rules))
    assert str(info.value).splitlines() == [str(p) for p in problems]  # (one line each, as the CLI prints them)


def test_a_file_that_is_no_yaml_is_named_at_its_line(rules: Path):
    dates = rules / "dates.yaml"
    lines = dates.read_text(encoding="utf-8").splitlines()
    lines.insert(3, "months: [januar")
    dates.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(RulesError) as info:
        load_lexicon(str(rules))
    [problem] = info.value.problems  # (worded as the seeds' YAML problems are: the same reader)
    assert Path(problem.path).name == "dates.yaml" and problem.type == "yaml-error" and problem.line is not None
    assert "invalid YAML" in problem.message


def test_a_missing_entry_is_named(rules: Path):
    cues = rules / "cues.yaml"
    text = cues.read_text(encoding="utf-8")
    start = text.index("\nstatement_context:")
    cues.write_text(text[:start] + "\n" + text[text.index("\n", start + 1) + 1:], encoding="utf-8")
    with pytest.raises(RulesError, match="missing entry 'statement_context'"):
        load_lexicon(str(rules))



def test_a_gated_cue_without_its_pattern_is_named(rules: Path):
    cues = rules / "cues.yaml"
    text = cues.read_text(encoding="utf-8")
    first = text.index("    - pattern: ")  # (the first gated cue: modality's)
    cues.write_text(text[:first] + "    - patern: " + text[first + len("    - pattern: "):], encoding="utf-8")
    line = _line_of(cues, "    - patern: ")
    with pytest.raises(RulesError) as info:
        load_lexicon(str(rules))
    [problem] = info.value.problems
    assert (problem.line, problem.type) == (line, "missing-pattern")
    assert re.fullmatch(r"modality\.expected\[\d+\]", problem.field)
    assert f"cues.yaml:{line}: modality.expected[" in str(info.value)


@pytest.mark.parametrize("name", sorted(p.name for p in RULES_DIR.glob("*.yaml")))
def test_rule_files_read_the_same_as_with_the_pure_python_parser(name):
    # (the rules are read by ruamel.yaml's safe loader, on libyaml's parser where ruamel.yaml.clib is installed)
    from ruamel.yaml import YAML

    from nkru_data.extract.fragments import expand_tree
    from nkru_data.extract.lexicon import _read

    pure = YAML(typ="safe", pure=True).load((RULES_DIR / name).read_text(encoding="utf-8"))
    assert _read(RULES_DIR, name) == expand_tree(pure)


# --- fragments: a piece of pattern written once, named by several rules ----------------------------------------

DENIAL = "Kremlsprecher Peskow hat Angaben des HUR über 3.000 nordkoreanische Soldaten als „Humbug“ bezeichnet."


def _claim(lex=None) -> tuple[str, str]:
    from nkru_data.extract.core import extract_rows

    [(table, row)] = extract_rows(DENIAL, "2025-01", lex=lex)
    return row["claimant_id"], row["modality"]


def test_a_word_added_to_a_fragment_reaches_every_rule_that_names_it(rules: Path):
    cues = rules / "cues.yaml"
    text = cues.read_text(encoding="utf-8")
    assert text.count("<<called_false>>") >= 3  # (the attribution cues and the modality cue share it)
    assert _claim() == ("ukr-government", "asserted")  # ("Humbug" is no word of the shipped list: the HUR's claim)
    cues.write_text(text.replace("  called_false: 'Unsinn|", "  called_false: 'Humbug|Unsinn|", 1), encoding="utf-8")
    assert check_rules(rules) == []
    # the denier is the claimant (attribution) and the claim is denied (modality): both from the one edit
    assert _claim(load_lexicon(str(rules))) == ("rus-kremlin", "denied")


def test_an_unknown_fragment_is_named_by_file_line_and_key(rules: Path):
    cues = rules / "cues.yaml"
    text = cues.read_text(encoding="utf-8")
    cues.write_text(text.replace("<<called_false>>", "<<caled_false>>", 1), encoding="utf-8")
    line = _line_of(cues, "<<caled_false>>")
    with pytest.raises(RulesError) as info:
        load_lexicon(str(rules))
    [problem] = info.value.problems
    assert (Path(problem.path).name, problem.line, problem.type) == ("cues.yaml", line, "unknown-fragment")
    assert re.fullmatch(r"attribution\[\d+\]\.pattern", problem.field)
    assert "<<caled_false>>" in problem.message and "called_false" in problem.message


def test_a_fragment_may_use_those_above_it_only(rules: Path):
    from nkru_data.extract.fragments import UnknownFragment, expand, expand_tree, fragment_table

    table = fragment_table({"noun": "Lüge|Fälschung", "called": "als <<noun>>"})
    assert table["called"] == "als (?:Lüge|Fälschung)"
    assert re.fullmatch(expand("<<called>> bezeichnet", table), "als Fälschung bezeichnet")
    with pytest.raises(UnknownFragment, match="<<later>>"):
        fragment_table({"first": "<<later>>", "later": "x"})
    assert expand_tree({"a": ["(?<=x)y{2}"]}) == {"a": ["(?<=x)y{2}"]}  # (no fragments: nothing changes)

    cues = rules / "cues.yaml"
    text = cues.read_text(encoding="utf-8")
    cues.write_text(text.replace("  called_false: '", "  called_false: '<<later>>|", 1), encoding="utf-8")
    [problem] = check_rules(rules)
    assert (problem.field, problem.type, problem.line) == ("fragments.called_false", "unknown-fragment",
                                                           _line_of(cues, "called_false: '<<later>>"))


def test_a_joined_spelling_that_does_not_fit_is_named(rules: Path):
    sentences = rules / "sentences.yaml"
    sentences.write_text(sentences.read_text(encoding="utf-8").replace("Süd-Korea: Südkorea", "Süd-Korea: Sudkorea"),
                         encoding="utf-8")
    [problem] = check_rules(rules)
    assert (Path(problem.path).name, problem.line, problem.field, problem.type) == (
        "sentences.yaml", _line_of(sentences, "Süd-Korea: Sudkorea"), "joined_spellings.Süd-Korea", "spelling-error")
