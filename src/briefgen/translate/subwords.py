"""Subword pieces for the CTranslate2 backend, straight from the tokenizer files that a
converted folder carries, read the way the model's family says (SentencePiece models for
Marian, ``tokenizer.json`` for NLLB).

CTranslate2 takes and returns pieces as strings, so no id mapping is needed, and reading
the files directly keeps transformers, and with it PyTorch (about 230 MB of memory before
any work), out of a process that only translates.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from briefgen.errors import ModelError
from briefgen.translate.families import ModelFamily, family_of_converted, read_json


@dataclass
class Subwords:
    """Splits text into a model's pieces and joins its output pieces back into text."""

    encode_source: Callable[[str], list[str]]
    encode_target: Callable[[str], list[str]]
    decode: Callable[[Sequence[str]], str]
    special: frozenset[str]
    """Markers that stand for no text (language codes, end-of-sentence), unknown excluded."""
    max_positions: int
    family: ModelFamily
    unk: str = "<unk>"

    def source(self, text: str) -> list[str]:
        """Encoder input as the family builds it: its source prefix and language code if
        any, the pieces, then end-of-sentence."""
        return self.family.source_tokens(self.encode_source(self.family.prepare(text)))

    def target(self, text: str) -> list[str]:
        """A translation's pieces as the decoder produces them, without end-of-sentence
        (after the family's forced target code, if any)."""
        return [*self.family.target_prefix(), *self.encode_target(text)]

    def text(self, pieces: Sequence[str]) -> str:
        """The text of a hypothesis, without special tokens and unknowns."""
        return self.decode([p for p in pieces if p not in self.special and p != self.unk]).strip()


def load_subwords(folder: Path) -> Subwords:
    """The tokenizer of a converted model folder.

    Raises:
        ModelError: an unknown model family, or the folder lacks the tokenizer files its
            family reads.
    """
    registered = family_of_converted(folder)
    config = read_json(folder / "tokenizer_config.json")
    unk = str(config.get("unk_token") or "<unk>")
    special = _special_tokens(config) - {unk}
    max_positions = min(int(config.get("model_max_length", 512)), 1024)
    reader, needed = _READERS[registered.subword_files]
    if not (folder / needed).exists():
        raise ModelError(
            f"{folder} has no {needed} (the {registered.name} tokenizer); "
            "reconvert it with `briefgen model convert`"
        )
    return reader(folder, special, max_positions, unk, registered)


def _sentencepiece(
    folder: Path, special: set[str], max_positions: int, unk: str, family: ModelFamily
) -> Subwords:
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
        family=family,
        unk=unk,
    )


def _tokenizers(
    folder: Path, special: set[str], max_positions: int, unk: str, family: ModelFamily
) -> Subwords:
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
    added = tokenizer.get_added_tokens_decoder().values()
    special = (special | {t.content for t in added if t.special}) - {unk}

    def encode(text: str) -> list[str]:
        return tokenizer.encode(text, add_special_tokens=False).tokens

    def decode(pieces: Sequence[str]) -> str:
        ids = [tokenizer.token_to_id(p) for p in pieces]
        return tokenizer.decode([i for i in ids if i is not None])

    family = family.for_vocabulary(tokenizer.get_vocab())
    return Subwords(encode, encode, decode, frozenset(special), max_positions, family, unk)


_READERS: dict[str, tuple[Callable[..., Subwords], str]] = {
    "sentencepiece": (_sentencepiece, "source.spm"),
    "tokenizer.json": (_tokenizers, "tokenizer.json"),
}
"""How each family's ``subword_files`` is read, and the file it cannot do without."""


def _special_tokens(config: dict) -> set[str]:
    names = ("bos_token", "eos_token", "unk_token", "pad_token", "sep_token", "cls_token")
    found = {config[n] for n in names if isinstance(config.get(n), str)}
    found |= {
        t["content"] for t in config.get("added_tokens_decoder", {}).values() if t.get("special")
    }
    extra = config.get("extra_special_tokens") or config.get("additional_special_tokens") or []
    return found | {t for t in extra if isinstance(t, str)}
