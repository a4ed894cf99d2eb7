"""Backend registry: picks and loads a translation backend by name, importing it lazily so
torch and ctranslate2 load only for the backend in use."""

from __future__ import annotations

import importlib
from importlib.metadata import entry_points

from briefgen.errors import BackendError
from briefgen.translate.base import DEFAULT_MODEL, DecodeOptions, Translator

BUILTIN_BACKENDS = {
    "transformers": "briefgen.translate.hf:HFTranslator",
    "ctranslate2": "briefgen.translate.ct2:CT2Translator",
}

__all__ = ["DEFAULT_MODEL", "DecodeOptions", "Translator", "backend_names", "load_translator"]


def _registry() -> dict[str, str]:
    table = dict(BUILTIN_BACKENDS)
    for ep in entry_points(group="briefgen.backends"):
        table.setdefault(ep.name, ep.value)
    return table


def backend_names() -> list[str]:
    return sorted(_registry())


def load_translator(
    model: str | None = None, *, backend: str = "transformers", **kwargs
) -> Translator:
    """Load ``model`` (a hub id or a local folder) with the named backend; ``auto`` picks
    ctranslate2 where a converted copy exists (see :mod:`briefgen.translate.converted`).

    Raises:
        BackendError: unknown backend name.
        ModelError: the model cannot be found or loaded.
    """
    table = _registry()
    if backend == "auto":
        from briefgen.translate.converted import auto_backend

        backend = auto_backend(model or DEFAULT_MODEL)
    if backend not in table:
        raise BackendError(
            f"unknown backend {backend!r}; choose one of: {', '.join(sorted(table))}"
        )
    module_name, _, class_name = table[backend].partition(":")
    cls = getattr(importlib.import_module(module_name), class_name)
    return cls.load(model or DEFAULT_MODEL, **kwargs)
