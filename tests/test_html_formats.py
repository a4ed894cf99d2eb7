""".html in, .html out: the article text without the page chrome, and a translated page
whose markup (inline formatting, links, images, scripts) is kept, checked with lxml for
every model family on both backends."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

from briefgen.errors import InputError
from briefgen.ingest import read_document
from briefgen.records import Role
from cli_run import run

TITLE = "Bộ Nội vụ chủ trì Hội nghị ASEAN về cải cách hành chính"
PAGE = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Bộ Nội vụ - Tin tức</title>
<script>var note = "không dịch";</script></head>
<body>
<header><div class="logo">Cổng thông tin điện tử Bộ Nội vụ</div>
<nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/tin">Tin tức</a></li></ul></nav>
</header>
<div class="container">
<h1>{TITLE}</h1>
<div class="detail-content">
<p class="lead">Sáng nay, <strong>Bộ trưởng Bộ Nội vụ</strong> đã phát biểu khai mạc hội
nghị. Các đại biểu <em>thảo luận sôi nổi</em> về cải cách.</p>
<figure><img src="hoi-nghi.jpg" alt=""><figcaption>Các đại biểu dự hội nghị.</figcaption>
</figure>
<p>Thông tin chi tiết xem tại <a href="https://moha.gov.vn">trang tin của Bộ</a> và các cơ
quan liên quan.</p>
<p>Hội nghị kết thúc vào chiều cùng ngày./.</p>
<div class="tin-lien-quan"><h3>Tin liên quan</h3>
<ul><li><a href="/1">Hội nghị khác về công vụ năm nay</a></li></ul></div>
</div>
<aside><p>Dịch vụ công trực tuyến của Bộ</p></aside>
</div>
<footer><p>Bản quyền thuộc về Bộ Nội vụ</p></footer>
</body></html>
"""


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("html") / "hoi-nghi.html"
    path.write_text(PAGE, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def translated(page, every_model, tmp_path_factory) -> Path:
    """The page translated by each family's model on each backend."""
    out = tmp_path_factory.mktemp("out")
    result = run("translate", page, "-o", out, *every_model.cli_options())
    assert result.exit_code == 0, result.output
    return out / "hoi-nghi.en.html"


def test_reader_takes_the_article_not_the_chrome(page):
    document = read_document(page)
    article = [b.text for b in document.blocks if b.role is not Role.CLUTTER]
    assert document.format == "html"
    assert document.title == TITLE and article[0] == TITLE
    assert article[-1] == "Hội nghị kết thúc vào chiều cùng ngày./."
    assert "Các đại biểu dự hội nghị." in article
    assert any(
        t.startswith("Sáng nay, Bộ trưởng Bộ Nội vụ đã phát biểu khai mạc hội nghị.")
        for t in article
    )
    chrome = {b.text for b in document.blocks if b.role is Role.CLUTTER}
    assert {"Trang chủ", "Tin liên quan", "Bản quyền thuộc về Bộ Nội vụ"} <= chrome
    assert "Dịch vụ công trực tuyến của Bộ" in chrome
    assert not any("không dịch" in b.text for b in document.blocks)


def test_article_only_leaves_the_chrome_out(page):
    from briefgen.segment import segment_document

    document = read_document(page)
    texts = {s.text for s in segment_document(document, roles=(Role.TITLE, Role.BODY))}
    assert "Trang chủ" not in texts and TITLE in texts


def test_translated_page_keeps_markup(page, translated):
    source = lxml.html.document_fromstring(page.read_text("utf-8"))
    output = lxml.html.document_fromstring(translated.read_bytes())
    assert output.get("lang") == "en"
    for xpath in ("//p", "//strong", "//em", "//a", "//img", "//li", "//figcaption"):
        assert len(output.xpath(xpath)) == len(source.xpath(xpath)), xpath
    assert [a.get("href") for a in output.xpath("//a")] == [
        a.get("href") for a in source.xpath("//a")
    ]
    assert all(el.text_content().strip() for el in output.xpath("//strong | //em | //a"))
    assert output.xpath("//script")[0].text == source.xpath("//script")[0].text
    assert output.xpath("//h1")[0].text_content() not in ("", TITLE)
    assert "Sáng nay" not in output.xpath("//p[@class='lead']")[0].text_content()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("<html><body><article><p>The minister opened the meeting.</p></article>", "Vietnamese"),
        ("<!-- nothing but a comment -->", "not a readable HTML page"),
        ("<html><body><script>var tin = 'Hội nghị';</script></body></html>", "no article text"),
    ],
)
def test_unusable_page_is_one_line_exit_2(tmp_path, content, message):
    path = tmp_path / "trang.html"
    path.write_text(content, "utf-8")
    with pytest.raises(InputError, match=message):
        read_document(path)
    result = run("translate", path, "-o", tmp_path / "out", "--model", tmp_path)
    assert result.exit_code == 2 and message in result.output
    assert "Traceback" not in result.output


