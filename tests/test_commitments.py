"""Commitments on invented sentences in the style of Vietnamese news and speeches.

Half commit someone (a party agrees, pledges, proposes, calls on others), half do not: a
welcome, thanks or belief, a forecast about a thing ("quan hệ … sẽ tiếp tục phát triển"),
what was done before the event, a cue in the passive or used as a noun. None of them is
from an annotated article: they pin general mechanisms, not one article's wording.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.evaluate.sentence_tables import read_commitment_passages
from briefgen.extract.commitments import extract_commitments
from extracted import commitment_kinds, page_facts

SENTENCES = Path(__file__).parent / "data" / "commitment_sentences.tsv"


ROWS = [row for passage in read_commitment_passages(SENTENCES) for row in passage]
COMMIT = [row.sentence for row in ROWS if row.commits]
DO_NOT_COMMIT = [row.sentence for row in ROWS if not row.commits]


def test_the_invented_set_is_balanced():
    assert len(COMMIT) >= 20 and len(DO_NOT_COMMIT) >= 20


@pytest.mark.parametrize("sentence", COMMIT)
def test_a_party_committing_is_a_commitment(sentence):
    assert len(extract_commitments([sentence], event_year=2024)) == 1


@pytest.mark.parametrize("sentence", DO_NOT_COMMIT)
def test_welcomes_beliefs_forecasts_and_the_past_are_not(sentence):
    assert extract_commitments([sentence], event_year=2024) == ()


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        # "sẽ (tiếp tục) là / trở thành": what something will be, a forecast
        ("Theo Đại sứ, Thái Lan sẽ tiếp tục là thị trường xuất khẩu lớn của Lào.", []),
        ("Bộ trưởng cho biết Campuchia sẽ tiếp tục trở thành điểm sáng về du lịch.", []),
        ("Theo Thứ trưởng, Việt Nam sẽ luôn là điểm đến an toàn của du khách quốc tế.", []),
        # … but a party's stand towards others, or a deed after it, is still a pledge
        ("Bộ trưởng khẳng định Lào sẽ tiếp tục là đối tác tin cậy của Việt Nam.", ["pledge"]),
        (
            "Theo Bộ trưởng, năm 2025 sẽ tiếp tục là năm bản lề và Bộ sẽ tiếp tục hỗ trợ doanh "
            "nghiệp.",
            ["pledge"],
        ),
    ],
)
def test_what_a_party_will_be_is_a_forecast_what_it_will_do_a_pledge(sentence, kinds):
    assert commitment_kinds([sentence], event_year=2024) == kinds


def test_a_coordinated_verb_shares_the_sentence_subject_not_the_thing_before_it():
    sentence = (
        "Hai Thủ tướng đã nhấn mạnh sự phát triển của quan hệ hai nước và nhất trí nâng"
        " quan hệ lên tầm cao mới."
    )
    assert commitment_kinds([sentence]) == ["agreement"]


def test_a_need_the_situation_imposes_is_a_call():
    sentence = "Tình hình biến đổi nhanh đòi hỏi chúng ta phải điều chỉnh cách tiếp cận."
    assert commitment_kinds([sentence]) == ["call"]


@pytest.mark.parametrize(("year", "commits"), [(2024, False), (2018, True)])
def test_an_agreement_in_an_earlier_year_than_the_event_is_history(tmp_path, year, commits):
    facts = page_facts(
        tmp_path / "page.txt",
        "Thủ tướng tiếp Đại sứ Lào\n\n"
        f"Ngày 5/8/{year}, tại Hà Nội, Thủ tướng Phạm Minh Chính tiếp Đại sứ Lào.\n\n"
        "Tại cuộc gặp năm 2018, hai nhà lãnh đạo đã nhất trí nâng cấp quan hệ.\n",
    )
    assert bool(facts.commitments) is commits


@pytest.mark.parametrize(
    ("present", "call", "kinds"),
    [
        # a body nobody at the event speaks for, its call recalled as background
        ("", "Ngân hàng Thế giới kêu gọi các nước giảm thuế nhập khẩu phân bón.", ["agreement"]),
        ("", "UNICEF đề nghị các nước tăng ngân sách cho giáo dục mầm non.", ["agreement"]),
        (
            "",
            "Trước đó, Tổ chức Y tế Thế giới (WHO) đã kêu gọi các nước tăng cường giám sát dịch.",
            ["agreement"],
        ),
        # … but the body's own representative is there, or the sentence ties it to the event
        (
            "Giám đốc Quốc gia Ngân hàng Thế giới tại Campuchia Maryam Salim dự hội nghị. ",
            "Ngân hàng Thế giới kêu gọi các nước giảm thuế nhập khẩu phân bón.",
            ["call", "agreement"],
        ),
        (
            "",
            "Tại hội nghị, Ngân hàng Thế giới kêu gọi các nước giảm thuế nhập khẩu phân bón.",
            ["call", "agreement"],
        ),
    ],
)
def test_a_call_of_a_body_absent_from_the_event_is_background(tmp_path, present, call, kinds):
    facts = page_facts(
        tmp_path / "page.txt",
        "Hội nghị Bộ trưởng Nông nghiệp ASEAN\n\n"
        "Ngày 3/10/2024, Hội nghị Bộ trưởng Nông nghiệp ASEAN lần thứ 46 diễn ra tại Phnom "
        f"Penh. {present}{call} Các Bộ trưởng nhất trí tăng cường an ninh lương thực.\n",
    )
    assert sorted(c.kind for c in facts.commitments) == sorted(kinds)


def test_a_passive_ends_at_its_clause():
    sentence = "Hợp tác kinh tế được đẩy mạnh, hai bên nhất trí mở rộng đầu tư."
    assert commitment_kinds([sentence]) == ["agreement"]


def test_past_results_a_commitment_builds_on_leave_it_a_commitment():
    sentence = (
        "Hai bên đã nhất trí tăng cường hợp tác, phát huy kết quả đạt được trong thời gian qua."
    )
    assert commitment_kinds([sentence]) == ["agreement"]


def test_a_ministry_of_information_is_no_belief():
    sentence = "Bộ Thông tin và Truyền thông sẽ tiếp tục phát triển hạ tầng số."
    assert commitment_kinds([sentence]) == ["pledge"]


def test_past_results_before_an_agreement_leave_it_an_agreement():
    sentence = (
        "Hai bên đánh giá cao những kết quả đã đạt được trong thời gian qua và nhất trí"
        " tăng cường hợp tác."
    )
    assert commitment_kinds([sentence]) == ["agreement"]


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("Các Bộ trưởng cam kết thúc đẩy bình đẳng giới trong khu vực.", "Các Bộ trưởng"),
        ("Tiếp Đại sứ, Phó Thủ tướng đề nghị hai nước tăng cường hợp tác.", "Phó Thủ tướng"),
        ("Hai Thủ tướng nhất trí tăng cường hợp tác chính trị.", "Hai Thủ tướng"),
    ],
)
def test_a_leader_named_by_title_only_is_the_actor(sentence, actor):
    (found,) = extract_commitments([sentence])
    assert found.actor.vi == actor


@pytest.mark.parametrize(
    "lead",
    [
        "Hai Bộ trưởng đã trao đổi về những vấn đề sau:",
        "Phiên họp tập trung vào ba nội dung chính:",
        "Bộ trưởng đánh giá cao những kết quả hợp tác sau:",
        "Năm 2022, hai bên đã đạt được các kết quả quan trọng sau:",
        "Tham dự Hội nghị có:",
        "Kết thúc Hội nghị, các Bộ trưởng đã thông qua các văn kiện:",
    ],
)
def test_a_list_of_topics_results_or_thanks_holds_no_pledges(lead):
    items = ["- Hợp tác đào tạo cán bộ.", "- Kết nối hạ tầng số giữa hai nước."]
    assert extract_commitments([lead, *items], event_year=2024) == ()


def test_a_list_of_priorities_a_party_sets_holds_pledges():
    lead = "Việt Nam xác định bốn ưu tiên hợp tác:"
    items = ["- Hợp tác đào tạo cán bộ.", "- Kết nối hạ tầng số giữa hai nước."]
    found = extract_commitments([lead, *items], event_year=2024)
    assert [(c.actor.vi, c.kind) for c in found] == [("Việt Nam", "pledge")] * 2


@pytest.mark.parametrize(
    "sentence",
    [
        "Thủ tướng tin tưởng Đại sứ sẽ tiếp tục có nhiều đóng góp cho quan hệ hai nước.",
        "Bộ trưởng hy vọng, với sự hỗ trợ của các đối tác, Lào sẽ tiếp tục thúc đẩy cải cách.",
        "Các doanh nghiệp kỳ vọng hai Chính phủ sẽ sớm nhất trí mở cửa thị trường.",
        "Phó Thủ tướng cảm ơn các tổ chức, cá nhân đã tích cực ủng hộ đồng bào vùng lũ.",
    ],
)
def test_what_is_expected_or_thanked_for_commits_no_one(sentence):
    assert extract_commitments([sentence], event_year=2024) == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "Bộ trưởng hy vọng hội nghị thành công, đồng thời đề nghị các nước tăng cường hợp tác.",
        "Dù rất hy vọng dịch bệnh sớm qua đi, nhưng chúng ta cần chủ động thích ứng.",
    ],
)
def test_the_speaker_going_on_after_an_expectation_commits(sentence):
    assert len(extract_commitments([sentence], event_year=2024)) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Thứ trưởng nhấn mạnh các quốc gia thành viên cần chia sẻ dữ liệu về dịch bệnh.",
        "Vì vậy, hai nước cần sớm nối lại các chuyến bay thường lệ.",
    ],
)
def test_what_the_members_need_to_do_after_a_verb_of_saying_is_a_call(sentence):
    assert commitment_kinds([sentence]) == ["call"]


@pytest.mark.parametrize(
    ("sentence", "commits"),
    [
        ("Theo giới phân tích, các nước cần đa dạng hóa thị trường xuất khẩu.", False),
        ("Theo Công ước, các quốc gia thành viên cam kết bảo vệ quyền của trẻ em.", False),
        ("Theo kế hoạch, Bộ trưởng sẽ tiếp tục chuyến thăm tới Thái Lan.", False),
        ("Hai tuần trước, Hàn Quốc cũng đã cam kết tăng viện trợ cho khu vực.", False),
        ("Theo Tuyên bố chung, hai bên nhất trí tăng cường hợp tác quốc phòng.", True),
        ("Theo Bộ trưởng, các nước cần đẩy nhanh chuyển đổi số.", True),
        ("Theo đó, hai bên thống nhất thành lập nhóm công tác chung.", True),
    ],
)
def test_a_source_other_than_the_event_gives_background(sentence, commits):
    assert bool(extract_commitments([sentence], event_year=2024)) is commits


@pytest.mark.parametrize(
    ("sentence", "commits"),
    [
        ("Bộ Giáo dục và Đào tạo sẽ phối hợp với Lào đào tạo giáo viên tiếng Việt.", True),
        ("Hàn Quốc sẽ tích cực hỗ trợ các nước ASEAN phát triển hạ tầng số.", True),
        ("Hai bên sẽ cùng thúc đẩy các dự án kết nối giao thông.", True),
        ("Chiều cùng ngày, Thủ tướng sẽ gặp gỡ các doanh nghiệp Singapore.", False),
        ("Năm 2027, Singapore sẽ đảm nhận vai trò Chủ tịch ASEAN.", False),
        ("Dự án sẽ hỗ trợ 5.000 nông dân tiếp cận tín dụng.", False),
        ("Hội nghị sẽ diễn ra trong ba ngày tại Jakarta.", False),
    ],
)
def test_what_a_party_will_do_for_others_is_a_pledge(sentence, commits):
    assert commitment_kinds([sentence], event_year=2024) == (["pledge"] if commits else [])


@pytest.mark.parametrize(
    "sentence",
    [
        "“Chúng tôi sẽ tiếp tục hỗ trợ Lào”, Đại sứ nhấn mạnh.",
        "Bộ trưởng nói: “Việt Nam cam kết đóng góp cho ASEAN”.",
    ],
)
def test_a_short_quote_that_is_speech_keeps_its_pledge(sentence):
    assert commitment_kinds([sentence]) == ["pledge"]


def test_a_short_quoted_title_commits_no_one():
    sentence = "Hội thảo có chủ đề “ASEAN sẵn sàng cho tương lai số”."
    assert extract_commitments([sentence]) == ()


@pytest.mark.parametrize(
    ("sentence", "people", "actor"),
    [
        # the clause's subject, a body named in full
        ("Bộ Kế hoạch và Đầu tư cam kết hỗ trợ doanh nghiệp Lào.", [], "Bộ Kế hoạch và Đầu tư"),
        # a title with its portfolio, and a verb sharing the subject after its object
        ("Các Bộ trưởng Y tế ASEAN nhất trí lập quỹ dự phòng.", [], "Các Bộ trưởng Y tế ASEAN"),
        (
            "Hai Thứ trưởng điểm lại kết quả hợp tác và nhất trí mở rộng đào tạo.",
            [],
            "Hai Thứ trưởng",
        ),
        # the speaker of a quote that opens the sentence
        (
            "“Chúng tôi sẵn sàng chia sẻ kinh nghiệm”, Đại sứ Ấn Độ Sandeep Arya nói.",
            ["Sandeep Arya"],
            "Sandeep Arya",
        ),
        # a clause a verb of saying opens with no subject is the speaker's
        ("Ông Kim Jae-won nhấn mạnh rằng cần thúc đẩy giao lưu nhân dân.", [], "Ông Kim Jae-won"),
        # a verb coordinated after a verb of saying shares the speaker as subject
        (
            "Tổng thống Ramos-Horta và Chủ tịch nước Lương Cường đã nhấn mạnh sự phát triển"
            " của quan hệ Việt Nam - Timor-Leste và nhất trí mở rộng hợp tác dầu khí.",
            ["Ramos-Horta", "Lương Cường"],
            "Lương Cường",
        ),
        # the members a call names, where no party speaks
        (
            "Do đó, các quốc gia thành viên cần sớm phê chuẩn Hiệp định.",
            [],
            "các quốc gia thành viên",
        ),
        # a pledge of "sẽ" belongs to its subject, not the partner named after it
        ("Việt Nam sẽ phối hợp với Campuchia tổ chức hội chợ biên giới.", [], "Việt Nam"),
    ],
)
def test_the_actor_is_the_subject_of_the_cue_clause(sentence, people, actor):
    (found,) = extract_commitments([sentence], people)
    assert found.actor.vi == actor


@pytest.mark.parametrize(
    "sentence",
    [
        "Việt Nam đứng thứ 5 trong ASEAN về chỉ số sẵn sàng cho chuyển đổi số.",
        "Các bộ, ngành đã hưởng ứng lời kêu gọi của Tổng Thư ký Liên hợp quốc.",
        "Hiện nay, các nước đang phải đối mặt với nhiều thách thức an ninh phi truyền thống.",
        "Cơ quan công vụ cần đáp ứng những đòi hỏi ngày càng cao của người dân.",
        "Hội thảo thu hút nhiều đề xuất từ giới học giả trong và ngoài nước.",
        "Sự đoàn kết và thống nhất của ASEAN là nền tảng cho hòa bình ở khu vực.",
        "Năm nay là dịp kỷ niệm 50 năm Ngày Giải phóng miền Nam, thống nhất đất nước.",
        "Hai bên đã ký Bản ghi nhớ, Thỏa thuận hợp tác và Kế hoạch hành động.",
        "Theo cam kết WTO, thuế nhập khẩu mặt hàng này giảm còn 5%.",
    ],
)
def test_a_cue_word_used_as_a_noun_or_for_a_fact_commits_no_one(sentence):
    assert extract_commitments([sentence], event_year=2024) == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "Thủ tướng mong muốn Nhật Bản tiếp tục hỗ trợ Việt Nam phát triển hạ tầng.",
        "Biến đổi khí hậu đòi hỏi sự chung tay của tất cả các nước trong khu vực.",
    ],
)
def test_asking_a_partner_or_everyone_to_act_is_a_call(sentence):
    assert commitment_kinds([sentence]) == ["call"]


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("Bộ trưởng Ahmad Zahid khẳng định sẽ hỗ trợ tối đa cho lao động Việt Nam.", "Ahmad Zahid"),
        ("Đại sứ cho biết, sẽ phối hợp tổ chức Tuần văn hóa Việt Nam tại Seoul.", "Đại sứ"),
    ],
)
def test_a_subjectless_will_after_a_verb_of_saying_is_the_speakers_pledge(sentence, actor):
    (found,) = extract_commitments([sentence], ["Ahmad Zahid"])
    assert (found.kind, found.actor.vi) == ("pledge", actor)


def test_officials_counted_are_a_party():
    sentence = "Các quan chức cao cấp nhất trí trình Bộ trưởng các nước dự thảo Kế hoạch."
    (found,) = extract_commitments([sentence])
    assert found.actor.vi.startswith("Các quan chức")


@pytest.mark.parametrize(
    "sentence",
    [
        "Tin tưởng vào triển vọng hợp tác, Bộ trưởng nhấn mạnh sự cần thiết phải mở rộng đầu tư.",
        "Đại sứ khẳng định sẽ nỗ lực hết sức để thúc đẩy quan hệ hai nước.",
    ],
)
def test_a_belief_before_a_verb_of_saying_and_a_will_to_strive_commit(sentence):
    assert len(extract_commitments([sentence])) == 1


@pytest.mark.parametrize(
    ("sentence", "commits"),
    [
        ("Hai bên nhất trí cho rằng hợp tác kinh tế còn nhiều tiềm năng.", False),
        ("Hội nghị nhất trí đánh giá cao kết quả triển khai Lộ trình.", False),
        ("Hai nước đã thống nhất nâng cấp quan hệ vào tháng 9/2023.", False),
        ("Hai nước đã thống nhất triển khai Kế hoạch giai đoạn 2021-2025.", True),
        ("Hai nước đã thống nhất tổ chức kỳ họp tới vào tháng 3/2025.", True),
    ],
)
def test_a_shared_view_or_an_agreement_dated_before_the_event_is_no_commitment(sentence, commits):
    assert bool(extract_commitments([sentence], event_year=2024)) is commits
