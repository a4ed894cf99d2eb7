"""The one place that knows the stage order: ingest → segment → glossary → translate →
extract → render.

Every function takes a :class:`~briefgen.translate.stack.Stack`, so the glossary guarantee
and the translation memory come with every translation; extraction stays Vietnamese and
the English of its facts is filled in here, through the same stack.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Container, Sequence
from dataclasses import Field, replace
from datetime import UTC, datetime
from pathlib import Path

from briefgen.errors import InputError
from briefgen.extract import extract_facts
from briefgen.formats.files import atomic_write_bytes, output_path
from briefgen.formats.output import render_translation, translated_suffix
from briefgen.formats.xliff import read_xliff, segment_id
from briefgen.formats.xmltext import xml_safe
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


def _lines_document(lines: Sequence[str]) -> Document:
    """Plain lines as a document of one block per line, its sentences split as usual."""
    blocks = tuple(
        Block(i, line, Role.BODY if line.strip() else Role.BLANK, tuple(split_sentences(line)))
        for i, line in enumerate(lines)
    )
    return Document(Path("<text>"), "txt", blocks)


def translate_text(text: str, stack: Stack) -> str:
    """Translate plain Vietnamese text, keeping its lines one to one."""
    lines = text.splitlines()
    result = translate_document(_lines_document(lines), stack)
    return "\n".join(result.block_translation(i) for i in range(len(lines)))


class _English:
    """The English of a fact: a person's name without diacritics; the glossary's entry
    when the whole string is one (official names of documents, bodies and titles); else
    the translation of the sentence or string, from ``table``."""

    def __init__(self, stack: Stack, people: frozenset[str]) -> None:
        self.table: dict[str, str] = {}
        self.glossary = stack.glossary
        self.people = people

    def without_model(self, b: Bilingual, where: Field | None) -> str | None:
        """The English that needs no translation (a name, a glossary entry), else None."""
        romanised = where is not None and where.metadata.get("english") == "romanised"
        if romanised or b.vi in self.people or _is_a_name(b.vi):
            return strip_diacritics(b.vi)
        entry = self.glossary.get(b.vi) if self.glossary is not None else None
        return entry.en if entry else None

    def __call__(self, b: Bilingual, where: Field | None) -> Bilingual:
        if b.en:
            return b
        known = self.without_model(b, where)
        return Bilingual(b.vi, known if known is not None else self.table.get(b.vi.strip(), ""))


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


def _the_rest(facts: ArticleFacts, english: _English, given: Container[str]) -> list[str]:
    """The facts' strings the model must translate: neither names nor glossary entries,
    nor sentences and paragraphs the document's translation gives (``given``)."""
    wanted = (
        b.vi.strip()
        for b, where in bilinguals(facts)
        if not b.en and english.without_model(b, where) is None
    )
    return [s for s in dict.fromkeys(wanted) if s and s not in given]


def _one_line_each(strings: Sequence[str]) -> list[str]:
    """Whitespace flattened, as any line break would split a string in two."""
    return [" ".join(s.split()) for s in strings]


def translate_articles(
    articles: Sequence[tuple[Document, ArticleFacts]],
    stack: Stack,
    *,
    progress: Progress | None = None,
) -> list[tuple[ArticleFacts, DocumentTranslation]]:
    """Each article's facts with every ``en`` filled in, and the translation of its title
    and body they came from.

    Everything goes to the model at once: the articles' sentences and the strings of
    their facts that no sentence gives (roles, names of documents and meetings), so short
    strings fill the batches of long sentences instead of making small batches of their
    own. A commitment reads exactly as its sentence does in the annex.
    ``progress(done, total)`` is called as sentences are translated.
    """
    per_document = [segment_document(d, roles=ARTICLE_ROLES) for d, _ in articles]
    englishes = [_English(stack, _people(facts)) for _, facts in articles]
    rest: dict[str, None] = {}
    for (document, facts), english, segments in zip(articles, englishes, per_document, strict=True):
        article = [b.text.strip() for b in document.with_role(*ARTICLE_ROLES)]
        given = {s.text.strip() for s in segments} | set(article)
        rest.update(dict.fromkeys(_the_rest(facts, english, given)))
    strings = list(rest)
    extra = _lines_document(_one_line_each(strings))
    extra_segments = segment_document(extra)
    flat = [s for segments in per_document for s in segments] + extra_segments
    translated = translate_segments(flat, stack, progress=progress)
    stamp = stack.signature.provenance(_now())
    rest_english = DocumentTranslation(
        extra, tuple(translated[len(flat) - len(extra_segments) :]), stamp
    )
    rest_table = {s: rest_english.block_translation(i) for i, s in enumerate(strings)}
    results, start = [], 0
    for (document, facts), english, segments in zip(articles, englishes, per_document, strict=True):
        end = start + len(segments)
        translation = DocumentTranslation(document, tuple(translated[start:end]), stamp)
        start = end
        sentences = _sentence_table(document, translation)
        english.table = rest_table | {k: v for k, v in sentences.items() if v}
        filled = fill_english(facts, english)
        _warn_unchecked(filled, stack)
        results.append((filled, translation))
    return results


