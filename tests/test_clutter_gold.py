"""Structure and clutter removal against the hand annotations in ../shared/gold.

Corpus excerpts stop mid-sentence, so "the body ends with body_last" is checked on the
last complete sentence of the body.
"""

from __future__ import annotations

import functools
import json
from datetime import date
from pathlib import Path

import pytest

from briefgen.ingest import read_document
from briefgen.ingest.clutter import byline_name, is_caption
from briefgen.ingest.layout import classify_lines
from briefgen.records import Document, Role

GOLD = Path(__file__).resolve().parents[2] / "shared" / "gold"
GOLD_FILES = sorted(GOLD.glob("*/*.json")) if GOLD.is_dir() else []
SENTENCE_END = (".", "!", "?", "…", '"', "”", ":")


@functools.cache
def read_annotated(gold_file: Path, shared: Path) -> tuple[dict, Document]:
    gold = json.loads(gold_file.read_text("utf-8"))
    source = shared / gold["file"]
    if not source.exists():  # corpus annotations name the file inside corpus/
        source = shared / "corpus" / gold["file"]
    return gold, read_document(source)


@pytest.fixture(params=GOLD_FILES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def annotated(request, shared) -> tuple[dict, Document]:
    return read_annotated(request.param, shared)


def body_sentences(document: Document) -> list[str]:
    return [s for block in document.body for s in block.sentences]


def test_title(annotated):
    gold, document = annotated
    assert document.title == gold["title"]


def test_body_starts_where_gold_says(annotated):
    gold, document = annotated
    assert body_sentences(document)[0].startswith(gold["body_first"])


def test_body_ends_where_gold_says(annotated):
    gold, document = annotated
    complete = [s for s in body_sentences(document) if s.endswith(SENTENCE_END)]
    assert complete[-1].endswith(gold["body_last"])


def test_no_clutter_in_body(annotated):
    gold, document = annotated
    body_lines = {b.text.strip() for b in document.body}
    sentences = set(body_sentences(document))
    for line in gold["clutter"]:
        assert line.strip() not in body_lines
        assert line.strip() not in sentences


def test_captions(annotated):
    gold, document = annotated
    assert list(document.caption_texts) == gold["captions"]
    assert not {b.index for b in document.captions} & {b.index for b in document.body}


def test_byline(annotated):
    gold, document = annotated
    assert document.byline == gold["byline"]
    bylines = document.with_role(Role.BYLINE)
    assert len(bylines) == (gold["byline"] is not None)


def test_published(annotated):
    gold, document = annotated
    expected = gold.get("published")
    assert document.published == (date.fromisoformat(expected) if expected else None)


def test_every_line_keeps_its_index(annotated):
    _, document = annotated
    lines = document.source.read_text("utf-8-sig").splitlines()
    assert [b.index for b in document.blocks] == list(range(len(lines)))


# An article laid out like none of the seeds: other labels, other related-news heading.
UNSEEN = """\
Cổng thông tin điện tử
Thứ Hai, 13/03/2023
Lào và Việt Nam ký kế hoạch hợp tác về đào tạo cán bộ năm 2023
Cập nhật: 12/03/2023 08:15
Chia sẻ
(Chinhphu.vn) - Ngày 11/3, tại Viêng Chăn, Bộ Nội vụ hai nước ký kế hoạch hợp tác năm 2023.

Theo kế hoạch, hai bên sẽ trao đổi 12 đoàn công tác và tổ chức 3 hội thảo chuyên đề.
Hai Bộ trưởng ký kế hoạch hợp tác. Ảnh: VGP/Hải Minh
Bộ trưởng nhấn mạnh hợp tác đào tạo là trụ cột của quan hệ đặc biệt giữa hai nước./.
Theo VNA
Tin liên quan
Hà Nội tổng kết công tác cải cách hành chính
Cập nhật: 10/03/2023
"""


def test_an_unseen_layout():
    document = classify_lines(Path("unseen.txt"), "txt", UNSEEN.splitlines())
    roles = [b.role for b in document.blocks]
    assert document.title == "Lào và Việt Nam ký kế hoạch hợp tác về đào tạo cán bộ năm 2023"
    assert document.published == date(2023, 3, 12)
    assert document.byline == "VNA"
    assert document.caption_texts == ("Hai Bộ trưởng ký kế hoạch hợp tác.",)
    assert [b.index for b in document.body] == [5, 7, 9]
    assert body_sentences(document)[0].startswith("Ngày 11/3, tại Viêng Chăn")
    assert roles[0] is Role.CLUTTER and roles[4] is Role.CLUTTER
    assert roles[1] is Role.DATELINE and roles[3] is Role.DATELINE
    assert all(r is Role.CLUTTER for r in roles[11:])


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Mạnh Quân", "Mạnh Quân"),
        ("Theo TTXVN", "TTXVN"),
        ("(Theo Baochinhphu.vn)", "Baochinhphu.vn"),
        ("Thực hiện : Ngọc Dũng Vân Hương Hồng Dũng", "Ngọc Dũng Vân Hương Hồng Dũng"),
        ("Minh Anh - Thu Hà", "Minh Anh - Thu Hà"),
        ("Theo kế hoạch, hội nghị sẽ họp vào tháng 5.", ""),
        ("Quang cảnh Hội nghị", ""),
        ("Những cột m", ""),
    ],
)
def test_byline_name(line, name):
    assert byline_name(line) == name


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("Quang cảnh Hội nghị", True),
        ("Các đại biểu chụp ảnh lưu niệm", True),
        ("Ông Phan Thảo Nguyên, Vụ trưởng Vụ Hợp tác quốc tế, Bộ TTTT", True),
        ("Quang cảnh Hội nghị. Ảnh: Anh Tuấn/TTXVN", True),
        ("Toàn cảnh Cuộc họp. |", True),
        ("Bộ trưởng Nội vụ Lào tiếp đoàn công tác. (Ảnh: Bộ Nội vụ)", True),
        ("5 ưu tiên lớn của Việt Nam trong đảm nhiệm Chủ tịch ASEAN", False),
        ("Thứ trưởng Nguyễn Trọng Thừa dẫn đầu Đoàn công tác tham gia Hội nghị.", False),
        (
            "Phát biểu tại hội nghị, ông Wan Ahmad Dahlan nhấn mạnh rằng không quốc gia "
            "nào có thể tiến bộ độc lập.",
            False,
        ),
        ("Hội nghị diễn ra tại Hà Nội. Các đại biểu phát biểu tại Hội nghị.", False),
    ],
)
def test_is_caption(line, caption):
    assert is_caption(line) is caption


