"""Extraction speed: MB of German text per second on one core, and the speed-up of --jobs 2.

Builds two synthetic corpora (default ~50 MB each) and writes them as files
of ~20 KB:

* **claims only**: every sentence comes from a claim-bearing text (the seed
  texts and the extraction test articles), numbers and names varied. Far
  denser in claims than any real news (about 4 records per KB).
* **news-like**: the same claim sentences, but 55 % of the sentences are
  background sentences (``benchmarks/background_de.txt``: context, general
  war and economy reporting, page furniture, numbers that are no claims).
  Its density, about 1.5 records per KB, is that of 176 real German news
  excerpts on the subject measured during development (those are not
  shipped: copyright), which are themselves chosen for relevance and so
  denser than whole articles.

For each it times ``extract()`` on one core (MB/s; the median of
``--repeats`` passes, because this shared machine's speed drifts between
minutes) and ``extract_files(..., jobs=1)`` against ``jobs=2`` (the CLI's
``--jobs``).

Run:  python benchmarks/bench_extract.py [--mb 50] [--repeats 3] [--corpus both|claims|news] [--out benchmarks/RESULTS-extract.md]
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import re
import statistics
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


def _background() -> list[str]:
    path = REPO / "benchmarks" / "background_de.txt"
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


_MONTH = r"(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)"
# A year, the day of a date ("22. Oktober") or any other number ("11.000", "1500", "2,3", "12.03.2025"); a point
# after it ("im Jahr 2024.", "am 22. Oktober") is no part of it.
_NUMBER = re.compile(rf"(?<![\d.,])(?P<year>(?:19|20)\d\d)(?!\d|[.,]\d)|(?<![\d.,])(?P<day>\d{{1,2}})(?=\.\s*{_MONTH})"
                     r"|\d+(?:[.,]\d+)*")


def _varied(number: re.Match, rng: random.Random) -> str:
    """Another number of the same kind: a year stays a recent year, a day a day, a count becomes any count."""
    if number.group("year"):
        return str(rng.randint(2015, 2026))
    if number.group("day"):
        return str(rng.randint(1, 28))
    return f"{rng.randint(2, 99)}.{rng.randint(0, 999):03d}" if rng.random() < 0.5 else str(rng.randint(2, 999))


def build_corpus(folder: Path, megabytes: float, seed: int = 4, background: float = 0.0) -> list[Path]:
    """Files of ~20 KB of varied German news text, ``megabytes`` in total; a ``background`` share of the
    sentences comes from ``background_de.txt`` instead of the claim-bearing texts. Numbers are varied within
    their kind (:func:`_varied`), so one claim repeated is not one claim stated twice."""
    rng = random.Random(seed)
    claims = _sentences()
    other = _background() if background else []
    names = ["Seoul", "Kiew", "Washington", "Moskau", "Pjöngjang"]
    target = int(megabytes * 1_000_000)
    files, total, n = [], 0, 0
    while total < target:
        parts = []
        size = 0
        while size < 20_000:
            s = rng.choice(other) if other and rng.random() < background else rng.choice(claims)
            s = _NUMBER.sub(lambda m: _varied(m, rng), s)
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


def measure(files: list[Path], repeats: int = 3) -> dict:
    """Seconds for extract() in this process (the median of ``repeats`` passes over the corpus) and for
    extract_files with one and two workers."""
    from nkru_data.extract import extract
    from nkru_data.extract.files import extract_files

    nbytes = sum(f.stat().st_size for f in files)
    texts = [f.read_text(encoding="utf-8") for f in files]
    extract(texts[0], published="2025-03")  # load and compile the rules once
    passes = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        records = sum(len(extract(t, published="2025-03")) for t in texts)
        passes.append(time.perf_counter() - t0)
    single = statistics.median(passes)
    del texts
    t0 = time.perf_counter()
    r1 = extract_files(files, published="2025-03", jobs=1)
    files1 = time.perf_counter() - t0
    t0 = time.perf_counter()
    r2 = extract_files(files, published="2025-03", jobs=2)
    files2 = time.perf_counter() - t0
    assert sum(len(r.records) for r in r1) == sum(len(r.records) for r in r2)
    return {"files": len(files), "mb": nbytes / 1e6, "records": records, "single": single,
            "spread": (nbytes / 1e6 / max(passes), nbytes / 1e6 / min(passes)), "jobs1": files1, "jobs2": files2}


def machine_reference() -> float:
    """Seconds (best of 3) for a fixed pure-Python workload: splitting and regex-scanning the background text.

    It does not depend on the extraction code, so it tells how fast the machine itself is: extraction figures
    recorded on different machines (or on a shared machine at different times) can be compared through it.
    """
    import re

    text = (REPO / "benchmarks" / "background_de.txt").read_text(encoding="utf-8")
    words = re.compile(r"\b[A-ZÄÖÜ][\wäöüß-]+")
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        n = 0
        for _ in range(400):
            n += len(words.findall(text)) + sum(len(w) for w in text.split())
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=50.0, help="size of each corpus in MB (default 50)")
    ap.add_argument("--corpus", choices=("both", "claims", "news"), default="both")
    ap.add_argument("--repeats", type=int, default=3, help="passes of extract() over each corpus; the median counts")
    ap.add_argument("--out", type=Path, default=REPO / "benchmarks" / "RESULTS-extract.md")
    args = ap.parse_args()

    load_before = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    reference = machine_reference()
    kinds = {"claims": ("claims only", 0.0), "news": ("news-like", 0.55)}
    chosen = list(kinds) if args.corpus == "both" else [args.corpus]
    results = {}
    for kind in chosen:
        with tempfile.TemporaryDirectory() as tmp:
            results[kind] = measure(build_corpus(Path(tmp), args.mb, background=kinds[kind][1]), args.repeats)
    lines = [
        "# Extraction speed",
        "",
        f"Measured by `python benchmarks/bench_extract.py --mb {args.mb:g}"
        + (f" --corpus {args.corpus}" if args.corpus != "both" else "")
        + (f" --repeats {args.repeats}" if args.repeats != 3 else "") + f"` on {platform.python_implementation()} "
        f"{platform.python_version()}, {platform.machine()}, {os.cpu_count()} logical CPUs.",
        "",
        f"| corpus | MB | records per KB | `extract()` one core, MB/s (median of {args.repeats}) | slowest - fastest pass "
        "| `--jobs 1`, MB/s | `--jobs 2`, MB/s | speed-up of `--jobs 2` |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for kind, r in results.items():
        lines.append(f"| {kinds[kind][0]} | {r['mb']:.1f} | {r['records'] / r['mb'] / 1000:.2f} | {r['mb'] / r['single']:.2f} "
                     f"| {r['spread'][0]:.2f} - {r['spread'][1]:.2f} | {r['mb'] / r['jobs1']:.2f} | {r['mb'] / r['jobs2']:.2f} | {r['jobs1'] / r['jobs2']:.2f}x |")
    lines += [
        "",
        "Targets: at least 1 MB/s of German news text per core; `--jobs 2` at least 1.7x one core on a 50 MB corpus.",
        "",
        "*Claims only* strings together sentences of claim-bearing texts (seed texts and test articles, numbers and "
        "names varied): every sentence is a claim or a trap, far denser than news. *News-like* mixes those sentences "
        "with the background sentences of `benchmarks/background_de.txt` (55 % of the sentences); its density is about that of "
        "the real German news excerpts measured during development (1.5 records per KB).",
        "",
        f"Load average (1 min) before the run: {load_before:.1f}; a load near or above the number of CPUs means "
        "other processes shared the cores and the figures (especially the speed-up) understate the code.",
        "",
        f"Machine reference: {reference:.2f} s for a fixed pure-Python workload (`machine_reference()`: splitting and "
        "regex-scanning the background text; the extraction code plays no part). A machine that takes twice as long "
        "there runs the extraction about half as fast: compare figures from different runs through it.",
        "",
    ]
    args.out.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
