"""Split blocks into sentences, the unit the translator sees.

Vietnamese news prose is full of full stops that do not end sentences: thousands
("1.313"), dates ("05/8/2022"), document numbers ("1.313/QĐ-TTg"), decimals ("56,6%"),
abbreviations ("TP.HCM", "TS.", "PGS.TS.", "v.v."), list numbers ("1."), quotations that
contain full stops, and the "./." with which articles end. Scraped pages also lose the
space between sentences ("miền Nam.Phát biểu"), which is restored as a boundary.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from briefgen.records import Document, Role, Segment

# A boundary is sentence-final punctuation (with closing quotes/brackets) followed by
# whitespace and then something that can start a sentence.
_BOUNDARY = re.compile(r"""(?<=[.!?…])(["'”’»)\]]*)(\s+)(?=["'“‘«(\[]?[\w\d])""", re.UNICODE)
# "Nam.Phát": a lower-case word, a full stop and a capitalised word, with no space.
_GLUED = re.compile(r"(?<=[^\W\d_]{2})\.(?=[^\W\d_]{2})")
# An image's file name a scrape ran into the stop of the sentence before it ("… do Việt Nam
# điều phối.223.jpg"): the page's, not the sentence's.
_GLUED_FILE = re.compile(
    r"(?<=[.!?…])[\w-]+\.(?:jpe?g|png|gif|webp)(?:\?\S*)?(?=\s|$)", re.IGNORECASE
)
_ENUMERATOR = re.compile(r"^(?:\d{1,3}|[a-zđ]|[IVXLC]{1,5})\.$", re.IGNORECASE)
# Lower-cased, without their full stops: "TP.", "ThS.", "PGS.TS.", "Q." (quận), "tr." (trang).
_ABBREVIATIONS = frozenset(
    {"tp", "tx", "q", "p", "ts", "ths", "pgs", "gs", "bs", "bsck", "ks", "ls", "ng", "nxb"}
    | {"tt", "st", "tr", "sđd", "mr", "mrs", "ms", "dr", "no"}
    # honorifics and ranks inside foreign names ("Dato Dr. Hj. Erywan", "Pol. Gen. Damrongsak")
    | {"hj", "hjh", "pol", "gen", "lt", "col", "maj", "capt", "adm", "prof", "sgt"}
)
# Initials inside a name: one letter or several, each with its full stop ("V.", "L.P."),
# or "Ma.", the Philippine "Maria".
_INITIALS = re.compile(r"(?:[A-ZĐ]\.)+|Ma\.")
# A short aside in brackets and a comma: what goes on from the sentence before, since
# no sentence starts so ("… Marcos Jr. (Philippines), Bộ trưởng …").
_ASIDE_GOES_ON = re.compile(r"\([^()]{1,40}\)\s*,")
_QUOTE_PAIRS = (("“", "”"), ("«", "»"))
MAX_SENTENCE_CHARS = 1000
"""A longer "sentence" (a list without full stops, a run-on page) is cut at a comma or a
space: a model would truncate its translation, and every per-sentence step costs more than
linear time in its length."""
_SOFT_BREAK = re.compile(r"[,;:]\s")


def split_sentences(text: str) -> list[str]:
    """Sentences of one paragraph, in order, whitespace-trimmed; ``[]`` for blank text.
    None is longer than :data:`MAX_SENTENCE_CHARS`."""
    text = _GLUED_FILE.sub("", _unglue(text.strip())).strip()
    if not text:
        return []
    sentences: list[str] = []
    start = 0
    quotes = _QuoteIndex(text)
    for m in _BOUNDARY.finditer(text):
        word, alone = _last_word(text, start, m.start(2))
        after = text[m.end() : m.end() + 1]
        if _is_false_boundary(word, alone, after) or quotes.inside(start, m):
            continue
        if _ASIDE_GOES_ON.match(text, m.end()):
            continue  # "ông Marcos Jr. (Philippines), Bộ trưởng …": an aside, not a start
        sentences.append(text[start : m.start(2)].strip())
        start = m.end()
    sentences.append(text[start:].strip())
    return [piece for s in sentences if s for piece in _cut(s)]


def _cut(sentence: str) -> Iterator[str]:
    """``sentence`` in pieces of at most :data:`MAX_SENTENCE_CHARS`, each ending at the
    last comma (or else space) that fits, and cut mid-word only when there is none."""
    while len(sentence) > MAX_SENTENCE_CHARS:
        head = sentence[: MAX_SENTENCE_CHARS + 1]
        soft = [m.end() for m in _SOFT_BREAK.finditer(head)]
        at = soft[-1] if soft and soft[-1] > MAX_SENTENCE_CHARS // 2 else head.rfind(" ") + 1
        if at <= 0:
            at = MAX_SENTENCE_CHARS
        yield sentence[:at].strip()
        sentence = sentence[at:].strip()
    if sentence:
        yield sentence


def _unglue(text: str) -> str:
    """Put the lost space back in "Nam.Phát" (but not in "TP.HCM", "v.v" or "Chinhphu.vn")."""

    def fix(m: re.Match[str]) -> str:
        before, after = text[m.start() - 2 : m.start()], text[m.end() : m.end() + 2]
        glued = before.islower() and after[0].isupper() and after[1].islower()
        return ". " if glued else "."

    return _GLUED.sub(fix, text)


def _last_word(text: str, start: int, end: int) -> tuple[str, bool]:
    """The last word of ``text[start:end]`` and whether it is the whole of it, looking
    back a bounded way (no abbreviation is long), so a paragraph of false boundaries
    stays linear."""
    window = text[max(start, end - 64) : end].strip()
    parts = window.rsplit(None, 1)
    if len(parts) == 2:
        return parts[1], False
    if end - start > 64:
        return "", False  # a 60-letter "word": no enumerator, abbreviation or initial
    return window, True


def _is_false_boundary(last_word: str, alone: bool, after: str) -> bool:
    if _ENUMERATOR.match(last_word) and alone:
        return True  # "1. Tăng cường…": the number starts the sentence
    parts = [p for p in last_word.lower().rstrip(".").split(".") if p]
    if parts and all(p in _ABBREVIATIONS for p in parts):
        return True  # "TS. Nguyễn", "PGS.TS. Lê", "TP. Hồ Chí Minh"
    if _INITIALS.fullmatch(last_word):
        return True  # initials: "Nguyễn V. An", "Retno L.P. Marsudi", "Ma. Theresa Lazaro"
    # A lower-case continuation is not a new sentence ("v.v. và", "chia sẻ… với").
    return bool(after) and after[0].islower()


class _QuoteIndex:
    """Where a paragraph's quotation marks are, so whether a boundary falls inside a
    quotation that closes later costs a few bisections, not a scan of the paragraph."""

    def __init__(self, text: str) -> None:
        marks = {m for pair in _QUOTE_PAIRS for m in pair} | {'"'}
        self._at = {m: [i for i, ch in enumerate(text) if ch == m] for m in marks}

    def _count(self, mark: str, start: int, end: int) -> int:
        at = self._at[mark]
        return bisect.bisect_left(at, end) - bisect.bisect_left(at, start)

    def _after(self, mark: str, pos: int) -> bool:
        at = self._at[mark]
        return bool(at) and at[-1] >= pos

    def inside(self, start: int, m: re.Match[str]) -> bool:
        """Whether the boundary falls inside a quotation that closes later in the text."""
        end = m.start(2)
        for opening, closing in _QUOTE_PAIRS:
            opened = self._count(opening, start, end) > self._count(closing, start, end)
            if opened and self._after(closing, m.end()):
                return True
        return self._count('"', start, end) % 2 == 1 and self._after('"', m.end())


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
