"""The installed briefgen version, importable by any module without importing the package's
public API (which would pull in the whole pipeline)."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("briefgen")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0+unknown"
