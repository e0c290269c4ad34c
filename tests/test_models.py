"""The pydantic models agree with the Table Schemas field by field, and are generated from them."""

from __future__ import annotations

import typing

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import nkru_data
from nkru_data import _codegen
from nkru_data.check import check_table
from nkru_data.models import MODELS
from nkru_data.schemas import TABLES, schema

from .schema_strategies import rows

import pyarrow as pa


def test_models_py_is_generated_from_current_schemas():
    from pathlib import Path

    committed = Path(_codegen.__file__).with_name("models.py").read_text(encoding="utf-8")
    assert committed == _codegen.render(), "run: python -m nkru_data._codegen"


@pytest.mark.parametrize("table", TABLES)
def test_fields_types_requiredness_and_enums_agree(table):
    model = MODELS[table]
    ts = schema(table)
    assert list(model.model_fields) == ts.field_names
    for f in ts.fields:
        mf = model.model_fields[f.name]
        assert mf.is_required() == f.required, f.name
        ann = mf.annotation
        inner = [a for a in typing.get_args(ann) if a is not type(None)] or [ann]
        typ = inner[0]
        if f.enum is not None:
            assert [m.value for m in typ] == list(f.enum), f.name
            assert typ.__name__ == f.enum_class
        elif f.partial_date:
            assert typ is nkru_data.PartialDate
        else:
            assert typ is {"string": str, "integer": int}[f.type], f.name
        assert mf.description == f.description


def test_enums_importable_from_package():
    from nkru_data import Deployment, Modality  # noqa: F401

    assert Modality("denied") == "denied"
    assert nkru_data.Deployment is Deployment


def _one_row_table(table, row):
    return pa.table({k: pa.array([None if v is None else str(v)], pa.string()) for k, v in row.items()})


@pytest.mark.parametrize("table", TABLES)
@settings(max_examples=25, deadline=None)
@given(data=st.data())
def test_valid_model_instances_pass_the_schema_check(table, data):
    row = data.draw(rows(table))
    instance = MODELS[table](**row)
    dumped = instance.model_dump(mode="json")
    assert check_table(table, _one_row_table(table, dumped)) == []


@pytest.mark.parametrize("table", TABLES)
@settings(max_examples=25, deadline=None)
@given(data=st.data())
def test_broken_constraint_reported_on_its_field(table, data):
    row = data.draw(rows(table))
    ts = schema(table)
    candidates = [f for f in ts.fields if f.required or f.enum or f.minimum is not None]
    f = data.draw(st.sampled_from(candidates))
    if f.enum is not None:
        bad = "not-a-" + f.enum[0]
    elif f.minimum is not None:
        bad = f.minimum - 1
    else:
        bad = None
    broken = {**row, f.name: bad}
    findings = check_table(table, _one_row_table(table, broken))
    assert any(x.field == f.name for x in findings), findings
    import pydantic

    with pytest.raises(pydantic.ValidationError) as exc:
        MODELS[table](**broken)
    assert any(e["loc"][:1] == (f.name,) or f.name in str(e) for e in exc.value.errors())
