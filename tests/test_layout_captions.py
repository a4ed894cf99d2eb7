"""What makes a line a photo caption on Vietnamese news pages in general: a credit after it,
its place beside an image, its shape (who is pictured doing what, in the present), and
what keeps a short paragraph of the story from being one. Every line here is invented."""

from __future__ import annotations

from itertools import product

import pytest

from briefgen.extract.person_verbs import SAYING_VERBS
from briefgen.ingest.captions import depicts, is_caption
from briefgen.ingest.photo_credits import caption_text
from briefgen.records import Role
from page_lines import HEADLINE, LAST, LEAD, MIDDLE, read


def _read_as_the_caption(line: str, caption: str) -> None:
    """Between the lead and the rest of the story, ``line`` is read as the photo's
    ``caption`` and left out of the body."""
    document = read(HEADLINE, LEAD, line, MIDDLE, LAST)
    assert document.caption_texts == (caption,)
    assert [b.index for b in document.body] == [1, 3, 4]


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("Toàn cảnh hội đàm. (Ảnh: TTXVN)", "Toàn cảnh hội đàm."),
        ("Toàn cảnh hội đàm. Ảnh: Thống Nhất", "Toàn cảnh hội đàm."),
        ("Hai Bộ trưởng chủ trì hội đàm - Ảnh: VGP/Nhật Bắc", "Hai Bộ trưởng chủ trì hội đàm"),
        (
            "Thủ tướng phát biểu tại phiên khai mạc. Ảnh VGP/Nhật Bắc",
            "Thủ tướng phát biểu tại phiên khai mạc.",
        ),
        ("Quang cảnh buổi hội đàm (Nguồn: Bộ Ngoại giao)", "Quang cảnh buổi hội đàm"),
        ("Quang cảnh phiên họp. Nguồn: TTXVN", "Quang cảnh phiên họp."),
        ("Quang cảnh phiên họp. Ảnh tư liệu", "Quang cảnh phiên họp."),
        ("Thủ tướng phát biểu Ảnh: VGP", "Thủ tướng phát biểu"),
        ("Quang cảnh phiên họp. Ảnh minh hoạ", "Quang cảnh phiên họp."),
        ("Quang cảnh phiên họp. (Ảnh: TTXVN).", "Quang cảnh phiên họp."),
        ("Quang cảnh phiên họp. [Ảnh: TTXVN]", "Quang cảnh phiên họp."),
        ("Quang cảnh phiên họp - (Ảnh: TTXVN)", "Quang cảnh phiên họp"),
        ("Quang cảnh phiên họp. Ảnh do Bộ Ngoại giao cung cấp", "Quang cảnh phiên họp."),
    ],
)
def test_credits_in_brackets_after_a_dash_or_a_full_stop(line, caption):
    assert is_caption(line)
    assert caption_text(line) == caption
    _read_as_the_caption(line, caption)


@pytest.mark.parametrize(
    "line",
    [
        "Các đại biểu chụp ảnh chung",
        "Toàn cảnh hội nghị",
        "Quang cảnh lễ ký kết",
        "Đồng chí Lê Hoài Trung tiếp Đại sứ Campuchia",
        "Ngài Khamphet Sisavath trao quà lưu niệm cho Đại sứ Nguyễn Bá Hùng",
        "Tổng thống Pháp E.Macron đón Chủ tịch nước tại Điện Élysée",
        "Bộ trưởng Nguyễn Mạnh Hùng (giữa) và các đại biểu cắt băng khai mạc",
    ],
)
def test_a_caption_without_credit(line):
    document = read(HEADLINE, LEAD, line, MIDDLE, LAST)
    assert document.caption_texts == (line,)
    assert document.blocks[2].role is Role.CAPTION


