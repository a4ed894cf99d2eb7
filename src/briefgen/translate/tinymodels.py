"""Build small randomly initialised models of each family, offline, in seconds.

No Vietnamese→English weights can be downloaded in a closed network, yet the whole
pipeline (real tokenizers, real ``generate``, real CTranslate2 conversion) must run in
tests, benchmarks and demos. These models have the real architectures and tokenizers
trained on the text given; their output is gibberish, but terminology, structure,
formats and speed can be checked exactly.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from briefgen.errors import ModelError
from briefgen.translate.families import family_by_name
from briefgen.translate.families.mbart import MBART
from briefgen.translate.families.nllb import NLLB
from briefgen.translate.marian_native import write_marian_native


@dataclass(frozen=True)
class TinySize:
    """Layer sizes; the defaults make a model of a few hundred kB."""

    d_model: int = 32
    layers: int = 1
    heads: int = 2
    ffn: int = 64
    vocab_size: int = 1000
    max_positions: int = 512
    seed: int = 0

    def config_kwargs(self) -> dict[str, int]:
        """The layer sizes as the encoder-decoder configs of transformers name them."""
        return {
            "d_model": self.d_model,
            "encoder_layers": self.layers,
            "decoder_layers": self.layers,
            "encoder_attention_heads": self.heads,
            "decoder_attention_heads": self.heads,
            "encoder_ffn_dim": self.ffn,
            "decoder_ffn_dim": self.ffn,
            "max_position_embeddings": self.max_positions,
        }


def _train_spm(lines: Iterable[str], vocab_size: int, **kwargs) -> bytes:
    import sentencepiece as spm

    buffer = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter([line for line in lines if line.strip()]),
        model_writer=buffer,
        vocab_size=vocab_size,
        character_coverage=1.0,
        hard_vocab_limit=False,
        minloglevel=2,
        num_threads=1,
        **kwargs,
    )
    return buffer.getvalue()


def _pieces(model: bytes) -> list[str]:
    import sentencepiece as spm

    sp = spm.SentencePieceProcessor(model_proto=model)
    return [sp.id_to_piece(i) for i in range(sp.get_piece_size())]


def _new_folder(folder: Path) -> Path:
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _marian_pieces(
    folder: Path, vi_lines: Iterable[str], en_lines: Iterable[str], size: TinySize
) -> list[str]:
    """Marian's shared vocabulary, ``</s>`` and ``<unk>`` first, then every piece of the
    source and target SentencePiece models, which are trained and written to ``folder`` as
    ``source.spm`` and ``target.spm``."""
    source = _train_spm(list(vi_lines), size.vocab_size)
    target = _train_spm(list(en_lines), size.vocab_size)
    (folder / "source.spm").write_bytes(source)
    (folder / "target.spm").write_bytes(target)
    pieces = ["</s>", "<unk>", *_pieces(source), *_pieces(target)]
    return [piece for piece in dict.fromkeys(pieces) if piece != "<s>"]


def _extract(spm_path: Path, model: bytes, tokenizer_class: type) -> dict:
    """What ``tokenizer_class`` is built from (vocabulary, merges or normalizer) out of a
    SentencePiece model; transformers' extractor reads only from a file, so the model is
    written to ``spm_path`` and removed again (the tokenizer is saved in its own format)."""
    from transformers.convert_slow_tokenizer import SentencePieceExtractor

    spm_path.write_bytes(model)
    try:
        return SentencePieceExtractor(str(spm_path)).extract(tokenizer_class.model)
    finally:
        spm_path.unlink()


def _output_rows(tokenizer, pad_vocab_to: int | None) -> int:
    """The rows of the embeddings and output layer: the tokenizer's, or ``pad_vocab_to``
    where that is more, so the compute per token can be a published model's."""
    return max(len(tokenizer), pad_vocab_to or 0)


def _fairseq_config(tokenizer, size: TinySize, pad_vocab_to: int | None) -> dict:
    """The config entries NLLB and mBART-50 share as fairseq models: the tokenizer's
    special tokens, decoding started with ``</s>``, embeddings scaled by sqrt(d_model)."""
    return {
        "vocab_size": _output_rows(tokenizer, pad_vocab_to),
        **size.config_kwargs(),
        "pad_token_id": tokenizer.pad_token_id,
        "bos_token_id": tokenizer.bos_token_id,
        "eos_token_id": tokenizer.eos_token_id,
        "decoder_start_token_id": tokenizer.eos_token_id,
        "scale_embedding": True,
    }


def _random_model(model_class: type, config, size: TinySize):
    """A model of ``model_class`` with weights drawn from ``size.seed``, so every build of
    the same text and size is the same model."""
    import torch

    torch.manual_seed(size.seed)
    return model_class(config)


