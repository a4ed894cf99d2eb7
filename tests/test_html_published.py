"""A saved web page's publication date from its markup, when its text shows none, on
invented pages: it dates "hôm qua" and gives "Ngày 28/12" its year, as a brief reads it."""

from __future__ import annotations

import json
from datetime import date

import docx
import pytest
from click.testing import CliRunner

from briefgen.cli import cli
from briefgen.extract import extract_facts
from briefgen.ingest import read_document
from briefgen.records import EventDate

BODY = """
<article>
  <h1>Hội nghị quan chức cấp cao về công vụ bế mạc tại Hà Nội</h1>
  {visible}
  <p>Hôm qua, tại Hà Nội, Hội nghị quan chức cấp cao về công vụ ASEAN đã bế mạc.</p>
  <p>Các nước thống nhất kế hoạch hợp tác và trao đổi kinh nghiệm cải cách hành chính.</p>
</article>
"""


def _page(tmp_path, head: str, visible: str = "") -> date | None:
    path = tmp_path / "page.html"
    html = f"<html><head>{head}</head><body>{BODY.format(visible=visible)}</body></html>"
    path.write_text(html, encoding="utf-8")
    return read_document(path).published


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ('<meta property="article:published_time" content="2024-01-05T09:30:00+07:00">', 5),
        # 23:30 UTC on the 4th is 06:30 on the 5th in Vietnam.
        ('<meta property="article:published_time" content="2024-01-04T23:30:00Z">', 5),
        ('<meta itemprop="datePublished" content="2024-01-05">', 5),
        ('<meta name="pubdate" content="2024-01-05T09:30:00">', 5),
        (
            '<script type="application/ld+json">'
            + json.dumps({"@graph": [{"@type": "NewsArticle", "datePublished": "2024-01-05"}]})
            + "</script>",
            5,
        ),
        # Open Graph before a later "modified" or other meta.
        (
            '<meta name="dc.date.issued" content="2024-01-06">'
            '<meta property="article:published_time" content="2024-01-05T08:00:00+07:00">',
            5,
        ),
        # Broken JSON-LD and a date that is no date say nothing; nothing at all is None.
        ('<script type="application/ld+json">{"datePublished": </script>', None),
        ('<meta property="article:published_time" content="hôm nay">', None),
        ("", None),
    ],
)
def test_the_publication_date_the_markup_declares(tmp_path, head, expected):
    published = _page(tmp_path, head)
    assert published == (date(2024, 1, expected) if expected else None)


def test_a_date_shown_on_the_page_comes_first(tmp_path):
    head = '<meta property="article:published_time" content="2024-01-05T09:30:00+07:00">'
    assert _page(tmp_path, head, "<p>Cập nhật: 06/01/2024 10:15</p>") == date(2024, 1, 6)


def test_the_markup_dates_yesterday(tmp_path):
    head = '<meta property="article:published_time" content="2024-01-05T09:30:00+07:00">'
    _page(tmp_path, head)
    facts = extract_facts(read_document(tmp_path / "page.html"))
    assert facts.event_date == EventDate(4, 1, 2024)


def test_brief_of_a_saved_page_dates_last_december(tiny_marian, tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head>"
        '<meta property="article:published_time" content="2024-01-03T08:00:00+07:00">'
        "</head><body><article><h1>Việt Nam và Lào ký kế hoạch hợp tác đào tạo cán bộ</h1>"
        "<p>Ngày 28/12, tại Viêng Chăn, hai Bộ ký kế hoạch hợp tác đào tạo cán bộ.</p>"
        "<p>Hai bên nhất trí tăng cường trao đổi đoàn công tác.</p></article></body></html>",
        encoding="utf-8",
    )
    out = tmp_path / "brief.docx"
    result = CliRunner().invoke(
        cli,
        ["brief", str(page), "-o", str(out), "-m", str(tiny_marian), "--beam-size", "1"],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    assert docx.Document(out).paragraphs[1].text.startswith("28 December 2023, ")
