"""Hand-written rules the generated models share (see ``models.py``).

The schemas can say a field is required or below a maximum, but not how two
fields of one row relate; those rules live here, once, for every claim table.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, model_validator


class Row(BaseModel):
    """Base of every table model: unknown fields are errors, instances are immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=False)


class ClaimRow(Row):
    """Base of the four claim tables: cross-field rules of the data contract."""

    @model_validator(mode="after")
    def _cross_field_rules(self):
        for message in claim_rule_violations(self.__dict__):
            raise ValueError(message)
        return self


def claim_rule_violations(row: dict) -> list[str]:
    """Cross-field rules broken by one claim row (a mapping of field names to values).

    Shared by the models and the validator so the two never disagree.
    """
    out: list[str] = []
    start, end = row.get("quote_start"), row.get("quote_end")
    if start is not None and end is not None and end <= start:
        out.append(f"quote_end {end} must be greater than quote_start {start}")
    q, qmax = row.get("quantity"), row.get("quantity_max")
    if q is not None and qmax is not None and qmax < q:
        out.append(f"quantity_max {qmax} is below quantity {q}")
    qual = row.get("quantity_qualifier")
    qual = getattr(qual, "value", qual)
    if qual == "vague" and q is not None:
        out.append("quantity must be empty when quantity_qualifier is 'vague'")
    if qual == "range" and qmax is None:
        out.append("quantity_max is required when quantity_qualifier is 'range'")
    if qmax is not None and q is None:
        out.append("quantity_max is set but quantity is empty")
    method = row.get("method")
    method = getattr(method, "value", method)
    if method == "extracted" and not row.get("rule_id"):
        out.append("rule_id is required when method is 'extracted'")
    if method == "curated" and row.get("rule_id"):
        out.append("rule_id must be empty when method is 'curated'")
    return out
