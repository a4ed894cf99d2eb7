"""Data shipped with briefgen: the glossary, the briefing templates and the Vietnamese
family names (:mod:`briefgen.data.family_names`, a file of this package).

Maintainers edit them in the repository's top-level ``glossary/`` and ``templates/``
folders; a wheel carries them here as ``briefgen/data/glossary`` and
``briefgen/data/templates`` (see pyproject.toml).
"""

from __future__ import annotations

from pathlib import Path


def data_dir(name: str) -> Path:
    """The folder ``name`` (``glossary`` or ``templates``), installed or in a checkout."""
    packaged = Path(__file__).parent / name
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[3] / name
