"""Properties of term matching and the glossary guarantee (``briefgen.glossary`` find,
``briefgen.glossary.enforce`` repair and check).

A glossary term written in any of the ways the matcher promises to accept (any case,
NFC or NFD, the old or new tone placement, i or y, any spacing) and set in arbitrary
Vietnamese context is found at its span; after repair of an arbitrary draft with
arbitrary alignments, the English of every term found is in the output and the check
passes."""

from __future__ import annotations

import re
import unicodedata
from itertools import pairwise

from hypothesis import example, given
from hypothesis import strategies as st

from briefgen.glossary import Glossary, load_glossaries
from briefgen.glossary.enforce import check, repair, requirements
from briefgen.normalize import TONE_MARKS, fold, tokenize
from briefgen.records import Entry, TokenLink
from vietnamese_strategies import HOSTILE_CHARS, vi_sentence, vi_word

BUILTIN = load_glossaries()
FORMS = sorted({(form, e.en) for e in BUILTIN for form in (e.vi, *e.source_variants)})
"""Every Vietnamese form of the built-in glossary, with the English it must become."""

_VOWELS = "aăâeêioôơuưy"
JOINERS = frozenset("-\u2012\u2212\ufe58\ufe63\uff0d")
"""Hyphens and dashes, which the matcher skips on both sides."""


def retone(syllable: str) -> str:
    """The other tone placement of an "oa", "oe" or "uy" syllable without a final
    consonant ("hòa" ↔ "hoà", "thủy" ↔ "thuỷ"); other syllables as they are."""
    letters = unicodedata.normalize("NFD", syllable)
    tones = [i for i, ch in enumerate(letters) if ch in TONE_MARKS]
    base = unicodedata.normalize("NFC", "".join(ch for ch in letters if ch not in TONE_MARKS))
    if len(tones) != 1 or not base.lower().endswith(("oa", "oe", "uy")):
        return syllable
    if base.lower().startswith("qu"):
        return syllable
    carrier = sum(not unicodedata.combining(ch) for ch in letters[: tones[0]]) - 1
    first = len(base) - 2
    at = first + 1 if carrier == first else first
    return unicodedata.normalize("NFC", base[: at + 1] + letters[tones[0]] + base[at + 1 :])


def y_to_i(syllable: str) -> str:
    """ "kỹ" → "kĩ", "lý" → "lí": a syllable-final y after a consonant written as i."""
    letters = unicodedata.normalize("NFD", syllable)
    base = unicodedata.normalize("NFC", "".join(ch for ch in letters if ch not in TONE_MARKS))
    if len(base) >= 2 and base[-1] in "yY" and base[-2].lower() not in _VOWELS:
        at = letters.rfind(base[-1])
        i = "I" if base[-1] == "Y" else "i"
        return unicodedata.normalize("NFC", letters[:at] + i + letters[at + 1 :])
    return syllable


WRITINGS = {
    "as is": lambda t: t,
    "lower": str.lower,
    "upper": str.upper,
    "title": lambda t: " ".join(w[:1].upper() + w[1:] for w in t.split(" ")),
    "nfd": lambda t: unicodedata.normalize("NFD", t),
    "other tone placement": lambda t: " ".join(retone(w) for w in t.split(" ")),
    "i for y": lambda t: " ".join(y_to_i(w) for w in t.split(" ")),
    "spacing": lambda t: re.sub(" (?!-)", "  ", t).replace(" -", "\xa0-"),
}


@st.composite
def written_term(draw, forms=FORMS):
    """A glossary form, its English, and the form written one or more other ways."""
    form, english = draw(st.sampled_from(forms))
    written = form
    for name in draw(st.lists(st.sampled_from(sorted(WRITINGS)), max_size=3)):
        written = WRITINGS[name](written)
    return form, english, written


context = st.lists(vi_word, max_size=5).map(" ".join)


