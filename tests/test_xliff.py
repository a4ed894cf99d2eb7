"""XLIFF export (2.0 and 1.2) and rebuilding a .docx from a post-edited XLIFF.

No XLIFF schema files ship with any package available here (translate-toolkit has none),
so :func:`check_xliff2` checks by hand what the XLIFF 2.0 core schema requires of the
elements briefgen writes: namespace, version, languages, element nesting, the allowed
attributes and state values, and id uniqueness.
"""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest
from lxml import etree

from briefgen.formats import format_named
from briefgen.formats.xliff import XLIFF2_NS, XLIFF12_NS, render_xliff
from briefgen.ingest import read_document
from briefgen.pipeline import apply_xliff
from briefgen.records import DocumentTranslation, Provenance, SegmentTranslation
from briefgen.segment import segment_document
from cli_run import run
from docx_sample import add_hyperlink

X2 = f"{{{XLIFF2_NS}}}"
X12 = f"{{{XLIFF12_NS}}}"
NMTOKEN = re.compile(r"^[\w.\-:]+$")
XML_NS = "{http://www.w3.org/XML/1998/namespace}"
# Attributes the XLIFF 2.0 core schema allows on each element (namespaced ones aside).
ALLOWED = {
    "xliff": {"version", "srcLang", "trgLang"},
    "file": {"id", "canResegment", "original", "translate", "srcDir", "trgDir"},
    "unit": {"id", "name", "canResegment", "translate", "srcDir", "trgDir", "type"},
    "segment": {"id", "canResegment", "state", "subState"},
    "source": set(),
    "target": {"order"},
    "originalData": set(),
    "data": {"id", "dir"},
    "pc": {"id", "dataRefStart", "dataRefEnd", "type", "subType", "canCopy", "canDelete"},
    "ph": {"id", "dataRef", "type", "subType", "canCopy", "canDelete"},
}
CHILDREN = {
    "xliff": {"file"},
    "file": {"skeleton", "notes", "unit", "group"},
    "unit": {"notes", "originalData", "segment", "ignorable"},
    "segment": {"source", "target"},
    "originalData": {"data"},
}
STATES = {"initial", "translated", "reviewed", "final"}


def check_xliff2(root) -> int:
    """Assert ``root`` is valid XLIFF 2.0 core as briefgen writes it; returns segments."""
    assert root.tag == X2 + "xliff" and root.get("version") == "2.0"
    assert root.get("srcLang") == "vi" and root.get("trgLang") == "en"
    segments = 0
    for element in root.iter():
        assert element.tag.startswith(X2), element.tag
        name = element.tag[len(X2) :]
        attributes = {a for a in element.attrib if not a.startswith("{")}
        assert attributes <= ALLOWED[name], (name, attributes)
        kids = [c.tag[len(X2) :] for c in element if isinstance(c.tag, str)]
        if name in CHILDREN:
            assert set(kids) <= CHILDREN[name], (name, kids)
        if name in ("file", "unit"):
            assert element.get("id") and NMTOKEN.match(element.get("id"))
        if name == "xliff":
            assert kids and _unique(c.get("id") for c in element)
        if name == "file":
            assert _unique(c.get("id") for c in element.iter(X2 + "unit"))
        if name == "unit":
            assert "segment" in kids and _unique(c.get("id") for c in element)
        if name == "segment":
            segments += 1
            assert kids in (["source"], ["source", "target"])
            assert element.get("state", "initial") in STATES
            assert NMTOKEN.match(element.get("id", "x"))
        if name in ("source", "target"):
            lang = element.get(XML_NS + "lang")
            assert lang in (None, root.get("srcLang" if name == "source" else "trgLang"))
    return segments


def _unique(ids) -> bool:
    ids = [i for i in ids if i is not None]
    return len(ids) == len(set(ids))


@pytest.fixture(scope="module")
def exported(translated_docx) -> Path:
    return translated_docx


def segments_of(path: Path, ns: str, tag: str) -> dict[str, etree._Element]:
    root = etree.parse(str(path)).getroot()
    return {u.get("id"): u for u in root.iter(ns + tag)}


def test_xliff2_export_is_valid_and_complete(exported):
    root = etree.parse(str(exported / "hoi-nghi.en.xlf")).getroot()
    assert check_xliff2(root) == len(segments_of(exported / "hoi-nghi.en.xlf", X2, "segment"))
    file = root.find(X2 + "file")
    assert Path(file.get("original")).name == "hoi-nghi.docx"
    sources = ["".join(s.find(X2 + "source").itertext()) for s in root.iter(X2 + "segment")]
    assert "Sáng nay, Bộ trưởng Bộ Nội vụ đã phát biểu khai mạc hội nghị." in sources
    assert "Cổng thông tin điện tử Bộ Nội vụ" in sources  # the header is a unit too
    assert all("".join(s.find(X2 + "target").itertext()) for s in root.iter(X2 + "segment"))


