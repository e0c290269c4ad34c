"""The development loop: extraction over a checkout's texts against its curated records.

``evaluate(root)`` runs :func:`~nkru_data.extract.extract` over every text
in ``seeds/`` (with the published dates of ``seeds/sources.yaml``) and
compares the numeric claims with the curated ones: a claim matches when
source, table and quantity agree (casualties: also ``casualty_type``).
``evaluate_articles(folder)`` does the same for a folder of test articles
(``<name>.txt`` with the expected claims in ``<name>.yaml``, as in
``tests/extraction/``).
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..dates import parse_partial_date
from ..errors import NkruError
from ..schemas import RECORD_TABLES

__all__ = ["Claim", "TableScore", "EvalReport", "evaluate", "evaluate_articles", "match_claims", "NUMERIC_TABLES"]

#: Tables whose records carry quantities.
NUMERIC_TABLES = ("deployments", "deliveries", "casualties")
#: Fields compared on matched claims.
COMPARED = ("quantity_qualifier", "claimant_id", "modality")


@dataclass(frozen=True)
class Claim:
    """A numeric claim reduced to what evaluation compares."""

    source_id: str
    table: str
    quantity: int
    casualty_type: str | None
    quantity_qualifier: str | None
    claimant_id: str | None
    modality: str | None
    quote: str
    quote_start: int
    rule_id: str | None = None

    @property
    def key(self) -> tuple:
        return (self.source_id, self.table, self.quantity, self.casualty_type if self.table == "casualties" else None)

    @classmethod
    def from_row(cls, table: str, row: dict[str, Any]) -> "Claim | None":
        q = row.get("quantity")
        if q in (None, ""):
            return None
        val = lambda k: None if row.get(k) in (None, "") else str(getattr(row[k], "value", row[k]))  # noqa: E731
        return cls(str(row.get("source_id")), table, int(q), val("casualty_type"), val("quantity_qualifier"),
                   val("claimant_id"), val("modality"), str(row.get("quote") or ""), int(row.get("quote_start") or 0),
                   val("rule_id"))


@dataclass
class TableScore:
    """Counts for one table."""

    expected: int = 0
    found: int = 0
    matched: int = 0

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else 1.0


@dataclass
class EvalReport:
    """Scores per table, accuracy of compared fields on matched claims, and the misses and extras."""

    tables: dict[str, TableScore] = field(default_factory=dict)
    agreement: dict[str, tuple[int, int]] = field(default_factory=dict)  # field -> (right, matched)
    matches: list[tuple[Claim, Claim]] = field(default_factory=list)      # (expected, found)
    misses: list[Claim] = field(default_factory=list)
    extras: list[Claim] = field(default_factory=list)
    #: registered texts left out because no record of any table is curated for them yet (their extractions
    #: would all count as extras)
    not_curated: list[str] = field(default_factory=list)

    @property
    def total(self) -> TableScore:
        t = TableScore()
        for s in self.tables.values():
            t.expected += s.expected
            t.found += s.found
            t.matched += s.matched
        return t

    def accuracy(self, name: str) -> float:
        right, n = self.agreement.get(name, (0, 0))
        return right / n if n else 1.0

    def disagreements(self, name: str) -> list[tuple[Claim, Claim]]:
        return [(e, f) for e, f in self.matches if getattr(e, name) != getattr(f, name)]

    def to_text(self) -> str:
        """A readable report: scores per table, field accuracy, then every miss, extra and disagreement."""
        lines = [f"{'table':<16}{'expected':>9}{'found':>7}{'matched':>8}{'precision':>10}{'recall':>8}"]
        for name, s in [*self.tables.items(), ("all", self.total)]:
            lines.append(f"{name:<16}{s.expected:>9}{s.found:>7}{s.matched:>8}{s.precision:>10.2f}{s.recall:>8.2f}")
        lines.append("")
        # (A field the expected claims do not state, such as modality in test articles, is not reported.)
        fields = [f for f in COMPARED if not self.matches or any(getattr(e, f) is not None for e, _ in self.matches)]
        lines.append("on matched claims: " + ", ".join(
            f"{f} {self.accuracy(f):.2f} ({self.agreement.get(f, (0, 0))[0]}/{self.agreement.get(f, (0, 0))[1]})"
            for f in fields))

        def show(c: Claim) -> str:
            kind = f" {c.casualty_type}" if c.casualty_type else ""
            return f"{c.source_id}: {c.table}{kind} {c.quantity} [{c.quantity_qualifier}, {c.claimant_id}, {c.modality}] «{c.quote[:90]}»"

        for title, items in (("misses (curated, not extracted)", self.misses), ("extras (extracted, not curated)", self.extras)):
            lines += ["", f"{title}: {len(items)}"] + [f"  - {show(c)}" for c in items]
        for f in fields:
            diff = self.disagreements(f)
            if diff:
                lines += ["", f"{f} differs on {len(diff)}:"]
                lines += [f"  - {e.source_id}: {e.table} {e.quantity}: curated {getattr(e, f)}, extracted {getattr(x, f)}"
                          for e, x in diff]
        if self.not_curated:
            lines += ["", f"not scored (registered, no curated records yet): {len(self.not_curated)}"]
            lines += [f"  - {sid}" for sid in self.not_curated]
        return "\n".join(lines)


def match_claims(expected: list[Claim], found: list[Claim]) -> EvalReport:
    """Match two lists of numeric claims one to one by (source, table, quantity[, casualty_type]).

    Where one key has several candidates (the same number claimed by two
    sources), pairs that also agree on the claimant are made first; among the
    candidates left, the one with the nearest quote is taken, so the pairing
    is deterministic. How many claims match does not depend on this order.
    """
    report = EvalReport(tables={t: TableScore() for t in NUMERIC_TABLES})
    pool: dict[tuple, list[Claim]] = defaultdict(list)
    for f in found:
        pool[f.key].append(f)
        report.tables.setdefault(f.table, TableScore()).found += 1
    paired: dict[int, Claim] = {}
    for same_claimant in (True, False):
        for i, e in enumerate(expected):
            if i in paired:
                continue
            cands = [c for c in pool.get(e.key, ()) if not same_claimant or c.claimant_id == e.claimant_id]
            if not cands:
                continue
            best = min(cands, key=lambda c: (abs(c.quote_start - e.quote_start), c.quote_start))
            pool[e.key].remove(best)
            paired[i] = best
    for i, e in enumerate(expected):
        report.tables.setdefault(e.table, TableScore()).expected += 1
        if i in paired:
            report.matches.append((e, paired[i]))
            report.tables[e.table].matched += 1
        else:
            report.misses.append(e)
    report.extras = sorted((c for cs in pool.values() for c in cs), key=lambda c: (c.source_id, c.quote_start))
    for name in COMPARED:
        # (modality only where the expected claim states one: test-article specs may leave it out)
        pairs = [(e, f) for e, f in report.matches if name != "modality" or e.modality is not None]
        report.agreement[name] = (sum(1 for e, f in pairs if getattr(e, name) == getattr(f, name)), len(pairs))
    return report


def evaluate(root: str | Path = ".") -> EvalReport:
    """Extract from every registered text under ``root/seeds`` and score against the curated records.

    Raises :class:`~nkru_data.errors.NkruError` when ``root`` has no
    ``seeds/sources.yaml`` or its inputs cannot be read at all; records
    with problems are still compared where they can be.
    """
    from ..seeds import load_inputs
    from .core import extract_rows

    root = Path(root)
    if not (root / "seeds" / "sources.yaml").is_file():
        raise NkruError(f"{root / 'seeds' / 'sources.yaml'} not found: give the repository root (the folder holding seeds/)")
    inputs = load_inputs(root)
    published = {}
    src = inputs.tables["sources"]
    for sid, pub in zip(src.column("source_id").to_pylist(), src.column("published").to_pylist()):
        if sid and pub:
            published[sid] = pub
    curated = {sid for table in RECORD_TABLES for sid in inputs.tables[table].column("source_id").to_pylist()}
    expected: list[Claim] = []
    for table in RECORD_TABLES:
        if table not in NUMERIC_TABLES:
            continue
        for row in inputs.tables[table].to_pylist():
            if row.get("source_id") in inputs.texts and row.get("quote_start") not in (None, ""):
                try:
                    c = Claim.from_row(table, row)
                except ValueError:
                    continue
                if c is not None:
                    expected.append(c)
    found: list[Claim] = []
    for sid in sorted(inputs.texts):
        if sid not in published or sid not in curated:
            continue
        try:
            date = parse_partial_date(str(published[sid]))
        except ValueError:
            continue  # the validator reports a bad date; a broken rule file must still fail loudly below
        rows = extract_rows(inputs.texts[sid], date, sid)
        for table, row in rows:
            if table in NUMERIC_TABLES:
                c = Claim.from_row(table, row)
                if c is not None:
                    found.append(c)
    expected.sort(key=lambda c: (c.source_id, c.quote_start))
    report = match_claims(expected, found)
    report.not_curated = sorted(sid for sid in inputs.texts if sid not in curated)
    return report


def evaluate_articles(folder: str | Path) -> EvalReport:
    """Extract from every ``<name>.txt`` in ``folder`` and score against the claims of ``<name>.yaml``.

    The YAML holds ``published`` (a partial date) and ``claims``: a list of
    ``{table, quantity, qualifier, claimant}`` (casualties also
    ``casualty_type``; optionally ``modality``, compared only where it is
    written down); see ``tests/extraction/README.md``. Raises
    :class:`~nkru_data.errors.NkruError` naming the file when a YAML file is
    missing or malformed.
    """
    from ruamel.yaml import YAML
    from ruamel.yaml.error import YAMLError

    from .core import extract_rows

    folder = Path(folder)
    texts = sorted(folder.glob("*.txt"))
    if not texts:
        raise NkruError(f"{folder}: no <name>.txt test articles here")
    expected: list[Claim] = []
    found: list[Claim] = []
    for path in texts:
        spec = path.with_suffix(".yaml")
        try:
            doc = YAML(typ="safe").load(spec.read_text(encoding="utf-8"))
            published = parse_partial_date(str(doc["published"]))
            for c in doc.get("claims") or ():
                expected.append(Claim(path.stem, c["table"], int(c["quantity"]), c.get("casualty_type"),
                                      c["qualifier"], str(c["claimant"]), c.get("modality"), "", 0))
        except FileNotFoundError:
            raise NkruError(f"{spec}: missing (every test article needs its expected claims)") from None
        except (YAMLError, KeyError, TypeError, ValueError) as exc:
            raise NkruError(f"{spec}: not a test-article spec ({type(exc).__name__}: {exc})") from None
        text = unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))
        for table, row in extract_rows(text, published, path.stem):
            c = Claim.from_row(table, row) if table in NUMERIC_TABLES else None
            if c is not None:
                found.append(c)
    return match_claims(expected, found)
