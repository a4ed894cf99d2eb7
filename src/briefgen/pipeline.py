"""The one place that knows the stage order: ingest → segment → glossary → translate →
extract → render."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from briefgen import records
from briefgen.glossary import Glossary
from briefgen.glossary.enforce import check, enforce_terms
from briefgen.records import Document, DocumentTranslation, Provenance, Role, SegmentTranslation
from briefgen.segment import segment_document, split_sentences
from briefgen.translate.base import DecodeOptions, Translator

ARTICLE_ROLES = (Role.TITLE, Role.BODY)


def provenance(translator: Translator, glossary: Glossary | None = None) -> Provenance:
    from briefgen import __version__

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
    if glossary is not None:
        translator = enforce_terms(translator, glossary)
    targets = translator.translate_batch([s.text for s in segments], options=options)
    return DocumentTranslation(
        document,
        tuple(
            SegmentTranslation(s, t, check(s.text, t, glossary) if glossary is not None else ())
            for s, t in zip(segments, targets, strict=True)
        ),
        provenance(translator, glossary),
    )


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
    from briefgen.ingest import read_document

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
