"""The event date as a brief states it, on invented pages: a day and month take their
year from the page's publication date (the year before for a late-December day published
in January), "chiều qua" counts back from it, and a day and month on a page that gives no
year are said as such ("4 July (year not stated)") rather than "not stated"."""

from __future__ import annotations

import json

import docx
import pytest
from click.testing import CliRunner

from briefgen.cli import cli
from briefgen.records import ArticleFacts, Bilingual, Brief, EventDate, Provenance
from briefgen.render.briefing import facts_json, write_docx
from briefgen.render.templates import find_template
from extracted import page_facts, write_page

# Published 5 January 2024 (the page's meta line); the lead says "28/12" only.
LATE_DECEMBER = """\
Việt Nam và Lào ký kế hoạch hợp tác đào tạo cán bộ
Thứ Sáu, 05/01/2024 09:30 (GMT+7)
Ngày 28/12, tại Viêng Chăn, hai Bộ ký kế hoạch hợp tác đào tạo cán bộ giai đoạn mới.
Hai bên nhất trí tăng cường trao đổi đoàn công tác.
"""
# Published 6 August 2022; the event was "chiều qua", the day before.
YESTERDAY = """\
Hội nghị quan chức cấp cao về công vụ bế mạc
Cập nhật: 06/08/2022 10:15
Chiều qua, tại Hà Nội, Hội nghị quan chức cấp cao về công vụ đã bế mạc.
Các nước thống nhất kế hoạch hợp tác năm tới.
"""
# No publication date and no other year in the text.
NO_YEAR = """\
Bộ Nội vụ tổ chức Hội nghị về cải cách công vụ
Sáng 4/7, tại Hà Nội, Bộ Nội vụ tổ chức Hội nghị về cải cách công vụ.
Các đại biểu thảo luận về chuyển đổi số trong nền công vụ.
"""
# No publication date, but another sentence dates the same day in full.
DATED_ELSEWHERE = """\
Hai Bộ ký biên bản ghi nhớ về hợp tác hành chính công
Ngày 15/7, tại Seoul, hai Bộ ký biên bản ghi nhớ về hợp tác hành chính công.
Buổi lễ ngày 15/7/2024 mở ra giai đoạn hợp tác mới giữa hai Bộ.
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (LATE_DECEMBER, EventDate(28, 12, 2023)),
        (YESTERDAY, EventDate(5, 8, 2022)),
        (NO_YEAR, EventDate(4, 7)),
        (DATED_ELSEWHERE, EventDate(15, 7, 2024)),
    ],
)
def test_the_event_date_of_a_page(tmp_path, text, expected):
    facts = page_facts(tmp_path / "page.txt", text)
    assert facts.event_date == expected


def test_a_day_of_an_unstated_year_in_the_facts_json():
    facts = ArticleFacts("a.txt", Bilingual("Tin", "News"), event_date=EventDate(4, 7))
    brief = Brief("T", (facts,), Provenance("0", "b", "m"))
    assert facts_json(brief)["articles"][0]["event_date"] == "--07-04"
    dated = ArticleFacts("a.txt", Bilingual("Tin", "News"), event_date=EventDate(4, 7, 2018))
    assert (
        facts_json(Brief("T", (dated,), Provenance("0", "b", "m")))["articles"][0]["event_date"]
        == "2018-07-04"
    )


def test_a_template_reads_the_day_as_it_did_a_date(tmp_path):
    """``{{ a.event_date }}`` is ISO, as a ``date`` was, and its parts are at hand."""
    template = tmp_path / "mine.docx"
    own = docx.Document()
    own.add_paragraph("{%p for a in articles %}")
    own.add_paragraph("{{ a.event_date }} | {{ a.event_date.year or 'no year' }} | {{ a.date }}")
    own.add_paragraph("{%p endfor %}")
    own.save(template)
    articles = (
        ArticleFacts("a.txt", Bilingual("A", "A"), event_date=EventDate(4, 7)),
        ArticleFacts("b.txt", Bilingual("B", "B"), event_date=EventDate(5, 8, 2022)),
    )
    write_docx(Brief("T", articles, Provenance("0", "b", "m")), template, tmp_path / "out.docx")
    texts = [p.text for p in docx.Document(tmp_path / "out.docx").paragraphs if p.text]
    assert texts == [
        "--07-04 | no year | 4 July (year not stated)",
        "2022-08-05 | 2022 | 5 August 2022",
    ]


def test_a_digest_spans_its_dated_days_and_names_the_others(tmp_path):
    articles = (
        ArticleFacts("a.txt", Bilingual("A", "A"), event_date=EventDate(4, 3, 2021)),
        ArticleFacts("b.txt", Bilingual("B", "B"), event_date=EventDate(4, 7)),
        ArticleFacts("c.txt", Bilingual("C", "C"), event_date=EventDate(26, 11, 2019)),
    )
    write_docx(
        Brief("T", articles, Provenance("0", "b", "m")), find_template(), tmp_path / "d.docx"
    )
    when = docx.Document(tmp_path / "d.docx").paragraphs[1].text
    assert when == "26 November 2019 to 4 March 2021; 4 July (year not stated)"
    undated = (
        *articles[1:2],
        ArticleFacts("d.txt", Bilingual("D", "D"), event_date=EventDate(5, 8)),
    )
    write_docx(Brief("T", undated, Provenance("0", "b", "m")), find_template(), tmp_path / "e.docx")
    assert docx.Document(tmp_path / "e.docx").paragraphs[1].text == (
        "4 July and 5 August (years not stated)"
    )


def test_brief_states_each_date_as_far_as_the_page_gives_it(tiny_marian, tmp_path):
    pages = [
        write_page(tmp_path / "december.txt", LATE_DECEMBER),
        write_page(tmp_path / "yesterday.txt", YESTERDAY),
        write_page(tmp_path / "noyear.txt", NO_YEAR),
    ]
    out = tmp_path / "digest.docx"
    result = CliRunner().invoke(
        cli,
        [
            "brief",
            *map(str, pages),
            "-o",
            str(out),
            "--json",
            str(tmp_path / "facts.json"),
            "-m",
            str(tiny_marian),
            "--beam-size",
            "1",
        ],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    texts = [p.text for p in docx.Document(out).paragraphs]
    sources = {t.split(" · ")[0]: t.split(" · ")[1] for t in texts if t.startswith("Source: ")}
    assert sources["Source: december.txt"].startswith("28 December 2023, ")
    assert sources["Source: yesterday.txt"].startswith("5 August 2022, ")
    assert sources["Source: noyear.txt"].startswith("4 July (year not stated), ")
    assert "not stated" not in sources["Source: noyear.txt"].replace("(year not stated)", "")
    assert texts[1] == "5 August 2022 to 28 December 2023; 4 July (year not stated)"
    facts = json.loads((tmp_path / "facts.json").read_text(encoding="utf-8"))
    assert [a["event_date"] for a in facts["articles"]] == ["2023-12-28", "2022-08-05", "--07-04"]
