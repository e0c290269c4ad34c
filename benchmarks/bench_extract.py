"""Extraction speed: MB of German text per second on one core, and the speed-up of --jobs 2.

Builds a synthetic corpus (default ~50 MB) by repeating and varying German
news sentences (the seed texts and the test articles, with numbers, names
and dates changed), writes it as files of ~20 KB, then times

* ``extract()`` on one core over the whole corpus (MB/s), and
* ``extract_files(..., jobs=1)`` against ``jobs=2`` (the CLI's ``--jobs``).

Run:  python benchmarks/bench_extract.py [--mb 50] [--out benchmarks/RESULTS-extract.md]
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _sentences() -> list[str]:
    from nkru_data.extract.sentences import split_sentences

    out = []
    for folder in (REPO / "seeds" / "texts", REPO / "tests" / "extraction"):
        for p in sorted(folder.glob("*.txt")):
            t = p.read_text(encoding="utf-8")
            out += [t[s.start:s.end] for s in split_sentences(t)]
    return out


def build_corpus(folder: Path, megabytes: float, seed: int = 4) -> list[Path]:
    """Files of ~20 KB of varied German news text, ``megabytes`` in total."""
    import re

    rng = random.Random(seed)
    sents = _sentences()
    digits = re.compile(r"\d[\d.]*")
    names = ["Seoul", "Kiew", "Washington", "Moskau", "Pjöngjang"]
    target = int(megabytes * 1_000_000)
    files, total, n = [], 0, 0
    while total < target:
        parts = []
        size = 0
        while size < 20_000:
            s = rng.choice(sents)
            s = digits.sub(lambda m: f"{rng.randint(2, 99)}.{rng.randint(0, 999):03d}" if rng.random() < 0.5 else str(rng.randint(2, 999)), s)
            if rng.random() < 0.2:
                s = s.replace("Seoul", rng.choice(names))
            parts.append(s)
            if rng.random() < 0.15:
                parts.append("\n\n")
            size += len(s.encode("utf-8")) + 1
        path = folder / f"article-{n:05d}.txt"
        data = " ".join(parts)
        path.write_text(data, encoding="utf-8")
        files.append(path)
        total += len(data.encode("utf-8"))
        n += 1
    return files


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=50.0, help="corpus size in MB (default 50)")
    ap.add_argument("--out", type=Path, default=REPO / "benchmarks" / "RESULTS-extract.md")
    args = ap.parse_args()

    from nkru_data.extract import extract
    from nkru_data.extract.files import extract_files

    load_before = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    with tempfile.TemporaryDirectory() as tmp:
        files = build_corpus(Path(tmp), args.mb)
        nbytes = sum(f.stat().st_size for f in files)
        texts = [f.read_text(encoding="utf-8") for f in files]
        extract(texts[0], published="2025-03")  # load and compile the rules once
        t0 = time.perf_counter()
        records = sum(len(extract(t, published="2025-03")) for t in texts)
        single = time.perf_counter() - t0
        del texts
        t0 = time.perf_counter()
        r1 = extract_files(files, published="2025-03", jobs=1)
        files1 = time.perf_counter() - t0
        t0 = time.perf_counter()
        r2 = extract_files(files, published="2025-03", jobs=2)
        files2 = time.perf_counter() - t0
        assert sum(len(r.records) for r in r1) == sum(len(r.records) for r in r2)
    mb = nbytes / 1e6
    lines = [
        "# Extraction speed",
        "",
        f"Measured by `python benchmarks/bench_extract.py --mb {args.mb:g}` on {platform.python_implementation()} "
        f"{platform.python_version()}, {platform.machine()}, {os.cpu_count()} logical CPUs.",
        "",
        f"Corpus: {len(files)} synthetic German news files, {mb:.1f} MB (sentences of the seed texts and the test "
        "articles, numbers and names varied), "
        f"{records} records extracted.",
        "",
        "| run | seconds | MB/s |",
        "|---|---:|---:|",
        f"| `extract()` in one process | {single:.1f} | {mb / single:.2f} |",
        f"| `extract_files(jobs=1)` (read + extract) | {files1:.1f} | {mb / files1:.2f} |",
        f"| `extract_files(jobs=2)` (`nkru-data extract --jobs 2`) | {files2:.1f} | {mb / files2:.2f} |",
        "",
        f"Speed-up of `--jobs 2` over one process: {files1 / files2:.2f}x. Target: at least 1 MB/s per core.",
        "",
        f"Load average (1 min) before the run: {load_before:.1f}; a load near or above the number of CPUs means "
        "other processes shared the cores and the figures (especially the speed-up) understate the code.",
        "",
        "The corpus is far denser in claims than real news (every sentence comes from a claim-bearing "
        "article), so per-record work dominates; plain news text extracts faster.",
        "",
    ]
    args.out.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
