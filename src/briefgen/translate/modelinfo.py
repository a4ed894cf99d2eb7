"""What a model folder is: ``briefgen model info`` and ``model list`` read it from the
files alone (config, weights headers, the model card), without loading the model.

Parameter counts come from the weight files (:mod:`briefgen.translate.weights`); the
licence from the ``license:`` field of the model card's
front matter (``README.md``), which the converter copies into converted folders.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from briefgen.errors import ModelError
from briefgen.translate.converted import find_ct2, is_ct2_model
from briefgen.translate.families import (
    INFO_FILE,
    ModelFamily,
    family_for_config,
    family_of_converted,
    read_json,
)
from briefgen.translate.modelcard import card_licence, in_hub_cache
from briefgen.translate.vocabmap import VMAP_FILE
from briefgen.translate.weights import ct2_variables, stored_parameters


@dataclass(frozen=True)
class ModelInfo:
    """One model folder, described."""

    path: Path
    format: str
    """``transformers`` or ``ctranslate2``."""
    architecture: str
    family: ModelFamily
    parameters: int | None
    size_bytes: int
    quantization: str
    vocab_map: bool
    licence: str | None

    def languages(self) -> str:
        """How the family is told the languages, in words."""
        family = self.family
        if family.source_code:
            return f"vi → en (source code {family.source_code}, {family.target_code} forced first)"
        if family.source_prefix:
            return f"vi → en (source prefixed {family.source_prefix!r})"
        return "vi → en (a one-direction model)"


def available_here(model: str) -> bool:
    """Whether ``model`` can be loaded without the network: a folder, a converted copy
    in the model cache, or a hub id already in the local hub cache."""
    return Path(model).expanduser().is_dir() or bool(find_ct2(model)) or in_hub_cache(model)


def describe(model: str) -> ModelInfo:
    """Describe ``model``: a transformers or CTranslate2 folder, or a hub id or folder
    whose converted copy is in the model cache.

    Raises:
        ModelError: no such model here, or an architecture no family is registered for.
    """
    folder = Path(model).expanduser()
    if not folder.is_dir():
        folder = find_ct2(model) or folder
    if is_ct2_model(folder):
        return _describe_ct2(folder)
    if (folder / "config.json").is_file():
        return _describe_transformers(folder)
    raise ModelError(
        f"no model folder {model!r} (neither config.json nor a converted copy in the cache)"
    )


def _describe_transformers(folder: Path) -> ModelInfo:
    config = read_json(folder / "config.json")
    architecture = _config_class(config)
    return ModelInfo(
        path=folder,
        format="transformers",
        architecture=architecture,
        family=family_for_config(architecture, str(folder)),
        parameters=stored_parameters(folder),
        size_bytes=folder_size(folder),
        quantization=str(config.get("dtype") or config.get("torch_dtype") or "float32"),
        vocab_map=False,
        licence=model_licence(folder),
    )


def _describe_ct2(folder: Path) -> ModelInfo:
    family = family_of_converted(folder)
    info = read_json(folder / INFO_FILE)
    with (folder / "model.bin").open("rb") as handle:
        parameters, types = ct2_variables(handle)
    parameters = int(info.get("parameters") or parameters)  # the original's, when recorded
    quantization = str(info.get("quantization") or "/".join(sorted(types)))
    return ModelInfo(
        path=folder,
        format="ctranslate2",
        architecture=str(info.get("architecture") or family.config_class),
        family=family,
        parameters=parameters,
        size_bytes=folder_size(folder),
        quantization=quantization,
        vocab_map=(folder / VMAP_FILE).is_file(),
        licence=model_licence(folder),
    )


def model_licence(folder: Path) -> str | None:
    """The licence of the model card in ``folder``, else the one the converter recorded."""
    return card_licence(folder) or read_json(folder / INFO_FILE).get("licence")


def _config_class(config: dict) -> str:
    """The transformers config class named by ``model_type``, without importing it."""
    from transformers import CONFIG_MAPPING  # a lazy table: no model code is imported

    model_type = str(config.get("model_type", ""))
    if model_type not in CONFIG_MAPPING:
        return model_type or "unknown"
    return CONFIG_MAPPING[model_type].__name__


def folder_size(folder: Path) -> int:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())
