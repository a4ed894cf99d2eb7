""".docx in, .docx out: reading in document order, and a translation that keeps the
document (styles, run formatting, hyperlinks, lists, tables, headers, footers,
footnotes, images), checked by reopening the output with python-docx, for every model
family on both backends (run formatting is carried by each family's alignment)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from briefgen.errors import InputError
from briefgen.ingest import read_document
from briefgen.records import Role
from cli_run import run
from docx_sample import FOOTER, FOOTNOTE, HEADER, LINK_URL, TITLE, build

SOURCE_SENTENCE = "Sáng nay, Bộ trưởng Bộ Nội vụ đã phát biểu khai mạc hội nghị."


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> Path:
    return build(tmp_path_factory.mktemp("docx") / "hoi-nghi.docx")


@pytest.fixture(scope="module")
def translated(sample, every_model, tmp_path_factory) -> Path:
    """The sample translated by each family's model on each backend: the output folder."""
    out = tmp_path_factory.mktemp("out")
    result = run("translate", sample, "-o", out, *every_model.cli_options())
    assert result.exit_code == 0, result.output
    return out


def formatting(document) -> dict[str, int]:
    """How many runs with text carry each kind of formatting, body-wide."""
    runs = [r for p in document.paragraphs for r in p.runs if r.text.strip()]
    return {
        "bold": sum(bool(r.bold) for r in runs),
        "italic": sum(bool(r.italic) for r in runs),
        "underline": sum(bool(r.underline) for r in runs),
    }


def footnotes_xml(path: Path) -> str:
    return zipfile.ZipFile(path).read("word/footnotes.xml").decode("utf-8")


def test_reader_keeps_document_order_and_styles(sample):
    document = read_document(sample)
    texts = [b.text for b in document.blocks]
    assert document.format == "docx"
    assert document.blocks[0].text == TITLE and document.blocks[0].style == "Heading 1"
    assert (
        texts.index("Quốc gia")
        < texts.index("Việt Nam")
        < texts.index("Hội nghị kết thúc vào chiều cùng ngày./.")
    )
    assert SOURCE_SENTENCE in document.blocks[1].sentences
    assert [b.style for b in document.blocks if "hợp tác khu vực" in b.text] == ["List Bullet"]
    outside = {b.text.strip(): b.role for b in document.blocks if b.style in ("Header", "Footer")}
    assert outside == {HEADER: Role.CLUTTER, FOOTER: Role.CLUTTER}
    assert any(b.text.strip() == FOOTNOTE for b in document.blocks)
    assert all(b.index == i for i, b in enumerate(document.blocks))


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"PK\x03\x04 not really a zip", "not a valid .docx"), (b"plain text", "not a valid .docx")],
)
def test_broken_docx_is_one_line_exit_2(tmp_path, content, message):
    path = tmp_path / "broken.docx"
    path.write_bytes(content)
    with pytest.raises(InputError, match=message):
        read_document(path)
    result = run("translate", path, "-o", tmp_path / "out", "--model", tmp_path)
    assert result.exit_code == 2
    assert message in result.output and "Traceback" not in result.output


def test_english_docx_is_refused(tmp_path):
    document = docx.Document()
    document.add_paragraph("The minister opened the conference in Hanoi this morning.")
    document.save(str(tmp_path / "en.docx"))
    with pytest.raises(InputError, match="Vietnamese"):
        read_document(tmp_path / "en.docx")


def test_translation_keeps_structure(sample, translated):
    source, output = docx.Document(str(sample)), docx.Document(str(translated / "hoi-nghi.en.docx"))
    assert [p.style.name for p in output.paragraphs] == [p.style.name for p in source.paragraphs]
    assert len(output.tables) == 1
    assert len(output.tables[0]._tbl.xpath(".//w:tc")) == 4
    assert len(output.inline_shapes) == len(source.inline_shapes) == 1
    assert [h.url for p in output.paragraphs for h in p.hyperlinks] == [LINK_URL]
    for before, after in zip(source.paragraphs, output.paragraphs, strict=True):
        if before.text.strip():
            assert after.text.strip() and after.text != before.text


def test_translation_keeps_run_formatting(sample, translated):
    source = formatting(docx.Document(str(sample)))
    output = formatting(docx.Document(str(translated / "hoi-nghi.en.docx")))
    assert source == {"bold": 1, "italic": 1, "underline": 1}
    assert output == source


def test_headers_footers_and_footnotes_are_translated(sample, translated):
    output = translated / "hoi-nghi.en.docx"
    section = docx.Document(str(output)).sections[0]
    assert section.header.paragraphs[0].text.strip() not in ("", HEADER)
    assert section.footer.paragraphs[0].text.strip() not in ("", FOOTER)
    notes = footnotes_xml(output)
    assert "footnoteRef" in notes and FOOTNOTE not in notes
    assert 'w:type="separator"' in notes
    body = docx.Document(str(output)).element.body
    assert len(body.findall(f".//{qn('w:footnoteReference')}")) == 1


def test_input_is_untouched(sample, translated):
    assert docx.Document(str(sample)).paragraphs[0].text == TITLE
