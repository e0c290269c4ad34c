"""The ``nkru-data`` command line: each command is a thin layer over a library function.

Exit codes (the same for every command):

- 0: success.
- 1: the command ran and what it read or wrote is wrong: inputs that do not
  validate, a failed check, a damaged release, a version that is not
  published, an unknown source id, a folder or file named by an option
  (``--root``, ``--releases-dir``, ``--output``, ``--out``, ``--articles``)
  that cannot be read or written.
- 2: wrong usage, judged from the command line alone: an unknown command or
  option, a missing argument, a value outside its choices (``--format``, a
  table name, ``--published-basis``) or not of its form (dates, versions
  ``X.Y.Z``), and an input path argument (validate's PATH, the FILE of
  ``add-source`` and ``extract``) that does not exist or is not the kind of
  thing the command reads.
- 141: standard output was closed early (``nkru-data diff A B | head -1``);
  the command stops quietly, as ``cat`` or ``grep`` do (128 + SIGPIPE).

Errors are one line on stderr, never a traceback (set ``NKRU_DEBUG=1`` to
see one); usage errors also name the command's ``--help``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import NoReturn, Optional

import typer
import typer.core

from .errors import NkruError

#: Exit code after the reader of standard output went away: what a shell reports for cat or grep there.
EXIT_CLOSED_PIPE = 141
_EXIT_HELP = "Exit codes: 0 success; 1 invalid data or a failed check; 2 wrong usage; 141 output closed early."


def _closed_pipe() -> NoReturn:
    """Stop quietly after the reader of standard output went away (``| head``).

    Standard output is pointed at /dev/null first, so that Python's last
    flush of what is still buffered cannot fail again and print "Exception
    ignored ... BrokenPipeError" on stderr.
    """
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    raise SystemExit(EXIT_CLOSED_PIPE)


class _Group(typer.core.TyperGroup):
    """The command group, handling a closed output pipe before typer/click turn it into a silent exit 1."""

    def invoke(self, ctx):
        try:
            try:
                return super().invoke(ctx)
            finally:
                sys.stdout.flush()  # a closed pipe shows here, not as "Exception ignored" at exit
        except BrokenPipeError:
            _closed_pipe()


def _console(**options):
    """A rich Console that ends like the rest of the CLI (exit 141) when its output pipe is closed.

    rich's own handling exits 1, the code of invalid data. (typer's --help
    uses a console of its own and keeps that.)
    """
    from rich.console import Console

    class _PipeConsole(Console):
        def on_broken_pipe(self) -> None:
            self.quiet = True
            _closed_pipe()

    return _PipeConsole(**options)


def _no_types_after_flags() -> None:
    """Leave the ``<type>`` out of ``--help`` for flags and for arguments that have a metavar.

    typer 0.2x (which vendors its own click) prints a type after every
    parameter: flags, which take no value, read ``--quiet <bool>`` and
    ``--help <bool>``, and extract's FILE ``<list[Path]>``. Click's help
    shows no type for either, and older typer has no ``display_type_rich``;
    there nothing is changed.
    """
    option, argument = typer.core.TyperOption, typer.core.TyperArgument
    if not (hasattr(option, "display_type_rich") and hasattr(argument, "display_type_rich")):
        return
    if getattr(option.display_type_rich, "_nkru", False):
        return  # already done (the module was reloaded)
    option_type, argument_type = option.display_type_rich, argument.display_type_rich

    def _option(self, ctx):
        return None if self.is_flag else option_type(self, ctx)

    def _argument(self, ctx):
        return None if self.metavar else argument_type(self, ctx)

    _option._nkru = _argument._nkru = True
    option.display_type_rich, argument.display_type_rich = _option, _argument


_no_types_after_flags()

app = typer.Typer(
    cls=_Group,
    name="nkru-data",
    help="Sourced claims about North Korea - Russia military cooperation: validate, build, load.",
    epilog=_EXIT_HELP,
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",  # the default of recent typer, fixed so help text renders alike everywhere
)


def _err(message: str) -> None:
    typer.echo(message, err=True)


def _usage(message: str, param: str) -> typer.BadParameter:
    """A usage error (exit 2) about ``param`` (an option such as ``--format`` or an argument such as TABLE)."""
    return typer.BadParameter(message, param_hint=param)


def _choice(value: str, choices, param: str) -> str:
    """``value`` if it is one of ``choices``; raises a usage error naming them otherwise."""
    if value not in choices:
        raise _usage(f"{value!r} is not one of {', '.join(choices)}", param)
    return value


def _version_value(ctx: typer.Context, param: typer.CallbackParam, value: Optional[str]) -> Optional[str]:
    """Callback for version parameters: ``X.Y.Z`` (or None); anything else is a usage error."""
    from .loading import parse_version

    if value is None:
        return None
    try:
        return parse_version(value)
    except NkruError as exc:
        raise typer.BadParameter(str(exc), ctx=ctx, param=param) from None


def _new_version_value(ctx: typer.Context, param: typer.CallbackParam, value: Optional[str]) -> Optional[str]:
    """Callback for the version ``build`` publishes: ``X.Y.Z`` (or None: a preview); anything else is a usage error."""
    from .loading import SEMVER_RE

    if value is not None and not SEMVER_RE.fullmatch(value.removeprefix("v")):
        raise typer.BadParameter(f"{value!r} is not of the form X.Y.Z (for example 0.1.0)", ctx=ctx, param=param)
    return value


def _one_version(positional: Optional[str], option: Optional[str]) -> Optional[str]:
    """The version given as VERSION or as ``--version`` (the same value if both); a usage error if they differ."""
    if positional is not None and option is not None and positional != option:
        raise _usage(f"two versions given ({positional} and {option}); give one", "--version")
    return positional if positional is not None else option


def _write_stdout(data: bytes) -> None:
    """Write ``data`` to standard output; a closed pipe propagates (see _Group), other failures are NkruError."""
    try:
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:  # a full disk behind a redirection, for example
        raise NkruError(f"cannot write to standard output: {exc.strerror or exc}") from None


def _require_seeds(root: Path) -> None:
    """Raise NkruError, with the option that fixes it, when ``root`` holds no seeds/ folder."""
    if not (root / "seeds").is_dir():
        raise NkruError(f"{root}: no seeds/ folder here; give the repository root with --root")


def _write_output(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path``; raises NkruError with one plain sentence when that is impossible."""
    try:
        path.write_bytes(data)
    except IsADirectoryError:
        raise NkruError(f"cannot write {path}: it is a directory; give a file name") from None
    except FileNotFoundError:
        raise NkruError(f"cannot write {path}: no such directory {path.parent}") from None
    except NotADirectoryError:
        raise NkruError(f"cannot write {path}: {path.parent} is not a directory") from None
    except PermissionError:
        raise NkruError(f"cannot write {path}: permission denied") from None
    except OSError as exc:
        raise NkruError(f"cannot write {path}: {exc.strerror or exc}") from None


