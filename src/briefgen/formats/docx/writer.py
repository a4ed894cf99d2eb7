"""Write a translated .docx that keeps the source document.

The source's bytes, kept with the Document, are opened again and only the text of
translated paragraphs changes:
styles, lists, tables, headers, footers, footnotes and images stay as they are. Inside a
paragraph, runs are rebuilt from the whole-sentence translation with
:mod:`briefgen.formats.project` carrying each run's properties (``w:rPr``) and hyperlink
onto the matching words, placed by the word alignment the translate stage kept with each
sentence (or by position when the backend gave none).
"""

from __future__ import annotations

import copy
import io
from collections.abc import Sequence

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lxml import etree

from briefgen.errors import InputError
from briefgen.formats.docx.walk import (
    CONTAINERS,
    container_runs,
    iter_paragraphs,
    open_docx,
)
from briefgen.formats.project import Anchor, InlineLabels, join_sentences, project
from briefgen.formats.xmltext import xml_safe
from briefgen.normalize import visible
from briefgen.records import Document, DocumentTranslation

ENGLISH = "en-GB"


def render_docx(result: DocumentTranslation, *, article_only: bool = False) -> bytes:
    """The translated .docx, rebuilt from the source bytes the Document kept; the layout
    is kept whole, so ``article_only`` only means fewer paragraphs were translated.

    Raises:
        InputError: the source .docx is unreadable or does not match the Document.
    """
    source = result.document.source
    document = open_docx(result.document.data, source)
    paragraphs = list(iter_paragraphs(document))
    if len(paragraphs) != len(result.document.blocks):
        raise InputError(f"{source}: the document changed since it was read; run again")
    for index, segments in result.by_block.items():
        sentences = [(s.segment.text, s.target) for s in segments]
        links = [s.links for s in segments]
        codes = [s.codes for s in segments]
        rewrite_paragraph(paragraphs[index].element, sentences, links, codes)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def rewrite_paragraph(
    p, sentences: Sequence[tuple[str, str]], links: Sequence | None = None, codes=None
) -> None:
    """Replace a ``w:p``'s text by the translation of its ``sentences``, keeping run
    properties, hyperlinks, insertions, fields and content controls, and text-less children
    (images, footnote references…)."""
    keys, styles, anchors, text = _source_runs(p)
    target, pairs = join_sentences(text, sentences, links, codes)
    for child in list(p):
        if child.tag != qn("w:pPr"):
            p.remove(child)
    items = project(keys, target, pairs, anchors, element_of=_data_element_of(styles), source=text)
    if text[:1].isspace():  # " text" after a footnote mark keeps its space
        first = next((i for i, item in enumerate(items) if not isinstance(item, Anchor)), None)
        if first is not None:
            items[first] = (" " + items[first][0], items[first][1])
    current, container = None, p
    written = set()  # the fields and content controls already written: each is one element
    for item in items:
        if isinstance(item, Anchor):
            p.append(item.item)
            current, container = None, p
            continue
        piece, key = item
        rpr, link = styles[key] if key is not None else (None, None)
        if link is None or (link is not current and id(link) in written):
            # words the translation moved away from a field's or control's other words
            # stay beside it, in its formatting, rather than making a second field
            current, container = None, p
        elif link is not current:
            current, container = link, _empty_copy(link, p)
            if link.tag in _ONE_ELEMENT:
                written.add(id(link))
        container.append(_run(piece, rpr))


def inline_labels(document: Document) -> dict[int, InlineLabels]:
    """Formatted blocks' formatting labels, for XLIFF codes."""
    paragraphs = list(iter_paragraphs(open_docx(document.data, document.source)))
    found = {}
    for block in document.blocks:
        if block.formatted and block.index < len(paragraphs):
            keys, styles, _, text = _source_runs(paragraphs[block.index].element)
            found[block.index] = InlineLabels.of(text, keys, _data_element_of(styles))
    return found


def _source_runs(p):
    """Per-character keys, key → (rPr, hyperlink), text-less anchors, and the text."""
    keys: list = []
    styles: dict = {}
    anchors: list[Anchor] = []
    texts: list[str] = []
    for child in p:
        if child.tag == qn("w:pPr"):
            continue
        link = child if child.tag in CONTAINERS else None
        runs = container_runs(child) if link is not None else [child]
        if link is not None and not runs:
            anchors.append(Anchor(len(keys), child))  # a field or control without text
            continue
        for r in runs:
            text = visible(r.text) if r.tag == qn("w:r") else ""
            if not text:
                anchors.append(Anchor(len(keys), r))
                continue
            extra = _without_text(r)
            if extra is not None:  # text sharing a run with a drawing or a mark
                anchors.append(Anchor(len(keys), extra))
            rpr = r.find(qn("w:rPr"))
            key = (id(link) if link is not None else None, _xml(rpr))
            styles.setdefault(key, (rpr, link))
            keys.extend([key] * len(text))
            texts.append(text)
    return keys, styles, anchors, "".join(texts)


_TEXT_TAGS = frozenset(
    qn(f"w:{t}") for t in ("rPr", "t", "tab", "br", "cr", "noBreakHyphen", "ptab", "softHyphen")
)


def _without_text(r):
    """A copy of run ``r`` holding only what is not text (a drawing, a field mark…), or
    None when it holds nothing else; the text is rebuilt from the translation."""
    if all(child.tag in _TEXT_TAGS for child in r):
        return None
    anchor = copy.deepcopy(r)
    for child in list(anchor):
        if child.tag in _TEXT_TAGS and child.tag != qn("w:rPr"):
            anchor.remove(child)
    return anchor


# A field or content control written twice would be two fields, two controls; a hyperlink
# or insertion may be split.
_ONE_ELEMENT = frozenset(qn(f"w:{t}") for t in ("fldSimple", "sdt"))


# Elements whose loss loses data, not just looks: a link's target, a field, a control.
_DATA_ELEMENTS = frozenset(qn(f"w:{t}") for t in ("hyperlink", "fldSimple", "sdt"))


def _data_element_of(styles: dict):
    """For :func:`project`: the hyperlink, field or content control a key's runs sit in."""

    def element_of(key):
        link = styles[key][1] if key is not None else None
        return link if link is not None and link.tag in _DATA_ELEMENTS else None

    return element_of


def _empty_copy(container, p):
    """A copy of a hyperlink, insertion, field or content control without its runs,
    appended to ``p``; returns the element the translated runs go in."""
    if container.tag == qn("w:sdt"):
        copy_ = copy.deepcopy(container)
        content = copy_.find(qn("w:sdtContent"))
        for child in list(content):
            content.remove(child)
        p.append(copy_)
        return content
    copy_ = container.makeelement(container.tag, dict(container.attrib))
    for child in container:
        if child.tag != qn("w:r"):
            copy_.append(copy.deepcopy(child))  # e.g. a field's or link's own properties
    p.append(copy_)
    return copy_


def _xml(element) -> bytes:
    return etree.tostring(element) if element is not None else b""


def _run(text: str, rpr):
    """A run of translated text with the source run's properties, proofed as English."""
    r = OxmlElement("w:r")
    if rpr is not None:
        rpr = copy.deepcopy(rpr)
        lang = rpr.find(qn("w:lang"))
        if lang is not None and lang.get(qn("w:val")):
            lang.set(qn("w:val"), ENGLISH)
        r.append(rpr)
    r.text = xml_safe(text)  # a control character a post-editor left in an XLIFF target
    return r
