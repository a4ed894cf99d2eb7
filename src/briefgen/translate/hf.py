"""The Hugging Face transformers backend: every registered model family on PyTorch."""

from __future__ import annotations

import logging
import warnings
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from briefgen.translate.alignment import (
    RecentDrafts,
    attention_links,
    piece_spans,
    without_prefix,
)
from briefgen.translate.base import (
    Backend,
    BackendOptions,
    DecodeOptions,
    TokenLink,
    looks_like_path,
    model_not_found,
)
from briefgen.translate.batching import default_threads, max_target_length, token_batches
from briefgen.translate.families import ModelFamily, family_for_config

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class HFOptions(BackendOptions):
    """transformers settings: ``threads`` for PyTorch's intra-op pool."""


def quiet_transformers() -> None:
    """transformers' advice, warnings and progress bars are noise in a CLI that prints one
    line per file; errors still come through."""
    from transformers.utils import logging as hf_logging

    warnings.filterwarnings("ignore", message="Recommended: pip install sacremoses")
    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()
    logging.getLogger("huggingface_hub").setLevel(logging.ERROR)


def load_tokenizer(source: str, family: ModelFamily):
    """A model's tokenizer with its family's language codes set: the one way every backend
    and the converter load it."""
    from transformers import AutoTokenizer

    quiet_transformers()
    return AutoTokenizer.from_pretrained(source, **family.tokenizer_kwargs())


def model_family(source: str, model: str = "") -> ModelFamily:
    """The family of the transformers model at ``source`` (folder or hub id), from the
    class of its config.

    Raises:
        ModelError: an architecture no family is registered for.
        OSError, ValueError: the config cannot be read.
    """
    from transformers import AutoConfig

    quiet_transformers()
    return family_for_config(type(AutoConfig.from_pretrained(source)).__name__, model)


