"""Fingerprint of a directory tree, to prove a failed command changed nothing."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path


def tree_digest(root: Path) -> dict[str, str]:
    """Map every entry under ``root`` (files, folders, symlinks; relative POSIX path) to a digest
    of its kind, mode and content. Two equal results mean a byte-identical tree."""
    out: dict[str, str] = {}
    root = Path(root)
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        for name in sorted(dirnames + filenames):
            p = Path(dirpath) / name
            rel = p.relative_to(root).as_posix()
            st = p.lstat()
            if p.is_symlink():
                out[rel] = "link:" + os.readlink(p)
            elif p.is_dir():
                out[rel] = f"dir:{st.st_mode:o}"
            else:
                h = hashlib.sha256()
                with p.open("rb") as fh:
                    for chunk in iter(lambda: fh.read(1 << 20), b""):
                        h.update(chunk)
                out[rel] = f"file:{st.st_mode:o}:{st.st_size}:{h.hexdigest()}"
    return out
