"""Converted (CTranslate2) models: converting them, and finding them again by name.

``briefgen model convert Helsinki-NLP/opus-mt-vi-en`` writes a CTranslate2 copy into a
cache folder, so that later ``--model Helsinki-NLP/opus-mt-vi-en`` finds the fast copy
without the user having to remember where it went.
"""

from __future__ import annotations

import hashlib
import json
import logging
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from briefgen.cachedir import cache_root
from briefgen.errors import ModelError
from briefgen.translate.base import looks_like_path, model_not_found
from briefgen.translate.families import INFO_FILE, ModelFamily
from briefgen.translate.families.marian import MARIAN
from briefgen.translate.marian_native import convert_marian_native, is_marian_native
from briefgen.translate.modelcard import MODEL_CARD, card_licence, find_card
from briefgen.translate.vocabmap import VMAP_FILE
from briefgen.translate.weights import stored_parameters

log = logging.getLogger(__name__)

QUANTIZATIONS = (
    "int8",
    "int8_float32",
    "int8_float16",
    "int8_bfloat16",
    "int16",
    "float16",
    "bfloat16",
    "float32",
)


@dataclass(frozen=True)
class CachedModel:
    """One converted model in the cache, as ``briefgen model list`` shows it."""

    source: str
    quantization: str
    path: Path
    size_bytes: int
    vocab_map: bool = False
    family: str = "?"
    licence: str | None = None


def models_root() -> Path:
    """Where converted models are kept: ``models/`` in briefgen's cache folder."""
    return cache_root() / "models"


def is_ct2_model(folder: Path) -> bool:
    return (folder / "model.bin").is_file()


def cache_dir_for(model: str) -> Path:
    """Where the cache keeps ``model``'s converted copy: ``org--name`` for a hub id; for a
    local folder its name plus a hash of its absolute path, so two folders never clash."""
    if looks_like_path(model) or Path(model).expanduser().exists():
        folder = Path(model).expanduser().resolve()
        digest = hashlib.sha256(str(folder).encode()).hexdigest()[:10]
        return models_root() / f"{folder.name}-{digest}"
    return models_root() / model.replace("/", "--")


def find_ct2(model: str) -> Path | None:
    """A CTranslate2 model for ``model``: the folder itself, or its cached converted copy."""
    folder = Path(model).expanduser()
    if is_ct2_model(folder):
        return folder
    cached = cache_dir_for(model)
    return cached if is_ct2_model(cached) else None


def auto_backend(model: str) -> str:
    """``ctranslate2`` where a converted model exists, else ``transformers``."""
    return "ctranslate2" if find_ct2(model) else "transformers"


def convert(
    model: str, out_dir: Path | None = None, *, quantization: str = "int8", force: bool = False
) -> Path:
    """Convert a transformers model of a registered family, or a Marian model in Marian's
    own format (``decoder.yml``, ``model.npz``), to CTranslate2, tokenizer included.

    Args:
        model: hub id or local transformers model folder.
        out_dir: destination; the cache folder for ``model`` when omitted.
        quantization: weight type stored on disk (see ``QUANTIZATIONS``).
        force: replace an existing ``out_dir``.

    Returns:
        The folder written, which :class:`~briefgen.translate.ct2.CT2Translator` loads.

    Raises:
        ModelError: unknown quantization, ``out_dir`` exists without ``force``, or the
            model cannot be loaded or converted, or its architecture has no family.
    """
    if quantization not in QUANTIZATIONS:
        raise ModelError(
            f"unknown quantization {quantization!r}; choose one of: {', '.join(QUANTIZATIONS)}"
        )
    out = Path(out_dir) if out_dir is not None else cache_dir_for(model)
    if out.exists() and any(out.iterdir()) and not force:
        raise ModelError(f"{out} already exists; pass --force to replace it")
    out.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(dir=out.parent, prefix=f".{out.name}.", suffix=".part"))
    try:
        family = _convert_into(model, work, quantization)
        card = find_card(model)
        if card is not None:  # the licence travels with the weights
            shutil.copyfile(card, work / MODEL_CARD)
        info = {
            "source": model,
            "quantization": quantization,
            "architecture": family.config_class,
            "family": family.name,
            "licence": card_licence(work),
            "parameters": stored_parameters(Path(model).expanduser()),
        }
        (work / INFO_FILE).write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")
        if out.exists():
            shutil.rmtree(out)
        work.rename(out)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    log.info("converted %s to %s (%s)", model, out, quantization)
    return out


def _convert_into(model: str, work: Path, quantization: str) -> ModelFamily:
    # transformers (and torch) load only for a conversion, never for translating.
    from briefgen.translate.hf import load_tokenizer, model_family

    local = Path(model).expanduser()
    if looks_like_path(model) and not local.is_dir():
        raise model_not_found(model, "no such folder")
    if is_marian_native(local):
        try:
            convert_marian_native(local, work, quantization)
        except (OSError, ValueError, KeyError) as exc:
            raise ModelError(
                f"CTranslate2 cannot convert the Marian model {model!r}: {exc}"
            ) from exc
        return MARIAN
    source = str(local) if local.is_dir() else model
    try:
        from ctranslate2.converters import TransformersConverter

        family = model_family(source, model)
        tokenizer = load_tokenizer(source, family)
        TransformersConverter(source).convert(str(work), quantization=quantization, force=True)
    except (OSError, ValueError, KeyError) as exc:
        raise model_not_found(model, str(exc).splitlines()[0][:160]) from exc
    except (AttributeError, NotImplementedError) as exc:  # the converter's own limits
        raise ModelError(
            f"CTranslate2 cannot convert {model!r}: {str(exc).splitlines()[0][:160]}"
        ) from exc
    # The tokenizer travels with the model, so the converted folder is self-contained.
    tokenizer.save_pretrained(work)
    # CTranslate2's own config.json is the one to keep (save_pretrained does not touch it).
    return family


def list_cached() -> list[CachedModel]:
    """Converted models in the cache folder, by source name."""
    root = models_root()
    found = []
    for folder in sorted(root.iterdir()) if root.is_dir() else []:
        if not is_ct2_model(folder):
            continue
        try:
            info = json.loads((folder / INFO_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            info = {}
        size = sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())
        found.append(
            CachedModel(
                info.get("source", folder.name),
                info.get("quantization", "?"),
                folder,
                size,
                vocab_map=(folder / VMAP_FILE).is_file(),
                family=info.get("family", "?"),
                licence=card_licence(folder) or info.get("licence"),
            )
        )
    return found
