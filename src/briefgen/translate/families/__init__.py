"""The model-family registry: one entry per transformers architecture config class.

As in CTranslate2's ``register_loader("MarianConfig")``, a family is looked up by the
config class of a model (or, for a converted folder, by what conversion recorded or by
its tokenizer class), and an unknown one fails in one line that lists the supported
ones. Adding a family is one module with one :class:`ModelFamily` and a
:func:`register_family` line here, plus its tests.
"""

from __future__ import annotations

import json
from pathlib import Path

from briefgen.errors import ModelError
from briefgen.translate.families.base import ModelFamily
from briefgen.translate.families.marian import MARIAN
from briefgen.translate.families.mbart import MBART
from briefgen.translate.families.nllb import NLLB
from briefgen.translate.families.t5 import T5

__all__ = [
    "ModelFamily",
    "family_by_name",
    "family_for_config",
    "family_names",
    "family_of_converted",
    "read_json",
    "register_family",
]

INFO_FILE = "briefgen-model.json"
"""Written by briefgen's conversion next to a CTranslate2 model: its source, quantization
and architecture."""

_BY_CONFIG: dict[str, ModelFamily] = {}


def family_names() -> list[str]:
    """Registered families' short names, in registration order."""
    return [f.name for f in _BY_CONFIG.values()]


def register_family(family: ModelFamily) -> ModelFamily:
    """Add ``family`` under its config class name; a second entry for one class is a bug.

    Raises:
        ValueError: the config class or the name is already registered.
    """
    if family.config_class in _BY_CONFIG or family.name in family_names():
        raise ValueError(f"model family {family.name} ({family.config_class}) registered twice")
    _BY_CONFIG[family.config_class] = family
    return family


for _family in (MARIAN, NLLB, MBART, T5):
    register_family(_family)


def _supported() -> str:
    return ", ".join(f"{f.config_class} ({f.name})" for f in _BY_CONFIG.values())


def family_for_config(config_class: str, model: str = "") -> ModelFamily:
    """The family of a model whose transformers config class is ``config_class``.

    Raises:
        ModelError: no family is registered for that architecture.
    """
    family = _BY_CONFIG.get(config_class)
    if family is None:
        where = f"{model!r} has " if model else ""
        raise ModelError(
            f"{where}unsupported architecture {config_class!r}; supported: {_supported()}"
        )
    return family


def family_by_name(name: str) -> ModelFamily:
    """The family called ``name`` (``marian``, ``nllb``…).

    Raises:
        ModelError: no family has that name.
    """
    for family in _BY_CONFIG.values():
        if family.name == name:
            return family
    raise ModelError(f"unknown model family {name!r}; choose one of: {', '.join(family_names())}")


def family_of_converted(folder: Path) -> ModelFamily:
    """The family of a converted model folder, from the ``architecture`` that briefgen's
    conversion recorded, else from the ``tokenizer_class`` its tokenizer files name.

    Raises:
        ModelError: neither names a registered family.
    """
    recorded = read_json(folder / INFO_FILE).get("architecture")
    if recorded:
        return family_for_config(str(recorded), str(folder))
    tokenizer_class = str(read_json(folder / "tokenizer_config.json").get("tokenizer_class", ""))
    for family in _BY_CONFIG.values():
        if tokenizer_class in family.tokenizer_classes:
            return family
    raise ModelError(
        f"cannot tell the model family of {folder} (tokenizer class "
        f"{tokenizer_class or 'not given'}); supported: {_supported()}"
    )


def read_json(path: Path) -> dict:
    """A JSON object from a model folder's file, or ``{}`` when it is missing or not one."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}
