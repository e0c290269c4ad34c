"""``add-source``: a new text is registered completely and validly, or not at all."""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st
from ruamel.yaml import YAML

from nkru_data import add_source, validate
from nkru_data.contribute import _entry_text, _yaml_value, default_source_id, slugify
from nkru_data.errors import NkruError
from nkru_data.schemas import schema

from .treehash import tree_digest

SOURCE_ID_RE = re.compile(f"^(?:{schema('sources').field('source_id').pattern})$")


def _entries(root: Path) -> list[dict]:
    return YAML(typ="safe", pure=True).load((root / "seeds" / "sources.yaml").read_text(encoding="utf-8"))


def test_add_source_registers_text_entry_and_record_file(repo_copy, tmp_path):
    original = (repo_copy / "seeds" / "sources.yaml").read_bytes()
    new = tmp_path / "artikel.txt"
    new.write_bytes("Erste Zeile\r\nNordkorea schickt Soldaten nach Ru\u0308ssland.\r\n".encode("utf-8"))

    added = add_source(new, published="2024-11-02", outlet="Süddeutsche Zeitung", title='Ein "Titel": mit: Doppelpunkt',
                       url="https://example.org/a?b=1#c", root=repo_copy)

    assert added.source_id == "sueddeutsche-zeitung-2024-11-02"
    stored = (repo_copy / added.text_path).read_bytes()
    assert b"\r" not in stored
    assert unicodedata.is_normalized("NFC", stored.decode("utf-8"))
    assert "Rüssland" in stored.decode("utf-8")
    assert added.sha256 == hashlib.sha256(stored).hexdigest()
    assert any("CRLF" in c for c in added.changes) and any("NFC" in c for c in added.changes)
    # appended as text: every byte of the old registry (comments included) is still there, in front
    registry = (repo_copy / "seeds" / "sources.yaml").read_bytes()
    assert registry.startswith(original)
    entry = _entries(repo_copy)[-1]
    assert entry["source_id"] == added.source_id and entry["sha256"] == added.sha256
    assert entry["title"] == 'Ein "Titel": mit: Doppelpunkt' and entry["url"] == "https://example.org/a?b=1#c"
    assert entry["published"] == "2024-11-02" and entry["published_basis"] == "stated"
    record_file = repo_copy / added.record_path
    assert YAML(typ="safe", pure=True).load(record_file.read_text()) == {"source_id": added.source_id, "records": []}
    # the checkout still validates, and the new source is counted with no records
    report = validate(repo_copy)
    assert report.problems == []
    assert report.counts["sources"] == 6
    assert report.by_source["deployments"][added.source_id] == 0


def test_template_example_becomes_a_valid_record_when_uncommented(repo_copy, tmp_path):
    """The commented example in a new record file is a real, valid record (for a text holding its quote)."""
    text = tmp_path / "t.txt"
    text.write_text("Laut Geheimdienst hat Nordkorea 1.500 Spezialeinheiten verlegt.", encoding="utf-8")
    added = add_source(text, published="2024-10", published_basis="inferred", notes="test", root=repo_copy)
    assert added.source_id == "web-2024-10"
    path = repo_copy / added.record_path
    lines = path.read_text().splitlines()
    example = [ln[2:] for ln in lines if ln.startswith("#   ") or ln == "# records:"]
    body = "\n".join(example).replace("<words copied exactly from the text>", "1.500 Spezialeinheiten")
    body = re.sub(r"attribution: <[^>]*>", "attribution: Laut Geheimdienst", body)
    path.write_text(f"source_id: {added.source_id}\n{body}\n", encoding="utf-8")
    report = validate(repo_copy)
    assert report.problems == []
    assert report.by_source["deployments"][added.source_id] == 1


@pytest.mark.parametrize("payload, message", [
    ("Nordkorea und Russland: caf\xe9".encode("latin-1"), r"is not valid UTF-8: byte 0xE9 at column 28 \(it looks like Latin-1"),
    (b"", r"is empty"),
    (b"  \n\n", r"is empty"),
])
def test_unusable_text_is_refused_and_nothing_changes(repo_copy, tmp_path, payload, message):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(payload)
    before = tree_digest(repo_copy)
    with pytest.raises(NkruError, match=message) as info:
        add_source(bad, published="2024-10-22", root=repo_copy)
    assert str(info.value).startswith(str(bad))
    assert tree_digest(repo_copy) == before


def test_duplicate_text_names_the_existing_source(repo_copy, tmp_path):
    dup = tmp_path / "copy.txt"
    dup.write_bytes((repo_copy / "seeds/texts/dlf-2024-10-22.txt").read_bytes())
    before = tree_digest(repo_copy)
    with pytest.raises(NkruError, match="already registered as source 'dlf-2024-10-22'"):
        add_source(dup, published="2024-10-22", source_id="another-id", root=repo_copy)
    # a CRLF copy of the same text is the same text once normalised
    dup.write_bytes(dup.read_bytes().replace(b"\n", b"\r\n"))
    with pytest.raises(NkruError, match="already registered as source 'dlf-2024-10-22'"):
        add_source(dup, published="2024-10-22", root=repo_copy)
    assert tree_digest(repo_copy) == before


