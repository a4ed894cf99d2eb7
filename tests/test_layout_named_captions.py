"""Captions that only name whom or what a photo shows, full stop and all ("Đoàn đại biểu Bộ
Nội vụ Việt Nam."), standing alone between paragraphs, above the lead or under an image:
no sentence of a story is a noun phrase alone, and underthesea's tagger tells one from a
short sentence whose predicate is a verb or an adjective. Items of a list name people
too, and stay the story's. Every line here is invented."""

from __future__ import annotations

import pytest

from briefgen.ingest.phrases import is_noun_phrase
from briefgen.records import Role
from page_lines import HEADLINE, LAST, LEAD, MIDDLE, read

NAMED = [
    "Phó Thủ tướng Trần Hồng Hà và Bộ trưởng Môi trường Nhật Bản.",
    "Đoàn đại biểu Bộ Nội vụ Việt Nam.",
    "Bà Phạm Thu Hằng, Phó Vụ trưởng Vụ Hợp tác quốc tế, Bộ Nội vụ.",
    "Đoàn đại biểu cấp cao Việt Nam tại sân bay quốc tế Wattay.",
    "Ngài Tổng thư ký ASEAN Kao Kim Hourn.",
    "Đại sứ Nguyễn Bá Hùng cùng cán bộ Đại sứ quán.",
    "Các nhà lãnh đạo ASEAN và Nhật Bản.",
]
# Short sentences of a story that open with a titled person or delegates, as a caption
# does, and say what they did or felt: a verb or an adjective is their predicate.
SAID = [
    "Lãnh đạo hai nước hài lòng.",
    "Các đại biểu rất phấn khởi.",
    "Thủ tướng Lào vui mừng.",
    "Hai Bộ trưởng đồng ý.",
    "Bộ trưởng Lào cảm ơn sự giúp đỡ của Việt Nam.",
    "Đại biểu các nước đánh giá cao vai trò của Việt Nam.",
    "Đoàn công tác gồm đại diện các bộ, ngành.",
]


@pytest.mark.parametrize("caption", NAMED)
def test_a_caption_that_only_names_who_is_pictured(caption):
    assert is_noun_phrase(caption)
    document = read(HEADLINE, LEAD, caption, MIDDLE, LAST)
    assert document.caption_texts == (caption,)
    assert [b.text for b in document.body] == [LEAD, MIDDLE, LAST]


@pytest.mark.parametrize("sentence", SAID)
def test_a_short_sentence_with_a_predicate_stays_the_storys(sentence):
    assert not is_noun_phrase(sentence)
    document = read(HEADLINE, LEAD, sentence, MIDDLE, LAST)
    assert document.caption_texts == ()
    assert [b.text for b in document.body] == [LEAD, sentence, MIDDLE, LAST]


def test_delegates_taking_part_are_pictured_a_number_of_them_is_reported():
    caption, reported = "Các đại biểu tham dự Hội nghị.", "Hơn 200 đại biểu tham dự Hội nghị."
    assert read(HEADLINE, LEAD, caption, MIDDLE, LAST).caption_texts == (caption,)
    assert read(HEADLINE, LEAD, reported, MIDDLE, LAST).caption_texts == ()


@pytest.mark.parametrize("above", [[], ["Báo Quốc tế", "05/08/2024 14:30"]])
def test_a_named_caption_between_the_headline_and_the_lead(above):
    caption = NAMED[1]
    document = read(*above, HEADLINE, caption, LEAD, MIDDLE, LAST)
    assert document.title == HEADLINE
    assert document.caption_texts == (caption,)
    assert [b.text for b in document.body] == [LEAD, MIDDLE, LAST]


def test_photos_in_a_row_each_named():
    document = read(HEADLINE, LEAD, NAMED[0], NAMED[1], MIDDLE, LAST)
    assert document.caption_texts == (NAMED[0], NAMED[1])


def test_a_place_named_under_its_image_captions_it_alone_it_is_a_subheading():
    """Beside an image any noun phrase is its caption; alone, only one that names people."""
    place = "Trụ sở Ban Thư ký ASEAN tại Jakarta."
    assert read(HEADLINE, LEAD, "a1b2c3.jpg", place, MIDDLE, LAST).caption_texts == (place,)
    alone = read(HEADLINE, LEAD, place, MIDDLE, LAST)
    assert alone.caption_texts == ()
    assert alone.blocks[2].role is Role.BODY


@pytest.mark.parametrize(
    "lines",
    [
        [
            "Đoàn Việt Nam gồm:",
            "Bộ trưởng Bùi Thanh Sơn, Trưởng đoàn.",
            "Thứ trưởng Đỗ Hùng Việt, Phó Trưởng đoàn.",
        ],
        [
            "Tham dự Hội nghị có:",
            "Ông Nguyễn Văn An, Vụ trưởng Vụ ASEAN;",
            "Bà Trần Thu Hà, Phó Vụ trưởng Vụ Hợp tác quốc tế.",
        ],
        ["Thành phần đoàn:", "- Phó Thủ tướng Trần Hồng Hà;", "- Đoàn đại biểu Bộ Nội vụ."],
    ],
)
def test_the_items_of_a_list_of_people_are_no_captions(lines):
    document = read(HEADLINE, LEAD, *lines, MIDDLE, LAST)
    assert document.caption_texts == ()
    assert [b.text for b in document.body] == [LEAD, *lines, MIDDLE, LAST]


@pytest.mark.parametrize("after", [[], ["Minh Anh"]])
def test_a_named_caption_under_the_last_paragraph(after):
    """A story ends on a sentence: a line that only names people under it is a photo's."""
    document = read(HEADLINE, LEAD, MIDDLE, LAST, NAMED[1], *after)
    assert document.caption_texts == (NAMED[1],)
    assert [b.text for b in document.body] == [LEAD, MIDDLE, LAST]
