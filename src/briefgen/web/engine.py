"""The one place the web app builds a translator and calls the pipeline.

Everything here is what the CLI does: the translator stack of
:func:`briefgen.translate.stack.open_stack` (model → glossary guarantee → translation
memory) and :func:`briefgen.pipeline.translate_document` and
:func:`briefgen.pipeline.build_brief` over it, so every web translation and brief has
the glossary guarantee and fills and reuses the memory, as ``briefgen translate`` does.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from briefgen.formats.output import render_translation
from briefgen.glossary import Glossary, load_glossaries
from briefgen.pipeline import build_brief, translate_document
from briefgen.records import Brief, Document, DocumentTranslation
from briefgen.translate import load_translator
from briefgen.translate.base import DecodeOptions, Translator
from briefgen.translate.memory import default_tm_path
from briefgen.translate.stack import Stack, StackSettings, open_stack

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class EngineSettings:
    """What a job translates with; plain values, so a job row can keep them as JSON."""

    model: str
    backend: str = "auto"
    beam_size: int = 4
    threads: int = 0
    glossaries: tuple[str, ...] = ()
    builtin_glossary: bool = True
    tm: str | None = None

    @classmethod
    def from_dict(cls, data: dict) -> EngineSettings:
        return cls(**{**data, "glossaries": tuple(data.get("glossaries", ()))})

    def stack_settings(self) -> StackSettings:
        """The CLI's stack for these settings (``threads`` 0: the backend's choice)."""
        return StackSettings(
            model=self.model,
            backend=self.backend,
            options=DecodeOptions(beam_size=self.beam_size),
            threads=self.threads or None,
            glossary=load_glossaries(
                [Path(p) for p in self.glossaries], builtin=self.builtin_glossary
            ),
            tm=Path(self.tm) if self.tm else default_tm_path(),
        )


class ModelSlot:
    """The worker's last loaded model, kept for the next job that names the same one.

    Loading opus-mt takes seconds that each job of a queue would otherwise pay again; one
    slot bounds memory when jobs switch models. Only the worker thread uses it. The
    glossary and memory are not kept: each job opens its own stack over this model, so a
    glossary edited between jobs takes effect.
    """

    def __init__(self) -> None:
        self._key: tuple[str, str, int] | None = None
        self._model: Translator | None = None

    def get(self, settings: EngineSettings) -> Translator:
        """The model ``settings`` name, loaded now unless the last job used it.

        Raises:
            BackendError, ModelError: as ``load_translator`` does.
        """
        key = (settings.model, settings.backend, settings.threads)
        if self._model is None or key != self._key:
            self.close()
            self._model = load_translator(
                settings.model, backend=settings.backend, threads=settings.threads or None
            )
            self._key = key
        return self._model

    def close(self) -> None:
        if self._model is not None:
            self._model.close()
        self._model, self._key = None, None


class Engine:
    """A job's translator stack, in the worker thread.

    Without a ``models`` slot the model loads on first use and closes with the engine;
    with one, the slot's model is used and outlives the job.

    Raises (on construction):
        GlossaryError, BackendError, CacheError: as ``open_stack`` does.
        ModelError: the slot cannot load the model.
    """

    def __init__(self, settings: EngineSettings, models: ModelSlot | None = None) -> None:
        model = models.get(settings) if models is not None else None
        self.stack: Stack = open_stack(settings.stack_settings(), model=model)

    @property
    def glossary(self) -> Glossary:
        return self.stack.glossary or Glossary()

    def translate(self, document: Document, progress: Progress) -> DocumentTranslation:
        """The whole document, every segment checked against the glossary."""
        return translate_document(document, self.stack, progress=progress)

    def brief(self, paths: Sequence[Path]) -> Brief:
        """The briefing of ``paths``, as ``briefgen brief`` writes it."""
        return build_brief(list(paths), self.stack)

    def render_translation(self, result: DocumentTranslation) -> bytes:
        """The translated document in its own format (the segments carry the word
        alignments that place inline formatting)."""
        return render_translation(result)

    def close(self) -> None:
        self.stack.close()
