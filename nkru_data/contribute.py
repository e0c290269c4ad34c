"""``add_source``: register a new source text in a checkout's ``seeds/``.

One call does what a contributor would otherwise do by hand, and does it the
same way every time:

* copies the text to ``seeds/texts/<source_id>.txt``, as UTF-8 with ``\\n``
  line endings and in Unicode NFC (the form every quote offset refers to);
* appends its entry (with the file's sha256) to ``seeds/sources.yaml`` as
  text, so the registry keeps its comments, order and style;
* creates ``seeds/curated/<source_id>.yaml``, a record file with no records
  yet and a commented example to copy from.

What it normalises, it says: a removed byte order mark, converted CRLF/CR line
endings and NFC normalisation are listed in :attr:`AddedSource.changes` (the
CLI prints them). What it cannot fix it refuses with a one-line
:class:`~nkru_data.errors.NkruError`: bytes that are not UTF-8, an empty or
oversized file, a text already registered (same sha256, the existing source is
named), a source id already taken, a bad date, URL or language tag, a
``sources.yaml`` that does not parse. The change is all or nothing: files are
written next to their destination first and renamed into place only when all
three are ready; if anything fails, nothing under ``seeds/`` has changed.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa

from .errors import NkruError
from .readers import MAX_SEED_BYTES, ReadError, decode_text, load_yaml
from .schemas import schema

__all__ = ["add_source", "AddedSource", "default_source_id", "slugify"]

_BOM = b"\xef\xbb\xbf"
#: Command-line spelling of each sources field a user sets, for error messages.
_OPTION = {"source_id": "--source-id", "outlet": "--outlet", "title": "--title", "url": "--url",
           "language": "--language", "published": "--published", "published_basis": "--published-basis",
           "notes": "--notes"}
_TRANSLIT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "ae", "Ö": "oe", "Ü": "ue", "ß": "ss"})
_RECORD_TEMPLATE = """\
# Records quoted from {path}.
# One entry per claim; every field is explained in CONTRIBUTING.md and in
# schemas/<table>.json. Offsets, record_id and method are filled in for you.
# Replace "records: []" below with "records:" and entries such as:
#
# records:
#   - table: deployments            # deployments | deliveries | casualties | diplomatic_acts
#     quote: <words copied exactly from the text>
#     claimant_id: kor-nis          # who says it (seeds/actors.csv)
#     attribution: <the attribution as written, e.g. "Nach Angaben des Geheimdienstes">
#     modality: asserted            # asserted | expected | possible | denied
#     quantity: 1500
#     quantity_qualifier: exact
#     quantity_text: "1.500"
#     from_country: PRK
#     to_country: RUS
#     personnel_type: special_forces
#     status: training
#
# Check your work with: nkru-data validate
source_id: {source_id}
records: []
"""


@dataclass(frozen=True)
class AddedSource:
    """What :func:`add_source` did: the new id, the three files it wrote (relative to the root),
    the text's sha256, and a sentence for every normalisation applied to the text."""

    source_id: str
    text_path: str
    record_path: str
    registry_path: str
    sha256: str
    changes: list[str] = field(default_factory=list)


def slugify(value: str, max_length: int = 40) -> str:
    """Lower-case ASCII words joined by hyphens ("Süddeutsche Zeitung" -> "sueddeutsche-zeitung").

    Cut at a word boundary to at most ``max_length`` characters; may return "".
    """
    ascii_ = unicodedata.normalize("NFKD", value.translate(_TRANSLIT)).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_.lower()).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length + 1].rsplit("-", 1)[0] if "-" in slug[:max_length + 1] else slug[:max_length]
    return slug.strip("-")


def default_source_id(outlet: str | None, published: str, taken: set[str]) -> str:
    """``<outlet slug>-<published>`` ("web" when the outlet is unknown), made unique with -2, -3 ..."""
    base = f"{slugify(outlet or '') or 'web'}-{published}"
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def _yaml_value(value: str) -> str:
    """A YAML double-quoted scalar that reads back as exactly ``value`` (non-printables escaped)."""
    out = ['"']
    for ch in value:
        if ch == '"' or ch == "\\":
            out.append("\\" + ch)
        elif ch.isprintable() and ch not in "\u2028\u2029\ufeff":
            out.append(ch)
        elif ord(ch) <= 0xFFFF:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(f"\\U{ord(ch):08x}")
    out.append('"')
    return "".join(out)


def _reads_as_text(value: str) -> bool:
    """True when ``value`` written unquoted reads back as the same string (not a number, bool, date ...)."""
    from ruamel.yaml import YAML

    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._/-]*", value):
        return False
    try:
        return YAML(typ="safe", pure=True).load(f"v: {value}\n")["v"] == value
    except Exception:  # unparsable means: quote it
        return False


