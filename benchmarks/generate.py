"""Generate realistic synthetic data packages on the nkru-data schemas.

    python benchmarks/generate.py --rows 100k [--errors] [--out benchmarks/data] [--seed 7]

writes ``benchmarks/data/<size>[-errors]/`` holding one CSV per table and a
``datapackage.json`` whose resources carry our Table Schemas inline, so both
``nkru-data validate`` and ``frictionless validate`` accept it. Every record
table gets ``--rows`` rows; ``sources`` and ``actors`` grow with it (one
source per 100 records, a few hundred actors), and every foreign key
resolves. Quotes are German sentences with umlauts and number phrases as the
news texts have them.

With ``--errors`` a few rows of every table are broken on purpose, one kind of
error per row and field (type, required, enum, pattern, minimum/maximum,
partial-date shape and calendar, unique and primary key, foreign keys, blank
rows, missing and extra cells, cross-field rules, dates after the source was
published, spreadsheet formulas). ``seeded.json`` next to the package lists
every seeded error as ``{resource, row, field, type, kind, frictionless}``
(``row`` counts the header as row 1, as Frictionless does; ``frictionless``
says whether a stock Frictionless validator can see it).

Only columns are built (numpy indices into pools of values), so a million rows
per table take seconds, not minutes.
"""

from __future__ import annotations

import argparse
import csv
import json
import shutil
import sys
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.csv as pacsv

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from nkru_data.schemas import ID_PREFIX, RECORD_TABLES, TABLES, schema, schema_descriptor  # noqa: E402

SIZES = {"1k": 1_000, "10k": 10_000, "100k": 100_000, "1m": 1_000_000}

# --- pools of realistic values -----------------------------------------------------------------

_NUMBERS = ["1.500", "10.000", "11.000", "12.000", "rund 3.000", "etwa 11.000", "mehr als 100", "drei",
            "über 400", "mindestens 6000", "bis zu 5.000", "Tausende", "zwei Millionen", "5,8 Millionen"]
_QUOTES = [
    "Nordkorea {n} Spezialeinheiten in den Fernen Osten Russlands verlegt habe",
    "nach Angaben des südkoreanischen Geheimdienstes sollen bis Dezember {n} nordkoreanische Soldaten in Kursk stationiert sein",
    "Pjöngjang habe Russland {n} Container mit Artilleriemunition geliefert",
    "bei den Kämpfen in der Region Kursk seien {n} nordkoreanische Soldaten getötet oder verwundet worden",
    "Der russische Botschafter in Seoul wurde einbestellt",
    "Moskau und Pjöngjang bestreiten die Entsendung von {n} Soldaten",
    "Südkorea erwägt, der Ukraine Waffen zu liefern, nachdem {n} Nordkoreaner nach Russland geschickt worden seien",
    "die Beteiligung Nordkoreas könnte die Tür dafür öffnen, dass weitere Länder hineingezogen werden",
    "Kim Jong Un und Wladimir Putin unterzeichneten einen Vertrag über umfassende strategische Partnerschaft",
    "über {n} Raketen vom Typ KN-23 seien bereits auf ukrainische Städte abgefeuert worden",
    "Experten schätzen, dass Nordkorea {n} Granaten und Geschosse geliefert hat",
    "laut ukrainischem Militärgeheimdienst seien {n} Soldaten verletzt und gefangen genommen worden",
]
_ATTRIBUTIONS = [None, None, "Nach Angaben des südkoreanischen Militärs", "sagte ein Sprecher der Nachrichtenagentur AFP",
                 "Die südkoreanische Spionagebehörde hatte vergangene Woche berichtet", "wie das Verteidigungsministerium in Kiew mitteilte",
                 "berichtete die Nachrichtenagentur Yonhap unter Berufung auf Abgeordnete", "erklärte die EU-Kommission in Brüssel"]
_LOCATIONS = [None, "Kursk oblast", "Russian Far East", "Vladivostok", "Pyongyang", "Moscow", "Seoul", "Donbas", "Khabarovsk"]
_NOTES = [None, None, None, "Datum aus dem Kontext erschlossen (\"vergangene Woche\")", "Zahl ist eine Schätzung von Experten",
          "Quelle nennt keine Einheit; Anzahl laut Übersetzung", "mögliche Überschneidung mit einer früheren Meldung"]
