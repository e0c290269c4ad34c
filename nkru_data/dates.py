"""Partial dates: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, real calendar dates only.

Every date field of the dataset is a partial date: a claim is dated only as
precisely as its source allows ("im Juni" gives ``2024-06``, not a made-up day).
"""

from __future__ import annotations

import calendar
import datetime as _dt
import re

__all__ = ["PartialDate", "parse_partial_date", "date_bounds", "PARTIAL_DATE_RE"]

PARTIAL_DATE_RE = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")


def parse_partial_date(value: str) -> str:
    """Return ``value`` unchanged if it is a real partial date.

    Raises ``ValueError`` with a readable reason otherwise: wrong shape
    (``24.10.2024``), a month outside 1-12, or a day the month does not have
    (``2024-02-30``).
    """
    if not isinstance(value, str):
        raise ValueError(f"{value!r} is not a date string (YYYY, YYYY-MM or YYYY-MM-DD)")
    m = PARTIAL_DATE_RE.fullmatch(value)
    if not m:
        raise ValueError(f"{value!r} is not a partial date (YYYY, YYYY-MM or YYYY-MM-DD)")
    year, month, day = m.groups()
    if int(year) < 1:
        raise ValueError(f"{value!r} has year 0000, which does not exist")
    if month is not None and not 1 <= int(month) <= 12:
        raise ValueError(f"{value!r} has month {month}, outside 01-12")
    if day is not None:
        last = calendar.monthrange(int(year), int(month))[1]
        if not 1 <= int(day) <= last:
            raise ValueError(f"{value!r} is not a real date: {year}-{month} has {last} days")
    return value


def date_bounds(value: str) -> tuple[_dt.date, _dt.date]:
    """First and last calendar day a valid partial date may stand for.

    ``date_bounds("2024-02") == (date(2024, 2, 1), date(2024, 2, 29))``.
    Raises ``ValueError`` for anything :func:`parse_partial_date` rejects.
    """
    parse_partial_date(value)
    parts = [int(p) for p in value.split("-")]
    year = parts[0]
    if len(parts) == 1:
        return _dt.date(year, 1, 1), _dt.date(year, 12, 31)
    month = parts[1]
    if len(parts) == 2:
        return _dt.date(year, month, 1), _dt.date(year, month, calendar.monthrange(year, month)[1])
    day = _dt.date(year, month, parts[2])
    return day, day


class PartialDate(str):
    """A ``str`` that is a valid partial date; usable as a pydantic field type.

    ``PartialDate("2024-10")`` works; ``PartialDate("2024-02-30")`` raises
    ``ValueError``. Instances compare and serialise as plain strings.
    """

    __slots__ = ()

    def __new__(cls, value: str) -> "PartialDate":
        return super().__new__(cls, parse_partial_date(value))

    @property
    def precision(self) -> str:
        """``"year"``, ``"month"`` or ``"day"``."""
        return ("year", "month", "day")[self.count("-")]

    def bounds(self) -> tuple[_dt.date, _dt.date]:
        """First and last day this date may stand for (see :func:`date_bounds`)."""
        return date_bounds(self)

    @classmethod
    def __get_pydantic_core_schema__(cls, source, handler):  # noqa: D105 - pydantic hook
        from pydantic_core import core_schema

        return core_schema.no_info_after_validator_function(
            cls,
            core_schema.str_schema(strict=True),
            serialization=core_schema.plain_serializer_function_ser_schema(str),
        )

    @classmethod
    def __get_pydantic_json_schema__(cls, core_schema, handler):  # noqa: D105
        return {"type": "string", "pattern": r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$", "format": "partial-date"}