def _entry_text(row: dict[str, str | None]) -> str:
    """The registry entry as YAML text, fields in schema order, in the file's existing style."""
    lines = []
    for i, name in enumerate(schema("sources").field_names):
        value = row.get(name)
        prefix = "- " if i == 0 else "  "
        if value is None:
            lines.append(f"{prefix}{name}:")
        elif name in ("source_id", "path", "sha256", "language", "published_basis") and _reads_as_text(value):
            lines.append(f"{prefix}{name}: {value}")  # plain like the hand-written entries
        else:
            lines.append(f"{prefix}{name}: {_yaml_value(value)}")
    return "\n".join(lines) + "\n"


def _check_row(row: dict[str, str | None]) -> None:
    """Judge the new registry row with the validator's own schema checks (one source of truth)."""
    from .check import check_table

    ts = schema("sources")
    data = pa.table({n: pa.array([row.get(n)], pa.string()) for n in ts.field_names})
    for finding in check_table("sources", data):
        option = _OPTION.get(finding.field or "", finding.field)
        raise NkruError(f"{option}: {finding.message}")


def _prepare_text(data: bytes, display: str) -> tuple[str, list[str]]:
    """Decode and normalise a text; the list says what was changed."""
    changes: list[str] = []
    if len(data) > MAX_SEED_BYTES:
        raise NkruError(f"{display}: is {len(data) / 1e6:.1f} MB; source texts may be at most "
                        f"{MAX_SEED_BYTES / 1e6:.0f} MB")
    if data.startswith(_BOM):
        data = data[len(_BOM):]
        changes.append("removed the UTF-8 byte order mark")
    if b"\r" in data:
        data = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
        changes.append("converted CRLF/CR line endings to LF")
    try:
        text = decode_text(data, display)
    except ReadError as exc:
        message = str(exc.problem)
        if exc.problem.type == "encoding-error":
            message += " (for example: iconv -f WINDOWS-1252 -t UTF-8 old.txt > new.txt)"
        raise NkruError(message) from None
    nfc = unicodedata.normalize("NFC", text)
    if nfc != text:
        changed = sum(1 for a, b in zip(text, nfc) if a != b) if len(nfc) == len(text) else None
        how = f" ({len(text) - len(nfc)} combining characters merged)" if changed is None else ""
        changes.append(f"normalised to Unicode NFC{how}; quotes must use the composed characters (ä, not a + ¨)")
        text = nfc
    return text, changes


def _registered(root: Path, doc: object) -> tuple[set[str], dict[str, str]]:
    """Registered source ids and ``sha256 -> source_id`` (from the registry and from the files on disk)."""
    ids: set[str] = set()
    by_hash: dict[str, str] = {}
    for entry in doc if isinstance(doc, list) else []:
        if not isinstance(entry, dict):
            continue
        sid = str(entry.get("source_id") or "")
        if sid:
            ids.add(sid)
        if entry.get("sha256"):
            by_hash.setdefault(str(entry["sha256"]), sid)
        rel = entry.get("path")
        if isinstance(rel, str) and sid:
            p = root / rel
            try:
                if p.is_file() and p.resolve().is_relative_to(root.resolve()):
                    by_hash.setdefault(hashlib.sha256(p.read_bytes()).hexdigest(), sid)
            except OSError:
                pass
    for p in sorted((root / "seeds" / "texts").glob("*.txt")):
        try:
            by_hash.setdefault(hashlib.sha256(p.read_bytes()).hexdigest(), p.stem)
        except OSError:
            pass
        ids.add(p.stem)
    for p in (root / "seeds" / "curated").glob("*.y*ml"):
        ids.add(p.stem)
    return ids, by_hash


def _write_temp(dest: Path, data: bytes) -> Path:
    fd, tmp = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".tmp", dir=dest.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return Path(tmp)


