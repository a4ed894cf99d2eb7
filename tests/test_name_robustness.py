"""Participants hold on names and titles no rule was written against (issue 13).

Two kinds of test: invented sentences, one group per failure class that the metamorphic
benchmark (benchmarks/name_robustness.py) found; and a fixed sample of tuning articles
whose participants are replaced by people of other nations with other titles
(tests/name_substitution.py), which must yield exactly the replaced participants.
"""

from __future__ import annotations

import pytest

from extracted import names_and_roles, page_facts, participant_names
from name_substitution import POOLS, check, make_variant, tuning_annotations

DATO = "Dato Dr. Hj Awang Mohd Isham bin Haji Jaafar"


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        # a later mention without the honorifics, the particle or the father's name
        (
            [
                "Phó Thủ tướng Malaysia Dato' Sri Fadillah binti Yusof dự hội nghị.",
                "Phó Thủ tướng Fadillah Yusof cho biết Malaysia ủng hộ.",
            ],
            ["Dato' Sri Fadillah binti Yusof"],
        ),
        (
            [
                "Bộ trưởng Y tế Brunei Dato Dr. Hj Awang Mohd Isham bin Haji Jaafar phát biểu.",
                "Bộ trưởng Mohd Isham cho biết Brunei ủng hộ.",
            ],
            ["Dato Dr. Hj Awang Mohd Isham bin Haji Jaafar"],
        ),
        # initials glued to the surname, the surname alone later
        (
            ["Ngoại trưởng Pháp J.Dupont dự hội nghị.", "Ông Dupont cho biết Pháp ủng hộ."],
            ["J.Dupont"],
        ),
        # two Vietnamese names sharing surname and middle name stay two people
        (
            ["Thứ trưởng Nguyễn Văn An dự hội nghị.", "Vụ trưởng Nguyễn Văn Bình phát biểu."],
            ["Nguyễn Văn An", "Nguyễn Văn Bình"],
        ),
    ],
)
def test_a_shorter_mention_is_the_same_person(sentences, expected):
    assert participant_names(sentences) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # one word with initials glued to it, in an apposition after the role or before it
        (
            "Khai mạc cuộc họp, Thứ trưởng Bộ Lao động, Thương binh và Xã hội Pháp, ông "
            "J.Dupont, nhấn mạnh hợp tác.",
            [("J.Dupont", "Thứ trưởng Bộ Lao động, Thương binh và Xã hội Pháp")],
        ),
        (
            "Theo ông K.Ivanov, Phó Đại sứ Nga tại Việt Nam, hai bên hợp tác tốt.",
            [("K.Ivanov", "Phó Đại sứ Nga tại Việt Nam")],
        ),
        # one foreign word after the role that ends with its country, however long the role
        (
            "Bộ trưởng Ngoại giao Indonesia, ông Wiryono, cho biết hai bên hợp tác.",
            [("Wiryono", "Bộ trưởng Ngoại giao Indonesia")],
        ),
        (
            "Thứ trưởng Bộ Lao động, Thương binh và Xã hội Indonesia Wiryono khẳng định hợp tác.",
            [("Wiryono", "Thứ trưởng Bộ Lao động, Thương binh và Xã hội Indonesia")],
        ),
        (
            "Tại cuộc hội kiến với Trưởng đoàn Indonesia Wiryono, hai bên nhất trí.",
            [("Wiryono", "Trưởng đoàn Indonesia")],
        ),
        # … but not without the country, nor a place after "tại"
        ("Bộ trưởng Ngoại giao, ông Wiryono, cho biết.", []),
        ("Đại sứ Việt Nam tại Indonesia Jakarta cho biết.", []),
    ],
)
def test_a_name_of_one_word(sentence, expected):
    assert names_and_roles([sentence]) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a ministry named by fields listed with commas, after the name
        (
            "Ông Yamada Ken, Bộ trưởng Bộ Thông tin, Văn hóa và Du lịch Nhật Bản, phát biểu.",
            [("Yamada Ken", "Bộ trưởng Bộ Thông tin, Văn hóa và Du lịch Nhật Bản")],
        ),
        (
            "Ông Lê Văn An, Thứ trưởng Bộ Lao động, Thương binh và Xã hội cho biết.",
            [("Lê Văn An", "Thứ trưởng Bộ Lao động, Thương binh và Xã hội")],
        ),
        # … held with a title before the name
        (
            "Phát biểu khai mạc, Chủ tịch luân phiên ACCSM, ông Yamada Ken, Bộ trưởng Bộ "
            "Thông tin, Văn hóa và Du lịch Nhật Bản, chào mừng các đại biểu.",
            [
                (
                    "Yamada Ken",
                    "Chủ tịch luân phiên ACCSM, Bộ trưởng Bộ Thông tin, Văn hóa và Du lịch "
                    "Nhật Bản",
                )
            ],
        ),
        # … three fields and more
        (
            "Ông Rudi Hartono, Bộ trưởng Giáo dục, Văn hóa, Nghiên cứu và Công nghệ "
            "Indonesia, phát biểu.",
            [("Rudi Hartono", "Bộ trưởng Giáo dục, Văn hóa, Nghiên cứu và Công nghệ Indonesia")],
        ),
        # Malay royal honorifics open the name, not end the role
        (
            "Bộ trưởng Đầu tư, Thương mại và Công nghiệp Malaysia Tengku Datuk Seri Utama "
            "Ismail Aziz chủ trì hội nghị.",
            [
                (
                    "Tengku Datuk Seri Utama Ismail Aziz",
                    "Bộ trưởng Đầu tư, Thương mại và Công nghiệp Malaysia",
                )
            ],
        ),
        # countries joined by "và" after a comma are no field of the ministry
        (
            "Ông Lê Văn An, Thứ trưởng Bộ Ngoại giao, Việt Nam và Lào ký kết.",
            [("Lê Văn An", "Thứ trưởng Bộ Ngoại giao")],
        ),
        # the end of a name with "Jr." is no name of its own, whose role a list follows
        (
            "Tham dự có Trưởng đoàn Philippines Pedro C. Santos Jr., đại sứ, đại biện các "
            "nước ASEAN.",
            [("Pedro C. Santos Jr.", "Trưởng đoàn Philippines")],
        ),
    ],
)
def test_a_role_holds_its_commas(sentence, expected):
    assert names_and_roles([sentence]) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a second role followed by a name addressed is that next person's
        (
            "Bộ trưởng Bộ Nội vụ Lào Khamphet Sisavath, Phó Tổng Thư ký ASEAN phụ trách "
            "Cộng đồng Văn hóa - Xã hội, Ngài Kao Ran, tham dự buổi tiếp.",
            [
                ("Khamphet Sisavath", "Bộ trưởng Bộ Nội vụ Lào"),
                ("Kao Ran", "Phó Tổng Thư ký ASEAN phụ trách Cộng đồng Văn hóa - Xã hội"),
            ],
        ),
        # … while a second role of the same person is kept
        (
            "Thứ trưởng Bộ Nội vụ Vũ Chiến Thắng, Trưởng đoàn Việt Nam, phát biểu.",
            [("Vũ Chiến Thắng", "Thứ trưởng Bộ Nội vụ, Trưởng đoàn Việt Nam")],
        ),
        # a Hán-Việt name after "Trung Quốc" holds no "Quốc vương" (king)
        (
            "Tham dự có Bộ trưởng Ngoại giao Trung Quốc Vương Nghị, Đại sứ Trung Quốc tại "
            "Việt Nam Hà Vĩ, cùng các quan chức.",
            [
                ("Vương Nghị", "Bộ trưởng Ngoại giao Trung Quốc"),
                ("Hà Vĩ", "Đại sứ Trung Quốc tại Việt Nam"),
            ],
        ),
        (
            "Quốc vương Brunei Hassanal Bolkiah tiếp đoàn.",
            [("Hassanal Bolkiah", "Quốc vương Brunei")],
        ),
        # a title inside the name another introduced is the name's ("Sultan")
        (
            "Quốc vương Brunei Sultan Haji Hassanal Bolkiah tiếp đoàn.",
            [("Sultan Haji Hassanal Bolkiah", "Quốc vương Brunei")],
        ),
    ],
)
def test_each_role_goes_to_its_own_person(sentence, expected):
    assert names_and_roles([sentence]) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the role in brackets after a name of one word an honorific or initials introduce
        (
            "Khai mạc cuộc họp, ông K.Ivanov (Trưởng đoàn Nga) nhấn mạnh hợp tác.",
            [("K.Ivanov", "Trưởng đoàn Nga")],
        ),
        ("Ông Wiryono (Trưởng đoàn Indonesia) phát biểu.", [("Wiryono", "Trưởng đoàn Indonesia")]),
        # … its country in brackets before the role
        (
            "Ông Wiryono (Indonesia), Bộ trưởng Ngoại giao Indonesia, phát biểu.",
            [("Wiryono", "Bộ trưởng Ngoại giao Indonesia")],
        ),
        # … not without the country, nor a news agency a sentence opens with
        ("Ông Wiryono (Trưởng đoàn) phát biểu.", []),
        ("Theo Bloomberg, Bộ trưởng Tài chính Indonesia cho biết.", []),
        # a Hán-Việt name after the country, before where the person is
        (
            "Toàn văn phát biểu của Chủ tịch Trung Quốc Tập Cận Bình tại hội nghị cấp cao.",
            [("Tập Cận Bình", "Chủ tịch Trung Quốc")],
        ),
    ],
)
def test_a_name_with_an_aside(sentence, expected):
    assert names_and_roles([sentence]) == expected


