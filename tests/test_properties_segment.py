"""Properties of the sentence splitter (``briefgen.segment``): segments are non-empty,
trimmed, bounded, in order, together hold every non-space character of their paragraph,
and none reaches across two paragraphs."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from briefgen.errors import InputError
from briefgen.ingest import read_bytes
from briefgen.segment import MAX_SENTENCE_CHARS, segment_document, split_sentences
from vietnamese_strategies import HOSTILE_CHARS, vi_sentence, vi_word

# What the splitter has rules for: abbreviations, initials, numbers, dates, list
# numbers, quotations, ellipses, the "./." that ends articles, glued sentences.
TRICKY = [
    ". ", "! ", "? ", "… ", "./.", "...", " TP.", "TP.HCM", " TS. ", "PGS.TS.", " v.v. ",
    " 1. ", " a) ", " V. ", "1.313", "05/8/2022", "56,6%", "“", "”", "«", "»", '"', "(", ")",
    "Nam.Phát", ", ", "; ", ": ", "\n", "\t", "\xa0", "\u2028",
]  # fmt: skip

paragraph_text = st.lists(
    st.one_of(
        vi_sentence(),
        vi_word,
        st.sampled_from(TRICKY),
        st.sampled_from(HOSTILE_CHARS),
        st.text(max_size=5),
        st.just(" "),
    ),
    max_size=30,
).map(" ".join)


def solid(text: str) -> str:
    """``text`` without its whitespace: what a split may not add, drop or reorder."""
    return "".join(text.split())


@given(paragraph_text)
@example("Ông A. " + "x" * 3 * MAX_SENTENCE_CHARS)
@example("a, " * MAX_SENTENCE_CHARS)
def test_sentences_cover_the_paragraph_in_order(text):
    sentences = split_sentences(text)
    assert all(s and s == s.strip() for s in sentences)
    assert all(len(s) <= MAX_SENTENCE_CHARS for s in sentences)
    assert "".join(solid(s) for s in sentences) == solid(text)


@given(st.lists(vi_sentence(), min_size=1, max_size=6))
def test_plain_sentences_are_split_where_they_end(sentences):
    """Sentences ending in a full stop, each starting with a capital: one segment each."""
    ended = [s if s[-1] in ".!?…" else s + "." for s in sentences]
    assert split_sentences(" ".join(ended)) == ended


@given(st.lists(paragraph_text.filter(lambda t: t.strip()), min_size=1, max_size=6))
def test_no_segment_straddles_a_paragraph(paragraphs):
    lines = ["hội nghị bộ trưởng các nước", *(" ".join(p.splitlines()) for p in paragraphs)]
    data = "\n".join(lines).encode("utf-8", "surrogatepass")
    try:
        document = read_bytes(data, "article.txt")
    except InputError:  # too little of it reads as Vietnamese: the readers' properties
        return
    segments = segment_document(document)
    by_block: dict[int, list[str]] = {}
    for segment in segments:
        by_block.setdefault(segment.block, []).append(segment.text)
        assert segment.index == len(by_block[segment.block]) - 1
    assert list(by_block) == sorted(by_block)
    for block in document.blocks:
        assert "".join(map(solid, by_block.get(block.index, []))) == solid(block.text)
