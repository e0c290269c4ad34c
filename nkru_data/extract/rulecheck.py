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

from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError

from ..errors import Problem, ValidationFailed

__all__ = ["RulesError", "check_rules"]


class RulesError(ValidationFailed):
    """The rule files do not load; ``.problems`` names each entry at fault (file, line, key), and the message
    has one line for each (few: a curator's edits)."""

    def __init__(self, problems: list[Problem]):
        super().__init__(problems)
        self.args = ("\n".join(str(p) for p in self.problems),)


def _display(path: Path) -> str:
    """``path`` relative to the working directory when it lies inside it (as a contributor sees it)."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def _strings(node: Any, key: str = "") -> Iterator[tuple[str, int, str]]:
    """Every string of a round-trip YAML tree with its key path and 0-based line."""
    if isinstance(node, dict):
        for k, v in node.items():
            path = f"{key}.{k}" if key else str(k)
            if isinstance(v, str):
                yield path, node.lc.value(k)[0], v
            else:
                yield from _strings(v, path)
    elif isinstance(node, list):
        for i, v in enumerate(node):
            path = f"{key}[{i}]"
            if isinstance(v, str):
                yield path, node.lc.item(i)[0], v
            else:
                yield from _strings(v, path)


def check_rules(rules_dir: str | Path | None = None) -> list[Problem]:
    """Every problem in the rule files of ``rules_dir`` (default: the shipped rules), in file order.

    A file that is no valid YAML gives one problem at the line the parser
    stopped; each string that is not a valid regular expression gives one
    problem at its line, with its key path ("modality.expected[9]"). Word
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
            with open(path, encoding="utf-8") as fh:
                tree = YAML(typ="rt").load(fh)
        except MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            problems.append(Problem(display, mark.line + 1 if mark else None, message=f"not valid YAML: {exc.problem}",
                                    type="format-error"))
            continue
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(Problem(display, message=f"cannot be read: {exc}", type="format-error"))
            continue
        for key, line, value in _strings(tree):
            try:
                re.compile(value)
            except re.error as exc:
                problems.append(Problem(display, line + 1, field=key, message=f"not a valid pattern: {exc}",
                                        type="pattern-error"))
    return problems
