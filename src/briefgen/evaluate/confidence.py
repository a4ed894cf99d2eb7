"""How far a figure measured on a few dozen articles can be trusted: bootstrap intervals.

A held-out set of 19 articles gives "87% (33/38)"; whether that meets a target of 90% is
a question of sampling, not of the point value. Articles, not items, are resampled (with
replacement, as sacrebleu resamples segments), because the participants or commitments of
one article succeed or fail together: the same page layout, the same writer's habits.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, fields

from briefgen.evaluate.brief import ArticleScore, Figures, Ratio

RESAMPLES = 1000
LEVEL = 0.95
SEED = 12345
"""Fixed, so that the same annotations always print the same intervals."""


@dataclass(frozen=True)
class Interval:
    low: float
    high: float


def bootstrap_intervals(
    articles: Sequence[ArticleScore],
    *,
    resamples: int = RESAMPLES,
    level: float = LEVEL,
    seed: int = SEED,
) -> dict[str, Interval | None]:
    """A percentile interval per ratio of :class:`Figures` (None where no resample counted
    anything), from ``resamples`` sets of as many articles drawn with replacement."""
    if resamples < 1:
        raise ValueError("resamples must be at least 1")
    names = [f.name for f in fields(Figures) if f.type in (Ratio, "Ratio")]
    drawn: dict[str, list[float]] = {name: [] for name in names}
    rng = random.Random(seed)
    for _ in range(resamples if articles else 0):
        figures = Figures.of(rng.choices(articles, k=len(articles)))
        for name in names:
            value = getattr(figures, name).value
            if value is not None:
                drawn[name].append(value)
    tail = (1 - level) / 2
    return {name: _percentiles(values, tail) for name, values in drawn.items()}


def _percentiles(values: list[float], tail: float) -> Interval | None:
    if not values:
        return None
    values.sort()
    last = len(values) - 1
    return Interval(values[round(tail * last)], values[round((1 - tail) * last)])