_ITEMS = ["Artilleriegranaten", "Kurzstreckenraketen KN-23", "Mehrfachraketenwerfer", "Haubitzen Koksan", "Munition",
          "Drohnen", "Luftabwehrsysteme", "Lebensmittel", "Öl", "Satellitentechnik", "Kampfjets MiG-29"]
_TITLES = [None, None, "Treaty on Comprehensive Strategic Partnership", "Gemeinsame Erklärung", "Resolution zur Ukraine"]
_OUTLETS = ["Deutschlandfunk", "AFP", "tagesschau.de", "Der Spiegel", "Süddeutsche Zeitung", "web.de", "ZDF heute", "Die Zeit"]
_COUNTRIES = ["PRK", "RUS", "KOR", "UKR", "USA", "DEU", "FRA", "GBR", "CHN", "JPN"]
_SLUGS = ["government", "president", "mnd", "mofa", "military", "nis", "state-media", "embassy", "duma", "experts",
          "defence-ministry", "foreign-office", "intelligence", "parliament", "agency", "army", "navy", "un-mission"]
_KINDS_OF_ACTOR = ["state", "government", "head_of_state", "ministry", "military", "intelligence", "legislature",
                   "state_media", "media", "international_org", "expert", "unattributed"]
_RULES = ["de.quantity.troops-sent", "de.quantity.shells", "de.casualties.killed", "de.diplomacy.summoned",
          "de.quantity.missiles", "de.diplomacy.treaty"]


def _pick(rng: np.random.Generator, pool: list, n: int) -> pa.Array:
    """``n`` values drawn from ``pool`` (None is a null), as a string array."""
    idx = rng.integers(0, len(pool), n)
    return pa.array(pool, pa.string()).take(pa.array(idx))


def _ids(prefix: str, n: int, salt: int) -> pa.Array:
    """Distinct ``prefix-`` + 12 hex ids: an odd multiplier is a bijection modulo 2**48."""
    x = (np.arange(n, dtype=np.uint64) + np.uint64(salt)) * np.uint64(0x9E3779B97F4B) & np.uint64((1 << 48) - 1)
    return pa.array(np.char.add(prefix + "-", np.char.mod("%012x", x)).astype(object), pa.string())


def _dates(rng, n: int, lo=(2023, 1), months: int = 36) -> tuple[np.ndarray, np.ndarray]:
    """Random valid days as (month index since ``lo``, day) pairs."""
    return rng.integers(0, months, n), rng.integers(1, 29, n)


def _fmt_dates(month_idx: np.ndarray, day: np.ndarray, precision: np.ndarray, lo=(2023, 1)) -> list[str]:
    years = lo[0] + (lo[1] - 1 + month_idx) // 12
    months = (lo[1] - 1 + month_idx) % 12 + 1
    out = []
    for y, m, d, p in zip(years.tolist(), months.tolist(), day.tolist(), precision.tolist()):
        out.append(f"{y:04d}" if p == 0 else f"{y:04d}-{m:02d}" if p == 1 else f"{y:04d}-{m:02d}-{d:02d}")
    return out


def make_sources(rng, n: int) -> tuple[pa.Table, np.ndarray, np.ndarray]:
    """``n`` sources; also returns the month index and day of the earliest day each published date stands
    for (claim dates stay at or before it)."""
    ids = [f"src-{i:07d}-{slug}" for i, slug in enumerate(rng.choice(["afp", "dlf", "web", "spiegel", "zdf"], n).tolist())]
    mi, day = _dates(rng, n)
    mi = mi + 6  # published from mid-2023 on, so earlier event dates exist
    prec = rng.choice([0, 1, 2], n, p=[0.05, 0.25, 0.70])
    published = _fmt_dates(mi, day, prec)
    table = pa.table({
        "source_id": ids,
        "path": [f"seeds/texts/{s}.txt" for s in ids],
        "sha256": [f"{(i * 0x9E3779B97F4A7C15) % (1 << 64):016x}" * 4 for i in range(n)],
        "outlet": _pick(rng, _OUTLETS, n),
        "title": _pick(rng, ["Nordkoreaner trainieren angeblich im Osten Russlands", "Südkorea erwägt Waffenlieferungen",
                             "Weitere Soldaten für Putins Krieg", None], n),
        "url": [f"https://example.org/nachrichten/{s}" if i % 3 else None for i, s in enumerate(ids)],
        "language": ["de"] * n,
        "published": published,
        "published_basis": [("stated" if p == 2 else "inferred") for p in prec.tolist()],
        "notes": _pick(rng, _NOTES, n),
    })
    # month index of the *first* day the published date can stand for: claim dates stay at or before it
    return table, np.where(prec == 0, mi - (mi % 12), mi), np.where(prec == 2, day, 28)


