"""The one place the web app builds a translator and calls the pipeline.

Everything here is what the CLI does (``briefgen translate`` and ``briefgen brief``): the
model, the glossary guarantee over it and the translation memory over that, then
:func:`briefgen.pipeline.translate_document` and :func:`briefgen.pipeline.build_brief`.
Keeping it in one module lets the stack the CLI uses replace it in one place.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from briefgen.glossary import Glossary, load_glossaries
from briefgen.records import Brief, Document, DocumentTranslation
from briefgen.translate.base import DecodeOptions, TokenLink, Translator

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


class _Counting(Translator):
    """Passes texts to ``inner`` a few batches at a time, reporting sentences done."""

    def __init__(self, inner: Translator, report: Progress) -> None:
        self.inner, self.report = inner, report
        self.backend, self.model_id = inner.backend, inner.model_id

    def translate_batch(
        self, texts: Sequence[str], *, options: DecodeOptions = DecodeOptions()
    ) -> list[str]:
        step = max(1, options.batch_size * 4)
        out: list[str] = []
        self.report(0, len(texts))
        for start in range(0, len(texts), step):
            out += self.inner.translate_batch(texts[start : start + step], options=options)
            self.report(len(out), len(texts))
        return out

    def align(self, sources: Sequence[str], targets: Sequence[str]) -> list[list[TokenLink]]:
        return self.inner.align(sources, targets)


class Engine:
    """A job's translator stack; the model loads on first use, in the worker thread."""

    def __init__(self, settings: EngineSettings) -> None:
        self.settings = settings
        self.options = DecodeOptions(beam_size=settings.beam_size)
        self.glossary: Glossary = load_glossaries(
            [Path(p) for p in settings.glossaries], builtin=settings.builtin_glossary
        )
        self._translator: Translator | None = None

    @property
    def translator(self) -> Translator:
        """Model → glossary guarantee → translation memory, as ``briefgen translate``."""
        if self._translator is None:
            from briefgen.glossary.enforce import enforce_terms
            from briefgen.translate import load_translator
            from briefgen.translate.memory import (
                CachedTranslator,
                TranslationMemory,
                default_tm_path,
            )

            s = self.settings
            translator = load_translator(s.model, backend=s.backend, threads=s.threads or None)
            translator = enforce_terms(translator, self.glossary)
            memory = TranslationMemory(Path(s.tm) if s.tm else default_tm_path())
            self._translator = CachedTranslator(translator, memory, context=self.glossary.sha256)
        return self._translator

    def translate(self, document: Document, progress: Progress) -> DocumentTranslation:
        """The whole document, every segment checked against the glossary."""
        from briefgen.pipeline import translate_document

        return translate_document(
            document,
            _Counting(self.translator, progress),
            options=self.options,
            glossary=self.glossary,
        )

    def brief(self, paths: Sequence[Path], progress: Progress) -> Brief:
        """The briefing of ``paths``, as ``briefgen brief`` writes it."""
        from briefgen.pipeline import build_brief

        return build_brief(
            list(paths),
            _Counting(self.translator, progress),
            glossary=self.glossary,
            options=self.options,
        )

    def render_translation(self, result: DocumentTranslation) -> bytes:
        """The translated document in its own format (word alignments place formatting)."""
        from briefgen.formats.output import render_translation

        return render_translation(result, translator=self.translator)

    def close(self) -> None:
        if self._translator is not None:
            self._translator.close()
            self._translator = None
