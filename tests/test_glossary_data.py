"""The shipped ASEAN glossary: size, official forms, and what it finds in fresh sentences.

The sentences below were written for this test in the style of the corpus articles; the
glossary was not built from them.
"""

from __future__ import annotations

import csv
import re

import pytest

from briefgen.glossary import builtin_paths, load_glossaries
from briefgen.glossary.tsv import CASES, CATEGORIES, COLUMNS
from briefgen.normalize import strip_diacritics

GLOSSARY = load_glossaries()


def found(text: str) -> list[str]:
    return [m.entry.en for m in GLOSSARY.find(text)]


def test_has_at_least_2500_entries_each_with_category_case_and_source():
    assert len(GLOSSARY) >= 2500
    assert len(builtin_paths()) >= 5
    for path in builtin_paths():
        header = path.read_text(encoding="utf-8").splitlines()[0]
        assert tuple(header.split("\t")) == COLUMNS, path
    assert {e.case for e in GLOSSARY} <= set(CASES)
    assert {e.category for e in GLOSSARY} <= set(CATEGORIES)
    assert [e.vi for e in GLOSSARY if not e.source] == []


@pytest.mark.parametrize(
    ("vi", "en"),
    [
        ("quyền con người", "human rights"),
        ("tội phạm xuyên quốc gia", "transnational crime"),
        ("Quảng trường Ba Đình", "Ba Dinh Square"),
        ("Chủ tịch Hồ Chí Minh", "President Ho Chi Minh"),
        ("Chương trình Phát triển Liên hợp quốc", "United Nations Development Programme"),
        ("Hợp tác Mê Công - Lan Thương", "Mekong-Lancang Cooperation"),
        ("Ủy ban nhân dân tỉnh Quảng Ninh", "Quang Ninh Provincial People's Committee"),
        ("tỉnh Hà Giang", "Ha Giang Province"),
        ("Thứ trưởng Bộ Y tế", "Deputy Minister of Health"),
        ("Hội nghị Bộ trưởng ASEAN về Ma túy", "ASEAN Ministerial Meeting on Drug Matters"),
        ("Hội nghị Cấp cao ASEAN lần thứ 47", "47th ASEAN Summit"),
    ],
)
def test_official_forms_across_the_categories(vi, en):
    assert found(vi) == [en]


@pytest.mark.parametrize(
    "text",
    [
        "Thị trường dịch vụ ASEAN phát triển",  # not 'Vụ ASEAN' (ASEAN Department)
        "Nghiên cứu hải dương học",  # not 'Hải Dương' (the province)
        "Hai đội cao bằng nhau",  # not 'Cao Bằng'
        "Vì hòa bình và hợp tác",  # not 'Hòa Bình' (the province)
        "Phía Nam và Bắc",  # not 'NAM' (Non-Aligned Movement)
    ],
)
def test_common_words_are_not_taken_for_names(text):
    names = {"ASEAN Department", "Hai Duong", "Cao Bang", "Hoa Binh", "Non-Aligned Movement"}
    assert not names & set(found(text))


@pytest.mark.parametrize(
    ("vi", "en"),
    [
        ("Bộ Nội vụ", "Ministry of Home Affairs"),
        ("Bộ Ngoại giao", "Ministry of Foreign Affairs"),
        ("Bộ Thông tin và Truyền thông", "Ministry of Information and Communications"),
        ("Bộ Lao động - Thương binh và Xã hội", "Ministry of Labour, Invalids and Social Affairs"),
        ("Bộ Nông nghiệp và Môi trường", "Ministry of Agriculture and Environment"),
        ("Bộ Dân tộc và Tôn giáo", "Ministry of Ethnic and Religious Affairs"),
        ("Phó Thủ tướng Thường trực", "Standing Deputy Prime Minister"),
        ("Thứ trưởng Thường trực", "Permanent Deputy Minister"),
        ("Bộ trưởng Nội vụ", "Minister of Home Affairs"),
        ("Ban Thư ký ASEAN", "ASEAN Secretariat"),
        ("Hội nghị Cấp cao ASEAN", "ASEAN Summit"),
        ("Hàn Quốc", "Republic of Korea"),
        ("Lào", "Lao PDR"),
        ("Brunei", "Brunei Darussalam"),
        ("Việt Nam", "Viet Nam"),
        ("Tầm nhìn Cộng đồng ASEAN 2025", "ASEAN Community Vision 2025"),
        ("cải cách hành chính", "public administration reform"),
        ("nền công vụ", "civil service"),
    ],
)
def test_official_forms(vi, en):
    assert found(vi) == [en]