def add_source(file: str | os.PathLike, *, published: str, outlet: str | None = None, title: str | None = None,
               url: str | None = None, source_id: str | None = None, language: str = "de",
               published_basis: str = "stated", notes: str | None = None,
               root: str | os.PathLike = ".") -> AddedSource:
    """Register the text in ``file`` as a new source of the checkout at ``root``.

    ``published`` is a partial date (``2024``, ``2024-10`` or ``2024-10-22``);
    ``published_basis`` is ``stated`` when the text gives the date and
    ``inferred`` otherwise (say why in ``notes``). Without ``source_id`` one
    is made from the outlet and date (``deutschlandfunk-2024-10-22``, ``web-2025-03``),
    unique among the registered sources.

    Returns an :class:`AddedSource`. Raises :class:`~nkru_data.errors.NkruError`
    (one line, naming the file or the option) when the text or an option is
    unusable, the text is already registered, or the id is taken; in that case
    nothing under ``seeds/`` was changed.
    """
    from .dates import parse_partial_date

    if published is None or str(published).strip() == "":
        raise NkruError("--published: give the date the source was published (YYYY, YYYY-MM or YYYY-MM-DD)")
    published = str(published).strip()
    try:
        parse_partial_date(published)
    except ValueError as exc:
        raise NkruError(f"--published: {exc}") from None
    root = Path(root)
    seeds = root / "seeds"
    if not seeds.is_dir():
        raise NkruError(f"{root}: no seeds/ folder here; run this in a checkout of nkru-data or give --root")
    src = Path(file)
    display = os.fspath(file)
    try:
        data = src.read_bytes()
    except FileNotFoundError:
        raise NkruError(f"{display}: file not found") from None
    except IsADirectoryError:
        raise NkruError(f"{display}: is a directory, not a text file") from None
    except OSError as exc:
        raise NkruError(f"{display}: cannot be read: {exc.strerror}") from None
    text, changes = _prepare_text(data, display)
    body = text.encode("utf-8")
    digest = hashlib.sha256(body).hexdigest()

    registry = seeds / "sources.yaml"
    registry_disp = os.path.relpath(registry)
    try:
        old_registry = registry.read_bytes() if registry.exists() else b""
        doc = load_yaml(registry, registry_disp) if old_registry.strip() else []
    except ReadError as exc:
        raise NkruError(f"{exc.problem} (fix seeds/sources.yaml before adding a source)") from None
    except OSError as exc:
        raise NkruError(f"{registry_disp}: cannot be read: {exc.strerror}") from None
    if doc is not None and not isinstance(doc, list):
        raise NkruError(f"{registry_disp}: is not a list of sources (fix it before adding a source)")
    taken, by_hash = _registered(root, doc)
    if digest in by_hash:
        raise NkruError(f"{display}: this text is already registered as source {by_hash[digest]!r} (same sha256 {digest})")

    sid = source_id or default_source_id(outlet, published, taken)
    rel_text = f"seeds/texts/{sid}.txt"
    row = {"source_id": sid, "path": rel_text, "sha256": digest, "outlet": outlet or None, "title": title or None,
           "url": url or None, "language": language, "published": published, "published_basis": published_basis,
           "notes": notes or None}
    _check_row(row)
    if sid in taken:
        raise NkruError(f"--source-id: {sid!r} is already used in seeds/; choose another id")

    # The new registry is the old bytes plus one entry; parse it back to be sure it says what we mean.
    sep = b"" if not old_registry or old_registry.endswith(b"\n\n") else (b"\n" if old_registry.endswith(b"\n") else b"\n\n")
    new_registry = old_registry + sep + _entry_text(row).encode("utf-8")
    _verify_registry(new_registry, row, registry)

    text_dest = seeds / "texts" / f"{sid}.txt"
    record_dest = seeds / "curated" / f"{sid}.yaml"
    record_body = _RECORD_TEMPLATE.format(path=rel_text, source_id=sid).encode("utf-8")
    text_dest.parent.mkdir(exist_ok=True)
    record_dest.parent.mkdir(exist_ok=True)
    staged: list[tuple[Path, Path]] = []
    placed: list[Path] = []
    try:
        for dest, payload in ((text_dest, body), (record_dest, record_body), (registry, new_registry)):
            staged.append((_write_temp(dest, payload), dest))
        for tmp, dest in staged:
            if dest != registry and dest.exists():  # checked above; a race must not overwrite anything
                raise NkruError(f"{os.path.relpath(dest)}: appeared while adding the source; nothing was changed")
            os.replace(tmp, dest)  # the registry goes last: it is what makes the source exist
            placed.append(dest)
    except BaseException:
        for dest in placed:
            if dest == registry:
                registry.write_bytes(old_registry)
            else:
                dest.unlink(missing_ok=True)
        for tmp, _ in staged:
            tmp.unlink(missing_ok=True)
        raise
    return AddedSource(source_id=sid, text_path=rel_text, record_path=f"seeds/curated/{sid}.yaml",
                       registry_path="seeds/sources.yaml", sha256=digest, changes=changes)


def _verify_registry(data: bytes, row: dict[str, str | None], registry: Path) -> None:
    from ruamel.yaml import YAML

    try:
        doc = YAML(typ="safe", pure=True).load(data.decode("utf-8"))
        last = doc[-1]
        ok = all(last.get(k) == v and (v is None or isinstance(last.get(k), str)) for k, v in row.items())
    except Exception:  # any failure here means our text would not read back: refuse rather than write it
        ok = False
    if not ok:
        raise NkruError(f"{os.path.relpath(registry)}: the new entry would not read back as written; "
                        "check the file's last lines (is an entry left open?)")