def _counts_table(report) -> None:
    from rich.table import Table

    tables = list(report.by_source)
    sources = sorted({s for t in tables for s in report.by_source[t]})
    grid = Table(title="Records per table and source", show_footer=True)
    grid.add_column("source", footer="total", no_wrap=True)
    for t in tables:
        grid.add_column(t, justify="right", footer=str(report.counts.get(t, 0)))
    for s in sources:
        grid.add_row(s, *[str(report.by_source[t].get(s, 0)) for t in tables])
    _console().print(grid)


def _print_version(value: bool) -> None:
    if value:
        from . import __version__

        typer.echo(f"nkru-data {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", is_eager=True, callback=_print_version,
                                 help="Print the version of nkru-data and exit."),
) -> None:
    """Sourced claims about North Korea - Russia military cooperation."""


# --- validation --------------------------------------------------------------------------------

@app.command()
def validate(
    path: Path = typer.Argument(Path("."), exists=True, metavar="PATH",
                                help="Repository root (holding seeds/), a seeds/ folder, or a datapackage.json."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print only problems, no summary."),
) -> None:
    """Check every input (or a data package) and print every problem as 'file:line: what is wrong'."""
    from .validation import validate as _validate

    try:
        report = _validate(path)
    except NkruError as exc:  # validate raises only when PATH is none of the things it checks: wrong usage
        raise _usage(str(exc), "PATH") from None
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
    file: Path = typer.Argument(..., exists=True, dir_okay=False, metavar="FILE", help="The source text (UTF-8) to register."),
    published: str = typer.Option(..., "--published", metavar="DATE", help="Publication date: YYYY, YYYY-MM or YYYY-MM-DD."),
    outlet: Optional[str] = typer.Option(None, "--outlet", metavar="NAME", help="The outlet, only if the text shows it."),
    title: Optional[str] = typer.Option(None, "--title", metavar="TEXT", help="The title, as written."),
    url: Optional[str] = typer.Option(None, "--url", metavar="URL", help="The address, only if known (never invented)."),
    source_id: Optional[str] = typer.Option(None, "--source-id", metavar="ID", help="Id to use (default: outlet slug + date)."),
    published_basis: str = typer.Option("stated", "--published-basis", metavar="BASIS", help="'stated' (the text gives the date) or 'inferred'."),
    language: str = typer.Option("de", "--language", metavar="TAG", help="BCP 47 language tag of the text."),
    notes: Optional[str] = typer.Option(None, "--notes", metavar="TEXT", help="Reasoning behind an inferred date, anything a reader needs."),
    root: Path = typer.Option(Path("."), "--root", metavar="DIR", help="The checkout holding seeds/."),
) -> None:
    """Copy a text into seeds/texts/, register it in seeds/sources.yaml and start its record file."""
    from .contribute import add_source as _add_source
    from .dates import parse_partial_date
    from .models import PublishedBasis

    try:  # the forms of the options are usage; what they mean for seeds/ is the library's to check
        parse_partial_date(published)
    except ValueError as exc:
        raise _usage(str(exc), "--published") from None
    _choice(published_basis, [b.value for b in PublishedBasis], "--published-basis")

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
    version: Optional[str] = typer.Option(None, "--version", metavar="X.Y.Z", callback=_new_version_value,
                                          help="Publish this version (X.Y.Z) into the releases folder. Without it: a preview in a scratch folder."),
    root: Path = typer.Option(Path("."), "--root", metavar="DIR", help="The checkout holding seeds/."),
    releases_dir: Optional[Path] = typer.Option(None, "--releases-dir", metavar="DIR", help="Where releases live (default: <root>/releases)."),
    out: Optional[Path] = typer.Option(None, "--out", metavar="DIR", help="Preview folder (without --version; default: .nkru-preview in the root)."),
    created: Optional[str] = typer.Option(
        None, "--created", metavar="DATE", help="Release date (YYYY-MM-DD or ISO timestamp); default: the day of publishing "
        "(SOURCE_DATE_EPOCH if set), a published version's own date when rebuilding it, the newest source's date "
        "for a preview."),
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
    releases_dir: Optional[Path] = typer.Option(None, "--releases-dir", metavar="DIR", help="Where releases live (default: the installed or checkout releases)."),
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
    version: Optional[str] = typer.Argument(None, metavar="VERSION", callback=_version_value,
                                            help="Version X.Y.Z (default: the latest)."),
    version_opt: Optional[str] = typer.Option(None, "--version", metavar="X.Y.Z", callback=_version_value,
                                              help="The same as VERSION, as export takes it."),
    releases_dir: Optional[Path] = typer.Option(None, "--releases-dir", metavar="DIR", help="Where releases live."),
) -> None:
    """Show a release: metadata, record counts and files."""
    from .loading import package

    desc = package(_one_version(version, version_opt), releases_dir=releases_dir)
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
    a: str = typer.Argument(..., metavar="A", callback=_version_value, help="Older version (X.Y.Z)."),
    b: str = typer.Argument(..., metavar="B", callback=_version_value, help="Newer version (X.Y.Z)."),
    releases_dir: Optional[Path] = typer.Option(None, "--releases-dir", metavar="DIR", help="Where releases live."),
) -> None:
    """Records added, removed and changed (with the changed fields) from version A to version B."""
    from .changes import diff as _diff

    changes = _diff(a, b, releases_dir=releases_dir)
    for line in changes.iter_lines():
        typer.echo(line)


