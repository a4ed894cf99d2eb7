"""The one place that knows the stage order: ingest → segment → glossary → translate →
extract → render.

Every function takes a :class:`~briefgen.translate.stack.Stack`, so the glossary guarantee
and the translation memory come with every translation; extraction stays Vietnamese and
the English of its facts is filled in here, through the same stack.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import Field
from datetime import UTC, datetime
from pathlib import Path

from briefgen import records
from briefgen.extract import extract_facts
from briefgen.glossary.enforce import check
from briefgen.ingest import read_document
from briefgen.normalize import strip_diacritics
from briefgen.records import (
    ArticleFacts,
    Bilingual,
    Document,
    DocumentTranslation,
    Role,
    SegmentTranslation,
)
from briefgen.segment import segment_document, split_sentences
from briefgen.translate.stack import Stack
from briefgen.walk import bilinguals, fill_english

log = logging.getLogger(__name__)

ARTICLE_ROLES = (Role.TITLE, Role.BODY)
Progress = Callable[[int, int], None]


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _translate(texts: Sequence[str], stack: Stack, progress: Progress | None) -> list[str]:
    """``texts`` through the stack, a few model batches at a time when reporting progress."""
    if progress is None:
        return stack.translator.translate_batch(texts, options=stack.options)
    step = max(1, stack.options.batch_size * 4)
    out: list[str] = []
    progress(0, len(texts))
    for start in range(0, len(texts), step):
        chunk = texts[start : start + step]
        out += stack.translator.translate_batch(chunk, options=stack.options)
        progress(len(out), len(texts))
    return out


def translate_document(
    document: Document,
    stack: Stack,
    *,
    article_only: bool = False,
    progress: Progress | None = None,
) -> DocumentTranslation:
    """Translate a document's blocks sentence by sentence.

    Every non-blank block is translated unless ``article_only``, which keeps the title
    and body and leaves captions, bylines and page clutter out. With a glossary in the
    stack (even an empty one) its terms, and names and numbers, are guaranteed in the
    English and each segment carries the checks that show it. ``progress(done, total)``
    is called as sentences are translated.
    """
    segments = segment_document(document, roles=ARTICLE_ROLES if article_only else None)
    targets = _translate([s.text for s in segments], stack, progress)
    glossary = stack.glossary
    return DocumentTranslation(
        document,
        tuple(
            SegmentTranslation(s, t, check(s.text, t, glossary) if glossary is not None else ())
            for s, t in zip(segments, targets, strict=True)
        ),
        stack.signature.provenance(_now()),
    )


def translate_text(text: str, stack: Stack) -> str:
    """Translate plain Vietnamese text, keeping its lines one to one."""
    lines = text.splitlines()
    blocks = tuple(
        records.Block(
            i, line, Role.BODY if line.strip() else Role.BLANK, tuple(split_sentences(line))
        )
        for i, line in enumerate(lines)
    )
    result = translate_document(Document(Path("<text>"), "txt", blocks), stack)
    return "\n".join(result.block_translation(i) for i in range(len(lines)))


class _English:
    """The English of a fact: a person's name without diacritics; the glossary's entry
    when the whole string is one (official names of documents, bodies and titles); else
    the translation of the sentence or string."""

    def __init__(self, table: dict[str, str], stack: Stack, people: frozenset[str]) -> None:
        self.table = table
        self.glossary = stack.glossary
        self.people = people

    def __call__(self, b: Bilingual, where: Field | None) -> Bilingual:
        if b.en:
            return b
        if b.vi in self.people or (where is not None and where.metadata.get("english")):
            return Bilingual(b.vi, strip_diacritics(b.vi))
        entry = self.glossary.get(b.vi) if self.glossary is not None else None
        return Bilingual(b.vi, entry.en if entry else self.table.get(b.vi.strip(), ""))


def _people(facts: ArticleFacts) -> frozenset[str]:
    return frozenset(p.name.vi for p in facts.participants)


def translate_facts(
    facts: ArticleFacts, document: Document, stack: Stack
) -> tuple[ArticleFacts, DocumentTranslation]:
    """``facts`` with every ``en`` filled in, and the document's translation it came from.

    Sentences already translated with the body are reused, so a commitment reads exactly
    as its sentence does in the annex; the other strings (roles, names of documents and
    meetings) go through the stack together, in one batch.
    """
    translation = translate_document(document, stack, article_only=True)
    table = {s.segment.text.strip(): s.target for s in translation.segments}
    for block in document.blocks:
        table.setdefault(block.text.strip(), translation.block_translation(block.index))
    english = _English(table, stack, _people(facts))
    untranslated = (b.vi.strip() for b, where in bilinguals(facts) if not english(b, where).en)
    short = [s for s in dict.fromkeys(untranslated) if s]
    if short:
        lines = translate_text("\n".join(s.replace("\n", " ") for s in short), stack)
        table.update(zip(short, lines.split("\n"), strict=True))
    filled = fill_english(facts, english)
    _warn_unchecked(filled, stack)
    return filled, translation


def fact_checks(facts: ArticleFacts, stack: Stack) -> list[tuple[Bilingual, records.TermCheck]]:
    """Each required rendering (glossary term, name, number) of each fact, checked."""
    if stack.glossary is None:
        return []
    return [(b, c) for b, _ in bilinguals(facts) for c in check(b.vi, b.en, stack.glossary)]


def _warn_unchecked(facts: ArticleFacts, stack: Stack) -> None:
    for b, c in fact_checks(facts, stack):
        if not c.satisfied:
            log.warning("%s: %r lacks %r in %r", facts.source, b.vi, c.target, b.en)


def build_brief(paths: Sequence[Path], stack: Stack, *, title: str | None = None) -> records.Brief:
    """Read, extract and translate articles into one briefing (a digest when several)."""
    articles = []
    for path in paths:
        document = read_document(path)
        facts, _ = translate_facts(extract_facts(document, stack.glossary), document, stack)
        articles.append(facts)
    heading = title or (
        articles[0].title.en or articles[0].title.vi
        if len(articles) == 1
        else f"Digest of {len(articles)} articles"
    )
    return records.Brief(heading, tuple(articles), stack.signature.provenance(_now()))
