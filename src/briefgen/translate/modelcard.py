"""The licence a model is published under, from its model card: the ``license`` field of
the YAML front matter of ``README.md``, as the Hugging Face hub writes it."""

from __future__ import annotations

from pathlib import Path

import yaml

MODEL_CARD = "README.md"


def card_licence(folder: Path) -> str | None:
    """The model card's licence (``license_name`` where it says ``other``); None when the
    folder has no card or the card does not say."""
    card = folder / MODEL_CARD
    if not card.is_file():
        return None
    text = card.read_text(encoding="utf-8", errors="replace")
    if not text.startswith("---"):
        return None
    front, _, _ = text[3:].partition("\n---")
    try:
        meta = yaml.safe_load(front)
    except yaml.YAMLError:
        return None
    if not isinstance(meta, dict) or not meta.get("license"):
        return None
    licence = meta["license"]
    if licence == "other" and meta.get("license_name"):
        licence = meta["license_name"]
    return ", ".join(map(str, licence)) if isinstance(licence, list) else str(licence)


def in_hub_cache(model: str, filename: str = "config.json") -> bool:
    """Whether the local hub cache holds ``filename`` of the hub id ``model`` (never the
    network; False for what is no hub id)."""
    from huggingface_hub import try_to_load_from_cache
    from huggingface_hub.errors import HFValidationError

    try:
        return isinstance(try_to_load_from_cache(model, filename), str)
    except HFValidationError:
        return False


def find_card(model: str) -> Path | None:
    """The model card of a local folder or of a hub id already in the local hub cache
    (never the network)."""
    folder = Path(model).expanduser()
    if folder.is_dir():
        return folder / MODEL_CARD if (folder / MODEL_CARD).is_file() else None
    from huggingface_hub import try_to_load_from_cache

    cached = try_to_load_from_cache(model, MODEL_CARD)
    return Path(cached) if isinstance(cached, str) else None