def test_validator_rejects_what_the_schema_does(exported):
    root = etree.parse(str(exported / "hoi-nghi.en.xlf")).getroot()
    segment = next(root.iter(X2 + "segment"))
    segment.set("state", "done")
    with pytest.raises(AssertionError):
        check_xliff2(root)


def test_xliff12_export(tiny_marian, tmp_path):
    path = tmp_path / "bai.txt"
    path.write_text("Bộ Nội vụ chủ trì Hội nghị.\n\nCác đại biểu thảo luận. Hội nghị kết thúc.\n")
    args = ["translate", path, "-o", tmp_path / "out", "--model", tiny_marian, "--beam-size", "1"]
    result = run(*args, "--xliff", "--xliff-version", "1.2")
    assert result.exit_code == 0, result.output
    root = etree.parse(str(tmp_path / "out" / "bai.en.xlf")).getroot()
    assert root.tag == X12 + "xliff" and root.get("version") == "1.2"
    file = root.find(X12 + "file")
    assert file.get("source-language") == "vi" and file.get("target-language") == "en"
    assert file.get("datatype") == "plaintext" and file.find(X12 + "body") is not None
    units = list(root.iter(X12 + "trans-unit"))
    assert [u.get("id") for u in units] == ["b0s0", "b2s0", "b2s1"]
    assert all(u.findtext(X12 + "target") for u in units)


def edit(path: Path, ns: str, tag: str, unit: str, *, target=None, source=None) -> None:
    tree = etree.parse(str(path))
    element = next(u for u in tree.getroot().iter(ns + tag) if u.get("id") == unit)
    if target is not None:
        node = element.find(ns + "target")
        for child in list(node):
            node.remove(child)
        node.text = target
    if source is not None:
        element.find(ns + "source").text = source
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")


def test_edited_xliff_applies_back_into_docx(exported, tmp_path):
    xliff = tmp_path / "edited.xlf"
    xliff.write_bytes((exported / "hoi-nghi.en.xlf").read_bytes())
    edited = "This morning the Minister of Home Affairs opened the conference."
    tree = etree.parse(str(xliff))
    segment = next(u for u in tree.getroot().iter(X2 + "segment") if u.get("id") == "b1s0")
    bold = segment.find(X2 + "source").find(X2 + "pc")  # the editor keeps the bold code
    target = segment.find(X2 + "target")
    for child in list(target):
        target.remove(child)
    target.text = "This morning "
    pc = etree.SubElement(target, X2 + "pc", dict(bold.attrib))
    pc.text, pc.tail = "the Minister of Home Affairs", " opened the conference."
    tree.write(str(xliff), xml_declaration=True, encoding="UTF-8")
    result = run("translate", "--apply-xliff", xliff, "-o", tmp_path / "out")
    assert result.exit_code == 0, result.output
    applied = docx.Document(str(tmp_path / "out" / "hoi-nghi.en.docx"))
    machine = docx.Document(str(exported / "hoi-nghi.en.docx"))
    assert applied.paragraphs[1].text.startswith(edited)
    assert not machine.paragraphs[1].text.startswith(edited)
    assert [r.text for r in applied.paragraphs[1].runs if r.bold] == [
        "the Minister of Home Affairs"
    ]
    assert [p.text for p in applied.paragraphs[2:]] == [p.text for p in machine.paragraphs[2:]]
    assert applied.sections[0].header.paragraphs[0].text == (
        machine.sections[0].header.paragraphs[0].text
    )


def test_xliff12_applies_too(tiny_marian, tmp_path):
    path = tmp_path / "bai.txt"
    path.write_text("Bộ Nội vụ chủ trì Hội nghị.\nCác đại biểu thảo luận.\n", encoding="utf-8")
    args = ["translate", path, "-o", tmp_path, "--model", tiny_marian, "--beam-size", "1"]
    assert run(*args, "--xliff", "--xliff-version", "1.2").exit_code == 0
    edit(tmp_path / "bai.en.xlf", X12, "trans-unit", "b1s0", target="The delegates talked.")
    result = run("translate", "--apply-xliff", tmp_path / "bai.en.xlf", "-o", tmp_path / "b")
    assert result.exit_code == 0, result.output
    lines = (tmp_path / "b" / "bai.en.txt").read_text("utf-8").splitlines()
    assert lines[1] == "The delegates talked." and lines[0]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ("source", "no longer matches"),
        ("missing", "is not there any more"),
        ("garbage", "not a readable XLIFF"),
    ],
)
def test_apply_errors_are_one_line(exported, tmp_path, change, message):
    xliff = tmp_path / "edited.xlf"
    xliff.write_bytes((exported / "hoi-nghi.en.xlf").read_bytes())
    if change == "source":
        edit(xliff, X2, "segment", "b1s0", source="Một câu khác hẳn.")
    elif change == "missing":
        tree = etree.parse(str(xliff))
        tree.getroot().find(X2 + "file").set("original", str(tmp_path / "gone.docx"))
        tree.write(str(xliff))
    else:
        xliff.write_text("<xliff", encoding="utf-8")
    result = run("translate", "--apply-xliff", xliff, "-o", tmp_path / "out")
    assert result.exit_code == 2, result.output
    assert message in result.output and "Traceback" not in result.output


