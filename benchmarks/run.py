"""Run every benchmark side by side in one run; print a table and write ``benchmarks/RESULTS.md``.

    python benchmarks/run.py [--sizes 10k,100k,1m] [--repeats 3] [--extract-mb 50] [--skip-extract]

Every timing is a whole process (``subprocess``), run once as a warm-up and
then ``--repeats`` times; the table shows medians, the ratio to the baseline
in the same run, and each process's peak memory (max RSS, from
GNU ``time``). A baseline slower than ``--slow-seconds`` (Frictionless at a
million rows takes many minutes) runs once, without warm-up; the table says
so.

Benchmarks (targets from issue 7):

* validation: ``nkru-data validate -q datapackage.json`` vs ``frictionless
  validate`` of the same synthetic package (>= 10x faster at 1M rows per
  record table, peak memory <= 2x), and the floor: bare
  ``pyarrow.csv.read_csv`` of the same files. Findings on the seeded-error
  package are compared with ``compare_findings.py``.
* build: rendering and writing a release (``nkru_data.release._render_into``:
  CSV, Parquet, spreadsheet edition, README, zip, checksums)
  of the same typed tables vs bare ``pyarrow`` CSV + Parquet writes (<= 5x).
  Both processes start from the tables in an Arrow IPC file; collecting 4M
  records from YAML seeds is not part of it. The build streams each table
  from its file batch by batch (``release.ArrowFileSource``); the baseline
  reads one whole table at a time.
* loading, on the release the build wrote: fresh-process ``nkru_data.load``
  vs fresh-process ``pyarrow.parquet.read_table`` (<= 1.3x), and
  ``nkru_data.records`` vs ``Table.to_pylist()`` (<= 3x).
* extraction: ``benchmarks/bench_extract.py`` (the extraction helper's
  script), its figures quoted as they come.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BENCH = REPO / "benchmarks"
DATA = BENCH / "data"
WORK = BENCH / ".work"
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(BENCH))

ENV = {**os.environ, "PYTHONPATH": str(REPO), "NO_COLOR": "1"}


def run_once(cmd: list[str], timeout: float = 7200) -> tuple[float, float, int, str]:
    """Run ``cmd``; return (wall seconds, peak RSS in MB, exit code, output tail).

    Peak memory comes from GNU time (``/usr/bin/time -f %M``) when present: a child forked from this
    runner would otherwise count the runner's own memory too. Without it, ``os.wait4``'s rusage is used.
    """
    import tempfile

    gnu_time = Path("/usr/bin/time")
    with tempfile.NamedTemporaryFile("r", suffix=".rss") as rss_file:
        full = [str(gnu_time), "-f", "%M", "-o", rss_file.name, *cmd] if gnu_time.exists() else cmd
        start = time.perf_counter()
        try:
            proc = subprocess.run(full, env=ENV, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=timeout)
            code, out = proc.returncode, proc.stdout[-20000:]
        except subprocess.TimeoutExpired as exc:
            code, out = -9, (exc.stdout or b"")[-20000:]
        wall = time.perf_counter() - start
        usage = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        try:
            rss = int(Path(rss_file.name).read_text().strip().splitlines()[-1]) / 1024
        except (ValueError, IndexError, OSError):
            rss = usage
    return wall, rss, code, out.decode("utf-8", "replace")


def measure(cmd: list[str], repeats: int, slow_seconds: float, expect_ok: bool = True) -> dict:
    """Warm-up plus ``repeats`` runs (one cold run if the first takes longer than ``slow_seconds``)."""
    wall, rss, code, out = run_once(cmd)
    if expect_ok and code != 0:
        raise SystemExit(f"benchmark command failed ({code}): {' '.join(cmd)}\n{out[-3000:]}")
    if wall > slow_seconds:
        return {"median": wall, "runs": [wall], "rss": rss, "note": "1 run, no warm-up"}
    walls, rsses = [], []
    for _ in range(repeats):
        wall, rss, code, out = run_once(cmd)
        walls.append(wall)
        rsses.append(rss)
    return {"median": statistics.median(walls), "runs": walls, "rss": max(rsses), "note": f"median of {repeats} after warm-up"}


def py(code: str) -> list[str]:
    return [sys.executable, "-c", code]


# --- preparing inputs ----------------------------------------------------------------------------

def ensure_package(size: str, errors: bool = False) -> Path:
    from generate import generate, parse_size

    folder = DATA / (size + ("-errors" if errors else ""))
    if not (folder / "datapackage.json").is_file():
        generate(parse_size(size), DATA, errors)
    return folder / "datapackage.json"


def ensure_ipc(size: str, descriptor: Path) -> Path:
    """The package's tables, typed as a release holds them, in Arrow IPC files (input of the build benchmark)."""
    folder = WORK / size / "ipc"
    if (folder / "done").is_file():
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    import pyarrow as pa
    import pyarrow.csv as pacsv
    import pyarrow.feather as feather

    from nkru_data.check import cast_table
    from nkru_data.schemas import TABLES, schema

    for t in TABLES:
        names = schema(t).field_names
        data = pacsv.read_csv(descriptor.parent / f"{t}.csv", convert_options=pacsv.ConvertOptions(
            column_types={n: pa.string() for n in names}, strings_can_be_null=True, quoted_strings_can_be_null=True))
        data = cast_table(t, data).sort_by([(k, "ascending") for k in schema(t).primary_key]).combine_chunks()
        feather.write_feather(data, folder / f"{t}.arrow", compression="uncompressed")
    (folder / "done").write_text("ok")
    return folder


