"""The translator stack, built in one place for every entry point (``translate``, ``brief``,
``eval``, the Python API, later the web app): the model, then the glossary guarantee, then
the translation memory, with the run's one :class:`Signature`.

Innermost first, so what the memory remembers is the finished, terminology-checked
sentence, keyed by the signature (glossary checksum included), and a rerun needs no model
at all: the model loads lazily, on the first sentence the memory cannot answer.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from briefgen.errors import BackendError
from briefgen.glossary import Glossary
from briefgen.glossary.enforce import enforce_terms
from briefgen.translate import backend_names, load_translator
from briefgen.translate.base import DEFAULT_MODEL, DecodeOptions, TokenLink, Translator
from briefgen.translate.converted import auto_backend
from briefgen.translate.memory import CachedTranslator, MemoryStats, TranslationMemory
from briefgen.translate.signature import Signature, model_fingerprint
from briefgen.version import __version__

__all__ = ["Signature", "Stack", "StackSettings", "open_stack"]


@dataclass(frozen=True)
class StackSettings:
    """Plain settings for :func:`open_stack`.

    Attributes:
        model: a hub id or a local model folder.
        backend: a backend name, or ``auto`` (CTranslate2 where a converted copy exists).
        options: decoding options every translation of the run uses.
        threads: CPU threads for the model; None lets the backend choose.
        glossary: the terms to guarantee (with names and numbers); None guarantees nothing.
        tm: the translation memory file; None neither reads nor writes one.
    """

    model: str = DEFAULT_MODEL
    backend: str = "auto"
    options: DecodeOptions = field(default_factory=DecodeOptions)
    threads: int | None = None
    glossary: Glossary | None = None
    tm: Path | None = None


class _LazyModel(Translator):
    """The model, loaded on the first call that needs it."""

    def __init__(
        self, load: Callable[[], Translator], backend: str, model_id: str, *, owned: bool = True
    ) -> None:
        self._load = load
        self._owned = owned
        self._model: Translator | None = None
        self.backend = backend
        self.model_id = model_id

    @property
    def loaded(self) -> bool:
        return self._model is not None

    @property
    def model(self) -> Translator:
        if self._model is None:
            self._model = self._load()
            self.batch_tokens = self._model.batch_tokens
        return self._model

    def batch_budget(self, options: DecodeOptions) -> int:
        return self.model.batch_budget(options)

    def translate_batch(
        self, texts: Sequence[str], *, options: DecodeOptions = DecodeOptions()
    ) -> list[str]:
        if not texts:
            return []
        return self.model.translate_batch(texts, options=options)

    def align(self, sources: Sequence[str], targets: Sequence[str]) -> list[list[TokenLink]]:
        return self.model.align(sources, targets)

    def close(self) -> None:
        if self._model is not None and self._owned:
            self._model.close()


class Stack:
    """A run's translator (model → glossary guarantee → translation memory) with the
    glossary, decoding options and signature that go with it. Close it, or use it as a
    context manager, to release the model and the memory file."""

    def __init__(
        self,
        settings: StackSettings,
        signature: Signature,
        translator: Translator,
        model: _LazyModel,
    ) -> None:
        self.settings = settings
        self.signature = signature
        self.translator = translator
        self._model = model

    @property
    def glossary(self) -> Glossary | None:
        return self.settings.glossary

    @property
    def options(self) -> DecodeOptions:
        return self.settings.options

    @property
    def model_loaded(self) -> bool:
        """Whether any sentence has needed the model so far."""
        return self._model.loaded

    @property
    def stats(self) -> MemoryStats | None:
        """Sentences served from the memory and sent to the model; None without a memory."""
        return getattr(self.translator, "stats", None)

    def close(self) -> None:
        self.translator.close()

    def __enter__(self) -> Stack:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


def signature_of(settings: StackSettings, *, backend: str, model_id: str) -> Signature:
    """What the stack's output depends on (version, model and its fingerprint, decoding,
    glossaries): recorded in every output, and what a resumed batch compares."""
    glossary = settings.glossary
    return Signature(
        tool_version=__version__,
        backend=backend,
        model=model_id,
        model_fingerprint=model_fingerprint(model_id),
        options=settings.options,
        glossaries=tuple(glossary.sources) if glossary is not None else (),
        glossary_sha256=glossary.sha256 if glossary is not None else "",
    )


def _backend(settings: StackSettings) -> str:
    """The engine that will run: ``auto`` resolved, an unknown name refused now rather
    than when the first sentence needs the model."""
    if settings.backend == "auto":
        return auto_backend(settings.model)
    if settings.backend not in backend_names():
        raise BackendError(
            f"unknown backend {settings.backend!r}; choose one of: {', '.join(backend_names())}"
        )
    return settings.backend


def open_stack(
    settings: StackSettings,
    *,
    model: Translator | None = None,
    memory: TranslationMemory | None = None,
) -> Stack:
    """Build the translator stack for ``settings``; nothing is loaded until needed.

    Args:
        settings: model, backend, decoding, threads, glossary and memory file.
        model: an already loaded model to use instead of loading ``settings.model`` (a
            long-running service keeps one and opens a stack per glossary); the stack
            does not close it.
        memory: an open translation memory to use instead of opening ``settings.tm``
            (a batch worker's :class:`~briefgen.translate.memory.LayeredMemory`); the
            stack closes it.

    Raises:
        BackendError: unknown backend name.
        CacheError: the translation memory file cannot be opened.
        ModelError: (on first use) the model cannot be found or loaded.
    """
    if model is not None:
        backend, model_id = model.backend, model.model_id
        lazy = _LazyModel(lambda: model, backend, model_id, owned=False)
    else:
        backend, model_id = _backend(settings), settings.model
        lazy = _LazyModel(
            lambda: load_translator(model_id, backend=backend, threads=settings.threads),
            backend,
            model_id,
        )
    signature = signature_of(settings, backend=backend, model_id=model_id)
    translator: Translator = lazy
    if settings.glossary is not None:
        translator = enforce_terms(translator, settings.glossary)
    if memory is None and settings.tm is not None:
        memory = TranslationMemory(settings.tm)
    if memory is not None:
        translator = CachedTranslator(translator, memory, signature=signature)
    return Stack(settings, signature, translator, lazy)