@pytest.mark.parametrize(
    "paragraph",
    [
        "Hai bên đã thảo luận về các biện pháp thúc đẩy hợp tác.",
        "Các đại biểu đã thảo luận sôi nổi về các nội dung của chương trình.",
        "Tại hội nghị, các bên trao đổi nhiều vấn đề quan trọng.",
        "Sau hội đàm, hai Bộ trưởng ký Bản ghi nhớ hợp tác.",
        "Các Bộ trưởng cũng chứng kiến lễ trao Giải thưởng ASEAN.",
        "Dự hội nghị có Thứ trưởng Bộ Ngoại giao Đỗ Hùng Việt.",
        "Hội nghị kết thúc vào chiều cùng ngày. Nguồn: TTXVN",
        "Báo Lao Động trân trọng giới thiệu toàn văn phát biểu của Thủ tướng.",
        "Triển lãm hình ảnh - tư liệu về ASEAN mở cửa đến hết tháng 8.",
    ],
)
def test_a_short_paragraph_that_narrates_is_no_caption(paragraph):
    assert not is_caption(paragraph)
    document = read(HEADLINE, LEAD, paragraph, MIDDLE, LAST)
    assert document.caption_texts == ()
    assert [b.index for b in document.body] == [1, 2, 3, 4]


def test_the_line_under_an_image_captions_it():
    document = read(
        HEADLINE,
        LEAD,
        "a1b2c3d4e5f60718.jpg",
        "Lễ ký kết Bản ghi nhớ hợp tác giữa hai Bộ",
        MIDDLE,
        "Ảnh 2",
        "Phiên họp toàn thể của Hội nghị",
        LAST,
    )
    assert document.caption_texts == (
        "Lễ ký kết Bản ghi nhớ hợp tác giữa hai Bộ",
        "Phiên họp toàn thể của Hội nghị",
    )
    assert [b.index for b in document.body] == [1, 4, 7]
    assert {document.blocks[i].role for i in (2, 5)} == {Role.CLUTTER}


def test_a_paragraph_under_an_image_with_no_caption_stays_body():
    document = read(HEADLINE, LEAD, "a1b2c3d4e5f60718.jpg", MIDDLE, LAST)
    assert document.caption_texts == ()
    assert [b.index for b in document.body] == [1, 3, 4]


def test_a_caption_set_above_its_image():
    caption = "Các đại biểu tại phiên họp toàn thể"
    document = read(HEADLINE, LEAD, caption, "b7c9e0f1.png", MIDDLE, LAST)
    assert document.caption_texts == (caption,)
    assert [b.index for b in document.body] == [1, 4, 5]


def test_the_line_above_a_credit_alone_captions_the_photo():
    caption = "Lễ ký kết Bản ghi nhớ hợp tác giữa hai Bộ"
    document = read(HEADLINE, LEAD, caption, "Ảnh: TTXVN", MIDDLE, LAST)
    assert document.caption_texts == (caption,)
    assert document.blocks[3].role is Role.CLUTTER
    # the paragraph under the credit is the story's
    assert [b.index for b in document.body] == [1, 4, 5]


@pytest.mark.parametrize(
    ("line", "shows"),
    [
        ("Các đại biểu tại phiên họp", True),
        ("Thủ tướng Phạm Minh Chính và Thủ tướng Malaysia Anwar Ibrahim", True),
        ("Hai bên nhất trí tăng cường hợp tác.", False),
        ("Hợp tác lao động là trọng tâm", False),  # a subheading
        ("Tại hội nghị, các bên đã trao đổi nhiều vấn đề.", False),
    ],
)
def test_a_line_that_shows_people_or_a_scene(line, shows):
    assert depicts(line) is shows


@pytest.mark.parametrize("honorific", ["Ông", "Bà", "Ngài", "Đồng chí", "Đ/c"])
def test_a_person_introduced_by_any_honorific_captions_the_photo(honorific):
    assert is_caption(f"{honorific} Nguyễn Văn An, Bộ trưởng Bộ Nội vụ")


@pytest.mark.parametrize("verb", SAYING_VERBS)
def test_a_line_reporting_what_was_said_shows_no_photo(verb):
    assert depicts("Thủ tướng Phạm Minh Chính phát biểu tại hội nghị")
    assert not depicts(f"Thủ tướng Phạm Minh Chính {verb} tầm quan trọng của hợp tác tại hội nghị")


