"""``briefgen brief``: the Word briefing a reader opens, and the facts JSON.

Translation uses the tiny random Marian model (gibberish English), so the tests check
structure, the Vietnamese that must be carried verbatim, and traceability, not wording.
"""

from __future__ import annotations

import calendar
import json
import re
import shutil
import subprocess
from pathlib import Path

import click.testing
import docx
import pytest
from click.testing import CliRunner
from docx.table import Table
from docx.text.paragraph import Paragraph

from briefgen.cli import cli
from briefgen.errors import TemplateError
from briefgen.extract import extract_facts
from briefgen.glossary import load_glossaries
from briefgen.ingest import read_document
from briefgen.pipeline import build_brief
from briefgen.records import Brief, Provenance
from briefgen.render.briefing import check_template, write_docx
from briefgen.render.templates import find_template
from briefgen.translate import DecodeOptions
from briefgen.translate.hf import HFTranslator
from briefgen.translate.stack import StackSettings, open_stack

DATA = Path(__file__).parent / "data"
ARTICLE = DATA / "brief_article.txt"


def run_brief(*args: str):
    return CliRunner().invoke(cli, ["brief", *args, "--beam-size", "1"], catch_exceptions=False)


@pytest.fixture(scope="module")
def produced(tiny_marian, tmp_path_factory) -> tuple[Path, Path]:
    out = tmp_path_factory.mktemp("brief")
    result = run_brief(
        str(ARTICLE),
        "-o",
        str(out / "brief.docx"),
        "--json",
        str(out / "facts.json"),
        "-m",
        str(tiny_marian),
        "--title",
        "Civil service & <ASEAN>",
    )
    assert result.exit_code == 0, result.output
    return out / "brief.docx", out / "facts.json"


def headings(document, level: int) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name == f"Heading {level}"]


def table_after(document, heading: str):
    """The first table after the Heading 1 paragraph ``heading``."""
    found = False
    for item in document.iter_inner_content():
        if isinstance(item, Paragraph) and item.text == heading:
            found = True
        elif found and isinstance(item, Table):
            return item
    raise AssertionError(f"no table after {heading!r}")


def test_headings_use_word_styles(produced):
    document = docx.Document(produced[0])
    assert headings(document, 1)[:4] == [
        "Key points",
        "Participants",
        "Commitments",
        "Terminology used",
    ]
    assert "Annex: source and translation" in headings(document, 1)
    assert "Provenance" in headings(document, 1)
    assert headings(document, 2)[:3] == [
        "Events",
        "Declarations and documents",
        "Commitments in this article",
    ]


def test_title_is_escaped_not_corrupting(produced):
    document = docx.Document(produced[0])
    assert document.paragraphs[0].text == "Civil service & <ASEAN>"
    assert document.paragraphs[0].style.name == "Title"


def test_participants_table(produced):
    table = table_after(docx.Document(produced[0]), "Participants")
    rows = [[c.text for c in r.cells] for r in table.rows]
    assert rows[0] == ["Name", "Role", "Organisation or country", "Source"]
    assert [r[0] for r in rows[1:]] == ["Pham Thi Thanh Tra", "Vu Chien Thang"]
    assert [r[3] for r in rows[1:]] == ["1.1", "1.2"]


def test_commitments_table_has_actor_text_kind(produced):
    table = table_after(docx.Document(produced[0]), "Commitments")
    rows = [[c.text for c in r.cells] for r in table.rows]
    assert rows[0] == ["Actor", "Commitment", "Kind", "Source"]
    assert [r[2] for r in rows[1:]] == ["Readiness", "Pledge", "Pledge"]
    assert [r[3] for r in rows[1:]] == ["1.4", "1.6", "1.7"]
    assert all(r[1] for r in rows[1:])


def test_terminology_table_lists_glossary_entries(produced):
    table = table_after(docx.Document(produced[0]), "Terminology used")
    rows = {r.cells[0].text: (r.cells[1].text, r.cells[2].text) for r in table.rows[1:]}
    assert rows["Ban Thư ký ASEAN"] == ("ASEAN Secretariat", "1")
    assert rows["Bộ trưởng Bộ Nội vụ"] == ("Minister of Home Affairs", "1")
    assert rows["Thứ trưởng Bộ Nội vụ"] == ("Deputy Minister of Home Affairs", "1")
    assert rows["Kế hoạch làm việc ACCSM giai đoạn 2021-2025"] == ("ACCSM Work Plan 2021-2025", "2")


