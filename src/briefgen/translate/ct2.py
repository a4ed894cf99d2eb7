"""The CTranslate2 backend: models of every registered family converted by ``briefgen model
convert``, int8 on CPU, several times faster than PyTorch on an ordinary laptop.

It needs only ctranslate2 and the tokenizer files in the converted folder (see
:mod:`briefgen.translate.subwords`), not transformers or PyTorch.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from briefgen.errors import BackendError, ModelError
from briefgen.translate.alignment import (
    RecentDrafts,
    Span,
    links_to_best,
    packed_links_to_best,
    piece_spans,
    unpack_links,
    without_prefix,
)
from briefgen.translate.base import (
    Backend,
    BackendOptions,
    DecodeOptions,
    TokenLink,
    looks_like_path,
)
from briefgen.translate.batching import (
    beam_batches,
    default_threads,
    max_target_length,
    split_threads,
    token_batches,
)
from briefgen.translate.converted import cache_dir_for, find_ct2
from briefgen.translate.subwords import Subwords, load_subwords
from briefgen.translate.vocabmap import VMAP_FILE, check_vmap_supported

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CT2Options(BackendOptions):
    """CTranslate2 settings: ``device`` (``cpu``, ``cuda``, ``auto``) and ``compute_type``,
    the type weights are computed in (``int8`` on CPU; see CTranslate2's quantization)."""

    device: str = "cpu"
    compute_type: str = "int8"


def _not_found(model: str, reason: str) -> ModelError:
    return ModelError(f"cannot load model {model!r} with ctranslate2: {reason}")


def missing_reason(model: str) -> str:
    """Why ``model`` has no CTranslate2 copy, with the command that makes one: the error
    a user sees must say how to fix it."""
    local = Path(model).expanduser()
    if local.is_dir():
        return (
            "the folder has no model.bin; convert it with `briefgen model convert "
            f"{model} OUT_DIR` or use --backend transformers"
        )
    if looks_like_path(model):
        return "no such folder"
    return (
        f"no converted copy in {cache_dir_for(model)}; run `briefgen model convert {model}` "
        "or use --backend transformers"
    )


class CT2Translator(Backend):
    backend = "ctranslate2"
    batch_tokens = 768
    """Padded source subwords a batch may hold when ``max_batch_tokens`` is given (its
    unit); without it batches are bounded by :attr:`decode_positions`."""
    decode_positions = 6144
    """Beam states grow with source and translation length (see
    :func:`~briefgen.translate.batching.beam_batches`): 6,144 positions, about 150 MB of
    keys and values for an opus-mt-sized model, keep two batches in flight and a
    2,000-word article under 600 MB, as fast as larger batches on a 2-core CPU
    (benchmarks/translate_speed.py, benchmarks/article_memory.py). Bounding the source
    alone let long sentences with a generous length cap take 700 MB (issue 20)."""

    def __init__(
        self, model_id: str, subwords: Subwords, translator, *, use_vmap: bool = False
    ) -> None:
        self.model_id = model_id
        self.subwords = subwords
        self.translator = translator
        self.use_vmap = use_vmap
        self.family = subwords.family
        self.max_positions = subwords.max_positions
        self._drafts = RecentDrafts()

    options_class = CT2Options

    @classmethod
    def load(cls, model: str, options: BackendOptions = CT2Options()) -> CT2Translator:
        """Load a converted model: ``model`` is a CTranslate2 folder, or a hub id or folder
        whose converted copy is in the model cache.

        Raises:
            ModelError: no converted model, or its files cannot be loaded.
            BackendError: the ctranslate2 package is not installed.
        """
        folder = find_ct2(model)
        if folder is None:
            raise _not_found(model, missing_reason(model))
        try:
            import ctranslate2
        except ImportError as exc:
            raise BackendError(
                f"the ctranslate2 backend needs {exc.name}; pip install ctranslate2"
            ) from exc
        settings = options if isinstance(options, CT2Options) else CT2Options(options.threads)
        inter, intra = split_threads(settings.threads or default_threads())
        try:
            subwords = load_subwords(folder)
            translator = ctranslate2.Translator(
                str(folder),
                device=settings.device,
                compute_type=settings.compute_type,
                inter_threads=inter,
                intra_threads=intra,
            )
        except (OSError, ValueError, RuntimeError) as exc:
            first = str(exc).splitlines()[0][:160]
            if "compute type" in first:  # the machine's, not the folder's fault
                usable = ", ".join(sorted(ctranslate2.get_supported_compute_types(settings.device)))
                reason = f"{first}; this {settings.device} computes {usable}"
            else:
                reason = f"{first}; reconvert it with `briefgen model convert`"
            raise _not_found(model, reason) from exc
        use_vmap = (folder / VMAP_FILE).is_file()
        if use_vmap:
            try:
                check_vmap_supported(subwords.family)
            except ModelError as exc:
                raise ModelError(
                    f"{folder / VMAP_FILE}: {exc}; remove it with "
                    f"`briefgen model vmap {model} --remove`"
                ) from None
        log.info(
            "loaded %s from %s with ctranslate2 (%s, %s, %d×%d threads%s)",
            model,
            folder,
            subwords.family.name,
            settings.compute_type,
            inter,
            intra,
            ", vocabulary map" if use_vmap else "",
        )
        return cls(model, subwords, translator, use_vmap=use_vmap)

    def _prefix(self, n: int) -> list[list[str]] | None:
        prefix = self.family.target_prefix()
        return [list(prefix) for _ in range(n)] if prefix else None

    @classmethod
    def batches(cls, lengths: Sequence[int], options: DecodeOptions) -> Iterator[list[int]]:
        """Indices of sentences ``lengths`` subwords long, batched for decoding: by
        ``options.max_batch_tokens`` padded source subwords when set, else by the
        positions decoding keeps (:attr:`decode_positions`)."""
        if options.max_batch_tokens:
            return token_batches(
                lengths, max_tokens=options.max_batch_tokens, max_size=options.batch_size
            )
        return beam_batches(lengths, options, max_positions=cls.decode_positions)

    def translate_batch(
        self, texts: Sequence[str], *, options: DecodeOptions = DecodeOptions()
    ) -> list[str]:
        tokens = [self.subwords.source(t)[: options.max_length] for t in texts]
        pending = []
        for idx in self.batches([len(t) for t in tokens], options):
            batch = [tokens[i] for i in idx]
            longest = max(len(t) for t in batch)
            # Queued, not awaited: the next batch starts on a free worker meanwhile.
            out = self.translator.translate_batch(
                batch,
                self._prefix(len(batch)),
                beam_size=options.beam_size,
                max_decoding_length=max_target_length(longest, options),
                max_input_length=options.max_length,
                return_attention=True,
                use_vmap=self.use_vmap,
                asynchronous=True,
            )
            pending.extend(zip(idx, out, strict=True))
        results: list[str] = [""] * len(texts)
        for i, waiting in pending:
            result = waiting.result()
            hypothesis = result.hypotheses[0]
            results[i] = self.subwords.text(hypothesis)
            # Reduced to links now: the attention rows of a whole document, as Python
            # floats, would take hundreds of megabytes (issue 20).
            best = self._best(texts[i], tokens[i], results[i], hypothesis, result.attention[0])
            self._drafts.put(texts[i], results[i], packed_links_to_best(*best))
        return results

    def align(self, sources: Sequence[str], targets: Sequence[str]) -> list[list[TokenLink]]:
        """Cross-attention alignment by forced decoding: the decoder is fed each target as
        a prefix and we read which source subword each target subword attends to most.
        This backend's own recent drafts need no decoding: their links were kept."""
        links: list[list[TokenLink]] = [[] for _ in sources]
        todo = []
        for i, pair in enumerate(zip(sources, targets, strict=True)):
            known = self._drafts.get(*pair)
            if known is None:
                todo.append(i)
            else:
                links[i] = unpack_links(known)
        # Forced decoding cannot run past the model's position embeddings.
        limit = self.max_positions - 1
        src = {i: self.subwords.source(sources[i])[:limit] for i in todo}
        tgt = {i: self.subwords.target(targets[i])[:limit] for i in todo}
        options = DecodeOptions()
        for batch in token_batches(
            [len(tgt[i]) for i in todo],
            max_tokens=self.batch_budget(options),
            max_size=options.batch_size,
        ):
            idx = [todo[b] for b in batch]
            out = self.translator.translate_batch(
                [src[i] for i in idx],
                [tgt[i] for i in idx],
                beam_size=1,
                return_attention=True,
                max_decoding_length=max(len(tgt[i]) for i in idx) + 1,
                use_vmap=self.use_vmap,
            )
            for i, result in zip(idx, out, strict=True):
                links[i] = self._links(sources[i], src[i], targets[i], tgt[i], result.attention[0])
        return links

    def _links(self, source, src_tokens, target, tgt_tokens, attention) -> list[TokenLink]:
        return links_to_best(*self._best(source, src_tokens, target, tgt_tokens, attention))

    def _best(self, source, src_tokens, target, tgt_tokens, attention):
        """(the source subword each target subword attends to most, source spans,
        target spans): what links are made of."""
        special = self.subwords.special
        prefix = self.family.source_prefix
        src_pieces = [None if t in special else t for t in src_tokens]
        src_spans = without_prefix(piece_spans(prefix + source, src_pieces), prefix)
        tgt_spans = piece_spans(target, [None if t in special else t for t in tgt_tokens])
        return strongest_sources(attention, src_spans), src_spans, tgt_spans

    def close(self) -> None:
        self.translator = None


def strongest_sources(
    attention: Sequence[Sequence[float]], src_spans: Sequence[Span | None]
) -> list[int | None]:
    """For each row of ``attention`` (a target subword), the source subword with a span
    that it attends to most, taken with numpy (which ctranslate2 installs): in Python,
    the maximum over every row of every sentence costs more than building the links."""
    import numpy as np

    rows = np.asarray(attention, dtype=np.float32)
    if rows.ndim != 2 or rows.size == 0:
        return []
    usable = np.zeros(rows.shape[1], dtype=bool)
    usable[[j for j, span in enumerate(src_spans) if span is not None and j < rows.shape[1]]] = True
    if not usable.any():
        return []
    best = np.where(usable, rows, -np.inf).argmax(axis=1)
    return best.tolist()