def translate_facts(
    facts: ArticleFacts, document: Document, stack: Stack
) -> tuple[ArticleFacts, DocumentTranslation]:
    """``facts`` with every ``en`` filled in, and the document's translation it came from
    (:func:`translate_articles` of one article)."""
    return translate_articles([(document, facts)], stack)[0]


def remember_facts(
    documents: Sequence[Document], translations: Sequence[DocumentTranslation], stack: Stack
) -> None:
    """After translating ``documents``, also translate what a briefing of them would need
    beyond their sentences, all in one call, so that ``brief`` of documents already
    translated is answered from the translation memory. Nothing is done without a memory
    to keep it in."""
    if stack.stats is None:
        return
    rest: dict[str, None] = {}
    for document, translation in zip(documents, translations, strict=True):
        facts = extract_facts(document, stack.glossary)
        table = _sentence_table(document, translation)
        english = _English(stack, _people(facts))
        rest.update(dict.fromkeys(_the_rest(facts, english, {k for k, v in table.items() if v})))
    if rest:
        translate_document(_lines_document(_one_line_each(list(rest))), stack)


def fact_checks(facts: ArticleFacts, stack: Stack) -> list[tuple[Bilingual, TermCheck]]:
    """Each required rendering (glossary term, name, number) of each fact, checked."""
    if stack.glossary is None:
        return []
    return [(b, c) for b, _ in bilinguals(facts) for c in check(b.vi, b.en, stack.glossary)]


def _warn_unchecked(facts: ArticleFacts, stack: Stack) -> None:
    for b, c in fact_checks(facts, stack):
        if not c.satisfied:
            log.warning("%s: %r lacks %r in %r", facts.source, b.vi, c.target, b.en)


def build_brief(
    paths: Sequence[Path],
    stack: Stack,
    *,
    title: str | None = None,
    progress: Progress | None = None,
) -> Brief:
    """Read, extract and translate articles into one briefing (a digest when several).

    All articles are translated together (see :func:`translate_articles`);
    ``progress(done, total)`` is called as their sentences are translated.
    """
    documents = [read_document(path) for path in paths]
    pairs = [(d, extract_facts(d, stack.glossary)) for d in documents]
    translated = translate_articles(pairs, stack, progress=progress)
    articles = [  # a file's name, not this machine's path
        replace(facts, source=path.name) for path, (facts, _) in zip(paths, translated, strict=True)
    ]
    heading = title or (
        articles[0].title.en or articles[0].title.vi
        if len(articles) == 1
        else f"Digest of {len(articles)} articles"
    )
    return Brief(heading, tuple(articles), stack.signature.provenance(_now(), by_name=True))


def _reads_the_same(segment: Segment | None, source: str) -> bool:
    """Whether an XLIFF unit's ``source`` is still ``segment``'s text (XLIFF 1.2 holds the
    source without the characters XML cannot hold)."""
    return segment is not None and xml_safe(segment.text) == xml_safe(source)


def _segments_exported(
    document: Document, edited: dict
) -> tuple[dict[tuple[int, int], Segment], bool]:
    """The document's segments as the XLIFF was exported, and whether ``--article-only``
    exported them (the article's own sentences, the lead without its "NDO -" tag, rather
    than every line): the article's where only they read as every edited source does."""
    full = {(s.block, s.index): s for s in segment_document(document)}
    if all(_reads_the_same(full.get(key), src) for key, (src, _, _) in edited.items()):
        return full, False
    article = {(s.block, s.index): s for s in segment_document(document, roles=ARTICLE_ROLES)}
    if all(_reads_the_same(article.get(key), src) for key, (src, _, _) in edited.items()):
        return article, True
    return full, False


def apply_xliff(path: Path, outdir: Path) -> Path:
    """Rebuild the translated document from a post-edited XLIFF (no model); returns the
    output path, ``OUTDIR/<stem>.en.<format>``.

    Raises:
        InputError: the XLIFF or its source is unreadable, or they no longer match.
    """
    source, edited = read_xliff(path)
    document = read_document(source)
    segments, article_only = _segments_exported(document, edited)
    translated = []
    for key, (src, tgt, codes) in edited.items():
        segment = segments.get(key)
        if not _reads_the_same(segment, src):
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
    atomic_write_bytes(target, render_translation(result, article_only=article_only))
    return target
