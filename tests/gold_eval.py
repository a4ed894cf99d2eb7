"""Agreement of the reader and the extractors with the hand annotations in ../shared/gold.

The annotations are split once and for all (tests/data/gold_split.tsv) into a tuning set,
whose failures the rules may be written against, and a held-out set that is only measured:
a rule that fixes one article and nothing else shows up as a gap between the two.

Run ``python tests/gold_eval.py [tuning|heldout|unseen|all] [--misses]`` for every figure.
"""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from briefgen.extract import extract_facts
from briefgen.glossary import load_glossaries
from briefgen.ingest import read_document
from briefgen.normalize import fold
from briefgen.records import ArticleFacts, Document, Role

SPLIT_FILE = Path(__file__).parent / "data" / "gold_split.tsv"
SETS = ("tuning", "heldout")
# The held-out articles of the groups no rule had been written against before the split.
UNSEEN_GROUPS = ("vi_only-1NN", "vi_only-2NN")
SENTENCE_END = (".", "!", "?", "…", '"', "”", ":")
# Similarity a found item needs to count as the annotated one.
DECLARATION_OVERLAP = 0.6
COMMITMENT_OVERLAP = 0.7
ROLE_OVERLAP = 0.5


@functools.cache
def split() -> dict[str, tuple[str, str]]:
    """gold path (relative to gold/) → (group, set)."""
    rows = [
        line.split("\t")
        for line in SPLIT_FILE.read_text("utf-8").splitlines()
        if line and not line.startswith(("#", "file\t"))
    ]
    return {path: (group, subset) for path, group, subset in rows}


def gold_files(shared: Path, subset: str = "all") -> list[Path]:
    """Annotation files of ``subset``: "tuning", "heldout" (files the split does not know
    are held out), "unseen" (held out and in a group no earlier rule saw) or "all"."""
    found = sorted((shared / "gold").glob("*/*.json"))
    known = split()

    def member(path: Path) -> bool:
        group, kind = known.get(f"{path.parent.name}/{path.name}", ("new", "heldout"))
        if subset == "all":
            return True
        if subset == "unseen":
            return kind == "heldout" and group in (*UNSEEN_GROUPS, "new")
        return kind == subset

    return [p for p in found if member(p)]


@functools.cache
def annotated(gold_file: Path, shared: Path) -> tuple[dict, Document]:
    """The annotation and the document as the reader makes it."""
    gold = json.loads(gold_file.read_text("utf-8"))
    source = shared / gold["file"]
    if not source.exists():  # corpus annotations name the file inside corpus/
        source = shared / "corpus" / gold["file"]
    return gold, read_document(source)


def as_read(document: Document, gold: dict) -> Document:
    """The document as the reader made it: clutter removal, captions and dates its own."""
    return document


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
    # Excerpts stop mid-sentence after the annotated last (complete) sentence: that cut
    # paragraph is body too, and the annotators took items from it.
    kept = [i for i, t in enumerate(texts) if fold(t) not in drop]
    if kept and kept[-1] > last and not texts[kept[-1]].endswith(SENTENCE_END):
        last = kept[-1]
    body = tuple(
        replace(b, role=Role.BODY) for b in blocks[first : last + 1] if fold(b.text) not in drop
    )
    published = date.fromisoformat(gold["published"]) if gold.get("published") else None
    return replace(document, blocks=body, title=gold.get("title"), published=published)


_GLOSSARY = functools.cache(load_glossaries)


def facts(
    shared: Path, subset: str = "all", prepare: Callable = gold_body
) -> Iterator[tuple[dict, ArticleFacts]]:
    """(annotation, extracted facts) for every article of ``subset``."""
    for path in gold_files(shared, subset):
        gold, document = annotated(path, shared)
        yield gold, extract_facts(prepare(document, gold), _GLOSSARY())


def overlap(a: str, b: str) -> float:
    """Share of the shorter string's tokens found in the longer one."""
    ta, tb = set(fold(a).split()), set(fold(b).split())
    if not ta or not tb:
        return 0.0
    return len(ta & tb) / min(len(ta), len(tb))


def score(matches: list[tuple[int, int, int]]) -> tuple[float, float]:
    """(recall, precision) from per-article (matched gold, gold count, found count)."""
    hit = sum(m[0] for m in matches)
    gold = sum(m[1] for m in matches)
    found = sum(m[2] for m in matches)
    return (hit / gold if gold else 1.0, hit / found if found else 1.0)


def matched(gold: list[str], found: list[str], threshold: float) -> tuple[list[int], set[int]]:
    """Indexes of the gold items found, and of the found items that match one."""
    used: set[int] = set()
    hits = []
    for gi, g in enumerate(gold):
        for i, f in enumerate(found):
            if i not in used and overlap(g, f) >= threshold:
                used.add(i)
                hits.append(gi)
                break
    return hits, used


def match_count(gold: list[str], found: list[str], threshold: float) -> int:
    return len(matched(gold, found, threshold)[0])


def same_person(g: dict, p) -> bool:
    return fold(g["name"]) == fold(p.name.vi) and overlap(g["role"], p.role.vi) >= ROLE_OVERLAP


@dataclass(frozen=True)
class Tally:
    """Recall and precision of one kind of item over a set of articles, with the misses."""

    recall: float
    precision: float
    missed: tuple[str, ...]
    spurious: tuple[str, ...]


def participants(pairs: list[tuple[dict, ArticleFacts]]) -> Tally:
    counts, missed, spurious = [], [], []
    for gold, found in pairs:
        hit = [
            g for g in gold["participants"] if any(same_person(g, p) for p in found.participants)
        ]
        counts.append((len(hit), len(gold["participants"]), len(found.participants)))
        name = Path(gold["file"]).name
        missed += [
            f"{name}: {g['name']} | {g['role']}" for g in gold["participants"] if g not in hit
        ]
        spurious += [
            f"{name}: {p.name.vi} | {p.role.vi}"
            for p in found.participants
            if not any(same_person(g, p) for g in gold["participants"])
        ]
    return Tally(*score(counts), tuple(missed), tuple(spurious))


