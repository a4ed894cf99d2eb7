"""Subword pieces for the CTranslate2 backend, straight from the tokenizer files that a
converted folder carries: SentencePiece models for Marian, ``tokenizer.json`` for NLLB.

CTranslate2 takes and returns pieces as strings, so no id mapping is needed, and reading
the files directly keeps transformers, and with it PyTorch (about 230 MB of memory before
any work), out of a process that only translates.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from briefgen.errors import ModelError
from briefgen.translate.base import NLLB_SOURCE_LANG, NLLB_TARGET_LANG

EOS = "</s>"


@dataclass
class Subwords:
    """Splits text into a model's pieces and joins its output pieces back into text."""

    encode_source: Callable[[str], list[str]]
    encode_target: Callable[[str], list[str]]
    decode: Callable[[Sequence[str]], str]
    special: frozenset[str]
    """Markers that stand for no text (language codes, end-of-sentence), unknown excluded."""
    max_positions: int
    nllb: bool = False
    unk: str = "<unk>"

    def source(self, text: str) -> list[str]:
        """Encoder input: the pieces, then end-of-sentence (NLLB: the language code first)."""
        pieces = self.encode_source(text)
        return [NLLB_SOURCE_LANG, *pieces, EOS] if self.nllb else [*pieces, EOS]

    def target(self, text: str) -> list[str]:
        """A translation's pieces as the decoder produces them, without end-of-sentence
        (NLLB: after its ``eng_Latn`` prefix)."""
        pieces = self.encode_target(text)
        return [NLLB_TARGET_LANG, *pieces] if self.nllb else pieces

    def text(self, pieces: Sequence[str]) -> str:
        """The text of a hypothesis, without special tokens and unknowns."""
        return self.decode([p for p in pieces if p not in self.special and p != self.unk]).strip()


def load_subwords(folder: Path) -> Subwords:
    """The tokenizer of a converted model folder.

    Raises:
        ModelError: the folder has neither SentencePiece models nor ``tokenizer.json``.
    """
    config = _read_json(folder / "tokenizer_config.json")
    nllb = "nllb" in str(config.get("tokenizer_class", "")).lower()
    unk = str(config.get("unk_token") or "<unk>")
    special = _special_tokens(config) - {unk}
    max_positions = min(int(config.get("model_max_length", 512)), 1024)
    if (folder / "source.spm").exists():
        return _sentencepiece(folder, special, max_positions, unk)
    if (folder / "tokenizer.json").exists():
        return _tokenizers(folder / "tokenizer.json", special, max_positions, unk, nllb=nllb)
    raise ModelError(
        f"{folder} has no tokenizer (source.spm/target.spm or tokenizer.json); "
        "reconvert it with `briefgen model convert`"
    )


def _sentencepiece(folder: Path, special: set[str], max_positions: int, unk: str) -> Subwords:
    import sentencepiece as spm

    source = spm.SentencePieceProcessor(model_file=str(folder / "source.spm"))
    target_file = folder / "target.spm"
    target = source
    if target_file.exists():
        target = spm.SentencePieceProcessor(model_file=str(target_file))
    return Subwords(
        encode_source=lambda text: source.encode(text, out_type=str),
        encode_target=lambda text: target.encode(text, out_type=str),
        # The vocabulary is shared: the model may write pieces only the source model has,
        # which SentencePiece passes through with their word-boundary mark.
        decode=lambda pieces: target.decode_pieces(list(pieces)).replace("▁", " "),
        special=frozenset(special),
        max_positions=max_positions,
        unk=unk,
    )


def _tokenizers(
    path: Path, special: set[str], max_positions: int, unk: str, *, nllb: bool
) -> Subwords:
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(path))
    added = tokenizer.get_added_tokens_decoder().values()
    special = (special | {t.content for t in added if t.special}) - {unk}

    def encode(text: str) -> list[str]:
        return tokenizer.encode(text, add_special_tokens=False).tokens

    def decode(pieces: Sequence[str]) -> str:
        ids = [tokenizer.token_to_id(p) for p in pieces]
        return tokenizer.decode([i for i in ids if i is not None])

    return Subwords(encode, encode, decode, frozenset(special), max_positions, nllb, unk)


def _special_tokens(config: dict) -> set[str]:
    names = ("bos_token", "eos_token", "unk_token", "pad_token", "sep_token", "cls_token")
    found = {config[n] for n in names if isinstance(config.get(n), str)}
    found |= {
        t["content"] for t in config.get("added_tokens_decoder", {}).values() if t.get("special")
    }
    extra = config.get("extra_special_tokens") or config.get("additional_special_tokens") or []
    return found | {t for t in extra if isinstance(t, str)}


def _read_json(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