@app.command()
def export(
    table: str = typer.Argument(..., metavar="TABLE", help="Table name (deployments, deliveries, ...)."),
    version: Optional[str] = typer.Option(None, "--version", metavar="X.Y.Z", callback=_version_value,
                                          help="Version X.Y.Z (default: the latest)."),
    format: str = typer.Option("csv", "--format", metavar="FORMAT", help="csv, parquet or jsonl."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", metavar="FILE", help="File to write (default: standard output)."),
    releases_dir: Optional[Path] = typer.Option(None, "--releases-dir", metavar="DIR", help="Where releases live."),
) -> None:
    """Write one table of a release as CSV, Parquet or JSON Lines."""
    from .loading import EXPORT_FORMATS, export as _export
    from .schemas import TABLES

    fmt = _choice(format.lower(), EXPORT_FORMATS, "--format")
    _choice(table, TABLES, "TABLE")
    data = _export(table, version, fmt, releases_dir=releases_dir)
    if output is None:
        if fmt == "parquet" and sys.stdout.isatty():
            raise NkruError("Parquet is binary: give --output FILE or redirect standard output")
        _write_stdout(data)
        return
    _write_output(output, data)
    _err(f"wrote {output} ({len(data)} bytes)")


@app.command()
def verify(
    version: Optional[str] = typer.Argument(None, metavar="VERSION", callback=_version_value,
                                            help="Version X.Y.Z (default: every published version)."),
    version_opt: Optional[str] = typer.Option(None, "--version", metavar="X.Y.Z", callback=_version_value,
                                              help="The same as VERSION, as export takes it."),
    releases_dir: Optional[Path] = typer.Option(None, "--releases-dir", metavar="DIR", help="Where releases live."),
) -> None:
    """Check every file of a release against the sha256 its datapackage.json lists (always re-hashing)."""
    from .loading import verify as _verify, versions as _versions

    version = _one_version(version, version_opt)
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
    source_id: str = typer.Argument(..., metavar="SOURCE_ID", help="The source to show, e.g. dlf-2024-10-22."),
    root: Path = typer.Option(Path("."), "--root", metavar="DIR", help="Repository root holding seeds/."),
    width: Optional[int] = typer.Option(None, "--width", metavar="N", min=1, help="Line width (default: the terminal's, 120 when piped)."),
) -> None:
    r"""Show one source text with every record's quote marked \[n> ... <n] and a table of the records."""
    # The backslash keeps "[n> ... <n]" from being read as rich markup (and dropped) in --help.
    import shutil

    from .reviewing import review as _review

    _require_seeds(root)
    color = sys.stdout.isatty() and not os.environ.get("NO_COLOR")
    typer.echo(_review(source_id, root, width=width or shutil.get_terminal_size((120, 24)).columns, color=color),
               nl=False)


