"""Properties of the XLIFF export and ``--apply-xliff``: whatever the sentences and their
post-edited targets hold (control, astral and bidi characters, XML metacharacters) and
whatever the source file is called, the export is XLIFF that translate-toolkit parses
with the same sources, and applying it writes the targets back where the sentences were.

The targets are generated: they stand for what a post-editor typed into the XLIFF."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import lxml.html
from hypothesis import example, given
from hypothesis import strategies as st
from translate.storage import xliff as tt_xliff12
from translate.storage import xliff2 as tt_xliff2

from briefgen.errors import InputError
from briefgen.formats.html.walk import RUN_TAG
from briefgen.formats.xliff import read_xliff, render_xliff
from briefgen.formats.xmltext import xml_safe
from briefgen.ingest import read_document
from briefgen.pipeline import apply_xliff
from briefgen.records import DocumentTranslation, Provenance, SegmentTranslation
from briefgen.segment import segment_document
from vietnamese_strategies import HOSTILE_CHARS, hostile_text, html_fragment, vi_paragraph

LEAD = "Hội nghị các bộ trưởng đã thống nhất nhiều nội dung hợp tác quan trọng."
"""A first line that makes any generated article read as Vietnamese."""

line = st.one_of(vi_paragraph, hostile_text.map(lambda t: " ".join(t.splitlines())))
file_name = (
    st.lists(
        st.one_of(
            st.characters(blacklist_characters="/\x00", blacklist_categories=("Cs",)),
            st.sampled_from([*HOSTILE_CHARS[1:5], "%", "%41", "\udcff", "\udc80"]),
        ),
        min_size=1,
        max_size=12,
    )
    .map("".join)
    .filter(lambda n: n not in (".", "..") and "/" not in n and "\x00" not in n)
)
"""A file name: any character a Linux file name may hold, including an undecodable
byte (a surrogate escape), which a path can hold and XML cannot."""
targets = st.lists(hostile_text, min_size=1, max_size=6)


def export(folder: Path, name: str, lines: list[str], targets: list[str], version: str):
    """Write the article, read and segment it as the CLI does, give each sentence a
    target, and export the XLIFF; returns it, the segments and their targets."""
    source = folder / f"{name}.txt"
    source.write_text("\n".join([LEAD, *lines]) + "\n", "utf-8", errors="surrogatepass")
    document = read_document(source)
    segments = segment_document(document)
    pairs = [SegmentTranslation(s, targets[i % len(targets)]) for i, s in enumerate(segments)]
    result = DocumentTranslation(document, tuple(pairs), Provenance("test", "xliff", "test"))
    xliff = folder / "out.xlf"
    xliff.write_bytes(render_xliff(result, version=version))
    return xliff, pairs


@given(st.lists(line, max_size=5), file_name, st.sampled_from(["2.0", "1.2"]), targets)
@example(["a\x08b"], "\x07", "2.0", ["x"])
@example(["biên  biên"], "x", "1.2", ["x"])  # a CAT tool may collapse spaces unless told
def test_translate_toolkit_parses_the_export_with_the_same_sources(lines, name, version, texts):
    with tempfile.TemporaryDirectory() as folder:
        try:
            xliff, pairs = export(Path(folder), name, lines, texts, version)
        except (OSError, InputError):  # a name refused, a line read as binary: not XLIFF's
            return
        store_class = tt_xliff2.Xliff2File if version == "2.0" else tt_xliff12.xlifffile
        store = store_class.parsefile(str(xliff))
    assert [u.source for u in store.units] == [xml_safe(p.segment.text) for p in pairs]


@given(st.lists(line, max_size=5), file_name, st.sampled_from(["2.0", "1.2"]), targets)
@example([], "\x07\udcff%41", "2.0", ["x"])
@example([], "x", "1.2", ["a\nb"])
def test_applying_the_export_writes_each_target_in_its_place(lines, name, version, texts):
    with tempfile.TemporaryDirectory() as folder:
        try:
            xliff, pairs = export(Path(folder), name, lines, texts, version)
        except (OSError, InputError):
            return
        keep = (lambda t: t) if version == "2.0" else xml_safe
        source, edited = read_xliff(xliff)
        assert source.name == f"{name}.txt"
        assert [t for _, t, _ in edited.values()] == [keep(p.target) for p in pairs]
        written = apply_xliff(xliff, Path(folder) / "applied")
        output = written.read_text("utf-8", errors="surrogatepass").split("\n")
    by_block: dict[int, list[str]] = {}
    for p in pairs:
        by_block.setdefault(p.segment.block, []).append(keep(p.target))
    source_lines = [LEAD, *lines]
    assert len(output) == len(source_lines) + 1  # line for line, and a final newline
    for block, targets in by_block.items():
        expected = " ".join(t for t in targets if t)
        assert output[block] == re.sub("\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]", " ", expected)


def solid(text: str) -> str:
    return "".join(text.split())


@given(html_fragment(), st.sampled_from(["2.0", "1.2"]), targets)
@example(("<div> hà nội <p> bộ trưởng </p> thêm </div>", []), "2.0", ["x\x07y <&>"])
def test_applying_to_a_page_puts_each_target_in_it(fragment, version, texts):
    """Post-edited targets holding anything go into an .html page (text beside block
    elements included) that lxml reads back, in order, less what HTML cannot hold."""
    page = f"<html><body><article>{LEAD}{fragment[0]}</article></body></html>"
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "page.html"
        source.write_text(page, "utf-8")
        document = read_document(source)
        segments = segment_document(document)
        pairs = [SegmentTranslation(s, texts[i % len(texts)]) for i, s in enumerate(segments)]
        result = DocumentTranslation(document, tuple(pairs), Provenance("test", "xliff", "test"))
        xliff = Path(folder) / "page.xlf"
        xliff.write_bytes(render_xliff(result, version=version))
        written = apply_xliff(xliff, Path(folder) / "applied")
        root = lxml.html.fromstring(written.read_bytes())
    assert not root.xpath(f"//{RUN_TAG}")
    text = solid(root.text_content())
    at = 0
    for pair in pairs:
        found = text.find(solid(xml_safe(pair.target)), at)
        assert found >= 0, (pair.target, text)
        at = found + len(solid(xml_safe(pair.target)))
