"""briefgen: Vietnamese→English translation with guaranteed ASEAN terminology, and briefings.

The public API lives here; the CLI in :mod:`briefgen.cli` is a thin layer over it::

    from briefgen import StackSettings, open_stack, translate_text
    from briefgen.glossary import load_glossaries

    with open_stack(StackSettings(model="./opus-mt-vi-en", glossary=load_glossaries())) as stack:
        print(translate_text("Hội nghị Bộ trưởng ASEAN", stack))
"""

from __future__ import annotations

from briefgen.errors import BriefgenError
from briefgen.pipeline import build_brief, translate_document, translate_text
from briefgen.translate.stack import Signature, Stack, StackSettings, open_stack
from briefgen.version import __version__

__all__ = [
    "BriefgenError",
    "Signature",
    "Stack",
    "StackSettings",
    "__version__",
    "build_brief",
    "open_stack",
    "translate_document",
    "translate_text",
]
