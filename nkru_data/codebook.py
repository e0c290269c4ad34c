"""The human-readable README of a release: what it holds, what changed, and the codebook.

Everything about the fields is generated from the Table Schemas in
``schemas/`` (names, types, meanings, allowed values, examples, keys, and
``x-contractExtension`` notes), so the codebook can never drift from the
data. Allowed values are described by ``x-enumDescriptions`` (a mapping of
value to sentence) when a schema field carries one. What the codebook says
about the rows themselves (the country codes that occur, how many rows each
extraction rule made) is read from the tables by :func:`gather_facts`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Mapping

import pyarrow as pa
import pyarrow.compute as pc

from .changes import Changes
from .schemas import RECORD_TABLES, TABLES, schema, schema_descriptor

if TYPE_CHECKING:
    from .tablesource import TableSource

__all__ = ["render_readme", "gather_facts", "Facts", "EDITIONS_TEXT", "COUNTING_TEXT", "COUNTRY_NAMES"]

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

Spreadsheet programs change some cells of a CSV file as they open it:

- Excel set to English reads the text `1.500` in `quantity_text` (German for
  one thousand five hundred) as the number 1.5, and turns dates such as
  `2024-10-22` (sometimes `2024-10` too) into date cells in its own format.
  For calculations use the `quantity` column: it holds the number (1500);
  `quantity_text` is only the wording of the source.
- Excel set to German (or another language that writes decimals with a
  comma) expects `;` between cells, so a double-clicked file may show each
  whole row in the first column.

To avoid both, import the file instead of double-clicking it. In Excel:
Data > From Text/CSV (Daten > Aus Text/CSV), File Origin 65001: Unicode
(UTF-8), Delimiter Comma; with Data Type Detection set to "Do not detect
data types" every cell stays exactly as written. LibreOffice asks on
opening: choose Unicode (UTF-8) and Comma, and give columns the type Text to
keep them as written.
"""

#: The warnings before any count or sum, in Markdown; every code in backticks is a field or an allowed value
#: (a test checks it against the schemas).
COUNTING_TEXT = """\
A row is one claim, not one event and not one item. Counting rows or adding
up `quantity` overcounts unless you allow for this:

- **One event, several rows.** The same event is often reported by several
  sources and claimants, and each report is a row. Rows with the same
  `event_key` describe the same event: count distinct `event_key` values, and
  compare their figures instead of adding them up. An empty `event_key` means
  the row was not grouped, not that its event is reported only once.
- **One sentence, one row per claimant.** When a sentence gives several
  sources for one figure ("nach Angaben Südkoreas und der Ukraine"), each
  claimant gets a row with the same `quote` and the same `quantity`.
- **Not everything reported was done.** Only `modality` `asserted` says that
  something happened or is happening. `expected` rows are plans or
  forecasts, `possible` rows speculation or fears, `denied` rows denials.
  A curated denial is also a row of `diplomatic_acts` (`act_type` `denial`).
- **Totals and increases.** A `quantity_scope` `total` already includes the
  earlier increases (`additional`): adding both counts them twice.
- **Hedged numbers.** An empty `quantity` means the text gives no number
  (`quantity_qualifier` `vague`: "Tausende"), never zero. A `range` runs from
  `quantity` to `quantity_max`; `approx`, `at_least`, `more_than`, `up_to`
  and `at_most` are estimates or bounds, not counts. A `killed_or_wounded`
  figure covers both: do not add it to the `killed` or `wounded` figures.
"""

def _country_names() -> dict[str, str]:
    """English short names of country codes, from ``nkru_data/countries.csv`` (code,name).

    ISO 3166-1 names (its common name where it gives one), for the codebook's
    list of the codes that occur, which is read from the data: reference
    data, not a list of what the data holds. A curator who adds a country
    adds its row there; a test checks that every code in the inputs has a
    name, and the names against the Debian iso-codes tables where those are
    installed.
    """
    import csv
    from importlib.resources import files

    with files("nkru_data").joinpath("countries.csv").open(encoding="utf-8", newline="") as fh:
        return {row["code"]: row["name"] for row in csv.DictReader(fh)}


#: Country code -> English short name (see :func:`_country_names`).
COUNTRY_NAMES: dict[str, str] = _country_names()


