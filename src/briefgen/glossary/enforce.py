"""Guarantee glossary terms (and names, numbers, acronyms) in the English, whatever the
model said: translate, check, and repair only what is missing.

Why repair after decoding rather than constrain the decoder:

* **It works on every backend and search.** transformers 5 dropped constrained beam search
  and CTranslate2 never had it; logits processors exist only in transformers. A
  string-level repair needs nothing from the backend but :meth:`Translator.align`, and it
  is the same for Marian and NLLB, beam and greedy.
* **It is a guarantee, not a bias.** Constrained decoding must spell the term in the
  model's subwords and can still be outscored or cut by ``max_length``; placeholder
  substitution depends on the model copying an unseen token (models drop, duplicate or
  translate placeholders). Splicing the glossary English into the string and verifying it
  afterwards holds by construction, also for terms the vocabulary cannot spell in one
  piece or at all.
* **It is cheap.** Sentences whose output already has every required rendering cost one
  string search. Only the others get one teacher-forced forward pass (no search) to find
  where the term went; ``benchmarks/glossary_overhead.py`` measures the total.

Repair: each missing rendering replaces the target words that cross-attention aligns to
its source span (the largest contiguous cluster of them), never touching renderings
already placed; when nothing aligns it is inserted after the English of the source word
just before it. :func:`check` then verifies, and is a pure function of (source, target,
glossary), so reports can be recomputed without the model.
"""

from __future__ import annotations

import bisect
import logging
import re
from collections.abc import Sequence
from functools import lru_cache

from briefgen.glossary import Glossary
from briefgen.glossary.protect import protected
from briefgen.records import Requirement, TermCheck
from briefgen.translate.base import DecodeOptions, TokenLink, Translator

log = logging.getLogger(__name__)

Span = tuple[int, int]
MAX_ROUNDS = 3
_SENTENCE_END = re.compile(r"[.!?…:;]+[\"'”’)\]]*\s*$")


def requirements(
    sentence: str, glossary: Glossary | None, *, keep_names: bool = True
) -> list[Requirement]:
    """What the English of ``sentence`` must contain, in source order: the glossary terms
    found (longest match, no overlaps), then names and numbers outside those terms."""
    return list(_requirements(sentence, glossary, keep_names))


@lru_cache(maxsize=4096)
def _requirements(
    sentence: str, glossary: Glossary | None, keep_names: bool
) -> tuple[Requirement, ...]:
    # Cached: the enforcer asks before repairing, and the pipeline's check() again for
    # the same sentences right after; finding names costs more than repairing.
    found = [
        Requirement(m.start, m.end, m.surface, m.entry.en, "term", m.entry.case)
        for m in (glossary.find(sentence) if glossary is not None else ())
    ]
    if keep_names:
        taken = [(r.start, r.end) for r in found]
        found += [p for p in protected(sentence) if not _overlaps((p.start, p.end), taken)]
    return tuple(sorted(found, key=lambda r: r.start))


def check(sentence: str, target: str, glossary: Glossary | None) -> tuple[TermCheck, ...]:
    """Whether each rendering ``sentence`` requires appears in ``target``, once per
    occurrence (pure: the same answer with or without a model)."""
    reqs = requirements(sentence, glossary)
    spans = claim(reqs, target)
    return tuple(
        TermCheck(r.source, r.target, r.kind, s is not None)
        for r, s in zip(reqs, spans, strict=True)
    )


def claim(reqs: Sequence[Requirement], target: str) -> list[Span | None]:
    """Give each requirement its own occurrence in ``target`` (longest renderings first,
    leftmost free occurrence), or None when none is left for it.

    Each rendering's occurrences are found once and walked with a cursor (an occurrence
    that overlaps a claimed one stays overlapped), and claimed spans are kept sorted, so a
    long sentence repeating a term costs n·log n, not n³.
    """
    spans: list[Span | None] = [None] * len(reqs)
    taken = _Taken()
    occurrences: dict[tuple[str, str, str], list[Span]] = {}
    cursors: dict[tuple[str, str, str], int] = {}
    for i in sorted(range(len(reqs)), key=lambda i: (-len(reqs[i].target), reqs[i].start)):
        key = (reqs[i].target, reqs[i].kind, reqs[i].case)
        if key not in occurrences:
            occurrences[key] = [m.span() for m in _pattern(*key).finditer(target)]
        found, at = occurrences[key], cursors.get(key, 0)
        while at < len(found) and taken.overlaps(found[at]):
            at += 1
        if at < len(found):
            spans[i] = found[at]
            taken.add(found[at])
            at += 1
        cursors[key] = at
    return spans