def test_two_deputies_of_one_ministry_are_two_people():
    """Transliterated and native spellings of one office merge ("Thủ tướng Lào"); deputy
    ministers share their title."""
    sentences = [
        "Tham dự có Thứ trưởng Bộ Nội vụ Lào Khamla Sengdala, Thứ trưởng Bộ Nội vụ Lào "
        "Xay-xổm-phon Phôm-vi-hản.",
    ]
    assert participant_names(sentences) == ["Khamla Sengdala", "Xay-xổm-phon Phôm-vi-hản"]
    merged = ["Thủ tướng Lào Xỏn-xay Xi-phăn-đon dự.", "Thủ tướng Lào Sonexay Siphandone nói."]
    assert participant_names(merged) == ["Xỏn-xay Xi-phăn-đon"]


def test_a_second_role_in_brackets_after_a_titled_name():
    """It once raised IndexError (the bracketed form has no separator)."""
    sentence = "Phát biểu, Thủ tướng Lào Sonexay Siphandone (Chủ tịch ASEAN 2024) cho biết."
    assert names_and_roles([sentence]) == [
        ("Sonexay Siphandone", "Thủ tướng Lào, Chủ tịch ASEAN 2024")
    ]


def test_a_lone_given_name_joins_the_whole_name():
    sentences = [
        "Thủ tướng Lào Xỏn-xay Xi-phăn-đon dự hội nghị.",
        "Thủ tướng Xỏn-xay cho biết Lào ủng hộ.",
    ]
    assert names_and_roles(sentences) == [("Xỏn-xay Xi-phăn-đon", "Thủ tướng Lào")]


