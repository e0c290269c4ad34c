"""The human-readable README of a release: what it holds, what changed, and the codebook.

Everything about the fields is generated from the Table Schemas in
``schemas/`` (names, types, meanings, allowed values, examples, keys, and
``x-contractExtension`` notes), so the codebook can never drift from the
data. Allowed values are described by ``x-enumDescriptions`` (a mapping of
value to sentence) when a schema field carries one.
"""

from __future__ import annotations

from typing import Mapping

from .changes import Changes
from .schemas import TABLES, schema, schema_descriptor

__all__ = ["render_readme", "EDITIONS_TEXT"]

EDITIONS_TEXT = """\
Every table comes in two CSV editions with the same rows and columns:

- `data/<table>.csv`, the **canonical edition**, for software: UTF-8 without a
  byte-order mark, RFC 4180 quoting, `\\n` line endings, text exactly as in the
  data. This is what `datapackage.json` describes and checksums, and what
  Frictionless, pandas, R or DuckDB should read.
- `spreadsheet/<table>.csv`, the **spreadsheet edition**, for Excel,
  LibreOffice or Numbers: UTF-8 *with* a byte-order mark (so Excel shows
  umlauts correctly when the file is double-clicked) and `\\r\\n` line endings.
  A text cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage return
  gets an apostrophe in front (`'=...`) so the spreadsheet shows it as text
  instead of running it as a formula; numbers are never changed. Do not
  feed this edition to software: read the canonical one.

`data/<table>.parquet` holds the same table as Parquet (typed columns:
integers as int64, everything else as text), for fast loading.
"""


def _md(text: object) -> str:
    """Text safe inside a Markdown table cell."""
    return str(text).replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def _type_label(f) -> str:
    if f.partial_date:
        return "partial date"
    if f.enum:
        return "code"
    return f.type


def _field_section(table: str) -> list[str]:
    ts = schema(table)
    raw = {f["name"]: f for f in schema_descriptor(table)["fields"]}
    out = [f"### `{table}`: {ts.title}", "", ts.description, ""]
    out.append(f"Primary key: `{', '.join(ts.primary_key)}`.")
    for field, ref_table, ref_field in ts.foreign_keys:
        out.append(f"`{field}` refers to `{ref_table}.{ref_field}`.")
    out += ["", "| field | type | required | meaning |", "|---|---|---|---|"]
    for f in ts.fields:
        out.append(f"| `{f.name}` | {_type_label(f)} | {'yes' if f.required else 'no'} | {_md(f.description)} |")
    out.append("")
    for f in ts.fields:
        extra = raw[f.name]
        details = []
        if f.partial_date:
            details.append("Format: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a real calendar date, no more precise than the source allows).")
        elif f.pattern and not f.enum:
            details.append(f"Pattern: `{f.pattern}`.")
        if f.minimum is not None or f.maximum is not None:
            bounds = []
            if f.minimum is not None:
                bounds.append(f"at least {f.minimum}")
            if f.maximum is not None:
                bounds.append(f"at most {f.maximum}")
            details.append("Value: " + " and ".join(bounds) + ".")
        if f.unique:
            details.append("Unique in the table.")
        if f.example is not None:
            details.append(f"Example: `{f.example}`.")
        if extra.get("x-contractExtension"):
            details.append(f"Extends the data model: {extra['x-contractExtension']}")
        if f.enum:
            descriptions = extra.get("x-enumDescriptions") or {}
            details.append("Allowed values:")
            for v in f.enum:
                details.append(f"  - `{v}`" + (f": {descriptions[v]}" if v in descriptions else ""))
        if details:
            out.append(f"- **`{f.name}`**")
            out += [("    " + d.lstrip()) if d.startswith("  ") else ("  - " + d) for d in details]
    out.append("")
    return out


def _changes_section(changes: Changes | None) -> list[str]:
    out = ["## Changes since the previous release", ""]
    if changes is None or changes.old is None:
        out += ["This is the first release: every record is new.", ""]
        return out
    out.append(f"Compared with {changes.old}. Records are matched by their primary key; "
               "a changed record lists the fields that differ.")
    out.append("")
    if not changes:
        out += ["No record was added, removed or changed.", ""]
        return out
    out += ["| table | added | removed | changed |", "|---|---:|---:|---:|"]
    for t, (a, r, c) in changes.summary().items():
        out.append(f"| `{t}` | {a} | {r} | {c} |")
    out.append("")
    for t, c in changes.tables.items():
        if not c:
            continue
        out.append(f"### `{t}`")
        out.append("")
        out += [f"- added `{k}`" for k in c.added]
        out += [f"- removed `{k}`" for k in c.removed]
        out += [f"- changed `{k}`: {', '.join(f'`{n}`' for n in fs)}" for k, fs in c.changed.items()]
        out.append("")
    return out


def render_readme(version: str, created: str, counts: Mapping[str, int], changes: Changes | None,
                  sources: list[dict]) -> str:
    """The release README (Markdown): summary, record counts, files and editions, changes, codebook.

    ``sources`` are the rows of the sources table (for the list of texts).
    Deterministic: the same arguments give the same text.
    """
    out = [
        f"# nkru-data {version}",
        "",
        "Sourced claims about North Korea – Russia military cooperation: troop deployments, deliveries "
        "(both directions), casualties and diplomatic acts, read from news texts.",
        "",
        "**Nothing in this dataset is a fact.** Every record is a *claim*: who makes it (`claimant_id`), "
        "which text reports it (`source_id`), how it is put (`modality`: asserted, expected, possible, denied) "
        "and the verbatim quote that supports it, with character offsets into the source text. Several records "
        "may describe one real-world event; `event_key` groups them.",
        "",
        f"- Version: {version} (created {created}). A published version is never changed; a correction is a new version.",
        "- License: data under CC-BY-4.0 (https://creativecommons.org/licenses/by/4.0/).",
        "- Machine-readable description: `datapackage.json` (Frictionless Data Package, with checksums).",
        "",
        "## Record counts",
        "",
        "| table | rows |",
        "|---|---:|",
    ]
    out += [f"| `{t}` | {counts.get(t, 0)} |" for t in TABLES]
    out += ["", "## Files", "", EDITIONS_TEXT.rstrip("\n"), "",
            "Load it in Python (offline, after `pip install nkru-data`):", "",
            "```python", "import nkru_data",
            'table = nkru_data.load("deployments"'
            + ("" if version == "preview" else f', version="{version}"')
            + ")   # pyarrow.Table; .to_pandas() for pandas",
            "```", ""]
    out += _changes_section(changes)
    out += ["## Source texts", "", "| source_id | outlet | published | title |", "|---|---|---|---|"]
    for s in sources:
        out.append(f"| `{s['source_id']}` | {_md(s.get('outlet') or '')} | {s.get('published') or ''} "
                   f"({s.get('published_basis') or ''}) | {_md(s.get('title') or '')} |")
    out += ["", "## Codebook", "",
            "Types: `string` is text, `integer` a whole number, `code` one of the listed values, "
            "`partial date` a date of year, month or day precision. An empty cell means *not stated*.", ""]
    for t in TABLES:
        out += _field_section(t)
    return "\n".join(out).rstrip("\n") + "\n"
