"""PDF input: read in reading order with paragraphs rejoined and page furniture dropped,
translated into a .docx (or .txt) with the same paragraphs as the article's .txt, briefed
the same; scans, locked and broken PDFs refused in one line."""

from __future__ import annotations

import json
import re
from pathlib import Path

import docx
import pytest

from briefgen.errors import InputError
from briefgen.formats.pdf.layout import Line, Page, paragraphs
from briefgen.ingest import read_bytes, read_document
from cli_run import run
from docx_sample import FOOTER, TITLE, build
from pdf_sample import docx_to_pdf, unicode_font, write_pdf

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))
HEADER = "Cổng thông tin điện tử Bộ Nội vụ"  # as in docx_sample


def lines_of(sample: Path) -> list[str]:
    return [ln for ln in sample.read_text("utf-8").splitlines() if ln.strip()]


def as_a_pdf_carries_it(text: str) -> str:
    """The article with its no-break spaces as spaces and runs of spaces as one: a
    scrape's "05/08/2022\xa0\xa0 04:38" comes out of a PDF's text layer as plain spaces."""
    return re.sub(r"[ \xa0]+", " ", text)


@pytest.fixture(scope="module")
def sample_pdfs(tmp_path_factory) -> list[tuple[Path, Path]]:
    """Each sample article as .txt and as a PDF of its paragraphs, over several pages,
    with a running header and page numbers."""
    folder = tmp_path_factory.mktemp("pdfs")
    pairs = []
    for sample in SAMPLES:
        text = folder / "txt" / sample.name
        text.parent.mkdir(exist_ok=True)
        text.write_text(as_a_pdf_carries_it(sample.read_text("utf-8")), "utf-8")
        pdf = folder / "pdf" / f"{sample.stem}.pdf"
        pdf.parent.mkdir(exist_ok=True)
        write_pdf(pdf, lines_of(text), header=HEADER, footer_numbers=True)
        pairs.append((text, pdf))
    return pairs


def test_reads_each_sample_as_its_paragraphs(sample_pdfs):
    for text, pdf in sample_pdfs:
        from_pdf = read_document(pdf)
        from_text = read_document(text)
        assert from_pdf.format == "pdf"
        assert len(from_pdf.blocks) == len(lines_of(text)), pdf.name
        expected = [b for b in from_text.blocks if b.text.strip()]
        for got, want in zip(from_pdf.blocks, expected, strict=True):
            assert " ".join(got.text.split()) == " ".join(want.text.split())
            assert got.role == want.role
            assert got.sentences == want.sentences  # what is translated
        assert not any(HEADER in b.text for b in from_pdf.blocks)
        assert not any(b.text.strip().isdigit() for b in from_pdf.blocks)


def test_translates_into_a_docx_with_the_txt_paragraphs(sample_pdfs, tiny_marian_ct2, tmp_path):
    texts, pdfs = zip(*sample_pdfs, strict=True)
    # the same sentences come out of the memory the second time, so only reading differs
    model = ("--model", tiny_marian_ct2, "--beam-size", "1")
    assert run("translate", texts[0].parent, "-o", tmp_path / "t", *model).exit_code == 0
    result = run("translate", pdfs[0].parent, "-o", tmp_path / "p", *model)
    assert result.exit_code == 0, result.output
    for text in texts:
        english = (tmp_path / "t" / f"{text.stem}.en.txt").read_text("utf-8").splitlines()
        written = docx.Document(str(tmp_path / "p" / f"{text.stem}.en.docx"))
        assert [p.text for p in written.paragraphs] == [ln for ln in english if ln.strip()]
        title = read_document(text).title
        assert [p.style.name for p in written.paragraphs].count("Title") == (title is not None)


def test_briefs_the_same(sample_pdfs, tiny_marian_ct2, tmp_path):
    texts, pdfs = zip(*sample_pdfs, strict=True)
    facts = []
    for name, sources in (("txt", texts), ("pdf", pdfs)):
        out = tmp_path / name
        result = run(
            "brief", *sources, "-o", out / "b.docx", "--json", out / "f.json",
            "--model", tiny_marian_ct2, "--beam-size", "1",
        )  # fmt: skip
        assert result.exit_code == 0, result.output
        facts.append(json.loads((out / "f.json").read_text("utf-8")))
    for fact in facts:
        fact.pop("provenance", None)
        for article in fact["articles"]:
            assert article.pop("source").endswith((".txt", ".pdf"))
    assert len(facts[0]["articles"]) == len(SAMPLES)
    assert facts[0] == facts[1]
    assert any(article["participants"] for article in facts[0]["articles"])


def test_to_txt_writes_the_article_as_text(sample_pdfs, every_model, tmp_path):
    """On every family and backend: only reading differs between the .txt and the PDF
    (the shortest sample, two pages: eight models translate it)."""
    text, pdf = sample_pdfs[0]
    model = every_model.cli_options()
    assert run("translate", text, "-o", tmp_path / "t", *model).exit_code == 0
    result = run("translate", pdf, "-o", tmp_path / "p", "--to", "txt", *model)
    assert result.exit_code == 0, result.output
    english = (tmp_path / "t" / f"{text.stem}.en.txt").read_text("utf-8").splitlines()
    from_pdf = (tmp_path / "p" / f"{text.stem}.en.txt").read_text("utf-8").splitlines()
    assert from_pdf == [ln for ln in english if ln.strip()]


