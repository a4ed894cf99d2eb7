"""The tiny test models do not change when the glossary grows, yet can spell all of it.

Their SentencePiece vocabulary once trained on the live glossary's English, so every new
row with new English words retrained it and changed the random models' output: format and
model tests that never look at the glossary broke (a tiny T5 translated 'Việt Nam.' to
nothing, an HTML link and a title were lost). They now train on a fixed term list.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import briefgen.glossary
from briefgen.glossary import load_glossaries
from conftest import TINY_TERMS, english_lines

NEW_ROWS = (
    "Hiệp định thử nghiệm Zorblax\tZorblax Quibble Trial Agreement\n"
    "Sáng kiến Phát triển toàn cầu\tGlobal Development Initiative\n"
    "Tuyên bố ASEAN về Biển Đông\tASEAN Declaration on the South China Sea\n"
)


@pytest.fixture
def grown_glossary(tmp_path: Path, monkeypatch) -> None:
    """The built-in glossary with rows that bring English words it has never had."""
    extra = tmp_path / "zz-new-rows.tsv"
    extra.write_text("vi\ten\n" + NEW_ROWS, encoding="utf-8")
    builtin = briefgen.glossary.builtin_paths()
    monkeypatch.setattr(briefgen.glossary, "builtin_paths", lambda: (*builtin, extra))


def test_new_glossary_rows_leave_the_tiny_models_training_text_alone(grown_glossary):
    grown = load_glossaries()
    assert grown.get("Hiệp định thử nghiệm Zorblax").en == "Zorblax Quibble Trial Agreement"
    assert "Zorblax" not in "\n".join(english_lines())


def test_tiny_models_can_spell_every_glossary_term():
    """SentencePiece keeps every character of its training text (coverage 1.0), so a term
    whose characters all occur there can be written by the tiny models."""
    known = set("".join(english_lines()))
    missing = {ch for e in load_glossaries() for ch in e.en if ch not in known}
    assert not missing, (
        f"glossary English uses characters the tiny test models cannot write: {missing}; "
        f"add the terms that use them to tests/data/{TINY_TERMS.name} (the tiny models' "
        "output then changes once, on purpose)"
    )
