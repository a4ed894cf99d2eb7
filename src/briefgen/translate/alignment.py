"""From a backend's cross-attention to :class:`~briefgen.translate.base.TokenLink` s.

Every backend reads attention its own way, then hands the rows and the tokens' character
spans to :func:`attention_links`, so glossary repair sees the same kind of alignment
whichever engine ran the model.
"""

from __future__ import annotations

from collections.abc import Sequence

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


def attention_links(
    attention: Sequence[Sequence[float]],
    src_spans: Sequence[Span | None],
    tgt_spans: Sequence[Span | None],
) -> list[TokenLink]:
    """One link per target token with a span, to the source token with a span that it
    attends to most; ``attention[k][j]`` is target token k's weight on source token j."""
    usable = [j for j, span in enumerate(src_spans) if span is not None]
    if not usable:
        return []
    links = []
    for k, tspan in enumerate(tgt_spans[: len(attention)]):
        if tspan is None:
            continue
        row = attention[k]
        best = max((j for j in usable if j < len(row)), key=row.__getitem__, default=None)
        if best is not None:
            links.append(TokenLink(*tspan, *src_spans[best]))
    return links