def test_annex_pairs_each_source_paragraph_with_its_translation(produced):
    table = table_after(docx.Document(produced[0]), "Annex: source and translation")
    lines = [ln for ln in ARTICLE.read_text(encoding="utf-8").splitlines()[1:] if ln.strip()]
    assert len(table.columns) == 2
    assert [r.cells[0].text for r in table.rows[1:]] == [
        f"[1.{i}] {line}" for i, line in enumerate(lines, 1)
    ]
    assert all(r.cells[1].text for r in table.rows[1:])


def test_provenance_and_page_numbers(produced, tiny_marian):
    document = docx.Document(produced[0])
    text = "\n".join(p.text for p in document.paragraphs)
    assert f"Model: {tiny_marian.name}@" in text and " (transformers backend)" in text
    assert "Glossary: asean-bodies.tsv, asean.tsv, concepts.tsv," in text  # files by name
    assert "Glossary SHA-256: " in text and "Generated: " in text
    assert str(tiny_marian.parent) not in text and "/" not in text.split("Provenance")[-1]
    footer = document.sections[0].footer._element.xml
    assert 'w:instr=" PAGE "' in footer


def test_json_schema(produced):
    facts = json.loads(produced[1].read_text(encoding="utf-8"))
    (article,) = facts["articles"]
    assert set(article) == {
        "source",
        "title",
        "event_date",
        "location",
        "events",
        "participants",
        "organisations",
        "declarations",
        "commitments",
        "body",
        "terms",
    }
    assert article["source"] == "brief_article.txt"
    assert article["event_date"] == "2022-08-05"
    assert article["location"] == {"vi": "Hà Nội", "en": "Hanoi"}
    assert article["participants"][0]["name"] == {
        "vi": "Phạm Thị Thanh Trà",
        "en": "Pham Thi Thanh Tra",
    }
    assert article["participants"][0]["org"]["vi"] == "Bộ Nội vụ"
    assert {d["status"] for d in article["declarations"]} == {"implementing", "adopted"}
    assert {
        "vi": "Kế hoạch làm việc ACCSM giai đoạn 2021-2025",
        "en": "ACCSM Work Plan 2021-2025",
    } in [d["name"] for d in article["declarations"]]
    commitment = article["commitments"][1]
    assert commitment["kind"] == "pledge"
    assert commitment["text"]["vi"] == commitment["source_sentence"]
    assert commitment["source_sentence"].startswith("Một là,")
    assert all(set(b) == {"vi", "en"} and b["en"] for b in article["body"])
    assert {"vi": "Ban Thư ký ASEAN", "en": "ASEAN Secretariat", "count": 1} in article["terms"]


def test_several_articles_make_one_digest(tiny_marian, tmp_path, monkeypatch):
    second = tmp_path / "second.txt"
    second.write_text(
        "Hội nghị bàn tròn ASEAN – Hàn Quốc\n"
        "Ngày 26/11/2019, tại thành phố Busan, Hàn Quốc, Thứ trưởng Bộ Nội vụ Nguyễn Trọng "
        "Thừa dẫn đầu đoàn.\nThứ trưởng Nguyễn Trọng Thừa đề nghị các nước tiếp tục cải cách.\n",
        encoding="utf-8",
    )
    settings = StackSettings(
        str(tiny_marian),
        options=DecodeOptions(beam_size=1, max_length=24),
        glossary=load_glossaries(),
    )
    calls = []
    translate_batch = HFTranslator.translate_batch

    def counted(self, texts, *args, **kwargs):
        calls.append(len(texts))
        return translate_batch(self, texts, *args, **kwargs)

    monkeypatch.setattr(HFTranslator, "translate_batch", counted)
    with open_stack(settings) as stack:
        brief = build_brief([ARTICLE, second], stack)
    # both articles' sentences and their facts' other strings: one call, not two per article
    assert len(calls) == 1 and calls[0] > 12, calls
    write_docx(brief, find_template("default"), tmp_path / "d.docx")
    document = docx.Document(tmp_path / "d.docx")
    assert document.paragraphs[0].text == "Digest of 2 articles"
    assert sum(h.startswith("Article ") for h in headings(document, 1)) == 2
    names = [r.cells[0].text for r in table_after(document, "Participants").rows[1:]]
    assert names == ["Pham Thi Thanh Tra", "Vu Chien Thang", "Nguyen Trong Thua"]
    refs = [r.cells[3].text for r in table_after(document, "Commitments").rows[1:]]
    assert refs == ["1.4", "1.6", "1.7", "2.2"]


@pytest.fixture(scope="module")
def untranslated():
    """A briefing of the test article before translation (English left empty)."""
    facts = extract_facts(read_document(ARTICLE), load_glossaries())
    return Brief("T", (facts,), Provenance("0.0", "transformers", "m"))