@dataclass(frozen=True)
class Facts:
    """What the codebook reports from the rows themselves (all small, whatever the size of the tables).

    ``countries``: each country code that occurs, with the ``table.field``
    columns holding it; ``methods``: rows per ``method`` of each claim table;
    ``rules``: rows per ``(table, rule_id)`` of the extracted records.
    """

    countries: Mapping[str, tuple[str, ...]]
    methods: Mapping[str, Mapping[str, int]]
    rules: Mapping[tuple[str, str], int]


def _value_counts(data: "pa.Table | TableSource", column: str) -> dict[str, int]:
    """Rows per non-empty value of one column, read alone (a source reads only that column's buffers)."""
    return {v["values"]: v["counts"] for v in pc.value_counts(data.column(column)).to_pylist()
            if v["values"] is not None}


def gather_facts(tables: "Mapping[str, pa.Table | TableSource]") -> Facts:
    """The :class:`Facts` of a release's tables (typed tables or sources, every table of the release)."""
    countries: dict[str, list[str]] = {}
    for t in TABLES:
        for f in schema(t).fields:
            if f.country_code:
                for code in _value_counts(tables[t], f.name):
                    countries.setdefault(code, []).append(f"{t}.{f.name}")
    methods = {t: _value_counts(tables[t], "method") for t in RECORD_TABLES}
    rules = {(t, r): n for t in RECORD_TABLES for r, n in _value_counts(tables[t], "rule_id").items()}
    return Facts({c: tuple(countries[c]) for c in sorted(countries)}, methods, dict(sorted(rules.items())))


def _md(text: object) -> str:
    """Text safe inside a Markdown table cell."""
    return str(text).replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def _type_label(f) -> str:
    if f.partial_date:
        return "partial date"
    if f.enum:
        return "code"
    return f.type


def _field_section(table: str, countries_listed: bool = False) -> list[str]:
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
        if f.country_code:
            details.append("An ISO 3166-1 alpha-3 country code" + (" (see *Country codes* above)." if countries_listed else "."))
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


def _files_section(version: str, texts: Mapping[str, str] | None) -> list[str]:
    zip_holds = "the CSV files, this README and the source texts" if texts else "the CSV files and this README"
    out = ["## Files in this release", "",
           "- `README.md`: this codebook.",
           "- `datapackage.json`: the machine-readable description (a Frictionless Data Package): the tables, "
           "their schemas, and the size and SHA-256 checksum of every file.",
           "- `SHA256SUMS`: the SHA-256 of every file, in the format `sha256sum -c SHA256SUMS` checks.",
           "- `data/` and `spreadsheet/`: the tables, described below.",
           ]
    if texts:
        out.append("- `texts/`: the source texts the quotes come from, one file per source "
                   "(see *Tracing a quote to its source*).")
    out += [f"- `nkru-data-{version}.zip`: {zip_holds} in one download.", "",
            EDITIONS_TEXT.rstrip("\n"), "",
            "Load it in Python (offline, once the nkru-data package is installed: `pip install .` in a clone of its "
            "repository):", "",
            "```python", "import nkru_data",
            'table = nkru_data.load("deployments"'
            + ("" if version == "preview" else f', version="{version}"')
            + ")   # pyarrow.Table; .to_pandas() for pandas",
            "```", ""]
    return out


def _tracing_section(sources: list[dict], texts: Mapping[str, str] | None) -> list[str]:
    if texts:
        first = next(s for s in sources if s["source_id"] in texts)  # an example from this release
        where = ("The `sources` table names the source's file in `path`; this release holds a copy of every "
                 f"source text as `texts/<file name>` (for `{first['path']}`, open `{texts[first['source_id']]}`), "
                 "byte for byte the file whose SHA-256 `sha256` records.")
    else:
        where = ("The `sources` table names the source's file in `path`, a file of the nkru-data repository; "
                 "`sha256` is the SHA-256 of that file.")
    return ["## Tracing a quote to its source", "",
            "Every claim row holds the words it rests on in `quote`, and the text they come from in "
            f"`source_id`. {where}", "",
            "To find a quote, open the text in any text editor (the files are UTF-8 with Unix line ends) and "
            "search for the quote, copied from its cell. A short quote such as \"Munition\" may occur more "
            "than once; `quote_start` and `quote_end` then say which occurrence is meant. `quote_start` is the "
            "number of characters before the quote, counted from the start of the file from 0; `quote_end` is "
            "`quote_start` plus the length of the quote. They count characters, not bytes: a letter with an "
            "umlaut, a space and a line break each count as one. So a quote with `quote_start` 120 lies near "
            "the beginning of a text of 3,000 characters, one with 2,900 near its end. In Python, "
            "`text[quote_start:quote_end] == quote` holds for the file's text read as UTF-8.", ""]


