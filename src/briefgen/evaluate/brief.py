"""How the reader and the extractors, which a briefing is made of, agree with hand
annotations (:mod:`briefgen.evaluate.gold`): ``briefgen eval-brief``.

Structure (title, body start and end, captions, byline, publication date, clutter left in
the body) is measured on the document as the reader makes it. Facts are measured on the
annotated body, so extraction is judged apart from clutter removal, and participants once
more on the document as read, photo captions included, as a briefing gets them.

Items match loosely, since annotators and rules cut names and sentences a little
differently: a participant by the same name and a role sharing half its words, a
declaration sharing 60% of the shorter name's words, a commitment 70% of its sentence's;
declarations and commitments pair one to one (:func:`pair_up`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date

from briefgen.evaluate.gold import Annotation
from briefgen.extract import extract_facts, sentences_of
from briefgen.glossary import Glossary
from briefgen.ingest import read_document
from briefgen.ingest.outlets import lead_tag
from briefgen.normalize import fold
from briefgen.records import ArticleFacts, Document, EventDate, Participant, Role

SENTENCE_END = (".", "!", "?", "…", '"', "”", ":")
DECLARATION_OVERLAP = 0.6
COMMITMENT_OVERLAP = 0.7
ROLE_OVERLAP = 0.5


@dataclass(frozen=True)
class Matching:
    """One kind of item in one article: the annotated ones against the extracted ones."""

    expected: int
    found: int
    hits: int
    """Annotated items that were found."""
    missed: tuple[str, ...]
    false_hits: tuple[str, ...]
    """Extracted items that match no annotated one."""


@dataclass(frozen=True)
class Check:
    """One thing an article has once (its title, its event's date…), annotated and found."""

    expected: str | None
    found: str | None
    right: bool


@dataclass(frozen=True)
class StatusCheck:
    """The status of an annotated declaration that was found."""

    declaration: str
    expected: str
    found: str


@dataclass(frozen=True)
class ArticleScore:
    """Everything measured on one annotated article."""

    annotation: str
    """The annotation file, relative to the gold folder."""
    article: str
    """The article, relative to the root folder."""
    participants: Matching
    participants_as_read: Matching
    declarations: Matching
    statuses: tuple[StatusCheck, ...]
    commitments: Matching
    date: Check
    day_and_month: Check
    """The event date against the annotated one, a found date without a year ("--07-04")
    right where its day and month are: what a brief says of it is right."""
    place: Check
    title: Check
    body_start: Check
    body_end: Check
    captions: Check
    byline: Check
    published: Check
    clutter_in_body: tuple[str, ...]
    """Annotated clutter lines the reader left in the body."""


@dataclass(frozen=True)
class Ratio:
    hits: int
    total: int

    @property
    def value(self) -> float | None:
        """``hits / total``; None when there was nothing to count."""
        return self.hits / self.total if self.total else None


@dataclass(frozen=True)
class Figures:
    """The figures over a set of articles: items pooled over the articles (micro
    average), structure as the share of articles right. :data:`ABOUT` describes each."""

    participants_recall: Ratio
    participants_precision: Ratio
    participants_as_read_recall: Ratio
    participants_as_read_precision: Ratio
    declarations_recall: Ratio
    declarations_precision: Ratio
    declaration_status: Ratio
    commitments_recall: Ratio
    commitments_precision: Ratio
    date_recall: Ratio
    date_precision: Ratio
    day_and_month_recall: Ratio
    place_recall: Ratio
    place_precision: Ratio
    title: Ratio
    body_start: Ratio
    body_end: Ratio
    captions: Ratio
    byline: Ratio
    published: Ratio
    clutter_lines: int

    @classmethod
    def of(cls, articles: Sequence[ArticleScore]) -> Figures:
        def pooled(kind: str, denominator: str) -> Ratio:
            matchings = [getattr(a, kind) for a in articles]
            return Ratio(
                sum(m.hits for m in matchings), sum(getattr(m, denominator) for m in matchings)
            )

        def share(pick: Callable[[ArticleScore], Check], among: str | None = None) -> Ratio:
            checks = [pick(a) for a in articles]
            counted = [c for c in checks if among is None or getattr(c, among) is not None]
            return Ratio(sum(c.right for c in counted), len(counted))

        statuses = [s for a in articles for s in a.statuses]
        return cls(
            participants_recall=pooled("participants", "expected"),
            participants_precision=pooled("participants", "found"),
            participants_as_read_recall=pooled("participants_as_read", "expected"),
            participants_as_read_precision=pooled("participants_as_read", "found"),
            declarations_recall=pooled("declarations", "expected"),
            declarations_precision=pooled("declarations", "found"),
            declaration_status=Ratio(sum(s.expected == s.found for s in statuses), len(statuses)),
            commitments_recall=pooled("commitments", "expected"),
            commitments_precision=pooled("commitments", "found"),
            date_recall=share(lambda a: a.date, "expected"),
            date_precision=share(lambda a: a.day_and_month, "found"),
            day_and_month_recall=share(lambda a: a.day_and_month, "expected"),
            place_recall=share(lambda a: a.place, "expected"),
            place_precision=share(lambda a: a.place, "found"),
            **{part: share(lambda a, p=part: getattr(a, p)) for part in STRUCTURE},
            clutter_lines=sum(len(a.clutter_in_body) for a in articles),
        )


@dataclass(frozen=True)
class About:
    """What a figure says, and issue 13's target for it on articles nobody tuned on."""

    label: str
    target: float | None = None


ABOUT = {
    "participants_recall": About("participants: recall", 0.95),
    "participants_precision": About("participants: precision", 0.90),
    "participants_as_read_recall": About("participants as read: recall", 0.95),
    "participants_as_read_precision": About("participants as read: precision", 0.90),
    "declarations_recall": About("declarations: recall", 0.90),
    "declarations_precision": About("declarations: precision", 0.85),
    "declaration_status": About("declaration status as annotated"),
    "commitments_recall": About("commitments: recall", 0.85),
    "commitments_precision": About("commitments: precision", 0.80),
    "date_recall": About("event date: right of annotated"),
    "date_precision": About("event date: right of found"),
    "day_and_month_recall": About("event date: day and month right of annotated"),
    "place_recall": About("place: right of annotated"),
    "place_precision": About("place: right of found"),
    "title": About("title right", 0.97),
    "body_start": About("body start right", 0.95),
    "body_end": About("body end right", 0.95),
    "captions": About("captions right"),
    "byline": About("byline right"),
    "published": About("publication date right"),
    "clutter_lines": About("clutter lines left in the body", 0),
}
"""Every field of :class:`Figures`, in order."""

STRUCTURE = ("title", "body_start", "body_end", "captions", "byline", "published")


@dataclass(frozen=True)
class SetScore:
    """A named set of annotated articles: each article's score and the pooled figures."""

    name: str
    articles: tuple[ArticleScore, ...]
    figures: Figures


def overlap(a: str, b: str) -> float:
    """Share of the shorter string's words found in the longer one."""
    ta, tb = set(fold(a).split()), set(fold(b).split())
    if not ta or not tb:
        return 0.0
    return len(ta & tb) / min(len(ta), len(tb))


def pair_up(expected: Sequence[str], found: Sequence[str], threshold: float) -> dict[int, int]:
    """The most annotated items paired one to one with extracted items similar enough
    (annotated index to extracted index), the closest pairs first. A first-come pairing
    undercounts: a short annotated name ("Tuyên bố chung") takes the first joint statement
    found, and the annotated name that only that one matches finds nothing. So the closest
    pairs are taken first, then augmenting paths (Kuhn's algorithm) make the pairing as
    large as it can be."""
    shares = {(gi, i): overlap(g, f) for gi, g in enumerate(expected) for i, f in enumerate(found)}
    score = {
        (gi, i): (share, _likeness(expected[gi], found[i]))
        for (gi, i), share in shares.items()
        if share >= threshold
    }
    similar = [
        sorted((i for (g, i) in score if g == gi), key=lambda i, gi=gi: score[gi, i], reverse=True)
        for gi in range(len(expected))
    ]
    owner: dict[int, int] = {}
    for gi, i in sorted(score, key=score.__getitem__, reverse=True):
        if i not in owner and gi not in owner.values():
            owner[i] = gi

    def claim(gi: int, seen: set[int]) -> bool:
        for i in similar[gi]:
            if i not in seen:
                seen.add(i)
                if i not in owner or claim(owner[i], seen):
                    owner[i] = gi
                    return True
        return False

    for gi in sorted(set(range(len(expected))) - set(owner.values())):
        claim(gi, set())
    return {gi: i for i, gi in owner.items()}


def _likeness(a: str, b: str) -> float:
    """Shared words over all words: what tells apart two names that each hold the other's
    words ("Tuyên bố X" and "Đề án triển khai Tuyên bố X")."""
    ta, tb = set(fold(a).split()), set(fold(b).split())
    return len(ta & tb) / len(ta | tb) if ta | tb else 0.0


def _match_texts(expected: Sequence[str], found: Sequence[str], threshold: float) -> Matching:
    """Annotated items against extracted ones, paired by :func:`pair_up`."""
    pairs = pair_up(expected, found, threshold)
    used = set(pairs.values())
    return Matching(
        expected=len(expected),
        found=len(found),
        hits=len(pairs),
        missed=tuple(e for i, e in enumerate(expected) if i not in pairs),
        false_hits=tuple(f for i, f in enumerate(found) if i not in used),
    )


def _match_participants(annotation: Annotation, found: Sequence[Participant]) -> Matching:
    def same(g, p: Participant) -> bool:
        return fold(g.name) == fold(p.name.vi) and overlap(g.role, p.role.vi) >= ROLE_OVERLAP

    gold = annotation.participants
    hit = [g for g in gold if any(same(g, p) for p in found)]
    return Matching(
        expected=len(gold),
        found=len(found),
        hits=len(hit),
        missed=tuple(f"{g.name} | {g.role}" for g in gold if g not in hit),
        false_hits=tuple(
            f"{p.name.vi} | {p.role.vi}" for p in found if not any(same(g, p) for g in gold)
        ),
    )


def _statuses(annotation: Annotation, facts: ArticleFacts) -> tuple[StatusCheck, ...]:
    """Each found declaration's status against the one annotated for the name it is paired
    with."""
    names = [d.name.vi for d in facts.declarations]
    pairs = pair_up([d.name for d in annotation.declarations], names, DECLARATION_OVERLAP)
    return tuple(
        StatusCheck(d.name, d.status, facts.declarations[pairs[gi]].status)
        for gi, d in enumerate(annotation.declarations)
        if gi in pairs
    )


def annotated_body(document: Document, annotation: Annotation) -> Document:
    """The document with the annotator's body, title and publication date, so extraction
    is measured apart from the reader's clutter removal and dateline reading."""
    drop = {fold(c) for c in (*annotation.clutter, *annotation.captions, annotation.byline or "")}
    blocks = [b for b in document.blocks if b.role is not Role.BLANK]
    texts = [b.text.strip() for b in blocks]
    first = next((i for i, t in enumerate(texts) if t.startswith(annotation.body_first)), 0)
    # The last paragraph ending so: a lead may end as the story does (the same sentence
    # printed twice), and the body runs on to the story's end.
    ends = [i for i, t in enumerate(texts) if t.endswith(annotation.body_last) and i >= first]
    last = ends[-1] if ends else len(blocks) - 1
    # Excerpts stop mid-sentence after the annotated last (complete) sentence: that cut
    # paragraph is body too, and the annotators took items from it.
    kept = [i for i, t in enumerate(texts) if fold(t) not in drop]
    if kept and kept[-1] > last and not texts[kept[-1]].endswith(SENTENCE_END):
        last = kept[-1]
    body = tuple(
        replace(b, role=Role.BODY) for b in blocks[first : last + 1] if fold(b.text) not in drop
    )
    return replace(document, blocks=body, title=annotation.title, published=annotation.published)


def _text(value) -> str | None:
    return None if value is None else str(value)


def _check(expected, found, right: bool | None = None) -> Check:
    return Check(_text(expected), _text(found), expected == found if right is None else right)


def _same_day(found: EventDate | None, expected: date | None) -> bool:
    """Whether the found event date is the annotated one, year included."""
    return (found.calendar_date if found else None) == expected


def _agrees(found: EventDate | None, expected: date | None) -> bool:
    """Whether all a found event date says is right: its day and month, and its year
    where it has one. No date found is right only where none is annotated."""
    if found is None or expected is None:
        return found is None and expected is None
    return (found.day, found.month) == (expected.day, expected.month) and found.year in (
        None,
        expected.year,
    )


def _structure(annotation: Annotation, document: Document) -> dict[str, Check]:
    """Whether the reader got each part of the page's structure as annotated. Corpus
    excerpts stop mid-sentence, so the body's end is its last complete sentence."""
    sentences = sentences_of(document)
    complete = [s for s in sentences if s.endswith(SENTENCE_END)]
    first, last = (sentences or [None])[0], (complete or [None])[-1]
    captions_apart = not {b.index for b in document.captions} & {b.index for b in document.body}
    bylines = len(document.with_role(Role.BYLINE))
    return {
        "title": _check(annotation.title, document.title),
        "body_start": _check(annotation.body_first, first, _starts_body(first, annotation)),
        "body_end": _check(
            annotation.body_last, last, bool(last) and last.endswith(annotation.body_last)
        ),
        "captions": _check(
            " | ".join(annotation.captions),
            " | ".join(document.caption_texts),
            document.caption_texts == annotation.captions and captions_apart,
        ),
        "byline": _check(
            annotation.byline,
            document.byline,
            document.byline == annotation.byline and bylines == (annotation.byline is not None),
        ),
        "published": _check(annotation.published, document.published),
    }


def _starts_body(first: str | None, annotation: Annotation) -> bool:
    """Whether the body's first sentence is the annotated one. Annotators copy the lead as
    printed, an agency's tag glued to it included ("VOV.VN - Ông …"); the tag is the
    source's, neither title nor sentence, so the reader may leave it out."""
    if not first:
        return False
    expected = annotation.body_first
    untagged = expected[len(lead_tag(expected)) :]
    return first.startswith(expected) or (bool(untagged) and first.startswith(untagged))


def _clutter_in_body(annotation: Annotation, document: Document) -> tuple[str, ...]:
    """Annotated clutter lines left in the body, as a line or as a sentence."""
    lines = {b.text.strip() for b in document.body} | set(sentences_of(document))
    return tuple(c for c in annotation.clutter if c.strip() in lines)


def score_article(annotation: Annotation, glossary: Glossary | None = None) -> ArticleScore:
    """Read and extract one annotated article and compare every part with its annotation.

    Raises:
        InputError: the article cannot be read.
    """
    document = read_document(annotation.article)
    facts = extract_facts(annotated_body(document, annotation), glossary)
    found = facts.event_date
    as_read = extract_facts(document, glossary)
    return ArticleScore(
        annotation=annotation.path,
        article=annotation.file,
        participants=_match_participants(annotation, facts.participants),
        participants_as_read=_match_participants(annotation, as_read.participants),
        declarations=_match_texts(
            [d.name for d in annotation.declarations],
            [d.name.vi for d in facts.declarations],
            DECLARATION_OVERLAP,
        ),
        statuses=_statuses(annotation, facts),
        commitments=_match_texts(
            annotation.commitments, [c.text.vi for c in facts.commitments], COMMITMENT_OVERLAP
        ),
        date=_check(annotation.event_date, found, _same_day(found, annotation.event_date)),
        day_and_month=_check(annotation.event_date, found, _agrees(found, annotation.event_date)),
        place=_check(annotation.location, facts.location.vi if facts.location else None),
        **_structure(annotation, document),
        clutter_in_body=_clutter_in_body(annotation, document),
    )


def score_set(
    name: str, annotations: Sequence[Annotation], glossary: Glossary | None = None
) -> SetScore:
    """Every article of a set scored, and the figures pooled over them."""
    articles = tuple(score_article(a, glossary) for a in annotations)
    return SetScore(name, articles, Figures.of(articles))
