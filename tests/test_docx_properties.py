"""The properties a recipient sees in Word (File › Info) of the Word files briefgen makes:
read from docProps/core.xml with lxml, not through python-docx."""

from __future__ import annotations

import zipfile
from datetime import UTC, datetime
from pathlib import Path

from lxml import etree

from cli_run import run

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "accsm-21-chairmanship-2021.txt"
NS = {
    "dc": "http://purl.org/dc/elements/1.1/",
    "dcterms": "http://purl.org/dc/terms/",
    "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
}


def properties(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as package:
        root = etree.fromstring(package.read("docProps/core.xml"))
    return {
        name: root.findtext(name, default="", namespaces=NS)
        for name in ("dc:title", "dc:creator", "dc:description", "dcterms:created")
    }


def test_a_brief_is_titled_dated_and_authored_as_briefgen_s(tmp_path, tiny_marian_ct2):
    out = tmp_path / "brief.docx"
    result = run(
        "brief", SAMPLE, "-o", out, "--title", "ACCSM 21", "-m", tiny_marian_ct2, "--beam-size", 1
    )
    assert result.exit_code == 0, result.output
    found = properties(out)
    assert found["dc:title"] == "ACCSM 21"
    assert found["dc:creator"] == "briefgen"
    assert "python-docx" not in found["dc:description"]
    created = datetime.fromisoformat(found["dcterms:created"])
    assert abs((datetime.now(UTC) - created).total_seconds()) < 3600


def test_a_bilingual_file_is_not_authored_by_python_docx(tmp_path, tiny_marian_ct2):
    result = run(
        "translate", SAMPLE, "-o", tmp_path, "--bilingual", "-m", tiny_marian_ct2, "--beam-size", 1
    )
    assert result.exit_code == 0, result.output
    found = properties(tmp_path / f"{SAMPLE.stem}.bilingual.docx")
    assert found["dc:creator"] == "briefgen"
    assert "python-docx" not in found["dc:description"]
    assert found["dc:title"] == SAMPLE.name


def test_a_long_machine_translated_title_is_cut_to_what_word_allows(tmp_path):
    import docx

    from briefgen.formats.docx.properties import describe

    document = docx.Document()
    describe(document.core_properties, title="Word\x0b " * 200)
    document.save(tmp_path / "t.docx")
    title = properties(tmp_path / "t.docx")["dc:title"]
    assert len(title) == 255 and title.startswith("Word Word")