def make_actors(rng, n: int) -> pa.Table:
    ids, seen = [], set()
    for i in range(n):
        c = _COUNTRIES[i % len(_COUNTRIES)]
        aid = f"{c.lower()}-{_SLUGS[(i // len(_COUNTRIES)) % len(_SLUGS)]}" + (f"-{i}" if i >= len(_COUNTRIES) * len(_SLUGS) else "")
        if aid not in seen:
            seen.add(aid)
            ids.append(aid)
    ids += ["int-nato", "int-un", "xxx-experts", "xxx-unattributed"]
    n = len(ids)
    return pa.table({
        "actor_id": ids,
        "name_en": [f"Actor {a}" for a in ids],
        "name_de": _pick(rng, ["südkoreanischer Geheimdienst", "Kreml", "Außenministerium", "Staatsfernsehen", None], n),
        "kind": _pick(rng, _KINDS_OF_ACTOR, n),
        "country": [None if a[:3] in ("int", "xxx") else a[:3].upper() for a in ids],
    })


def make_records(rng, table: str, n: int, sources: pa.Table, src_month: np.ndarray, src_day: np.ndarray,
                 actors: pa.Table, salt: int) -> pa.Table:
    """``n`` valid claim rows of ``table`` whose foreign keys and dates agree with ``sources`` and ``actors``."""
    ts = schema(table)
    src_idx = rng.integers(0, sources.num_rows, n)
    actor_ids = actors.column("actor_id").combine_chunks()
    qi = rng.integers(0, len(_QUOTES), n)
    ni = rng.integers(0, len(_NUMBERS), n)
    quotes = [_QUOTES[a].format(n=_NUMBERS[b]) for a, b in zip(qi.tolist(), ni.tolist())]
    start = rng.integers(0, 8000, n)
    qlen = np.fromiter((len(q) for q in quotes), dtype=np.int64, count=n)
    # claim dates: reported at (or before) the source's date, events before that
    pub_mi = src_month[src_idx]
    rep_prec = rng.choice([0, 1, 2], n, p=[0.02, 0.3, 0.68])
    rep_mi = np.maximum(pub_mi - rng.integers(0, 2, n), 0)
    rep_prec = np.where((rep_mi == pub_mi) & (rep_prec == 0), 1, rep_prec)  # a bare year could lie after the source
    rep_day = np.where(rep_mi == pub_mi, rng.integers(1, 29, n) % src_day[src_idx] + 1, rng.integers(1, 29, n))
    reported = _fmt_dates(rep_mi, rep_day, rep_prec)
    ev_mi = np.maximum(rep_mi - rng.integers(1, 6, n), 0)
    ev_prec = rng.choice([0, 1, 2], n, p=[0.1, 0.6, 0.3])
    ev = _fmt_dates(ev_mi - np.where(ev_prec == 0, ev_mi % 12, 0), rng.integers(1, 29, n), ev_prec)
    has_ev = rng.random(n) < 0.6
    has_end = has_ev & (rng.random(n) < 0.3) & (ev_prec != 0)
    end = _fmt_dates(np.minimum(ev_mi + 1, rep_mi), np.full(n, 28), np.ones(n, dtype=int))
    method = rng.random(n) < 0.8  # extracted
    cols: dict[str, object] = {
        "record_id": _ids(ID_PREFIX[table], n, salt),
        "event_key": _pick(rng, [None, None, "nis-1500-special-forces-2024-10", "kursk-deployment-2024", "shells-2023-08", "treaty-2024-06"], n),
        "source_id": sources.column("source_id").combine_chunks().take(pa.array(src_idx)),
        "quote": quotes,
        "quote_start": start.astype(str).astype(object),
        "quote_end": (start + qlen).astype(str).astype(object),
        "claimant_id": actor_ids.take(pa.array(rng.integers(0, len(actor_ids), n))),
        "attribution": _pick(rng, _ATTRIBUTIONS, n),
        "via_id": pa.array(np.where(rng.random(n) < 0.3, np.array(actor_ids.to_pylist(), dtype=object)[rng.integers(0, len(actor_ids), n)], None), pa.string()),
        "modality": _pick(rng, ["asserted", "asserted", "asserted", "expected", "possible", "denied"], n),
        "reported_date": reported,
        "event_date": pa.array(np.where(has_ev, np.array(ev, dtype=object), None), pa.string()),
        "event_date_end": pa.array(np.where(has_end, np.array(end, dtype=object), None), pa.string()),
        "method": pa.array(np.where(method, "extracted", "curated").astype(object), pa.string()),
        "rule_id": pa.array(np.where(method, np.array(_RULES, dtype=object)[rng.integers(0, len(_RULES), n)], None), pa.string()),
        "notes": _pick(rng, _NOTES, n),
    }
    names = ts.field_names
    if "quantity" in names:
        qual = rng.choice(["exact", "approx", "at_least", "more_than", "up_to", "range", "vague", None], n)
        q = rng.integers(1, 20000, n)
        qmax = q + rng.integers(1, 5000, n)
        cols["quantity"] = pa.array(np.where((qual == "vague") | (qual == None), None, q.astype(str).astype(object)), pa.string())  # noqa: E711
        cols["quantity_max"] = pa.array(np.where(qual == "range", qmax.astype(str).astype(object), None), pa.string())
        cols["quantity_qualifier"] = pa.array(qual.astype(object), pa.string())
        cols["quantity_text"] = _pick(rng, _NUMBERS + [None], n)
        cols["quantity_scope"] = _pick(rng, ["total", "additional", "unspecified", None], n)
    for f in ts.fields:  # table-specific fields: enums from the schema, the rest from pools
        if f.name in cols:
            continue
        if f.enum is not None:
            cols[f.name] = _pick(rng, list(f.enum) + ([] if f.required else [None]), n)
        elif f.name.endswith("country"):
            cols[f.name] = _pick(rng, ["PRK", "RUS", "PRK", "RUS", "KOR", "UKR"], n)
        elif f.name in ("actor_id", "counterpart_id"):
            pool = actor_ids.to_pylist() + ([] if f.required else [None] * 10)
            cols[f.name] = _pick(rng, pool, n)
        elif f.name == "location":
            cols[f.name] = _pick(rng, _LOCATIONS, n)
        elif f.name == "item":
            cols[f.name] = _pick(rng, _ITEMS, n)
        elif f.name == "caliber_mm":
            cols[f.name] = _pick(rng, [None, "152", "122", "170", "240", "7"], n)
        elif f.name == "title":
            cols[f.name] = _pick(rng, _TITLES, n)
        else:
            raise SystemExit(f"generate.py does not know how to fill {table}.{f.name}: add a pool for it")
    return pa.table({k: (v if isinstance(v, (pa.Array, pa.ChunkedArray)) else pa.array(v, pa.string())) for k, v in cols.items()}).select(names)