def build_marian(
    folder: Path,
    vi_lines: Iterable[str],
    en_lines: Iterable[str],
    size: TinySize = TinySize(),
    *,
    pad_vocab_to: int | None = None,
) -> Path:
    """A Marian (OPUS-MT layout) model with separate source and target SentencePiece models
    and a shared vocabulary, ``<pad>`` last as in the published models.

    ``pad_vocab_to`` fills the vocabulary with unused entries up to that size, so a model
    can match the published model's vocabulary (and so its compute per token).
    """
    from transformers import MarianConfig, MarianMTModel, MarianTokenizer

    folder = _new_folder(folder)
    pieces = _marian_pieces(folder, vi_lines, en_lines, size)
    vocab = {piece: index for index, piece in enumerate(pieces)}
    while pad_vocab_to and len(vocab) < pad_vocab_to - 1:
        vocab[f"<unused{len(vocab)}>"] = len(vocab)
    vocab["<pad>"] = len(vocab)
    (folder / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    tokenizer = MarianTokenizer(
        source_spm=str(folder / "source.spm"),
        target_spm=str(folder / "target.spm"),
        vocab=str(folder / "vocab.json"),
        source_lang="vi",
        target_lang="en",
    )
    tokenizer.save_pretrained(folder)
    config = MarianConfig(
        vocab_size=len(vocab),
        **size.config_kwargs(),
        pad_token_id=vocab["<pad>"],
        eos_token_id=vocab["</s>"],
        decoder_start_token_id=vocab["<pad>"],
        forced_eos_token_id=vocab["</s>"],
        share_encoder_decoder_embeddings=True,
    )
    _random_model(MarianMTModel, config, size).save_pretrained(folder)
    return folder


def build_marian_native(
    folder: Path, vi_lines: Iterable[str], en_lines: Iterable[str], size: TinySize = TinySize()
) -> Path:
    """A Marian model in Marian's own format (``model.npz``, ``decoder.yml``, ``vocab.yml``,
    ``source.spm``/``target.spm``), as OPUS-MT releases ship it; only CTranslate2's
    converter reads it (``briefgen model convert``)."""
    folder = _new_folder(folder)
    vocab = _marian_pieces(folder, vi_lines, en_lines, size)
    return write_marian_native(folder, vocab, size.d_model)


def build_nllb(
    folder: Path,
    vi_lines: Iterable[str],
    en_lines: Iterable[str],
    size: TinySize = TinySize(),
    *,
    pad_vocab_to: int | None = None,
) -> Path:
    """An NLLB (M2M100 architecture) model with one BPE SentencePiece vocabulary for both
    languages and NLLB's language-code tokens (``vie_Latn``, ``eng_Latn``…).

    ``pad_vocab_to`` widens the embeddings and output layer to that many rows (the
    tokenizer keeps its own size, as published models' configs often count a few more
    rows than their tokenizers), so the compute per token is the published model's.
    """
    from transformers import M2M100Config, M2M100ForConditionalGeneration, NllbTokenizer

    folder = _new_folder(folder)
    spm = _train_spm(
        [*vi_lines, *en_lines],
        size.vocab_size,
        model_type="bpe",
        bos_id=0,
        pad_id=1,
        eos_id=2,
        unk_id=3,
    )
    extracted = _extract(folder / "sentencepiece.bpe.model", spm, NllbTokenizer)
    tokenizer = NllbTokenizer(
        vocab=extracted["vocab"],
        merges=extracted["merges"],
        src_lang=NLLB.source_code,
        tgt_lang=NLLB.target_code,
    )
    tokenizer.save_pretrained(folder)
    config = M2M100Config(**_fairseq_config(tokenizer, size, pad_vocab_to))
    _random_model(M2M100ForConditionalGeneration, config, size).save_pretrained(folder)
    return folder


def build_mbart(
    folder: Path,
    vi_lines: Iterable[str],
    en_lines: Iterable[str],
    size: TinySize = TinySize(),
    *,
    pad_vocab_to: int | None = None,
) -> Path:
    """An mBART-50 model: one unigram SentencePiece vocabulary for both languages, then
    mBART-50's 52 language codes (``vi_VN``, ``en_XX``…) and ``<mask>``, as published.

    ``pad_vocab_to`` widens the embeddings and output layer as in :func:`build_nllb`.
    """
    from transformers import MBart50Tokenizer, MBartConfig, MBartForConditionalGeneration
    from transformers.models.mbart50.tokenization_mbart50 import FAIRSEQ_LANGUAGE_CODES

    folder = _new_folder(folder)
    # SentencePiece's own order (<unk>, <s>, </s>) as in mBART's model; the tokenizer
    # puts fairseq's <s> <pad> </s> <unk> in front of the pieces.
    spm = _train_spm([*vi_lines, *en_lines], size.vocab_size)
    extracted = _extract(folder / "sentencepiece.bpe.model", spm, MBart50Tokenizer)
    tokenizer = MBart50Tokenizer(
        vocab=extracted["vocab"],
        _spm_precompiled_charsmap=extracted["_spm_precompiled_charsmap"],
        bos_token="<s>",
        src_lang=MBART.source_code,
        tgt_lang=MBART.target_code,
    )
    spoken = len(tokenizer)
    if pad_vocab_to and pad_vocab_to > spoken:
        # CTranslate2's mBART converter, unlike its M2M-100 one, takes the vocabulary from
        # the tokenizer as it is: fillers make it as long as the padded output layer.
        fillers = [f"<madeupword{i}>" for i in range(pad_vocab_to - spoken)]
        tokenizer.add_tokens(fillers, special_tokens=True)
    tokenizer.save_pretrained(folder)
    config = MBartConfig(
        **_fairseq_config(tokenizer, size, pad_vocab_to),
        # As in mBART-50's published config, which CTranslate2's converter reads: the
        # tokenizer class makes decoding start with </s> (mBART-25 started with the
        # language code), and fairseq's layer-norm flags set the layer order.
        tokenizer_class="MBart50Tokenizer",
        normalize_before=True,
        add_final_layer_norm=True,
    )
    model = _random_model(MBartForConditionalGeneration, config, size)
    # A random model tends to repeat its last token, here the forced en_XX, and write
    # nothing else; a trained one never writes a language code after the first, so this
    # one is kept from them too (both backends read the output bias).
    codes = tokenizer.convert_tokens_to_ids(FAIRSEQ_LANGUAGE_CODES)
    model.final_logits_bias[0, codes] = -100.0
    model.final_logits_bias[0, spoken:] = -100.0  # padding rows and fillers: no token
    model.save_pretrained(folder)
    return folder


def build_t5(
    folder: Path,
    vi_lines: Iterable[str],
    en_lines: Iterable[str],
    size: TinySize = TinySize(),
    *,
    language_tokens: bool = False,
    pad_vocab_to: int | None = None,
) -> Path:
    """A T5 (v1.1: gated GELU, untied output layer) model with one unigram SentencePiece
    vocabulary in T5's order (``<pad>``, ``</s>``, ``<unk>``), as envit5-translation.

    ``language_tokens`` adds MADLAD-400's ``<2en>``/``<2vi>`` pieces, so the model takes
    MADLAD's ``"<2en> "`` prefix instead of envit5's ``"vi: "``. ``pad_vocab_to`` widens
    the embeddings and output layer as in :func:`build_nllb`.
    """
    from transformers import T5Config, T5ForConditionalGeneration, T5Tokenizer

    folder = _new_folder(folder)
    extra = {"user_defined_symbols": ["<2en>", "<2vi>"]} if language_tokens else {}
    lines = [*vi_lines, *en_lines, "vi: "]
    ids = {"pad_id": 0, "eos_id": 1, "unk_id": 2, "bos_id": -1}
    spm = _train_spm(lines, size.vocab_size, **ids, **extra)
    extracted = _extract(folder / "spiece.model", spm, T5Tokenizer)
    tokenizer = T5Tokenizer(
        vocab=extracted["vocab"],
        _spm_precompiled_charsmap=extracted["_spm_precompiled_charsmap"],
        extra_ids=0,
    )
    tokenizer.save_pretrained(folder)
    config = T5Config(
        vocab_size=_output_rows(tokenizer, pad_vocab_to),
        d_model=size.d_model,
        d_kv=size.d_model // size.heads,
        d_ff=size.ffn,
        num_layers=size.layers,
        num_decoder_layers=size.layers,
        num_heads=size.heads,
        feed_forward_proj="gated-gelu",
        tie_word_embeddings=False,
        pad_token_id=tokenizer.pad_token_id,
        eos_token_id=tokenizer.eos_token_id,
        decoder_start_token_id=tokenizer.pad_token_id,
    )
    _random_model(T5ForConditionalGeneration, config, size).save_pretrained(folder)
    return folder


Builder = Callable[[Path, Iterable[str], Iterable[str], TinySize], Path]
BUILDERS: dict[str, Builder] = {
    "marian": build_marian,
    "nllb": build_nllb,
    "mbart": build_mbart,
    "t5": build_t5,
}
"""A tiny-model builder for each family name of :mod:`briefgen.translate.families`."""


def build_tiny(
    family: str,
    folder: Path,
    vi_lines: Iterable[str],
    en_lines: Iterable[str],
    size: TinySize = TinySize(),
) -> Path:
    """A tiny random model of the family called ``family`` in ``folder``.

    Raises:
        ModelError: no such family, or no tiny builder for it.
    """
    name = family_by_name(family).name
    if name not in BUILDERS:
        raise ModelError(f"no tiny {name} model builder; choose one of: {', '.join(BUILDERS)}")
    return BUILDERS[name](Path(folder), vi_lines, en_lines, size)


def convert_ct2(folder: Path, output: Path, quantization: str = "int8") -> Path:
    """A CTranslate2 copy of a transformers model folder, with its tokenizer files."""
    from briefgen.translate.converted import convert

    return convert(str(folder), Path(output), quantization=quantization, force=True)
