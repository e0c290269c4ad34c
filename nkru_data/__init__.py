"""nkru-data: sourced claims about North Korea - Russia military cooperation.

The public API is importable from here; heavy modules load only when used,
so ``import nkru_data`` stays fast::

    import nkru_data
    table = nkru_data.load("deployments")          # pyarrow.Table, latest release
    rows = nkru_data.records("casualties")          # list of pydantic models
    report = nkru_data.validate(".")                # check a checkout's seeds/
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_LAZY = {
    # models and enums (generated from schemas/)
    **{name: "models" for name in (
        "Source", "Actor", "Deployment", "Delivery", "Casualty", "DiplomaticAct", "MODELS",
        "Modality", "Method", "QuantityQualifier", "QuantityScope", "PersonnelType", "DeploymentStatus",
        "DeliveryStatus", "ItemCategory", "Unit", "CasualtyType", "ActType", "ActorKind", "PublishedBasis",
    )},
    "PartialDate": "dates",
    "Problem": "errors", "NkruError": "errors", "ValidationFailed": "errors",
    "TABLES": "schemas", "RECORD_TABLES": "schemas", "schema": "schemas",
    "validate": "validation", "Report": "validation", "finding_keys": "validation",
    "frictionless_finding_keys": "validation",
    "review": "reviewing", "source_records": "reviewing", "ReviewRecord": "reviewing",
    "versions": "loading", "load": "loading", "records": "loading", "package": "loading", "verify": "loading", "export": "loading",
    "build": "release", "collect_tables": "release", "BuildResult": "release",
    "diff": "changes", "Changes": "changes",
    "add_source": "contribute", "AddedSource": "contribute",
    # (from the modules that define them, so that no submodule imported later can shadow a function)
    "extract": "extract", "extract_files": "extract.files", "evaluate": "extract.scoring",
    "EvalReport": "extract.scoring", "merge_records": "extract.merge",
}

__all__ = ["__version__", *_LAZY]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'nkru_data' has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


if TYPE_CHECKING:  # pragma: no cover - for type checkers and IDEs only
    from .dates import PartialDate
    from .errors import NkruError, Problem, ValidationFailed
    from .models import *  # noqa: F401,F403
    from .schemas import RECORD_TABLES, TABLES, schema
    from .validation import Report, validate
    from .reviewing import ReviewRecord, review, source_records
    from .changes import Changes, diff
    from .loading import export, load, package, records, verify, versions
    from .release import BuildResult, build, collect_tables