@pytest.mark.parametrize("options, message", [
    ({"published": "24.10.2024"}, "--published: '24.10.2024' is not a partial date"),
    ({"published": "2024-02-30"}, "--published: '2024-02-30' is not a real date"),
    ({"published": "2024", "url": "www.example.org"}, "--url: 'www.example.org' does not match"),
    ({"published": "2024", "outlet": "=HYPERLINK(\"http://x\")"}, "--outlet: .* starts like a spreadsheet formula"),
    ({"published": "2024", "published_basis": "guessed"}, "--published-basis: 'guessed' is not one of stated, inferred"),
    ({"published": "2024", "source_id": "Bad ID"}, "--source-id: 'Bad ID' does not match"),
    ({"published": "2024", "source_id": "dlf-2024-10-22"}, "--source-id: 'dlf-2024-10-22' is already used"),
])
def test_bad_options_are_refused_and_nothing_changes(repo_copy, tmp_path, options, message):
    text = tmp_path / "t.txt"
    text.write_text("Ein neuer Text.", encoding="utf-8")
    before = tree_digest(repo_copy)
    with pytest.raises(NkruError, match=message):
        add_source(text, root=repo_copy, **options)
    assert tree_digest(repo_copy) == before


def test_broken_registry_is_refused(repo_copy, tmp_path):
    registry = repo_copy / "seeds" / "sources.yaml"
    registry.write_bytes(registry.read_bytes() + b"- source_id: [unclosed\n")
    text = tmp_path / "t.txt"
    text.write_text("Ein neuer Text.", encoding="utf-8")
    before = tree_digest(repo_copy)
    with pytest.raises(NkruError, match=r"sources\.yaml:\d+: invalid YAML.*fix seeds/sources.yaml"):
        add_source(text, published="2024", root=repo_copy)
    assert tree_digest(repo_copy) == before


def test_failure_while_placing_files_rolls_everything_back(repo_copy, tmp_path, monkeypatch):
    """Fault injection: the last rename (the registry) fails; the text and record file must go again."""
    text = tmp_path / "t.txt"
    text.write_text("Ein neuer Text.", encoding="utf-8")
    before = tree_digest(repo_copy)
    real_replace = os.replace

    def failing_replace(src, dst):
        if Path(dst).name == "sources.yaml":
            raise OSError(28, "No space left on device")
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(OSError):
        add_source(text, published="2024", root=repo_copy)
    monkeypatch.undo()
    assert tree_digest(repo_copy) == before


def test_default_ids_are_unique(repo_copy, tmp_path):
    ids = []
    for i in range(3):
        text = tmp_path / f"t{i}.txt"
        text.write_text(f"Text Nummer {i}.", encoding="utf-8")
        ids.append(add_source(text, published="2024-10-22", outlet="Deutschlandfunk", root=repo_copy).source_id)
    assert ids == ["deutschlandfunk-2024-10-22", "deutschlandfunk-2024-10-22-2", "deutschlandfunk-2024-10-22-3"]
    assert validate(repo_copy).problems == []


@given(st.text(max_size=60), st.sampled_from(["2024", "2024-10", "2024-10-22"]))
def test_default_source_id_always_matches_the_schema(outlet, published):
    sid = default_source_id(outlet, published, set())
    assert SOURCE_ID_RE.match(sid), sid
    assert slugify(outlet) == "" or SOURCE_ID_RE.match(slugify(outlet))


@settings(max_examples=150)
@given(st.text(max_size=80))
def test_quoted_values_read_back_exactly(value):
    loaded = YAML(typ="safe", pure=True).load(f"v: {_yaml_value(value)}\n")
    assert loaded["v"] == value


@settings(max_examples=60)
@given(st.dictionaries(st.sampled_from(["outlet", "title", "notes"]), st.text(min_size=1, max_size=40)),
       st.sampled_from(["de", "no", "en-GB"]))
def test_entry_text_reads_back_as_the_row(extra, language):
    row = {"source_id": "x-2024", "path": "seeds/texts/x-2024.txt", "sha256": "1" * 63 + "0", "language": language,
           "published": "2024", "published_basis": "stated", **extra}
    loaded = YAML(typ="safe", pure=True).load(_entry_text(row))[0]
    assert {k: v for k, v in loaded.items() if v is not None} == row


def test_cli_add_source(cli, repo_copy, tmp_path):
    text = tmp_path / "neu.txt"
    text.write_text("Ein neuer Text über Nordkorea.", encoding="utf-8")
    ok = cli("add-source", str(text), "--published", "2025-01", "--outlet", "BBC", "--root", str(repo_copy))
    assert ok.returncode == 0, ok.stderr
    assert "added source bbc-2025-01" in ok.stdout
    again = cli("add-source", str(text), "--published", "2025-01", "--root", str(repo_copy))
    assert again.returncode == 1
    assert again.stderr.strip() == (f"error: {text}: this text is already registered as source 'bbc-2025-01' "
                                    f"(same sha256 {hashlib.sha256(text.read_bytes()).hexdigest()})")
    assert "Traceback" not in again.stdout + again.stderr
    usage = cli("add-source", str(text), "--root", str(repo_copy))  # --published missing
    assert usage.returncode == 2