# --- extraction --------------------------------------------------------------------------------

@app.command("extract")
def extract_cmd(
    files: list[Path] = typer.Argument(..., exists=True, metavar="FILE",
                                       help="One or more text files (UTF-8) or folders of *.txt files."),
    published: str = typer.Option(..., "--published", metavar="DATE", help="When the texts were published: YYYY, YYYY-MM or YYYY-MM-DD."),
    fmt: str = typer.Option("jsonl", "--format", metavar="FORMAT", help="jsonl (one JSON record per line) or table (for reading)."),
    jobs: int = typer.Option(1, "--jobs", "-j", metavar="N", min=0, help="Worker processes (0: one per core)."),
) -> None:
    """Extract claim records from German news texts with the rules in nkru_data/extract/rules/."""
    import json

    from .dates import parse_partial_date
    from .extract.files import collect_files, extract_files

    _choice(fmt, ("jsonl", "table"), "--format")
    try:
        parse_partial_date(published)
    except ValueError as exc:
        raise _usage(str(exc), "--published") from None
    paths = collect_files(files)
    if len(paths) > 1 and sys.stderr.isatty():  # a progress bar only for a person watching (no stray newline in logs)
        from rich.progress import Progress

        with Progress(console=_console(stderr=True), transient=True) as bar:
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
    from rich.table import Table

    # One table per file and three columns, so that the quote keeps a readable
    # width even in an 80-column terminal; the short fields share two cells.
    console = _console()
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
    root: Path = typer.Option(Path("."), "--root", metavar="DIR", help="Repository root holding seeds/."),
    articles: Optional[Path] = typer.Option(
        None, "--articles", metavar="DIR", help="A folder of test articles (<name>.txt + <name>.yaml, as tests/extraction/) to score instead."),
) -> None:
    """Score extraction on the seed texts against their curated records (precision, recall, misses, extras)."""
    from .extract.scoring import evaluate as _evaluate
    from .extract.scoring import evaluate_articles

    if articles is None:
        _require_seeds(root)  # the library's message cannot name --root
    typer.echo((evaluate_articles(articles) if articles is not None else _evaluate(root)).to_text())


def _os_message(exc: OSError) -> str:
    """One line for an OSError: the file it names and why, as ``ls`` would say it."""
    if exc.filename is not None and exc.strerror:
        return f"{exc.filename}: {exc.strerror}"
    return exc.strerror or str(exc)


def main() -> None:
    """Console-script entry point: run the app, turning library errors into one-line messages.

    Exits 0, 1, 2 or 141 as the module docstring says.
    """
    try:
        app()  # standalone mode: usage errors exit 2, typer.Exit carries its code
    except NkruError as exc:
        _err(f"error: {exc}")
        sys.exit(1)
    except KeyboardInterrupt:
        _err("interrupted")
        sys.exit(1)
    except OSError as exc:  # a file the library did not name in an error of its own: still the user's setup
        if os.environ.get("NKRU_DEBUG"):
            raise
        _err(f"error: {_os_message(exc)}")
        sys.exit(1)
    except Exception as exc:
        if os.environ.get("NKRU_DEBUG"):
            raise
        _err(f"error: internal error ({type(exc).__name__}: {exc}); please report it (NKRU_DEBUG=1 shows details)")
        sys.exit(1)


if __name__ == "__main__":
    main()
