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
from click.testing import CliRunner
from lxml import etree

from briefgen.cli import cli
from briefgen.formats.xliff import XLIFF2_NS, XLIFF12_NS

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
}
CHILDREN = {
    "xliff": {"file"},
    "file": {"skeleton", "notes", "unit", "group"},
    "unit": {"notes", "originalData", "segment", "ignorable"},
    "segment": {"source", "target"},
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


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


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
    sources = [s.findtext(X2 + "source") for s in root.iter(X2 + "segment")]
    assert "Sáng nay, Bộ trưởng Bộ Nội vụ đã phát biểu khai mạc hội nghị." in sources
    assert "Cổng thông tin điện tử Bộ Nội vụ" in sources  # the header is a unit too
    assert all(s.findtext(X2 + "target") for s in root.iter(X2 + "segment"))


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
        element.find(ns + "target").text = target
    if source is not None:
        element.find(ns + "source").text = source
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")


def test_edited_xliff_applies_back_into_docx(exported, tmp_path):
    xliff = tmp_path / "edited.xlf"
    xliff.write_bytes((exported / "hoi-nghi.en.xlf").read_bytes())
    edited = "This morning the Minister of Home Affairs opened the conference."
    edit(xliff, X2, "segment", "b1s0", target=edited)
    result = run("translate", "--apply-xliff", xliff, "-o", tmp_path / "out")
    assert result.exit_code == 0, result.output
    applied = docx.Document(str(tmp_path / "out" / "hoi-nghi.en.docx"))
    machine = docx.Document(str(exported / "hoi-nghi.en.docx"))
    assert applied.paragraphs[1].text.startswith(edited)
    assert not machine.paragraphs[1].text.startswith(edited)
    assert any(r.bold for r in applied.paragraphs[1].runs if r.text.strip())
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
