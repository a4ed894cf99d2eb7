"""The one place that knows the stage order: ingest → segment → glossary → translate →
extract → render."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from briefgen import records
from briefgen.errors import InputError
from briefgen.formats.files import atomic_write_bytes, output_path
from briefgen.formats.output import render_translation, translated_suffix
from briefgen.formats.xliff import read_xliff, segment_id
from briefgen.glossary import Glossary
from briefgen.glossary.enforce import check, enforce_terms
from briefgen.ingest import read_document
from briefgen.records import (
    Document,
    DocumentTranslation,
    Provenance,
    Role,
    Segment,
    SegmentTranslation,
    TokenLink,
)
from briefgen.segment import segment_document, split_sentences
from briefgen.translate.base import DecodeOptions, Translator
from briefgen.version import __version__

log = logging.getLogger(__name__)

ARTICLE_ROLES = (Role.TITLE, Role.BODY)


def provenance(translator: Translator, glossary: Glossary | None = None) -> Provenance:
    return Provenance(
        tool_version=__version__,
        backend=translator.backend,
        model=translator.model_id,
        glossaries=tuple(glossary.sources) if glossary is not None else (),
        glossary_sha256=glossary.sha256 if glossary is not None else "",
        generated=datetime.now(UTC).isoformat(timespec="seconds"),
    )


def translate_document(
    document: Document,
    translator: Translator,
    *,
    article_only: bool = False,
    options: DecodeOptions = DecodeOptions(),
    glossary: Glossary | None = None,
) -> DocumentTranslation:
    """Translate a document's blocks sentence by sentence.

    Every non-blank block is translated unless ``article_only``, which keeps the title
    and body and leaves captions, bylines and page clutter out. With a ``glossary`` (even
    an empty one) its terms, and names and numbers, are guaranteed in the English and each
    segment carries the checks that show it.
    """
    segments = segment_document(document, roles=ARTICLE_ROLES if article_only else None)
    translated = translate_segments(segments, translator, options=options, glossary=glossary)
    return DocumentTranslation(document, tuple(translated), provenance(translator, glossary))


def translate_documents(
    documents: Sequence[Document],
    translator: Translator,
    *,
    article_only: bool = False,
    options: DecodeOptions = DecodeOptions(),
    glossary: Glossary | None = None,
) -> list[DocumentTranslation]:
    """:func:`translate_document` for several documents at once: their sentences go to
    the model together, so small documents fill its batches between them."""
    roles = ARTICLE_ROLES if article_only else None
    per_document = [segment_document(d, roles=roles) for d in documents]
    flat = [s for segments in per_document for s in segments]
    translated = translate_segments(flat, translator, options=options, glossary=glossary)
    stamp = provenance(translator, glossary)
    results, start = [], 0
    for document, segments in zip(documents, per_document, strict=True):
        end = start + len(segments)
        results.append(DocumentTranslation(document, tuple(translated[start:end]), stamp))
        start = end
    return results


def translate_segments(
    segments: Sequence[Segment],
    translator: Translator,
    *,
    options: DecodeOptions = DecodeOptions(),
    glossary: Glossary | None = None,
) -> list[SegmentTranslation]:
    """Translate sentences, from one document or many, in one call to the model.

    With a ``glossary`` its terms (and names, numbers) are guaranteed and each sentence
    carries the checks that show it. Sentences whose block has inline formatting also
    carry their word alignment, so writers place the formatting without the model.
    """
    if glossary is not None:
        translator = enforce_terms(translator, glossary)
    targets = translator.translate_batch([s.text for s in segments], options=options)
    links = _alignments(translator, segments, targets)
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
    translator: Translator, segments: Sequence[Segment], targets: Sequence[str]
) -> dict[int, tuple[TokenLink, ...]]:
    """Word alignments of the formatted sentences, by position; none when the backend
    cannot align (writers then place formatting by position)."""
    pairs = enumerate(zip(segments, targets, strict=True))
    wanted = [i for i, (s, t) in pairs if s.formatted and t]
    if not wanted:
        return {}
    try:
        found = translator.align([segments[i].text for i in wanted], [targets[i] for i in wanted])
    except NotImplementedError:
        log.info("%s gives no alignments; placing formatting by position", translator.backend)
        return {}
    return {i: tuple(links) for i, links in zip(wanted, found, strict=True)}


def translate_text(
    text: str,
    translator: Translator,
    *,
    options: DecodeOptions = DecodeOptions(),
    glossary: Glossary | None = None,
) -> str:
    """Translate plain Vietnamese text, keeping its lines one to one."""
    lines = text.splitlines()
    blocks = tuple(
        records.Block(
            i, line, Role.BODY if line.strip() else Role.BLANK, tuple(split_sentences(line))
        )
        for i, line in enumerate(lines)
    )
    result = translate_document(
        Document(Path("<text>"), "txt", blocks), translator, options=options, glossary=glossary
    )
    return "\n".join(result.block_translation(i) for i in range(len(lines)))


def build_brief(
    paths: Sequence[Path],
    translator: Translator,
    *,
    glossary=None,
    title: str | None = None,
    options: DecodeOptions = DecodeOptions(),
) -> records.Brief:
    """Read, extract and translate articles into one briefing (a digest when several)."""
    from briefgen.extract import extract_facts
    from briefgen.extract.bilingual import translate_facts

    articles = []
    for path in paths:
        document = read_document(path)
        facts, _ = translate_facts(
            extract_facts(document, glossary),
            document,
            translator,
            glossary=glossary,
            options=options,
        )
        articles.append(facts)
    heading = title or (
        articles[0].title.en or articles[0].title.vi
        if len(articles) == 1
        else f"Digest of {len(articles)} articles"
    )
    return records.Brief(heading, tuple(articles), provenance(translator, glossary))


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
    for key, (src, tgt) in edited.items():
        segment = segments.get(key)
        if segment is None or segment.text != src:
            raise InputError(
                f"{path}: segment {segment_id(*key)} no longer matches {source}; "
                "export the XLIFF again"
            )
        translated.append(SegmentTranslation(segment, tgt))
    result = DocumentTranslation(
        document,
        tuple(sorted(translated, key=lambda s: (s.segment.block, s.segment.index))),
        Provenance(tool_version=__version__, backend="xliff", model=str(path)),
    )
    target = output_path(source, outdir, translated_suffix(source))
    atomic_write_bytes(target, render_translation(result))
    return target
