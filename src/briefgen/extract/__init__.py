"""Facts a briefing reports about one article, read by rules from the Vietnamese body.

Every string is verbatim from the source and every item keeps the sentence it came from;
English is filled in afterwards, by the pipeline (:func:`briefgen.pipeline.translate_facts`).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from briefgen.extract.absent import at_the_event
from briefgen.extract.commitments import extract_commitments
from briefgen.extract.datelines import dateline_of
from briefgen.extract.declarations import extract_declarations
from briefgen.extract.events import event_date, events, location
from briefgen.extract.name_variants import short_forms
from briefgen.extract.participants import extract_participants
from briefgen.records import ArticleFacts, Bilingual, Document, TermUse
from briefgen.segment import split_sentences

ORGANISATION_CATEGORIES = frozenset(
    {"ministry", "agency", "department", "asean-organ", "asean-body", "organisation"}
)

__all__ = ["extract_facts", "sentences_of"]


def sentences_of(document: Document) -> list[str]:
    """The body's sentences in order: the unit every extractor reads and cites."""
    return [s for block in document.body for s in (block.sentences or split_sentences(block.text))]


def _terms(text: str, glossary) -> tuple[TermUse, ...]:
    counts: Counter = Counter()
    entries = {}
    for match in glossary.find(text):
        counts[match.entry.vi] += 1
        entries[match.entry.vi] = match.entry
    return tuple(TermUse(vi, entries[vi].en, n) for vi, n in counts.most_common())


def _organisations(text: str, glossary, participants) -> tuple[Bilingual, ...]:
    """Glossary organisations found in the text, then participants' organisations."""
    names: dict[str, Bilingual] = {}
    for match in glossary.find(text) if glossary is not None else ():
        if match.entry.category in ORGANISATION_CATEGORIES:
            names.setdefault(match.entry.vi, Bilingual(match.surface, match.entry.en))
    for p in participants:
        if p.org is not None:
            names.setdefault(p.org.vi, p.org)
    return tuple(names.values())


def _by_full_name(commitments, forms: dict[str, str]) -> tuple:
    """Commitments whose actor is a shorter form of a participant's name given the name."""
    return tuple(
        replace(c, actor=Bilingual(forms[c.actor.vi])) if c.actor.vi in forms else c
        for c in commitments
    )


def extract_facts(document: Document, glossary=None) -> ArticleFacts:
    """Rule-based facts of one document, Vietnamese only (``en`` left empty).

    Args:
        document: an ingested article; only its title and body are read.
        glossary: a :class:`~briefgen.glossary.Glossary` for organisations and terms.
    """
    sentences = sentences_of(document)
    text = "\n".join(b.text for b in document.body)
    # Photo captions and the headline name who took part ("Bộ trưởng … phát biểu") even when
    # the text does not, or names them by title only ("Thủ tướng tiếp Đại sứ").
    shown = [*document.caption_texts, *([document.title] if document.title else [])]
    dated = dateline_of(document)
    when = event_date(sentences, published=document.published, headline=document.title, dated=dated)
    participants = extract_participants(sentences, shown, when or document.published)
    place = location(sentences, headline=document.title, published=document.published, dated=dated)
    # a later mention shortens a name ("ông Lavrov đề nghị …"): its commitment is the person's
    forms = short_forms(participants, sentences)
    return ArticleFacts(
        source=str(document.source),
        title=Bilingual(document.title or document.source.stem),
        event_date=when,
        location=Bilingual(place) if place else None,
        events=events(sentences),
        participants=participants,
        organisations=_organisations(text, glossary, participants),
        declarations=extract_declarations(
            sentences, glossary, headline=document.title, captions=document.caption_texts
        ),
        commitments=_by_full_name(
            at_the_event(
                extract_commitments(
                    sentences,
                    [p.name.vi for p in participants] + list(forms),
                    # the event's own year only: a page's date may be long after the event
                    event_year=when.year if when else None,
                ),
                participants,
                document.title or "",
            ),
            forms,
        ),
        body=tuple(Bilingual(b.text.strip()) for b in document.body),
        captions=document.caption_texts,
        terms=_terms(text, glossary) if glossary is not None else (),
    )
