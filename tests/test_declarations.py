"""Declarations on sentences written for these tests in the style of Vietnamese news
(Báo Quốc tế, VOV, Nhân Dân), one class of issue 13's failures each: words that contain a
status verb's syllable, coordinated names, where a name ends, what the meeting itself did.
"""

from __future__ import annotations

import signal

import pytest

from extracted import declared


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "đăng ký" is register, "chữ ký" a signature: no signing
        (
            "Doanh nghiệp cần đăng ký cấp Giấy chứng nhận xuất xứ theo Hiệp định Thương mại"
            " tự do ASEAN - Hàn Quốc.",
            [("Hiệp định Thương mại tự do ASEAN - Hàn Quốc", "referenced")],
        ),
        (
            "Hồ sơ phải có chữ ký của người đại diện theo quy định của Hiệp định VJEPA.",
            [("Hiệp định VJEPA", "referenced")],
        ),
        (
            "Các doanh nghiệp đăng ký tham gia Chương trình Thương hiệu quốc gia Việt Nam.",
            [("Chương trình Thương hiệu quốc gia Việt Nam", "referenced")],
        ),
        # a quoted name after "đăng ký" is no document signed
        ("Doanh nghiệp đăng ký “Giải thưởng Chất lượng Quốc gia năm 2026”.", []),
        # "ký", "kí kết", "lễ ký" are signing, also with "đăng ký" in the name signed
        (
            "Hai Bộ trưởng ký Thỏa thuận về công nhận lẫn nhau Giấy chứng nhận đăng ký tàu biển.",
            [("Thỏa thuận về công nhận lẫn nhau Giấy chứng nhận đăng ký tàu biển", "signed")],
        ),
        (
            "Hai Thủ tướng chứng kiến lễ ký Bản ghi nhớ về hợp tác Quốc phòng.",
            [("Bản ghi nhớ về hợp tác Quốc phòng", "signed")],
        ),
        (
            "Hai bên đã kí kết Hiệp định về Hợp tác văn hóa và Giáo dục.",
            [("Hiệp định về Hợp tác văn hóa và Giáo dục", "signed")],
        ),
    ],
)
def test_a_word_that_contains_the_syllable_ky_signs_nothing(sentence, expected, glossary):
    assert declared([sentence], glossary) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "thông qua" before a noun that is no document is "through" (and an agreement made
        # use of is carried out: docs/annotating.md)
        (
            "Hai nước thúc đẩy trao đổi thương mại thông qua tận dụng hiệu quả Hiệp định RCEP.",
            "implementing",
        ),
        (
            "Hai bên mở rộng hợp tác thông qua các kênh đối thoại, trong đó có Hiệp định EVFTA.",
            "referenced",
        ),
        # a framework in lower case is the means
        (
            "Hai bên trao đổi về tăng cường hợp tác thông qua khuôn khổ Hợp tác Mekong - Lan"
            " Thương.",
            "referenced",
        ),
        ("Hội nghị đã thông qua Khuôn khổ Phục hồi Toàn diện ASEAN.", "adopted"),
        # before a document, or with no object, it adopts
        ("Hội nghị đã thảo luận và thông qua Tuyên bố chung về an ninh lương thực.", "adopted"),
        (
            "Các Bộ trưởng đã thông qua 3 văn kiện, gồm Kế hoạch hành động ASEAN về Lao động"
            " di cư.",
            "adopted",
        ),
        (
            "Kế hoạch công tác ALMM giai đoạn 2026-2030 đã được thông qua tại Hội nghị.",
            "adopted",
        ),
        ("Kế hoạch công tác ALMM giai đoạn 2026-2030 được thông qua tạm thời.", "adopted"),
        ("Kế hoạch công tác ALMM giai đoạn 2026-2030 do các Bộ trưởng thông qua.", "adopted"),
    ],
)
def test_thong_qua_adopts_only_a_document(sentence, expected, glossary):
    ((_, status),) = declared([sentence], glossary)
    assert status == expected


@pytest.mark.parametrize(
    "acronym",
    ["VKFTA", "VJEPA", "UKVFTA", "AKFTA", "AIFTA", "AHKFTA", "EVIPA", "CPTPP", "RCEP", "ATIGA"],
)
def test_the_trade_agreements_diplomacy_names_are_known_by_acronym(acronym, glossary):
    assert declared([f"Doanh nghiệp hai nước tận dụng tốt ưu đãi từ {acronym}."], glossary) == [
        (acronym, "implementing")
    ]