def test_own_template_reorders_and_rewords_sections(untranslated, tmp_path):
    template = tmp_path / "mine.docx"
    own = docx.Document()
    own.add_heading("Undertakings first: {{ title }}", level=1)
    own.add_paragraph("{%p for c in commitments %}")
    own.add_paragraph("{{ c.kind }} [{{ c.ref }}]")
    own.add_paragraph("{%p endfor %}")
    own.add_paragraph("{{ participants | length }} people")
    own.save(template)
    write_docx(untranslated, template, tmp_path / "b.docx")
    texts = [p.text for p in docx.Document(tmp_path / "b.docx").paragraphs]
    assert texts == [
        "Undertakings first: T",
        "Readiness [1.4]",
        "Pledge [1.6]",
        "Pledge [1.7]",
        "2 people",
    ]


@pytest.mark.parametrize(
    ("template_text", "message"),
    [
        ("{{ nonsense }}", "template uses unknown variable(s): nonsense; available: articles,"),
        ("{{ title.__class__.__mro__ }}", "access to attribute '__class__'"),
        ("{% for x in articles %}", "Unexpected end of template"),
    ],
)
def test_bad_template_is_a_one_line_error_before_translating(tmp_path, template_text, message):
    template = tmp_path / "bad.docx"
    own = docx.Document()
    own.add_paragraph(template_text)
    own.save(template)
    result = CliRunner().invoke(
        cli,
        [
            "brief",
            str(ARTICLE),
            "-o",
            str(tmp_path / "b.docx"),
            "--template",
            str(template),
            "-m",
            str(tmp_path / "no-model-needed"),
        ],
    )
    assert result.exit_code == 2
    assert message in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert not (tmp_path / "b.docx").exists()


def test_template_that_is_not_a_docx(tmp_path):
    template = tmp_path / "fake.docx"
    template.write_text("not a zip", encoding="utf-8")
    with pytest.raises(TemplateError, match=r"cannot be read as \.docx"):
        check_template(template)


def test_translated_ampersands_stay_valid_xml(untranslated, tmp_path):
    write_docx(untranslated, find_template("default"), tmp_path / "b.docx")
    annex = table_after(docx.Document(tmp_path / "b.docx"), "Annex: source and translation")
    assert "& các sáng kiến <mới>" in annex.rows[2].cells[0].text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--template", "nosuch"],
            "unknown template 'nosuch'; use a .docx path or one of: default",
        ),
        (["--template", "missing.docx"], "template missing.docx: no such file"),
    ],
)
def test_unknown_template(tmp_path, args, message):
    result = CliRunner().invoke(cli, ["brief", str(ARTICLE), "-o", str(tmp_path / "b.docx"), *args])
    assert result.exit_code == 2
    assert message in result.output


@pytest.mark.libreoffice
@pytest.mark.skipif(shutil.which("libreoffice") is None, reason="libreoffice is not on PATH")
def test_converts_to_pdf_with_libreoffice(produced, tmp_path):
    done = subprocess.run(
        [
            "libreoffice",
            "--headless",
            f"-env:UserInstallation=file://{tmp_path}/profile",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(produced[0]),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    pdf = tmp_path / "brief.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing.txt", "-o", "b.docx"], "missing.txt: no such file"),
        ([str(ARTICLE), "-o", "brief.pdf"], "brief.pdf: a briefing is a Word file; give -o a"),
        ([str(ARTICLE), "-o", "brief"], "brief: a briefing is a Word file"),
    ],
)
def test_bad_input_is_a_one_line_error(args, message):
    result = CliRunner().invoke(cli, ["brief", *args])
    assert result.exit_code == 2
    assert message in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_output_that_is_an_input_is_refused(tmp_path):
    source = tmp_path / "article.docx"
    source.write_bytes(b"")
    result = CliRunner().invoke(cli, ["brief", str(source), "-o", str(source)])
    assert result.exit_code == 2
    assert result.output.strip().endswith("output would overwrite an input; choose another -o file")
    assert source.read_bytes() == b""


def test_when_it_was_made_reads_as_a_person_writes_it(produced):
    """A recipient reads "6 December 2026, 21:45 UTC", not "2026-12-06T21:45:15+00:00"."""
    document = docx.Document(produced[0])
    lines = [p.text for p in document.paragraphs if p.text.startswith("Generated")]
    assert len(lines) == 2  # the title block and the provenance
    month = "|".join(calendar.month_name[1:])
    when = rf"\d{{1,2}} ({month}) \d{{4}}, \d\d:\d\d UTC"
    assert re.fullmatch(rf"Generated {when} from:", lines[0]), lines[0]
    assert re.fullmatch(rf"Generated: {when} by briefgen \S+", lines[1]), lines[1]


