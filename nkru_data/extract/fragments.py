"""Named pieces of pattern that several rules of one rule file share.

A rule file may hold a ``fragments:`` mapping from names to pattern text. Any
other pattern of the same file then writes ``<<name>>`` where that text belongs,
so that a word list used by three rules is written (and extended) once::

    fragments:
      called_false: 'Unsinn|Lüge|Propaganda|Fälschung'
    attribution:
      - {id: denied-as, pattern: '\\bals\\s+(?:<<called_false>>)\\s+bezeichnet'}

A fragment is put in as a non-capturing group, ``(?:...)``, so that an
alternation stays whole wherever it lands. A fragment may use the fragments
listed above it in the same mapping. Nothing else in a pattern is changed:
``<<`` does not occur in Python's pattern syntax.
"""

from __future__ import annotations

import re
from typing import Any, Callable, Mapping

__all__ = ["UnknownFragment", "expand", "expand_tree", "fragment_table"]

_REF = re.compile(r"<<([A-Za-z_][\w-]*)>>")


class UnknownFragment(ValueError):
    """A pattern names a fragment its file does not define (or defines only below the fragment using it);
    ``.name`` is that name."""

    def __init__(self, message: str, name: str):
        super().__init__(message)
        self.name = name


def fragment_table(fragments: Mapping[str, Any] | None,
                   on_error: Callable[[str, Exception], None] | None = None) -> dict[str, str]:
    """The fragments of a rule file, each with the fragments it uses put in.

    Raises :class:`UnknownFragment` for a use of a name not listed above it, and
    ``TypeError`` for a fragment that is no string; with ``on_error``, calls it
    with the fragment's name and the error instead, leaves that fragment out
    and goes on (to list every problem at once).
    """
    table: dict[str, str] = {}
    for name, text in (fragments or {}).items():
        try:
            if not isinstance(text, str):
                raise TypeError(f"fragment {name!r} must be pattern text, not {type(text).__name__}")
            table[str(name)] = expand(text, table)
        except (UnknownFragment, TypeError) as exc:
            if on_error is None:
                raise
            on_error(str(name), exc)
    return table


def expand(text: str, table: Mapping[str, str]) -> str:
    """``text`` with every ``<<name>>`` replaced by ``(?:fragment)`` from ``table``.

    Raises :class:`UnknownFragment` naming the first fragment ``table`` lacks.
    """
    if "<<" not in text:
        return text

    def put(m: re.Match) -> str:
        try:
            return f"(?:{table[m.group(1)]})"
        except KeyError:
            known = ", ".join(sorted(table)) or "none"
            raise UnknownFragment(f"unknown fragment <<{m.group(1)}>> (this file's fragments: {known})",
                                  m.group(1)) from None

    return _REF.sub(put, text)


def expand_tree(tree: Any) -> Any:
    """A rule file's parsed YAML with its fragments put into every string, and the ``fragments`` key gone.

    Files without fragments come back as they are. Raises what :func:`fragment_table`
    and :func:`expand` raise.
    """
    if not isinstance(tree, dict) or "fragments" not in tree:
        return tree
    table = fragment_table(tree["fragments"])

    def walk(node: Any) -> Any:
        if isinstance(node, str):
            return expand(node, table)
        if isinstance(node, dict):
            return {k: walk(v) for k, v in node.items()}
        if isinstance(node, list):
            return [walk(v) for v in node]
        return node

    return {k: walk(v) for k, v in tree.items() if k != "fragments"}
