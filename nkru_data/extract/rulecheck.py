"""Find what is wrong in the rule files, by file, line and key.

The rule files (``nkru_data/extract/rules/*.yaml``) are edited by hand. When
one of their patterns does not compile, :func:`~nkru_data.extract.load_lexicon`
raises :class:`RulesError`, whose problems come from :func:`check_rules`: each
names the file, the line and the key of the entry, e.g.::

    nkru_data/extract/rules/cues.yaml:331: modality.expected[9]: not a valid pattern: missing ), unterminated subpattern at position 0
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Iterator

from ..errors import Problem, ValidationFailed
from ..readers import ReadError, load_yaml, yaml_line
from .fragments import UnknownFragment, expand, fragment_table

__all__ = ["RulesError", "check_rules"]


class RulesError(ValidationFailed):
    """The rule files do not load; ``.problems`` names each entry at fault (file, line, key), and the message
    has one line for each (few: a curator's edits)."""

    def __init__(self, problems: list[Problem]):
        super().__init__(problems)
        self.args = ("\n".join(str(p) for p in self.problems),)


def joined_spelling_fits(key: str, value: str) -> bool:
    """Whether ``value`` is ``key`` ("Nord-Korea") without its hyphen and with a small letter after it ("Nordkorea"):
    the only change the text the rules read can make to a spelling (:mod:`.cleanup`)."""
    at = key.find("-")
    return 0 < at < len(key) - 1 and value == key[:at] + key[at + 1].lower() + key[at + 2:]


def _display(path: Path) -> str:
    """``path`` relative to the working directory when it lies inside it (as a contributor sees it)."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def _strings(node: Any, key: str = "") -> Iterator[tuple[str, int | None, str]]:
    """Every string of a round-trip YAML tree with its key path and 1-based line."""
    items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    for k, v in items:
        path = (f"{key}.{k}" if key else str(k)) if isinstance(node, dict) else f"{key}[{k}]"
        if isinstance(v, str):
            yield path, yaml_line(node, k), v
        else:
            yield from _strings(v, path)


def check_rules(rules_dir: str | Path | None = None) -> list[Problem]:
    """Every problem in the rule files of ``rules_dir`` (default: the shipped rules), in file order.

    A file that cannot be read or is no valid YAML gives the problem the seeds'
    reader (:func:`~nkru_data.readers.load_yaml`) reports, at the line the
    parser stopped; each string that is not a valid regular expression gives one
    problem at its line, with its key path ("modality.expected[9]"), checked
    with the file's ``fragments`` put in (a name no fragment above defines is a
    problem of its own, "unknown-fragment"). Word
    lists are checked the same way, which is harmless: a word compiles. An
    empty list means every pattern compiles on its own (a clash between
    patterns joined into one, such as a repeated group name, is not found
    here).
    """
    from .lexicon import RULES_DIR

    folder = Path(rules_dir) if rules_dir is not None else RULES_DIR
    problems: list[Problem] = []
    for path in sorted(folder.glob("*.yaml")):
        display = _display(path)
        try:
            tree = load_yaml(path, display)  # (the seeds' reader: encoding, tabs, duplicate keys, the parser's line)
        except ReadError as exc:
            problems.append(exc.problem)
            continue
        table, broken = _fragments(tree, display, problems)
        for key, line, value in _strings(tree):
            if key.startswith("fragments."):
                value = table.get(key.split(".", 1)[1], "")  # (a broken one is reported once, at its line)
            try:
                re.compile(expand(value, table))
            except UnknownFragment as exc:
                if exc.name in broken:
                    continue  # (the fragment itself is at fault, and reported)
                problems.append(Problem(display, line, field=key, message=str(exc), type="unknown-fragment"))
            except re.error as exc:
                problems.append(Problem(display, line, field=key, message=f"not a valid pattern: {exc}",
                                        type="pattern-error"))
        for key, line, value in _strings(tree.get("joined_spellings") or {}, "joined_spellings"):
            if not joined_spelling_fits(key.split(".", 1)[1], value):
                problems.append(Problem(display, line, field=key, message="a joined spelling must be its key without the "
                                        "hyphen and with a small letter after it", type="spelling-error"))
        for key, line in _gates_without_pattern(tree):
            problems.append(Problem(display, line, field=key, message="a cue with a gate needs its pattern "
                                    "(pattern: '...', gate: '...')", type="missing-pattern"))
    return problems


def _fragments(tree: Any, display: str, problems: list[Problem]) -> tuple[dict[str, str], set[str]]:
    """The file's fragments that resolve (see :mod:`~nkru_data.extract.fragments`) and the names of those that
    do not, each reported at its line."""
    frags = tree.get("fragments") if isinstance(tree, dict) else None
    if frags is None:
        return {}, set()
    if not isinstance(frags, dict):
        problems.append(Problem(display, yaml_line(tree, "fragments"), field="fragments",
                                message="fragments must map names to pattern text", type="format-error"))
        return {}, set()
    broken: set[str] = set()

    def report(name: str, exc: Exception) -> None:
        broken.add(name)
        if not (isinstance(exc, UnknownFragment) and exc.name in broken):  # (not one using a broken one above it)
            problems.append(Problem(display, yaml_line(frags, name), field=f"fragments.{name}", message=str(exc),
                                    type="unknown-fragment" if isinstance(exc, UnknownFragment) else "format-error"))

    return fragment_table(frags, on_error=report), broken


def _gates_without_pattern(node: Any, key: str = "") -> Iterator[tuple[str, int | None]]:
    """The key path and line of every ``{gate: ...}`` entry whose ``pattern`` is missing or no string."""
    items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    for k, v in items:
        path = (f"{key}.{k}" if key else str(k)) if isinstance(node, dict) else f"{key}[{k}]"
        if isinstance(v, dict) and "gate" in v and not isinstance(v.get("pattern"), str):
            yield path, yaml_line(node, k)
        else:
            yield from _gates_without_pattern(v, path)