def test_key_points_say_who_and_what(produced):
    document = docx.Document(produced[0])
    bullets = [p.text for p in document.paragraphs if p.style.name == "List Bullet"]
    assert any(b.startswith("Participants: Pham Thi Thanh Tra, ") for b in bullets)
    assert "3 commitments: 2 pledges and 1 statement of readiness." in bullets
    assert not any("(s)" in b or "not stated" in b for b in bullets)


def test_date_and_place_read_as_written(produced):
    texts = [p.text for p in docx.Document(produced[0]).paragraphs]
    assert texts[1].startswith("5 August 2022, ")  # under the title, then the place
    assert len(texts[1]) > len("5 August 2022, ")
    assert "Source: brief_article.txt · " + texts[1] in texts


def _briefing_of(tmp_path, *articles):
    write_docx(
        Brief("T", articles, Provenance("0", "b", "m")),
        find_template("default"),
        tmp_path / "b.docx",
    )
    return docx.Document(tmp_path / "b.docx")


def test_unstated_date_and_place_in_one_phrase(tmp_path):
    from briefgen.records import ArticleFacts, Bilingual

    facts = ArticleFacts("a.txt", Bilingual("Tin ngắn", "Short news"), body=(Bilingual("x", "y"),))
    texts = [p.text for p in _briefing_of(tmp_path, facts).paragraphs]
    assert texts[1] == "Date and place not stated"
    assert "Short news (date and place not stated)." in texts
    assert "Source: a.txt · Date and place not stated" in texts


def test_digest_key_points_name_their_article(untranslated, tmp_path):
    from briefgen.records import ArticleFacts, Bilingual, EventDate

    second = ArticleFacts(
        "b.txt", Bilingual("Tin ngắn", "Short news"), event_date=EventDate(4, 3, 2021)
    )
    document = _briefing_of(tmp_path, untranslated.articles[0], second)
    bullets = [p.text for p in document.paragraphs if p.style.name == "List Bullet"]
    points = bullets[: bullets.index("Short news (4 March 2021; place not stated). [2]") + 1]
    assert points[-1] == "Short news (4 March 2021; place not stated). [2]"
    assert all(p.endswith(" [1]") for p in points[:-1]) and len(points) > 2
    assert "3 commitments: 2 pledges and 1 statement of readiness. [1]" in points
    assert document.paragraphs[1].text == "4 March 2021 to 5 August 2022"


def test_an_empty_section_says_the_source_reports_none(tmp_path):
    """No header-only tables: a section with nothing in it says so."""
    from briefgen.records import ArticleFacts, Bilingual

    facts = ArticleFacts("a.txt", Bilingual("Tin ngắn", "Short news"), body=(Bilingual("x", "y"),))
    document = _briefing_of(tmp_path, facts)
    texts = [p.text for p in document.paragraphs]
    for heading in ("Participants", "Commitments"):
        assert texts[texts.index(heading) + 1] == "The source reports none."
    assert texts[texts.index("Terminology used") + 1] == "No glossary term appears in the text."
    for heading in ("Events", "Declarations and documents", "Commitments in this article"):
        assert texts[texts.index(heading) + 1] == "The article reports none."
    assert len(document.tables) == 1  # the annex only


@pytest.mark.parametrize(
    "spaced",
    [
        "Bộ trưởng Phạm Thị Thanh Trà cam kết  tăng cường hợp tác với Ban Thư ký ASEAN.",
        "Bộ trưởng Phạm Thị Thanh Trà cam kết\xa0tăng cường hợp tác với Ban Thư ký ASEAN.",
    ],
)
def test_every_item_cites_its_paragraph_however_it_is_spaced(spaced, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(f"Hợp tác công vụ\n\nMở đầu bài viết.\n\n{spaced}\n", "utf-8")
    facts = extract_facts(read_document(article), load_glossaries())
    assert facts.participants and facts.commitments
    document = _briefing_of(tmp_path, facts)
    for heading in ("Participants", "Commitments"):
        refs = [r.cells[3].text for r in table_after(document, heading).rows[1:]]
        assert refs and all(ref == "1.2" for ref in refs), (heading, refs)


def test_progress_on_a_terminal_and_quiet_when_piped(tiny_marian, tmp_path, monkeypatch):
    args = [str(ARTICLE), "-o", str(tmp_path / "b.docx"), "-m", str(tiny_marian), "--no-tm"]
    piped = run_brief(*args)
    assert piped.exit_code == 0, piped.output
    assert piped.stderr == ""
    monkeypatch.setattr(click.testing._NamedTextIOWrapper, "isatty", lambda self: True)
    shown = run_brief(*args)
    assert shown.exit_code == 0, shown.output
    final = shown.stderr.replace("\r", "\n").splitlines()
    done = [line for line in final if line.startswith("1 article: 100%")]
    assert done and all("seg" in line for line in done), final
    assert shown.stdout.startswith("wrote ")
