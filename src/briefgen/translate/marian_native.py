"""Marian models in Marian's own format, as OPUS-MT and Tatoeba-MT releases ship them
(``model.npz``, ``decoder.yml``, vocabulary ``.yml``, SentencePiece files): recognising
them, converting them with CTranslate2's OPUS-MT converter, and building a tiny random
one for tests.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterable
from pathlib import Path

import yaml

from briefgen.translate.families.marian import MARIAN

DECODER_CONFIG = "decoder.yml"
SPM_FILES = ("source.spm", "target.spm")


def is_marian_native(folder: Path) -> bool:
    return (folder / DECODER_CONFIG).is_file()


def convert_marian_native(folder: Path, work: Path, quantization: str) -> None:
    """Convert the Marian model in ``folder`` into ``work`` with the tokenizer files the
    CTranslate2 backend reads (the SentencePiece models and a tokenizer config naming the
    Marian tokenizer and its special tokens).

    Raises:
        OSError, ValueError, KeyError: the folder's files are missing or malformed.
    """
    from ctranslate2.converters import OpusMTConverter

    OpusMTConverter(str(folder)).convert(str(work), quantization=quantization, force=True)
    for name in SPM_FILES:
        shutil.copyfile(folder / name, work / name)
    config = {
        "tokenizer_class": MARIAN.tokenizer_classes[0],
        "eos_token": "</s>",
        "unk_token": "<unk>",
        "pad_token": "<pad>",
        "model_max_length": 512,
    }
    (work / "tokenizer_config.json").write_text(json.dumps(config, indent=2), "utf-8")


def write_marian_native(folder: Path, vocabulary: Iterable[str], d_model: int = 32) -> Path:
    """A random Marian transformer (1+1 layers, shared vocabulary, tied embeddings, as
    OPUS-MT's) in Marian's format: the weights under Marian's names, its configuration
    in ``special:model.yml``, ``decoder.yml`` and the vocabulary file."""
    import numpy as np

    vocab = list(vocabulary)
    rng = np.random.default_rng(0)
    ffn, n = 2 * d_model, len(vocab)

    def dense(rows: int, cols: int):
        return (rng.standard_normal((rows, cols)) * 0.2).astype(np.float32)

    weights = {"Wemb": dense(n, d_model), "decoder_ff_logit_out_b": dense(1, n)}
    blocks = {"encoder_l1": ("self",), "decoder_l1": ("self", "context")}
    for layer, attentions in blocks.items():
        for name in attentions:
            for part in "qkvo":
                weights[f"{layer}_{name}_W{part}"] = dense(d_model, d_model)
                weights[f"{layer}_{name}_b{part}"] = dense(1, d_model)
            weights[f"{layer}_{name}_Wo_ln_scale"] = np.ones((1, d_model), np.float32)
            weights[f"{layer}_{name}_Wo_ln_bias"] = np.zeros((1, d_model), np.float32)
        weights[f"{layer}_ffn_W1"], weights[f"{layer}_ffn_b1"] = dense(d_model, ffn), dense(1, ffn)
        weights[f"{layer}_ffn_W2"], weights[f"{layer}_ffn_b2"] = (
            dense(ffn, d_model),
            dense(1, d_model),
        )
        weights[f"{layer}_ffn_ffn_ln_scale"] = np.ones((1, d_model), np.float32)
        weights[f"{layer}_ffn_ffn_ln_bias"] = np.zeros((1, d_model), np.float32)
    config = {
        "type": "transformer",
        "enc-depth": 1,
        "dec-depth": 1,
        "dim-emb": d_model,
        "transformer-heads": 2,
        "transformer-dim-ffn": ffn,
        "transformer-ffn-activation": "swish",
        "transformer-preprocess": "",
        "transformer-postprocess": "dan",
        "transformer-postprocess-emb": "d",
        "transformer-decoder-autoreg": "self-attention",
        "transformer-no-projection": False,
        "transformer-guided-alignment-layer": "last",
        "tied-embeddings-all": True,
    }
    text = yaml.safe_dump(config).encode("utf-8") + b"\0"
    weights["special:model.yml"] = np.frombuffer(text, dtype=np.int8)
    np.savez(folder / "model.npz", **weights)
    lines = [f"{json.dumps(token, ensure_ascii=False)}: {i}" for i, token in enumerate(vocab)]
    (folder / "vocab.yml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    decoder = {"models": ["model.npz"], "vocabs": ["vocab.yml", "vocab.yml"]}
    (folder / DECODER_CONFIG).write_text(yaml.safe_dump(decoder), encoding="utf-8")
    return folder
