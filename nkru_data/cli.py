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
    from .validate import validate as _validate

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
