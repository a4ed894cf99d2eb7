"""Marian (OPUS-MT, Tatoeba-MT): separate SentencePiece models per language, no codes."""

from briefgen.translate.families.base import ModelFamily

MARIAN = ModelFamily(
    name="marian",
    config_class="MarianConfig",
    tokenizer_classes=("MarianTokenizer",),
    subword_files="sentencepiece",
    description="Marian / OPUS-MT (e.g. Helsinki-NLP/opus-mt-vi-en)",
)
