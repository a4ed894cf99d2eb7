"""Finding glossary terms in Vietnamese text, through the public Glossary API."""

from __future__ import annotations

import itertools
import unicodedata

import pytest

from briefgen.glossary import Glossary, load
from briefgen.records import Entry

LABOUR = "Ministry of Labour, Invalids and Social Affairs"
GLOSSARY = Glossary(
    [
        Entry("Bộ Nội vụ", "Ministry of Home Affairs"),
        Entry("Bộ trưởng", "Minister"),
        Entry(
            "Bộ trưởng Bộ Nội vụ",
            "Minister of Home Affairs",
            source_variants=("Bộ trưởng Nội vụ",),
        ),
        Entry("Bộ Lao động - Thương binh và Xã hội", LABOUR),
        Entry("Hòa Bình", "Hoa Binh"),
        Entry("công vụ", "civil service"),
    ]
)


def found(text: str, glossary: Glossary = GLOSSARY) -> list[tuple[str, str]]:
    return [(m.surface, m.entry.en) for m in glossary.find(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bộ trưởng Bộ Nội vụ phát biểu", [("Bộ trưởng Bộ Nội vụ", "Minister of Home Affairs")]),
        ("Bộ trưởng Nội vụ phát biểu", [("Bộ trưởng Nội vụ", "Minister of Home Affairs")]),
        ("BỘ NỘI VỤ", [("BỘ NỘI VỤ", "Ministry of Home Affairs")]),
        ("bộ nội vụ", [("bộ nội vụ", "Ministry of Home Affairs")]),
        ("tỉnh Hoà Bình", [("Hoà Bình", "Hoa Binh")]),  # old tone placement
        (
            "Bộ Lao động- Thương Binh và Xã hội",
            [("Bộ Lao động- Thương Binh và Xã hội", LABOUR)],
        ),
        (
            "Bộ Lao động-Thương binh và Xã hội",
            [("Bộ Lao động-Thương binh và Xã hội", LABOUR)],
        ),
        (
            "Bộ trưởng và Bộ Nội vụ",
            [("Bộ trưởng", "Minister"), ("Bộ Nội vụ", "Ministry of Home Affairs")],
        ),
        ("công vụx và xcông vụ", []),  # whole syllables only
        ("Bộ Nội", []),
    ],
)
def test_find(text, expected):
    assert found(text) == expected


def test_decomposed_unicode_matches_and_keeps_original_offsets():
    text = unicodedata.normalize("NFD", "Ông Bộ trưởng Bộ Nội vụ nói")
    (match,) = GLOSSARY.find(text)
    assert match.entry.en == "Minister of Home Affairs"
    assert text[match.start : match.end] == match.surface
    assert unicodedata.normalize("NFC", match.surface) == "Bộ trưởng Bộ Nội vụ"


def test_matches_do_not_overlap_and_come_in_text_order():
    matches = GLOSSARY.find("Bộ Nội vụ, Bộ trưởng Bộ Nội vụ và công vụ")
    assert [m.entry.en for m in matches] == [
        "Ministry of Home Affairs",
        "Minister of Home Affairs",
        "civil service",
    ]
    assert all(a.end <= b.start for a, b in itertools.pairwise(matches))


def test_later_glossary_overrides_earlier():
    override = Glossary([Entry("bộ nội vụ", "Interior Ministry")])
    assert found("Bộ Nội vụ", GLOSSARY.merged(override)) == [("Bộ Nội vụ", "Interior Ministry")]


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("plain.tsv", "Bộ Nội vụ\tMinistry of Home Affairs\nđề án\tproject\n"),
        ("plain.csv", "Bộ Nội vụ,Ministry of Home Affairs\nđề án,project\n"),
        ("quoted.csv", '"Bộ Nội vụ","Ministry of Home Affairs"\n"đề án","project"\n'),
    ],
)
def test_plain_two_column_files_load(tmp_path, name, content):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    glossary = load(path)
    assert [(e.vi, e.en) for e in glossary] == [
        ("Bộ Nội vụ", "Ministry of Home Affairs"),
        ("đề án", "project"),
    ]
    assert found("Đề án của Bộ Nội vụ", glossary) == [
        ("Đề án", "project"),
        ("Bộ Nội vụ", "Ministry of Home Affairs"),
    ]


# Vietnamese as it is actually written: each way of writing one term finds it.
WRITTEN = {
    "tone mark on the first vowel": "Bộ Lao động - Thương binh và Xã hội tỉnh Hoà Bình",
    "tone mark on the second vowel": "Bộ Lao động - Thương binh và Xã hội tỉnh Hòa Bình",
    "capitals inside the term": "Bộ Lao Động - Thương Binh Và Xã Hội tỉnh HÒA BÌNH",
    "hyphen without space before": "Bộ Lao động- Thương binh và Xã hội tỉnh Hòa Bình",
    "hyphen without space after": "Bộ Lao động -Thương binh và Xã hội tỉnh Hòa Bình",
    "hyphen without spaces": "Bộ Lao động-Thương binh và Xã hội tỉnh Hòa Bình",
    "en dash": "Bộ Lao động – Thương binh và Xã hội tỉnh Hòa Bình",
    "em dash": "Bộ Lao động—Thương binh và Xã hội tỉnh Hòa Bình",
    "minus sign": "Bộ Lao động − Thương binh và Xã hội tỉnh Hòa Bình",
    "full-width hyphen": "Bộ Lao động－Thương binh và Xã hội tỉnh Hòa Bình",
    "no hyphen at all": "Bộ Lao động Thương binh và Xã hội tỉnh Hòa Bình",
    "decomposed (NFD)": unicodedata.normalize(
        "NFD", "Bộ Lao động – Thương binh và Xã hội tỉnh Hoà Bình"
    ),
}


@pytest.mark.parametrize("text", WRITTEN.values(), ids=WRITTEN.keys())
def test_terms_are_found_however_vietnamese_writes_them(text):
    assert [m.entry.en for m in GLOSSARY.find(text)] == [LABOUR, "Hoa Binh"]
    for match in GLOSSARY.find(text):
        assert text[match.start : match.end] == match.surface
        assert not match.surface[0].isspace() and match.surface[-1] not in " -–—−－"


def test_thuy_and_thuy_tone_placements_match_each_other():
    glossary = Glossary([Entry("thủy lợi", "irrigation"), Entry("Hòa Bình", "Hoa Binh")])
    assert [m.entry.en for m in glossary.find("công tác thuỷ lợi ở Hoà Bình")] == [
        "irrigation",
        "Hoa Binh",
    ]
    glossary = Glossary([Entry("thuỷ lợi", "irrigation")])  # the term in the old style
    assert [m.entry.en for m in glossary.find("thủy lợi")] == ["irrigation"]