# The build streams: each table stays in its Arrow IPC file (ArrowFileSource reads the footer now and the
# record batches, one at a time, while each file is written); the first release's changes read the key columns only.
BUILD_OURS = """
import sys
from pathlib import Path
from nkru_data import release
from nkru_data.changes import diff_tables
from nkru_data.schemas import TABLES
ipc, out = Path(sys.argv[1]), Path(sys.argv[2])
tables = {t: release.ArrowFileSource(ipc / f"{t}.arrow") for t in TABLES}
(out / "1.0.0").mkdir(parents=True)
release._render_into(out / "1.0.0", "1.0.0", "2025-03-01T00:00:00Z", tables, diff_tables(None, tables), None)
"""

BUILD_BARE = """
import sys, pyarrow.feather as feather, pyarrow.csv as pacsv, pyarrow.parquet as pq
from pathlib import Path
ipc, out = Path(sys.argv[1]), Path(sys.argv[2])
out.mkdir(parents=True, exist_ok=True)
for p in sorted(ipc.glob("*.arrow")):
    t = feather.read_table(p)
    pacsv.write_csv(t, out / (p.stem + ".csv"))
    pq.write_table(t, out / (p.stem + ".parquet"))
"""

FLOOR = """
import sys, glob, pyarrow.csv as pacsv
for f in sorted(glob.glob(sys.argv[1] + "/*.csv")):
    pacsv.read_csv(f)
"""

RECORDS = """
import json, sys, time
import nkru_data
rel = sys.argv[1]
t = nkru_data.load("deployments", releases_dir=rel)   # first call verifies the release, as a session would
t0 = time.perf_counter(); rows = nkru_data.load("deployments", releases_dir=rel).to_pylist(); plain = time.perf_counter() - t0
del rows
t0 = time.perf_counter(); recs = nkru_data.records("deployments", releases_dir=rel); typed = time.perf_counter() - t0
print(json.dumps({"rows": t.num_rows, "to_pylist": plain, "records": typed}))
"""


# --- the benchmarks ------------------------------------------------------------------------------

def bench_validation(size: str, repeats: int, slow: float, results: list) -> None:
    dp = ensure_package(size)
    ours = measure([sys.executable, "-m", "nkru_data", "validate", "-q", str(dp)], repeats, slow)
    floor = measure(py(FLOOR) + [str(dp.parent)], repeats, slow)
    theirs = measure(["frictionless", "validate", str(dp)], repeats, slow)
    results.append(row("validate", size, ours, theirs, "frictionless validate", ">= 10x faster, memory <= 2x"))
    results.append(row("validate (floor)", size, ours, floor, "pyarrow.csv.read_csv of the same files", "as close as possible"))


def bench_build(size: str, repeats: int, slow: float, results: list) -> Path:
    dp = ensure_package(size)
    ipc = ensure_ipc(size, dp)
    out_ours, out_bare = WORK / size / "release", WORK / size / "bare"
    for folder in (out_ours, out_bare):
        shutil.rmtree(folder, ignore_errors=True)

    def clean_then(code, out):
        return py(f"import shutil; shutil.rmtree({str(out)!r}, ignore_errors=True)\n" + code) + [str(ipc), str(out)]

    ours = measure(clean_then(BUILD_OURS, out_ours), repeats, slow)
    bare = measure(clean_then(BUILD_BARE, out_bare), repeats, slow)
    results.append(row("build", size, ours, bare, "pyarrow write_csv + parquet.write_table", "<= 5x"))
    return out_ours


