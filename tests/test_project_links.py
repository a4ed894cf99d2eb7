"""No link, field or content control is lost when a translation has fewer words than its
paragraph has formatted stretches (a tiny or weak model, an empty sentence): each keeps a
word, taken before bold's, or else its source words, so a link stays clickable."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import lxml.html
import pytest
from click.testing import CliRunner
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from lxml import etree

from briefgen.cli import cli
from briefgen.formats.docx.writer import rewrite_paragraph
from briefgen.formats.html.writer import rewrite_block
from briefgen.formats.project import join_sentences, project
from docx_sample import add_hyperlink

HREFS = ["https://asean.org", "https://moha.gov.vn", "https://mofa.gov.vn"]
LINKED = ["ASEAN", "Bộ Nội vụ", "Bộ Ngoại giao"]
PARAGRAPH = (
    f'<p>Xem thêm thông tin tại <a href="{HREFS[0]}">{LINKED[0]}</a>, <b>trang</b> '
    f'<a href="{HREFS[1]}">{LINKED[1]}</a> và <a href="{HREFS[2]}">{LINKED[2]}</a>.</p>'
)
SOURCE = f"Xem thêm thông tin tại {LINKED[0]}, trang {LINKED[1]} và {LINKED[2]}."


def keys_of(source: str) -> list[str]:
    """Per-character keys of ``source``: "a0".."a2" on the linked names, "b" on "trang"."""
    keys = ["plain"] * len(source)
    for n, name in enumerate(LINKED):
        start = source.index(name)
        keys[start : start + len(name)] = [f"a{n}"] * len(name)
    start = source.index("trang")
    keys[start : start + 5] = ["b"] * 5
    return keys


def link_of(key: str) -> str | None:
    return key if key.startswith("a") else None


@pytest.mark.parametrize("target", ["", "See", "See the pages", "See one two three four five"])
def test_every_link_keeps_one_stretch_of_text(target):
    joined, pairs = join_sentences(SOURCE, [(SOURCE, target)])
    pieces = project(keys_of(SOURCE), joined, pairs, element_of=link_of, source=SOURCE)
    for n in range(len(LINKED)):
        linked = [text for text, key in pieces if key == f"a{n}"]
        assert len(linked) == 1 and linked[0].strip(), (n, pieces)
    if len(target.split()) >= len(LINKED):  # enough words: only the translation's
        assert "".join(text for text, _ in pieces) == joined


def test_without_element_of_a_short_translation_still_loses_links():
    """The behaviour the writers no longer rely on: plain keys compete for words."""
    joined, pairs = join_sentences(SOURCE, [(SOURCE, "See")])
    assert len({key for _, key in project(keys_of(SOURCE), joined, pairs)}) == 1


def test_a_link_takes_bolds_only_word_before_losing_its_own():
    source = "trang ASEAN"
    keys = ["b"] * 5 + ["plain"] + ["a0"] * 5
    joined, pairs = join_sentences(source, [(source, "ASEAN")])
    assert project(keys, joined, pairs, element_of=link_of, source=source) == [("ASEAN", "a0")]


def hrefs(root) -> list[str]:
    return [a.get("href") for a in root.iter("a")]


@pytest.mark.parametrize("target", ["", "See.", "See the pages of ASEAN."])
def test_html_block_keeps_every_link(target):
    block = lxml.html.fragment_fromstring(PARAGRAPH)
    rewrite_block(block, [(SOURCE, target)])
    reread = lxml.html.fragment_fromstring(lxml.html.tostring(block, encoding="unicode"))
    assert hrefs(reread) == HREFS
    assert all(a.text_content().strip() for a in reread.iter("a"))


LINK_LINES = (
    # mostly one long link: its words must not be taken for the paragraph's plain text
    '<p>Xem <a href="/1">ASEAN</a>, <a href="/2">Bộ Nội vụ</a>, <a href="/3">Bộ Ngoại giao'
    "</a>.</p>"
    '<p><a href="/4">Hà Nội</a> <a href="/5">ASEAN</a> <a href="/6">Lào</a> '
    '<a href="/7">Việt Nam</a></p>'
)


@pytest.mark.parametrize(
    ("fixture", "backend"), [("tiny_t5", "transformers"), ("tiny_t5_ct2", "ctranslate2")]
)
def test_translated_page_keeps_every_link_once(fixture, backend, request, tmp_path):
    """The reported case: the tiny t5 model's translations of paragraphs of links; each
    source link must come out once, with text, whatever the model wrote."""
    page = tmp_path / "lien-ket.html"
    page.write_text(
        '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Tin</title></head>'
        "<body><article><h1>Bộ Nội vụ chủ trì hội nghị ASEAN về cải cách hành chính</h1>"
        f"{PARAGRAPH}{LINK_LINES}</article></body></html>",
        encoding="utf-8",
    )
    model = request.getfixturevalue(fixture)
    options = ["--model", model, "--backend", backend, "--beam-size", "1", "--threads", "1"]
    result = CliRunner().invoke(cli, ["translate", str(page), "-o", str(tmp_path), *options])
    assert result.exit_code == 0, result.output
    source = lxml.html.document_fromstring(page.read_bytes())
    output = lxml.html.document_fromstring((tmp_path / "lien-ket.en.html").read_bytes())
    assert sorted(hrefs(output)) == sorted(hrefs(source))  # the translation may reorder them
    assert all(a.text_content().strip() for a in output.iter("a"))


W = nsdecls("w")
R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
DOCX_PARAGRAPH = (
    f"<w:p {W} {R}><w:r><w:t xml:space='preserve'>Xem thêm thông tin tại </w:t></w:r>"
    f"<w:hyperlink r:id='rId1'><w:r><w:t>{LINKED[0]}</w:t></w:r></w:hyperlink>"
    "<w:r><w:t xml:space='preserve'>, </w:t></w:r>"
    "<w:r><w:rPr><w:b/></w:rPr><w:t xml:space='preserve'>trang </w:t></w:r>"
    f"<w:fldSimple w:instr=' DOCPROPERTY Subject '><w:r><w:t>{LINKED[1]}</w:t></w:r>"
    "</w:fldSimple><w:r><w:t xml:space='preserve'> và </w:t></w:r>"
    "<w:sdt><w:sdtPr><w:alias w:val='Tên'/></w:sdtPr><w:sdtContent>"
    f"<w:r><w:t>{LINKED[2]}</w:t></w:r></w:sdtContent></w:sdt>"
    "<w:r><w:t>.</w:t></w:r></w:p>"
)


@pytest.mark.parametrize("target", ["", "See.", "See the pages of ASEAN."])
def test_docx_paragraph_keeps_link_field_and_control(target):
    p = parse_xml(DOCX_PARAGRAPH)
    rewrite_paragraph(p, [(SOURCE, target)])
    reread = etree.fromstring(etree.tostring(p))
    for tag in ("w:hyperlink", "w:fldSimple", "w:sdt"):
        found = reread.findall(f".//{qn(tag)}")
        assert len(found) == 1, tag
        assert "".join(t.text for t in found[0].iter(qn("w:t"))).strip(), tag
    assert reread.find(f".//{qn('w:hyperlink')}").get(qn("r:id")) == "rId1"


def test_translated_docx_keeps_every_hyperlink(tiny_t5, tmp_path):
    source = tmp_path / "lien-ket.docx"
    document = docx.Document()
    document.add_heading("Bộ Nội vụ chủ trì hội nghị ASEAN về cải cách hành chính", 1)
    paragraph = document.add_paragraph("Xem thêm thông tin tại ")
    for n, (name, href) in enumerate(zip(LINKED, HREFS, strict=True)):
        add_hyperlink(paragraph, name, href)
        paragraph.add_run(", " if n < len(LINKED) - 1 else ".")
    document.save(str(source))
    options = [
        "--model",
        tiny_t5,
        "--backend",
        "transformers",
        "--beam-size",
        "1",
        "--threads",
        "1",
    ]
    result = CliRunner().invoke(cli, ["translate", str(source), "-o", str(tmp_path), *options])
    assert result.exit_code == 0, result.output
    assert sorted(linked_targets(tmp_path / "lien-ket.en.docx")) == sorted(HREFS)


def linked_targets(path: Path) -> list[str]:
    """Each w:hyperlink's URL, read from the package's XML with zipfile and lxml."""
    with zipfile.ZipFile(path) as package:
        body = etree.fromstring(package.read("word/document.xml"))
        rels = etree.fromstring(package.read("word/_rels/document.xml.rels"))
    targets = {rel.get("Id"): rel.get("Target") for rel in rels}
    links = body.iter(qn("w:hyperlink"))
    assert all("".join(t.text for t in a.iter(qn("w:t"))).strip() for a in links)
    return [targets[a.get(qn("r:id"))] for a in body.iter(qn("w:hyperlink"))]
