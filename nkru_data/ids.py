"""Stable record ids.

An id is the table's prefix and 12 hex characters of a SHA-256 over the
fields that say *which* claim a record is (source, table, quote offsets,
claimant and the fields that tell records on one quote apart), not over the
fields a curator may still correct (notes, dates, qualifiers). Fixing a typo
in a note keeps the id; rebuilding always gives the same ids.
"""

from __future__ import annotations

import hashlib
from typing import Mapping

from .schemas import ID_PREFIX

__all__ = ["record_id", "IDENTITY_FIELDS"]

#: Per table, the fields besides source, offsets and claimant that make a record distinct.
IDENTITY_FIELDS: dict[str, tuple[str, ...]] = {
    "deployments": ("personnel_type", "quantity_scope", "modality"),
    "deliveries": ("item_category", "supplier_country", "recipient_country", "modality"),
    "casualties": ("casualty_type", "party_country", "modality"),
    "diplomatic_acts": ("act_type", "actor_id", "counterpart_id", "modality"),
}


def record_id(table: str, row: Mapping[str, object]) -> str:
    """The stable id of a claim row (a mapping with the contract's field names).

    Raises ``KeyError`` for a table that has no records.
    """
    parts = [table, row.get("source_id"), row.get("quote_start"), row.get("quote_end"), row.get("claimant_id")]
    parts += [row.get(f) for f in IDENTITY_FIELDS[table]]
    key = "\x1f".join("" if p is None else str(getattr(p, "value", p)) for p in parts)
    return f"{ID_PREFIX[table]}-{hashlib.sha256(key.encode('utf-8')).hexdigest()[:12]}"
