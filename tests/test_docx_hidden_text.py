"""Text a .docx keeps outside plain runs is translated too: comments, content controls
(w:sdt), simple fields (w:fldSimple), text boxes and tracked insertions (w:ins); deleted
text (w:del) is left as it was. Checked by reopening the output with python-docx."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from briefgen.cli import cli
from briefgen.ingest import read_document

COMMENT = "Cần kiểm tra lại số liệu của Bộ Nội vụ"
CONTROL = "Hội nghị Bộ trưởng ASEAN"
FIELD = "Tuyên bố chung của hội nghị"
TEXT_BOX = "Bộ trưởng Bộ Nội vụ phát biểu tại hội nghị"
INSERTED = "trong khu vực ASEAN"
DELETED = "và các nước đối tác"
W = nsdecls("w")
WPS = 'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
A = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
WP = 'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"'

TEXT_BOX_RUN = f"""<w:r {W} {WPS} {A} {WP}><w:drawing><wp:inline><wp:extent cx="1" cy="1"/>
<wp:docPr id="1" name="Hộp văn bản"/><a:graphic><a:graphicData
uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:txbx>
<w:txbxContent><w:p><w:r><w:t>{TEXT_BOX}</w:t></w:r></w:p></w:txbxContent></wps:txbx>
</wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"""


def build(path: Path) -> Path:
    document = docx.Document()
    document.add_heading("Bộ Nội vụ chủ trì Hội nghị ASEAN về cải cách hành chính", level=1)
    p = document.add_paragraph("Sáng nay, ")
    commented = p.add_run("Bộ trưởng Bộ Nội vụ")
    p.add_run(" đã phát biểu khai mạc hội nghị.")
    document.add_comment(commented, text=COMMENT, author="Biên tập viên")
    p = document.add_paragraph("Chủ đề của ")
    p._p.append(
        parse_xml(
            f"<w:sdt {W}><w:sdtPr><w:alias w:val='Tên'/></w:sdtPr><w:sdtContent>"
            f"<w:r><w:t>{CONTROL}</w:t></w:r></w:sdtContent></w:sdt>"
        )
    )
    p.add_run(" năm nay là cải cách công vụ.")
    p = document.add_paragraph("Văn bản: ")
    p._p.append(
        parse_xml(
            f"<w:fldSimple {W} w:instr=' DOCPROPERTY Subject '><w:r><w:t>{FIELD}</w:t></w:r>"
            "</w:fldSimple>"
        )
    )
    p = document.add_paragraph("Các đại biểu thảo luận về hợp tác ")
    p._p.append(
        parse_xml(
            f"<w:ins {W} w:id='7' w:author='Biên tập viên' w:date='2026-01-01T00:00:00Z'>"
            f"<w:r><w:t xml:space='preserve'>{INSERTED} </w:t></w:r></w:ins>"
        )
    )
    p._p.append(
        parse_xml(
            f"<w:del {W} w:id='8' w:author='Biên tập viên' w:date='2026-01-01T00:00:00Z'>"
            f"<w:r><w:delText>{DELETED}</w:delText></w:r></w:del>"
        )
    )
    p.add_run("về công vụ.")
    p = document.add_paragraph("Hội nghị kết thúc vào chiều cùng ngày.")
    p._p.append(parse_xml(TEXT_BOX_RUN))
    document.save(str(path))
    return path


@pytest.fixture(scope="module")
def translated(tiny_marian, tmp_path_factory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("hidden")
    source = build(folder / "an.docx")
    args = ["translate", source, "-o", folder / "out", "--model", tiny_marian, "--beam-size", "1"]
    result = CliRunner().invoke(cli, [str(a) for a in args])
    assert result.exit_code == 0, result.output
    return source, folder / "out" / "an.en.docx"


def texts_in(element, tag: str) -> list[str]:
    return ["".join(t.text or "" for t in e.iter(qn("w:t"))) for e in element.iter(qn(tag))]


def test_the_reader_sees_the_hidden_text(translated):
    source, _ = translated
    texts = [b.text for b in read_document(source).blocks]
    assert f"Chủ đề của {CONTROL} năm nay là cải cách công vụ." in texts
    assert f"Văn bản: {FIELD}" in texts
    assert f"Các đại biểu thảo luận về hợp tác {INSERTED} về công vụ." in texts
    assert TEXT_BOX in texts and COMMENT in texts
    assert not any(DELETED in t for t in texts)


def test_each_is_translated_in_place(translated):
    source, output = translated
    before, after = docx.Document(str(source)), docx.Document(str(output))
    body_before, body_after = before.element.body, after.element.body
    for tag in ("w:sdt", "w:fldSimple", "w:ins", "w:txbxContent"):
        old, new = texts_in(body_before, tag), texts_in(body_after, tag)
        assert len(new) == len(old) == 1, tag
        assert new[0].strip() and new[0] != old[0], (tag, new)
    sdt = body_after.find(f".//{qn('w:sdt')}")
    assert sdt.find(qn("w:sdtPr")) is not None  # the control keeps its properties
    assert body_after.find(f".//{qn('w:fldSimple')}").get(qn("w:instr")) == " DOCPROPERTY Subject "
    assert body_after.find(f".//{qn('w:ins')}").get(qn("w:author")) == "Biên tập viên"
    deleted = "".join(t.text for t in body_after.iter(qn("w:delText")))
    assert deleted == DELETED  # a deletion is not text of the document: left as it was
    comments = [c.text for c in after.comments]
    assert len(comments) == 1 and comments[0].strip() and comments[0] != COMMENT
    assert body_after.find(f".//{qn('w:commentRangeStart')}") is not None
