"""Make PDFs for the PDF reader's tests: with fpdf2 (pure Python, a Unicode TTF embedded
for Vietnamese) and, where it is installed, with LibreOffice from a .docx."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Sequence
from pathlib import Path

import pytest

FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"),)


def unicode_font() -> Path:
    """DejaVuSans (Debian's fonts-dejavu-core), else the one matplotlib ships, else skip."""
    for folder in FONT_DIRS:
        if (folder / "DejaVuSans.ttf").is_file():
            return folder / "DejaVuSans.ttf"
    try:
        import matplotlib

        bundled = Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"
        if bundled.is_file():
            return bundled
    except ImportError:
        pass
    pytest.skip("no Unicode TTF font (DejaVuSans) to write Vietnamese PDFs with")


def write_pdf(
    path: Path,
    paragraphs: Sequence[str],
    *,
    header: str | None = None,
    footer_numbers: bool = False,
    table: Sequence[Sequence[str]] = (),
    width: float = 0,
    font_size: float = 11,
) -> Path:
    """A PDF of ``paragraphs`` (a blank line between them), wrapped at the margin, with a
    running header and page numbers when asked, and a bordered table at the end."""
    from fpdf import FPDF

    class Paper(FPDF):
        def header(self):
            if header:
                self.set_font("body", size=9)
                self.cell(0, 8, header, new_x="LMARGIN", new_y="NEXT")
                self.ln(4)

        def footer(self):
            if footer_numbers:
                self.set_y(-15)
                self.set_font("body", size=9)
                self.cell(0, 10, str(self.page_no()), align="C")

    pdf = Paper(format="A4")
    pdf.add_font("body", fname=str(unicode_font()))
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    pdf.set_font("body", size=font_size)
    for text in paragraphs:
        pdf.multi_cell(width, font_size * 0.5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(font_size * 0.5)
    if table:
        with pdf.table(first_row_as_headings=False) as grid:
            for row in table:
                cells = grid.row()
                for cell in row:
                    cells.cell(cell)
    pdf.output(str(path))
    return path


def libreoffice() -> str:
    """The LibreOffice command, or skip the test."""
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    pytest.skip("LibreOffice is not installed")


def docx_to_pdf(docx: Path, outdir: Path) -> Path:
    """Convert a .docx to PDF with LibreOffice (headless, its own profile folder)."""
    profile = outdir / "lo-profile"
    subprocess.run(
        [
            libreoffice(),
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(outdir),
            str(docx),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return outdir / f"{docx.stem}.pdf"
