"""Characters a page shows as nothing (zero-width space, non-joiner and joiner, a byte-order
mark inside the text, the soft hyphen), which editors and CMSs leave inside titles and
words, are gone from what every reader gives the rest of the pipeline: the title, the
sentences and the glossary's matches read as the words a person sees. Each format is read
from bytes through the public ingest API; the articles are invented."""

from __future__ import annotations

import io

import docx
import pytest

from briefgen.extract import sentences_of
from briefgen.glossary import Glossary
from briefgen.ingest import read_bytes
from briefgen.records import Entry

INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
TITLE = "Bộ trưởng Bùi Thanh Sơn hội đàm với Bộ trưởng Ngoại giao Lào"
LEAD = "Chiều 5/8, tại Hà Nội, Bộ trưởng Bộ Nội vụ đã tiếp Đại sứ Lào tại Việt Nam."
LAST = "Hai bên nhất trí tăng cường hợp tác trong lĩnh vực công vụ./."
# As a CMS leaves them: a zero-width space after a space and inside a word, a soft hyphen
# inside a syllable, a joiner, a byte-order mark where two texts were pasted together.
DIRTY = {
    TITLE: "Bộ trưởng\u200b Bùi Thanh Sơn hội\u200b đàm với Bộ trưởng Ngoại gi\u00adao Lào",
    LEAD: "\ufeffChiều 5/8, tại Hà Nội, Bộ trưởng Bộ \u200bNội vụ đã tiếp Đại sứ L\u200dào"
    " tại Việt\u2060 Nam.",
    LAST: "Hai bên nhất trí tăng cường hợp tác trong lĩnh vực công\u200c vụ./.",
}
GLOSSARY = Glossary([Entry("Bộ Nội vụ", "Ministry of Home Affairs"), Entry("Lào", "Laos")])


def _txt() -> bytes:
    return "\n".join(DIRTY.values()).encode()


def _html(text: str) -> bytes:
    paragraphs = "".join(f"<p>{t}</p>" for t in list(DIRTY.values())[1:])
    return (
        f"<html><head><title>x</title></head><body><article><h1>{DIRTY[TITLE]}</h1>"
        f"{paragraphs}</article></body></html>"
    ).translate(text)


def _html_characters() -> bytes:
    return _html({}).encode()


def _html_entities() -> bytes:
    """The same page with the invisible characters written as character references."""
    return _html({ord(c): f"&#{ord(c)};" for c in INVISIBLE}).encode()


def _docx() -> bytes:
    """Each paragraph in two runs, the second bold, split at an invisible character."""
    document = docx.Document()
    for text in DIRTY.values():
        paragraph = document.add_paragraph()
        cut = next(i for i, c in enumerate(text) if c in INVISIBLE) + 1
        paragraph.add_run(text[:cut])
        paragraph.add_run(text[cut:]).bold = True
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "build"),
    [
        ("article.txt", _txt),
        ("page.html", _html_characters),
        ("page.html", _html_entities),
        ("article.docx", _docx),
    ],
    ids=["txt", "html", "html-entities", "docx"],
)
def test_invisible_characters_are_gone_from_what_the_reader_gives(name, build):
    document = read_bytes(build(), name)
    assert document.title == TITLE
    assert sentences_of(document) == [LEAD, LAST]
    assert not any(c in INVISIBLE for b in document.blocks for c in b.text)
    found = [(m.surface, m.entry.en) for m in GLOSSARY.find(sentences_of(document)[0])]
    assert found == [("Bộ Nội vụ", "Ministry of Home Affairs"), ("Lào", "Laos")]
