"""TBX export and import: the exported file validates against the TBX-Basic DTD and the
TBX core RelaxNG schema, translate-toolkit reads it, briefgen reads what translate-toolkit
writes (TBX 2008) and TBX 2019, and round trips lose nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree
from translate.storage import tbx as tt_tbx

from briefgen.cli import cli
from briefgen.errors import GlossaryError
from briefgen.glossary import load, load_glossaries
from briefgen.glossary.tbx import to_tbx
from briefgen.records import Entry

SCHEMAS = Path(__file__).parent / "data" / "tbx"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def fields(glossary):
    return [
        (e.vi, e.en, e.variants, e.category, e.case, e.note, e.source_variants, e.source)
        for e in glossary
    ]


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    path = tmp_path_factory.mktemp("tbx") / "asean.tbx"
    result = CliRunner().invoke(cli, ["glossary", "export", "-o", str(path)])
    assert result.exit_code == 0, result.output
    return path


def test_export_validates_against_the_tbx_basic_dtd(exported):
    dtd = etree.DTD(str(SCHEMAS / "TBXBasiccoreStructV02.dtd"))
    assert dtd.validate(etree.parse(str(exported))), dtd.error_log.filter_from_errors()[:3]


def test_export_validates_against_the_tbx_core_relaxng(exported):
    schema = etree.RelaxNG(etree.parse(str(SCHEMAS / "TBXcoreStructV02.rng")))
    assert schema.validate(etree.parse(str(exported))), schema.error_log.filter_from_errors()[:3]


def test_the_schemas_reject_what_the_old_export_wrote(tmp_path):
    """TBX 2019 elements inside martif (the old export's mix) fail validation: the
    validation tests can fail."""
    path = tmp_path / "old.tbx"
    path.write_text(
        '<martif type="TBX-Basic" xml:lang="en"><martifHeader><fileDesc><sourceDesc><p>x</p>'
        "</sourceDesc></fileDesc></martifHeader><text><body><termEntry><langSec xml:lang='vi'>"
        "<termSec><term>Bộ Y tế</term></termSec></langSec></termEntry></body></text></martif>",
        encoding="utf-8",
    )
    dtd = etree.DTD(str(SCHEMAS / "TBXBasiccoreStructV02.dtd"))
    schema = etree.RelaxNG(etree.parse(str(SCHEMAS / "TBXcoreStructV02.rng")))
    assert not dtd.validate(etree.parse(str(path)))
    assert not schema.validate(etree.parse(str(path)))


def test_translate_toolkit_reads_the_export(exported):
    store = tt_tbx.tbxfile.parsefile(str(exported))
    pairs = {(u.source, u.target) for u in store.units}
    assert len(store.units) == len(load_glossaries())
    assert ("Bộ Nội vụ", "Ministry of Home Affairs") in pairs
    assert ("Lào", "Lao PDR") in pairs


def test_briefgen_reads_what_translate_toolkit_writes(tmp_path):
    store = tt_tbx.tbxfile(sourcelanguage="vi", targetlanguage="en")
    for vi, en in [("Bộ Y tế", "Ministry of Health"), ("quyền con người", "human rights")]:
        unit = store.addsourceunit(vi)
        unit.target = en
    path = tmp_path / "tt.tbx"
    path.write_bytes(bytes(store))
    assert b"<martif" in path.read_bytes() and b"<tig>" in path.read_bytes()
    assert [(e.vi, e.en) for e in load(path)] == [
        ("Bộ Y tế", "Ministry of Health"),
        ("quyền con người", "human rights"),
    ]


def test_import_reads_tbx_2019(tmp_path):
    path = tmp_path / "t2019.tbx"
    path.write_text(
        '<?xml version="1.0"?>\n<tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic" '
        'style="dca" xml:lang="en"><tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc>'
        "</fileDesc></tbxHeader><text><body>\n"
        '<conceptEntry id="c1"><descrip type="subjectField">ministry</descrip>'
        '<langSec xml:lang="vi"><termSec><term>Bộ Y tế</term></termSec></langSec>'
        '<langSec xml:lang="en-GB"><termSec><term>Ministry of Health</term>'
        '<termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>'
        "<termSec><term>MOH</term></termSec></langSec></conceptEntry></body></text></tbx>",
        encoding="utf-8",
    )
    out = tmp_path / "out.tsv"
    result = CliRunner().invoke(cli, ["glossary", "import", str(path), "-o", str(out)])
    assert result.exit_code == 0, result.output
    (entry,) = load(out)
    assert (entry.vi, entry.en, entry.variants, entry.category) == (
        "Bộ Y tế",
        "Ministry of Health",
        ("MOH",),
        "ministry",
    )


def test_import_reads_tbx_2008_ntig_and_groups(tmp_path):
    path = tmp_path / "ntig.tbx"
    path.write_text(
        '<martif type="TBX" xml:lang="en"><martifHeader><fileDesc><sourceDesc><p>x</p>'
        "</sourceDesc></fileDesc></martifHeader><text><body><termEntry>"
        '<descripGrp><descrip type="subjectField">concept</descrip></descripGrp>'
        '<langSet xml:lang="vi"><ntig><termGrp><term>biến đổi khí hậu</term></termGrp></ntig>'
        '</langSet><langSet xml:lang="en"><ntig><termGrp><term>climate change</term>'
        '<termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termGrp>'
        "</ntig></langSet></termEntry></body></text></martif>",
        encoding="utf-8",
    )
    (entry,) = load(path)
    assert (entry.vi, entry.en, entry.category) == ("biến đổi khí hậu", "climate change", "concept")


def test_export_round_trips_the_shipped_glossary_without_loss(exported):
    assert fields(load(exported)) == fields(load_glossaries())


def test_import_of_tbx_gives_back_the_tsv(exported, tmp_path):
    out = tmp_path / "back.tsv"
    result = CliRunner().invoke(cli, ["glossary", "import", str(exported), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert fields(load(out)) == fields(load_glossaries())


def test_one_entry_per_concept_with_variants_category_and_source(exported):
    root = etree.parse(str(exported)).getroot()
    (entry,) = root.xpath(
        "//termEntry[langSet[@xml:lang='vi']/tig/term = 'Bộ trưởng Bộ Nội vụ']",
    )
    vi_terms = entry.xpath("langSet[@xml:lang='vi']//term/text()")
    assert vi_terms == ["Bộ trưởng Bộ Nội vụ", "Bộ trưởng Nội vụ"]
    assert entry.findtext("descrip[@type='subjectField']") == "official"
    en_terms = entry.xpath("langSet[@xml:lang='en']//term/text()")
    assert en_terms[0] == "Minister of Home Affairs"
    statuses = entry.xpath("langSet//tig/termNote[@type='administrativeStatus']/text()")
    assert statuses[0] == "preferredTerm-admn-sts"


def test_special_characters_survive(tmp_path):
    entry = Entry(
        "A & B <C>", 'X "&" <Y>', ("v1",), "concept", "sentence", "n & m", ("a&b",), "", "s <1>"
    )
    path = tmp_path / "x.tbx"
    path.write_bytes(to_tbx([entry]))
    assert fields(load(path)) == [fields([entry])[0]]


def test_malformed_tbx_is_a_glossary_error_with_line(tmp_path):
    path = tmp_path / "bad.tbx"
    path.write_text("<martif type='TBX-Basic'>\n<text><body>\n</martif>", encoding="utf-8")
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
