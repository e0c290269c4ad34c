"""Where the schemas and releases live, installed or in a checkout.

A built wheel carries them inside the package (``nkru_data/_schemas``,
``nkru_data/_releases``, see ``pyproject.toml``); a source checkout or an
editable install reads the top-level ``schemas/`` and ``releases/`` folders.
"""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
REPO_ROOT = PACKAGE_DIR.parent


def data_dir(name: str) -> Path:
    """The folder holding ``schemas`` or ``releases``: bundled copy first, checkout second."""
    bundled = PACKAGE_DIR / f"_{name}"
    if bundled.is_dir():
        return bundled
    return REPO_ROOT / name
