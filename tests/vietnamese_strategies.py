"""hypothesis strategies shared by the property tests (tests/test_properties_*.py).

Vietnamese words are drawn from the sample articles, so generated text reads as
Vietnamese to briefgen's checks; "hostile" text mixes in what breaks parsers and XML
(control characters, astral characters, markup metacharacters, bidi marks).
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from hypothesis import strategies as st

from briefgen.normalize import is_vietnamese_syllable, vietnamese_score

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def _sample_words() -> list[str]:
    text = " ".join(p.read_text("utf-8") for p in sorted(SAMPLES.glob("*.txt")))
    words = {w.strip(".,;:!?()“”\"'") for w in text.split()}
    return sorted(
        {
            unicodedata.normalize("NFC", w.lower())
            for w in words
            if w.isalpha() and is_vietnamese_syllable(w) and vietnamese_score(w) == 1.0
        }
    )


VI_WORDS = _sample_words()
"""Lower-case Vietnamese syllables with a diacritic: every one reads as Vietnamese."""

vi_word = st.sampled_from(VI_WORDS)


@st.composite
def vi_sentence(draw, min_words: int = 2, max_words: int = 12) -> str:
    """A capitalised sentence of sample syllables ending in a full stop, maybe with a
    number or comma inside."""
    words = draw(st.lists(vi_word, min_size=min_words, max_size=max_words))
    if draw(st.booleans()):
        at = draw(st.integers(0, len(words)))
        words.insert(at, str(draw(st.integers(0, 3000))))
    text = " ".join(words)
    return text[0].upper() + text[1:] + draw(st.sampled_from([".", "!", "?", "…", ""]))


vi_paragraph = st.lists(vi_sentence(), min_size=1, max_size=4).map(" ".join)

INLINE_TAGS = ["b", "i", "em", "strong", "span", "a", "u", "small", "sub"]
BLOCK_TAGS = ["p", "div", "section", "li", "blockquote", "h2", "h3", "td"]


@st.composite
def html_fragment(draw, depth: int = 0) -> tuple[str, list[str]]:
    """Markup and the words a reader of the rendered page sees in it, in order."""
    parts: list[str] = []
    words: list[str] = []
    for _ in range(draw(st.integers(1, 3))):
        kind = draw(st.sampled_from(["text", "inline", "block"] if depth < 3 else ["text"]))
        if kind == "text":
            text = draw(st.lists(vi_word, min_size=1, max_size=6))
            parts.append(" " + " ".join(text) + " ")
            words += text
        else:
            tag = draw(st.sampled_from(INLINE_TAGS if kind == "inline" else BLOCK_TAGS))
            inner, inner_words = draw(html_fragment(depth + 1))
            if kind == "inline":  # inline elements hold text only, no blocks
                inner = f" {' '.join(inner_words)} "
            parts.append(f"<{tag}>{inner}</{tag}>")
            words += inner_words
    return "".join(parts), words


# Characters that break XML writers and parsers, or show up in copy-pasted articles.
HOSTILE_CHARS = [
    "\x00", "\x07", "\x08", "\x0b", "\x0c", "\x1b", "\x7f", "\x80", "\x85", "\x9f",
    "\ufffe", "\uffff", "\ufeff", "\u200b", "\u200e", "\u200f", "\u202a", "\u202e",
    "\u2066", "\u2069", "\u2028", "\u2029", "\xa0", "<", ">", "&", "'", '"', "]]>",
    "&amp;", "<![CDATA[", "-->", "\U0001f600", "\U00020000", "\U0010fffd", "\t", "\r",
]  # fmt: skip

hostile_text = st.lists(
    st.one_of(vi_word, st.sampled_from(HOSTILE_CHARS), st.characters(), st.just(" ")),
    max_size=30,
).map("".join)
"""Vietnamese words mixed with control, astral, bidi and XML metacharacters."""


file_name_char = st.one_of(
    st.characters(blacklist_characters="/\x00", blacklist_categories=("Cs",)),
    st.characters(min_codepoint=0xDC80, max_codepoint=0xDCFF),
)
"""A character a Linux file name can hold, an undecodable byte (a surrogate escape) too."""


def one_line(message: str) -> bool:
    return len(message.splitlines()) == 1 and message.strip() == message and bool(message)


def is_subsequence(needles: list[str], haystack: list[str]) -> bool:
    """Whether ``needles`` appear in ``haystack`` in order (not necessarily adjacent)."""
    it = iter(haystack)
    return all(any(n == h for h in it) for n in needles)


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)