def test_article_element_wins_and_its_related_list_is_chrome(tmp_path):
    path = tmp_path / "bai.html"
    path.write_text(
        "<html><body><div class='menu'><p>Trang chủ Bộ Nội vụ của chúng tôi</p></div>"
        "<article><h1>Hội nghị ASEAN về công vụ</h1><p>Các đại biểu thảo luận về cải cách.</p>"
        "<ul class='related-news'><li>Tin cũ về hội nghị năm trước</li></ul></article>"
        "<div><p>Một đoạn văn dài bên ngoài bài báo, không thuộc về nội dung chính của trang."
        "</p></div></body></html>",
        encoding="utf-8",
    )
    document = read_document(path)
    article = [b.text for b in document.blocks if b.role is not Role.CLUTTER]
    assert article == ["Hội nghị ASEAN về công vụ", "Các đại biểu thảo luận về cải cách."]
    assert len(document.blocks) == 5


ATTRIBUTES_PAGE = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Tin tức</title></head><body>
<nav><ul><li><a href="/" title="Về trang chủ của Bộ">Trang chủ</a></li></ul></nav>
<article><h1>{TITLE}</h1>
<p>Ngày 20/12, Bộ Nội vụ đã tổ chức hội nghị về hợp tác công vụ ASEAN. Các đại biểu đã
thảo luận về cải cách hành chính trong khu vực.</p>
<figure><img src="a.jpg" alt="Bộ trưởng Bộ Nội vụ phát biểu khai mạc"></figure>
<p>Xem <a href="https://moha.gov.vn" title="Cổng thông tin điện tử Bộ Nội vụ">trang tin
của Bộ</a> để biết thêm chi tiết về hội nghị.</p></article></body></html>
"""


@pytest.fixture(scope="module")
def attributes_page(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("attrs") / "thuoc-tinh.html"
    path.write_text(ATTRIBUTES_PAGE, encoding="utf-8")
    return path


def test_alt_and_title_attributes_are_translated(attributes_page, every_model, tmp_path):
    texts = {b.text: b.role for b in read_document(attributes_page).blocks}
    assert texts["Bộ trưởng Bộ Nội vụ phát biểu khai mạc"] is Role.CLUTTER
    assert texts["Cổng thông tin điện tử Bộ Nội vụ"] is Role.CLUTTER
    result = run("translate", attributes_page, "-o", tmp_path, *every_model.cli_options())
    assert result.exit_code == 0, result.output
    output = lxml.html.document_fromstring((tmp_path / "thuoc-tinh.en.html").read_bytes())
    source = lxml.html.document_fromstring(ATTRIBUTES_PAGE)
    for xpath in ("//img/@alt", "//a/@title"):
        before, after = source.xpath(xpath), output.xpath(xpath)
        assert len(after) == len(before) == (1 if xpath.startswith("//img") else 2)
        assert all(a and a != b for a, b in zip(after, before, strict=True)), (before, after)
    assert output.xpath("//a/@href") == source.xpath("//a/@href")


def test_article_only_marks_only_the_article_english(attributes_page, every_model, tmp_path):
    args = [*every_model.cli_options(), "--article-only"]
    result = run("translate", attributes_page, "-o", tmp_path, *args)
    assert result.exit_code == 0, result.output
    output = lxml.html.document_fromstring((tmp_path / "thuoc-tinh.en.html").read_bytes())
    assert output.get("lang") == "vi"
    assert output.xpath("//h1")[0].get("lang") == "en"
    assert [p.get("lang") for p in output.xpath("//article/p")] == ["en", "en"]
    assert output.xpath("//nav//a")[0].text == "Trang chủ"  # chrome: left Vietnamese
    assert not output.xpath("//nav//*[@lang]")
    assert output.xpath("//img/@alt") == ["Bộ trưởng Bộ Nội vụ phát biểu khai mạc"]
