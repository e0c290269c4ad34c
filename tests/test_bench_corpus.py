"""The extraction benchmark's corpus (benchmarks/bench_extract.py) varies numbers without breaking the text."""

from __future__ import annotations

import random
import sys

import pytest

from .conftest import REPO


@pytest.fixture(scope="module")
def bench():
    sys.path.insert(0, str(REPO / "benchmarks"))
    try:
        import bench_extract
    finally:
        sys.path.remove(str(REPO / "benchmarks"))
    return bench_extract


def _kinds(bench, text: str) -> list[str]:
    return ["year" if m.group("year") else "day" if m.group("day") else "count" for m in bench._NUMBER.finditer(text)]


def test_varied_numbers_keep_the_text_around_them_and_their_kind(bench):
    # (an earlier generator took the point after a number with it: sentence ends and dates' points were lost)
    rng = random.Random(7)
    sentences = bench._sentences()
    assert len(sentences) > 1000
    changed = 0
    for s in sentences:
        varied = bench._NUMBER.sub(lambda m: bench._varied(m, rng), s)
        assert bench._NUMBER.sub("#", varied) == bench._NUMBER.sub("#", s), s
        assert _kinds(bench, varied) == _kinds(bench, s), s
        changed += varied != s
    assert changed > 1000


def test_the_number_kinds(bench):
    text = "Am 22. Oktober 2024 kamen 11.000 Soldaten, 2,3 Millionen Granaten im Jahr 2023."
    assert [m.group(0) for m in bench._NUMBER.finditer(text)] == ["22", "2024", "11.000", "2,3", "2023"]
    assert _kinds(bench, text) == ["day", "year", "count", "count", "year"]
