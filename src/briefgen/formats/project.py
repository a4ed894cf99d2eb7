"""Carry inline formatting from a source paragraph onto its translation.

A paragraph's source text is covered by formatting *keys* (a run's properties, an inline
element…). Each target word is mapped to a source character, with the model's word
alignment when the translate stage kept one with the sentence and by its relative
position inside the sentence otherwise, and takes the key found there. Sentences are
translated whole; only the formatting is projected, so bold or a hyperlink lands on the
matching words. When a post-editor placed the formatting (XLIFF inline codes, see
:func:`code_labels`), each word takes the formatting of the code around it instead.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from briefgen.records import TokenLink

_WORD = re.compile(r"\S+")


@dataclass(frozen=True)
class SentencePair:
    """One translated sentence: its spans in the paragraph's source and target text, and
    the alignment links (offsets inside the two sentences), when known."""

    source_start: int
    source_end: int
    target_start: int
    target_end: int
    links: tuple[TokenLink, ...] | None = None
    codes: tuple[tuple[int, int, int], ...] | None = None
    """Inline codes an editor placed: ``(start, end, label)`` inside the target sentence,
    ``label`` as :func:`code_labels` numbers the paragraph's formatting."""


@dataclass(frozen=True)
class Anchor:
    """Something without text (image, footnote reference) at a source offset."""

    offset: int
    item: object


def code_labels(source_keys: Sequence[Hashable]) -> list[int]:
    """Each character's formatting as a number: 0 for the paragraph's plain text (its most
    common key), then 1, 2… for the other keys in order of first appearance. XLIFF inline
    codes carry these numbers, so an edited target maps back to the same formatting."""
    if not source_keys:
        return []
    plain = Counter(source_keys).most_common(1)[0][0]
    numbers: dict[Hashable, int] = {plain: 0}
    for key in source_keys:
        numbers.setdefault(key, len(numbers))
    return [numbers[key] for key in source_keys]


@dataclass(frozen=True)
class InlineLabels:
    """A formatted block's text for XLIFF inline codes: each character's label
    (:func:`code_labels`) and, for labels whose text sits in an element whose loss loses
    data (a link, a field), that element's number, so the codes are placed exactly as the
    writers place formatting (:func:`project` with ``element_of``)."""

    text: str
    labels: tuple[int, ...]
    elements: Mapping[int, int]

    @classmethod
    def of(
        cls,
        text: str,
        keys: Sequence[Hashable],
        element_of: Callable[[Hashable], Hashable | None],
    ) -> InlineLabels:
        """The labels of a block whose characters have ``keys``, as a writer sees them."""
        labels = code_labels(keys)
        numbers: dict[Hashable, int] = {}
        elements = {}
        for key, label in zip(keys, labels, strict=True):
            element = element_of(key)
            if element is not None:
                elements[label] = numbers.setdefault(element, len(numbers))
        return cls(text, tuple(labels), elements)


def join_sentences(
    source: str,
    sentences: Sequence[tuple[str, str]],
    links: Sequence | None = None,
    codes: Sequence | None = None,
) -> tuple[str, list[SentencePair]]:
    """The paragraph translation (non-empty targets joined by spaces) and the span pairs.

    ``sentences`` are ``(source sentence, its translation)`` in order; a source sentence
    not found in ``source`` is placed after the previous one. ``codes``, per sentence, are
    the inline codes an editor placed in its translation (or None).
    """
    target, pairs, cursor = "", [], 0
    for n, (src, tgt) in enumerate(sentences):
        start = source.find(src, cursor)
        start = cursor if start < 0 else start
        end = min(len(source), start + len(src))
        cursor = end
        if not tgt:
            continue
        if target:
            target += " "
        pair_links = tuple(links[n]) if links is not None and links[n] else None
        pair_codes = tuple(codes[n]) if codes is not None and codes[n] is not None else None
        span = (start, end, len(target), len(target) + len(tgt))
        pairs.append(SentencePair(*span, pair_links, pair_codes))
        target += tgt
    return target, pairs


