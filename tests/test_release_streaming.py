"""The release renderer streams: tables read batch by batch from Arrow IPC files give the same bytes as tables
held in memory, and the changes of a first release keep their keys in Arrow.

The reference for "the same bytes" is twofold: a release rendered from the in-memory tables (what ``build``
does), and the writers as they were before streaming (``pyarrow.csv.write_csv`` of the whole table,
``pyarrow.parquet.write_table`` with the release's options), pinned here in ``_old_csv`` and ``_old_parquet``.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pyarrow.feather as feather
import pyarrow.parquet as pq
import pytest

from nkru_data.changes import Changes, Keys, TableChanges, diff_tables
from nkru_data.check import cast_table
from nkru_data.csvio import BOM
from nkru_data.errors import NkruError
from nkru_data.release import PARQUET_OPTIONS, ROW_GROUP_ROWS, ArrowFileSource, _render_into, collect_tables
from nkru_data.schemas import RECORD_TABLES, TABLES, schema

from .conftest import REPO
from .treehash import tree_digest

CREATED = "2025-03-01T00:00:00Z"


def _old_csv(table: pa.Table, spreadsheet: bool) -> bytes:
    """The CSV edition as the writer made it before streaming (whole table in one ``write_csv`` call)."""
    sink = io.BytesIO()
    if spreadsheet:
        cols = []
        for col in table.columns:
            if pa.types.is_string(col.type):
                formula = pc.match_substring_regex(col, r"^[=+\-@\t\r]")
                if pc.any(formula).as_py():
                    col = pc.if_else(formula, pc.binary_join_element_wise(pa.scalar("'", col.type), col, ""), col)
            cols.append(col)
        table = pa.table(cols, names=table.column_names)
        sink.write(BOM.encode("utf-8"))
    pacsv.write_csv(table, sink, write_options=pacsv.WriteOptions(
        quoting_style="needed", quoting_header="needed", eol="\r\n" if spreadsheet else "\n", batch_size=65536))
    return sink.getvalue()


def _old_parquet(table: pa.Table, path: Path) -> bytes:
    """The Parquet file as the writer made it before streaming."""
    pq.write_table(table, str(path), row_group_size=ROW_GROUP_ROWS, **PARQUET_OPTIONS)
    return path.read_bytes()


def _old_zip(path: Path, members: dict[str, Path | bytes], version: str = "1.0.0") -> bytes:
    """The download zip as it was written before its members were compressed in parallel: one ZipFile,
    members in name order."""
    import shutil
    import zipfile

    from nkru_data.release import _zip_info

    with open(path, "wb") as fh, zipfile.ZipFile(fh, "w") as zf:
        for name in sorted(members):
            src = members[name]
            size = len(src) if isinstance(src, bytes) else src.stat().st_size
            with zf.open(_zip_info(f"nkru-data-{version}/{name}", size), "w", force_zip64=size > 0x7FFFFFFF) as dest:
                if isinstance(src, bytes):
                    dest.write(src)
                else:
                    with open(src, "rb") as data:
                        shutil.copyfileobj(data, dest, 1 << 20)
    return path.read_bytes()


def _to_ipc(tables: dict[str, pa.Table], folder: Path, chunksize: int) -> dict[str, ArrowFileSource]:
    """Each table in an Arrow IPC file cut into record batches of ``chunksize`` rows, opened as a source."""
    folder.mkdir(parents=True, exist_ok=True)
    out = {}
    for t, data in tables.items():
        feather.write_feather(data, folder / f"{t}.arrow", compression="uncompressed", chunksize=chunksize)
        out[t] = ArrowFileSource(folder / f"{t}.arrow")
    return out


def _render_both_ways(tables: dict[str, pa.Table], tmp: Path, chunksize: int) -> tuple[dict, dict]:
    """Tree digests of the release rendered from the tables in memory and from IPC files, each with its own
    changes (a first release)."""
    sources = _to_ipc(tables, tmp / "ipc", chunksize)
    digests = []
    for name, data in (("memory", tables), ("streamed", sources)):
        folder = tmp / name
        folder.mkdir()
        files = _render_into(folder, "1.0.0", CREATED, data, diff_tables(None, data), None)
        assert sorted(files) == sorted(p for p in tree_digest(folder) if not p.endswith(("data", "spreadsheet")))
        digests.append(tree_digest(folder))
    return digests[0], digests[1]


def test_seeds_release_is_the_same_streamed_or_in_memory(tmp_path):
    tables = collect_tables(REPO, extracted=False)
    assert all(tables[t].num_rows for t in TABLES)  # every table has rows, so every writer is exercised
    memory, streamed = _render_both_ways(tables, tmp_path, chunksize=7)  # many small batches per table
    assert memory == streamed
    assert len(memory) == 1 + 1 + 1 + 1 + 2 + 3 * len(TABLES)  # README, zip, SHA256SUMS, datapackage, 2 folders


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory) -> dict[str, pa.Table]:
    """Typed tables of a synthetic package (benchmarks/generate.py): 3000 rows per claim table, but
    deployments holds 2 full Parquet row groups and a part of a third, casualties is empty, and a few cells
    (in different batches) hold formula-like text."""
    sys.path.insert(0, str(REPO / "benchmarks"))
    try:
        import generate as gen
    finally:
        sys.path.remove(str(REPO / "benchmarks"))
    rng = np.random.default_rng(11)
    sources, month, day = gen.make_sources(rng, 60)
    actors = gen.make_actors(rng, 80)
    raw = {"sources": sources, "actors": actors}
    sizes = {"deployments": 2 * ROW_GROUP_ROWS + 7_891, "deliveries": 3_000, "casualties": 0, "diplomatic_acts": 3_000}
    for i, t in enumerate(RECORD_TABLES):
        raw[t] = gen.make_records(rng, t, sizes[t], sources, month, day, actors, salt=i * 7_919_993)
    tables = {}
    for t in TABLES:
        data = cast_table(t, raw[t].cast(pa.schema([(n, pa.string()) for n in raw[t].column_names])))
        data = data.sort_by([(k, "ascending") for k in schema(t).primary_key]).combine_chunks()
        tables[t] = data
    notes = tables["deployments"].column("notes").to_pylist()
    for row in (0, 49_999, 50_000, ROW_GROUP_ROWS, 2 * ROW_GROUP_ROWS + 7_890):  # batch and row-group edges
        notes[row] = "=HYPERLINK(\"http://x\")" if row % 2 else "-3 laut Quelle"
    index = tables["deployments"].schema.get_field_index("notes")
    tables["deployments"] = tables["deployments"].set_column(index, "notes", pa.array(notes, pa.string()))
    assert tables["casualties"].num_rows == 0
    return tables


def test_synthetic_release_is_the_same_streamed_or_in_memory(synthetic, tmp_path):
    # 50000-row batches: Parquet row groups of 131072 rows start and end inside batches
    memory, streamed = _render_both_ways(synthetic, tmp_path, chunksize=50_000)
    assert memory == streamed
    groups = pq.ParquetFile(tmp_path / "streamed" / "data" / "deployments.parquet").metadata
    assert [groups.row_group(i).num_rows for i in range(groups.num_row_groups)] == [ROW_GROUP_ROWS, ROW_GROUP_ROWS, 7_891]


def test_streamed_files_are_the_bytes_of_the_writers_before_streaming(synthetic, tmp_path):
    sources = _to_ipc(synthetic, tmp_path / "ipc", chunksize=50_000)
    folder = tmp_path / "release"
    folder.mkdir()
    _render_into(folder, "1.0.0", CREATED, sources, diff_tables(None, sources), None)
    for t in TABLES:
        assert (folder / "data" / f"{t}.csv").read_bytes() == _old_csv(synthetic[t], spreadsheet=False), t
        assert (folder / "spreadsheet" / f"{t}.csv").read_bytes() == _old_csv(synthetic[t], spreadsheet=True), t
        assert (folder / "data" / f"{t}.parquet").read_bytes() == _old_parquet(synthetic[t], tmp_path / f"{t}.parquet"), t
    sheet = (folder / "spreadsheet" / "deployments.csv").read_text(encoding="utf-8-sig")
    assert "\"'=HYPERLINK(\"\"http://x\"\")\"" in sheet and "\"'-3 laut Quelle\"" in sheet
    assert pq.ParquetFile(folder / "data" / "casualties.parquet").metadata.num_row_groups == 1  # as write_table did
    assert pq.read_table(folder / "data" / "deployments.parquet").equals(synthetic["deployments"])
    members = {"README.md": (folder / "README.md").read_bytes(),
               **{f"{d}/{t}.csv": folder / d / f"{t}.csv" for d in ("data", "spreadsheet") for t in TABLES}}
    assert (folder / "nkru-data-1.0.0.zip").read_bytes() == _old_zip(tmp_path / "old.zip", members)
    assert sorted(p.name for p in folder.iterdir()) == ["README.md", "SHA256SUMS", "data", "datapackage.json",
                                                         "nkru-data-1.0.0.zip", "spreadsheet"]  # no parts left


def test_arrow_file_source_reads_batches_and_single_columns(synthetic, tmp_path):
    (source,) = _to_ipc({"deployments": synthetic["deployments"]}, tmp_path, chunksize=50_000).values()
    table = synthetic["deployments"]
    assert source.num_rows == table.num_rows and source.schema.equals(table.schema)
    assert source.column_names == table.column_names
    batches = list(source.to_batches())
    assert [b.num_rows for b in batches[:2]] == [50_000, 50_000] and sum(b.num_rows for b in batches) == table.num_rows
    assert list(source.to_batches())[0].equals(batches[0])  # every pass starts again at the first row
    assert source.column("record_id").equals(table.column("record_id"))
    assert source.read_all().equals(table)
    with pytest.raises(KeyError, match="no column 'nope'"):
        source.column("nope")


def test_diff_of_sources_equals_diff_of_tables(synthetic, tmp_path):
    sources = _to_ipc(synthetic, tmp_path / "ipc", chunksize=50_000)
    first_from_files, first_in_memory = diff_tables(None, sources), diff_tables(None, synthetic)
    assert first_from_files.summary() == first_in_memory.summary()
    assert first_from_files.summary()["deployments"] == (synthetic["deployments"].num_rows, 0, 0)
    for t in TABLES:
        assert first_from_files.tables[t].added == first_in_memory.tables[t].added
        assert isinstance(first_from_files.tables[t].added, Keys)
    # against a release with one row changed and one removed, a source is compared field by field too
    old = dict(synthetic)
    dep = synthetic["deployments"]
    old["deployments"] = dep.slice(1).set_column(dep.schema.get_field_index("location"), "location",
                                                 pa.array(["Moskau"] + dep.column("location").to_pylist()[2:], pa.string()))
    against = diff_tables(old, sources).tables["deployments"]
    assert against == diff_tables(old, synthetic).tables["deployments"]
    assert against.added == [dep.column("record_id")[0].as_py()] and against.removed == []
    assert against.changed == {dep.column("record_id")[1].as_py(): ["location"]}


def test_keys_read_like_a_sorted_list_of_strings():
    keys = Keys(pa.array(["a-1", "a-2", "ä-3"]))
    assert keys == ["a-1", "a-2", "ä-3"] and ["a-1", "a-2", "ä-3"] == keys and keys != ["a-1", "a-2"]
    assert keys != ["a-1", "a-2", "x"] and keys != ("a-1", "a-2", "ä-3")  # a tuple is no list, as for a list
    assert len(keys) == 3 and keys[0] == "a-1" and keys[-1] == "ä-3" and keys[1:] == ["a-2", "ä-3"]
    assert list(keys) == ["a-1", "a-2", "ä-3"] and "a-2" in keys and "a-4" not in keys and 5 not in keys
    assert keys == Keys(["a-1", "a-2", "ä-3"]) and repr(keys) == "['a-1', 'a-2', 'ä-3']"
    assert not Keys() and Keys() == [] and keys.array.type == pa.string()
    with pytest.raises(IndexError):
        keys[3]
    with pytest.raises(TypeError):
        hash(keys)
    with pytest.raises(TypeError, match="strings only"):
        Keys(["a", 1])
    many = Keys(pa.array([f"k-{i:07d}" for i in range(150_000)]))  # iterated in chunks of 65536
    assert list(many) == [f"k-{i:07d}" for i in range(150_000)]
    assert repr(many) == "Keys(['k-0000000', 'k-0000001', 'k-0000002', ... 150000 keys])"


def test_changes_of_keys_print_and_serialise_as_before():
    changes = Changes(old="0.1.0", new="0.2.0", tables={
        "deployments": TableChanges(added=Keys(["dep-1", "dep-2"]), removed=Keys(["dep-0"]), changed={"dep-5": ["location"]}),
        "actors": TableChanges(added=Keys()),
    })
    assert changes.summary() == {"deployments": (2, 1, 1), "actors": (0, 0, 0)}
    expected = ["deployments: 2 added, 1 removed, 1 changed", "  + dep-1", "  + dep-2", "  - dep-0",
                "  ~ dep-5 (location)", "actors: 0 added, 0 removed, 0 changed"]
    assert changes.lines() == expected and list(changes.iter_lines()) == expected
    as_dict = changes.tables["deployments"].to_dict()
    assert as_dict == {"added": ["dep-1", "dep-2"], "removed": ["dep-0"], "changed": {"dep-5": ["location"]}}
    assert type(as_dict["added"]) is list  # JSON-ready
    assert bool(changes) and not changes.tables["actors"]


def test_bad_table_inputs_give_clear_errors(synthetic, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    changes = diff_tables(None, synthetic)
    missing = {t: synthetic[t] for t in TABLES if t != "actors"}
    with pytest.raises(NkruError, match="missing: actors"):
        _render_into(folder, "1.0.0", CREATED, missing, changes, None)
    with pytest.raises(NkruError, match="unknown: extra"):
        _render_into(folder, "1.0.0", CREATED, {**synthetic, "extra": synthetic["actors"]}, changes, None)
    with pytest.raises(NkruError, match=r"table actors: columns \['actor_id'\] are not the schema's fields"):
        _render_into(folder, "1.0.0", CREATED, {**synthetic, "actors": synthetic["actors"].select(["actor_id"])},
                     changes, None)
    with pytest.raises(NkruError, match="table actors: expected a pyarrow.Table, a TableSource or an Arrow file path"):
        _render_into(folder, "1.0.0", CREATED, {**synthetic, "actors": [1, 2]}, changes, None)
    not_arrow = tmp_path / "actors.arrow"
    not_arrow.write_text("actor_id\nkor-nis\n", encoding="utf-8")
    with pytest.raises(NkruError, match="actors.arrow is not an Arrow IPC file"):
        _render_into(folder, "1.0.0", CREATED, {**synthetic, "actors": not_arrow}, changes, None)
    with pytest.raises(NkruError, match="nowhere.arrow: cannot read the Arrow file"):
        _render_into(folder, "1.0.0", CREATED, {**synthetic, "actors": tmp_path / "nowhere.arrow"}, changes, None)
    assert list(folder.iterdir()) == []  # every check comes before the first file is written


def test_a_file_that_changes_after_opening_is_refused(synthetic, tmp_path):
    (source,) = _to_ipc({"actors": synthetic["actors"]}, tmp_path, chunksize=1000).values()
    feather.write_feather(synthetic["actors"].select(["actor_id"]), source.path)
    with pytest.raises(NkruError, match="changed since it was opened"):
        list(source.to_batches())


def test_a_file_with_other_rows_than_at_opening_is_refused(synthetic, tmp_path):
    (source,) = _to_ipc({"actors": synthetic["actors"]}, tmp_path, chunksize=1000).values()
    feather.write_feather(synthetic["actors"].slice(1), source.path)
    with pytest.raises(NkruError, match=f"changed since it was opened \\({source.num_rows - 1} rows, not {source.num_rows}\\)"):
        list(source.to_batches())