# --- seeded errors -------------------------------------------------------------------------------

#: (kind, table, field, bad value or None (an empty cell), the error type reported)
CELL_ERRORS = [
    ("type", "deployments", "quantity", "zwölf", "type-error"),
    ("type", "deliveries", "quote_start", "12a", "type-error"),
    ("type", "casualties", "quantity_max", "1.5", "type-error"),
    ("required", "deployments", "claimant_id", None, "constraint-error"),
    ("required", "diplomatic_acts", "act_type", None, "constraint-error"),
    ("required", "actors", "name_en", None, "constraint-error"),
    ("enum", "deployments", "modality", "behauptet", "constraint-error"),
    ("enum", "deliveries", "item_category", "Granaten", "constraint-error"),
    ("enum", "actors", "kind", "ministerium", "constraint-error"),
    ("pattern", "deployments", "from_country", "Nordkorea", "constraint-error"),
    ("pattern", "casualties", "event_key", "Kursk Einsatz", "constraint-error"),
    ("pattern", "sources", "sha256", "abc", "constraint-error"),
    ("minimum", "casualties", "quantity", "-5", "constraint-error"),
    ("minimum", "diplomatic_acts", "quote_start", "-1", "constraint-error"),
    ("maximum", "deliveries", "caliber_mm", "5000", "constraint-error"),
    ("minLength", "deliveries", "item", "", "constraint-error"),  # an empty cell is a missing value: a required error
    ("date-shape", "deployments", "reported_date", "24.10.2024", "constraint-error"),
    ("date-shape", "diplomatic_acts", "event_date", "2024-13", "constraint-error"),
    ("date-calendar", "casualties", "event_date", "2024-02-30", "date-error"),
    ("date-calendar", "sources", "published", "2023-02-29", "date-error"),
    ("foreign-key", "deployments", "source_id", "src-9999999-missing", "foreign-key"),
    ("foreign-key", "deliveries", "claimant_id", "kor-unbekannt", "foreign-key"),
    ("foreign-key", "diplomatic_acts", "counterpart_id", "rus-niemand", "foreign-key"),
    ("formula", "deployments", "attribution", "=HYPERLINK(\"http://x\",\"klick\")", "formula-error"),
    ("formula", "casualties", "notes", "@SUMME(A1:A9)", "formula-error"),
    ("formula", "actors", "name_de", "+49 30 1234", "formula-error"),
]
#: (kind, table, {field: value}, fields that carry the finding)
ROW_ERRORS = [
    ("quantity_max<quantity", "deployments", {"quantity_qualifier": "range", "quantity": "5000", "quantity_max": "100"}, ["quantity_max"]),
    ("rule_id-with-curated", "casualties", {"method": "curated", "rule_id": "de.casualties.killed"}, ["rule_id"]),
    ("extracted-without-rule_id", "deliveries", {"method": "extracted", "rule_id": None}, ["rule_id"]),
    ("quote_end<=quote_start", "diplomatic_acts", {"quote_start": "50", "quote_end": "40"}, ["quote_end"]),
    ("vague-with-quantity", "casualties", {"quantity_qualifier": "vague", "quantity": "400", "quantity_max": None}, ["quantity"]),
    ("reported-after-published", "deployments", {"reported_date": "2031-01-01", "event_date": None, "event_date_end": None}, ["reported_date"]),
    ("event-after-published", "deliveries", {"modality": "asserted", "event_date": "2030-05", "event_date_end": None}, ["event_date"]),
]


