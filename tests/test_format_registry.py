"""The format registry: reading and writing both look a format up, an unknown one is
refused in one line, a new one is one entry, and readers take bytes and keep them."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from briefgen import batch, formats
from briefgen.cli import cli
from briefgen.errors import InputError
from briefgen.formats import Format, format_for
from briefgen.formats.output import render_translation
from briefgen.ingest import read_bytes, read_document
from briefgen.pipeline import translate_document
from briefgen.records import Document, DocumentTranslation, Provenance
from briefgen.translate.stack import StackSettings, open_stack
from docx_sample import TITLE, build

ARTICLE = "Bộ Nội vụ chủ trì Hội nghị.\n\nCác đại biểu thảo luận về hợp tác ASEAN.\n"
SUPPORTED = ".txt, .docx, .html, .htm, .pdf"


@pytest.fixture
def markdown():
    """A .md format made of the .txt reader and writer: one entry, nothing else."""
    entry = Format(
        "md",
        (".md",),
        reader="briefgen.formats.txt.reader:read_text",
        writer="briefgen.formats.txt.writer:render_text_bytes",
        writes="md",
        output_suffix=".en.md",
    )
    formats.BUILTIN_FORMATS["md"] = entry
    formats.registry.cache_clear()
    yield entry
    del formats.BUILTIN_FORMATS["md"]
    formats.registry.cache_clear()


def test_unsupported_input_is_one_line_listing_the_formats(tmp_path):
    (tmp_path / "a.rtf").write_bytes(b"{\\rtf1 }")
    result = CliRunner().invoke(cli, ["translate", str(tmp_path / "a.rtf"), "-o", "out"])
    assert result.exit_code != 0
    assert result.output.strip() == (
        f"Error: {tmp_path / 'a.rtf'}: unsupported file type .rtf; use one of {SUPPORTED}"
    )
    with pytest.raises(
        InputError, match=rf"^x\.odt: unsupported file type \.odt; use one of {SUPPORTED}$"
    ):
        read_bytes(b"...", "x.odt")


@pytest.mark.parametrize("name", ["archive.7z", "archive.rar", "article.txt.gz", "a.xz"])
def test_an_archive_not_read_says_to_unpack_it(tmp_path, name):
    """Someone with an archive briefgen does not read (zip and tar are, see
    test_archives.py) learns what to do, not only what is read."""
    (tmp_path / name).write_bytes(b"7z\xbc\xaf\x27\x1c")
    result = CliRunner().invoke(cli, ["translate", str(tmp_path / name), "-o", "out"])
    assert result.exit_code == 2
    line = result.output.strip()
    assert len(line.splitlines()) == 1
    assert line.endswith(
        f"use one of {SUPPORTED}; unpack it and give its folder, or pack it as .zip or .tar.gz"
    )


def test_a_format_without_an_entry_is_never_written_as_text():
    document = Document(Path("a.rtf"), "rtf", ())
    result = DocumentTranslation(document, (), Provenance("test", "none", "none"))
    with pytest.raises(InputError, match=r"no writer for format 'rtf'; formats: txt, docx, html"):
        render_translation(result)


def test_a_new_format_is_one_entry(markdown, tmp_path, tiny_marian):
    source = tmp_path / "in" / "a.md"
    source.parent.mkdir()
    source.write_text(ARTICLE, "utf-8")
    assert format_for(source) is markdown
    [job] = batch.plan([str(source.parent)], tmp_path / "out")
    assert job.target == tmp_path / "out" / "a.en.md"
    document = read_document(source)
    assert document.format == "md"
    result = translate_document(document, open_stack(StackSettings(str(tiny_marian))))
    lines = render_translation(result).decode("utf-8").splitlines()
    assert len(lines) == 3 and lines[0] and not lines[1]


def test_readers_take_bytes_and_writers_need_no_source_file(tmp_path, tiny_marian):
    path = build(tmp_path / "mau.docx")
    data = path.read_bytes()
    path.unlink()  # the writer must work from what the reader kept
    document = read_bytes(data, "mau.docx")
    assert document.data == data and document.blocks[0].text == TITLE
    result = translate_document(document, open_stack(StackSettings(str(tiny_marian))))
    out = tmp_path / "mau.en.docx"
    out.write_bytes(render_translation(result))
    paragraphs = [p.text for p in docx.Document(str(out)).paragraphs]
    assert paragraphs[0] == result.block_translation(0) and paragraphs[0] != TITLE