def test_apply_takes_no_inputs(exported, tmp_path):
    xliff = exported / "hoi-nghi.en.xlf"
    result = run("translate", "--apply-xliff", xliff, xliff, "-o", tmp_path)
    assert result.exit_code == 2 and "no FILE_OR_DIR" in result.output
    assert run("translate", "-o", tmp_path).exit_code == 2


def coded_target(root, ns: str, unit_tag: str, unit: str):
    segment = next(u for u in root.iter(ns + unit_tag) if u.get("id") == unit)
    return segment.find(ns + "source"), segment.find(ns + "target")


@pytest.mark.parametrize("version", ["2.0", "1.2"])
def test_formatting_is_written_as_inline_codes(exported, tiny_marian, tmp_path, version):
    sample = exported.parent / "hoi-nghi.docx"
    args = ["--model", tiny_marian, "--beam-size", "1", "--xliff", "--xliff-version", version]
    assert run("translate", sample, "-o", tmp_path, *args).exit_code == 0
    root = etree.parse(str(tmp_path / "hoi-nghi.en.xlf")).getroot()
    ns, tag, code = (X2, "segment", "pc") if version == "2.0" else (X12, "trans-unit", "g")
    source, target = coded_target(root, ns, tag, "b1s0")
    assert [c.text for c in source.iter(ns + code)] == ["Bộ trưởng Bộ Nội vụ"]
    assert len(list(target.iter(ns + code))) == 1  # placed on the translation's words
    link_source, link_target = coded_target(root, ns, tag, "b2s0")
    assert [c.text for c in link_source.iter(ns + code)] == ["trang tin của Bộ Nội vụ"]
    assert len(list(link_target.iter(ns + code))) == 1


@pytest.mark.parametrize(
    ("module", "version"), [("translate.storage.xliff2", "2.0"), ("translate.storage.xliff", "1.2")]
)
def test_translate_toolkit_reads_and_writes_the_codes_back(
    exported, tiny_marian, tmp_path, module, version
):
    storage = pytest.importorskip(module)
    sample = exported.parent / "hoi-nghi.docx"
    args = ["--model", tiny_marian, "--beam-size", "1", "--xliff", "--xliff-version", version]
    assert run("translate", sample, "-o", tmp_path, *args).exit_code == 0
    xliff = tmp_path / "hoi-nghi.en.xlf"
    store_class = next(
        getattr(storage, n) for n in ("Xliff2File", "xlifffile") if hasattr(storage, n)
    )
    store = store_class.parsefile(str(xliff))
    sources = [u.source for u in store.units if u.source]
    assert any(s.startswith("Sáng nay, Bộ trưởng Bộ Nội vụ") for s in sources)
    resaved = tmp_path / "resaved.xlf"
    resaved.write_bytes(bytes(store))
    before, after = etree.parse(str(xliff)).getroot(), etree.parse(str(resaved)).getroot()
    ns, code = (X2, "pc") if version == "2.0" else (X12, "g")
    assert [etree.tostring(c) for c in after.iter(ns + code)] == [
        etree.tostring(c) for c in before.iter(ns + code)
    ]
    assert any(True for _ in before.iter(ns + code))
    result = run("translate", "--apply-xliff", resaved, "-o", tmp_path / "applied")
    assert result.exit_code == 0, result.output


def test_a_post_edit_that_inserts_a_word_keeps_bold_on_its_words(exported, tmp_path):
    xliff = tmp_path / "edited.xlf"
    xliff.write_bytes((exported / "hoi-nghi.en.xlf").read_bytes())
    tree = etree.parse(str(xliff))
    source, target = coded_target(tree.getroot(), X2, "segment", "b1s0")
    bold = source.find(X2 + "pc")
    for child in list(target):
        target.remove(child)
    target.text = "This very morning, "  # "very" is inserted before the bold words
    pc = etree.SubElement(target, X2 + "pc", dict(bold.attrib))
    pc.text, pc.tail = "the Minister", " of Home Affairs opened the conference."
    tree.write(str(xliff), xml_declaration=True, encoding="UTF-8")
    result = run("translate", "--apply-xliff", xliff, "-o", tmp_path / "out")
    assert result.exit_code == 0, result.output
    paragraph = docx.Document(str(tmp_path / "out" / "hoi-nghi.en.docx")).paragraphs[1]
    assert [r.text for r in paragraph.runs if r.bold] == ["the Minister"]
    assert paragraph.text.startswith("This very morning, the Minister of Home Affairs opened")


