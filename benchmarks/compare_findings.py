"""Compare nkru-data's findings with Frictionless's, and both with what was seeded.

    python benchmarks/compare_findings.py benchmarks/data/10k-errors/datapackage.json

Prints the (resource, row, field, type) findings each validator reports and
where they differ; exits 1 on any disagreement among the kinds Frictionless
knows, or when a seeded error (``seeded.json``) is missed. nkru-data's own
checks (dates against the source, real calendar dates, cross-field rules,
formulas) are listed separately: Frictionless cannot see them.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def compare(descriptor: Path) -> dict:
    import frictionless

    from nkru_data.validation import finding_keys, frictionless_finding_keys, validate

    ours = validate(descriptor)
    theirs = frictionless_finding_keys(frictionless.validate(str(descriptor), limit_errors=10**9))
    mine = finding_keys(ours, frictionless=True)
    extras = finding_keys(ours, frictionless=False)
    result = {"ours": len(mine), "frictionless": len(theirs), "only_ours": sorted(mine - theirs, key=str),
              "only_frictionless": sorted(theirs - mine, key=str), "extras": len(extras)}
    seeded_path = descriptor.parent / "seeded.json"
    if seeded_path.exists():
        seeded = {(s["resource"], s["row"], s["field"], s["type"]) for s in json.loads(seeded_path.read_text(encoding="utf-8"))}
        result["seeded"] = len(seeded)
        result["seeded_missed"] = sorted(seeded - (mine | extras), key=str)
    return result


def main() -> None:
    descriptor = Path(sys.argv[1] if len(sys.argv) > 1 else REPO / "benchmarks/data/10k-errors/datapackage.json")
    r = compare(descriptor)
    print(f"nkru-data (Frictionless kinds): {r['ours']} findings; frictionless: {r['frictionless']}; nkru-data extras: {r['extras']}")
    for label in ("only_ours", "only_frictionless", "seeded_missed"):
        for key in r.get(label, []):
            print(f"{label}: {key}")
    bad = r["only_ours"] or r["only_frictionless"] or r.get("seeded_missed")
    print("DISAGREE" if bad else "AGREE: same (resource, row, field, type) set" + (", every seeded error found" if "seeded" in r else ""))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
