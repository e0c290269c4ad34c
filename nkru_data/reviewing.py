"""``review``: one source text with every record's quote marked, for checking coverage by eye.

A reviewer wants to see, at a glance, which sentences of a source became
records and what each record says. :func:`review` renders:

1. a header naming the source (outlet, title, published date);
2. the source text with every quote marked ``[n> ... <n]`` (and highlighted
   when colour is on), records on the same span sharing one mark
   (``[3,4,5> ... <3,4,5]``);
3. every record: its number, record_id, table and modality, claimant (and
   intermediary) and dates, and the claim: what it is about (personnel,
   item, casualty or act type), quantity with qualifier and scope, and
   event key. A table when the width leaves the claim column room to be
   read, otherwise one block per record; ids and dates are never cut;
4. the numbers in the text that no quote covers (dates, times, numbers
   about other things), so a reviewer can confirm each is out of scope;
5. any problem the record file of this source has (a quote not found ...).

Records are read straight from ``seeds/`` with :func:`nkru_data.seeds.load_inputs`,
so the view works while a record file is still being written.
"""

from __future__ import annotations

import io
import os
import re
from dataclasses import dataclass
from pathlib import Path

from .errors import NkruError
from .schemas import RECORD_TABLES

__all__ = ["review", "ReviewRecord", "source_records"]

#: Style of text inside at least one quote, and of the marks themselves.
_QUOTE_STYLE = "black on yellow"
_MARK_STYLE = "bold magenta"
#: A number as written: digits with German thousands dots, decimal commas, times and dates ("11.000", "12:42", "2024-10").
_NUMBER = re.compile(r"\d+(?:[.,:/-]\d+)*")


@dataclass(frozen=True)
class ReviewRecord:
    """One record as the review shows it: its number, table, offsets (None when the quote was not placed) and fields."""

    n: int
    table: str
    start: int | None
    end: int | None
    row: dict[str, str | None]


def source_records(source_id: str, root: str | os.PathLike = ".") -> tuple[dict, str, list[ReviewRecord], list[str]]:
    """Load one source and its records from ``root/seeds``.

    Returns ``(source_row, text, records, problems)``: the source's registry
    entry as a dict of strings, its NFC text, its records numbered 1.. in
    text order (records whose quote could not be placed come last), and the
    problems of the inputs that concern this source, as printable lines.

    Raises :class:`NkruError` when ``root`` has no ``seeds/`` folder, when
    ``source_id`` is not registered, or when its text cannot be read.
    """
    from .check import _suggest
    from .seeds import load_inputs

    root = Path(root)
    if not (root / "seeds").is_dir():
        raise NkruError(f"{root}: no seeds/ folder here; give the repository root, which holds seeds/")
    inputs = load_inputs(root)
    sources = {r["source_id"]: r for r in inputs.tables["sources"].to_pylist() if r.get("source_id")}
    if source_id not in sources:
        known = ", ".join(sorted(sources)) or "none"
        raise NkruError(f"unknown source {source_id!r}{_suggest(source_id, sources)}; registered sources: {known}")
    text = inputs.texts.get(source_id)
    if text is None:
        why = next((str(p) for p in inputs.problems if p.record_id == source_id or source_id in p.path), "")
        raise NkruError(f"the text of source {source_id!r} cannot be read" + (f": {why}" if why else ""))

    placed: list[tuple[int, int, int, str, dict]] = []
    unplaced: list[tuple[str, dict]] = []
    for t_index, table in enumerate(RECORD_TABLES):
        for row in inputs.tables[table].to_pylist():
            if row.get("source_id") != source_id:
                continue
            try:
                start, end = int(row["quote_start"]), int(row["quote_end"])
            except (TypeError, ValueError):
                unplaced.append((table, row))
                continue
            placed.append((start, end, t_index, table, row))
    placed.sort(key=lambda p: (p[0], p[1], p[2], p[4].get("record_id") or ""))
    records = [ReviewRecord(i + 1, table, s, e, row) for i, (s, e, _, table, row) in enumerate(placed)]
    records += [ReviewRecord(len(records) + i + 1, table, None, None, row) for i, (table, row) in enumerate(unplaced)]

    record_file = f"{source_id}.yaml"
    problems = [str(p) for p in inputs.problems
                if Path(p.path).name in (record_file, f"{source_id}.yml", f"{source_id}.txt") or p.record_id == source_id]
    return sources[source_id], text, records, problems


