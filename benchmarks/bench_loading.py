"""Benchmark: loading a release table through nkru_data against bare pyarrow.

Targets (issue 5):

- a fresh process running ``import nkru_data; nkru_data.load(table)`` takes at
  most 1.3x a fresh process running ``pyarrow.parquet.read_table(path)`` on
  the same Parquet file;
- ``nkru_data.records(table)`` takes at most 3x ``load(table).to_pylist()``.

The release is synthetic (the fixture records repeated with fresh ids, ROWS
rows in ``deployments``) and lives in a temporary folder. Run::

    python benchmarks/bench_loading.py [ROWS]
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import pyarrow as pa  # noqa: E402
import pyarrow.compute as pc  # noqa: E402

from nkru_data import release  # noqa: E402
from nkru_data.changes import diff_tables  # noqa: E402
from tests.release_fixtures import make_repo  # noqa: E402


def synthetic_release(base: Path, rows: int) -> Path:
    """A release 1.0.0 under ``base`` whose deployments table has ``rows`` rows."""
    tables = release.collect_tables(make_repo(base / "inputs"))
    dep = tables["deployments"]
    reps = -(-rows // dep.num_rows)
    big = pa.concat_tables([dep] * reps).slice(0, rows)
    ids = pa.array([f"dep-{i:012x}" for i in range(rows)])
    big = big.set_column(big.column_names.index("record_id"), "record_id", ids)
    big = big.set_column(big.column_names.index("quote_start"), "quote_start",
                         pc.add(big.column("quote_start"), pa.scalar(0, pa.int64())))
    tables["deployments"] = big
    folder = base / "releases" / "1.0.0"
    folder.mkdir(parents=True)
    release._render_into(folder, "1.0.0", "2025-03-01T00:00:00Z", tables, diff_tables(None, tables), None)
    return base / "releases"


def fresh_process(code: str, env: dict, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], env=env, check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000
    with tempfile.TemporaryDirectory() as tmp:
        releases = synthetic_release(Path(tmp), rows)
        parquet = releases / "1.0.0" / "data" / "deployments.parquet"
        env = {**os.environ, "PYTHONPATH": str(REPO), "NKRU_DATA_RELEASES": str(releases)}
        ours = fresh_process("import nkru_data; nkru_data.load('deployments')", env, 7)
        bare = fresh_process(f"import pyarrow.parquet as pq; pq.read_table({str(parquet)!r})", env, 7)
        print(f"deployments: {rows} rows, {parquet.stat().st_size} bytes of Parquet")
        print(f"fresh process, nkru_data.load:        {ours * 1000:8.1f} ms")
        print(f"fresh process, pyarrow.parquet.read:  {bare * 1000:8.1f} ms")
        print(f"ratio: {ours / bare:.2f} (target <= 1.3)")

        import nkru_data

        nkru_data.load("deployments", releases_dir=releases)  # verify once, as a session would
        start = time.perf_counter()
        nkru_data.load("deployments", releases_dir=releases).to_pylist()
        plain = time.perf_counter() - start
        start = time.perf_counter()
        nkru_data.records("deployments", releases_dir=releases)
        typed = time.perf_counter() - start
        print(f"load().to_pylist(): {plain * 1000:8.1f} ms; records(): {typed * 1000:8.1f} ms; "
              f"ratio {typed / plain:.2f} (target <= 3)")


if __name__ == "__main__":
    main()
