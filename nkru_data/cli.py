"""The ``nkru-data`` command line: each command is a thin layer over a library function.

Exit codes: 0 success, 1 invalid input or a failed check, 2 wrong usage.
Errors are one line on stderr, never a traceback (set ``NKRU_DEBUG=1`` to
see one).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Optional

import typer

from .errors import NkruError

app = typer.Typer(
    name="nkru-data",
    help="Sourced claims about North Korea - Russia military cooperation: validate, build, load.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _err(message: str) -> None:
    typer.echo(message, err=True)


def _counts_table(report) -> None:
    from rich.console import Console
    from rich.table import Table

    tables = list(report.by_source)
    sources = sorted({s for t in tables for s in report.by_source[t]})
    grid = Table(title="Records per table and source", show_footer=True)
    grid.add_column("source", footer="total", no_wrap=True)
    for t in tables:
        grid.add_column(t, justify="right", footer=str(report.counts.get(t, 0)))
    for s in sources:
        grid.add_row(s, *[str(report.by_source[t].get(s, 0)) for t in tables])
    Console().print(grid)


@app.callback()
def _root() -> None:
    """Sourced claims about North Korea - Russia military cooperation."""


# --- validation --------------------------------------------------------------------------------

@app.command()
def validate(
    path: Path = typer.Argument(Path("."), exists=True, help="Repository root (holding seeds/), a seeds/ folder, or a datapackage.json."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print only problems, no summary."),
) -> None:
    """Check every input (or a data package) and print every problem as 'file:line: what is wrong'."""
    from .validation import validate as _validate

    report = _validate(path)
    for p in report.problems:
        typer.echo(str(p))
    if report.problems:
        _err(f"{len(report.problems)} problem(s) found in {report.target}")
        raise typer.Exit(1)
    if not quiet:
        if report.by_source:
            _counts_table(report)
        else:
            typer.echo(", ".join(f"{t}: {n}" for t, n in report.counts.items()))
        _err(f"valid: {report.target}")


# --- contributions -----------------------------------------------------------------------------

@app.command("add-source")
def add_source(
    file: Path = typer.Argument(..., help="The source text (UTF-8) to register."),
    published: str = typer.Option(..., "--published", help="Publication date: YYYY, YYYY-MM or YYYY-MM-DD."),
    outlet: Optional[str] = typer.Option(None, "--outlet", help="The outlet, only if the text shows it."),
    title: Optional[str] = typer.Option(None, "--title", help="The title, as written."),
    url: Optional[str] = typer.Option(None, "--url", help="The address, only if known (never invented)."),
    source_id: Optional[str] = typer.Option(None, "--source-id", help="Id to use (default: outlet slug + date)."),
    published_basis: str = typer.Option("stated", "--published-basis", help="'stated' (the text gives the date) or 'inferred'."),
    language: str = typer.Option("de", "--language", help="BCP 47 language tag of the text."),
    notes: Optional[str] = typer.Option(None, "--notes", help="Reasoning behind an inferred date, anything a reader needs."),
    root: Path = typer.Option(Path("."), "--root", help="The checkout holding seeds/."),
) -> None:
    """Copy a text into seeds/texts/, register it in seeds/sources.yaml and start its record file."""
    from .contribute import add_source as _add_source

    added = _add_source(file, published=published, outlet=outlet, title=title, url=url, source_id=source_id,
                        published_basis=published_basis, language=language, notes=notes, root=root)
    for change in added.changes:
        typer.echo(f"note: {change}")
    typer.echo(f"added source {added.source_id} (sha256 {added.sha256})")
    typer.echo(f"  text:    {added.text_path}")
    typer.echo(f"  entry:   {added.registry_path}")
    typer.echo(f"  records: {added.record_path}  <- add your records here, then run: nkru-data validate")


# --- releases ----------------------------------------------------------------------------------

def _print_changes(changes) -> None:
    if changes.old is None:
        typer.echo("changes: first release, every record is new")
        return
    if not changes:
        typer.echo(f"changes against {changes.old}: none")
        return
    typer.echo(f"changes against {changes.old}:")
    for line in changes.iter_lines():
        typer.echo(f"  {line}")


@app.command()
def build(
    version: Optional[str] = typer.Option(None, "--version", help="Publish this version (X.Y.Z) into the releases folder. Without it: a preview in a scratch folder."),
    root: Path = typer.Option(Path("."), "--root", help="The checkout holding seeds/."),
    releases_dir: Optional[Path] = typer.Option(None, "--releases-dir", help="Where releases live (default: <root>/releases)."),
    out: Optional[Path] = typer.Option(None, "--out", help="Preview folder (without --version; default: .nkru-preview in the root)."),
    created: Optional[str] = typer.Option(None, "--created", help="Release date (YYYY-MM-DD or ISO timestamp); default: from the inputs."),
    curated_only: bool = typer.Option(False, "--curated-only", help="Leave out the records the extraction rules add."),
) -> None:
    """Build a release from the validated inputs (or, without --version, a preview) and print what changed."""
    from .errors import ValidationFailed
    from .release import build as _build

    try:
        result = _build(root, version, releases_dir=releases_dir, out=out, created=created,
                        extracted=not curated_only)
    except ValidationFailed as exc:
        for p in exc.problems:
            typer.echo(str(p))
        _err(f"error: {len(exc.problems)} problem(s) in the inputs; nothing was built (run: nkru-data validate)")
        raise typer.Exit(1)
    what = {"built": f"published {result.version} in {result.path}",
            "identical": f"{result.version} is already published with identical content ({result.path}); nothing written",
            "preview": f"preview built in {result.path} (not published)"}[result.status]
    typer.echo(what)
    typer.echo("records: " + ", ".join(f"{t} {n}" for t, n in result.counts.items()))
    _print_changes(result.changes)


@app.command()
def versions(
    releases_dir: Optional[Path] = typer.Option(None, "--releases-dir", help="Where releases live (default: the installed or checkout releases)."),
) -> None:
    """List the published versions, oldest first."""
    from .loading import package, versions as _versions

    found = _versions(releases_dir)
    if not found:
        _err("no release is published yet")
    for v in found:
        desc = package(v, releases_dir=releases_dir)
        counts = ", ".join(f"{t} {n}" for t, n in desc.get("x-counts", {}).items())
        typer.echo(f"{v}\t{desc.get('created', '')}\t{counts}")


@app.command()
def info(
    version: Optional[str] = typer.Argument(None, help="Version (default: the latest)."),
    releases_dir: Optional[Path] = typer.Option(None, "--releases-dir", help="Where releases live."),
) -> None:
    """Show a release: metadata, record counts and files."""
    from .loading import package

    desc = package(version, releases_dir=releases_dir)
    typer.echo(f"{desc['name']} {desc['version']} (created {desc['created']})")
    typer.echo(desc.get("title", ""))
    typer.echo("licenses: " + ", ".join(lic.get("name", "") for lic in desc.get("licenses", [])))
    typer.echo("records:")
    for t, n in desc.get("x-counts", {}).items():
        typer.echo(f"  {t:<16} {n:>7}")
    typer.echo("files:")
    for entry in desc["resources"] + desc.get("x-files", []):
        typer.echo(f"  {entry['path']:<40} {entry.get('bytes', ''):>9}  {entry.get('hash', '')}")


@app.command()
def diff(
    a: str = typer.Argument(..., help="Older version."),
    b: str = typer.Argument(..., help="Newer version."),
    releases_dir: Optional[Path] = typer.Option(None, "--releases-dir", help="Where releases live."),
) -> None:
    """Records added, removed and changed (with the changed fields) from version A to version B."""
    from .changes import diff as _diff

    changes = _diff(a, b, releases_dir=releases_dir)
    for line in changes.iter_lines():
        typer.echo(line)


@app.command()
def export(
    table: str = typer.Argument(..., help="Table name (deployments, deliveries, ...)."),
    version: Optional[str] = typer.Option(None, "--version", help="Version (default: the latest)."),
    format: str = typer.Option("csv", "--format", help="csv, parquet or jsonl."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="File to write (default: standard output)."),
    releases_dir: Optional[Path] = typer.Option(None, "--releases-dir", help="Where releases live."),
) -> None:
    """Write one table of a release as CSV, Parquet or JSON Lines."""
    from .loading import export as _export

    data = _export(table, version, format, releases_dir=releases_dir)
    if output is None:
        if format.lower() == "parquet" and sys.stdout.isatty():
            raise NkruError("Parquet is binary: give --output FILE or redirect standard output")
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    output.write_bytes(data)
    _err(f"wrote {output} ({len(data)} bytes)")


@app.command()
def verify(
    version: Optional[str] = typer.Argument(None, help="Version (default: every published version)."),
    releases_dir: Optional[Path] = typer.Option(None, "--releases-dir", help="Where releases live."),
) -> None:
    """Check every file of a release against the sha256 its datapackage.json lists."""
    from .loading import verify as _verify, versions as _versions

    problems = _verify(version, releases_dir=releases_dir)
    for p in problems:
        typer.echo(str(p))
    if problems:
        _err(f"{len(problems)} problem(s): the release is damaged or was edited")
        raise typer.Exit(1)
    checked = version or ", ".join(_versions(releases_dir))
    _err(f"verified: {checked}")


# --- curation ----------------------------------------------------------------------------------

@app.command()
def review(
    source_id: str = typer.Argument(..., help="The source to show, e.g. dlf-2024-10-22."),
    root: Path = typer.Option(Path("."), "--root", help="Repository root holding seeds/."),
    width: Optional[int] = typer.Option(None, "--width", help="Line width (default: the terminal's)."),
) -> None:
    """Show one source text with every record's quote marked [n> ... <n] and a table of the records."""
    import shutil

    from .reviewing import review as _review

    color = sys.stdout.isatty() and not os.environ.get("NO_COLOR")
    typer.echo(_review(source_id, root, width=width or shutil.get_terminal_size((120, 24)).columns, color=color),
               nl=False)