def _sources_section(sources: list[dict], texts: Mapping[str, str] | None) -> list[str]:
    out = ["## Source texts", ""]
    if texts:
        out += ["| source_id | outlet | published | title | file |", "|---|---|---|---|---|"]
    else:
        out += ["| source_id | outlet | published | title |", "|---|---|---|---|"]
    for s in sources:
        row = (f"| `{s['source_id']}` | {_md(s.get('outlet') or '')} | {s.get('published') or ''} "
               f"({s.get('published_basis') or ''}) | {_md(s.get('title') or '')} |")
        if texts:
            row += f" `{texts[s['source_id']]}` |" if s["source_id"] in texts else "  |"
        out.append(row)
    if texts:
        out += ["", "The source texts are news reports, included so that every quote can be checked; they remain "
                "the work of their outlets and are not covered by the data's CC-BY-4.0 license."]
    out.append("")
    return out


def _methods_section(facts: Facts) -> list[str]:
    method_values = schema(RECORD_TABLES[0]).field("method").enum or ()
    out = ["## How the records were made", "",
           "`method` says how a row was made: `curated` rows were written by a person who read the text; "
           "`extracted` rows were produced by an extraction rule reading the German text, and `rule_id` names "
           "the rule (it is empty for curated rows). An extracted row is only added where no curated row "
           "covers the same claim (same table, overlapping quote). The rules ship with the nkru-data package, "
           "under `nkru_data/extract/rules/`.", "",
           "| table | " + " | ".join(method_values) + " |", "|---|" + "---:|" * len(method_values)]
    for t, counts in facts.methods.items():
        out.append(f"| `{t}` | " + " | ".join(str(counts.get(m, 0)) for m in method_values) + " |")
    out.append("")
    if facts.rules:
        out += ["Rows per rule:", "", "| `rule_id` | table | rows |", "|---|---|---:|"]
        out += [f"| `{r}` | `{t}` | {n} |" for (t, r), n in facts.rules.items()]
        out.append("")
    return out


def _countries_section(facts: Facts) -> list[str]:
    out = ["## Country codes", "",
           "Countries are given as ISO 3166-1 alpha-3 codes. These occur in this release:", "",
           "| code | country | found in |", "|---|---|---|"]
    for code, where in facts.countries.items():
        name = COUNTRY_NAMES.get(code, "(not in the codebook's list of names)")
        out.append(f"| `{code}` | {name} | {', '.join(f'`{w}`' for w in where)} |")
    out += ["", "An actor's `actor_id` starts with its country code in lower case (`kor-nis`); `int-` marks "
            "international bodies and `xxx-` actors of no one country.", ""]
    return out


def render_readme(version: str, created: str, counts: Mapping[str, int], changes: Changes | None,
                  sources: list[dict], facts: Facts | None = None,
                  texts: Mapping[str, str] | None = None) -> str:
    """The release README (Markdown): summary, record counts, warnings on counting, files and editions, how to
    trace a quote, changes, source texts, how the records were made, country codes, codebook.

    ``sources`` are the rows of the sources table (for the list of texts);
    ``facts`` (see :func:`gather_facts`) adds the sections read from the rows;
    ``texts`` maps a source_id to its text's path in the release, when the
    release ships the texts. Deterministic: the same arguments give the same text.
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
    out += ["", "## Before you count or add up", "", COUNTING_TEXT.rstrip("\n"), ""]
    out += _files_section(version, texts)
    out += _tracing_section(sources, texts)
    out += _changes_section(changes)
    out += _sources_section(sources, texts)
    if facts is not None:
        out += _methods_section(facts)
        out += _countries_section(facts)
    out += ["## Codebook", "",
            "Types: `string` is text, `integer` a whole number, `code` one of the listed values, "
            "`partial date` a date of year, month or day precision. An empty cell means *not stated*.", ""]
    for t in TABLES:
        out += _field_section(t, countries_listed=facts is not None)
    return "\n".join(out).rstrip("\n") + "\n"
