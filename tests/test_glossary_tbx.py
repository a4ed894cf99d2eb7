"""TBX-Basic export and import: structure, and round trips without loss."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from lxml import etree

from briefgen.cli import cli
from briefgen.errors import GlossaryError
from briefgen.glossary import load, load_glossaries
from briefgen.glossary.tbx import to_tbx

NS = {"t": "urn:iso:std:iso:30042:ed-2"}
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def fields(glossary):
    return [
        (e.vi, e.en, e.variants, e.category, e.case, e.note, e.source_variants) for e in glossary
    ]


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    path = tmp_path_factory.mktemp("tbx") / "asean.tbx"
    result = CliRunner().invoke(cli, ["glossary", "export", "-o", str(path)])
    assert result.exit_code == 0, result.output
    return path


def test_export_round_trips_the_shipped_glossary_without_loss(exported):
    assert fields(load(exported)) == fields(load_glossaries())


def test_import_of_tbx_gives_back_the_tsv(exported, tmp_path):
    out = tmp_path / "back.tsv"
    result = CliRunner().invoke(cli, ["glossary", "import", str(exported), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert fields(load(out)) == fields(load_glossaries())


def test_tbx_basic_structure(exported):
    root = etree.parse(str(exported)).getroot()
    assert root.tag == "{urn:iso:std:iso:30042:ed-2}tbx"
    assert root.get("type") == "TBX-Basic"
    assert root.get(XML_LANG) == "en"
    assert root.find("t:tbxHeader/t:fileDesc/t:sourceDesc/t:p", NS) is not None
    entries = root.findall("t:text/t:body/t:termEntry", NS)
    assert len(entries) == len(load_glossaries())
    assert len({e.get("id") for e in entries}) == len(entries)
    for entry in entries:
        sections = entry.findall("t:langSec", NS)
        assert [s.get(XML_LANG) for s in sections] == ["vi", "en"]
        for section in sections:
            term_secs = section.findall("t:termSec", NS)
            assert all(len(ts.findall("t:term", NS)) == 1 for ts in term_secs)
            status = "t:termNote[@type='administrativeStatus']"
            statuses = [ts.findtext(status, None, NS) for ts in term_secs]
            assert statuses[0] == "preferredTerm-admn-sts"
            assert set(statuses[1:]) <= {"admittedTerm-admn-sts"}


def test_one_entry_per_concept_with_variants_and_category(exported):
    root = etree.parse(str(exported)).getroot()
    (entry,) = root.xpath(
        "//t:termEntry[t:langSec[@xml:lang='vi']/t:termSec/t:term = 'Bộ trưởng Bộ Nội vụ']",
        namespaces=NS,
    )
    vi_terms = entry.xpath("t:langSec[@xml:lang='vi']//t:term/text()", namespaces=NS)
    assert vi_terms == ["Bộ trưởng Bộ Nội vụ", "Bộ trưởng Nội vụ"]
    assert entry.findtext("t:descrip[@type='subjectField']", None, NS) == "official"
    en_terms = entry.xpath("t:langSec[@xml:lang='en']//t:term/text()", namespaces=NS)
    assert en_terms[0] == "Minister of Home Affairs"


def test_special_characters_survive(tmp_path):
    from briefgen.records import Entry

    entry = Entry("A & B <C>", 'X "&" <Y>', ("v1",), "cat", "sentence", "n & m", ("a&b",))
    path = tmp_path / "x.tbx"
    path.write_bytes(to_tbx([entry]))
    assert fields(load(path)) == [fields([entry])[0]]


def test_malformed_tbx_is_a_glossary_error_with_line(tmp_path):
    path = tmp_path / "bad.tbx"
    path.write_text("<tbx type='TBX-Basic'>\n<text><body>\n</tbx>", encoding="utf-8")
    with pytest.raises(GlossaryError, match=r"bad\.tbx:3: not well-formed XML"):
        load(path)


def test_tbx_entry_without_english_is_refused(tmp_path):
    path = tmp_path / "half.tbx"
    path.write_text(
        '<tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic"><text><body>\n'
        '<conceptEntry id="c1"><langSec xml:lang="vi"><termSec><term>Bộ Y tế</term>'
        "</termSec></langSec></conceptEntry></body></text></tbx>",
        encoding="utf-8",
    )
    with pytest.raises(GlossaryError, match=r"half\.tbx:2: entry needs"):
        load(path)
