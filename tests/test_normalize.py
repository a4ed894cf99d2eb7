"""Comparison keys: spelling variants fold together, different words stay apart."""

from __future__ import annotations

import unicodedata

import pytest

from briefgen.normalize import (
    fold,
    is_vietnamese_syllable,
    nfc,
    strip_diacritics,
    tokenize,
    vietnamese_score,
)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("hoà", "hòa"),
        ("thuỷ", "thủy"),
        ("hoá", "hóa"),
        ("khoẻ", "khỏe"),
        ("loè", "lòe"),
        ("quí", "quý"),
        ("kĩ", "kỹ"),
        ("lí", "lý"),
        ("mĩ", "mỹ"),
        ("qui định", "quy định"),
        ("Văn hoá - Xã hội", "văn hóa-xã hội"),
        ("Hoà bình", "HÒA BÌNH"),
        ("Bộ Nội vụ", unicodedata.normalize("NFD", "Bộ Nội vụ")),
        ("kinh tế–xã hội", "kinh tế - xã hội"),
    ],
)
def test_spelling_variants_fold_equal(old, new):
    assert fold(old) == fold(new)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("hòa", "hóa"),
        ("hòa", "hoa"),
        ("quý", "quỳ"),
        ("kỹ", "kể"),
        ("tuy", "tui"),
        ("thủy", "thúy"),
        ("mỹ", "mì"),
        ("Bộ", "bồ"),
        ("đa", "da"),
        ("Hội nghị", "Hội ngh"),
    ],
)
def test_different_words_stay_distinct(a, b):
    assert fold(a) != fold(b)


def test_nfc_composes_decomposed_text():
    decomposed = unicodedata.normalize("NFD", "Việt Nam")
    assert decomposed != "Việt Nam"
    assert nfc(decomposed) == "Việt Nam"


def test_tokens_point_back_into_the_text():
    text = "Hợp tác ASEAN+3, năm 2022."
    spans = [text[t.start : t.end] for t in tokenize(text)]
    assert spans == ["Hợp", "tác", "ASEAN", "+", "3", ",", "năm", "2022", "."]


def test_strip_diacritics_handles_d_bar():
    assert strip_diacritics("Đỗ Thanh Bình, Vũ Chiến Thắng") == "Do Thanh Binh, Vu Chien Thang"


@pytest.mark.parametrize(
    ("word", "expected"),
    [("nghiệp", True), ("quốc", True), ("thuỷ", True), ("présidé", False), ("µ", False)],
)
def test_is_vietnamese_syllable(word, expected):
    assert is_vietnamese_syllable(word) is expected


@pytest.mark.parametrize(
    ("text", "vietnamese"),
    [
        ("Bộ trưởng Bộ Nội vụ chủ trì Hội nghị ACCSM tại Hà Nội.", True),
        ("The minister chaired the ACCSM meeting in Hanoi.", False),
        ("Le ministre a présidé la réunion à Hanoï après le café.", False),
        ("El ministro presidió la reunión en Hanói el año pasado.", False),
    ],
)
def test_vietnamese_score(text, vietnamese):
    assert (vietnamese_score(text) >= 0.3) is vietnamese
