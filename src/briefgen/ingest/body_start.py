"""Tell whether a story's prose starts at a line, or the line is still a headline or
the page's furniture above it.
"""

from __future__ import annotations

import re

from briefgen.extract.word_patterns import UPPER
from briefgen.ingest.bylines import is_name_line
from briefgen.ingest.captions import is_caption
from briefgen.ingest.line_shapes import TERMINAL, is_prose, is_salutation, opens_with_time, words
from briefgen.ingest.outlets import is_tag_only, source_tag
from briefgen.ingest.page_furniture import is_chrome
from briefgen.segment import split_sentences

MAX_TITLE_WORDS = 40
# A headline may end in a name's initial ("… Kishida F.", "… L.P."), an
# honorific or degree ("… Marcos Jr.", "… Dato Hj.", "… TS.") or a company's form ("… Co.,
# Ltd.", "… Sdn. Bhd."): its full stop ends no sentence.
_INITIAL_END = re.compile(
    rf"(?:(?<![\w'’])[{UPPER}]"
    r"|\b(?:Jr|Sr|Dr|Mr|Mrs|Ms|Prof|Hj|Hjh|Pg|Dk|TS|GS|PGS|ThS|BS|KS|NCS|Ltd|Inc|Corp|Co"
    r"|Bros|Bhd|Sdn|Pte|Plc|JSC))\.$"
)


def starts_body(
    text: str, title: str | None, *, title_search: bool = False, following: str = ""
) -> bool:
    """Whether the article's prose starts with this line; ``following`` is the next line
    with text (a kicker "Hội nghị Cấp cao ASEAN lần thứ 42:" introduces no prose)."""
    if not text or is_chrome(text) or is_tag_only(text) or is_caption(text, title=title):
        return False
    if text.endswith(":") and not _prose_follows(following):
        return False
    text = text[len(source_tag(text)) :]
    if is_salutation(text):  # a speech starts with whom it addresses
        return True
    if is_name_line(text):  # "Hồng Nhung (TTXVN)" over the lead is its byline
        return False
    if title_search and opens_with_time(text) and "," in text:
        return True  # a summary that says when ("Kể từ ngày 8.8.2021, …"), however it ends
    if title_search:  # a long headline, or one ending in an initial ("… Marcos Jr."), is no prose
        ends = text.endswith(TERMINAL) and not _INITIAL_END.search(text)
        return (ends and not _headline_punctuation(text)) or words(text) > MAX_TITLE_WORDS
    return is_prose(text)


def _headline_punctuation(text: str) -> bool:
    """A headline that ends as a sentence may: a question, an exclamation, a quotation, a
    part number "(Kỳ 1)" or an ellipsis, in one sentence with no time or source opening it
    (a lead says when: "Chiều 12/3, …")."""
    if text.endswith(".") and not text.endswith("..."):
        return False
    if not text.endswith(("?", "!", "”", '"', ")", "…", "...")):
        return False
    return (
        words(text) <= 30
        and len(split_sentences(text)) == 1
        and not source_tag(text)
        and not opens_with_time(text)
    )


def next_text(texts: list[str], i: int) -> str:
    """The first line with text after line ``i``, or "" (no copy of the lines after it)."""
    j = i + 1
    while j < len(texts) and not texts[j]:
        j += 1
    return texts[j] if j < len(texts) else ""


def _prose_follows(following: str) -> bool:
    """Whether the line after one ending in ":" is prose it introduces: punctuated as a
    sentence or longer than any headline (a headline of twenty words under a kicker is
    still a headline)."""
    longer_than_headline = words(following) > MAX_TITLE_WORDS
    return (following.endswith(TERMINAL) or longer_than_headline) and not is_caption(following)
