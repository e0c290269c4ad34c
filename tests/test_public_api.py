"""The public API is importable from ``nkru_data`` and stays callable whatever was imported before."""

from __future__ import annotations

import subprocess
import sys

import nkru_data

from .conftest import REPO


def test_every_public_name_resolves():
    for name in nkru_data.__all__:
        assert getattr(nkru_data, name) is not None, name


def test_functions_stay_functions_after_every_submodule_is_imported():
    """A submodule named like a function (``validate``, ``extract``) must not shadow the function."""
    code = (
        "import importlib, pkgutil, nkru_data\n"
        "for m in pkgutil.walk_packages(nkru_data.__path__, 'nkru_data.'):\n"
        "    if not m.name.endswith(('__main__', '_codegen')):\n"
        "        importlib.import_module(m.name)\n"
        "import nkru_data.extract, types\n"
        "for name in ('validate', 'load', 'records', 'versions', 'package', 'verify', 'build', 'diff', 'review', 'extract',\n"
        "             'add_source', 'evaluate', 'extract_files', 'merge_records'):\n"
        "    assert callable(getattr(nkru_data, name)), name\n"
        "for name in nkru_data.__all__:  # (nkru_data.extract is the one module, and it is callable)\n"
        "    assert name == 'extract' or not isinstance(getattr(nkru_data, name), types.ModuleType), name\n"
        "for name in nkru_data.extract.__all__:  # (the subpackage's functions too: 'evaluate' was its submodule)\n"
        "    assert not isinstance(getattr(nkru_data.extract, name), types.ModuleType), name\n"
        "assert callable(nkru_data.extract.evaluate) and callable(nkru_data.extract.check_rules)\n"
        "print('ok')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and result.stdout.strip() == "ok", result.stderr


def test_validate_through_the_package(tmp_path):
    report = nkru_data.validate(REPO)
    assert report.ok and report.counts["sources"] == 5
