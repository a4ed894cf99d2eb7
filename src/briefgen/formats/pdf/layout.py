"""Turn a PDF's positioned text lines into paragraphs in reading order.

A PDF holds lines, not paragraphs. This module works on plain :class:`Line` records (no
PDF library), so the rules can be read and tested alone:

- running headers and footers (a line repeated across pages at the same height, digits
  aside) and page numbers (a bare number, "Trang 3", "Page 3 of 5" at a page's top or
  bottom) are dropped;
- the boxes of a page are read in bands from top to bottom; boxes side by side (table
  cells, columns) are read left to right, so a table is read row by row, each cell a
  paragraph of its own;
- lines are rejoined into paragraphs: a line that stops short of the right margin although
  the next line's first word would have fitted, or a larger gap, ends a paragraph; a word
  hyphenated at a line's end is rejoined; a paragraph that runs to the margin at the foot
  of a page without ending a sentence goes on at the top of the next.
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from briefgen.normalize import nfc

_PAGE_NUMBER = re.compile(
    r"^[\s\-–—|•·.]*(?:(?:trang|page|tr\.)\s*)?\d{1,4}(?:\s*(?:/|of|trên)\s*\d{1,4})?[\s\-–—|•·.]*$",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]»]*$")
_SPACES = re.compile(r"[ \t]{2,}")  # gaps pdfminer fills with spaces (justified lines)
_ENDS = " \t\r\n"
# A list's bullet: a symbol, or a Symbol/Wingdings glyph in the private use area.
_BULLET = re.compile(r"^[\u2022\u2023\u25aa\u25ab\u25cf\u25e6\u2043\u2219\ue000-\uf8ff]\s*")
_REPEAT_TOLERANCE = 4.0  # points: "the same position" on two pages
_MARGIN_SHARE = 0.12  # of the page height: where page numbers and running lines sit


@dataclass(frozen=True)
class Line:
    """One line of text on a page, in PDF coordinates (points, y upwards)."""

    page: int
    box: int
    """Which text box of the page it belongs to (lines of one box are one block of text)."""
    x0: float
    y0: float
    x1: float
    y1: float
    text: str
    char_width: float = 5.0
    """The average width of its characters, to judge whether a word would have fitted."""
    size: float = 10.0
    """Its font size, which tells a title from the text."""


@dataclass(frozen=True)
class Paragraph:
    text: str
    size: float
    """The font size of most of its lines."""


@dataclass(frozen=True)
class Page:
    number: int
    width: float
    height: float
    lines: tuple[Line, ...]


def paragraphs(pages: Sequence[Page]) -> list[Paragraph]:
    """Every paragraph of the pages, in reading order."""
    running = _running_lines(pages)
    out: list[list[Line]] = []
    right = 0.0  # the right margin of the page before
    for page in pages:
        kept = [ln for ln in page.lines if ln.text.strip() and not _is_running(ln, page, running)]
        first = True
        for cell in _cells_in_reading_order(kept):
            for group in _split_paragraphs(cell):
                if first and out and _continues(out[-1][-1], group[0], right):
                    out[-1].extend(group)
                else:
                    out.append(list(group))
                first = False
        right = max((ln.x1 for ln in kept), default=right)
    return [Paragraph(_join(group), statistics.median(ln.size for ln in group)) for group in out]


def _key(text: str) -> str:
    """A running line's identity: its words with digits folded (page 1, page 2 alike)."""
    return re.sub(r"\d+", "#", " ".join(nfc(text).split())).casefold()


def _running_lines(pages: Sequence[Page]) -> set[tuple[str, int]]:
    """``(key, rounded height)`` of the lines found at the same place on several pages."""
    if len(pages) < 2:
        return set()
    seen: Counter[tuple[str, int]] = Counter()
    for page in pages:
        seen.update({(_key(ln.text), _height(ln)) for ln in page.lines if ln.text.strip()})
    return {key for key, count in seen.items() if count >= 2}


def _height(line: Line) -> int:
    return round(line.y0 / _REPEAT_TOLERANCE)


def _is_running(line: Line, page: Page, running: set[tuple[str, int]]) -> bool:
    key = _key(line.text)
    if any((key, _height(line) + d) in running for d in (-1, 0, 1)):
        return True
    in_margin = line.y1 < page.height * _MARGIN_SHARE or line.y0 > page.height * (1 - _MARGIN_SHARE)
    return in_margin and bool(_PAGE_NUMBER.match(line.text.strip()))


def _cells_in_reading_order(lines: Sequence[Line]) -> list[list[Line]]:
    """The page's boxes as lists of lines, in bands from the top; boxes whose heights
    overlap form one band and are read left to right (a table row, or columns)."""
    boxes: dict[int, list[Line]] = {}
    for ln in lines:
        boxes.setdefault(ln.box, []).append(ln)
    cells = [sorted(b, key=lambda ln: -ln.y1) for b in boxes.values()]
    cells.sort(key=lambda c: -max(ln.y1 for ln in c))
    bands: list[list[list[Line]]] = []
    low = 0.0
    for cell in cells:
        top, bottom = max(ln.y1 for ln in cell), min(ln.y0 for ln in cell)
        if bands and top - _overlap(cell) > low:
            bands[-1].append(cell)
            low = min(low, bottom)
        else:
            bands.append([cell])
            low = bottom
    return [c for band in bands for c in sorted(band, key=lambda c: min(ln.x0 for ln in c))]


def _overlap(cell: Sequence[Line]) -> float:
    """How far a box must reach above the band's bottom to be beside it, not below."""
    return min(ln.y1 - ln.y0 for ln in cell) / 2


def _split_paragraphs(cell: Sequence[Line]) -> Iterable[list[Line]]:
    right = max(ln.x1 for ln in cell)
    gaps = [a.y0 - b.y1 for a, b in itertools.pairwise(cell)]
    usual = sorted(gaps)[len(gaps) // 2] if gaps else 0.0
    group = [cell[0]]
    for previous, line, gap in zip(cell, cell[1:], gaps, strict=False):
        wide_gap = gap > usual + 0.5 * (line.y1 - line.y0)
        if wide_gap or _ends_short(previous, line, right):
            yield group
            group = []
        group.append(line)
    yield group


def _ends_short(line: Line, following: Line, right: float) -> bool:
    """``line`` stops before the margin although ``following``'s first word would fit."""
    word = following.text.strip().split(" ", 1)[0]
    room = right - line.x1
    return room > (len(word) + 1) * following.char_width


def _continues(last: Line, first: Line, right: float) -> bool:
    """A paragraph ending a page at the margin, mid-sentence, goes on on the next page."""
    return (
        first.page == last.page + 1
        and not _ends_short(last, first, right)
        and not _SENTENCE_END.search(last.text.rstrip())
    )


def _join(lines: Sequence[Line]) -> str:
    text = ""
    for line in lines:
        piece = _SPACES.sub(" ", _BULLET.sub("", line.text.strip(_ENDS)))
        if not text:
            text = piece
        elif text.endswith("-") and len(text) > 1 and text[-2].isalpha() and piece[:1].isalpha():
            text = text[:-1] + piece if piece[0].islower() else text + piece
        else:
            text = f"{text} {piece}"
    return nfc(text)
