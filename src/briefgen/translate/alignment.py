"""From a backend's cross-attention to :class:`~briefgen.translate.base.TokenLink` s.

Every backend reads attention its own way, then hands the rows and the tokens' character
spans to :func:`attention_links`, so glossary repair sees the same kind of alignment
whichever engine ran the model.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from collections.abc import Iterator, Sequence

from briefgen.translate.base import TokenLink

SPIECE_SPACE = "\u2581"
Span = tuple[int, int]


def piece_spans(text: str, pieces: Sequence[str | None]) -> list[Span | None]:
    """Where each SentencePiece piece lies in ``text``, walking left to right; None for
    special tokens (given as None) and pieces the text does not spell (``<unk>``,
    characters the tokenizer normalised)."""
    spans: list[Span | None] = []
    cursor = 0
    for piece in pieces:
        surface = piece.replace(SPIECE_SPACE, " ").strip() if piece else ""
        found = text.find(surface, cursor, cursor + len(surface) + 32) if surface else -1
        if found < 0:
            spans.append(None)
            continue
        spans.append((found, found + len(surface)))
        cursor = found + len(surface)
    return spans


def without_prefix(spans: Sequence[Span | None], prefix: str) -> list[Span | None]:
    """Spans found in ``prefix + text`` as spans of ``text``; pieces of the prefix (T5's
    ``"vi: "``), which the caller's string does not hold, become None."""
    cut = len(prefix)
    return [None if s is None or s[0] < cut else (s[0] - cut, s[1] - cut) for s in spans]


def attention_links(
    attention: Sequence[Sequence[float]],
    src_spans: Sequence[Span | None],
    tgt_spans: Sequence[Span | None],
) -> list[TokenLink]:
    """One link per target token with a span, to the source token with a span that it
    attends to most; ``attention[k][j]`` is target token k's weight on source token j."""
    usable = [j for j, span in enumerate(src_spans) if span is not None]
    best = [
        max((j for j in usable if j < len(row)), key=row.__getitem__, default=None)
        for row in attention[: len(tgt_spans)]
    ]
    return links_to_best(best, src_spans, tgt_spans)


def links_to_best(
    best: Sequence[int | None],
    src_spans: Sequence[Span | None],
    tgt_spans: Sequence[Span | None],
) -> list[TokenLink]:
    """Links from each target token with a span to ``best[k]``, the source token it
    attends to most (None: none with a span); backends that can take the maximum in
    native code pass it here rather than rows of Python floats."""
    return [TokenLink(*tspan, *sspan) for tspan, sspan in _linked_spans(best, src_spans, tgt_spans)]


def packed_links_to_best(
    best: Sequence[int | None],
    src_spans: Sequence[Span | None],
    tgt_spans: Sequence[Span | None],
) -> array:
    """:func:`links_to_best` as a flat array of ints, 16 bytes a link instead of about 200
    (what :class:`RecentDrafts` keeps for thousands of sentences), made without the
    records in between: a backend keeps every draft's links, and most are never read."""
    flat = array("i")
    for tspan, sspan in _linked_spans(best, src_spans, tgt_spans):
        flat.extend((*tspan, *sspan))
    return flat


def _linked_spans(
    best: Sequence[int | None],
    src_spans: Sequence[Span | None],
    tgt_spans: Sequence[Span | None],
) -> Iterator[tuple[Span, Span]]:
    """(target span, source span) of each target token linked to a source token with a
    span: what both forms of the links are made of."""
    for tspan, j in zip(tgt_spans, best, strict=False):
        if tspan is not None and j is not None:
            sspan = src_spans[j]
            if sspan is not None:
                yield tspan, sspan


def unpack_links(packed: array) -> list[TokenLink]:
    return [TokenLink(*packed[k : k + 4]) for k in range(0, len(packed), 4)]


class RecentDrafts:
    """What a backend knew when it produced its latest translations (its own target
    tokens, or the alignment its attention gave), keyed by (source, translation).

    Glossary repair asks for the alignment of a draft right after translating it; reading
    it from here avoids a second pass over the model and re-tokenising the draft, which
    can make it far longer than what the model actually generated.
    """

    def __init__(self, size: int = 4096) -> None:
        self._size = size
        self._items: OrderedDict[tuple[str, str], object] = OrderedDict()

    def put(self, source: str, target: str, value: object) -> None:
        self._items[source, target] = value
        self._items.move_to_end((source, target))
        while len(self._items) > self._size:
            self._items.popitem(last=False)

    def get(self, source: str, target: str) -> object | None:
        return self._items.get((source, target))