class HFTranslator(Backend):
    backend = "transformers"
    options_class = HFOptions

    def __init__(self, model_id: str, tokenizer, model, family: ModelFamily) -> None:
        self.model_id = model_id
        self.tokenizer = tokenizer
        self.model = model
        self.family = family
        self._drafts = RecentDrafts()
        self._generate_kwargs: dict = {}
        if family.target_code:
            self._generate_kwargs["forced_bos_token_id"] = tokenizer.convert_tokens_to_ids(
                family.target_code
            )

    @classmethod
    def load(cls, model: str, options: BackendOptions = HFOptions()) -> HFTranslator:
        """Load tokenizer and model from a local folder or the Hugging Face hub.

        Raises:
            ModelError: no such folder or hub id, or an unsupported architecture.
        """
        local = Path(model).expanduser()
        if looks_like_path(model) and not local.exists():
            raise model_not_found(model, "no such folder")
        if local.exists() and not (local / "config.json").exists():
            raise model_not_found(model, "folder has no config.json")
        try:
            import torch
            from transformers import AutoModelForSeq2SeqLM

            torch.set_num_threads(options.threads or default_threads())
            source = str(local) if local.exists() else model
            family = model_family(source, model)
            tokenizer = load_tokenizer(source, family)
            family = family.for_vocabulary(tokenizer.get_vocab())
            net = AutoModelForSeq2SeqLM.from_pretrained(source)
        except (OSError, ValueError) as exc:
            raise model_not_found(model, str(exc).splitlines()[0][:160]) from exc
        net.eval()
        log.info("loaded %s with transformers (%s)", model, family.name)
        return cls(model, tokenizer, net, family)

    def translate_batch(
        self, texts: Sequence[str], *, options: DecodeOptions = DecodeOptions()
    ) -> list[str]:
        import torch

        results: list[str] = [""] * len(texts)
        prepared = [self.family.prepare(t) for t in texts]
        encoded = self.tokenizer(prepared, truncation=True, max_length=options.max_length)
        ids = encoded["input_ids"]
        for idx in token_batches(
            [len(x) for x in ids],
            max_tokens=self.batch_budget(options),
            max_size=options.batch_size,
        ):
            batch = self.tokenizer.pad(
                {"input_ids": [ids[i] for i in idx]}, padding=True, return_tensors="pt"
            )
            longest = int(batch["input_ids"].shape[1])
            with torch.inference_mode():
                out = self.model.generate(
                    **batch,
                    num_beams=options.beam_size,
                    do_sample=False,
                    max_new_tokens=max_target_length(longest, options),
                    **self._generate_kwargs,
                )
            pad = self.tokenizer.pad_token_id
            for row, (i, text) in enumerate(
                zip(idx, self.tokenizer.batch_decode(out, skip_special_tokens=True), strict=True)
            ):
                results[i] = text.strip()
                generated = [int(t) for t in out[row, 1:] if int(t) != pad]  # after the start
                self._drafts.put(texts[i], results[i], generated)
        return results

    def align(self, sources: Sequence[str], targets: Sequence[str]) -> list[list[TokenLink]]:
        """Links from a teacher-forced pass over ``targets``: each target subword to the
        source subword with the most cross-attention, averaged over layers and heads."""
        import torch

        links: list[list[TokenLink]] = []
        for start in range(0, len(sources), ALIGN_BATCH):
            src = list(sources[start : start + ALIGN_BATCH])
            tgt = list(targets[start : start + ALIGN_BATCH])
            prepared = [self.family.prepare(s) for s in src]
            enc = self.tokenizer(prepared, return_tensors="pt", padding=True, truncation=True)
            labels = self._labels(src, tgt)
            decoder_input = torch.full_like(labels, self.model.config.decoder_start_token_id)
            decoder_input[:, 1:] = labels[:, :-1]
            # The bare encoder-decoder (``.model``) skips the vocabulary projection, the
            # costliest part of a decoder pass with a large vocabulary; T5 has none.
            network = getattr(self.model, "model", self.model)
            with torch.inference_mode(), eager_attention(self.model):
                out = network(
                    **enc,
                    decoder_input_ids=decoder_input,
                    decoder_attention_mask=labels.ne(self.tokenizer.pad_token_id),
                    output_attentions=True,
                    use_cache=False,
                )
            attention = torch.stack(out.cross_attentions).mean(dim=(0, 2))
            prefix = self.family.source_prefix
            for row, (s, t) in enumerate(zip(prepared, tgt, strict=True)):
                src_spans = without_prefix(self._char_spans(s, enc["input_ids"][row]), prefix)
                tgt_spans = self._char_spans(t, labels[row])
                links.append(attention_links(attention[row].tolist(), src_spans, tgt_spans))
        return links

    def _labels(self, sources: list[str], targets: list[str]):
        """Target token ids, padded: the ids the model generated for its own drafts (so the
        alignment is of what it produced), the tokenizer's for any other text."""
        import torch

        rows = []
        for source, target in zip(sources, targets, strict=True):
            ids = self._drafts.get(source, target)
            if ids is None:
                ids = self.tokenizer(text_target=target, truncation=True)["input_ids"]
            rows.append(list(ids))
        width = max(len(r) for r in rows)
        pad = self.tokenizer.pad_token_id
        return torch.tensor([r + [pad] * (width - len(r)) for r in rows], dtype=torch.long)

    def _char_spans(self, text: str, ids) -> list[tuple[int, int] | None]:
        """Character span of each token id in ``text``; None for special tokens."""
        special = set(self.tokenizer.all_special_ids)
        pieces = self.tokenizer.convert_ids_to_tokens([int(i) for i in ids])
        return piece_spans(
            text, [None if int(i) in special else p for i, p in zip(ids, pieces, strict=True)]
        )


ALIGN_BATCH = 16


@contextmanager
def eager_attention(model) -> Iterator[None]:
    """SDPA kernels return no attention weights; switch to eager for one pass."""
    previous = model.config._attn_implementation
    model.set_attn_implementation("eager")
    try:
        yield
    finally:
        model.set_attn_implementation(previous)