def review(source_id: str, root: str | os.PathLike = ".", *, width: int = 120, color: bool = False) -> str:
    """Render one source for review and return it as a string (see the module docstring for what it shows).

    ``width`` is the line width of the rendering; ``color`` adds ANSI colours
    (quotes highlighted) for a terminal. Raises :class:`NkruError` for an
    unknown source or a missing ``seeds/`` folder (see :func:`source_records`).
    """
    from rich.console import Console

    source, text, records, problems = source_records(source_id, root)
    buf = io.StringIO()
    console = Console(file=buf, width=max(width, 40), force_terminal=color, color_system="standard" if color else None,
                      highlight=False, emoji=False, soft_wrap=False)
    console.print(_header(source, records), markup=False)
    console.print()
    console.print(_marked_text(text, records))
    console.print()
    console.print(_records_view(records, console.width))
    stray = _uncovered_numbers(text, records)
    console.print()
    if stray:
        console.print("Numbers outside every quote (check each is out of scope):", markup=False)
        for line in stray:
            console.print(f"  {line}", markup=False)
    else:
        console.print("Every number in the text is inside a quote.", markup=False)
    if problems:
        console.print()
        console.print(f"{len(problems)} problem(s) in this source's inputs:", markup=False)
        for line in problems:  # whole lines, never wrapped: a reviewer copies file:line from them
            console.print("  " + line, markup=False, soft_wrap=True)
    return buf.getvalue()


def _header(source: dict, records: list[ReviewRecord]) -> str:
    counts = {t: sum(r.table == t for r in records) for t in RECORD_TABLES}
    published = source.get("published") or "?"
    if source.get("published_basis"):
        published += f" ({source['published_basis']})"
    lines = [
        f"Source {source['source_id']}: {source.get('outlet') or 'outlet not shown'}, published {published}",
    ]
    if source.get("title"):
        lines.append(f"Title: {source['title']}")
    lines.append(f"{len(records)} records: " + ", ".join(f"{t} {n}" for t, n in counts.items()))
    return "\n".join(lines)


def _marked_text(text: str, records: list[ReviewRecord]):
    """The source text as rich Text, each distinct quote span opened with ``[n>`` and closed with ``<n]``."""
    from rich.text import Text

    spans: dict[tuple[int, int], list[int]] = {}
    for r in records:
        if r.start is not None:
            spans.setdefault((r.start, r.end), []).append(r.n)
    opens: dict[int, list[tuple[int, int]]] = {}
    closes: dict[int, list[tuple[int, int]]] = {}
    for span in spans:
        opens.setdefault(span[0], []).append(span)
        closes.setdefault(span[1], []).append(span)
    depth = [0] * (len(text) + 1)  # how many quotes cover each character, for the highlight
    for s, e in spans:
        for i in range(s, e):
            depth[i] += 1
    out = Text()
    cuts = sorted({0, len(text), *opens, *closes})
    for a, b in zip(cuts, cuts[1:] + [None]):
        # closing marks first, innermost (latest opened) first; then opening marks, outermost (longest) first
        for span in sorted(closes.get(a, []), key=lambda sp: -sp[0]):
            out.append(f"<{_nums(spans[span])}]", style=_MARK_STYLE)
        for span in sorted(opens.get(a, []), key=lambda sp: -sp[1]):
            out.append(f"[{_nums(spans[span])}>", style=_MARK_STYLE)
        if b is None:
            break
        piece = text[a:b]
        out.append(piece, style=_QUOTE_STYLE if depth[a] else "")
    return out


def _nums(ns: list[int]) -> str:
    return ",".join(str(n) for n in ns)


def _cell(row: dict, name: str) -> str:
    value = row.get(name)
    return "" if value is None else str(value)


def _quantity(row: dict) -> str:
    q, qmax, qual = _cell(row, "quantity"), _cell(row, "quantity_max"), _cell(row, "quantity_qualifier")
    if not (q or qual):
        return ""
    number = f"{q}-{qmax}" if qmax else q
    parts = [p for p in (number, qual) if p]
    if row.get("quantity_scope") and row["quantity_scope"] != "unspecified":
        parts.append(row["quantity_scope"])
    if row.get("unit"):
        parts.append(row["unit"])
    text = " ".join(parts)
    if row.get("quantity_text"):
        text += f' "{row["quantity_text"]}"'
    return text


def _what(table: str, row: dict) -> str:
    if table == "deployments":
        what = f"{_cell(row, 'personnel_type')} {_cell(row, 'from_country')}>{_cell(row, 'to_country')} {_cell(row, 'status')}"
        where = _cell(row, "location")
    elif table == "deliveries":
        what = (f"{_cell(row, 'item_category')} {_cell(row, 'supplier_country')}>{_cell(row, 'recipient_country')} "
                f"{_cell(row, 'status')}: {_cell(row, 'item')}")
        if row.get("caliber_mm"):
            what += f" ({row['caliber_mm']} mm)"
        where = ""
    elif table == "casualties":
        what = f"{_cell(row, 'casualty_type')} {_cell(row, 'party_country')}"
        where = _cell(row, "location")
    else:
        who = _cell(row, "actor_id") + (f" > {row['counterpart_id']}" if row.get("counterpart_id") else "")
        what = f"{_cell(row, 'act_type')}: {who}"
        if row.get("title"):
            what += f" ({row['title']})"
        where = _cell(row, "location")
    return what + (f" @ {where}" if where else "")


