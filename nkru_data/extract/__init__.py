"""Rule-based extraction of claims from German news text.

``extract(text, published=...)`` returns typed records; the rules are data
in ``rules/*.yaml``. ``evaluate(root)`` compares extraction with the curated
records of a checkout, ``merge_records`` combines curated and extracted rows
for a release, ``extract_files`` runs over many files (on several cores).
``check_rules()`` lists what is wrong in the rule files, by file, line and key.
"""

from __future__ import annotations

import sys
import types
from importlib import import_module
from typing import Any

_LAZY = {
    "extract": "core", "extract_rows": "core", "UNREGISTERED_SOURCE": "core",
    "extract_files": "files", "FileResult": "files",
    "evaluate": "scoring", "EvalReport": "scoring",
    "merge_records": "merge",
    "load_lexicon": "lexicon", "RULES_DIR": "lexicon",
    "check_rules": "rulecheck", "RulesError": "rulecheck",
}

__all__ = list(_LAZY)


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'nkru_data.extract' has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


class _CallableModule(types.ModuleType):
    """Lets ``nkru_data.extract(text, published=...)`` work even after ``nkru_data.extract`` the
    package has been imported (Python then binds the name to this module, not the function)."""

    def __call__(self, text: str, *, published: str, source_id: str | None = None) -> list:
        from .core import extract

        return extract(text, published=published, source_id=source_id)


sys.modules[__name__].__class__ = _CallableModule
