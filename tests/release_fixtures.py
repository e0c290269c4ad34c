"""Throw-away repositories with known records, for the release and loading tests.

The fixture writes its own record file for ``dlf-2024-10-22`` (replacing any
curated records in the copy), so these tests do not depend on how far the
curation of the real inputs has got.
"""

from __future__ import annotations

import shutil
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

#: Record file used by the release tests: one record per claim table, umlauts in quotes and notes.
RECORDS_V1 = """\
source_id: dlf-2024-10-22
records:
  - table: deployments
    quote: Nordkorea 1.500 Spezialeinheiten in den Fernen Osten Russlands verlegt habe
    claimant_id: kor-nis
    attribution: Die südkoreanische Spionagebehörde hatte vergangene Woche berichtet
    modality: asserted
    reported_date: 2024-10
    quantity: 1500
    quantity_qualifier: exact
    quantity_text: "1.500"
    from_country: PRK
    to_country: RUS
    personnel_type: special_forces
    location: Russian Far East
    status: training
  - table: deployments
    quote: die Entsendung von 10.000 Soldaten nach Russland vorzubereiten
    claimant_id: ukr-president
    attribution: Der ukrainische Präsident Wolodymyr Selenskyj beschuldigte Pjöngjang
    modality: expected
    quantity: 10000
    quantity_qualifier: exact
    quantity_text: "10.000"
    from_country: PRK
    to_country: RUS
    personnel_type: troops
    status: planned
  - table: deliveries
    quote: Laut Experten setzt Russland in der Ukraine nordkoreanische Raketen ein
    claimant_id: xxx-experts
    attribution: Laut Experten
    modality: asserted
    supplier_country: PRK
    recipient_country: RUS
    item_category: missiles
    item: nordkoreanische Raketen
    status: in_use
  - table: diplomatic_acts
    quote: Der russische Botschafter in Seoul wurde einbestellt
    claimant_id: deu-dlf
    modality: asserted
    act_type: ambassador_summoned
    actor_id: kor-government
    counterpart_id: rus-embassy-seoul
    location: Seoul
    notes: "Quelle nennt keinen Tag; Größe der Delegation unbekannt, \\"einbestellt\\", Komma"
"""

#: The same file one release later: the first record changed (location), the
#: second removed, a new one added.
RECORDS_V2 = RECORDS_V1.replace("    location: Russian Far East\n", "    location: Far East of Russia\n").replace(
    """  - table: deployments
    quote: die Entsendung von 10.000 Soldaten nach Russland vorzubereiten
    claimant_id: ukr-president
    attribution: Der ukrainische Präsident Wolodymyr Selenskyj beschuldigte Pjöngjang
    modality: expected
    quantity: 10000
    quantity_qualifier: exact
    quantity_text: "10.000"
    from_country: PRK
    to_country: RUS
    personnel_type: troops
    status: planned
""", "") + """\
  - table: diplomatic_acts
    quote: Moskau und Pjöngjang bestreiten das
    claimant_id: rus-government
    modality: denied
    act_type: denial
    actor_id: rus-government
"""


#: A second record file so every table has rows (casualties come from this source).
CASUALTIES = """\
source_id: web-2025-03-additional-troops
records:
  - table: casualties
    quote: über 400 nordkoreanische Soldaten gefallen
    claimant_id: kor-nis
    modality: asserted
    quantity: 400
    quantity_qualifier: more_than
    quantity_text: über 400
    party_country: PRK
    casualty_type: killed
    location: Kursk oblast
"""


def make_repo(dest: Path, records: str = RECORDS_V1) -> Path:
    """A repository root under ``dest`` with the real seeds and schemas and the fixture records."""
    root = dest / "repo"
    root.mkdir(parents=True)
    shutil.copytree(REPO / "seeds", root / "seeds", ignore=shutil.ignore_patterns("curated"))
    (root / "seeds" / "curated").mkdir()
    write_records(root, records)
    (root / "seeds" / "curated" / "web-2025-03-additional-troops.yaml").write_text(CASUALTIES, encoding="utf-8")
    return root


def write_records(root: Path, records: str) -> None:
    (root / "seeds" / "curated" / "dlf-2024-10-22.yaml").write_text(records, encoding="utf-8", newline="\n")