@pytest.mark.parametrize(
    "line",
    [
        "Lễ ký kết Bản ghi nhớ hợp tác giữa hai Bộ",
        "Phiên họp toàn thể của Hội nghị",
    ],
)
def test_a_ceremony_or_session_beside_a_photo_captions_it_alone_it_may_be_a_subheading(line):
    assert depicts(line)
    beside = read(HEADLINE, LEAD, line, "b7c9e0f1.png", MIDDLE, LAST)
    assert beside.caption_texts == (line,)
    alone = read(HEADLINE, LEAD, line, MIDDLE, LAST)
    assert alone.caption_texts == ()
    assert [b.index for b in alone.body] == [1, 2, 3, 4]


def test_an_images_alt_text_above_its_caption_is_said_once():
    caption = "Quang cảnh hội kiến"
    document = read(HEADLINE, LEAD, caption, f"{caption}. Ảnh: VGP/Quang Hiếu", MIDDLE)
    assert document.caption_texts == (f"{caption}.",)
    assert document.blocks[2].role is Role.CLUTTER


SCENE = "Lễ ký kết Bản ghi nhớ hợp tác giữa hai Bộ"


@pytest.mark.parametrize(
    "lines",
    [
        ["Ảnh: TTXVN", SCENE],  # the credit before its caption
        ["a1b2c3d4.jpg", "Ảnh: TTXVN", SCENE],  # the image, its credit, its caption
        ["a1b2c3d4.jpg", SCENE, "Ảnh: TTXVN"],
        [SCENE, "Ảnh: TTXVN"],
    ],
)
def test_a_credit_alone_before_or_after_its_caption(lines):
    document = read(HEADLINE, LEAD, *lines, MIDDLE, LAST)
    assert document.caption_texts == (SCENE,)
    credit = 2 + lines.index("Ảnh: TTXVN")
    assert document.blocks[credit].role is Role.CLUTTER
    assert [b.text for b in document.body] == [LEAD, MIDDLE, LAST]


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("Ảnh: Quang cảnh buổi hội đàm", "Quang cảnh buổi hội đàm"),
        ("Ảnh: Quang cảnh buổi hội đàm.", "Quang cảnh buổi hội đàm."),
        (
            "Ảnh: Hai Bộ trưởng chủ trì hội đàm tại Hà Nội",
            "Hai Bộ trưởng chủ trì hội đàm tại Hà Nội",
        ),
        ("(Ảnh: TTXVN) Quang cảnh buổi hội đàm", "Quang cảnh buổi hội đàm"),
        ("Ảnh: VGP/Nhật Bắc - Quang cảnh buổi hội đàm", "Quang cảnh buổi hội đàm"),
    ],
)
def test_a_caption_after_the_label_or_the_credit(line, caption):
    assert caption_text(line) == caption
    _read_as_the_caption(line, caption)


@pytest.mark.parametrize(
    "credit",
    [
        "Ảnh: TTXVN",
        "(Ảnh: VGP/Nhật Bắc)",
        "Ảnh: Bộ Ngoại giao",
        "Ảnh: Thống Nhất – TTXVN",
        "Ảnh: Cổng thông tin điện tử Chính phủ",
        "Ảnh minh họa",
        "Ảnh: tư liệu",
        "Nguồn ảnh: Internet",
        "ẢNH: TTXVN",
        "Ảnh minh họa: TTXVN",
        "Ảnh do Bộ Ngoại giao cung cấp",
        "Ảnh: Đại sứ quán Việt Nam tại Lào cung cấp",
        "(Ảnh: TTXVN).",
        "[Ảnh: TTXVN]",
    ],
)
def test_a_photo_credit_alone_is_neither_caption_nor_body(credit):
    """Between two paragraphs, under a photo that has no caption."""
    document = read(HEADLINE, LEAD, MIDDLE, credit, LAST)
    assert caption_text(credit) == ""
    assert document.caption_texts == ()
    assert document.blocks[3].role is Role.CLUTTER
    assert [b.index for b in document.body] == [1, 2, 4]


