"""Structured problems and the exception that carries them.

A :class:`Problem` is one thing wrong with one input: which file, which line,
which record and field, what kind of error, and a sentence saying what is
wrong. ``str(problem)`` is the line the CLI prints; a record is named by the
``record_id`` its file gives, else by its table and its number among that
table's records in the file::

    seeds/curated/dlf-2024-10-22.yaml:41: casualties[2] quantity: -5 is below the minimum 0
"""

from __future__ import annotations

from dataclasses import dataclass, field as _dc_field

__all__ = ["Problem", "NkruError", "ValidationFailed"]


@dataclass(frozen=True, order=True)
class Problem:
    """One finding of the validator (or of a reader).

    ``type`` is a short kebab-case kind (``type-error``, ``constraint-error``,
    ``foreign-key-error``, ``quote-error``, ``format-error`` ...). ``row`` is
    the Frictionless row position (header is row 1) for tabular resources and
    None otherwise; ``line`` is the 1-based line in ``path`` where a person
    should look.
    """

    path: str
    line: int | None = None
    record_id: str | None = None
    field: str | None = None
    message: str = ""
    type: str = "error"
    resource: str | None = _dc_field(default=None, compare=False)
    row: int | None = _dc_field(default=None, compare=False)

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        subject = " ".join(p for p in (self.record_id, f"{self.field}:" if self.field else None) if p)
        return f"{where}: {subject} {self.message}" if subject else f"{where}: {self.message}"


class NkruError(Exception):
    """Base class of every error this library raises on purpose.

    The message is one line meant for a person; the CLI prints it and exits 1.
    """


class ValidationFailed(NkruError):
    """Raised when inputs do not validate; ``.problems`` lists every finding."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        first = str(self.problems[0]) if self.problems else "no problems"
        more = f" (and {len(self.problems) - 1} more)" if len(self.problems) > 1 else ""
        super().__init__(first + more)
