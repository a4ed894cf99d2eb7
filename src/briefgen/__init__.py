"""briefgen: Vietnamese→English translation with guaranteed ASEAN terminology, and briefings.

The public API lives here; the CLI in :mod:`briefgen.cli` is a thin layer over it.
"""

from __future__ import annotations

from briefgen.errors import BriefgenError
from briefgen.pipeline import translate_document, translate_text
from briefgen.version import __version__

__all__ = ["BriefgenError", "__version__", "translate_document", "translate_text"]