@pytest.mark.parametrize(
    "photos",
    [
        ["a.jpg", "Quang cảnh buổi hội đàm", "b.jpg", "Hai Bộ trưởng chụp ảnh chung"],
        ["a.jpg", "b.jpg", "Quang cảnh buổi hội đàm", "Hai Bộ trưởng chụp ảnh chung"],
        ["Quang cảnh buổi hội đàm. Ảnh: TTXVN", "Hai Bộ trưởng chụp ảnh chung. Ảnh: TTXVN"],
        ["Quang cảnh buổi hội đàm", "Hai Bộ trưởng chụp ảnh chung"],
    ],
)
def test_several_photos_in_a_row(photos):
    document = read(HEADLINE, LEAD, *photos, MIDDLE, LAST)
    assert [c.rstrip(".") for c in document.caption_texts] == [
        "Quang cảnh buổi hội đàm",
        "Hai Bộ trưởng chụp ảnh chung",
    ]
    assert [b.text for b in document.body] == [LEAD, MIDDLE, LAST]


def _photo_shapes(caption: str, credit: str):
    """A photo's lines as pages set them, with the caption a reader sees."""
    yield [f"{caption}. {credit}"], f"{caption}."
    yield [f"{caption} - {credit}"], caption
    yield ["a1b2c3.jpg", caption], caption
    yield ["a1b2c3.jpg", credit, caption], caption
    yield ["a1b2c3.jpg", caption, credit], caption
    yield [caption, credit], caption
    yield [credit, caption], caption
    yield ["Chú thích ảnh", f"{caption}. {credit}"], f"{caption}."
    yield [f"{HEADLINE} - ảnh 1 {caption}"], caption


def test_every_shape_of_photo_in_every_place():
    """Captions of every kind, credited in every way, set every way a page sets a photo,
    after the lead or further down: the caption is found and the story stays whole."""
    captions = [
        "Quang cảnh buổi hội đàm",
        "Bộ trưởng Bùi Thanh Sơn và Bộ trưởng Ngoại giao Lào Saleumxay Kommasith",
        "Lễ ký kết Bản ghi nhớ hợp tác",
    ]
    credits = ["Ảnh: TTXVN", "(Ảnh: VGP/Nhật Bắc)", "Ảnh: Bộ Ngoại giao"]
    story = [LEAD, MIDDLE, LAST]
    wrong = []
    for caption, credit in product(captions, credits):
        for lines, seen in _photo_shapes(caption, credit):
            for at in (1, 2):
                document = read(HEADLINE, *story[:at], *lines, *story[at:])
                body = [b.text for b in document.body]
                if document.caption_texts != (seen,) or body != story:
                    wrong.append((lines, document.caption_texts))
    assert wrong == []


# (social genre, issue 13) A short sentence naming who chairs or speaks leads a paragraph
# whose next sentence refers back to that person by the bare title ("Bộ trưởng nhấn mạnh
# …", "ông cho biết …"): that sentence opens the paragraph's story, no caption run into it;
# a caption and the paragraph under it are two texts, and the paragraph names people anew.
@pytest.mark.parametrize(
    "paragraph",
    [
        "Bộ trưởng Bộ Y tế Lê Minh Hòa chủ trì Hội nghị. Phát biểu khai mạc, Bộ trưởng nhấn"
        " mạnh vai trò của y tế dự phòng trong bối cảnh mới.",
        "Thứ trưởng Bộ Nội vụ Hà Thu Trang dẫn đầu đoàn Việt Nam. Tại phiên thảo luận, Thứ"
        " trưởng chia sẻ kinh nghiệm của Việt Nam về an sinh xã hội.",
        "Đại sứ Nguyễn Văn An tiếp Giám đốc quốc gia UNDP. Đại sứ đánh giá cao hỗ trợ của"
        " UNDP đối với Việt Nam trong nhiều năm qua.",
    ],
)
def test_a_sentence_the_next_refers_back_to_runs_no_caption_in(paragraph):
    document = read(HEADLINE, LEAD, paragraph, MIDDLE, LAST)
    assert document.caption_texts == ()
    assert [b.index for b in document.body] == [1, 2, 3, 4]
    assert len(document.body[1].sentences) == 2