def seed_errors(rng, tables: dict[str, pa.Table]) -> tuple[dict[str, pa.Table], list[dict]]:
    """Break chosen rows of ``tables``; returns the new tables and the list of what was seeded.

    Each seeded row gets exactly one error, so the expected findings are known
    exactly. Rows are chosen away from each other and from row 0.
    """
    seeded: list[dict] = []
    used: dict[str, set[int]] = {t: {0} for t in tables}
    edits: dict[str, dict[str, dict[int, object]]] = {t: {} for t in tables}

    def free_row(table):
        n = tables[table].num_rows
        while True:
            r = int(rng.integers(1, n))
            if r not in used[table]:
                used[table].add(r)
                return r

    def note(kind, table, row, field, ftype, frictionless=True):
        seeded.append({"kind": kind, "resource": table, "row": row + 2, "field": field, "type": ftype,
                       "frictionless": frictionless})

    for kind, table, field, value, ftype in CELL_ERRORS:
        r = free_row(table)
        edits[table].setdefault(field, {})[r] = value
        note(kind, table, r, field, ftype, frictionless=ftype not in ("date-error", "formula-error"))
    for kind, table, values, fields in ROW_ERRORS:
        r = free_row(table)
        for k, v in values.items():
            edits[table].setdefault(k, {})[r] = v
        for f in fields:
            note(kind, table, r, f, "date-error" if "published" in kind else "row-constraint", frictionless=False)
    # duplicates: a record id repeated, and an actor row copied to the end (Frictionless reports the later rows only)
    first, dup = sorted((free_row("deliveries"), free_row("deliveries")))
    edits["deliveries"].setdefault("record_id", {})[dup] = tables["deliveries"].column("record_id")[first].as_py()
    note("unique", "deliveries", dup, "record_id", "unique-error")
    note("primary-key", "deliveries", dup, None, "primary-key")
    actors = tables["actors"]
    tables["actors"] = pa.concat_tables([actors, actors.slice(int(rng.integers(1, actors.num_rows)), 1)])
    note("unique", "actors", actors.num_rows, "actor_id", "unique-error")
    note("primary-key", "actors", actors.num_rows, None, "primary-key")
    out = {}
    for table, data in tables.items():
        for field, rows in edits[table].items():
            col = np.array(data.column(field).to_pylist(), dtype=object)
            for r, v in rows.items():
                col[r] = v
            data = data.set_column(data.schema.get_field_index(field), field, pa.array(col, pa.string()))
        out[table] = data
    return out, seeded


