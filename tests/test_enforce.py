"""Terminology checks and repair without a model: requirements, the pure check, splicing
by alignment, and the names/numbers kept as written."""

from __future__ import annotations

import pytest

from briefgen.glossary import Glossary
from briefgen.glossary.enforce import TermEnforcer, check, repair, requirements
from briefgen.glossary.protect import protected
from briefgen.records import Entry
from briefgen.translate.base import DecodeOptions, TokenLink, Translator

GLOSSARY = Glossary(
    [
        Entry("Bộ Nội vụ", "Ministry of Home Affairs"),
        Entry("Bộ trưởng Bộ Nội vụ", "Minister of Home Affairs"),
        Entry("Cộng đồng ASEAN", "ASEAN Community"),
        Entry("ASEAN", "ASEAN"),
    ]
)


@pytest.mark.parametrize(
    ("source", "target", "expected"),
    [
        ("Bộ Nội vụ họp.", "The Ministry of Home Affairs met.", [True]),
        ("Bộ Nội vụ họp.", "The ministry of home affairs met.", [False]),
        ("Bộ Nội vụ và Bộ Nội vụ.", "Ministry of Home Affairs and the ministry.", [True, False]),
        ("Bộ trưởng Bộ Nội vụ họp.", "Minister of Home Affairs met.", [True]),
        # "ASEAN" inside the placed "ASEAN Community" does not count for the lone "ASEAN".
        ("Cộng đồng ASEAN và ASEAN.", "ASEAN Community and partners.", [True, False]),
        ("Cộng đồng ASEAN và ASEAN.", "ASEAN Community and ASEAN.", [True, True]),
    ],
)
def test_check_counts_each_occurrence(source, target, expected):
    terms = [c for c in check(source, target, GLOSSARY) if c.kind == "term"]
    assert [c.satisfied for c in terms] == expected


def test_nested_terms_require_the_longest():
    reqs = requirements("Bộ trưởng Bộ Nội vụ phát biểu.", GLOSSARY)
    assert [(r.source, r.target) for r in reqs] == [
        ("Bộ trưởng Bộ Nội vụ", "Minister of Home Affairs")
    ]


def test_number_may_be_an_ordinal():
    assert all(c.satisfied for c in check("Hội nghị lần thứ 21.", "The 21st meeting.", None))
    assert not any(c.satisfied for c in check("Có 21 nước.", "There are 2021 states.", None))


def link(target: str, word: str, source: str, term: str) -> TokenLink:
    t, s = target.index(word), source.index(term)
    return TokenLink(t, t + len(word), s, s + len(term))


def test_repair_replaces_the_aligned_words():
    source = "Bộ Nội vụ chủ trì hội nghị."
    target = "The Interior Office chaired the meeting."
    links = [
        link(target, "Interior", source, "Bộ"),
        link(target, "Office", source, "Nội vụ"),
        link(target, "chaired", source, "chủ trì"),
    ]
    out = repair(target, requirements(source, GLOSSARY), links)
    assert out == "The Ministry of Home Affairs chaired the meeting."


def test_repair_never_breaks_a_placed_term():
    source = "Bộ Nội vụ và Cộng đồng ASEAN."
    target = "Ministry of Home Affairs and the community."
    # A bad alignment points "Cộng đồng ASEAN" at words of the already correct term.
    links = [link(target, "Home", source, "Cộng đồng ASEAN")]
    out = repair(target, requirements(source, GLOSSARY), links)
    assert all(c.satisfied for c in check(source, out, GLOSSARY))
    assert out.startswith("Ministry of Home Affairs ")


@pytest.mark.parametrize("links", [[], None])
def test_repair_inserts_when_nothing_aligns(links):
    source = "Họp với Bộ Nội vụ."
    target = "A meeting was held."
    if links is None:
        links = [link(target, "meeting", source, "Họp")]
    out = repair(target, requirements(source, GLOSSARY), links)
    assert [c.satisfied for c in check(source, out, GLOSSARY)] == [True]
    assert "  " not in out


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Bộ trưởng Vũ Chiến Thắng phát biểu.", [("name", "Vu Chien Thang")]),
        ("Đồng chí Phạm Thị Thanh Trà chủ trì.", [("name", "Pham Thi Thanh Tra")]),
        ("Ông Kao Kim Hourn dự họp.", [("name", "Kao Kim Hourn")]),
        ("Bộ trưởng Bộ Nội vụ dự họp.", []),
        ("Họp tại Hà Nội ngày 05/8/2022.", [("date", "05/8/2022")]),
        ("Theo Quyết định 1313/QĐ-TTg.", [("docnum", "1313/QĐ-TTg")]),
        ("Tăng 2,5% so với 1.313 người.", [("percent", "2,5%"), ("number", "1.313")]),
        (
            "Hội nghị SOM ASEAN+3 và ACCSM.",
            [("acronym", "SOM"), ("acronym", "ASEAN+3"), ("acronym", "ACCSM")],
        ),
        ("HỘI NGHỊ CẤP CAO ASEAN", []),
    ],
)
def test_protected_names_and_numbers(sentence, expected):
    assert [(p.kind, p.target) for p in protected(sentence)] == expected


class Scripted(Translator):
    """Says a fixed English for each sentence and aligns nothing: the worst case."""

    backend = "scripted"

    def __init__(self, outputs: dict[str, str]) -> None:
        self.outputs = outputs

    def translate_batch(self, texts, *, options=DecodeOptions()):
        return [self.outputs[t] for t in texts]


def test_enforcer_without_alignments_still_guarantees():
    source = "Bộ trưởng Vũ Chiến Thắng gặp Bộ Nội vụ ngày 05/8/2022."
    inner = Scripted({source: "The minister Vu met the ministry on 05/8/202."})
    out = TermEnforcer(inner, GLOSSARY).translate_batch([source])[0]
    assert all(c.satisfied for c in check(source, out, GLOSSARY))
    assert "Vu Chien Thang" in out and "05/8/2022" in out and "Ministry of Home Affairs" in out


def test_enforcer_leaves_correct_output_alone():
    source = "Bộ Nội vụ chủ trì."
    inner = Scripted({source: "The Ministry of Home Affairs presided."})
    assert TermEnforcer(inner, GLOSSARY).translate_batch([source]) == [
        "The Ministry of Home Affairs presided."
    ]


def test_a_stack_that_already_enforces_the_glossary_is_not_wrapped_again(tmp_path):
    """The CLI puts the translation memory over the enforcer; the pipeline must not add a
    second enforcer that looks every term up again."""
    from briefgen.glossary.enforce import enforce_terms
    from briefgen.translate.memory import CachedTranslator, TranslationMemory

    inner = Scripted({"Bộ Nội vụ chủ trì.": "The ministry presided."})
    stack = CachedTranslator(
        enforce_terms(inner, GLOSSARY), TranslationMemory(tmp_path / "tm.sqlite3")
    )
    assert enforce_terms(stack, GLOSSARY) is stack
    other = Glossary([Entry("chủ trì", "chaired")])
    assert isinstance(enforce_terms(stack, other), TermEnforcer)
