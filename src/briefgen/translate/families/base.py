"""What one model family (one architecture config class) says about using its models.

Everything that differs between architectures lives here, so the backends, the subword
reader and the converter never branch on a model's kind.
"""

from __future__ import annotations

from collections.abc import Container, Sequence
from dataclasses import dataclass, replace

EOS = "</s>"


@dataclass(frozen=True)
class ModelFamily:
    """One architecture, as briefgen drives it for Vietnamese→English.

    Attributes:
        name: short name users type (``--family``) and ``model list`` shows.
        config_class: the transformers config class this entry is registered under.
        tokenizer_classes: ``tokenizer_class`` values of its tokenizers, which identify a
            converted CTranslate2 folder converted by another tool.
        source_code: language token put before the source pieces (NLLB ``vie_Latn``).
        target_code: language token forced as the first target token (NLLB ``eng_Latn``).
        source_prefix: text put before every source sentence (T5's ``"vi: "``).
        subword_files: how a converted folder's tokenizer is read: ``"sentencepiece"``
            (``source.spm``/``target.spm``) or ``"tokenizer.json"`` (the tokenizers library).
        prefix_variants: (token, prefix) pairs: a checkpoint whose vocabulary has the token
            takes that prefix instead of ``source_prefix`` (see :meth:`for_vocabulary`).
    """

    name: str
    config_class: str
    tokenizer_classes: tuple[str, ...]
    subword_files: str
    source_code: str | None = None
    target_code: str | None = None
    source_prefix: str = ""
    prefix_variants: tuple[tuple[str, str], ...] = ()
    description: str = ""

    def for_vocabulary(self, vocabulary: Container[str]) -> ModelFamily:
        """This family as one checkpoint uses it: the prefix its vocabulary calls for."""
        for token, prefix in self.prefix_variants:
            if token in vocabulary:
                return replace(self, source_prefix=prefix)
        return self

    def tokenizer_kwargs(self) -> dict[str, str]:
        """Arguments for ``AutoTokenizer.from_pretrained`` (the language codes)."""
        codes = {"src_lang": self.source_code, "tgt_lang": self.target_code}
        return {k: v for k, v in codes.items() if v}

    def prepare(self, text: str) -> str:
        """A source sentence as the model expects it (the prefix, if any, added)."""
        return self.source_prefix + text

    def source_tokens(self, pieces: Sequence[str]) -> list[str]:
        """Encoder input from the pieces of a prepared sentence."""
        head = [self.source_code] if self.source_code else []
        return [*head, *pieces, EOS]

    def target_prefix(self) -> list[str]:
        """Tokens the decoder is forced to start with (after its start token)."""
        return [self.target_code] if self.target_code else []