def _dates(row: dict) -> str:
    out = f"rep {_cell(row, 'reported_date') or '?'}"
    if row.get("event_date") or row.get("event_date_end"):
        out += f"\nevt {_cell(row, 'event_date') or '?'}"
        if row.get("event_date_end"):
            out += f"..{row['event_date_end']}"
    return out


#: The records are a table only if its claim column gets at least this many characters; else one block per record.
_MIN_CLAIM_WIDTH = 36
_HEADERS = ("n", "record", "claimant, dates", "claim")


@dataclass(frozen=True)
class _Cells:
    """One record's text as the review shows it; lines are separated by newlines."""

    n: str
    record: str  # record_id, table, modality
    claimant: str  # claimant and intermediary
    dates: str  # reported date, event date or range
    claim: str  # what, quantity, event key


def _record_cells(r: ReviewRecord) -> _Cells:
    """The texts the review shows for one record (empty parts left out)."""
    rid = _cell(r.row, "record_id") or "-"
    if r.start is None:
        rid += "\n(quote not placed)"
    via = f"\nvia {r.row['via_id']}" if r.row.get("via_id") else ""
    claim = [_what(r.table, r.row), _quantity(r.row)]
    if r.row.get("event_key"):
        claim.append(f"event {r.row['event_key']}")
    return _Cells(str(r.n), "\n".join(p for p in (rid, r.table, _cell(r.row, "modality")) if p),
                  _cell(r.row, "claimant_id") + via, _dates(r.row), "\n".join(p for p in claim if p))


def _table_row(c: _Cells) -> tuple[str, str, str, str]:
    """The four cells of a table row: claimant and dates share one column."""
    return c.n, c.record, f"{c.claimant}\n{c.dates}", c.claim


def _widest(cell: str) -> int:
    """The terminal width of the longest line of ``cell``."""
    from rich.cells import cell_len

    return max((cell_len(line) for line in cell.split("\n")), default=0)


def _records_view(records: list[ReviewRecord], width: int):
    """The records as a rich renderable that fits ``width``: a table if its claim column gets room, else blocks.

    The first three columns never wrap (ids and dates must stay whole), so
    their widths are measured first; the claim column takes the rest.
    """
    cells = [_record_cells(r) for r in records]
    rows = [_table_row(c) for c in cells]
    fixed = sum(max(_widest(c) for c in column) for column in zip(_HEADERS[:3], *[row[:3] for row in rows]))
    overhead = 3 * len(_HEADERS) + 1  # a border before each column and after the last, one space each side
    if width - fixed - overhead >= _MIN_CLAIM_WIDTH:
        return _records_table(rows)
    return _records_blocks(cells)


def _records_table(rows: list[tuple[str, str, str, str]]):
    """The records as a four-column rich Table; only the claim column wraps."""
    from rich.table import Table
    from rich.text import Text

    grid = Table(show_lines=True, expand=False)
    for name in _HEADERS[:3]:
        grid.add_column(name, no_wrap=True, justify="right" if name == "n" else "left")
    grid.add_column(_HEADERS[3], overflow="fold")  # the one column that wraps; fold only splits a word wider than it
    for row in rows:
        grid.add_row(*[Text(c) for c in row])  # Text: a "[" in a record is data, never rich markup
    return grid


def _records_blocks(cells: list[_Cells]):
    """One block per record for narrow widths: a labelled line per part, long text wrapped under its label."""
    from rich.table import Table
    from rich.text import Text

    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column(overflow="fold")
    for i, c in enumerate(cells):
        if i:
            grid.add_row("", "")
        for label, value in ((f"#{c.n}", c.record), ("claimant", c.claimant), ("dates", c.dates), ("claim", c.claim)):
            # record, claimant and dates on one line each (their parts are short); the claim keeps its lines
            grid.add_row(Text(label), Text(value if label == "claim" else value.replace("\n", "  ")))
    return grid


def _uncovered_numbers(text: str, records: list[ReviewRecord]) -> list[str]:
    """Numbers in the text outside every placed quote, each with two words either side and marked «like this»."""
    covered = [(r.start, r.end) for r in records if r.start is not None]
    out = []
    for m in _NUMBER.finditer(text):
        if any(s <= m.start() and m.end() <= e for s, e in covered):
            continue
        before = text[max(0, m.start() - 40):m.start()]
        after = text[m.end():m.end() + 40]
        # keep whole words: drop the possibly cut first/last word, then two words each side
        left = " ".join(before.split(" ")[1:][-3:]) if len(before) == 40 else " ".join(before.split(" ")[-3:])
        right = " ".join(after.split(" ")[:-1][:3]) if len(after) == 40 else " ".join(after.split(" ")[:3])
        out.append(" ".join(f"{left}«{m.group()}»{right}".split()))
    return out