# --- extraction --------------------------------------------------------------------------------

@app.command("extract")
def extract_cmd(
    files: list[Path] = typer.Argument(..., help="Text files (UTF-8) or folders of *.txt files."),
    published: str = typer.Option(..., "--published", help="When the texts were published: YYYY, YYYY-MM or YYYY-MM-DD."),
    fmt: str = typer.Option("jsonl", "--format", help="jsonl (one JSON record per line) or table (for reading)."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=0, help="Worker processes (0: one per core)."),
) -> None:
    """Extract claim records from German news texts with the rules in nkru_data/extract/rules/."""
    import json

    from .dates import parse_partial_date
    from .extract.files import collect_files, extract_files

    if fmt not in ("jsonl", "table"):
        raise typer.BadParameter(f"{fmt!r} is not one of jsonl, table", param_hint="--format")
    try:
        parse_partial_date(published)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--published") from None
    paths = collect_files(files)
    if len(paths) > 1:
        from rich.console import Console
        from rich.progress import Progress

        with Progress(console=Console(stderr=True), transient=True) as bar:
            task = bar.add_task("extracting", total=len(paths))
            results = extract_files(paths, published=published, jobs=jobs, on_done=lambda r: bar.advance(task))
    else:
        results = extract_files(paths, published=published, jobs=jobs)
    if fmt == "jsonl":
        out = sys.stdout
        for res in results:
            for rec in res.records:
                out.write(json.dumps({"table": rec.__table__, **rec.model_dump(mode="json", exclude_none=True)},
                                     ensure_ascii=False) + "\n")
    else:
        _extract_table(results)
    _err(f"{sum(len(r.records) for r in results)} record(s) from {len(results)} file(s)")


