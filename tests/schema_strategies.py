"""Hypothesis strategies derived from the Table Schemas (never from a second copy of them)."""

from __future__ import annotations

from hypothesis import strategies as st

from nkru_data.schemas import RECORD_TABLES, schema

PARTIAL_DATES = st.dates().map(lambda d: d.isoformat()).flatmap(
    lambda iso: st.sampled_from([iso[:4], iso[:7], iso]))


def field_values(f):
    """A strategy of valid cell values (Python objects) for one schema field."""
    if f.enum is not None:
        return st.sampled_from(f.enum)
    if f.partial_date:
        return PARTIAL_DATES.filter(lambda s: s >= "0001")
    if f.type == "integer":
        return st.integers(min_value=f.minimum if f.minimum is not None else -(2**40),
                           max_value=f.maximum if f.maximum is not None else 2**40)
    if f.pattern is not None:
        return st.from_regex(f"^(?:{f.pattern})$", fullmatch=True).filter(lambda s: "\n" not in s)
    return st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=f.min_length or 0, max_size=40) \
        .filter(lambda s: s.strip() and s[0] not in "=+-@\t\r")


@st.composite
def rows(draw, table: str):
    """A valid row (dict of contract field -> Python value) of ``table``, cross-field rules respected."""
    ts = schema(table)
    row = {}
    for f in ts.fields:
        if f.required or draw(st.booleans()):
            row[f.name] = draw(field_values(f))
        else:
            row[f.name] = None
    if table in RECORD_TABLES:
        start = row["quote_start"]
        row["quote_end"] = start + draw(st.integers(1, 500))
        if row["method"] == "curated":
            row["rule_id"] = None
        elif row["rule_id"] is None:
            row["rule_id"] = "rule.x"
        if "quantity" in row:
            qual = row.get("quantity_qualifier")
            if qual == "vague":
                row["quantity"] = row["quantity_max"] = None
            if row.get("quantity") is None:
                row["quantity_max"] = None
            elif row.get("quantity_max") is not None and row["quantity_max"] < row["quantity"]:
                row["quantity_max"] = row["quantity"]
            if qual == "range" and row.get("quantity") is not None and row.get("quantity_max") is None:
                row["quantity_max"] = row["quantity"]
            if qual == "range" and row.get("quantity") is None:
                row["quantity_qualifier"] = None
    return row


def example_row(table: str) -> dict:
    """The schema's ``example`` values as one valid row."""
    row = {f.name: f.example for f in schema(table).fields}
    if table in RECORD_TABLES:
        row["rule_id"] = None
        row["method"] = "curated"
    return row
