"""English for extracted facts, through the same translation pipeline as the documents.

Sentences already translated with the body are reused (so a commitment reads exactly as
its sentence does in the annex); short strings (roles, names of documents and meetings)
are translated together in one batch; people's names are written without diacritics, as
English-language media write Vietnamese names.
"""

from __future__ import annotations

from dataclasses import replace

from briefgen.normalize import strip_diacritics
from briefgen.pipeline import translate_document, translate_text
from briefgen.records import ArticleFacts, Bilingual, Document, DocumentTranslation
from briefgen.translate.base import DecodeOptions, Translator


def _short_strings(facts: ArticleFacts) -> list[str]:
    items: list[Bilingual | None] = [facts.location, *facts.events, *facts.organisations]
    for p in facts.participants:
        items += [p.role, p.org]
    items += [d.name for d in facts.declarations]
    items += [c.actor for c in facts.commitments]
    return list(dict.fromkeys(b.vi for b in items if b is not None and b.vi and not b.en))


class _English:
    """The English of a Vietnamese string: the glossary's when the whole string is an
    entry (official names of documents, bodies and titles), else the translation."""

    def __init__(self, table: dict[str, str], glossary=None) -> None:
        self.table = table
        self.glossary = glossary

    def __call__(self, b: Bilingual | None) -> Bilingual | None:
        if b is None or b.en:
            return b
        entry = self.glossary.get(b.vi) if self.glossary is not None else None
        return Bilingual(b.vi, entry.en if entry else self.table.get(b.vi.strip(), ""))


def translate_facts(
    facts: ArticleFacts,
    document: Document,
    translator: Translator,
    *,
    glossary=None,
    options: DecodeOptions = DecodeOptions(),
) -> tuple[ArticleFacts, DocumentTranslation]:
    """``facts`` with every ``en`` filled in, and the document's translation it came from."""
    translation = translate_document(document, translator, article_only=True, options=options)
    table = {s.segment.text.strip(): s.target for s in translation.segments}
    for block in document.blocks:
        table.setdefault(block.text.strip(), translation.block_translation(block.index))
    short = [s.replace("\n", " ") for s in _short_strings(facts) if s.strip() not in table]
    if short:
        english = translate_text("\n".join(short), translator, options=options).split("\n")
        table.update(zip(short, english, strict=True))
    en = _English(table, glossary)
    return (
        replace(
            facts,
            title=en(facts.title),
            location=en(facts.location),
            events=tuple(map(en, facts.events)),
            participants=tuple(
                replace(
                    p,
                    name=Bilingual(p.name.vi, strip_diacritics(p.name.vi)),
                    role=en(p.role),
                    org=en(p.org),
                )
                for p in facts.participants
            ),
            organisations=tuple(map(en, facts.organisations)),
            declarations=tuple(replace(d, name=en(d.name)) for d in facts.declarations),
            commitments=tuple(
                replace(c, actor=en(c.actor), text=en(c.text)) for c in facts.commitments
            ),
            body=tuple(map(en, facts.body)),
        ),
        translation,
    )
