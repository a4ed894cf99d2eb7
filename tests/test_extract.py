"""Rule-based extraction on hand-made Vietnamese sentences, with exact expectations."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from briefgen.extract import extract_facts
from briefgen.extract.commitments import extract_commitments
from briefgen.extract.declarations import extract_declarations
from briefgen.extract.events import event_date, location
from briefgen.extract.participants import extract_participants
from briefgen.extract.person_mentions import find_people
from briefgen.ingest import read_document
from briefgen.records import EventDate
from extracted import commitment_kinds, declared, names_and_roles, read_page

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Sáng 05/8/2022, tại Hà Nội, Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà chủ trì Hội nghị.",
            [("Phạm Thị Thanh Trà", "Bộ trưởng Bộ Nội vụ")],
        ),
        (
            "Phó Thủ tướng Thường trực Chính phủ Phạm Bình Minh tiếp các đại biểu.",
            [("Phạm Bình Minh", "Phó Thủ tướng Thường trực Chính phủ")],
        ),
        (
            "Đại sứ Việt Nam tại Hàn Quốc Vũ Hồ cùng dự.",
            [("Vũ Hồ", "Đại sứ Việt Nam tại Hàn Quốc")],
        ),
        (
            "Ông Phạm Minh Hùng, Vụ trưởng Vụ Cải cách hành chính, cho biết như vậy.",
            [("Phạm Minh Hùng", "Vụ trưởng Vụ Cải cách hành chính")],
        ),
        (
            "Muhadjir Effendy, Bộ trưởng Điều phối Phát triển Con người và Văn hóa Indonesia, "
            "phát biểu.",
            [("Muhadjir Effendy", "Bộ trưởng Điều phối Phát triển Con người và Văn hóa Indonesia")],
        ),
        (
            "Thứ trưởng Bộ Nội vụ Việt Nam Cao Huy dẫn đầu đoàn.",
            [("Cao Huy", "Thứ trưởng Bộ Nội vụ Việt Nam")],
        ),
        ("Hội nghị diễn ra tại Hà Nội với sự tham dự của các Bộ trưởng.", []),
        ("Đại sứ quán Hàn Quốc tại Việt Nam do ngài Choi Young Sam dẫn đầu.", []),
    ],
)
def test_find_people(sentence, expected):
    assert find_people(sentence) == expected


def test_participants_merge_keeping_the_fullest_role():
    people = extract_participants(
        [
            "Bộ trưởng Phạm Thị Thanh Trà phát biểu.",
            "Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà chủ trì.",
            "Bộ trưởng Phạm Thị Thanh Trà cảm ơn.",
        ]
    )
    assert len(people) == 1
    (p,) = people
    assert (p.name.vi, p.role.vi, p.org.vi) == (
        "Phạm Thị Thanh Trà",
        "Bộ trưởng Bộ Nội vụ",
        "Bộ Nội vụ",
    )
    assert p.source_sentence == "Bộ trưởng Phạm Thị Thanh Trà phát biểu."


@pytest.mark.parametrize(
    ("sentence", "name", "status"),
    [
        (
            "Hội nghị đã thông qua Tuyên bố ASEAN về tăng cường sự thích ứng của nền công vụ.",
            "Tuyên bố ASEAN về tăng cường sự thích ứng của nền công vụ",
            "adopted",
        ),
        (
            "Hai bên đã ký Biên bản ghi nhớ hợp tác năm 2012.",
            "Biên bản ghi nhớ hợp tác năm 2012",
            "signed",
        ),
        (
            "Các nước báo cáo tình hình thực hiện Kế hoạch làm việc ACCSM giai đoạn 2021-2025.",
            "Kế hoạch làm việc ACCSM giai đoạn 2021-2025",
            "implementing",
        ),
        (
            "Nhật Bản đề xuất xây dựng Chiến lược ASEAN về chuyển đổi số.",
            "Chiến lược ASEAN về chuyển đổi số",
            "proposed",
        ),
        (
            "Theo Quyết định số 1313/QĐ-TTg ngày 26/8/2020 của Thủ tướng Chính phủ.",
            "Quyết định số 1313/QĐ-TTg",
            "referenced",
        ),
    ],
)
def test_declarations(sentence, name, status):
    (d,) = extract_declarations([sentence])
    assert (d.name.vi, d.status, d.source_sentence) == (name, status, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Hội nghị diễn ra trong khuôn khổ Hợp tác ASEAN về các vấn đề công vụ.",
        "Các nước xem xét việc thực hiện các Khuôn khổ, Kế hoạch hành động, Chiến lược.",
    ],
)
def test_not_declarations(sentence):
    assert extract_declarations([sentence]) == ()


def test_enumeration_items_are_commitments_of_the_introducing_actor():
    sentences = [
        "Các nước cùng nhau cam kết:",
        "Một là, thực hiện thành công Kế hoạch làm việc.",
        "Hai là, tăng cường hợp tác khu vực.",
        "Hội nghị kết thúc tốt đẹp.",
    ]
    found = extract_commitments(sentences)
    assert [(c.actor.vi, c.kind, c.text.vi) for c in found] == [
        ("Các nước", "pledge", sentences[1]),
        ("Các nước", "pledge", sentences[2]),
    ]


def test_proposal_continuations_and_kinds():
    sentences = [
        "Thứ trưởng Nguyễn Trọng Thừa đề nghị các nước tiếp tục hoàn thiện thể chế.",
        "Đẩy mạnh cải cách hành chính.",
        "Việt Nam sẵn sàng chia sẻ kinh nghiệm.",
        "Hai bên nhất trí mở rộng hợp tác.",
        "Bộ trưởng kêu gọi các nước chung tay.",
        "Hội nghị diễn ra trong hai ngày.",
        "Việt Nam cam kết tiếp tục đóng góp tích cực vào phát tr",
    ]
    found = extract_commitments(sentences, ["Nguyễn Trọng Thừa"])
    assert [(c.actor.vi, c.kind) for c in found] == [
        ("Nguyễn Trọng Thừa", "proposal"),
        ("Nguyễn Trọng Thừa", "proposal"),
        ("Việt Nam", "readiness"),
        ("Hai bên", "agreement"),
        ("Bộ trưởng", "call"),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected_date", "expected_place"),
    [
        ("Chiều nay 05/8/2022, tại Hà Nội, Bộ trưởng chủ trì.", date(2022, 8, 5), "Hà Nội"),
        (
            "Ngày 26/11, Bộ Nội vụ tổ chức Hội nghị tại thành phố Busan, Hàn Quốc.",
            date(2019, 11, 26),
            "thành phố Busan, Hàn Quốc",
        ),
        ("Hội nghị bàn về cải cách công vụ.", None, None),
    ],
)
def test_date_and_place(sentence, expected_date, expected_place):
    found = event_date([sentence], year=2019)
    assert (found.calendar_date if found else None) == expected_date
    assert location([sentence]) == expected_place


def test_article_facts_keep_source_sentences_verbatim(glossary):
    document = read_document(DATA / "brief_article.txt")
    facts = extract_facts(document, glossary)
    sentences = {s for b in document.body for s in b.sentences}
    assert facts.event_date == EventDate(5, 8, 2022)
    assert facts.location.vi == "Hà Nội"
    assert [p.name.vi for p in facts.participants] == ["Phạm Thị Thanh Trà", "Vũ Chiến Thắng"]
    assert {d.name.vi: d.status for d in facts.declarations} == {
        "Kế hoạch làm việc ACCSM giai đoạn 2021-2025": "implementing",
        "Tuyên bố ASEAN về tăng cường sự thích ứng của nền công vụ": "adopted",
    }
    assert [c.kind for c in facts.commitments] == ["readiness", "pledge", "pledge"]
    assert all(c.source_sentence in sentences for c in facts.commitments)
    assert all(d.source_sentence in sentences for d in facts.declarations)
    assert "Ban Thư ký ASEAN" in {t.vi for t in facts.terms}
    assert "Bộ Nội vụ" in {o.vi for o in facts.organisations}
    assert all(b.en == "" for b in facts.body)


def test_today_means_the_publication_date():
    sentences = ["Sáng nay, tại Hà Nội, Bộ Nội vụ tổ chức Hội nghị."]
    assert event_date(sentences, published=date(2022, 8, 3)) == EventDate(3, 8, 2022)
    assert event_date(sentences) is None


def test_a_person_named_only_in_a_photo_caption_took_part(tmp_path, glossary):
    """Captions say who was there; the briefing cites such a person to the caption."""
    from briefgen.render.briefing import article_context

    document = read_page(
        tmp_path / "page.txt",
        "Việt Nam và Lào tăng cường hợp tác về công vụ\n\n"
        "Ngày 5/8/2022, tại Hà Nội, Bộ Nội vụ tổ chức Hội nghị hợp tác công vụ với các nước.\n\n"
        "Bộ trưởng Bộ Nội vụ Lào Khamphan Phommathat phát biểu tại Hội nghị\n\n"
        "Các đại biểu đã thảo luận về cải cách hành chính và chuyển đổi số trong nền công vụ.\n",
    )
    assert document.caption_texts  # the reader kept the caption apart from the body
    facts = extract_facts(document, glossary)
    (person,) = facts.participants
    assert person.name.vi == "Khamphan Phommathat"
    (row,) = article_context(facts, 1)["participants"]
    assert row["ref"] == "1, photo caption"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Bộ trưởng Bộ Thông tin, Văn hóa và Du lịch Lào Khamphet Sisavath phát biểu.",
            [("Khamphet Sisavath", "Bộ trưởng Bộ Thông tin, Văn hóa và Du lịch Lào")],
        ),
        ("Tổng thống Pháp E.Macron đã hội đàm với Thủ tướng.", [("E.Macron", "Tổng thống Pháp")]),
        (
            "Bộ trưởng Văn hóa Brunei Dato Dr. Hj Awang Haji Mohd Yusof dự hội nghị.",
            [("Dato Dr. Hj Awang Haji Mohd Yusof", "Bộ trưởng Văn hóa Brunei")],
        ),
        (
            "Theo Đại sứ Nhật Bản tại Việt Nam, ông Tanaka Hiroshi, hai nước sẽ hợp tác.",
            [("Tanaka Hiroshi", "Đại sứ Nhật Bản tại Việt Nam")],
        ),
        (
            "Bộ trưởng Bộ Ngoại giao, Chủ tịch Ủy ban Quốc gia ASEAN Bùi Thanh Sơn chủ trì.",
            [("Bùi Thanh Sơn", "Bộ trưởng Bộ Ngoại giao, Chủ tịch Ủy ban Quốc gia ASEAN")],
        ),
        (
            "Ông Lê Văn Hùng, Thứ trưởng Bộ Nội vụ làm Trưởng đoàn, phát biểu.",
            [("Lê Văn Hùng", "Thứ trưởng Bộ Nội vụ")],
        ),
        (
            "Đại sứ Trung Quốc tại Việt Nam Hùng Ba đã đến chào xã giao.",
            [("Hùng Ba", "Đại sứ Trung Quốc tại Việt Nam")],
        ),
        (
            "Thứ trưởng Bộ Lao động Philippines, ông Benedicto Ernesto R. Bitonio, Jr. khẳng định.",
            [("Benedicto Ernesto R. Bitonio, Jr.", "Thứ trưởng Bộ Lao động Philippines")],
        ),
        (
            "Tổng Bí thư, Chủ tịch nước Tập Cận Bình và Tổng Bí thư Nguyễn Phú Trọng hội đàm.",
            [("Tập Cận Bình", "Tổng Bí thư, Chủ tịch nước"), ("Nguyễn Phú Trọng", "Tổng Bí thư")],
        ),
        (
            "Phó Trưởng Ban Đối ngoại Lê Hoài Trung dự.",
            [("Lê Hoài Trung", "Phó Trưởng Ban Đối ngoại")],
        ),
    ],
)
def test_find_foreign_names_and_long_roles(sentence, expected):
    assert find_people(sentence) == expected


def test_one_person_under_two_forms_and_people_only_recalled():
    people = names_and_roles(
        [
            "Thủ tướng hội kiến Tổng thống U Win Myint.",
            "Lễ đón do Tổng thống Win Myint chủ trì.",
            "Nhắc tới lần hội ngộ Chủ tịch nước Võ Văn Thưởng tại Anh, hai bên nhất trí.",
        ]
    )
    assert people == [("U Win Myint", "Tổng thống")]


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (
            # still being negotiated, like "đàm phán"
            ["Các bên cam kết sớm hoàn tất Bộ Quy tắc ứng xử ở Biển Đông."],
            [("Bộ Quy tắc ứng xử ở Biển Đông", "proposed")],
        ),
        (
            ["Hội nghị thông qua Đồng thuận ASEAN về bảo vệ người lao động di cư."],
            [("Đồng thuận ASEAN về bảo vệ người lao động di cư", "adopted")],
        ),
        (
            ["Tuyên bố chung Việt Nam - Lào nêu rõ hai bên sẽ tăng cường hợp tác."],
            [("Tuyên bố chung Việt Nam - Lào", "referenced")],
        ),
        (
            [
                "Hội nghị ra Tuyên bố chung Hội nghị Bộ trưởng ASEAN lần thứ 3.",
                "Tuyên bố chung của Hội nghị nhấn mạnh vai trò của phụ nữ.",
            ],
            [("Tuyên bố chung Hội nghị Bộ trưởng ASEAN lần thứ 3", "adopted")],
        ),
        (
            [
                "Hội nghị nhằm thực hiện Quyết định số 02/BCĐ ASEAN ngày 5/1/2019 của Ban Chỉ đạo"
                " về việc phê duyệt Đề án Triển khai “Tuyên bố ASEAN về nền công vụ”."
            ],
            [
                ("Quyết định số 02/BCĐ ASEAN", "implementing"),
                ("Đề án Triển khai “Tuyên bố ASEAN về nền công vụ”", "implementing"),
            ],
        ),
        (
            [
                "Các Bộ trưởng nhắc lại Tuyên bố Hà Nội về Phúc lợi và Phát triển của Phụ nữ và"
                " Trẻ em ASEAN, Kế hoạch tổng thể Cộng đồng Văn hóa - Xã hội ASEAN 2025."
            ],
            [
                (
                    "Tuyên bố Hà Nội về Phúc lợi và Phát triển của Phụ nữ và Trẻ em ASEAN",
                    "referenced",
                ),
                ("Kế hoạch tổng thể Cộng đồng Văn hóa - Xã hội ASEAN 2025", "referenced"),
            ],
        ),
    ],
)
def test_declaration_names_and_statuses(sentences, expected):
    assert declared(sentences) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # What is yet to be signed or adopted is proposed ("sẽ ký", "sớm ký kết").
        (
            "Hai bên sẽ ký Hiệp định khung về hợp tác quốc phòng Việt Nam - Lào vào năm tới.",
            ("Hiệp định khung về hợp tác quốc phòng Việt Nam - Lào", "proposed"),
        ),
        (
            "Hai bên nhất trí sớm ký kết Hiệp định Thương mại tự do Việt Nam - Israel.",
            ("Hiệp định Thương mại tự do Việt Nam - Israel", "proposed"),
        ),
        ("Hai bên đã ký Hiệp định Thương mại tự do.", ("Hiệp định Thương mại tự do", "signed")),
        ("Các nước đã phê chuẩn Hiệp định RCEP.", ("Hiệp định RCEP", "adopted")),
        # The Secretariat ("Ban Thư ký") signs nothing.
        (
            "Ban Thư ký ASEAN báo cáo về Tuyên bố ASEAN về An sinh xã hội.",
            ("Tuyên bố ASEAN về An sinh xã hội", "referenced"),
        ),
    ],
)
def test_status_by_aspect(sentence, expected):
    (d,) = extract_declarations([sentence])
    assert (d.name.vi, d.status) == expected


def test_status_from_this_documents_verbs_not_those_in_a_name_before_it():
    sentence = (
        "Các Bộ trưởng cam kết thực hiện các biện pháp đã đề ra trong Kế hoạch xây dựng"
        " Cộng đồng Kinh tế ASEAN (AEC), Kế hoạch tổng thể về Kết nối ASEAN (MPAC)."
    )
    assert [d.status for d in extract_declarations([sentence])] == ["implementing"] * 2


def test_a_document_named_only_in_the_headline():
    (d,) = extract_declarations(
        ["Các đại biểu dự lễ bế mạc."], headline="Hội nghị ra Tuyên bố chung về phụ nữ ASEAN"
    )
    assert (d.name.vi, d.status) == ("Tuyên bố chung về phụ nữ ASEAN", "adopted")


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Chúng ta cần phải đoàn kết hơn nữa để chung tay chống dịch.", "call"),
        ("Tình hình mới đòi hỏi ASEAN phải điều chỉnh cách tiếp cận.", "call"),
        ("Ông Benedicto nhấn mạnh rằng ASEAN cần tăng cường hợp tác.", "call"),
        ("Bộ trưởng nhấn mạnh sự cần thiết tăng cường hợp tác.", "call"),
        ("Tổng thống ủng hộ việc đẩy mạnh hợp tác trên mọi kênh.", "pledge"),
        ("Bộ trưởng hoan nghênh đề xuất của Nhật Bản về hợp tác.", None),
        ("Phó Thủ tướng hoan nghênh kết quả hội nghị và đề nghị các nước hợp tác.", "proposal"),
        ("Thủ tướng cảm ơn Lào đã sẵn sàng hỗ trợ.", None),
        ("Bộ trưởng bày tỏ tin tưởng hai bên sẽ tiếp tục hợp tác.", None),
        ("Hai bên đã thảo luận thương mại và các cam kết chung của hai bên.", None),
        ("Các nước xem xét các đề xuất dự án mới.", None),
        ("Các đại biểu đã nhất trí thông qua Tuyên bố chung.", None),
        ("Các nước thực hiện các hoạt động có hiệu quả, thống nhất.", None),
        ("Công chức ASEAN phải đáp ứng ba năng lực.", None),
        ("Thứ nhất, hai năm qua, khu vực chúng ta đã phải vật lộn với đại dịch.", None),
        ("Năm 2022, Việt Nam đã đề xuất nhiều sáng kiến quan trọng.", None),
        ("Thời gian qua, hai bên đã thống nhất nhiều nội dung hợp tác.", None),
        ("Năm 2022, hai bên đã tổ chức diễn đàn và nhất trí sẽ tiếp tục hợp tác.", "agreement"),
        ("Bộ trưởng mong muốn hai bên tiếp tục tăng cường hợp tác.", "call"),
        # a cue in a clause of its own after an expectation or a thanks commits
        ("Bộ trưởng tin tưởng và mong muốn các nước tăng cường hợp tác.", "call"),
        # (the call's cue opens with the comma: ", chúng ta cần …")
        (
            "Bộ trưởng bày tỏ tin tưởng dịch sẽ qua song đến nay, chúng ta cần phải thích ứng.",
            "call",
        ),
        ("Phó Thủ tướng cảm ơn Nhật Bản đồng thời đề nghị hai bên tăng cường hợp tác.", "proposal"),
        ("Thời gian qua, hai bên luôn ủng hộ nhau và sẽ tiếp tục hợp tác.", "pledge"),
        # quoted speech commits, a short quoted title does not
        (
            "“Chúng tôi đề nghị Nhật Bản tiếp tục hỗ trợ Việt Nam trong lĩnh vực y tế”, Phó Thủ"
            " tướng nói.",
            "proposal",
        ),
        ("Hội nghị có chủ đề “Sẵn sàng cho tương lai”.", None),
    ],
)
def test_what_commits_and_what_does_not(sentence, kind):
    assert commitment_kinds([sentence]) == ([kind] if kind else [])


def test_through_a_memorandum_adopts_nothing_and_the_memorandum_is_listed_once():
    found = declared(
        [
            "Hai bên đã ký Biên bản ghi nhớ hợp tác năm 2024.",
            "Thông qua bản ghi nhớ, hai bên sẽ mở rộng hợp tác trong thời gian tới.",
            "Hai bộ trưởng đã thông qua Bản ghi nhớ.",
        ]
    )
    assert found == [("Biên bản ghi nhớ hợp tác năm 2024", "signed")]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # past a colon with a subtitle after the year
        (
            "Hội nghị thông qua Tuyên bố Hà Nội về ASEAN 2030: Cùng nhau vươn lên, khẳng định"
            " vai trò trung tâm.",
            "Tuyên bố Hà Nội về ASEAN 2030: Cùng nhau vươn lên",
        ),
        # not on into the rest of the sentence after the acronym or the year
        (
            "Hai bên thúc đẩy đàm phán Bộ Quy tắc ứng xử ở Biển Đông (COC) thực chất, hiệu quả.",
            "Bộ Quy tắc ứng xử ở Biển Đông (COC)",
        ),
        (
            "Bộ trưởng khẳng định: Biên bản ghi nhớ hợp tác năm 2012 tăng cường sự hiểu biết.",
            "Biên bản ghi nhớ hợp tác năm 2012",
        ),
        (
            "Các nước nhắc lại Tuyên bố Văn hóa phòng ngừa (COP) vì một xã hội hòa bình.",
            "Tuyên bố Văn hóa phòng ngừa (COP) vì một xã hội hòa bình",
        ),
        # nor over the other party to it
        (
            "Hàn Quốc đã ký biên bản ghi nhớ về hợp tác hành chính công với Bộ Nội vụ Việt Nam.",
            "biên bản ghi nhớ về hợp tác hành chính công",
        ),
    ],
)
def test_where_a_documents_name_ends(sentence, name):
    (d,) = extract_declarations([sentence])
    assert d.name.vi == name


@pytest.mark.parametrize(
    ("sentences", "headline", "expected"),
    [
        # a document word in lower case still starts a name that goes on with capitals
        (
            ["Các nước thúc đẩy sớm hoàn tất bộ quy tắc ứng xử ở Biển Đông (COC)."],
            None,
            [("bộ quy tắc ứng xử ở Biển Đông (COC)", "proposed")],
        ),
        (
            ["Các nước đang triển khai kế hoạch tổng thể Cộng đồng Chính trị - An ninh ASEAN."],
            None,
            [("kế hoạch tổng thể Cộng đồng Chính trị - An ninh ASEAN", "implementing")],
        ),
        # a ministry's own plan in lower case is no document the meeting reports
        (["Bộ Ngoại giao xây dựng kế hoạch hành động của Bộ Ngoại giao."], None, []),
        # not on into how it will be done
        (
            ["Các nước nhất trí đàm phán Bộ Quy tắc ứng xử ở Biển Đông hiệu quả, thực chất."],
            None,
            [("Bộ Quy tắc ứng xử ở Biển Đông", "proposed")],
        ),
        # "trong lĩnh vực" belongs to the name, and so do the parties, which make a name of
        # a memorandum written in lower case
        (
            [
                "Hai bên đã ký Bản ghi nhớ về hợp tác trong lĩnh vực lao động giữa Bộ Lao động"
                " Việt Nam và Bộ Nhân lực Singapore."
            ],
            None,
            [
                (
                    "Bản ghi nhớ về hợp tác trong lĩnh vực lao động giữa Bộ Lao động Việt Nam và"
                    " Bộ Nhân lực Singapore",
                    "signed",
                )
            ],
        ),
        # so does a bracketed acronym
        (
            ["Hai bên đã ký Bản ghi nhớ (MOU) về hợp tác lao động."],
            None,
            [("Bản ghi nhớ (MOU) về hợp tác lao động", "signed")],
        ),
        # the consensus, not the verb "đồng thuận" (agree)
        (
            ["Các nước cam kết thực hiện đồng thuận ASEAN về bảo vệ người lao động di cư."],
            None,
            [("đồng thuận ASEAN về bảo vệ người lao động di cư", "implementing")],
        ),
        (["Các nước đồng thuận cao về các nội dung của Hội nghị."], None, []),
        # a subtitle after a colon, without a year
        (
            [
                "Hội nghị thông qua Chiến lược ASEAN về chuyển đổi số: Hướng tới một cộng đồng"
                " số bao trùm, được các Bộ trưởng đánh giá cao."
            ],
            None,
            [("Chiến lược ASEAN về chuyển đổi số: Hướng tới một cộng đồng số bao trùm", "adopted")],
        ),
        # but not what a speaker says of the document
        (
            ["Bộ trưởng nhắc lại Kế hoạch ASEAN: Các nước sẽ tăng cường hợp tác."],
            None,
            [("Kế hoạch ASEAN", "referenced")],
        ),
        # a meeting's agenda is no document
        (["Chương trình nghị sự của Hội nghị gồm nhiều nội dung quan trọng."], None, []),
        # documents named only in the headline, whatever their complement
        (
            ["Các đại biểu dự lễ bế mạc."],
            "Việt Nam và Lào ký Bản ghi nhớ hợp tác về lao động",
            [("Bản ghi nhớ hợp tác về lao động", "signed")],
        ),
        (
            ["Các đại biểu dự lễ bế mạc."],
            "ASEAN thông qua Hướng dẫn khu vực về bảo trợ xã hội",
            [("Hướng dẫn khu vực về bảo trợ xã hội", "adopted")],
        ),
        # a weak document word names a document when quoted, and elsewhere hides no other
        (
            ["Hội nghị thông qua Văn kiện “Tầm nhìn ASEAN 2045”."],
            None,
            [("Văn kiện “Tầm nhìn ASEAN 2045”", "adopted")],
        ),
        (
            ["Các nước thảo luận Hướng dẫn thực hiện Hiệp định Thương mại tự do ASEAN."],
            None,
            [("Hiệp định Thương mại tự do ASEAN", "implementing")],
        ),
        (["Bộ trưởng đánh giá cao Sáng kiến của Việt Nam về nền công vụ."], None, []),
    ],
)
def test_the_grammar_of_document_names(sentences, headline, expected):
    assert declared(sentences, headline=headline) == expected


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        # the meeting issues its joint statement, named or not
        (
            ["Kết thúc Hội nghị, các Bộ trưởng đã ra Tuyên bố chung."],
            [("Tuyên bố chung", "adopted")],
        ),
        # named in passing first, then what the meeting did with it
        (
            [
                "Tuyên bố chung Việt Nam - Lào nêu rõ hai bên sẽ tăng cường hợp tác.",
                "Hai nhà lãnh đạo đã ra Tuyên bố chung.",
            ],
            [("Tuyên bố chung Việt Nam - Lào", "adopted")],
        ),
        # a passive after a later mention may tell of an earlier year
        (
            [
                "Các Bộ trưởng nhắc lại Tuyên bố ASEAN về an sinh xã hội.",
                "Tuyên bố ASEAN về an sinh xã hội đã được thông qua năm 2013.",
            ],
            [("Tuyên bố ASEAN về an sinh xã hội", "referenced")],
        ),
        # but topics listed after a word of discussion stay referenced
        (
            [
                "Các nước đã thực hiện nhiều hoạt động; đồng thời, cho ý kiến về các vấn đề"
                " bao gồm: Khuôn khổ Toàn diện ASEAN về Kinh tế Chăm sóc."
            ],
            [("Khuôn khổ Toàn diện ASEAN về Kinh tế Chăm sóc", "referenced")],
        ),
        # "(đưa) ra một/bản …" issues it
        (
            ["Hai bên đã ra một Tuyên bố chung về quan hệ Đối tác chiến lược."],
            [("Tuyên bố chung về quan hệ Đối tác chiến lược", "adopted")],
        ),
    ],
)
def test_status_of_what_the_meeting_itself_did(sentences, expected):
    assert declared(sentences) == expected


@pytest.mark.parametrize(
    "sentences",
    [
        [
            "Hai bên ra Tuyên bố chung về quan hệ Đối tác chiến lược.",
            "Tuyên bố về quan hệ Đối tác chiến lược khẳng định nhiều nội dung.",
        ],
        [
            "Các Bộ trưởng ra Thông cáo chung của Hội nghị AMM lần thứ 58.",
            "Tuyên bố chung của Hội nghị AMM lần thứ 58 nêu rõ nhiều nội dung.",
        ],
    ],
)
def test_one_joint_statement_however_it_is_written(sentences):
    assert len(extract_declarations(sentences)) == 1


def test_a_bare_joint_statement_hides_no_other_statement():
    found = extract_declarations(
        ["Hội nghị ra Tuyên bố chung.", "Các nước triển khai Tuyên bố ASEAN về an sinh xã hội."]
    )
    assert [d.name.vi for d in found] == ["Tuyên bố chung", "Tuyên bố ASEAN về an sinh xã hội"]


def test_a_headline_retelling_a_document_of_the_body_adds_none():
    found = declared(
        ["Hai bên đã ký Bản ghi nhớ về hợp tác trong lĩnh vực lao động ASEAN."],
        headline="Việt Nam và Lào ký Bản ghi nhớ hợp tác lao động",
    )
    assert found == [("Bản ghi nhớ về hợp tác trong lĩnh vực lao động ASEAN", "signed")]


def test_a_proposal_introduced_by_a_colon_goes_on_in_sentences_opening_with_a_verb():
    sentences = [
        "Phó Thủ tướng đề nghị:",
        "Tăng cường kết nối kinh tế.",
        "Đẩy mạnh hợp tác văn hóa.",
    ]
    assert commitment_kinds(sentences) == ["proposal", "proposal"]


def test_a_person_named_only_in_the_headline_took_part(tmp_path, glossary):
    """A headline names who the body calls by title only; the briefing cites the headline."""
    from briefgen.render.briefing import article_context

    document = read_page(
        tmp_path / "page.txt",
        "Thủ tướng tiếp Đại sứ Nhật Bản Yamada Takio\n\n"
        "Chiều 5/8/2022, tại Hà Nội, Thủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản.\n\n"
        "Thủ tướng Phạm Minh Chính đề nghị hai nước tăng cường hợp tác trong nhiều lĩnh vực.\n",
    )
    assert document.title == "Thủ tướng tiếp Đại sứ Nhật Bản Yamada Takio"
    facts = extract_facts(document, glossary)
    assert [p.name.vi for p in facts.participants] == ["Phạm Minh Chính", "Yamada Takio"]
    refs = [row["ref"] for row in article_context(facts, 1)["participants"]]
    assert refs == ["1.1", "1, headline"]


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        # a glossary document named by its acronym alone
        (
            ["Các nước nhấn mạnh việc triển khai hiệu quả RCEP và nâng cấp ATIGA."],
            [("RCEP", "implementing"), ("ATIGA", "implementing")],
        ),
        (
            ["Hai bên nhất trí giải quyết tranh chấp trên cơ sở luật pháp quốc tế và UNCLOS 1982."],
            [("UNCLOS 1982", "referenced")],
        ),
        (
            ["Các nước thúc đẩy đàm phán để sớm đạt được COC hiệu quả, thực chất."],
            [("COC", "proposed")],
        ),
        # in full, then by its acronym: one document, the deed its status
        (
            [
                "Các nước đề cao Hiệp ước Thân thiện và Hợp tác ở Đông Nam Á (TAC).",
                "Năm nay, Hội nghị hoan nghênh Brazil ký TAC.",
            ],
            [("Hiệp ước Thân thiện và Hợp tác ở Đông Nam Á (TAC)", "signed")],
        ),
        (
            ["Việt Nam đã phê chuẩn Hiệp định RCEP.", "RCEP mở ra nhiều cơ hội."],
            [("Hiệp định RCEP", "adopted")],
        ),
        # a vision named with its acronym is the document; without it, a goal
        (
            ["Các nước thúc đẩy Tầm nhìn ASEAN về Ấn Độ Dương - Thái Bình Dương (AOIP)."],
            [("Tầm nhìn ASEAN về Ấn Độ Dương - Thái Bình Dương (AOIP)", "referenced")],
        ),
        (["Hai bên hướng tới hiện thực hóa Tầm nhìn Cộng đồng ASEAN 2045."], []),
        (["Các nước đang xây dựng Tầm nhìn Cộng đồng ASEAN sau năm 2025."], []),
        # unless the meeting adopts it
        (
            ["Các nhà lãnh đạo đã thông qua Tầm nhìn Cộng đồng ASEAN 2045."],
            [("Tầm nhìn Cộng đồng ASEAN 2045", "adopted")],
        ),
        # the glossary's name with its document word in lower case
        (
            ["Các nước tích cực thực hiện thỏa thuận Paris về biến đổi khí hậu."],
            [("thỏa thuận Paris về biến đổi khí hậu", "implementing")],
        ),
        (["Các nước hướng tới hiện thực hóa tầm nhìn Cộng đồng ASEAN 2045."], []),
        # the acronym ending a meeting's or body's name names no document
        (["Bộ trưởng dự Hội nghị Bộ trưởng Kinh tế RCEP tại Bali."], []),
        # "các Tuyên bố ASEAN …" are kinds of document
        (["Các nước thực hiện các Tuyên bố ASEAN trong lĩnh vực công vụ."], []),
    ],
)
def test_documents_the_glossary_knows_by_name_or_acronym(sentences, expected, glossary):
    assert declared(sentences, glossary) == expected


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (
            ["Kết thúc chuyến thăm, hai bên ra Thông cáo báo chí chung."],
            [("Thông cáo báo chí chung", "adopted")],
        ),
        # what the meeting issues is its joint statement, whatever its complement
        (
            ["Hai bên thông qua Thông cáo báo chí chung về kết quả chuyến thăm."],
            [("Thông cáo báo chí chung về kết quả chuyến thăm", "adopted")],
        ),
        # and it is one statement, however it is called
        (
            ["Hai nước đã ra Tuyên bố chung.", "Hai bên đã ra Thông cáo báo chí chung."],
            [("Tuyên bố chung", "adopted")],
        ),
    ],
)
def test_a_joint_press_statement_is_the_meetings_joint_statement(sentences, expected):
    assert declared(sentences) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # launched: carried out from now
        (
            "Liên minh châu Âu khởi động chương trình “Viện trợ đa niên” (MIP) cho Việt Nam.",
            [("Viện trợ đa niên", "implementing")],
        ),
        (
            "Việc khởi động chương trình mới là kết quả của “Tuyên bố về Đối tác” năm ngoái.",
            [("Tuyên bố về Đối tác", "referenced")],
        ),
        (
            "Hai bên ký kết văn kiện dự án “Hỗ trợ cải cách hành chính giai đoạn 2”.",
            [("Hỗ trợ cải cách hành chính giai đoạn 2", "signed")],
        ),
        (
            "Bộ đã phê duyệt Dự án “Tăng cường năng lực thích ứng với biến đổi khí hậu”.",
            # (a capitalised kind is part of the name, as the annotators write it)
            [("Dự án “Tăng cường năng lực thích ứng với biến đổi khí hậu”", "adopted")],
        ),
        # a quote after no kind of document names none
        ("Hội nghị có chủ đề “Sẵn sàng cho tương lai”.", []),
    ],
)
def test_a_kind_of_document_in_lower_case_names_the_quoted_name_after_it(sentence, expected):
    assert declared([sentence]) == expected


def test_a_joint_statement_of_an_earlier_visit_is_not_this_meetings():
    found = declared(
        [
            "Hai bên thực hiện Tuyên bố chung Việt Nam - Hàn Quốc về Đối tác chiến lược.",
            "Các Bộ trưởng ra Thông cáo chung của Hội nghị AMM lần thứ 58.",
        ]
    )
    assert found == [
        ("Tuyên bố chung Việt Nam - Hàn Quốc về Đối tác chiến lược", "implementing"),
        ("Thông cáo chung của Hội nghị AMM lần thứ 58", "adopted"),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Thực hiện Chỉ thị số 25-CT/TW của Ban Bí thư về đối ngoại đa phương, Bộ đã đề xuất.",
            [("Chỉ thị số 25-CT/TW", "implementing")],
        ),
        (
            "Thực hiện Kết luận số 12-KL/TW của Bộ Chính trị, Bộ đã xây dựng kế hoạch.",
            [("Kết luận số 12-KL/TW", "implementing")],
        ),
        ("Kết luận 3 vấn đề, Bộ trưởng yêu cầu các đơn vị khẩn trương triển khai.", []),
    ],
)
def test_a_directive_or_conclusion_is_named_by_its_number(sentence, expected):
    assert declared([sentence]) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # issued, in whichever case
        ("Kết thúc hội đàm, hai bên đã thông qua tuyên bố chung.", [("tuyên bố chung", "adopted")]),
        # capitalised, that statement even in passing
        (
            "Tuyên bố chung nêu rõ hai bên nhất trí tăng cường hợp tác.",
            [("Tuyên bố chung", "referenced")],
        ),
        # a kind of statement, not one
        ("Hai bên nhất trí sẽ ra tuyên bố chung.", []),
    ],
)
def test_the_meetings_joint_statement_named_by_its_kind_alone(sentence, expected):
    assert declared([sentence]) == expected


def test_a_subtitle_after_a_year_stops_where_the_sentence_goes_on():
    found = extract_declarations(
        [
            "Các nhà lãnh đạo thông qua Tuyên bố Kuala Lumpur về ASEAN 2045: Tương lai chung của"
            " chúng ta cùng các văn kiện liên quan."
        ]
    )
    assert [d.name.vi for d in found] == [
        "Tuyên bố Kuala Lumpur về ASEAN 2045: Tương lai chung của chúng ta"
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Bộ Tài chính triển khai chương trình hỗ trợ ngân sách ngành năng lượng (EU-SPSP-2).",
            [("EU-SPSP-2", "implementing")],
        ),
        # a meeting's code names no document
        ("Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 57 (AMM-57) diễn ra tại Viêng Chăn.", []),
    ],
)
def test_a_programme_is_named_by_its_code(sentence, expected):
    assert declared([sentence]) == expected


def test_a_framework_the_glossary_knows_is_named_also_after_within(glossary):
    found = extract_declarations(
        ["Việt Nam tích cực đóng góp theo Khuôn khổ Phục hồi Toàn diện ASEAN."], glossary
    )
    assert [d.name.vi for d in found] == ["Khuôn khổ Phục hồi Toàn diện ASEAN"]
    within = ["Hội nghị diễn ra trong khuôn khổ Năm ASEAN 2025."]
    assert extract_declarations(within, glossary) == ()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Hội nghị thông qua kế hoạch công tác ALMM giai đoạn 2021-2025.",
            [("kế hoạch công tác ALMM giai đoạn 2021-2025", "adopted")],
        ),
        (
            "Việt Nam đang triển khai chiến lược quốc gia về phòng chống thiên tai đến năm 2030.",
            [("chiến lược quốc gia về phòng chống thiên tai đến năm 2030", "implementing")],
        ),
        # undated, a kind of plan
        ("Các Bộ cần xây dựng kế hoạch hành động cụ thể để triển khai.", []),
        ("Các bên rà soát các kế hoạch công tác giai đoạn 2021-2025.", []),
    ],
)
def test_a_plan_in_lower_case_is_a_document_when_its_name_gives_its_period(sentence, expected):
    assert declared([sentence]) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # what a meeting adopts or signs under a quoted name, whatever word it starts with
        (
            "Hội nghị đã thông qua “Cam kết Hà Nội về phát triển nguồn nhân lực”.",
            [("Cam kết Hà Nội về phát triển nguồn nhân lực", "adopted")],
        ),
        # "thông qua" as "through"
        ("Hai bên thống nhất thông qua các kênh “Đối thoại 2+2”.", []),
        ("Thông qua chương trình “Tết vì người nghèo”, hội đã trao quà.", []),
    ],
)
def test_a_quoted_name_the_meeting_adopts_is_a_document(sentence, expected):
    assert declared([sentence]) == expected
