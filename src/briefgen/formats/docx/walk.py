"""The one walk over a .docx's paragraphs, shared by the reader and the writer.

Block ``i`` of a .docx :class:`~briefgen.records.Document` is the ``i``-th paragraph this
walk yields, so the writer can put each translation back where its source came from. The
body comes first (paragraphs and table cells in document order), then headers and
footers, then footnotes, endnotes and comments: the reader classifies only the body as
the article. Paragraphs in text boxes are walked where they sit; inside a paragraph, text
in hyperlinks, content controls (``w:sdt``), simple fields (``w:fldSimple``) and tracked
insertions (``w:ins``) is text of the paragraph, while deleted text (``w:del``) is left.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.part import PartFactory, XmlPart
from docx.oxml.ns import qn
from lxml import etree

from briefgen.errors import InputError
from briefgen.formats.docx.package import check_package
from briefgen.normalize import visible

BODY = "body"
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
# Story parts after the body, in the order their paragraphs are walked.
_STORIES = (
    (RT.HEADER, "header"),
    (RT.FOOTER, "footer"),
    (RT.FOOTNOTES, "footnote"),
    (RT.ENDNOTES, "endnote"),
    (RT.COMMENTS, "comment"),
)
# Inline elements whose runs are text of the paragraph, rebuilt around the translation.
CONTAINERS = frozenset(qn(f"w:{t}") for t in ("hyperlink", "ins", "fldSimple", "sdt", "smartTag"))


@dataclass(frozen=True)
class DocxParagraph:
    """A ``w:p`` element, the story it belongs to and its paragraph style's name."""

    element: object
    story: str
    style: str | None


def open_docx(data: bytes, source: Path):
    """Open a .docx's bytes with python-docx, footnotes loaded as XML so they can be edited.

    Raises:
        InputError: the file is not a valid .docx, or a zip bomb or DTD
            (:func:`~briefgen.formats.docx.package.check_package`).
    """
    import docx

    check_package(data, source)

    # python-docx has no footnotes/endnotes part class; loading them as plain XmlParts
    # makes their paragraphs editable and saved back like any other story.
    PartFactory.part_type_for.setdefault(CT.WML_FOOTNOTES, XmlPart)
    PartFactory.part_type_for.setdefault(CT.WML_ENDNOTES, XmlPart)
    try:
        return docx.Document(io.BytesIO(data))
    except Exception as exc:  # zip, XML and python-docx package errors alike
        raise InputError(f"{source}: not a valid .docx ({type(exc).__name__})") from exc


def iter_paragraphs(document) -> Iterator[DocxParagraph]:
    """Every paragraph of the body, headers/footers and footnotes, in block order."""
    names = {s.style_id: s.name for s in document.styles}
    yield from _story(document.element.body, BODY, names)
    rels = document.part.rels.values()
    for reltype, story in _STORIES:
        parts = sorted(
            (r.target_part for r in rels if r.reltype == reltype and not r.is_external),
            key=lambda part: str(part.partname),
        )
        for part in parts:
            if isinstance(part, XmlPart):
                yield from _story(part.element, story, names)


def _story(root, story: str, names: dict[str, str]) -> Iterator[DocxParagraph]:
    for p in root.iter(qn("w:p")):
        if any(a.tag == _FALLBACK for a in p.iterancestors()):
            continue  # the same text box again, for readers without drawingML
        style_id = p.pPr.style if p.pPr is not None else None
        yield DocxParagraph(p, story, names.get(style_id) if style_id else None)


def iter_text_runs(p) -> Iterator[tuple[object, object | None]]:
    """``(w:r, container or None)`` for the runs whose text makes up the paragraph's text;
    the container is the :data:`CONTAINERS` element (hyperlink, insertion…) around it."""
    for child in p:
        if child.tag == qn("w:r"):
            yield child, None
        elif child.tag in CONTAINERS:
            for r in container_runs(child):
                yield r, child


def container_runs(container) -> list:
    """The runs of a hyperlink, insertion, field or content control (its ``w:sdtContent``)."""
    if container.tag == qn("w:sdt"):
        content = container.find(qn("w:sdtContent"))
        return [] if content is None else list(content.iterchildren(qn("w:r")))
    return list(container.iterchildren(qn("w:r")))


def paragraph_text(p) -> str:
    """The paragraph's text as the reader and writer both see it (run by run, in
    :func:`~briefgen.normalize.visible` form)."""
    return "".join(visible(r.text) for r, _ in iter_text_runs(p))


def run_properties(p) -> set[bytes]:
    """The distinct run properties (``w:rPr``, serialised) of a paragraph's runs."""
    return {_xml(r.find(qn("w:rPr"))) for r in p.iter(qn("w:r"))}


def is_formatted(p) -> bool:
    """The paragraph's runs differ in formatting, or some sit in a hyperlink, insertion…,
    so the writer places it word by word."""
    return len(run_properties(p)) > 1 or any(child.tag in CONTAINERS for child in p)


def _xml(element) -> bytes:
    return etree.tostring(element) if element is not None else b""
