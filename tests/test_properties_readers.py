"""Properties of the readers (the format registry behind ``briefgen.ingest``): whatever
the bytes, a Document or one line of error; for a readable article, every word a reader
of the page would read is in the Document, in order."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

import docx
from docx.oxml.ns import qn
from hypothesis import example, given
from hypothesis import strategies as st

from briefgen.errors import BriefgenError
from briefgen.formats.xmltext import xml_safe
from briefgen.ingest import read_bytes, read_document
from briefgen.records import Document
from vietnamese_strategies import (
    HOSTILE_CHARS,
    file_name_char,
    hostile_text,
    html_fragment,
    one_line,
    vi_paragraph,
    vi_word,
)


def read_or_error(data: bytes, name: str) -> Document | None:
    """The Document, or None after checking the error is a one-line BriefgenError."""
    try:
        return read_bytes(data, name)
    except BriefgenError as exc:
        assert one_line(str(exc)), repr(str(exc))
        return None


def words_of(document: Document) -> list[str]:
    return " ".join(b.text for b in document.blocks).split()


def paragraph_words(paragraphs: list[str]) -> list[str]:
    return " ".join(paragraphs).split()


# --- .txt -----------------------------------------------------------------------------


@given(st.binary(max_size=2000))
def test_any_bytes_as_txt_read_or_fail_in_one_line(data):
    read_or_error(data, "article.txt")


@given(
    st.lists(st.one_of(vi_paragraph, hostile_text), max_size=8),
    st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]),
)
def test_mixed_text_as_txt_reads_or_fails_in_one_line(lines, encoding):
    read_or_error("\n".join(lines).encode(encoding, "surrogatepass"), "article.txt")


@given(
    st.lists(vi_paragraph, min_size=1, max_size=8),
    st.sampled_from(["\n", "\r\n", "\n\n", "\r"]),
    st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]),
    st.sampled_from(["", " ", "\t", "\xa0"]),
)
def test_txt_keeps_every_word_in_order(paragraphs, newline, encoding, indent):
    data = newline.join(indent + p + indent for p in paragraphs).encode(encoding)
    document = read_bytes(data, "article.txt")
    assert words_of(document) == paragraph_words(paragraphs)
    assert all("\n" not in b.text and "\r" not in b.text for b in document.blocks)


@given(st.lists(vi_paragraph, min_size=1, max_size=4))
def test_read_document_on_a_file_is_read_bytes(paragraphs):
    data = "\n".join(paragraphs).encode()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bài.txt"
        path.write_bytes(data)
        from_file = read_document(path)
    assert from_file.blocks == read_bytes(data, path).blocks


@given(
    st.text(
        alphabet=file_name_char,
        min_size=1,
        max_size=20,
    )
)
@example("\n")
@example("a\u2028b")
def test_a_missing_or_unreadable_file_fails_in_one_line_whatever_its_name(name):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / (name + ".txt")
        for content in (None, b"An English sentence, not a Vietnamese one.", b"\x00\x01"):
            try:
                if content is not None:
                    path.write_bytes(content)
                read_document(path)
            except BriefgenError as exc:
                assert one_line(str(exc)), repr(str(exc))
            except OSError:  # a name this file system refuses
                return
            else:
                raise AssertionError(f"{content!r} was read")


# --- .html ----------------------------------------------------------------------------


@given(html_fragment())
@example(("<div> hà nội <p> bộ trưởng </p> thêm </div>", ["hà", "nội", "bộ", "trưởng", "thêm"]))
def test_html_keeps_every_word_in_order(fragment):
    markup, words = fragment
    page = f"<html><head><title>x</title></head><body><article>{markup}</article></body></html>"
    document = read_or_error(page.encode(), "page.html")
    if document is None:  # too little of it reads as Vietnamese
        return
    article = [b for b in document.blocks if b.text != "x"]
    assert " ".join(b.text for b in article).split() == words


@given(
    st.lists(
        st.one_of(
            st.sampled_from(
                [
                    "<p>",
                    "</p>",
                    "<div>",
                    "<b>",
                    "</b>",
                    "<!--",
                    "<script>",
                    "&#0;",
                    "&#x110000;",
                    "<?xml?>",
                    "<!DOCTYPE x [<!ENTITY a 'b'>]>",
                    "&a;",
                ]
            ),
            hostile_text,
            vi_word,
        ),
        max_size=40,
    ).map("".join)
)
def test_arbitrary_markup_reads_or_fails_in_one_line(markup):
    for encoded in (
        markup.encode("utf-8", "surrogatepass"),
        markup.encode("utf-16", "surrogatepass"),
    ):
        read_or_error(encoded, "page.html")


# --- .docx ----------------------------------------------------------------------------

runs = st.lists(
    st.tuples(
        st.lists(vi_word, min_size=1, max_size=5).map(" ".join),
        st.booleans(),
        st.booleans(),
    ),
    min_size=1,
    max_size=4,
)


_BLANK = docx.Document()  # one document emptied for each example: loading one costs 20 ms


def build_docx(paragraphs: list[list[tuple[str, bool, bool]]]) -> bytes:
    document = _BLANK
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    for paragraph_runs in paragraphs:
        paragraph = document.add_paragraph()
        for n, (text, bold, italic) in enumerate(paragraph_runs):
            run = paragraph.add_run((" " if n else "") + text)
            run.bold, run.italic = bold or None, italic or None
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


NOISE = [c for c in HOSTILE_CHARS if not any(ch.isalpha() for ch in c) and xml_safe(c) == c]
"""Hostile characters a .docx can hold, without letters (so the text stays Vietnamese)."""
paragraph = st.one_of(runs, st.lists(st.sampled_from(NOISE), min_size=1, max_size=4).map("".join))


@given(
    st.lists(paragraph, min_size=1, max_size=6).filter(
        lambda ps: any(isinstance(p, list) for p in ps)
    )
)
def test_docx_keeps_every_word_in_order(paragraphs):
    """Runs of Vietnamese words, bold and italic, between paragraphs of hostile characters."""
    built = [p if isinstance(p, list) else [(p, False, False)] for p in paragraphs]
    document = read_bytes(build_docx(built), "article.docx")
    body = {b.index: b for b in document.blocks}
    for index, runs_ in enumerate(paragraphs):
        if isinstance(runs_, list):
            assert body[index].text.split() == [w for text, _, _ in runs_ for w in text.split()]
            assert body[index].formatted == (len({(b, i) for _, b, i in runs_}) > 1)


SAMPLE_DOCX = build_docx([[("hội nghị bộ trưởng", True, False), ("các nước", False, False)]] * 3)


@given(
    st.lists(st.tuples(st.integers(0, len(SAMPLE_DOCX) - 1), st.integers(0, 255)), max_size=6),
    st.integers(0, len(SAMPLE_DOCX)),
)
def test_corrupted_docx_reads_or_fails_in_one_line(flips, cut):
    data = bytearray(SAMPLE_DOCX)
    for at, value in flips:
        data[at] = value
    read_or_error(bytes(data[:cut]), "article.docx")