@pytest.mark.parametrize(
    ("full", "acronym"),
    [
        ("Hiệp định Thương mại tự do Việt Nam - Hàn Quốc", "VKFTA"),
        ("Hiệp định Đối tác kinh tế Việt Nam - Nhật Bản", "VJEPA"),
        ("Hiệp định Thương mại tự do Việt Nam – Vương quốc Anh", "UKVFTA"),
        ("Hiệp định Thương mại tự do ASEAN - Ấn Độ", "AIFTA"),
    ],
)
def test_a_trade_agreement_named_in_full_then_by_acronym_is_one(full, acronym, glossary):
    found = declared(
        [
            f"{full} có hiệu lực từ năm 2016.",
            f"Hai bên nhất trí tận dụng hiệu quả {acronym} để thúc đẩy thương mại.",
        ],
        glossary,
    )
    assert [name for name, _ in found] == [full]


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (
            ["Hai bên nhất trí phối hợp thực thi hiệu quả các Hiệp định CPTPP và RCEP."],
            [("Hiệp định CPTPP", "implementing"), ("Hiệp định RCEP", "implementing")],
        ),
        (
            ["Doanh nghiệp tận dụng tốt cơ hội từ Hiệp định EVFTA, EVIPA và UKVFTA."],
            [
                ("Hiệp định EVFTA", "implementing"),
                ("Hiệp định EVIPA", "implementing"),
                ("Hiệp định UKVFTA", "implementing"),
            ],
        ),
        # acronyms the glossary does not know are documents all the same
        (
            ["Hai nước đã ký các Hiệp định XYZFTA và XYZIA nâng cấp."],
            [("Hiệp định XYZFTA", "signed"), ("Hiệp định XYZIA", "signed")],
        ),
        (
            ["Hội nghị đã thông qua Tuyên bố chung và Kế hoạch hành động giai đoạn 2021-2025."],
            [("Tuyên bố chung", "adopted"), ("Kế hoạch hành động giai đoạn 2021-2025", "adopted")],
        ),
        (
            ["Các địa phương triển khai các Nghị quyết 57, 59, 66 và 68 của Bộ Chính trị."],
            [(f"Nghị quyết {n}", "implementing") for n in (57, 59, 66, 68)],
        ),
        # a kind of document described in lower case; the acronym alone later is the same
        (
            [
                "Việt Nam thực hiện hiệu quả các hiệp định thương mại tự do EVFTA và CPTPP.",
                "Hai bên nhất trí tận dụng hiệu quả CPTPP.",
            ],
            [
                ("hiệp định thương mại tự do EVFTA", "implementing"),
                ("hiệp định thương mại tự do CPTPP", "implementing"),
            ],
        ),
        # the parties to one document are no list of documents
        (
            ["Hiệp định giữa ASEAN và EU về vận tải hàng không đã được ký kết."],
            [("Hiệp định giữa ASEAN và EU về vận tải hàng không", "signed")],
        ),
        (
            ["Hai bên ký Bản ghi nhớ VCCI và JETRO về thúc đẩy đầu tư."],
            [("Bản ghi nhớ VCCI và JETRO về thúc đẩy đầu tư", "signed")],
        ),
        (
            ["Hội nghị ra Tuyên bố ASEAN và APEC."],
            [("Tuyên bố ASEAN và APEC", "adopted")],
        ),
    ],
)
def test_a_document_word_shared_by_a_list_names_each_document(sentences, expected, glossary):
    assert declared(sentences, glossary) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a relative clause, an occasion, a setting end the name
        (
            "Các Bộ trưởng đánh giá cao Kế hoạch hành động ASEAN về ứng phó biến đổi khí hậu mà"
            " Việt Nam đề xuất.",
            [("Kế hoạch hành động ASEAN về ứng phó biến đổi khí hậu", "proposed")],
        ),
        (
            "Hai bên ký Bản ghi nhớ về hợp tác Quốc phòng nhân chuyến thăm chính thức của Bộ"
            " trưởng.",
            [("Bản ghi nhớ về hợp tác Quốc phòng", "signed")],
        ),
        (
            "Hai Bộ trưởng ký Bản ghi nhớ về hợp tác Lao động bên lề Hội nghị Cấp cao ASEAN.",
            [("Bản ghi nhớ về hợp tác Lao động", "signed")],
        ),
        # an adverb before the verb of a sentence whose subject is the document
        (
            "Các nhà lãnh đạo nhất trí Đồng thuận 5 điểm vẫn là cơ sở để giải quyết vấn đề"
            " Myanmar.",
            [("Đồng thuận 5 điểm", "referenced")],
        ),
        # a word that ends with a verb's syllable ("đào tạo", "sáng tạo") does not end it
        (
            "Hai bên ký Bản ghi nhớ về hợp tác Giáo dục và Đào tạo giai đoạn 2025-2030 tại Hà Nội.",
            [("Bản ghi nhớ về hợp tác Giáo dục và Đào tạo giai đoạn 2025-2030", "signed")],
        ),
        (
            "Hai nước triển khai Chương trình Đổi mới sáng tạo Mekong - Lan Thương.",
            [("Chương trình Đổi mới sáng tạo Mekong - Lan Thương", "implementing")],
        ),
        # how it is acted on
        (
            "Các nước nhất trí triển khai Kế hoạch hành động ASEAN về an ninh mạng một cách"
            " hiệu quả.",
            [("Kế hoạch hành động ASEAN về an ninh mạng", "implementing")],
        ),
        # a version's point is no full stop
        (
            "Hai bên nhất trí sớm ký kết Hiệp định ACFTA 3.0 trong năm 2026.",
            [("Hiệp định ACFTA 3.0", "proposed")],
        ),
        # a joint commission's minutes
        (
            "Hai Bộ trưởng đã ký Biên bản Kỳ họp lần thứ 10 Ủy ban Liên Chính phủ.",
            [("Biên bản Kỳ họp lần thứ 10 Ủy ban Liên Chính phủ", "signed")],
        ),
        # after a colon, what a clause says of the document is no subtitle
        (
            "Hội nghị thông qua Tuyên bố Hà Nội về hợp tác giáo dục: Các nước cam kết nâng cao"
            " chất lượng đào tạo.",
            [("Tuyên bố Hà Nội về hợp tác giáo dục", "adopted")],
        ),
        (
            "Các Bộ trưởng thông qua Kế hoạch hành động giai đoạn 2026-2030: Hướng tới một ASEAN"
            " tự cường.",
            [("Kế hoạch hành động giai đoạn 2026-2030: Hướng tới một ASEAN tự cường", "adopted")],
        ),
        # a subtitle after a year stops where the sentence goes on with its verb
        (
            "Tuyên bố Kuala Lumpur về ASEAN 2045: Tương lai chung của chúng ta đã được các nhà"
            " lãnh đạo thông qua.",
            [("Tuyên bố Kuala Lumpur về ASEAN 2045: Tương lai chung của chúng ta", "adopted")],
        ),
        # "trong khuôn khổ" is "within the framework of": the document is what follows
        (
            "Hai bên tăng cường kết nối thông qua hợp tác trong khuôn khổ Hiệp định VKFTA.",
            [("Hiệp định VKFTA", "referenced")],
        ),
        (
            "Các dự án được triển khai trong khuôn khổ Kế hoạch công tác ALMM giai đoạn 2021-2025.",
            [("Kế hoạch công tác ALMM giai đoạn 2021-2025", "implementing")],
        ),
    ],
)
def test_where_a_name_ends(sentence, expected, glossary):
    assert declared([sentence], glossary) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the Code of Conduct is still to be reached
        (
            "Các bên nhất trí thúc đẩy đàm phán thực chất, sớm đạt được Bộ Quy tắc ứng xử ở"
            " Biển Đông hiệu quả, thực chất.",
            [("Bộ Quy tắc ứng xử ở Biển Đông", "proposed")],
        ),
        (
            "Bộ trưởng nhấn mạnh việc thực hiện đầy đủ Tuyên bố về Ứng xử của các bên ở Biển"
            " Đông (DOC) và sớm đạt được Bộ Quy tắc ứng xử (COC) hiệu quả.",
            [
                ("Tuyên bố về Ứng xử của các bên ở Biển Đông (DOC)", "implementing"),
                ("Bộ Quy tắc ứng xử (COC)", "proposed"),
            ],
        ),
        # what a sentence measures by is referenced, whatever the clause opened with
        (
            "Các bên cam kết sớm hoàn tất Bộ Quy tắc ứng xử ở Biển Đông, phù hợp với luật pháp"
            " quốc tế, trong đó có UNCLOS 1982.",
            [("Bộ Quy tắc ứng xử ở Biển Đông", "proposed"), ("UNCLOS 1982", "referenced")],
        ),
        (
            "Hai nước xây dựng cơ chế hợp tác nghề cá trên cơ sở Công ước Liên hợp quốc về Luật"
            " Biển năm 1982.",
            [("Công ước Liên hợp quốc về Luật Biển năm 1982", "referenced")],
        ),
        # a goal achieved is no document adopted
        (
            "Các nước nỗ lực đạt được Tầm nhìn Cộng đồng ASEAN 2045.",
            [],
        ),
    ],
)
def test_status_of_documents_to_be_reached_and_of_measures(sentence, expected, glossary):
    assert declared([sentence], glossary) == expected


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (
            [
                "Kết thúc hội đàm, hai nhà lãnh đạo đã ra Tuyên bố chung về việc nâng cấp quan hệ"
                " lên Đối tác chiến lược toàn diện.",
                "Tuyên bố chung nêu rõ hai bên sẽ tăng cường hợp tác quốc phòng.",
            ],
            [
                (
                    "Tuyên bố chung về việc nâng cấp quan hệ lên Đối tác chiến lược toàn diện",
                    "adopted",
                )
            ],
        ),
        (
            [
                "Tuyên bố chung nhấn mạnh vai trò trung tâm của ASEAN.",
                "Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 58 đã ra Thông cáo chung.",
            ],
            [("Tuyên bố chung", "adopted")],
        ),
        (
            [
                "Tại Hội nghị, các Bộ trưởng đã thảo luận và thông qua các văn kiện quan trọng,"
                " gồm: Tuyên bố chung về an ninh lương thực, Kế hoạch công tác giai đoạn"
                " 2026-2030."
            ],
            [
                ("Tuyên bố chung về an ninh lương thực", "adopted"),
                ("Kế hoạch công tác giai đoạn 2026-2030", "adopted"),
            ],
        ),
        (
            [
                "Hội nghị đã thảo luận và thông qua Kế hoạch tổng thể Cộng đồng Văn hóa - Xã hội"
                " ASEAN 2025."
            ],
            [("Kế hoạch tổng thể Cộng đồng Văn hóa - Xã hội ASEAN 2025", "adopted")],
        ),
        (
            ["Hội nghị cũng thông qua Đồng thuận ASEAN về Bảo vệ Quyền của Người lao động di cư."],
            [("Đồng thuận ASEAN về Bảo vệ Quyền của Người lao động di cư", "adopted")],
        ),
    ],
)
def test_what_the_meeting_itself_issued_is_adopted_and_listed_once(sentences, expected, glossary):
    assert declared(sentences, glossary) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a capitalised document word the meeting signs right there names the document
        (
            "Hai Bộ trưởng đã ký Bản ghi nhớ về hợp tác trong lĩnh vực nông nghiệp.",
            [("Bản ghi nhớ về hợp tác trong lĩnh vực nông nghiệp", "signed")],
        ),
        (
            "Hai nước đã ký Hiệp định về miễn thị thực cho người mang hộ chiếu phổ thông.",
            [("Hiệp định về miễn thị thực cho người mang hộ chiếu phổ thông", "signed")],
        ),
        # not a kind of document
        ("Hai bên ký Bản ghi nhớ hợp tác.", []),
        # opening the sentence as its subject, its topic makes it a title, signed earlier
        (
            "Bản ghi nhớ về hợp tác trong lĩnh vực nông nghiệp đã được ký năm 2015.",
            [("Bản ghi nhớ về hợp tác trong lĩnh vực nông nghiệp", "signed")],
        ),
        # mid-sentence, the capital and the topic make it a title, cited in passing as the
        # annotators list them ("phù hợp với …", "khuôn khổ toàn diện … về Kinh tế chăm sóc")
        (
            "Hai bên nhấn mạnh Hiệp định về hợp tác nghề cá đã góp phần tăng cường quan hệ.",
            [("Hiệp định về hợp tác nghề cá", "referenced")],
        ),
    ],
)
def test_a_document_the_meeting_signs_is_named_whatever_its_complement(sentence, expected):
    assert declared([sentence]) == expected


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        # the visit's statement named by its parties only, after or before its full name
        (
            [
                "Hai bên ra Tuyên bố chung về việc nâng cấp quan hệ lên Đối tác chiến lược toàn"
                " diện.",
                "Theo Tuyên bố chung Việt Nam - Indonesia, hai nước sẽ tăng cường hợp tác.",
            ],
            [
                (
                    "Tuyên bố chung về việc nâng cấp quan hệ lên Đối tác chiến lược toàn diện",
                    "adopted",
                )
            ],
        ),
        (
            [
                "Tuyên bố chung Việt Nam - Indonesia nêu rõ hai nước sẽ tăng cường hợp tác.",
                "Hai bên ra Tuyên bố chung về việc nâng cấp quan hệ lên Đối tác chiến lược toàn"
                " diện.",
            ],
            [("Tuyên bố chung Việt Nam - Indonesia", "adopted")],
        ),
        # "của Hội nghị" names the meeting itself
        (
            [
                "Hội nghị thông qua Tuyên bố chung của các Bộ trưởng Kinh tế ASEAN.",
                "Tuyên bố chung của Hội nghị nhấn mạnh vai trò của ASEAN.",
            ],
            [("Tuyên bố chung của các Bộ trưởng Kinh tế ASEAN", "adopted")],
        ),
        # a joint vision statement is the joint statement
        (
            [
                "Hai nhà lãnh đạo đã ra Tuyên bố Tầm nhìn chung về quan hệ Đối tác chiến lược"
                " toàn diện Việt Nam - Australia.",
                "Tuyên bố chung nêu rõ hai bên sẽ tăng cường hợp tác.",
            ],
            [
                (
                    "Tuyên bố Tầm nhìn chung về quan hệ Đối tác chiến lược toàn diện Việt Nam -"
                    " Australia",
                    "adopted",
                )
            ],
        ),
        # an earlier visit's statement carried out is another
        (
            [
                "Hai bên thực hiện Tuyên bố chung Việt Nam - Hàn Quốc.",
                "Hai bên ra Tuyên bố chung về quan hệ Đối tác chiến lược toàn diện.",
            ],
            [
                ("Tuyên bố chung Việt Nam - Hàn Quốc", "implementing"),
                ("Tuyên bố chung về quan hệ Đối tác chiến lược toàn diện", "adopted"),
            ],
        ),
    ],
)
def test_the_visits_joint_statement_is_listed_once(sentences, expected, glossary):
    assert declared(sentences, glossary) == expected


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        # a headline in sentence case: the document word in lower case after the deed
        (
            "Việt Nam và Singapore ký thỏa thuận hợp tác về kinh tế số",
            [("thỏa thuận hợp tác về kinh tế số", "signed")],
        ),
        (
            "Hội nghị Bộ trưởng ASEAN ra tuyên bố về an ninh lương thực",
            [("tuyên bố về an ninh lương thực", "adopted")],
        ),
        ("Việt Nam đề nghị thúc đẩy hợp tác thông qua chương trình trao đổi thanh niên", []),
        ("Hai nước ký thỏa thuận", []),
        ("Doanh nghiệp đăng ký chương trình hỗ trợ xuất khẩu sang thị trường châu Âu", []),
    ],
)
def test_a_document_named_only_in_a_sentence_case_headline(headline, expected, glossary):
    found = declared(["Hai bên nhất trí tăng cường hợp tác."], glossary, headline=headline)
    assert found == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the signed copies exchanged at the ceremony: the document is signed
        (
            "Sau hội đàm, hai Bộ trưởng đã trao đổi Bản ghi nhớ về hợp tác trong lĩnh vực lao"
            " động giữa hai nước.",
            [("Bản ghi nhớ về hợp tác trong lĩnh vực lao động giữa hai nước", "signed")],
        ),
        (
            "Hai bên trao đổi Thỏa thuận hợp tác giữa Bộ Tư pháp Việt Nam và Bộ Tư pháp Lào.",
            [("Thỏa thuận hợp tác giữa Bộ Tư pháp Việt Nam và Bộ Tư pháp Lào", "signed")],
        ),
        # exchanging views about a document is no signature
        (
            "Hai bên trao đổi thông tin về tình hình triển khai Hiệp định RCEP.",
            [("Hiệp định RCEP", "implementing")],
        ),
        # agreed on ("thống nhất") right before the plan: adopted
        (
            "Hai Bộ trưởng thống nhất Kế hoạch hành động giai đoạn 2026-2030 nhằm triển khai"
            " quan hệ Đối tác chiến lược toàn diện.",
            [("Kế hoạch hành động giai đoạn 2026-2030", "adopted")],
        ),
        # a signature still to come names the document, which stays proposed
        (
            "Hai bên sẽ sớm ký kết Hiệp định về hợp tác quốc phòng.",
            [("Hiệp định về hợp tác quốc phòng", "proposed")],
        ),
        # a letter of intent, listed after a memorandum signed with it
        (
            "Hai bên đã ký Biên bản ghi nhớ về hợp tác trong lĩnh vực nông nghiệp và Ý định thư"
            " về hợp tác du lịch.",
            [
                ("Biên bản ghi nhớ về hợp tác trong lĩnh vực nông nghiệp", "signed"),
                ("Ý định thư về hợp tác du lịch", "signed"),
            ],
        ),
        (
            "Bộ Công Thương Việt Nam và Bộ Thương mại Campuchia đã ký Ý định thư về hợp tác"
            " phát triển thương mại biên giới.",
            [("Ý định thư về hợp tác phát triển thương mại biên giới", "signed")],
        ),
        # guidelines the ministers adopt, though "Hướng dẫn" is also a common noun
        (
            "Các Bộ trưởng thông qua Hướng dẫn khu vực về bảo vệ trẻ em trên môi trường mạng.",
            [("Hướng dẫn khu vực về bảo vệ trẻ em trên môi trường mạng", "adopted")],
        ),
        # "Thông qua" opening a clause is "through": the initiative is only mentioned
        (
            "Thông qua Sáng kiến Liên kết ASEAN, Việt Nam đã hỗ trợ các nước thành viên mới.",
            [("Sáng kiến Liên kết ASEAN", "referenced")],
        ),
        # an initiative the glossary knows is named even in passing, unlike a vision,
        # which is as often a goal
        (
            "Việt Nam ủng hộ Sáng kiến Liên kết ASEAN phù hợp với lợi ích của các nước.",
            [("Sáng kiến Liên kết ASEAN", "referenced")],
        ),
        # a document carried out, named right after the verb; said to be signed right
        # after it, it is signed, as annotators mark a document signed in an earlier year
        (
            "Bộ trưởng đề nghị hai bên tiếp tục thực hiện hiệu quả Thỏa thuận về hợp tác lao"
            " động đã ký.",
            [("Thỏa thuận về hợp tác lao động", "signed")],
        ),
        (
            "Bộ trưởng đề nghị hai bên tiếp tục thực hiện hiệu quả Thỏa thuận về hợp tác lao"
            " động giữa hai Bộ.",
            [("Thỏa thuận về hợp tác lao động giữa hai Bộ", "implementing")],
        ),
        (
            "Hội nghị đã rà soát việc triển khai Tầm nhìn Cộng đồng ASEAN 2045.",
            [("Tầm nhìn Cộng đồng ASEAN 2045", "implementing")],
        ),
        ("Việt Nam sẵn sàng hướng tới Tầm nhìn Cộng đồng ASEAN 2045.", []),
        # a document being drafted or negotiated, named right after the verb: proposed
        (
            "Hội nghị ghi nhận đề xuất của Việt Nam về xây dựng Tuyên bố về kinh tế tuần hoàn.",
            [("Tuyên bố về kinh tế tuần hoàn", "proposed")],
        ),
        (
            "Hai bên nhất trí khởi động đàm phán Hiệp định về thương mại dịch vụ.",
            [("Hiệp định về thương mại dịch vụ", "proposed")],
        ),
        # where the name ends: the ceremony's verb, a participle of signing
        (
            "Lễ ký kết Thỏa thuận hợp tác giữa VCCI và JETRO diễn ra sáng 5/12.",
            [("Thỏa thuận hợp tác giữa VCCI và JETRO", "signed")],
        ),
    ],
)
def test_what_is_exchanged_agreed_on_or_carried_out(sentence, expected, glossary):
    assert declared([sentence], glossary) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # in the body too, a document in lower case right after "ký" is what is signed
        (
            "Chính phủ Myanmar và các nhóm vũ trang đã ký thỏa thuận ngừng bắn toàn quốc.",
            [("thỏa thuận ngừng bắn toàn quốc", "signed")],
        ),
        (
            "Hai Bộ trưởng đã ký biên bản ghi nhớ về hợp tác lao động.",
            [("biên bản ghi nhớ về hợp tác lao động", "signed")],
        ),
        (
            "Chính phủ Myanmar sẽ ký thỏa thuận ngừng bắn với các nhóm vũ trang.",
            [("thỏa thuận ngừng bắn", "proposed")],
        ),
        # a kind of document, several, or what was agreed is no name
        ("Hai bên đã ký thỏa thuận hợp tác.", []),
        ("Hai nước đã ký kết nhiều thỏa thuận quan trọng trong chuyến thăm.", []),
        ("Hai bên nhất trí triển khai hiệu quả các văn bản đã ký kết.", []),
        ("Hai nước cần thực hiện nghiêm túc các thỏa thuận đạt được giữa lãnh đạo cấp cao.", []),
        ("Trong chuyến thăm, hai bên đã ký 10 văn kiện hợp tác trong các lĩnh vực.", []),
    ],
)
def test_a_document_signed_in_lower_case_in_the_body(sentence, expected, glossary):
    assert declared([sentence], glossary) == expected


