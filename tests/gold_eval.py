"""Agreement of the extractors with the hand annotations in ../shared/gold (for tests)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

from briefgen.extract import extract_facts
from briefgen.glossary import load_glossaries
from briefgen.ingest import read_document
from briefgen.normalize import fold
from briefgen.records import Document, Role


def overlap(a: str, b: str) -> float:
    """Share of the shorter string's tokens found in the longer one."""
    ta, tb = set(fold(a).split()), set(fold(b).split())
    if not ta or not tb:
        return 0.0
    return len(ta & tb) / min(len(ta), len(tb))


def as_read(document: Document, gold: dict) -> Document:
    """The document as the reader made it: clutter removal, captions and dates its own."""
    return document


def pairs(shared: Path, prepare=None):
    """(gold annotation, extracted facts) for every annotated article, the document
    ``prepare``d first (by default: cut to the annotator's body, see gold_body)."""
    prepare = prepare or gold_body
    glossary = load_glossaries()
    for path in sorted((shared / "gold").glob("*/*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        source = shared / gold["file"]
        if not source.exists():
            source = shared / "corpus" / gold["file"]
        yield gold, extract_facts(prepare(read_document(source), gold), glossary)


def gold_body(document: Document, gold: dict) -> Document:
    """The document with the annotator's article body and publication date, so
    extraction is measured apart from clutter removal and dateline reading (ingest's)."""
    drop = {
        fold(c)
        for c in [*gold.get("clutter", []), *gold.get("captions", []), gold.get("byline") or ""]
    }
    blocks = [b for b in document.blocks if b.role is not Role.BLANK]
    texts = [b.text.strip() for b in blocks]
    first = next((i for i, t in enumerate(texts) if t.startswith(gold["body_first"])), 0)
    last = next(
        (i for i, t in enumerate(texts) if t.endswith(gold["body_last"]) and i >= first),
        len(blocks) - 1,
    )
    body = tuple(
        replace(b, role=Role.BODY) for b in blocks[first : last + 1] if fold(b.text) not in drop
    )
    published = date.fromisoformat(gold["published"]) if gold.get("published") else None
    return replace(document, blocks=body, title=gold.get("title"), published=published)


def score(matches: list[tuple[int, int, int]]) -> tuple[float, float]:
    """(recall, precision) from per-article (matched gold, gold count, found count)."""
    hit = sum(m[0] for m in matches)
    gold = sum(m[1] for m in matches)
    found = sum(m[2] for m in matches)
    return (hit / gold if gold else 1.0, hit / found if found else 1.0)


def match_count(gold: list[str], found: list[str], threshold: float) -> int:
    used: set[int] = set()
    hits = 0
    for g in gold:
        for i, f in enumerate(found):
            if i not in used and overlap(g, f) >= threshold:
                used.add(i)
                hits += 1
                break
    return hits