@given(context, written_term(), context, st.sampled_from([", ", ". ", "; ", " (", ": "]))
@example("vì", ("hòa bình và ổn định", "peace and stability", "HOÀ BÌNH VÀ ỔN ĐỊNH"), "", ", ")
@example("", ("hòa bình và ổn định", "peace and stability", "hoà  bình và ổn định"), "ở", "; ")
@example("", ("Tây Ninh", "Tay Ninh", "TÂY NINH"), "", ", ")
def test_a_term_in_any_context_is_found_at_its_span(before, term, after, stop):
    form, _, written = term
    left = f"{before}{stop}" if before else ""
    text = f"{left}{written}{stop}{after}"
    start, end = len(left), len(left) + len(written)
    matches = BUILTIN.find(text)
    exact = [m for m in matches if (m.start, m.end) == (start, end)]
    if not exact:  # only a longer term reaching over the stop may take it ("phụ nữ, hòa bình…")
        longer = [m for m in matches if m.start < end and start < m.end]
        assert any(len(fold(m.surface).split()) > len(fold(form).split()) for m in longer), (
            text,
            [(m.surface, m.entry.vi) for m in matches],
        )
        return
    match = exact[0]
    assert match.surface == written
    assert fold(unicodedata.normalize("NFC", written)) in {
        fold(f) for f in (match.entry.vi, *match.entry.source_variants)
    }


small_glossary = st.lists(
    st.lists(vi_word, min_size=1, max_size=3).map(" ".join), min_size=1, max_size=6
).map(lambda terms: Glossary(Entry(t, f"E{n} {t}") for n, t in enumerate(terms)))


@given(small_glossary, st.lists(st.one_of(vi_word, st.sampled_from(HOSTILE_CHARS)), max_size=25))
def test_matches_are_terms_in_order_without_overlap(glossary, words):
    text = " ".join(words)
    matches = glossary.find(text)
    assert all(a.end <= b.start for a, b in pairwise(matches))
    for match in matches:
        assert text[match.start : match.end] == match.surface
        assert fold(match.surface) == fold(match.entry.vi)
    # every occurrence of a term is found, or overlaps a match (a longer term, found first)
    tokens = [t for t in tokenize(text) if t.key not in JOINERS]
    keys = [t.key for t in tokens]
    for entry in glossary:
        term = [t.key for t in tokenize(entry.vi)]
        for i in range(len(keys) - len(term) + 1):
            if keys[i : i + len(term)] == term:
                start, end = tokens[i].start, tokens[i + len(term) - 1].end
                assert any(m.start < end and start < m.end for m in matches), (text, entry.vi)


# --- the guarantee --------------------------------------------------------------------

draft_piece = st.one_of(
    st.sampled_from(["the", "of", "and", "Ministry", "ASEAN", " ", ", ", ".", "21st", "-"]),
    st.sampled_from([en for _, en in FORMS]).map(lambda en: en[: len(en) // 2]),  # half a term
    st.sampled_from([en for _, en in FORMS]),
    st.sampled_from(HOSTILE_CHARS),
    st.text(max_size=4),
)


@st.composite
def sentence_and_draft(draw):
    """A Vietnamese sentence holding glossary terms (and maybe names and numbers), a
    draft translation of it, and cross-attention links between the two."""
    parts = []
    for _ in range(draw(st.integers(1, 3))):
        parts.append(draw(context))
        parts.append(draw(written_term())[2])
    parts.append(draw(vi_sentence(min_words=1, max_words=4)))
    sentence = " ".join(p for p in parts if p)
    draft = "".join(draw(st.lists(draft_piece, max_size=12)))
    links = []
    for _ in range(draw(st.integers(0, 8))):
        if not draft:
            break
        ts = draw(st.integers(0, len(draft) - 1))
        te = draw(st.integers(ts + 1, len(draft)))
        ss = draw(st.integers(0, len(sentence) - 1))
        se = draw(st.integers(ss + 1, len(sentence)))
        links.append(TokenLink(ts, te, ss, se))
    return sentence, draft, links


def rendered(english: str, case: str, output: str) -> bool:
    if case == "preserve":
        return english in output
    return english in output or english[:1].swapcase() + english[1:] in output


@given(sentence_and_draft())
@example(("Bộ Nội vụ họp.", "The Ministry of Home", [TokenLink(4, 12, 0, 9)]))
def test_repair_puts_every_term_in_and_check_passes(case):
    sentence, draft, links = case
    reqs = requirements(sentence, BUILTIN)
    output = repair(draft, reqs, links)
    assert all(c.satisfied for c in check(sentence, output, BUILTIN)), (sentence, draft, output)
    for match in BUILTIN.find(sentence):
        assert rendered(match.entry.en, match.entry.case, output)
    if all(c.satisfied for c in check(sentence, draft, BUILTIN)):
        assert output == draft  # nothing to repair: the draft stays as the model wrote it