def test_a_name_cut_off_with_a_scraped_excerpt_is_no_document(glossary):
    cut = "Hai bên cam kết triển khai hiệu quả Tuyên bố tầm nhìn chun"
    assert declared([cut], glossary) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "phòng, chống" (prevention and control) is one phrase of the name
        (
            "Hai bên đã ký Bản ghi nhớ (MOU) về hợp tác trong lĩnh vực phòng, chống ma túy.",
            [("Bản ghi nhớ (MOU) về hợp tác trong lĩnh vực phòng, chống ma túy", "signed")],
        ),
        # "trong bối cảnh …" goes on with the name; the next document adopted with it
        (
            "Các Nhà Lãnh đạo đã thông qua Tuyên bố ASEAN về phát triển nguồn nhân lực trong"
            " bối cảnh chuyển đổi số và Tuyên bố về an ninh lương thực.",
            [
                (
                    "Tuyên bố ASEAN về phát triển nguồn nhân lực trong bối cảnh chuyển đổi số",
                    "adopted",
                ),
                ("Tuyên bố về an ninh lương thực", "adopted"),
            ],
        ),
        # "thông qua khoảng 60 văn kiện": adopting a number of documents, not "through"
        (
            "Dự kiến, các Nhà Lãnh đạo sẽ thông qua khoảng 60 văn kiện, trong đó có Tuyên bố"
            " Kuala Lumpur về ASEAN 2045.",
            [("Tuyên bố Kuala Lumpur về ASEAN 2045", "proposed")],
        ),
        # a free trade agreement without its parties is a kind of document
        ("Việt Nam đã ký hiệp định thương mại tự do với 17 đối tác.", []),
    ],
)
def test_a_name_goes_on_through_fixed_phrases_and_lists(sentence, expected, glossary):
    assert declared([sentence], glossary) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the name stops where the sentence says what the document does or when it takes
        # effect, and what is adopted with it is listed with it (one reported in force is
        # implementing, docs/annotating.md: "chính thức có hiệu lực")
        (
            "Hiệp định Thương mại tự do Việt Nam - Israel chính thức có hiệu lực từ ngày"
            " 17/11/2024.",
            [("Hiệp định Thương mại tự do Việt Nam - Israel", "implementing")],
        ),
        (
            "Các Bộ trưởng cũng thông qua Tuyên bố chung về tăng cường hợp tác y tế cho phép"
            " các nước chia sẻ dữ liệu.",
            [("Tuyên bố chung về tăng cường hợp tác y tế", "adopted")],
        ),
        (
            "Các Bộ trưởng thông qua Kế hoạch làm việc ASEAN về du lịch giai đoạn 2026-2030"
            " cùng với Hướng dẫn du lịch bền vững.",
            [
                ("Kế hoạch làm việc ASEAN về du lịch giai đoạn 2026-2030", "adopted"),
                ("Hướng dẫn du lịch bền vững", "adopted"),
            ],
        ),
    ],
)
def test_a_name_stops_where_the_sentence_goes_on(sentence, expected, glossary):
    assert declared([sentence], glossary) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a list of documents after a colon, introduced by the verb that acts on them
        (
            "Các Bộ trưởng đã thông qua các văn kiện: Tuyên bố về an toàn lao động; Kế hoạch"
            " hành động về lao động phi chính thức; Hướng dẫn về chuyển đổi xanh.",
            [
                ("Tuyên bố về an toàn lao động", "adopted"),
                ("Kế hoạch hành động về lao động phi chính thức", "adopted"),
                ("Hướng dẫn về chuyển đổi xanh", "adopted"),
            ],
        ),
        # a convention written with "phòng, chống" is the one the glossary knows, once
        (
            "Việt Nam tiếp tục thực hiện Công ước ASEAN về phòng, chống buôn bán người, đặc"
            " biệt là phụ nữ và trẻ em (ACTIP).",
            [
                (
                    "Công ước ASEAN về phòng, chống buôn bán người, đặc biệt là phụ nữ và trẻ em"
                    " (ACTIP)",
                    "implementing",
                )
            ],
        ),
        # the verb itself before the colon
        (
            "Hai bên đã ký kết: Bản ghi nhớ về hợp tác y tế, Thỏa thuận về đào tạo nghề.",
            [
                ("Bản ghi nhớ về hợp tác y tế", "signed"),
                ("Thỏa thuận về đào tạo nghề", "signed"),
            ],
        ),
        # a letter of intent written the other way round
        (
            "Hai bên đã ký Thư ý định về hợp tác giáo dục đại học.",
            [("Thư ý định về hợp tác giáo dục đại học", "signed")],
        ),
        # what the speaker says after a colon names no document
        ("Bộ trưởng nêu rõ các văn bản: hai bên cần sớm hoàn thiện quy trình.", []),
    ],
)
def test_documents_listed_after_the_verb_that_acts_on_them(sentence, expected, glossary):
    assert declared([sentence], glossary) == expected


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        # named again by its kind and period: the same plan
        (
            [
                "Các Bộ trưởng thông qua Kế hoạch hành động ASEAN về an ninh mạng giai đoạn"
                " 2026-2030.",
                "Kế hoạch hành động 2026-2030 gồm 5 trụ cột.",
            ],
            [("Kế hoạch hành động ASEAN về an ninh mạng giai đoạn 2026-2030", "adopted")],
        ),
        # another body's plan for the same period is another plan
        (
            [
                "Hội nghị rà soát Kế hoạch làm việc ACCSM+3 giai đoạn 2021-2025.",
                "Các đại biểu chia sẻ các hoạt động trong Kế hoạch làm việc ACCSM giai đoạn"
                " 2021-2025.",
            ],
            [
                ("Kế hoạch làm việc ACCSM+3 giai đoạn 2021-2025", "implementing"),
                ("Kế hoạch làm việc ACCSM giai đoạn 2021-2025", "referenced"),
            ],
        ),
    ],
)
def test_a_document_named_again_by_its_kind_and_period_is_listed_once(
    sentences, expected, glossary
):
    assert declared(sentences, glossary) == expected


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        # a headline in capitals is read as a sentence-case one
        (
            "VIỆT NAM VÀ LÀO KÝ BẢN GHI NHỚ VỀ HỢP TÁC LAO ĐỘNG",
            [("bản ghi nhớ về hợp tác lao động", "signed")],
        ),
        # a headline opening with "Thông qua" and a document reports its adoption ...
        (
            "Thông qua Tuyên bố Hà Nội về chuyển đổi số",
            [("Tuyên bố Hà Nội về chuyển đổi số", "adopted")],
        ),
        # ... unless it goes on with a clause of its own ("through")
        ("Thông qua Kế hoạch hành động, hai nước tăng cường hợp tác", []),
        # a headline naming a joint statement reports its issue
        (
            "Toàn văn Tuyên bố chung Việt Nam - Trung Quốc",
            [("Tuyên bố chung Việt Nam - Trung Quốc", "adopted")],
        ),
        (
            "Thông cáo chung Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 58",
            [("Thông cáo chung Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 58", "adopted")],
        ),
    ],
)
def test_a_document_in_a_headline_in_capitals_or_opening_it(headline, expected, glossary):
    found = declared(["Hai bên nhất trí tăng cường hợp tác."], glossary, headline=headline)
    assert found == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a comma before the period the name covers, or between the nouns of its topic
        (
            "Các Bộ trưởng thông qua Kế hoạch công tác về lao động, việc làm và an sinh xã hội"
            " giai đoạn 2026-2030 tại Hội nghị.",
            [
                (
                    "Kế hoạch công tác về lao động, việc làm và an sinh xã hội giai đoạn 2026-2030",
                    "adopted",
                )
            ],
        ),
        (
            "Hai bên ký Bản ghi nhớ về hợp tác y tế, giáo dục và đào tạo, mở ra giai đoạn mới.",
            [("Bản ghi nhớ về hợp tác y tế, giáo dục và đào tạo", "signed")],
        ),
        # a comma that opens a clause of its own ends the name
        (
            "Hội nghị thông qua Tuyên bố về an ninh lương thực, khẳng định vai trò và trách"
            " nhiệm của ASEAN.",
            [("Tuyên bố về an ninh lương thực", "adopted")],
        ),
        (
            "Hai bên ký Bản ghi nhớ về hợp tác y tế, đồng thời nhất trí tăng cường trao đổi và"
            " hợp tác.",
            [("Bản ghi nhớ về hợp tác y tế", "signed")],
        ),
        (
            "Hai nước ký Hiệp định về dẫn độ, hai Bộ trưởng và các quan chức dự lễ ký.",
            [("Hiệp định về dẫn độ", "signed")],
        ),
        (
            "Hội nghị thông qua Kế hoạch hành động giai đoạn 2026-2030, phù hợp và hiệu quả.",
            [("Kế hoạch hành động giai đoạn 2026-2030", "adopted")],
        ),
    ],
)
def test_a_comma_inside_a_name(sentence, expected, glossary):
    assert declared([sentence], glossary) == expected


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        # a quoted motto after a colon is the name's subtitle ...
        (
            ["Hội nghị thông qua Chương trình hành động: “Vì một ASEAN xanh” và Tuyên bố chung."],
            [
                ("Chương trình hành động: “Vì một ASEAN xanh”", "adopted"),
                ("Tuyên bố chung", "adopted"),
            ],
        ),
        # ... a quoted clause of what someone says is not
        (
            ["Bộ trưởng nhắc lại Tuyên bố Hà Nội: “Chúng ta cần đoàn kết hơn nữa”."],
            [("Tuyên bố Hà Nội", "referenced")],
        ),
        # a joint statement issued by its kind alone, then named in full: one, in full
        (
            [
                "Hội nghị đã ra Thông cáo chung.",
                "Tuyên bố chung của Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 57 nêu rõ các ưu"
                " tiên hợp tác.",
            ],
            [("Tuyên bố chung của Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 57", "adopted")],
        ),
    ],
)
def test_a_quoted_subtitle_and_a_statement_named_in_full_later(sentences, expected, glossary):
    assert declared(sentences, glossary) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Hai nước triển khai hiệu quả Tầm nhìn chung về hợp tác quốc phòng đến năm 2030.",
            [("Tầm nhìn chung về hợp tác quốc phòng đến năm 2030", "implementing")],
        ),
        # a vision aimed at, or carried out with no period, is a goal
        ("Hai nước hướng tới Tầm nhìn chung về hợp tác quốc phòng đến năm 2030.", []),
        ("Hai nước triển khai Tầm nhìn chung về hợp tác quốc phòng.", []),
    ],
)
def test_a_dated_vision_carried_out_is_a_document(sentence, expected, glossary):
    assert declared([sentence], glossary) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # what is proposed or signed is the verb's own object; the document it is put into
        # or signed under is only referred to
        (
            "Nhật Bản đề xuất đưa một hoạt động mới vào Kế hoạch làm việc ASEAN+3 giai đoạn"
            " 2026-2030.",
            [("Kế hoạch làm việc ASEAN+3 giai đoạn 2026-2030", "referenced")],
        ),
        (
            "Hai bên ký hợp đồng mua bán điện theo Hiệp định về hợp tác năng lượng giữa hai"
            " Chính phủ.",
            [("Hiệp định về hợp tác năng lượng giữa hai Chính phủ", "referenced")],
        ),
        # what is carried out in a plan carries the plan out
        (
            "Các nước cập nhật tình hình thực hiện các hoạt động trong Kế hoạch làm việc ASEAN"
            " giai đoạn 2026-2030.",
            [("Kế hoạch làm việc ASEAN giai đoạn 2026-2030", "implementing")],
        ),
        # a list the verb introduces with "trong đó có" is its object
        (
            "Hội nghị thông qua 5 văn kiện, trong đó có Tuyên bố về phát triển bền vững.",
            [("Tuyên bố về phát triển bền vững", "adopted")],
        ),
    ],
)
def test_a_verb_acts_on_its_own_object_not_a_document_tied_to_it(sentence, expected, glossary):
    assert declared([sentence], glossary) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a deed still to come, with its agent between, or by another body later
        (
            "Tuyên bố chung về hợp tác hàng hải sẽ được các Bộ trưởng thông qua vào ngày mai.",
            [("Tuyên bố chung về hợp tác hàng hải", "proposed")],
        ),
        (
            "Các Bộ trưởng nhất trí trình Hội nghị Cấp cao ASEAN lần thứ 48 thông qua Tuyên bố"
            " về an ninh nguồn nước.",
            [("Tuyên bố về an ninh nguồn nước", "proposed")],
        ),
        # "chương trình" is no "trình" (submit), nor is "trình bày" (present)
        (
            "Chương trình hợp tác giai đoạn 2026-2030 được hai Bộ trưởng ký kết hôm nay.",
            [("Chương trình hợp tác giai đoạn 2026-2030", "signed")],
        ),
        (
            "Bộ trưởng trình bày Kế hoạch hành động giai đoạn 2026-2030 đã được thông qua.",
            [("Kế hoạch hành động giai đoạn 2026-2030", "adopted")],
        ),
        # what was done comes between: done
        (
            "Hai bên sẽ tăng cường hợp tác và đã ký Bản ghi nhớ về hợp tác y tế.",
            [("Bản ghi nhớ về hợp tác y tế", "signed")],
        ),
    ],
)
def test_a_deed_still_to_come_proposes_the_document(sentence, expected, glossary):
    assert declared([sentence], glossary) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # what the meeting adopts in lower case, saying what it is about
        (
            "Các Bộ trưởng đã ban hành kế hoạch hành động về bình đẳng giới trong công vụ.",
            [("kế hoạch hành động về bình đẳng giới trong công vụ", "adopted")],
        ),
        # "thông qua" meaning "through" adopts nothing
        (
            "Hai nước tăng cường hợp tác thông qua các chương trình về trao đổi thanh niên.",
            [],
        ),
        # an MoU by its acronym, an agreement as "Bản thỏa thuận"
        (
            "Hai bên đã ký MoU về hợp tác đào tạo nguồn nhân lực chất lượng cao.",
            [("MoU về hợp tác đào tạo nguồn nhân lực chất lượng cao", "signed")],
        ),
        ("Hai nước đã ký nhiều MoU quan trọng trong chuyến thăm.", []),
        # "trong" ends a name before the setting or after an acronym, not inside its topic
        (
            "Việt Nam thực hiện Tuyên bố ASEAN về bảo vệ người lao động di cư trong các tình"
            " huống khủng hoảng.",
            [
                (
                    "Tuyên bố ASEAN về bảo vệ người lao động di cư trong các tình huống khủng"
                    " hoảng",
                    "implementing",
                )
            ],
        ),
        # "không có" (without) is part of a name
        (
            "Hai nước là thành viên của Hiệp ước Khu vực Đông Nam Á không có vũ khí hạt nhân.",
            [("Hiệp ước Khu vực Đông Nam Á không có vũ khí hạt nhân", "referenced")],
        ),
        (
            "Hai bên tăng cường thực hiện Hiệp định RCEP trong khu vực.",
            [("Hiệp định RCEP", "implementing")],
        ),
        (
            "Hai bên ký Bản ghi nhớ về hợp tác y tế trong chuyến thăm của Thủ tướng.",
            [("Bản ghi nhớ về hợp tác y tế", "signed")],
        ),
    ],
)
def test_a_document_in_lower_case_or_by_its_acronym_and_where_trong_ends_it(
    sentence, expected, glossary
):
    assert declared([sentence], glossary) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a Party directive or conclusion by its code, which can be no count
        (
            "Hội nghị nhằm triển khai Chỉ thị 25-CT/TW của Ban Bí thư về đẩy mạnh đối ngoại"
            " đa phương.",
            [("Chỉ thị 25-CT/TW", "implementing")],
        ),
        (
            "Các đơn vị quán triệt Kết luận 57-KL/TW của Bộ Chính trị.",
            [("Kết luận 57-KL/TW", "implementing")],
        ),
        ("Hội nghị đưa ra Kết luận 3 điểm quan trọng.", []),
    ],
)
def test_a_party_act_is_named_by_its_code(sentence, expected, glossary):
    assert declared([sentence], glossary) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the papers a verb acts on, then what they are, without a colon
        (
            "Hai Thủ tướng chứng kiến lễ trao các văn kiện hợp tác, gồm Bản ghi nhớ về hợp tác"
            " giáo dục và Hiệp định về vận tải đường bộ.",
            [
                ("Bản ghi nhớ về hợp tác giáo dục", "signed"),
                ("Hiệp định về vận tải đường bộ", "signed"),
            ],
        ),
        # after "và" the sentence goes on with the next thing done ...
        (
            "Hai Thủ tướng ra Tuyên bố chung về hợp tác kinh tế và chứng kiến lễ ký Hiệp định"
            " về dẫn độ.",
            [
                ("Tuyên bố chung về hợp tác kinh tế", "adopted"),
                ("Hiệp định về dẫn độ", "signed"),
            ],
        ),
        # ... unless in the passive
        (
            "Tuyên bố chung gồm 5 trụ cột hợp tác và được công bố ngay sau cuộc hội đàm.",
            [("Tuyên bố chung", "adopted")],
        ),
        # talking about carrying a document out is no title's "về việc"
        (
            "Hai bên trao đổi về việc triển khai Bản ghi nhớ về hợp tác quốc phòng.",
            [("Bản ghi nhớ về hợp tác quốc phòng", "implementing")],
        ),
    ],
)
def test_papers_listed_and_the_next_thing_done(sentence, expected, glossary):
    assert declared([sentence], glossary) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "và" goes on with the topic in lower case ...
        (
            "Hội nghị thông qua Tuyên bố về phòng ngừa và kiểm soát dịch bệnh truyền nhiễm.",
            [("Tuyên bố về phòng ngừa và kiểm soát dịch bệnh truyền nhiễm", "adopted")],
        ),
        (
            "Hai bên ký Thỏa thuận về đào tạo và trao đổi chuyên gia y tế.",
            [("Thỏa thuận về đào tạo và trao đổi chuyên gia y tế", "signed")],
        ),
        # ... not with the next thing done, nor after a proper name or acronym
        (
            "Hai bên ký Bản ghi nhớ về hợp tác y tế và nhất trí tăng cường trao đổi đoàn.",
            [("Bản ghi nhớ về hợp tác y tế", "signed")],
        ),
        (
            "Các nước cam kết tuân thủ Hiến chương ASEAN và luật pháp quốc tế.",
            [("Hiến chương ASEAN", "implementing")],
        ),
        (
            "Các bên cần thực hiện đầy đủ Tuyên bố về ứng xử của các bên (DOC) và sớm hoàn tất"
            " đàm phán.",
            [("Tuyên bố về ứng xử của các bên (DOC)", "implementing")],
        ),
    ],
)
def test_va_goes_on_with_the_topic_in_lower_case(sentence, expected, glossary):
    assert declared([sentence], glossary) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "tuyên bố" in lower case is the verb (declare) unless a word taking a noun precedes
        ("Bộ trưởng Nguyễn Văn An tuyên bố khai mạc Hội nghị.", []),
        ("Thủ tướng tuyên bố Việt Nam sẵn sàng hợp tác với Lào.", []),
        # opening a sentence, what only the verb goes on with
        ("Tuyên bố khai mạc Hội nghị, Bộ trưởng Nguyễn Văn An nhấn mạnh vai trò của ASEAN.", []),
        (
            "Hội nghị thông qua tuyên bố về tăng cường hợp tác y tế dự phòng.",
            [("tuyên bố về tăng cường hợp tác y tế dự phòng", "adopted")],
        ),
    ],
)
def test_tuyen_bo_in_lower_case_is_often_the_verb(sentence, expected, glossary):
    assert declared([sentence], glossary) == expected


def test_a_long_run_of_marks_after_a_colon_is_read_in_linear_time(glossary):
    """A list's gap (marks, "và", "a)") is matched one mark at a time: a run repeated inside
    a repeat backtracks without end over a long gap that turns out to be no list, and an
    article hung there. A watchdog fails the test long before that."""

    def hung(*_):
        raise TimeoutError("the list gap backtracks")

    sentence = "Hội nghị đã thông qua:" + " ;" * 40 + " nhiều nội dung và Tuyên bố Hà Nội."
    signal.signal(signal.SIGALRM, hung)
    signal.alarm(20)
    try:
        found = declared([sentence], glossary)
    finally:
        signal.alarm(0)
    assert [name for name, _ in found] == ["Tuyên bố Hà Nội"]
