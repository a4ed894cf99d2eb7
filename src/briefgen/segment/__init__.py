"""Split blocks into sentences, the unit the translator sees.

Vietnamese news prose is full of full stops that do not end sentences: thousands
("1.313"), dates ("05/8/2022"), document numbers ("1.313/QĐ-TTg"), decimals ("56,6%"),
abbreviations ("TP.HCM", "TS.", "PGS.TS.", "v.v."), list numbers ("1."), quotations that
contain full stops, and the "./." with which articles end. Scraped pages also lose the
space between sentences ("miền Nam.Phát biểu"), which is restored as a boundary.
"""

from __future__ import annotations

import re

from briefgen.records import Document, Role, Segment

# A boundary is sentence-final punctuation (with closing quotes/brackets) followed by
# whitespace and then something that can start a sentence.
_BOUNDARY = re.compile(r"""(?<=[.!?…])(["'”’»)\]]*)(\s+)(?=["'“‘«(\[]?[\w\d])""", re.UNICODE)
# "Nam.Phát": a lower-case word, a full stop and a capitalised word, with no space.
_GLUED = re.compile(r"(?<=[^\W\d_]{2})\.(?=[^\W\d_]{2})")
_ENUMERATOR = re.compile(r"^(?:\d{1,3}|[a-zđ]|[IVXLC]{1,5})\.$", re.IGNORECASE)
# Lower-cased, without their full stops: "TP.", "ThS.", "PGS.TS.", "Q." (quận), "tr." (trang).
_ABBREVIATIONS = frozenset(
    {"tp", "tx", "q", "p", "ts", "ths", "pgs", "gs", "bs", "bsck", "ks", "ls", "ng", "nxb"}
    | {"tt", "st", "tr", "sđd", "mr", "mrs", "ms", "dr", "no"}
)
_QUOTE_PAIRS = (("“", "”"), ("«", "»"))


def split_sentences(text: str) -> list[str]:
    """Sentences of one paragraph, in order, whitespace-trimmed; ``[]`` for blank text."""
    text = _unglue(text.strip())
    if not text:
        return []
    sentences: list[str] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        candidate = text[start : m.start(2)].strip()
        if _is_false_boundary(candidate, text[m.end() :]) or _inside_quote(text, start, m):
            continue
        sentences.append(candidate)
        start = m.end()
    sentences.append(text[start:].strip())
    return [s for s in sentences if s]


def _unglue(text: str) -> str:
    """Put the lost space back in "Nam.Phát" (but not in "TP.HCM", "v.v" or "Chinhphu.vn")."""

    def fix(m: re.Match[str]) -> str:
        before, after = text[m.start() - 2 : m.start()], text[m.end() : m.end() + 2]
        glued = before.islower() and after[0].isupper() and after[1].islower()
        return ". " if glued else "."

    return _GLUED.sub(fix, text)


def _is_false_boundary(before: str, after: str) -> bool:
    last_word = before.rsplit(None, 1)[-1] if before else ""
    if _ENUMERATOR.match(last_word) and last_word == before:
        return True  # "1. Tăng cường…": the number starts the sentence
    parts = [p for p in last_word.lower().rstrip(".").split(".") if p]
    if parts and all(p in _ABBREVIATIONS for p in parts):
        return True  # "TS. Nguyễn", "PGS.TS. Lê", "TP. Hồ Chí Minh"
    if len(last_word) == 2 and last_word[0].isupper() and last_word[1] == ".":
        return True  # an initial: "Nguyễn V. An"
    # A lower-case continuation is not a new sentence ("v.v. và", "chia sẻ… với").
    return bool(after) and after[0].islower()


def _inside_quote(text: str, start: int, m: re.Match[str]) -> bool:
    """Whether the boundary falls inside a quotation that closes later in the text."""
    end = m.start(2)
    for opening, closing in _QUOTE_PAIRS:
        opened = text.count(opening, start, end) > text.count(closing, start, end)
        if opened and closing in text[m.end() :]:
            return True
    return text.count('"', start, end) % 2 == 1 and '"' in text[m.end() :]


def segment_document(document: Document, *, roles: tuple[Role, ...] | None = None) -> list[Segment]:
    """Sentence segments of a document's blocks, restricted to ``roles`` when given.

    With ``roles`` each block contributes its ``sentences``, the text it carries in its role
    (a body line without its "NDO -" source tag, a caption without its photo credit).
    Without, every line is translated whole, so nothing in the source is dropped.
    """
    segments: list[Segment] = []
    for block in document.blocks:
        if block.role is Role.BLANK or (roles is not None and block.role not in roles):
            continue
        if roles is None:
            sentences = tuple(split_sentences(block.text))
        else:
            sentences = block.sentences or tuple(split_sentences(block.text))
        segments.extend(
            Segment(block.index, i, s, block.formatted) for i, s in enumerate(sentences)
        )
    return segments
