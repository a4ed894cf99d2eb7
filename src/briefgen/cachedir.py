"""briefgen's one cache folder: the translation memory and converted models live in it."""

from __future__ import annotations

import os
from pathlib import Path


def cache_root() -> Path:
    """``$BRIEFGEN_CACHE``, else ``$XDG_CACHE_HOME/briefgen``, else ``~/.cache/briefgen``.

    Read on every call, never at import, so tests and callers can redirect it.
    """
    configured = os.environ.get("BRIEFGEN_CACHE")
    if configured:
        return Path(configured).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base).expanduser() / "briefgen"
