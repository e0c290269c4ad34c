"""Generate ``models.py`` from the Table Schemas.

Run ``python -m nkru_data._codegen`` after changing a schema; a test fails
while the committed ``models.py`` differs from what this produces.
"""

from __future__ import annotations

import sys
from pathlib import Path

from .schemas import RECORD_TABLES, TABLES, schema

CLASS_NAMES = {
    "sources": "Source", "actors": "Actor", "deployments": "Deployment",
    "deliveries": "Delivery", "casualties": "Casualty", "diplomatic_acts": "DiplomaticAct",
}


def _enums() -> dict[str, tuple[str, ...]]:
    enums: dict[str, tuple[str, ...]] = {}
    for table in TABLES:
        for f in schema(table).fields:
            if f.enum is None:
                continue
            if not f.enum_class:
                raise ValueError(f"{table}.{f.name} has an enum but no x-enumClass")
            if enums.setdefault(f.enum_class, f.enum) != f.enum:
                raise ValueError(f"enum class {f.enum_class} has different values in {table}.{f.name}")
    return enums


def _member(value: str) -> str:
    name = value.upper()
    return name if name.isidentifier() else f"V_{name}"


def render() -> str:
    """The full text of ``models.py``."""
    lines = [
        '"""Typed records, one pydantic model per table. GENERATED from schemas/*.json.',
        "",
        "Do not edit by hand: change the schema and run ``python -m nkru_data._codegen``.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from enum import StrEnum",
        "from typing import Optional",
        "",
        "from pydantic import Field",
        "",
        "from ._model_base import ClaimRow, Row",
        "from .dates import PartialDate",
        "",
    ]
    enums = _enums()
    for cls, values in enums.items():
        lines += ["", f"class {cls}(StrEnum):", f'    """Allowed values of ``{cls}`` fields."""', ""]
        lines += [f"    {_member(v)} = {v!r}" for v in values]
        lines.append("")
    for table in TABLES:
        s = schema(table)
        base = "ClaimRow" if table in RECORD_TABLES else "Row"
        lines += ["", f"class {CLASS_NAMES[table]}({base}):", f'    """{s.title}: {s.description}"""', ""]
        lines.append(f"    __table__ = {table!r}")
        for f in s.fields:
            if f.enum is not None:
                ann = f.enum_class
            elif f.partial_date:
                ann = "PartialDate"
            else:
                ann = {"string": "str", "integer": "int"}[f.type]
            args = []
            if not f.required:
                ann = f"Optional[{ann}]"
                args.append("default=None")
            if f.pattern and not f.partial_date:
                args.append(f"pattern={('^' + f.pattern + '$')!r}")
            if f.minimum is not None:
                args.append(f"ge={f.minimum}")
            if f.maximum is not None:
                args.append(f"le={f.maximum}")
            if f.min_length is not None:
                args.append(f"min_length={f.min_length}")
            args.append(f"description={f.description!r}")
            lines.append(f"    {f.name}: {ann} = Field({', '.join(args)})")
        lines.append("")
    lines += ["", "MODELS = {", *[f"    {t!r}: {CLASS_NAMES[t]}," for t in TABLES], "}", ""]
    lines.append('"""The model class of each table, by table name."""')
    return "\n".join(lines) + "\n"


def main() -> None:
    target = Path(__file__).with_name("models.py")
    target.write_text(render(), encoding="utf-8")
    print(f"wrote {target}", file=sys.stderr)


if __name__ == "__main__":
    main()
