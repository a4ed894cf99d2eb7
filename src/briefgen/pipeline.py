"""The one place that knows the stage order: ingest → segment → glossary → translate →
extract → render.

Every function takes a :class:`~briefgen.translate.stack.Stack`, so the glossary guarantee
and the translation memory come with every translation; extraction stays Vietnamese and
the English of its facts is filled in here, through the same stack.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import Field, replace
from datetime import UTC, datetime
from pathlib import Path

from briefgen.errors import InputError
from briefgen.extract import extract_facts
from briefgen.formats.files import atomic_write_bytes, output_path
from briefgen.formats.output import render_translation, translated_suffix
from briefgen.formats.xliff import read_xliff, segment_id
from briefgen.glossary.enforce import check
from briefgen.glossary.protect import protected
from briefgen.ingest import read_document
from briefgen.normalize import strip_diacritics
from briefgen.records import (
    ArticleFacts,
    Bilingual,
    Block,
    Brief,
    Document,
    DocumentTranslation,
    Provenance,
    Role,
    Segment,
    SegmentTranslation,
    TermCheck,
    TokenLink,
)
from briefgen.segment import segment_document, split_sentences
from briefgen.translate.stack import Stack
from briefgen.version import __version__
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
    translated = translate_segments(segments, stack, progress=progress)
    return DocumentTranslation(document, tuple(translated), stack.signature.provenance(_now()))


def translate_documents(
    documents: Sequence[Document],
    stack: Stack,
    *,
    article_only: bool = False,
    progress: Progress | None = None,
) -> list[DocumentTranslation]:
    """:func:`translate_document` for several documents at once: their sentences go to
    the model together, so small documents fill its batches between them."""
    roles = ARTICLE_ROLES if article_only else None
    per_document = [segment_document(d, roles=roles) for d in documents]
    flat = [s for segments in per_document for s in segments]
    translated = translate_segments(flat, stack, progress=progress)
    stamp = stack.signature.provenance(_now())
    results, start = [], 0
    for document, segments in zip(documents, per_document, strict=True):
        end = start + len(segments)
        results.append(DocumentTranslation(document, tuple(translated[start:end]), stamp))
        start = end
    return results


def translate_segments(
    segments: Sequence[Segment], stack: Stack, *, progress: Progress | None = None
) -> list[SegmentTranslation]:
    """Translate sentences, from one document or many, through the stack.

    With a glossary in the stack its terms (and names, numbers) are guaranteed and each
    sentence carries the checks that show it. Sentences whose block has inline formatting
    also carry their word alignment, so writers place the formatting without the model.
    """
    targets = _translate([s.text for s in segments], stack, progress)
    links = _alignments(stack, segments, targets)
    glossary = stack.glossary
    return [
        SegmentTranslation(
            s,
            t,
            check(s.text, t, glossary) if glossary is not None else (),
            links.get(i),
        )
        for i, (s, t) in enumerate(zip(segments, targets, strict=True))
    ]


def _alignments(
    stack: Stack, segments: Sequence[Segment], targets: Sequence[str]
) -> dict[int, tuple[TokenLink, ...]]:
    """Word alignments of the formatted sentences, by position; none when the backend
    cannot align (writers then place formatting by position)."""
    pairs = enumerate(zip(segments, targets, strict=True))
    wanted = [i for i, (s, t) in pairs if s.formatted and t]
    if not wanted:
        return {}
    sources = [segments[i].text for i in wanted]
    try:
        found = stack.translator.align(sources, [targets[i] for i in wanted])
    except NotImplementedError:
        log.info("%s gives no alignments; placing formatting by position", stack.signature.backend)
        return {}
    return {i: tuple(links) for i, links in zip(wanted, found, strict=True)}


def translate_text(text: str, stack: Stack) -> str:
    """Translate plain Vietnamese text, keeping its lines one to one."""
    lines = text.splitlines()
    blocks = tuple(
        Block(i, line, Role.BODY if line.strip() else Role.BLANK, tuple(split_sentences(line)))
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
        romanised = where is not None and where.metadata.get("english") == "romanised"
        if romanised or b.vi in self.people or _is_a_name(b.vi):
            return Bilingual(b.vi, strip_diacritics(b.vi))
        entry = self.glossary.get(b.vi) if self.glossary is not None else None
        return Bilingual(b.vi, entry.en if entry else self.table.get(b.vi.strip(), ""))


def _is_a_name(text: str) -> bool:
    """Whether the whole of ``text`` is a person's name (an actor the extractor did not
    list among the participants), which is written, not translated."""
    names = [r for r in protected(text.strip()) if r.kind == "name"]
    return len(names) == 1 and (names[0].start, names[0].end) == (0, len(text.strip()))


def _people(facts: ArticleFacts) -> frozenset[str]:
    return frozenset(p.name.vi for p in facts.participants)


def _sentence_table(document: Document, translation: DocumentTranslation) -> dict[str, str]:
    """Title and body sentences and paragraphs → their English, from a translation of the
    document (of its article or of all of it: only the article's blocks are read)."""
    article = {b.index for b in document.with_role(*ARTICLE_ROLES)}
    table = {
        s.segment.text.strip(): s.target for s in translation.segments if s.segment.block in article
    }
    for block in document.blocks:
        english = translation.block_translation(block.index) if block.index in article else ""
        table.setdefault(block.text.strip(), english)
    return table


def _translate_the_rest(facts: ArticleFacts, table: dict[str, str], stack: Stack) -> _English:
    """Translate, together in one batch, the facts the sentences do not already give
    (roles, names of documents and meetings), adding them to ``table``."""
    english = _English(table, stack, _people(facts))
    untranslated = (b.vi.strip() for b, where in bilinguals(facts) if not english(b, where).en)
    rest = [s for s in dict.fromkeys(untranslated) if s]
    if rest:
        # one line each: whitespace flattened, as any line break would split a string
        lines = translate_text("\n".join(" ".join(s.split()) for s in rest), stack)
        table.update(zip(rest, lines.split("\n"), strict=True))
    return english


def translate_facts(
    facts: ArticleFacts, document: Document, stack: Stack
) -> tuple[ArticleFacts, DocumentTranslation]:
    """``facts`` with every ``en`` filled in, and the document's translation it came from.

    Sentences already translated with the body are reused, so a commitment reads exactly
    as its sentence does in the annex; the other strings go through the stack together.
    """
    translation = translate_document(document, stack, article_only=True)
    english = _translate_the_rest(facts, _sentence_table(document, translation), stack)
    filled = fill_english(facts, english)
    _warn_unchecked(filled, stack)
    return filled, translation


def remember_facts(document: Document, translation: DocumentTranslation, stack: Stack) -> None:
    """After translating ``document``, also translate what a briefing of it would need
    beyond its sentences, so that ``brief`` of a document already translated is answered
    from the translation memory. Nothing is done without a memory to keep it in."""
    if stack.stats is None:
        return
    facts = extract_facts(document, stack.glossary)
    _translate_the_rest(facts, _sentence_table(document, translation), stack)


def fact_checks(facts: ArticleFacts, stack: Stack) -> list[tuple[Bilingual, TermCheck]]:
    """Each required rendering (glossary term, name, number) of each fact, checked."""
    if stack.glossary is None:
        return []
    return [(b, c) for b, _ in bilinguals(facts) for c in check(b.vi, b.en, stack.glossary)]


def _warn_unchecked(facts: ArticleFacts, stack: Stack) -> None:
    for b, c in fact_checks(facts, stack):
        if not c.satisfied:
            log.warning("%s: %r lacks %r in %r", facts.source, b.vi, c.target, b.en)


def build_brief(paths: Sequence[Path], stack: Stack, *, title: str | None = None) -> Brief:
    """Read, extract and translate articles into one briefing (a digest when several)."""
    articles = []
    for path in paths:
        document = read_document(path)
        facts, _ = translate_facts(extract_facts(document, stack.glossary), document, stack)
        articles.append(replace(facts, source=path.name))  # a name, not this machine's path
    heading = title or (
        articles[0].title.en or articles[0].title.vi
        if len(articles) == 1
        else f"Digest of {len(articles)} articles"
    )
    return Brief(heading, tuple(articles), stack.signature.provenance(_now(), by_name=True))


def apply_xliff(path: Path, outdir: Path) -> Path:
    """Rebuild the translated document from a post-edited XLIFF (no model); returns the
    output path, ``OUTDIR/<stem>.en.<format>``.

    Raises:
        InputError: the XLIFF or its source is unreadable, or they no longer match.
    """
    source, edited = read_xliff(path)
    document = read_document(source)
    segments = {(s.block, s.index): s for s in segment_document(document)}
    translated = []
    for key, (src, tgt, codes) in edited.items():
        segment = segments.get(key)
        if segment is None or segment.text != src:
            raise InputError(
                f"{path}: segment {segment_id(*key)} no longer matches {source}; "
                "export the XLIFF again"
            )
        translated.append(SegmentTranslation(segment, tgt, codes=codes))
    result = DocumentTranslation(
        document,
        tuple(sorted(translated, key=lambda s: (s.segment.block, s.segment.index))),
        Provenance(tool_version=__version__, backend="xliff", model=str(path)),
    )
    target = output_path(source, outdir, translated_suffix(source))
    atomic_write_bytes(target, render_translation(result))
    return target