def bench_loading(size: str, releases: Path, repeats: int, slow: float, results: list) -> None:
    parquet = releases / "1.0.0" / "data" / "deployments.parquet"
    ours = measure(py(f"import nkru_data; nkru_data.load('deployments', releases_dir={str(releases)!r})"), repeats, slow)
    bare = measure(py(f"import pyarrow.parquet as pq; pq.read_table({str(parquet)!r})"), repeats, slow)
    results.append(row("load (fresh process)", size, ours, bare, "pyarrow.parquet.read_table", "<= 1.3x"))
    runs = []
    for _ in range(max(repeats, 1)):
        wall, rss, code, out = run_once(py(RECORDS) + [str(releases)])
        if code != 0:
            raise SystemExit(out[-3000:])
        runs.append(json.loads(out.strip().splitlines()[-1]))
    plain = statistics.median(r["to_pylist"] for r in runs)
    typed = statistics.median(r["records"] for r in runs)
    results.append({"name": "records (in process)", "size": size, "ours": typed, "base": plain, "ratio": typed / plain,
                    "ours_mb": None, "base_mb": None, "baseline": "load(...).to_pylist()", "target": "<= 3x",
                    "note": f"median of {len(runs)}, {runs[0]['rows']} rows"})


def bench_extract(mb: float) -> str:
    wall, rss, code, out = run_once([sys.executable, str(BENCH / "bench_extract.py"), "--mb", str(mb),
                                     "--out", str(WORK / "extract.md")])
    if code != 0:
        return f"bench_extract.py failed (exit {code}):\n\n```\n{out[-2000:]}\n```\n"
    text = (WORK / "extract.md").read_text(encoding="utf-8")
    return text.split("\n", 1)[1].strip() + f"\n\n(peak memory {rss:.0f} MB)\n"


def compare_seeded(size: str) -> str:
    from compare_findings import compare

    dp = ensure_package(size, errors=True)
    r = compare(dp)
    lines = [f"Seeded-error package ({size} rows per record table, `{os.path.relpath(dp, REPO)}`): "
             f"{r['seeded']} seeded errors; nkru-data reports {r['ours']} findings of the kinds Frictionless knows, "
             f"Frictionless {r['frictionless']}; nkru-data's own checks add {r['extras']} (dates against the source, "
             "real calendar dates, cross-field rules, formulas)."]
    same = not r["only_ours"] and not r["only_frictionless"]
    lines.append(("**Same (resource, row, field, type) set.**" if same else
                  f"**Disagreement**: only nkru-data {r['only_ours'][:10]}, only Frictionless {r['only_frictionless'][:10]}.")
                 + (" Every seeded error is found." if not r["seeded_missed"] else f" Missed: {r['seeded_missed']}"))
    return "\n\n".join(lines)


def row(name, size, ours, base, baseline, target) -> dict:
    return {"name": name, "size": size, "ours": ours["median"], "base": base["median"], "ratio": ours["median"] / base["median"],
            "ours_mb": ours["rss"], "base_mb": base["rss"], "baseline": baseline, "target": target,
            "note": f"ours: {ours['note']}; baseline: {base['note']}"}


# --- report --------------------------------------------------------------------------------------

