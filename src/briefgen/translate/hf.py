"""The Hugging Face transformers backend, for Marian (OPUS-MT) and NLLB models on PyTorch."""

from __future__ import annotations

import logging
import warnings
from collections.abc import Sequence
from pathlib import Path

from briefgen.translate.base import (
    NLLB_SOURCE_LANG,
    NLLB_TARGET_LANG,
    DecodeOptions,
    Translator,
    looks_like_path,
    model_not_found,
)
from briefgen.translate.batching import default_threads, max_target_length, token_batches

log = logging.getLogger(__name__)


def is_nllb(config) -> bool:
    return getattr(config, "model_type", "") in ("m2m_100", "nllb", "nllb-moe")


class HFTranslator(Translator):
    backend = "transformers"

    def __init__(self, model_id: str, tokenizer, model, *, threads: int | None = None) -> None:
        self.model_id = model_id
        self.tokenizer = tokenizer
        self.model = model
        self.nllb = is_nllb(model.config)
        self._generate_kwargs: dict = {}
        if self.nllb:
            self._generate_kwargs["forced_bos_token_id"] = tokenizer.convert_tokens_to_ids(
                NLLB_TARGET_LANG
            )

    @classmethod
    def load(cls, model: str, *, threads: int | None = None, **_: object) -> HFTranslator:
        """Load tokenizer and model from a local folder or the Hugging Face hub."""
        local = Path(model).expanduser()
        if looks_like_path(model) and not local.exists():
            raise model_not_found(model, "no such folder")
        if local.exists() and not (local / "config.json").exists():
            raise model_not_found(model, "folder has no config.json")
        try:
            import torch
            from transformers import AutoConfig, AutoModelForSeq2SeqLM, AutoTokenizer
            from transformers.utils import logging as hf_logging

            warnings.filterwarnings("ignore", message="Recommended: pip install sacremoses")
            hf_logging.set_verbosity_error()
            logging.getLogger("huggingface_hub").setLevel(logging.ERROR)
            hf_logging.disable_progress_bar()
            torch.set_num_threads(threads or default_threads())
            source = str(local) if local.exists() else model
            config = AutoConfig.from_pretrained(source)
            extra = {"src_lang": NLLB_SOURCE_LANG} if is_nllb(config) else {}
            tokenizer = AutoTokenizer.from_pretrained(source, **extra)
            net = AutoModelForSeq2SeqLM.from_pretrained(source)
        except (OSError, ValueError) as exc:
            raise model_not_found(model, str(exc).splitlines()[0][:160]) from exc
        net.eval()
        log.info("loaded %s with transformers", model)
        return cls(model, tokenizer, net)

    def translate_batch(
        self, texts: Sequence[str], *, options: DecodeOptions = DecodeOptions()
    ) -> list[str]:
        import torch

        results: list[str] = [""] * len(texts)
        lengths = [len(ids) for ids in self.tokenizer(list(texts)).input_ids]
        for idx in token_batches(
            lengths, max_tokens=options.max_batch_tokens, max_size=options.batch_size
        ):
            batch = self.tokenizer(
                [texts[i] for i in idx],
                return_tensors="pt",
                padding=True,
                truncation=True,
                max_length=options.max_length,
            )
            longest = int(batch["input_ids"].shape[1])
            with torch.inference_mode():
                out = self.model.generate(
                    **batch,
                    num_beams=options.beam_size,
                    do_sample=False,
                    max_new_tokens=max_target_length(longest, options.max_length),
                    **self._generate_kwargs,
                )
            for i, text in zip(
                idx, self.tokenizer.batch_decode(out, skip_special_tokens=True), strict=True
            ):
                results[i] = text.strip()
        return results
