"""Countries, unions and cities: names the readers take as places, never as people, and
that a role may end with before a name ("Ngoại trưởng Nga Sergei Lavrov").
"""

from __future__ import annotations

from briefgen.glossary import builtin_forms

COUNTRIES = (
    "Việt Nam",
    "Lào",
    "Campuchia",
    "Thái Lan",
    "Malaysia",
    "Indonesia",
    "Singapore",
    "Xingapo",
    "Philippines",
    "Philippin",
    "Brunei",
    "Brunây",
    "Myanmar",
    "Mianma",
    "Timor-Leste",
    "Hàn Quốc",
    "Nhật Bản",
    "Trung Quốc",
    "Ấn Độ",
    "Australia",
    "Ôxtrâylia",
    "New Zealand",
    "Hoa Kỳ",
    "Mỹ",
    "Nga",
    "Canada",
    "Anh",
    "Pháp",
    "Đức",
)


def _glossary_countries() -> tuple[str, ...]:
    """The built-in glossary's countries, each in its Vietnamese form and its source
    variants ("Azerbaijan", "A-déc-bai-gian", "Cộng hòa Séc"): one list for the
    translator and the extractors, so a country added there is known here. A row that
    names a group of countries ("Trung Quốc, Nhật Bản và Hàn Quốc") is no one country."""
    return tuple(form for form in builtin_forms("country") if "," not in form)


# What the glossary lacks: the short forms the press prints for a country whose glossary
# row is its long name ("Pháp" for "Cộng hòa Pháp", "Mỹ"), older spellings, territories,
# unions and bodies a role may end with before a name ("Ngoại trưởng Nga Sergei Lavrov",
# "Đại sứ EU …"), the hyphenated transliterations whose capitals differ from the
# glossary's ("Ả-rập Xê-út" for "Ả Rập Xê-út"), which a plain comparison tells apart, and
# two countries the glossary has no row for, in transliteration ("Gioóc-đa-ni",
# "Ai-xơ-len"; a row for Jordan would bring the Latin "Jordan", a first name too).
_NOT_IN_GLOSSARY = (
    "Đài Loan",
    "Hồng Kông",
    "Ma Cao",
    "Ý",
    "Italia",
    "Bỉ",
    # (the older spelling with "y", as many papers still print it)
    "Thụy Sỹ",
    "Séc",
    "Áo",
    "EU",
    "ASEAN",
    "Liên hợp quốc",
    "Ả-rập Xê-út",
    "A-rập Xê-út",
    "Các Tiểu vương quốc Ả-rập Thống nhất",
    "Gioóc-đa-ni",
    "Ai-xơ-len",
    "Căm-pu-chia",
    # (Saudi Arabia as much of the press spells it)
    "Arab Saudi",
)

# Countries and unions a role may end with before the name ("Ngoại trưởng Nga Sergei
# Lavrov", "Đại sứ Crô-a-ti-a Ivan Horvat"); wider than COUNTRIES, which the other
# extractors read as places.
NATIONS = tuple(dict.fromkeys((*COUNTRIES, *_glossary_countries(), *_NOT_IN_GLOSSARY)))

# The one-syllable short forms of continents and countries that Vietnamese joins with a
# hyphen into the name of a region or of a pair of nations ("Á-Âu", "Á-Phi", "Nga-Việt"),
# which a body's name ends with before its officer's name ("Ủy ban Kinh tế Á-Âu Andrei
# Volkonsky"). Written with their marks, so no foreign name's syllable ("Han") is one.
_SHORT_FORMS = (
    *("Á", "Âu", "Phi", "Mỹ", "Úc"),
    *("Việt", "Lào", "Miên", "Thái", "Trung", "Hoa", "Nhật", "Hàn", "Triều", "Ấn"),
    *("Nga", "Xô", "Pháp", "Đức", "Anh", "Ý", "Cuba"),
)
REGION_COMPOUNDS = frozenset(f"{a}-{b}" for a in _SHORT_FORMS for b in _SHORT_FORMS if a != b)

# Place names that look like personal names (surname-led, capitalised).
# Provinces of Laos and Cambodia in their usual Latin spelling and in the Vietnamese
# press's transliteration.
_NEIGHBOUR_PROVINCES = (
    "Attapeu",
    "Attapư",
    "Bokeo",
    "Bò Kẹo",
    "Bolikhamxay",
    "Bolikhamsai",
    "Bô-ly-khăm-xay",
    "Champasak",
    "Champassak",
    "Chăm-pa-xắc",
    "Houaphanh",
    "Hủa Phăn",
    "Khammouane",
    "Khăm Muồn",
    "Luang Namtha",
    "Luông Nặm Thà",
    "Oudomxay",
    "U-đôm-xay",
    "Phongsaly",
    "Phông-xa-lỳ",
    "Salavan",
    "Saravane",
    "Xa-la-van",
    "Savannakhet",
    "Xa-vằn-na-khệt",
    "Sekong",
    "Xê Kông",
    "Xaisomboun",
    "Xayaboury",
    "Sainyabuli",
    "Xiengkhouang",
    "Xiêng Khoảng",
    "Banteay Meanchey",
    "Battambang",
    "Kampong Cham",
    "Kampong Chhnang",
    "Kampong Speu",
    "Kampong Thom",
    "Kampot",
    "Kandal",
    "Koh Kong",
    "Kratie",
    "Mondulkiri",
    "Oddar Meanchey",
    "Preah Sihanouk",
    "Preah Vihear",
    "Prey Veng",
    "Pursat",
    "Ratanakiri",
    "Stung Treng",
    "Svay Rieng",
    "Svay Riêng",
    "Takeo",
    "Tbong Khmum",
)
PLACES = frozenset(
    [
        "Hà Nội",
        "Hà Tĩnh",
        "Hà Nam",
        "Hà Giang",
        "Hồ Chí Minh",
        "Cao Bằng",
        "Lâm Đồng",
        "Thái Bình",
        "Thái Bình Dương",
        "Thái Nguyên",
        "Lào Cai",
        "Quảng Ninh",
        "Phú Quốc",
        "Sơn La",
        "Ninh Bình",
        "Ninh Thuận",
        "Châu Âu",
        "Châu Á",
        "Châu Phi",
        "Châu Mỹ",
        "Châu Đại Dương",
        "Thái Lan",
        # capitals and cities where the region's meetings are held, which a role may end
        # with before a foreign name ("Đại sứ Nhật Bản tại Jakarta Kanasugi Kenji")
        "Jakarta",
        "Kuala Lumpur",
        "Phnom Penh",
        "Viêng Chăn",
        "Vientiane",
        "Luang Prabang",
        "Bangkok",
        "Băng Cốc",
        "Manila",
        "Bandar Seri Begawan",
        "Nay Pyi Taw",
        "Naypyidaw",
        "Yangon",
        "Dili",
        "Bali",
        "Siem Reap",
        "Labuan Bajo",
        "Tokyo",
        "Osaka",
        "Seoul",
        "Busan",
        "Bắc Kinh",
        "Beijing",
        "Thượng Hải",
        "New Delhi",
        "Canberra",
        "Sydney",
        "Washington",
        "New York",
        "Moskva",
        "Paris",
        "London",
        "Berlin",
        "Brussels",
        "Geneva",
        # Lao and Cambodian provinces twinned with Vietnamese ones, which a governor's
        # title ends with before his name ("Phó Tỉnh trưởng Champasak Vilayphong …")
        *_NEIGHBOUR_PROVINCES,
    ]
)