@pytest.mark.parametrize(
    ("later", "actor"),
    [
        ("Ngoại trưởng Ivanov đề nghị hai bên tăng cường hợp tác.", "Pyotr Ivanov"),
        ("Ông Ivanov đề nghị hai bên tăng cường hợp tác.", "Pyotr Ivanov"),
        ("Bộ trưởng Mohd Isham đề nghị hai bên tăng cường hợp tác.", DATO),
        ("Thủ tướng Xỏn-xay đề nghị hai bên tăng cường hợp tác.", "Xỏn-xay Xi-phăn-đon"),
    ],
)
def test_a_commitment_by_a_shortened_name_is_the_persons(tmp_path, later, actor):
    facts = page_facts(
        tmp_path / "visit.txt",
        "Hội đàm cấp cao\n\n"
        "Ngoại trưởng Nga Pyotr Ivanov, Bộ trưởng Y tế Brunei " + DATO + " và Thủ tướng "
        "Lào Xỏn-xay Xi-phăn-đon dự hội đàm.\n\n" + later + "\n",
    )
    assert [c.actor.vi for c in facts.commitments] == [actor]


# One variant per pool, each of another tuning article: a fixed, fast sample of the
# benchmark's 340 variants.
@pytest.fixture(scope="module")
def annotations(shared):
    return [a for a in tuning_annotations(shared) if a.participants]


@pytest.mark.parametrize("seed", [0, 1])
@pytest.mark.parametrize("k", range(len(POOLS)), ids=list(POOLS))
def test_replaced_participants_are_found_exactly(annotations, k, seed):
    pool = list(POOLS)[k]
    annotation = annotations[(k * 7 + seed * 5) % len(annotations)]
    outcome = check(make_variant(annotation, pool, seed))
    assert not outcome.missed, f"{annotation.path}: {outcome.missed}"
    assert not outcome.extra, f"{annotation.path}: {outcome.extra}"