TIMESTAMP_ABOVE_TITLE = """\
Thời sự
Thứ sáu, 5/8/2022, 10:30 (GMT+7)
ASEAN thông qua tuyên bố về nền công vụ thích ứng
Các nước ASEAN thông qua tuyên bố về nền công vụ thích ứng với thách thức mới.
HÀ NỘI, 5/8 (TTXVN) - Sáng nay, Hội nghị những người đứng đầu nền công vụ ASEAN bế mạc.
Ông Nguyễn Văn A, Vụ trưởng Vụ Hợp tác quốc tế phát biểu tại hội nghị. Ảnh: VNA
Kết quả hội nghị
Các nước cam kết tiếp tục hợp tác./.
Minh Anh - Thu Hà
Xem thêm: ASEAN họp bàn về chuyển đổi số
"""


def test_timestamp_above_the_title_and_a_subheading():
    document = classify_lines(Path("p.txt"), "txt", TIMESTAMP_ABOVE_TITLE.splitlines())
    assert document.title == "ASEAN thông qua tuyên bố về nền công vụ thích ứng"
    assert document.published == date(2022, 8, 5)
    assert [b.index for b in document.body] == [3, 4, 6, 7]
    assert document.body[1].sentences[0].startswith("Sáng nay")
    assert document.byline == "Minh Anh - Thu Hà"
    assert document.blocks[9].role is Role.CLUTTER


def test_a_bare_date_above_the_title_is_a_banner():
    lines = ["Hà Nội, Ngày 11/08/2022", "Hội nghị ASEAN về công vụ", "Hội nghị khai mạc hôm nay."]
    document = classify_lines(Path("p.txt"), "txt", lines)
    assert document.title == "Hội nghị ASEAN về công vụ"
    assert document.published is None
