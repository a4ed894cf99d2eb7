"""briefgen: Vietnamese→English translation with guaranteed ASEAN terminology, and briefings.

The public API lives here; the CLI in :mod:`briefgen.cli` is a thin layer over it.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("briefgen")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0+unknown"

from briefgen.errors import BriefgenError
from briefgen.pipeline import translate_document, translate_text

__all__ = ["BriefgenError", "__version__", "translate_document", "translate_text"]