def seed_shape_errors(rng, folder: Path, tables: dict[str, pa.Table], seeded: list[dict]) -> None:
    """Rewrite a few CSV rows with too few or too many cells, and add a blank row (text-level errors)."""
    plans = {"deployments": ("missing", "extra"), "casualties": ("blank",)}
    used = {(s["resource"], s["row"]) for s in seeded}
    for table, kinds in plans.items():
        ts = schema(table)
        targets = {}
        for kind in kinds:
            while True:
                row = int(rng.integers(3, tables[table].num_rows)) + 2
                if (table, row) not in used and row not in targets:
                    break
            used.add((table, row))
            targets[row] = kind
        path = folder / f"{table}.csv"
        tmp = path.with_suffix(".tmp")
        with path.open(encoding="utf-8", newline="") as src, tmp.open("w", encoding="utf-8", newline="") as dst:
            reader = csv.reader(src)
            writer = csv.writer(dst, lineterminator="\n")
            for number, cells in enumerate(reader, start=1):
                kind = targets.get(number)
                if kind == "missing":  # last two cells cut off: both optional-or-not fields are reported
                    cells = cells[:-2]
                    for f in ts.fields[-2:]:
                        seeded.append({"kind": "missing-cell", "resource": table, "row": number, "field": f.name,
                                       "type": "missing-cell", "frictionless": True})
                        if f.required:
                            seeded.append({"kind": "missing-cell", "resource": table, "row": number, "field": f.name,
                                           "type": "constraint-error", "frictionless": True})
                elif kind == "extra":
                    cells = cells + ["überzählig"]
                    seeded.append({"kind": "extra-cell", "resource": table, "row": number, "field": None,
                                   "type": "extra-cell", "frictionless": True})
                elif kind == "blank":
                    cells = [""] * len(cells)
                    seeded.append({"kind": "blank-row", "resource": table, "row": number, "field": None,
                                   "type": "blank-row", "frictionless": True})
                    seeded.append({"kind": "blank-row", "resource": table, "row": number, "field": None,
                                   "type": "primary-key", "frictionless": True})
                writer.writerow(cells)
        tmp.replace(path)


def write_package(folder: Path, tables: dict[str, pa.Table], name: str) -> Path:
    """Write the CSVs and a ``datapackage.json`` with inline schemas; returns the descriptor's path."""
    folder.mkdir(parents=True, exist_ok=True)
    resources = []
    for table in TABLES:
        pacsv.write_csv(tables[table], folder / f"{table}.csv",
                        write_options=pacsv.WriteOptions(quoting_style="needed"))
        desc = {k: v for k, v in schema_descriptor(table).items() if k != "$schema"}
        resources.append({"name": table, "path": f"{table}.csv", "profile": "tabular-data-resource",
                          "format": "csv", "encoding": "utf-8", "schema": desc})
    descriptor = folder / "datapackage.json"
    descriptor.write_text(json.dumps({"name": name, "resources": resources}, ensure_ascii=False, indent=1), encoding="utf-8")
    return descriptor


def generate(rows: int, out: Path, errors: bool = False, seed: int = 7) -> Path:
    """Build one package of ``rows`` rows per record table under ``out``; returns its descriptor path."""
    rng = np.random.default_rng(seed)
    sources, src_month, src_day = make_sources(rng, max(20, rows // 100))
    actors = make_actors(rng, max(40, min(400, rows // 50)))
    tables = {"sources": sources, "actors": actors}
    for i, table in enumerate(RECORD_TABLES):
        tables[table] = make_records(rng, table, rows, sources, src_month, src_day, actors, salt=i * 7_919_993)
    label = next((k for k, v in SIZES.items() if v == rows), str(rows))
    folder = out / (label + ("-errors" if errors else ""))
    if folder.exists():
        shutil.rmtree(folder)
    seeded: list[dict] = []
    if errors:
        tables, seeded = seed_errors(rng, tables)
    descriptor = write_package(folder, tables, f"nkru-synthetic-{label}" + ("-errors" if errors else ""))
    if errors:
        seed_shape_errors(rng, folder, tables, seeded)
        (folder / "seeded.json").write_text(json.dumps(seeded, ensure_ascii=False, indent=1), encoding="utf-8")
    return descriptor


def parse_size(text: str) -> int:
    return SIZES.get(text.lower()) or int(text)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rows", default="10k", help="rows per record table: 1k, 10k, 100k, 1m or a number")
    ap.add_argument("--errors", action="store_true", help="seed one error of every kind the validator knows")
    ap.add_argument("--out", type=Path, default=REPO / "benchmarks" / "data")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)
    print(generate(parse_size(args.rows), args.out, args.errors, args.seed))


if __name__ == "__main__":
    main()