def test_a_table_is_read_row_by_row(tmp_path):
    rows = [
        ["Quốc gia", "Trưởng đoàn", "Cơ quan"],
        ["Việt Nam", "Bộ trưởng Bộ Nội vụ", "Bộ Nội vụ"],
        ["Lào", "Thứ trưởng Bộ Nội vụ", "Bộ Nội vụ Lào"],
    ]
    pdf = write_pdf(
        tmp_path / "bang.pdf",
        ["Hội nghị Bộ trưởng ASEAN về công vụ", "Danh sách các đoàn tham dự hội nghị năm nay."],
        table=rows,
    )
    texts = [b.text for b in read_document(pdf).blocks]
    assert texts[2:] == [cell for row in rows for cell in row]


def test_paragraphs_run_on_across_pages_and_hyphens():
    def line(page, box, y, text, x1=500.0):
        return Line(page, box, 50.0, y, x1, y + 10, text, 5.0)

    pages = [
        Page(
            0,
            595,
            842,
            (
                line(0, 0, 810, "Cổng thông tin Bộ Nội vụ", 200),
                line(0, 1, 700, "Hợp tác công vụ ASEAN được tăng cường trong giai đoạn mới, với"),
                line(0, 1, 686, "các chương trình đào tạo cho công chức và hợp tác multi-"),
                line(0, 1, 672, "lateral giữa các nước thành viên"),
                line(0, 2, 30, "- 1 -", 300),
            ),
        ),
        Page(
            1,
            595,
            842,
            (
                line(1, 0, 810, "Cổng thông tin Bộ Nội vụ", 200),
                line(1, 1, 700, "trong khu vực.", 150),
                line(1, 1, 686, "Đoạn thứ hai bắt đầu ở đây.", 200),
                line(1, 2, 30, "Trang 2", 300),
            ),
        ),
    ]
    assert [p.text for p in paragraphs(pages)] == [
        "Hợp tác công vụ ASEAN được tăng cường trong giai đoạn mới, với các chương trình đào"
        " tạo cho công chức và hợp tác multilateral giữa các nước thành viên trong khu vực.",
        "Đoạn thứ hai bắt đầu ở đây.",
    ]


def test_brief_takes_a_pdf(sample_pdfs, tiny_marian_ct2, tmp_path):
    _, pdf = sample_pdfs[2]
    result = run(
        "brief", pdf, "-o", tmp_path / "b.docx", "--model", tiny_marian_ct2, "--beam-size", "1"
    )
    assert result.exit_code == 0, result.output
    assert "Annex: source and translation" in [
        p.text for p in docx.Document(str(tmp_path / "b.docx")).paragraphs
    ]


def scanned_pdf(path: Path) -> Path:
    from fpdf import FPDF

    from docx_sample import png_pixel

    pdf = FPDF()
    pdf.add_page()
    image = path.with_suffix(".png")
    image.write_bytes(png_pixel())
    pdf.image(str(image), x=10, y=10, w=180)
    pdf.output(str(path))
    return path


def locked_pdf(path: Path) -> Path:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_encryption(owner_password="chu", user_password="mat-khau")
    pdf.add_page()
    pdf.add_font("body", fname=str(unicode_font()))
    pdf.set_font("body", size=12)
    pdf.multi_cell(0, 6, "Hội nghị Bộ trưởng ASEAN về công vụ đã diễn ra tại Hà Nội.")
    pdf.output(str(path))
    return path


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (scanned_pdf, "the PDF has no text layer (a scan?); run OCR first"),
        (locked_pdf, "the PDF is encrypted"),
        (lambda p: p.write_bytes(b"%PDF-1.7\n1 0 obj <<\n") and p, "not a readable PDF"),
        (lambda p: p.write_bytes(b"PK\x03\x04 not a pdf") and p, "not a PDF file"),
    ],
)
def test_unreadable_pdfs_are_refused_in_one_line(make, message, tmp_path):
    pdf = tmp_path / "van-ban.pdf"
    make(pdf)
    result = run("translate", pdf, "-o", tmp_path / "out", "--model", "unused")
    assert result.exit_code != 0
    assert message in result.output
    with pytest.raises(InputError, match=re.escape(message)):
        read_bytes(pdf.read_bytes(), "van-ban.pdf")


def test_a_libreoffice_pdf_of_the_docx_fixture(tmp_path):
    source = build(tmp_path / "hoi-nghi.docx")
    two_pages = docx.Document(str(source))  # so the header and footer run over pages
    two_pages.add_page_break()
    two_pages.add_paragraph("Các đại biểu đã thống nhất nội dung của tuyên bố chung.")
    two_pages.save(str(source))
    pdf = docx_to_pdf(source, tmp_path)
    from_pdf = [b.text for b in read_document(pdf).blocks]
    document = read_document(pdf)
    assert document.title == TITLE  # set larger than the text
    assert from_pdf[0] == TITLE
    assert "Tăng cường hợp tác khu vực." in from_pdf  # no bullet glyph
    assert any(t.endswith("cải cách công vụ trong khu vực.") for t in from_pdf)  # nor mark
    assert from_pdf[-1] == "Các đại biểu đã thống nhất nội dung của tuyên bố chung."
    assert not {HEADER, FOOTER} & set(from_pdf)
    for text in ("Quốc gia", "Đại biểu", "Việt Nam", "Bộ trưởng Bộ Nội vụ"):
        assert text in from_pdf
    assert from_pdf.index("Quốc gia") + 1 == from_pdf.index("Đại biểu")  # row by row
    assert any(t.startswith("Sáng nay, Bộ trưởng Bộ Nội vụ đã phát biểu") for t in from_pdf)
