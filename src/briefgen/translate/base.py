"""The interface every translation backend implements, and what they share."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar, Self

from briefgen.errors import ModelError
from briefgen.records import TokenLink

DEFAULT_MODEL = "Helsinki-NLP/opus-mt-vi-en"


@dataclass(frozen=True)
class BackendOptions:
    """How a backend loads a model; each backend extends it with its own settings.

    ``threads``: CPU threads (None: one per physical core).
    """

    threads: int | None = None


@dataclass(frozen=True)
class DecodeOptions:
    """Search settings shared by all backends; ``beam_size=1`` is greedy decoding.

    A batch holds at most ``batch_size`` sentences and ``max_batch_tokens`` padded source
    tokens (see :mod:`briefgen.translate.batching`). A translation stops at
    ``max_len_a × source subwords + max_len_b`` subwords, and never past ``max_length``
    (fairseq's names): English runs longer than Vietnamese, but a model that fails to end
    a sentence must not run on to ``max_length`` on a short one.
    """

    beam_size: int = 4
    max_length: int = 256
    max_len_a: float = 2.0
    max_len_b: int = 10
    batch_size: int = 16
    max_batch_tokens: int | None = None
    """None: the backend's own ``batch_tokens``, the budget it runs fastest with in bounded
    memory."""


def model_not_found(model: str, reason: str) -> ModelError:
    return ModelError(
        f"cannot load model {model!r} ({reason}); without network access, download it "
        "elsewhere and point --model (or BRIEFGEN_MODEL) at the local folder"
    )


def looks_like_path(model: str) -> bool:
    """Hub ids look like ``org/name``; anything absolute or dotted is meant as a folder."""
    return model.startswith(("/", "./", "../", "~")) or Path(model).is_absolute()


class Translator(ABC):
    """Translates batches of Vietnamese sentences into English.

    Backends hold a loaded model; they are built by :func:`briefgen.translate.load_translator`
    and wrapped (glossary enforcement, translation memory) without knowing it.
    """

    backend: str = ""
    model_id: str = ""
    batch_tokens: int = 2048
    """Padded source subwords per batch when ``DecodeOptions.max_batch_tokens`` is None."""

    def batch_budget(self, options: DecodeOptions) -> int:
        return options.max_batch_tokens or self.batch_tokens

    @abstractmethod
    def translate_batch(
        self, texts: Sequence[str], *, options: DecodeOptions = DecodeOptions()
    ) -> list[str]:
        """English for each of ``texts``, in order."""

    def align(self, sources: Sequence[str], targets: Sequence[str]) -> list[list[TokenLink]]:
        """Word alignment of given translations from the model's cross-attention: for each
        pair, one link per target subword (forced decoding of ``targets``)."""
        raise NotImplementedError(f"{type(self).__name__} does not provide alignments")

    def close(self) -> None:  # noqa: B027 - optional hook
        """Release the model; backends holding native resources override this."""


class Backend(Translator):
    """A translator that loads a model itself: what the ``briefgen.backends`` entry-point
    group registers. Wrappers (glossary enforcement, translation memory) are translators
    built around another one, so loading is the backends' part of the interface, not
    every translator's."""

    options_class: ClassVar[type[BackendOptions]] = BackendOptions
    """The settings :meth:`load` takes; ``load_translator`` builds them from keywords."""

    @classmethod
    @abstractmethod
    def load(cls, model: str, options: BackendOptions) -> Self:
        """Load ``model`` (hub id or folder) with ``options`` (an ``options_class``).

        Raises:
            ModelError: the model cannot be found or loaded.
            BackendError: the backend's package is missing.
        """