# (local, parliament, social, mekong, issue 13) A caption standing alone between two
# paragraphs may be a bare clause with no credit: whom the photo shows, a noun phrase of
# people, then what they do in the present, a verb of something seen ("trao", "ký",
# "biểu diễn", "nhấn nút"), with no full stop; or with one, where the people are named by
# their posts. The story narrates ("đã", "sẽ"), reports, opens on where or when; a
# subheading names a topic, starts on its verb, or has a country or a body act.
ACTS_SHOWN = [
    "Hai bên trao Bản ghi nhớ về hợp tác đào tạo",
    "Học sinh tặng hoa các đại biểu",
    "Các nghệ sĩ biểu diễn dân ca chào mừng đoàn",
    # a relative clause on the object ("các văn kiện đã ký") narrates nothing
    "Bộ trưởng Lê Thanh Hà và Bộ trưởng Campuchia Chea Vandeth trao các văn kiện đã ký",
    "Đại biểu hai nước trồng cây hữu nghị tại khuôn viên trường",
    "Thứ trưởng Phạm Quang Vinh và Đại sứ Lào Khamphao Sisouk nhấn nút khởi động cổng"
    " thanh toán điện tử.",
]


@pytest.mark.parametrize("line", ACTS_SHOWN)
def test_a_line_alone_between_paragraphs_showing_people_act_captions_the_photo(line):
    document = read(HEADLINE, LEAD, line, MIDDLE, LAST)
    assert document.caption_texts == (line,)
    assert [b.index for b in document.body] == [1, 3, 4]


def test_an_uncredited_act_shown_on_a_page_that_credits_another_photo():
    """A page may credit one photo and not the next: the second caption is still one."""
    shown = ACTS_SHOWN[-1]
    document = read(HEADLINE, LEAD, "Quang cảnh hội đàm. Ảnh: TTXVN", MIDDLE, shown, LAST)
    assert document.caption_texts == ("Quang cảnh hội đàm.", shown)
    assert [b.text for b in document.body] == [LEAD, MIDDLE, LAST]


@pytest.mark.parametrize(
    "line",
    [
        # subheadings: a topic, a verb first, a country or a body as the subject
        "Hai nước mở rộng hợp tác lao động",
        "Thúc đẩy trao đổi thương mại",
        "Doanh nghiệp tìm kiếm thị trường mới",
        "ASEAN đón thành viên thứ 11",
        "Việt Nam tiếp nhận vai trò Chủ tịch",
        "Hai nước ký kết 5 văn kiện hợp tác",
        "Chúng ta cùng nhau vượt qua thách thức",
        # the story's: narrated, in the future, a clause after a comma, people unnamed
        "Hai bên đã trao Bản ghi nhớ về hợp tác đào tạo",
        "Các đại biểu sẽ tham quan khu di tích.",
        "Bộ trưởng Lê Thanh Hà thăm Trường Đại học Quốc gia Lào, nơi 300 sinh viên Việt Nam"
        " theo học.",
        "Học sinh các trường tặng hoa cho đoàn đại biểu.",
    ],
)
def test_a_subheading_or_a_short_paragraph_between_paragraphs_stays_body(line):
    document = read(HEADLINE, LEAD, line, MIDDLE, LAST)
    assert document.caption_texts == ()
    assert [b.index for b in document.body] == [1, 2, 3, 4]


def test_a_subheading_in_a_speech_stays_body():
    speech = [
        "Phát biểu của Bộ trưởng Lê Thanh Hà tại Diễn đàn Hợp tác Mekong",
        "Kính thưa các vị đại biểu,",
        "Tôi rất vui mừng được tham dự Diễn đàn hôm nay.",
        "Các nước Mekong cùng đón cơ hội mới",
        "Chúng ta cần tăng cường kết nối hạ tầng và chuỗi cung ứng trong tiểu vùng.",
        "Xin trân trọng cảm ơn./.",
    ]
    document = read(*speech)
    assert document.caption_texts == ()
    assert [b.text for b in document.body] == speech[1:]