def project(
    source_keys: Sequence[Hashable],
    target: str,
    pairs: Sequence[SentencePair],
    anchors: Sequence[Anchor] = (),
    *,
    element_of: Callable[[Hashable], Hashable | None] | None = None,
    source: str = "",
) -> list[tuple[str, Hashable] | Anchor]:
    """The target as ``(text, key)`` pieces with equal neighbours merged, and the anchors
    placed where their source offset maps to.

    ``element_of`` names the element whose loss would lose data (a link's target, a
    field, a content control) that a key's text sits in, or None. Each such element keeps
    at least one target word, taken before plain formatting's (a bold phrase may lose its
    only word to a link); when the translation has no word left for it (an empty or very
    short translation), it keeps its ``source`` text where its words were, so a link stays
    visible and clickable rather than vanishing (pass no ``source`` where the target's
    text must stay the translation's, as in XLIFF). Codes an editor placed are kept as
    placed.
    """
    if not source_keys:
        return [*anchors, *([(target, None)] if target else [])]
    words = [m.span() for m in _WORD.finditer(target)]
    positions = [_source_position(w, pairs) for w in words]
    last = len(source_keys) - 1
    keys = [source_keys[min(last, max(0, round(p)))] for p in positions]
    plain = _plain_key(source_keys, element_of)
    placed = _placed_by_editor(source_keys, words, pairs)
    kept: list[tuple[float, str, Hashable]] = []
    if placed:
        keys = [placed.get(i, key) for i, key in enumerate(keys)]
    else:
        if element_of is not None:
            wordless = _give_each_a_word(source_keys, positions, keys, element_of)
            kept = _source_text_kept(wordless, source, words, positions, len(target))
        _give_each_a_word(source_keys, positions, keys, lambda key: key)
        _keep_spans_whole(keys, plain)
    slots = [_target_offset(a.offset, pairs, len(target)) for a in anchors]
    spaces_are_plain = element_of is None or element_of(plain) is None
    return _merge(_in_order(target, words, keys, kept, anchors, slots), plain, spaces_are_plain)


def _in_order(
    target: str,
    words: Sequence[tuple[int, int]],
    keys: Sequence[Hashable],
    kept: Sequence[tuple[float, str, Hashable]],
    anchors: Sequence[Anchor],
    slots: Sequence[float],
) -> Iterator[Anchor | tuple[str, str, Hashable]]:
    """The anchors, and each target word or kept source text as ``(gap before it, text,
    key)``, in target order; a kept text is set off by a space from what precedes it."""
    pending = sorted(range(len(anchors)), key=lambda a: slots[a])
    tokens = [(start, 1, (start, end), key) for (start, end), key in zip(words, keys, strict=True)]
    tokens += [(slot, 0, text, key) for slot, text, key in kept]
    previous_end, after_kept, emitted = 0, False, False
    for slot, from_target, word, key in sorted(tokens, key=lambda t: t[:2]):
        while pending and slots[pending[0]] <= slot:
            emitted = True
            yield anchors[pending.pop(0)]
        if from_target:
            start, end = word
            gap = target[previous_end:start] or (" " if after_kept else "")
            yield gap, target[start:end], key
            previous_end = end
        else:
            yield (" " if emitted else ""), word, key
        after_kept, emitted = not from_target, True
    yield from (anchors[a] for a in pending)


def _merge(
    pieces: Iterable[Anchor | tuple[str, str, Hashable]], plain: Hashable, spaces_are_plain: bool
) -> list[tuple[str, Hashable] | Anchor]:
    """``(text, key)`` pieces with equal neighbours merged. A gap goes to the piece before
    it when that one is plain or the same key, else (``spaces_are_plain``) to a plain piece
    of its own: spaces stay outside formatting."""
    items: list[tuple[str, Hashable] | Anchor] = []
    for piece in pieces:
        if isinstance(piece, Anchor):
            items.append(piece)
            continue
        gap, text, key = piece
        last = items[-1] if items and not isinstance(items[-1], Anchor) else None
        if last is not None and last[1] in (key, plain):
            items[-1] = last = (last[0] + gap, last[1])
            gap = ""
        elif gap and key != plain and spaces_are_plain:
            items.append(last := (gap, plain))
            gap = ""
        if last is not None and last[1] == key:
            items[-1] = (last[0] + text, key)
        else:
            items.append((gap + text, key))
    return items


def _source_text_kept(
    wordless: Sequence[tuple[list[int], Hashable]],
    source: str,
    words: Sequence[tuple[int, int]],
    positions: Sequence[float],
    length: int,
) -> list[tuple[float, str, Hashable]]:
    """``(target offset, source text, key)`` of each element no word was left for: its
    source text goes before the first word translating what follows it in the source."""
    kept = []
    for offsets, key in wordless:
        text = source[offsets[0] : offsets[-1] + 1].strip()
        if text:
            after = (w for w, p in zip(words, positions, strict=True) if p > offsets[0])
            kept.append((next(after, (length, 0))[0], text, key))
    return kept


