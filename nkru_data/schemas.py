"""The Frictionless Table Schemas: the single source of truth for every table.

The JSON files in ``schemas/`` define the tables; everything else (models,
codebook, validator) reads them through this module.

Besides Frictionless' own keys, a field may carry:

- ``x-enumClass``: the name of its vocabulary (the enum class in ``models.py``);
- ``x-enumDescriptions``: the meaning of each allowed value, for the codebook;
- ``x-partialDate``: a date of year, month or day precision;
- ``x-countryCode``: an ISO 3166-1 alpha-3 country code (the codebook names the codes that occur);
- ``x-contractExtension``: where the field goes beyond the data contract.

Each file is a complete Table Schema (releases embed them as they are), so a
field shared by several tables is written out in each. Tests keep the copies
from drifting: the shared claim fields are identical in every claim table,
and a vocabulary (one ``x-enumClass``) has the same values and meanings
wherever it is used.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ._resources import data_dir

__all__ = [
    "TABLES", "RECORD_TABLES", "ID_PREFIX", "Field", "TableSchema", "schema", "schema_descriptor",
]

#: Every table of the data package, in release order.
TABLES: tuple[str, ...] = ("sources", "actors", "deployments", "deliveries", "casualties", "diplomatic_acts")
#: The four tables whose rows are claims.
RECORD_TABLES: tuple[str, ...] = TABLES[2:]
#: ``record_id`` prefix of each claim table.
ID_PREFIX: dict[str, str] = {"deployments": "dep", "deliveries": "del", "casualties": "cas", "diplomatic_acts": "dip"}


@dataclass(frozen=True)
class Field:
    """One field of a table schema, as the rest of the library needs it."""

    name: str
    type: str
    description: str
    required: bool
    unique: bool
    enum: tuple[str, ...] | None
    pattern: str | None
    minimum: int | None
    maximum: int | None
    min_length: int | None
    partial_date: bool
    enum_class: str | None
    example: Any
    country_code: bool = False


@dataclass(frozen=True)
class TableSchema:
    """A table's fields, keys and descriptions."""

    name: str
    title: str
    description: str
    fields: tuple[Field, ...]
    primary_key: tuple[str, ...]
    foreign_keys: tuple[tuple[str, str, str], ...]  # (field, resource, referenced field)

    @property
    def field_names(self) -> list[str]:
        return [f.name for f in self.fields]

    def field(self, name: str) -> Field:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)


@lru_cache(maxsize=None)
def schema_descriptor(table: str) -> dict:
    """The raw Table Schema descriptor of ``table`` (a fresh copy is not made: do not mutate)."""
    if table not in TABLES:
        raise KeyError(f"unknown table {table!r}; tables are: {', '.join(TABLES)}")
    path = data_dir("schemas") / f"{table}.json"
    return json.loads(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def schema(table: str) -> TableSchema:
    """The parsed schema of ``table``. Raises ``KeyError`` for an unknown table."""
    d = schema_descriptor(table)
    fields = []
    for f in d["fields"]:
        c = f.get("constraints", {})
        fields.append(Field(
            name=f["name"], type=f["type"], description=f.get("description", ""),
            required=bool(c.get("required")), unique=bool(c.get("unique")),
            enum=tuple(c["enum"]) if "enum" in c else None, pattern=c.get("pattern"),
            minimum=c.get("minimum"), maximum=c.get("maximum"), min_length=c.get("minLength"),
            partial_date=bool(f.get("x-partialDate")), enum_class=f.get("x-enumClass"),
            example=f.get("example"), country_code=bool(f.get("x-countryCode")),
        ))
    pk = d.get("primaryKey", [])
    fks = tuple(
        (fk["fields"], fk["reference"]["resource"], fk["reference"]["fields"])
        for fk in d.get("foreignKeys", [])
    )
    return TableSchema(
        name=table, title=d.get("title", table), description=d.get("description", ""),
        fields=tuple(fields), primary_key=tuple([pk] if isinstance(pk, str) else pk), foreign_keys=fks,
    )
