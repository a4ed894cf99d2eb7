"""What the review page shows, and the staff's choices applied to a brief.

The page shows each translated paragraph beside its source, cut into pieces so the
glossary terms the pipeline enforced can be marked in both languages, and the extracted
participants, declarations and commitments, each linked to the paragraph it came from.
Staff may untick an item or correct its English; :func:`apply_edits` makes the brief the
downloads are rendered from.
"""

from __future__ import annotations

import re
from dataclasses import replace

from briefgen.glossary import Glossary
from briefgen.records import Bilingual, Brief, DocumentTranslation, Entry, Role
from briefgen.render.briefing import paragraph_refs, source_ref

KINDS = ("participant", "declaration", "commitment")


def _term(entry: Entry, satisfied: bool) -> dict:
    return {
        "vi": entry.vi,
        "en": entry.en,
        "category": entry.category,
        "origin": entry.origin,
        "satisfied": satisfied,
    }


def _pieces(text: str, spans: list[tuple[int, int, dict]]) -> list[dict]:
    """``text`` cut at the ``spans`` (sorted, not overlapping): plain and marked pieces."""
    pieces, at = [], 0
    for start, end, term in spans:
        if start > at:
            pieces.append({"text": text[at:start], "term": None})
        pieces.append({"text": text[start:end], "term": term})
        at = end
    if at < len(text):
        pieces.append({"text": text[at:], "term": None})
    return pieces


def _english_spans(english: str, terms: list[dict], entries: dict[str, Entry]):
    """Where each enforced term's English (or an accepted variant) is in the translation."""
    taken: list[tuple[int, int, dict]] = []
    for term in terms:
        entry = entries[term["vi"]]
        for rendering in sorted((entry.en, *entry.variants), key=len, reverse=True):
            pattern = re.compile(rf"(?<!\w){re.escape(rendering)}(?!\w)", re.IGNORECASE)
            found = next(
                (
                    m
                    for m in pattern.finditer(english)
                    if not any(m.start() < e and s < m.end() for s, e, _ in taken)
                ),
                None,
            )
            if found:
                taken.append((found.start(), found.end(), term))
                break
    return sorted(taken, key=lambda span: span[0])


def paragraphs(result: DocumentTranslation, glossary: Glossary, anchor: str) -> list[dict]:
    """The translated paragraphs of one document, source and English in marked pieces."""
    satisfied = {(c.source, c.target): c.satisfied for c in result.checks if c.kind == "term"}
    rows = []
    for block in result.document.blocks:
        if block.index not in result.by_block or block.role is Role.BLANK:
            continue
        english = result.block_translation(block.index)
        matches = glossary.find(block.text)
        entries = {m.entry.vi: m.entry for m in matches}
        spans = [
            (m.start, m.end, _term(m.entry, satisfied.get((m.surface, m.entry.en), True)))
            for m in matches
        ]
        rows.append(
            {
                "index": block.index,
                "anchor": f"{anchor}-b{block.index}",
                "role": str(block.role),
                "vi": _pieces(block.text, spans),
                "en": _pieces(english, _english_spans(english, [s[2] for s in spans], entries)),
            }
        )
    return rows


def _locate(sentence: str, rows: list[dict]) -> str:
    """The anchor of the paragraph a fact's sentence comes from ('' when not found)."""
    if not sentence:
        return ""
    for row in rows:
        if sentence in "".join(p["text"] for p in row["vi"]):
            return row["anchor"]
    return ""


def row_refs(brief: Brief, rows_by_article: list[list[dict]]) -> dict[str, str]:
    """Each side-by-side paragraph's anchor → the reference the brief cites it by ("1.2",
    "1, headline"), so the review and the Word brief number the source alike."""
    out = {}
    for a, (facts, rows) in enumerate(zip(brief.articles, rows_by_article, strict=False)):
        refs = paragraph_refs(facts, a + 1)
        for row in rows:
            ref = source_ref(refs, "".join(p["text"] for p in row["vi"]))
            if ref:
                out[row["anchor"]] = ref
    return out


def items(brief: Brief, rows_by_article: list[list[dict]]) -> list[dict]:
    """Every participant, declaration and commitment, keyed ``a<article>-<kind><n>``."""
    out = []
    for a, facts in enumerate(brief.articles):
        rows = rows_by_article[a] if a < len(rows_by_article) else []
        refs = paragraph_refs(facts, a + 1)
        for n, p in enumerate(facts.participants):
            out.append(
                {
                    "key": f"a{a}-p{n}",
                    "kind": "participant",
                    "article": a,
                    "label": p.name.en or p.name.vi,
                    "vi": p.role.vi,
                    "en": p.role.en,
                    "anchor": _locate(p.source_sentence, rows),
                    "ref": source_ref(refs, p.source_sentence),
                }
            )
        for n, d in enumerate(facts.declarations):
            out.append(
                {
                    "key": f"a{a}-d{n}",
                    "kind": "declaration",
                    "article": a,
                    "label": d.status,
                    "vi": d.name.vi,
                    "en": d.name.en,
                    "anchor": _locate(d.source_sentence, rows),
                    "ref": source_ref(refs, d.source_sentence),
                }
            )
        for n, c in enumerate(facts.commitments):
            out.append(
                {
                    "key": f"a{a}-c{n}",
                    "kind": "commitment",
                    "article": a,
                    "label": c.actor.en or c.actor.vi or c.kind,
                    "vi": c.text.vi,
                    "en": c.text.en,
                    "anchor": _locate(c.source_sentence, rows),
                    "ref": source_ref(refs, c.source_sentence),
                }
            )
    return out


def _english(b: Bilingual, key: str, corrected: dict[str, str]) -> Bilingual:
    text = corrected.get(key, "").strip()
    return replace(b, en=text) if text else b


def apply_edits(brief: Brief, edits: dict) -> Brief:
    """``brief`` without the items staff unticked (``edits["drop"]``: keys) and with the
    English they corrected (``edits["en"]``: key → text)."""
    drop = set(edits.get("drop", ()))
    corrected = edits.get("en", {})
    articles = []
    for a, f in enumerate(brief.articles):
        articles.append(
            replace(
                f,
                participants=tuple(
                    replace(p, role=_english(p.role, f"a{a}-p{n}", corrected))
                    for n, p in enumerate(f.participants)
                    if f"a{a}-p{n}" not in drop
                ),
                declarations=tuple(
                    replace(d, name=_english(d.name, f"a{a}-d{n}", corrected))
                    for n, d in enumerate(f.declarations)
                    if f"a{a}-d{n}" not in drop
                ),
                commitments=tuple(
                    replace(c, text=_english(c.text, f"a{a}-c{n}", corrected))
                    for n, c in enumerate(f.commitments)
                    if f"a{a}-c{n}" not in drop
                ),
            )
        )
    return replace(brief, articles=tuple(articles))