def _extract_table(results) -> None:
    from rich.console import Console
    from rich.table import Table

    # One table per file and three columns, so that the quote keeps a readable
    # width even in an 80-column terminal; the short fields share two cells.
    console = Console()
    for res in results:
        if not res.records:
            continue
        grid = Table(title=Path(res.path).name, title_justify="left", show_lines=True)
        grid.add_column("claim", max_width=26, overflow="fold")
        grid.add_column("claimant, modality", max_width=22, overflow="fold")
        grid.add_column("quote", ratio=1)
        for rec in res.records:
            d = rec.model_dump(mode="json", exclude_none=True)
            what = next((d[k] for k in ("personnel_type", "item_category", "casualty_type", "act_type") if k in d), "")
            claim = f"{rec.__table__}: {what}"
            if "quantity_text" in d:
                claim += "\n" + d["quantity_text"] + (f" ({d['quantity_qualifier']})" if d.get("quantity_qualifier") else "")
            grid.add_row(claim, f"{d['claimant_id']}\n{d['modality']}", d["quote"])
        console.print(grid)


@app.command("eval")
def eval_cmd(
    root: Path = typer.Option(Path("."), "--root", help="Repository root holding seeds/."),
    articles: Optional[Path] = typer.Option(
        None, "--articles", help="A folder of test articles (<name>.txt + <name>.yaml, as tests/extraction/) to score instead."),
) -> None:
    """Score extraction on the seed texts against their curated records (precision, recall, misses, extras)."""
    from .extract.evaluate import evaluate as _evaluate
    from .extract.evaluate import evaluate_articles

    typer.echo((evaluate_articles(articles) if articles is not None else _evaluate(root)).to_text())


def main() -> None:
    """Console-script entry point: run the app, turning library errors into one-line messages."""
    try:
        app()  # standalone mode: usage errors exit 2, typer.Exit carries its code
    except NkruError as exc:
        _err(f"error: {exc}")
        sys.exit(1)
    except KeyboardInterrupt:
        _err("interrupted")
        sys.exit(1)
    except Exception as exc:
        if os.environ.get("NKRU_DEBUG"):
            raise
        _err(f"error: internal error ({type(exc).__name__}: {exc}); please report it (NKRU_DEBUG=1 shows details)")
        sys.exit(1)


if __name__ == "__main__":
    main()
