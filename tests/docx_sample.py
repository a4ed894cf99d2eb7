"""Build a .docx with everything the .docx writer must keep: runs with mixed formatting
inside sentences, a hyperlink, a list, a table, a header, a footer and a footnote."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import docx
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn

TITLE = "Bộ Nội vụ chủ trì Hội nghị ASEAN về cải cách hành chính"
LINK_URL = "https://www.moha.gov.vn/tin-tuc"
FOOTNOTE = "Hội nghị lần thứ 21 của các Bộ trưởng phụ trách công vụ ASEAN."
HEADER = "Cổng thông tin điện tử Bộ Nội vụ"
FOOTER = "Bản tin hợp tác quốc tế"

FOOTNOTES_XML = f"""<w:footnotes {nsdecls("w")}>
<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r>
</w:p></w:footnote>
<w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>
<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>
<w:r><w:t xml:space="preserve"> {FOOTNOTE}</w:t></w:r></w:p></w:footnote>
</w:footnotes>"""


def png_pixel() -> bytes:
    """A valid 1×1 PNG, so the sample carries an image without a data file."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x00\x00")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def add_hyperlink(paragraph, text: str, url: str) -> None:
    r_id = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), r_id)
    run = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    rstyle = OxmlElement("w:u")
    rstyle.set(qn("w:val"), "single")
    rpr.append(rstyle)
    run.append(rpr)
    run.text = text
    link.append(run)
    paragraph._p.append(link)


def add_footnote(document, paragraph) -> None:
    part = XmlPart(
        PackURI("/word/footnotes.xml"),
        CT.WML_FOOTNOTES,
        parse_xml(FOOTNOTES_XML.encode()),
        document.part.package,
    )
    document.part.relate_to(part, RT.FOOTNOTES)
    ref = parse_xml(
        f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        '<w:footnoteReference w:id="1"/></w:r>'
    )
    paragraph._p.append(ref)


def build(path: Path) -> Path:
    """Write the sample to ``path``; every paragraph is Vietnamese."""
    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = HEADER
    section.footer.paragraphs[0].text = FOOTER
    document.add_heading(TITLE, level=1)
    p = document.add_paragraph("Sáng nay, ")
    p.add_run("Bộ trưởng Bộ Nội vụ").bold = True
    p.add_run(" đã phát biểu khai mạc hội nghị. Các đại biểu ")
    p.add_run("thảo luận sôi nổi").italic = True
    p.add_run(" về ")
    p.add_run("cải cách công vụ").underline = True
    p.add_run(" trong khu vực.")
    add_footnote(document, p)
    p = document.add_paragraph("Thông tin chi tiết xem tại ")
    add_hyperlink(p, "trang tin của Bộ Nội vụ", LINK_URL)
    p.add_run(" và các cơ quan liên quan.")
    document.add_paragraph("Tăng cường hợp tác khu vực.", style="List Bullet")
    document.add_paragraph("Nâng cao năng lực đội ngũ công chức.", style="List Bullet")
    table = document.add_table(rows=2, cols=2)
    cells = ["Quốc gia", "Đại biểu", "Việt Nam", "Bộ trưởng Bộ Nội vụ"]
    for cell, text in zip((c for row in table.rows for c in row.cells), cells, strict=True):
        cell.text = text
    document.add_picture(io.BytesIO(png_pixel()))
    document.add_paragraph("Hội nghị kết thúc vào chiều cùng ngày./.")
    document.save(str(path))
    return path