def machine() -> list[str]:
    import frictionless
    import pyarrow

    cpu = "unknown CPU"
    try:
        cpu = next(line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    mem = ""
    try:
        mem = f", {int(open('/proc/meminfo').readline().split()[1]) / 1024 / 1024:.0f} GB RAM"
    except (OSError, ValueError, IndexError):
        pass
    return [f"{cpu}, {os.cpu_count()} logical CPUs{mem}; {platform.system()} {platform.release()}",
            f"Python {platform.python_version()}, pyarrow {pyarrow.__version__}, frictionless {frictionless.__version__}"]


def render(results: list[dict], extra: list[str], args, load_before, load_after, started: float) -> str:
    lines = ["# Benchmark results", "",
             f"`python benchmarks/run.py --sizes {args.sizes} --repeats {args.repeats} --slow-seconds {args.slow_seconds:g}"
             + (f" --only {args.only}" if args.only != "validate,build,load,findings,extract" else "") + "` "
             f"({time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime(started))}, {(time.time() - started) / 60:.0f} min).", ""]
    lines += [f"- {m}" for m in machine()]
    lines.append(f"- load average before / after: {load_before} / {load_after}"
                 + (" — **a shared machine**: other work ran at the same time, so absolute times are noisy;"
                    " both sides of a ratio ran in the same conditions, one after the other." if max(load_before + load_after) > 1.0 else ""))
    lines += ["", "| benchmark | rows per table | nkru-data s | baseline s | ratio | nkru-data peak MB | baseline peak MB | memory ratio | baseline | target |",
              "|---|---:|---:|---:|---:|---:|---:|---:|---|---|"]
    for r in results:
        mem_ratio = f"{r['ours_mb'] / r['base_mb']:.2f}" if r["ours_mb"] and r["base_mb"] else ""
        ratio = f"{1 / r['ratio']:.1f}x faster" if r["ratio"] < 1 else f"{r['ratio']:.2f}x"
        lines.append(f"| {r['name']} | {r['size']} | {r['ours']:.2f} | {r['base']:.2f} | {ratio} | "
                     f"{r['ours_mb']:.0f} | {r['base_mb']:.0f} | {mem_ratio} | {r['baseline']} | {r['target']} |"
                     if r["ours_mb"] else
                     f"| {r['name']} | {r['size']} | {r['ours']:.3f} | {r['base']:.3f} | {ratio} | | | | {r['baseline']} | {r['target']} |")
    lines += ["", "Runs: " + "; ".join(f"{r['name']} {r['size']}: {r['note']}" for r in results), ""]
    growth = [r for r in results if r["name"] in ("validate", "build")]
    if len({r["size"] for r in growth}) > 1:
        lines += ["## Growth", "", "| benchmark | rows per table | seconds | s per 100k rows | peak MB |", "|---|---:|---:|---:|---:|"]
        from generate import parse_size

        for r in sorted(growth, key=lambda r: (r["name"], parse_size(r["size"]))):
            per = r["ours"] / parse_size(r["size"]) * 100_000
            lines.append(f"| {r['name']} | {r['size']} | {r['ours']:.2f} | {per:.2f} | {r['ours_mb']:.0f} |")
        lines.append("")
    lines += extra
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="10k,100k,1m", help="rows per record table, comma-separated (10k, 100k, 1m ...)")
    ap.add_argument("--repeats", type=int, default=3, help="timed runs after the warm-up (default 3)")
    ap.add_argument("--slow-seconds", type=float, default=120.0, help="a command slower than this runs only once")
    ap.add_argument("--extract-mb", type=float, default=50.0, help="corpus size for the extraction benchmark")
    ap.add_argument("--skip-extract", action="store_true")
    ap.add_argument("--errors-size", default="10k", help="size of the seeded-error package for the findings comparison")
    ap.add_argument("--only", default="validate,build,load,findings,extract",
                    help="which benchmarks to run (comma-separated subset of the default)")
    ap.add_argument("--out", type=Path, default=BENCH / "RESULTS.md")
    args = ap.parse_args(argv)
    started = time.time()
    load_before = [round(x, 1) for x in os.getloadavg()]
    sizes = [s.strip().lower() for s in args.sizes.split(",") if s.strip()]
    results: list[dict] = []
    extra: list[str] = []
    releases = None
    only = {o.strip() for o in args.only.split(",")}
    for size in sizes:
        if "validate" in only:
            print(f"== {size}: validation", flush=True)
            bench_validation(size, args.repeats, args.slow_seconds, results)
        if only & {"build", "load"}:
            print(f"== {size}: build", flush=True)
            releases = bench_build(size, args.repeats, args.slow_seconds, results)
    if releases is not None and "load" in only:
        print(f"== {sizes[-1]}: loading", flush=True)
        bench_loading(sizes[-1], releases, args.repeats, args.slow_seconds, results)
    if "findings" in only:
        print("== findings on the seeded-error package", flush=True)
        extra += ["## Findings agreement", "", compare_seeded(args.errors_size), ""]
    if not args.skip_extract and "extract" in only:
        print("== extraction", flush=True)
        extra += ["## Extraction", "", bench_extract(args.extract_mb), ""]
    load_after = [round(x, 1) for x in os.getloadavg()]
    text = render(results, extra, args, load_before, load_after, started)
    args.out.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