class _Taken:
    """Claimed spans (disjoint), sorted, answering "does this span overlap one?" by
    bisection."""

    def __init__(self) -> None:
        self._spans: list[Span] = []

    def overlaps(self, span: Span) -> bool:
        # Only the last claimed span starting before ``span`` ends can reach into it: the
        # ones before it end before it starts.
        i = bisect.bisect_left(self._spans, (span[1], -1)) - 1
        if i < 0:
            return False
        start, end = self._spans[i]
        return span[0] < end and start < span[1] if span[0] < span[1] else start < span[0] < end

    def add(self, span: Span) -> None:
        bisect.insort(self._spans, span)


@lru_cache(maxsize=4096)
def _pattern(rendering: str, kind: str, case: str) -> re.Pattern[str]:
    body = re.escape(rendering)
    if case != "preserve" and rendering[:1].isalpha():
        first = rendering[0]
        body = f"[{re.escape(first.lower())}{re.escape(first.upper())}]" + re.escape(rendering[1:])
    before = r"(?<!\w)" if rendering[:1].isalnum() else ""
    after = r"(?!\w)" if rendering[-1:].isalnum() else ""
    if kind == "number":
        after = r"(?:st|nd|rd|th)?(?!\w)"  # "lần thứ 21" may read "21st"
    return re.compile(before + body + after)


def _overlaps(span: Span, others: Sequence[Span]) -> bool:
    return any(span[0] < b and a < span[1] for a, b in others)


Link = tuple[int, int, int, int]
"""A :class:`TokenLink` as a plain tuple (target start, end, source start, end): splicing
moves every link after the splice, and a tuple is made ten times faster than a record."""


def repair(target: str, reqs: Sequence[Requirement], links: Sequence[TokenLink]) -> str:
    """``target`` with every missing rendering of ``reqs`` placed (see module docstring)."""
    plain: list[Link] = [
        (ln.target_start, ln.target_end, ln.source_start, ln.source_end) for ln in links
    ]
    return _repair(target, reqs, plain)


def _repair(target: str, reqs: Sequence[Requirement], links: list[Link]) -> str:
    for round_ in range(MAX_ROUNDS + 1):
        spans = claim(reqs, target)
        missing = [r for r, s in zip(reqs, spans, strict=True) if s is None]
        if not missing:
            return target
        locked = [s for s in spans if s is not None]
        # Renderings already in place anchor insertions as well as aligned words do.
        links += [
            (s[0], s[1], r.start, r.end) for r, s in zip(reqs, spans, strict=True) if s is not None
        ]
        for req in missing:
            region = None if round_ == MAX_ROUNDS else _aligned_region(target, req, links, locked)
            if region is None:
                region = _insertion_point(target, req, links, locked)
            target, links, locked = _splice(target, region, req.target, links, locked)
    return target


def _aligned_region(
    target: str, req: Requirement, links: Sequence[Link], locked: Sequence[Span]
) -> Span | None:
    """Whole words of ``target`` aligned to the requirement's source span: the biggest
    cluster of aligned subwords with at most one unaligned word between them."""
    hits = sorted(
        (ts, te)
        for ts, te, ss, se in links
        if ss < req.end and req.start < se and not _overlaps((ts, te), locked)
    )
    clusters: list[list[Span]] = []
    for hit in hits:
        prev = clusters[-1][-1] if clusters else None
        gap = target[prev[1] : hit[0]] if prev else ""
        if prev and len(gap.split()) <= 1 and not _overlaps((prev[1], hit[0]), locked):
            clusters[-1].append(hit)
        else:
            clusters.append([hit])
    if not clusters:
        return None
    best = max(clusters, key=lambda c: sum(b - a for a, b in c))
    return _word_edges(target, best[0][0], max(b for _, b in best), locked)


