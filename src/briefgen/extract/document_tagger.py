"""A learned tagger of document names: a CRF over syllables (underthesea's CRF trainer and
tagger, in its wheel) that marks where a document's name runs in a sentence.

The name grammar of document_names is written from the articles it was tuned on; on real
articles nobody here had read it missed names in shapes no rule foresaw ("Quy hoạch phát
triển … đến năm 2020", "Bản Ghi nhớ Hợp tác Hữu nghị (MOU)"). The tagger learns the shape
of a name from every annotated sentence in tests/data and the tuning split of the gold
annotations (``tools/train_document_tagger.py`` retrains it), and proposes the names the
rules did not find; declarations then reads each one as it reads its own, clause, status and
all.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import cache
from importlib.resources import files
from pathlib import Path

from underthesea_core import CRFTagger, CRFTrainer

from briefgen.extract.document_words import (
    DOCUMENT_WORDS,
    LOWER_DOCUMENT_WORDS,
    WEAK_DOCUMENT_WORDS,
)

MODEL = "document_names.crf"
"""The trained model, in briefgen.data (CRFsuite format)."""

_TOKEN = re.compile(r"\w+(?:[-/.]\w+)*|[^\w\s]")
# The kinds of document, any case, as token runs: whether a name's first word is one is
# what the tagger leans on most, and a kind it never saw in training still counts.
_KINDS = sorted(
    {
        tuple(w.lower().split())
        for w in (*DOCUMENT_WORDS, *WEAK_DOCUMENT_WORDS, *LOWER_DOCUMENT_WORDS)
    }
    | {("dự", "án"), ("quy", "hoạch"), ("khung",), ("luật",), ("bộ", "luật")},
    key=len,
    reverse=True,
)
_OPEN_QUOTES, _CLOSE_QUOTES = '“"', '”"'

Span = tuple[int, int]

CONFIDENCE = 0.7
"""How sure the tagger must be of every token of a name it proposes (the least of their
marginal probabilities). Chosen, with the first trained model, on sets the tagger never
learned from, measured in aggregate: at 0.8 it found two fewer documents in the blind
invented sets and listed one fewer that is no document in the real dev pages; at 0.5 no
more found and more false; at 0.9 fewer found."""


def tokens(sentence: str) -> list[tuple[str, int, int]]:
    """Syllables and marks, each with where it stands, so a tagged run maps back to text."""
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(sentence)]


def _shape(token: str) -> str:
    if not token[0].isalnum():
        return "mark"
    if token.isdigit():
        return "digits"
    if any(c.isdigit() for c in token):
        return "code"
    if token.isupper() and len(token) > 1:
        return "caps"
    return "title" if token[0].isupper() else "lower"


def _kind_marks(words: list[str]) -> list[str]:
    """ "B" where a kind of document starts, "I" inside one, "" elsewhere."""
    marks = [""] * len(words)
    for i in range(len(words)):
        for kind in _KINDS:
            if tuple(words[i : i + len(kind)]) == kind:
                marks[i] = "B"
                for j in range(i + 1, i + len(kind)):
                    marks[j] = marks[j] or "I"
                break
    return marks


def _quoted(words: list[str]) -> list[bool]:
    inside, quoted = False, []
    for word in words:
        if word in _OPEN_QUOTES:
            inside = not inside if word == '"' else True
        elif word in _CLOSE_QUOTES:
            inside = False
        quoted.append(inside)
    return quoted


def features(sentence_tokens: Sequence[tuple[str, int, int]]) -> list[list[str]]:
    """Each token's attributes: the words and shapes around it, and where kinds of
    document stand, within two tokens either side."""
    words = [t[0].lower() for t in sentence_tokens]
    shapes = [_shape(t[0]) for t in sentence_tokens]
    kinds = _kind_marks(words)
    quoted = _quoted(words)
    n = len(words)

    def word(i: int) -> str:
        return words[i] if 0 <= i < n else ("<s>" if i < 0 else "</s>")

    def shape(i: int) -> str:
        return shapes[i] if 0 <= i < n else "-"

    def kind(i: int) -> str:
        return kinds[i] if 0 <= i < n else "-"

    return [
        [
            f"w={word(i)}",
            f"w-1={word(i - 1)}",
            f"w+1={word(i + 1)}",
            f"w-2={word(i - 2)}",
            f"w+2={word(i + 2)}",
            f"w-1|w={word(i - 1)}|{word(i)}",
            f"w|w+1={word(i)}|{word(i + 1)}",
            f"w-2|w-1={word(i - 2)}|{word(i - 1)}",
            f"w+1|w+2={word(i + 1)}|{word(i + 2)}",
            f"s={shape(i)}",
            f"s-1={shape(i - 1)}",
            f"s+1={shape(i + 1)}",
            f"s-2={shape(i - 2)}",
            f"s+2={shape(i + 2)}",
            f"s-1|s|s+1={shape(i - 1)}|{shape(i)}|{shape(i + 1)}",
            f"k={kind(i)}",
            f"k-1={kind(i - 1)}",
            f"k+1={kind(i + 1)}",
            f"q={quoted[i]}",
        ]
        for i in range(n)
    ]


def labels(sentence: str, sentence_tokens: Sequence[tuple[str, int, int]], names: Iterable[str]):
    """B/I/O per token for the annotated ``names`` found in ``sentence`` (any case; a name
    annotated without its quotation marks found with them too)."""
    marks = ["O"] * len(sentence_tokens)
    lowered = sentence.lower()
    for name in names:
        for form in (name.lower(), name.lower().replace("“", "").replace("”", "")):
            start = lowered.find(form)
            if start >= 0:
                break
        else:
            continue
        inside = [
            k
            for k, (_, a, b) in enumerate(sentence_tokens)
            if start <= a and b <= start + len(form)
        ]
        for k in inside:
            marks[k] = "B" if k == inside[0] else "I"
    return marks


def train(
    examples: Iterable[tuple[str, Sequence[str]]],
    model: Path,
    *,
    min_count: int = 3,
    l1: float = 0.5,
    l2: float = 0.01,
) -> int:
    """Train the tagger on (sentence, annotated names) pairs and save it to ``model``.
    Attributes seen fewer than ``min_count`` times are left out: they fit single sentences
    and make the model large. The penalties were chosen on the real dev pages and the blind
    invented sets, never the real test part: an L1 of 0.5 lists two fewer false names there
    than 0.1 and finds as many (1.0 lost one). Returns the number of sentences trained on."""
    rows = [(tokens(s), s, names) for s, names in examples]
    rows = [(t, s, names) for t, s, names in rows if t]
    xs = [features(t) for t, _, _ in rows]
    ys = [labels(s, t, names) for t, s, names in rows]
    counts = Counter(a for x in xs for token in x for a in token)
    xs = [[[a for a in token if counts[a] >= min_count] for token in x] for x in xs]
    trainer = CRFTrainer()
    trainer.set_l1_penalty(l1)
    trainer.set_l2_penalty(l2)
    trainer.set_max_iterations(150)
    trainer.train(xs, ys).save(str(model))
    return len(rows)


@cache
def _tagger(model: str | None = None):
    tagger = CRFTagger()
    tagger.load(model or str(files("briefgen.data").joinpath(MODEL)))
    return tagger


def tagged_names(sentence: str, model: str | None = None) -> list[Span]:
    """Where the tagger says a document's name runs in ``sentence`` (start, end), the marks
    closing it (" ,.;:") left out."""
    found = tokens(sentence)
    if not found:
        return []
    tagger = _tagger(model)
    attributes = features(found)
    classes = tagger.labels()
    sure = [dict(zip(classes, p, strict=True)) for p in tagger.marginals(attributes)]
    runs: list[list] = []  # start, end, least sure of its tokens
    running = False
    for i, ((_, start, end), label) in enumerate(zip(found, tagger.tag(attributes), strict=True)):
        if label == "I" and running:
            runs[-1][1] = end
            runs[-1][2] = min(runs[-1][2], sure[i][label])
        elif label != "O":  # a "B", or an "I" that opens a run
            runs.append([start, end, sure[i][label]])
        running = label != "O"
    spans = [_trimmed(sentence, a, b) for a, b, p in runs if p >= CONFIDENCE]
    return [(a, b) for a, b in spans if b > a]


def _trimmed(sentence: str, start: int, end: int) -> Span:
    text = sentence[start:end]
    stripped = text.rstrip(" ,.;:")
    return start, start + len(stripped)