def codes_read_by_translate_toolkit(rich) -> dict[str, str]:
    """Each inline code's formatting (``dataRefStart`` in 2.0, ``ctype`` in 1.2) → its text,
    as translate-toolkit parses a unit's rich source or target."""
    return {
        (e.xml_node.get("dataRefStart") if hasattr(e, "xml_node") else e.xml_attrib["ctype"]): str(
            e
        )
        for e in rich[0].sub
        if getattr(e, "id", None)
    }


@pytest.mark.parametrize(
    ("module", "version"), [("translate.storage.xliff2", "2.0"), ("translate.storage.xliff", "1.2")]
)
def test_a_link_keeps_the_only_word_before_bold_as_in_the_direct_output(tmp_path, module, version):
    """A translation with one word for a paragraph with bold and a link: the .docx writer
    gives the word to the link (losing bold, not the link's address), and the XLIFF's codes
    must be placed the same, or applying the untouched XLIFF loses the link."""
    storage = pytest.importorskip(module)
    source = tmp_path / "lien-ket.docx"
    document = docx.Document()
    document.add_heading("Bộ Nội vụ chủ trì hội nghị ASEAN", 1)
    paragraph = document.add_paragraph("Xem ")
    paragraph.add_run("trang").bold = True
    paragraph.add_run(" ")
    add_hyperlink(paragraph, "ASEAN", "https://asean.org")
    paragraph.add_run(".")
    document.save(str(source))
    read = read_document(source)
    targets = {0: "The Ministry of Home Affairs hosts an ASEAN meeting", 1: "ASEAN."}
    segments = tuple(SegmentTranslation(s, targets[s.block]) for s in segment_document(read))
    result = DocumentTranslation(read, segments, Provenance("test", "hand-made", "none"))
    xliff = tmp_path / "lien-ket.en.xlf"
    xliff.write_bytes(render_xliff(result, version=version))

    store_class = next(
        getattr(storage, n) for n in ("Xliff2File", "xlifffile") if hasattr(storage, n)
    )
    unit = next(u for u in store_class.parsefile(str(xliff)).units if u.source.startswith("Xem"))
    source_codes = codes_read_by_translate_toolkit(unit.rich_source)
    link = next(code for code, text in source_codes.items() if text == "ASEAN")
    assert codes_read_by_translate_toolkit(unit.rich_target) == {link: "ASEAN."}

    direct = tmp_path / "direct.docx"
    direct.write_bytes(format_named("docx").render(result))
    applied = apply_xliff(xliff, tmp_path / "applied")
    for path in (direct, applied):
        links = docx.Document(str(path)).paragraphs[1].hyperlinks
        assert [(h.text, h.address) for h in links] == [("ASEAN.", "https://asean.org")], path


def test_an_article_only_export_applies_back(tiny_marian, tmp_path):
    """--article-only exports the article's own sentences (the lead without its "NDO -"
    tag, no menus): applying the post-edit rebuilds the same article-only output."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Trang chủ | Thế giới | Kinh tế\n\n"
        "Bộ Nội vụ chủ trì Hội nghị ASEAN\n\n"
        "NDO - Sáng 5/8, tại Hà Nội, Bộ Nội vụ chủ trì Hội nghị.\n\n"
        "Các đại biểu thảo luận về hợp tác công vụ.\n\n"
        "Tin khác\n",
        encoding="utf-8",
    )
    args = ["translate", path, "-o", tmp_path / "mt", "--model", tiny_marian, "--beam-size", "1"]
    assert run(*args, "--article-only", "--xliff").exit_code == 0
    xliff = tmp_path / "mt" / "bai.en.xlf"
    segments = list(etree.parse(str(xliff)).getroot().iter(X2 + "segment"))
    sources = ["".join(s.find(X2 + "source").itertext()) for s in segments]
    assert "NDO" not in " ".join(sources) and "Trang chủ" not in " ".join(sources)
    lead = next(g.get("id") for g, s in zip(segments, sources, strict=True) if "Sáng 5/8" in s)
    edit(xliff, X2, "segment", lead, target="On the morning of 5 August the Ministry met.")
    result = run("translate", "--apply-xliff", xliff, "-o", tmp_path / "post")
    assert result.exit_code == 0, result.output
    applied = (tmp_path / "post" / "bai.en.txt").read_text("utf-8").splitlines()
    machine = (tmp_path / "mt" / "bai.en.txt").read_text("utf-8").splitlines()
    assert "On the morning of 5 August the Ministry met." in applied
    assert len(applied) == len(machine)
