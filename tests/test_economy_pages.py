"""Page furniture of invented economy pages (issue 13), written before the rules were
changed for them: a related-news heading whose teasers include a headline asked as a
question ("Doanh nghiệp cần làm gì để …?") ends the story; the question is a teaser, not a
paragraph under the box, so the credit above the heading is the byline."""

from __future__ import annotations

from extracted import read_lines

STORY = [
    "Việt Nam và Thái Lan đặt mục tiêu thương mại song phương 25 tỷ USD",
    "Chiều 3/11, tại Bangkok, Bộ trưởng Công Thương hai nước đã đồng chủ trì kỳ họp lần thứ 6"
    " Ủy ban hợp tác kinh tế Việt Nam - Thái Lan.",
    "Hai bên nhất trí tháo gỡ rào cản đối với hàng nông sản và thúc đẩy kết nối thanh toán"
    " bằng mã QR giữa hai nước.",
    "Kỳ họp lần thứ 7 sẽ được tổ chức tại Hà Nội vào năm 2027.",
]


def test_a_question_teaser_under_a_related_heading_is_no_paragraph(tmp_path):
    document = read_lines(
        tmp_path,
        [
            *STORY,
            "Thanh Hà/VOV-Bangkok",
            "Tin liên quan",
            "Xuất khẩu rau quả sang Thái Lan tăng mạnh",
            "Thanh toán QR xuyên biên giới: Doanh nghiệp được lợi gì?",
            "Chia sẻ",
        ],
    )
    assert document.byline == "Thanh Hà/VOV-Bangkok"
    assert document.body[-1].text == STORY[-1]


def test_question_teasers_only_after_a_heading_end_the_story(tmp_path):
    document = read_lines(
        tmp_path,
        [
            *STORY,
            "Minh Anh (TTXVN/Vietnam+)",
            "Tin cùng chuyên mục",
            "Vì sao hàng Việt chưa tận dụng hết ưu đãi thuế quan trong khu vực?",
            "Doanh nghiệp cần chuẩn bị gì trước khi Hiệp định có hiệu lực?",
        ],
    )
    assert document.byline == "Minh Anh (TTXVN/Vietnam+)"
    assert document.body[-1].text == STORY[-1]


def test_a_box_amid_the_story_still_lets_the_story_go_on(tmp_path):
    document = read_lines(
        tmp_path,
        [
            *STORY[:3],
            "Tin liên quan",
            "Doanh nghiệp Thái Lan tìm cơ hội tại Việt Nam?",
            "Hai Bộ trưởng cũng chứng kiến lễ ký Bản ghi nhớ về hợp tác phát triển chuỗi cung ứng"
            " nông sản giữa hai bộ, mở ra nhiều cơ hội cho doanh nghiệp.",
            STORY[3],
            "Thanh Hà",
        ],
    )
    assert document.body[-1].text == STORY[3]


def test_people_named_at_a_session_stand_alone_as_a_caption(tmp_path):
    """A line naming only who a photo shows and the session they are at ("… tại phiên
    khai mạc."): the tagger's verb in "phiên khai mạc" (opening session) is a noun's."""
    caption = "Trưởng đoàn Malaysia Ahmad Faiz và Thứ trưởng Lê Minh Quân tại phiên khai mạc."
    document = read_lines(tmp_path, [*STORY[:3], caption, STORY[3], "Thanh Hà"])
    assert caption in document.caption_texts
    assert caption not in [b.text for b in document.body]


def test_a_sentence_about_a_session_stays_in_the_story(tmp_path):
    sentence = "Các Trưởng đoàn đã dự phiên bế mạc."
    document = read_lines(tmp_path, [*STORY[:3], sentence, STORY[3], "Thanh Hà"])
    assert sentence in [b.text for b in document.body]