def _plain_key(
    source_keys: Sequence[Hashable], element_of: Callable[[Hashable], Hashable | None] | None
) -> Hashable:
    """The paragraph's plain text: its commonest key outside any link or field (a line
    that is mostly one long link is still plain text around it), else its commonest key."""
    counts = Counter(source_keys).most_common()
    outside = (key for key, _ in counts if element_of is None or element_of(key) is None)
    return next(outside, counts[0][0])


def _placed_by_editor(
    source_keys: Sequence[Hashable], words: Sequence[tuple[int, int]], pairs: Sequence[SentencePair]
) -> dict[int, Hashable]:
    """Word index → key, for the words of sentences whose codes an editor placed."""
    key_of = dict(zip(code_labels(source_keys), source_keys, strict=True))
    placed: dict[int, Hashable] = {}
    for i, (start, _) in enumerate(words):
        pair = next((p for p in pairs if p.target_start <= start < p.target_end), None)
        if pair is None or pair.codes is None:
            continue
        offset = start - pair.target_start
        label = next((c for a, b, c in pair.codes if a <= offset < b), 0)
        placed[i] = key_of.get(label, key_of[0])
    return placed


def _source_position(word: tuple[int, int], pairs: Sequence[SentencePair]) -> float:
    start, end = word
    pair = next((p for p in pairs if p.target_start <= start < p.target_end), None)
    if pair is None:
        return 0.0
    if pair.links:
        lo, hi = start - pair.target_start, end - pair.target_start
        hits = [
            (link.source_start + link.source_end) / 2
            for link in pair.links
            if link.target_start < hi and link.target_end > lo
        ]
        if hits:
            return pair.source_start + statistics.median(hits)
    frac = ((start + end) / 2 - pair.target_start) / max(1, pair.target_end - pair.target_start)
    return pair.source_start + frac * (pair.source_end - pair.source_start)


def _target_offset(offset: int, pairs: Sequence[SentencePair], length: int) -> float:
    for pair in pairs:
        if offset <= pair.source_start:
            return pair.target_start
        if offset < pair.source_end:
            frac = (offset - pair.source_start) / max(1, pair.source_end - pair.source_start)
            return pair.target_start + frac * (pair.target_end - pair.target_start)
    return length


def _give_each_a_word(
    source_keys: Sequence[Hashable],
    positions: Sequence[float],
    keys: list[Hashable],
    group_of: Callable[[Hashable], Hashable | None],
) -> list[tuple[list[int], Hashable]]:
    """Give each group of source keys (a key itself, or the element it sits in) a target
    word under its commonest key, so a short or scrambled translation does not lose a
    link or bold: the word nearest its source text whose loss leaves no other group
    wordless. Returns the source offsets and key of each group no word could be spared for.
    """
    offsets_of: dict[Hashable, list[int]] = {}
    for i, key in enumerate(source_keys):
        group = group_of(key)
        if group is not None:
            offsets_of.setdefault(group, []).append(i)
    wordless = []
    for group, offsets in offsets_of.items():
        holders = Counter(group_of(k) for k in keys)
        if holders[group]:
            continue
        key = Counter(source_keys[i] for i in offsets).most_common(1)[0][0]
        donors = [i for i, k in enumerate(keys) if group_of(k) is None or holders[group_of(k)] > 1]
        if not donors:
            wordless.append((offsets, key))
            continue
        centre = sum(offsets) / len(offsets)
        keys[min(donors, key=lambda i: abs(positions[i] - centre))] = key
    return wordless


def _keep_spans_whole(keys: list[Hashable], plain: Hashable) -> None:
    """A bold phrase or a link is one stretch of words in the source, so it must be one in
    the translation: alignment noise can scatter its words. Each formatted key keeps its
    longest run of words; its stray words become plain text."""
    runs: dict[Hashable, list[range]] = {}
    start = 0
    for i in range(1, len(keys) + 1):
        if i == len(keys) or keys[i] != keys[start]:
            runs.setdefault(keys[start], []).append(range(start, i))
            start = i
    for key, spans in runs.items():
        if key == plain or len(spans) < 2:
            continue
        longest = max(spans, key=len)
        for span in spans:
            if span is not longest:
                for i in span:
                    keys[i] = plain