SENTENCES = [
    (
        "Sáng 15/3, tại Hà Nội, Phó Thủ tướng Thường trực Chính phủ đã tiếp Tổng Thư ký ASEAN.",
        ["Hanoi", "Standing Deputy Prime Minister", "Secretary-General of ASEAN"],
    ),
    (
        "Thứ trưởng Thường trực Bộ Ngoại giao dẫn đầu đoàn Việt Nam dự Hội nghị Bộ trưởng "
        "Ngoại giao ASEAN lần thứ 58 tại Kuala Lumpur.",
        [
            "Permanent Deputy Minister of Foreign Affairs",
            "Viet Nam",
            "58th ASEAN Foreign Ministers' Meeting",
            "Kuala Lumpur",
        ],
    ),
    (
        "Bộ trưởng Nội vụ nhấn mạnh vai trò của nền công vụ trong chuyển đổi số quốc gia.",
        ["Minister of Home Affairs", "civil service", "national digital transformation"],
    ),
    (
        "Đại diện Bộ Lao động- Thương binh và Xã hội trình bày Kế hoạch tổng thể Cộng đồng "
        "Văn hoá - Xã hội ASEAN 2025.",
        [
            "Ministry of Labour, Invalids and Social Affairs",
            "ASEAN Socio-Cultural Community Blueprint 2025",
        ],
    ),
    (
        "Hội nghị Cấp cao ASEAN lần thứ 46 đã thông qua Tầm nhìn Cộng đồng ASEAN 2045.",
        ["46th ASEAN Summit", "ASEAN Community Vision 2045"],
    ),
    (
        "Ủy ban liên Chính phủ ASEAN về Nhân quyền họp tại Ban Thư ký ASEAN ở Gia-các-ta.",
        ["ASEAN Intergovernmental Commission on Human Rights", "ASEAN Secretariat", "Jakarta"],
    ),
    (
        "Đoàn Bộ Nội vụ Lào và Đại sứ quán Hàn Quốc tham dự Hội nghị cán bộ cấp cao ACCSM+3.",
        [
            "Ministry of Home Affairs of the Lao PDR",
            "Embassy",
            "Republic of Korea",
            "ACCSM+3 Senior Officials Meeting",
        ],
    ),
    (
        "Chủ tịch nước và Phó Chủ tịch nước tiếp Đại sứ Đặc mệnh toàn quyền Brunei Darussalam.",
        [
            "President",
            "Vice President",
            "Ambassador Extraordinary and Plenipotentiary",
            "Brunei Darussalam",
        ],
    ),
    (
        "Bộ Khoa học và Công nghệ đẩy mạnh xây dựng Chính phủ điện tử và cải cách hành chính.",
        ["Ministry of Science and Technology", "e-Government", "public administration reform"],
    ),
    (
        "Timor-Leste tham dự Hội đồng Cộng đồng Văn hóa - Xã hội ASEAN với tư cách quan sát viên.",
        ["Timor-Leste", "ASEAN Socio-Cultural Community Council", "observer"],
    ),
    (
        "Vụ trưởng Vụ Hợp tác quốc tế cho biết Kế hoạch làm việc ACCSM giai đoạn 2021 - 2025 "
        "đã hoàn thành.",
        [
            "Director General of the Department of International Cooperation",
            "ACCSM Work Plan 2021-2025",
        ],
    ),
    (
        "THỦ TƯỚNG CHÍNH PHỦ chủ trì phiên họp của Ủy ban Quốc gia về chuyển đổi số.",
        ["Prime Minister", "National Committee on Digital Transformation"],
    ),
    (
        "Bộ Nông nghiệp và Môi trường phối hợp với Cộng hòa Indonesia ứng phó biến đổi khí hậu.",
        ["Ministry of Agriculture and Environment", "Republic of Indonesia", "climate change"],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), SENTENCES)
def test_fresh_sentences_get_official_forms(sentence, expected):
    assert found(sentence) == expected


def test_personal_names_are_not_entries():
    assert found("Bộ trưởng Phạm Thị Thanh Trà gặp ông Lee Sang-min") == ["Minister"]


# Where the published English differs from the glossary on purpose.
OFFICIAL_OVER_PUBLISHED = {
    "Lào": "ASEAN writes Lao PDR; media write Laos (a variant)",
    "ASEAN+3": "'ASEAN Plus+3' is a typo for ASEAN Plus Three",
    "Tầm nhìn ASEAN 2045": "the adopted title is ASEAN Community Vision 2045",
    "mái nhà chung Cộng đồng ASEAN": "'under the ASEAN Community' paraphrases",
    "Bộ Hành chính và an toàn Hàn Quốc": "the source names the minister, not the ministry",
}


def comparable(english: str) -> str:
    """English without diacritics, parenthesised abbreviations, 'the' or curly quotes."""
    text = strip_diacritics(english).lower().replace("\u2019", "'")
    text = re.sub(r"\s*\([^)]*\)", "", text)
    return " ".join(w for w in text.split() if w != "the")


def test_corpus_renderings_are_preferred_or_variants(shared):
    """Where the glossary has a term of corpus/terms.tsv, the published English is its
    preferred form or a recorded variant, unless listed in OFFICIAL_OVER_PUBLISHED."""
    with (shared / "corpus" / "terms.tsv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    checked = 0
    for row in rows:
        entry = GLOSSARY.get(row["vi_term"])
        if entry is None or row["vi_term"] in OFFICIAL_OVER_PUBLISHED:
            continue
        checked += 1
        forms = {comparable(f) for f in (entry.en, *entry.variants)}
        assert comparable(row["en_rendering"]) in forms, (row["vi_term"], row["en_rendering"])
    assert checked >= 15