def items(pairs: list[tuple[dict, ArticleFacts]], kind: str) -> Tally:
    """Declarations by name overlap, commitments by their sentence."""
    field, text_of, threshold = {
        "declarations": ("name", lambda d: d.name.vi, DECLARATION_OVERLAP),
        "commitments": ("text", lambda c: c.text.vi, COMMITMENT_OVERLAP),
    }[kind]
    counts, missed, spurious = [], [], []
    for gold, found in pairs:
        expected = [item[field] for item in gold[kind]]
        got = [text_of(item) for item in getattr(found, kind)]
        hits, used = matched(expected, got, threshold)
        counts.append((len(hits), len(expected), len(got)))
        name = Path(gold["file"]).name
        missed += [f"{name}: {e}" for i, e in enumerate(expected) if i not in hits]
        spurious += [f"{name}: {g}" for i, g in enumerate(got) if i not in used]
    return Tally(*score(counts), tuple(missed), tuple(spurious))


def status_agreement(pairs: list[tuple[dict, ArticleFacts]]) -> float:
    statuses = [
        (d["status"], found[0].status)
        for g, f in pairs
        for d in g["declarations"]
        if (found := [x for x in f.declarations if overlap(d["name"], x.name.vi) >= 0.6])
    ]
    return sum(a == b for a, b in statuses) / len(statuses) if statuses else 1.0


def body_sentences(document: Document) -> list[str]:
    return [s for block in document.body for s in block.sentences]


def structure_checks(gold: dict, document: Document) -> dict[str, bool]:
    """Whether the reader got each part of the page's structure as annotated."""
    sentences = body_sentences(document)
    complete = [s for s in sentences if s.endswith(SENTENCE_END)]
    published = date.fromisoformat(gold["published"]) if gold.get("published") else None
    captions = {b.index for b in document.captions}
    return {
        "title": document.title == gold["title"],
        "body_start": bool(sentences) and sentences[0].startswith(gold["body_first"]),
        "body_end": bool(complete) and complete[-1].endswith(gold["body_last"]),
        "captions": list(document.caption_texts) == gold["captions"]
        and not captions & {b.index for b in document.body},
        "byline": document.byline == gold["byline"]
        and len(document.with_role(Role.BYLINE)) == (gold["byline"] is not None),
        "published": document.published == published,
    }


def clutter_in_body(gold: dict, document: Document) -> list[str]:
    """Annotated clutter lines the reader left in the body (as a line or a sentence)."""
    lines = {b.text.strip() for b in document.body} | set(body_sentences(document))
    return [c for c in gold["clutter"] if c.strip() in lines]


def measure(shared: Path, subset: str) -> dict[str, float]:
    """Every figure for one set of annotated articles."""
    read = [annotated(p, shared) for p in gold_files(shared, subset)]
    checks = [structure_checks(g, d) for g, d in read]
    extracted = list(facts(shared, subset))
    people = participants(extracted)
    as_users = participants(list(facts(shared, subset, as_read)))
    declarations = items(extracted, "declarations")
    commitments = items(extracted, "commitments")
    dated = [(g, f) for g, f in extracted if f.event_date is not None]
    placed = [(g, f) for g, f in extracted if f.location is not None]
    figures = {
        "articles": len(read),
        "participants_recall": people.recall,
        "participants_precision": people.precision,
        "participants_read_recall": as_users.recall,
        "participants_read_precision": as_users.precision,
        "declarations_recall": declarations.recall,
        "declarations_precision": declarations.precision,
        "declaration_status": status_agreement(extracted),
        "commitments_recall": commitments.recall,
        "commitments_precision": commitments.precision,
        "event_date": sum(str(f.event_date) == g["event_date"] for g, f in dated)
        / max(len(dated), 1),
        "location": sum(f.location.vi == g["location"] for g, f in placed) / max(len(placed), 1),
        "clutter_lines_in_body": sum(len(clutter_in_body(g, d)) for g, d in read),
    }
    for key in checks[0] if checks else ():
        figures[key] = sum(c[key] for c in checks) / len(checks)
    return figures


def misses(shared: Path, subset: str) -> list[str]:
    """What went wrong, article by article, for reading the failures of the tuning set."""
    out = []
    for path in gold_files(shared, subset):
        gold, document = annotated(path, shared)
        wrong = [k for k, ok in structure_checks(gold, document).items() if not ok]
        if wrong:
            out.append(f"{path.name}: structure wrong: {', '.join(wrong)}")
        out += [f"{path.name}: clutter in body: {c}" for c in clutter_in_body(gold, document)]
    extracted = list(facts(shared, subset))
    for label, tally in (
        ("participant", participants(extracted)),
        ("declaration", items(extracted, "declarations")),
        ("commitment", items(extracted, "commitments")),
    ):
        out += [f"missed {label}: {m}" for m in tally.missed]
        out += [f"spurious {label}: {s}" for s in tally.spurious]
    return out


if __name__ == "__main__":
    shared_dir = Path(__file__).resolve().parents[1].parent / "shared"
    chosen = [a for a in sys.argv[1:] if not a.startswith("--")] or list(SETS)
    for name in chosen:
        print(f"== {name}")
        for key, value in measure(shared_dir, name).items():
            print(f"{key:30} {value:.3f}" if isinstance(value, float) else f"{key:30} {value}")
        if "--misses" in sys.argv:
            print("\n".join(misses(shared_dir, name)))