def _word_edges(target: str, start: int, end: int, locked: Sequence[Span]) -> Span:
    while start > 0 and target[start - 1].isalnum() and not _overlaps((start - 1, start), locked):
        start -= 1
    while end < len(target) and target[end].isalnum() and not _overlaps((end, end + 1), locked):
        end += 1
    return start, end


def _insertion_point(
    target: str, req: Requirement, links: Sequence[Link], locked: Sequence[Span]
) -> Span:
    """An empty span after the English of the nearest source word before the requirement
    (or at the start), never inside a placed rendering or a word."""
    before = [ln for ln in links if ln[3] <= req.start]
    if before:
        anchor = max(before, key=lambda ln: (ln[3], ln[1]))[1]
        pos = _word_edges(target, anchor, anchor, ())[1]
    elif links:
        pos = 0
    else:
        end = _SENTENCE_END.search(target)
        pos = end.start() if end else len(target)
    for a, b in sorted(locked):
        if a < pos < b:
            pos = b
    return pos, pos


def _splice(
    target: str,
    region: Span,
    text: str,
    links: list[Link],
    locked: list[Span],
) -> tuple[str, list[Link], list[Span]]:
    """Replace ``target[region]`` with ``text``, padding with spaces where words would
    touch, and move links and placed spans along."""
    a, b = region
    left = " " if a > 0 and not target[a - 1].isspace() and (text[:1].isalnum()) else ""
    right = " " if b < len(target) and target[b].isalnum() else ""
    if a == b and b < len(target) and not target[b].isspace():
        right = " "
    new = left + text + right
    delta = len(new) - (b - a)

    def moved(pos: int) -> int:
        return pos + delta if pos >= b else pos

    # Links ending before ``b`` do not move: kept as they are, not rebuilt.
    kept = [
        ln if ln[1] < b else (moved(ln[0]), moved(ln[1]), ln[2], ln[3])
        for ln in links
        if ln[1] <= a or ln[0] >= b
    ]
    placed = [(moved(s), moved(e)) for s, e in locked]
    placed.append((a + len(left), a + len(left) + len(text)))
    return target[:a] + new + target[b:], kept, placed


class TermEnforcer(Translator):
    """Wraps any :class:`Translator` so glossary terms, names and numbers come out right.

    Composes like any translator: a translation memory may wrap it, or be wrapped by it.
    """

    def __init__(self, inner: Translator, glossary: Glossary | None) -> None:
        self.inner = inner
        self.glossary = glossary
        self.backend = inner.backend
        self.model_id = inner.model_id

    def translate_batch(
        self, texts: Sequence[str], *, options: DecodeOptions = DecodeOptions()
    ) -> list[str]:
        drafts = self.inner.translate_batch(texts, options=options)
        reqs = [requirements(t, self.glossary) for t in texts]
        todo = [i for i, (r, d) in enumerate(zip(reqs, drafts, strict=True)) if None in claim(r, d)]
        if not todo:
            return drafts
        log.debug("repairing %d of %d sentences", len(todo), len(texts))
        alignments = self._align([texts[i] for i in todo], [drafts[i] for i in todo])
        for i, links in zip(todo, alignments, strict=True):
            drafts[i] = repair(drafts[i], reqs[i], links)
        return drafts

    def _align(self, sources: list[str], targets: list[str]) -> list[list[TokenLink]]:
        try:
            return self.inner.align(sources, targets)
        except NotImplementedError:
            log.warning("%s gives no alignments; missing terms are inserted", self.backend)
            return [[] for _ in sources]

    def align(self, sources: Sequence[str], targets: Sequence[str]) -> list[list[TokenLink]]:
        return self.inner.align(sources, targets)

    def close(self) -> None:
        self.inner.close()


def enforce_terms(translator: Translator, glossary: Glossary | None) -> Translator:
    """``translator`` with this glossary's terms guaranteed.

    A stack that already enforces the same glossary somewhere inside (the CLI puts the
    translation memory over the enforcer) is returned as it is, so terms are not looked
    up twice; an enforcer of another glossary on top is replaced.
    """
    layer = translator
    while layer is not None:
        if isinstance(layer, TermEnforcer) and layer.glossary is glossary:
            return translator
        layer = getattr(layer, "inner", None)
    if isinstance(translator, TermEnforcer):
        translator = translator.inner
    return TermEnforcer(translator, glossary)
