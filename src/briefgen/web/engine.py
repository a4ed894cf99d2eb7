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
from briefgen.translate.base import DecodeOptions
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


class Engine:
    """A job's translator stack; the model loads on first use, in the worker thread.

    Raises (on construction):
        GlossaryError, BackendError, CacheError: as ``open_stack`` does.
    """

    def __init__(self, settings: EngineSettings) -> None:
        self.stack: Stack = open_stack(settings.stack_settings())

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
