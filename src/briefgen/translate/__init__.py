"""Backend registry: picks and loads a translation backend by name, importing it lazily so
torch and ctranslate2 load only for the backend in use.

Backends, built-in and third-party alike, register in the ``briefgen.backends``
entry-point group (``pyproject.toml``): ``name = "module:TranslatorClass"``.
"""

from __future__ import annotations

import dataclasses
from importlib.metadata import EntryPoint, entry_points

from briefgen.errors import BackendError
from briefgen.translate.base import (
    DEFAULT_MODEL,
    Backend,
    BackendOptions,
    DecodeOptions,
    Translator,
)

ENTRY_POINT_GROUP = "briefgen.backends"

__all__ = [
    "DEFAULT_MODEL",
    "Backend",
    "BackendOptions",
    "DecodeOptions",
    "Translator",
    "backend_class",
    "backend_names",
    "load_translator",
]


def _registry() -> dict[str, EntryPoint]:
    return {ep.name: ep for ep in entry_points(group=ENTRY_POINT_GROUP)}


def backend_names() -> list[str]:
    """Registered backends, by name. Empty only where briefgen runs without being
    installed (its entry points live in the installed package's metadata)."""
    return sorted(_registry())


def backend_class(name: str) -> type[Backend]:
    """The :class:`Backend` subclass registered as ``name``.

    Raises:
        BackendError: no backend has that name, or it is not a Backend.
    """
    table = _registry()
    if name not in table:
        choices = ", ".join(sorted(table)) or "none (install briefgen: pip install -e .)"
        raise BackendError(f"unknown backend {name!r}; choose one of: {choices}")
    try:
        cls = table[name].load()
    except ImportError as exc:
        raise BackendError(
            f"backend {name!r} cannot be imported ({exc}); is its package installed?"
        ) from exc
    if not (isinstance(cls, type) and issubclass(cls, Backend)):
        raise BackendError(f"backend {name!r} ({table[name].value}) is not a Backend")
    return cls


def backend_options(cls: type[Backend], settings: dict[str, object]) -> BackendOptions:
    """``cls``'s options object from keyword settings.

    Raises:
        BackendError: a setting the backend does not take.
    """
    known = [f.name for f in dataclasses.fields(cls.options_class)]
    unknown = sorted(set(settings) - set(known))
    if unknown:
        raise BackendError(
            f"backend {cls.backend!r} has no option {unknown[0]!r}; its options: {', '.join(known)}"
        )
    return cls.options_class(**settings)


def load_translator(
    model: str | None = None, *, backend: str = "transformers", **settings: object
) -> Translator:
    """Load ``model`` (a hub id or a local folder) with the named backend; ``auto`` picks
    ctranslate2 where a converted copy exists (see :mod:`briefgen.translate.converted`).

    ``settings`` fill the backend's options (``threads``; ``compute_type``, ``device`` for
    ctranslate2; see each backend's ``options_class``).

    Raises:
        BackendError: unknown backend name, or an option it does not take.
        ModelError: the model cannot be found or loaded.
    """
    if backend == "auto":
        from briefgen.translate.converted import auto_backend

        backend = auto_backend(model or DEFAULT_MODEL)
    cls = backend_class(backend)
    return cls.load(model or DEFAULT_MODEL, backend_options(cls, settings))
