"""Find the items of the lists in a story: a list names people as a caption does, and
is the story's all the same.
"""

from __future__ import annotations

import re

from briefgen.ingest.captions import shows_people
from briefgen.ingest.page_furniture import is_related_heading

# An item of a list: after a bullet or a number ("- ", "1. ", "a) "), or ending in ";" or ",".
ITEM_OPENING = re.compile(r"^(?:[-–+•*]|\d{1,2}[.)]|[a-zđ][.)])\s")


def list_items(texts: list[str], start: int, tail: int) -> frozenset[int]:
    """The items of the lists in the story: the lines under one ending in ":" or ";" that
    open with a bullet or a number, end in ";" or ",", or name people ("Đoàn Việt Nam
    gồm:", "Bộ trưởng …, Trưởng đoàn.", "Thứ trưởng …, Phó Trưởng đoàn."), and any line
    ending in ";". An item names people as a caption does, and is the story's all the
    same."""
    items: set[int] = set()
    listing = False
    bulleted = False  # (a list whose items open with a bullet ends at the first without one)
    for i in range(start, tail):
        text = texts[i]
        if not text:
            continue
        bullet = bool(ITEM_OPENING.match(text))
        listing = listing and (bullet or not bulleted)
        listing = listing and bool(text.endswith((";", ",")) or bullet or shows_people(text))
        if listing or text.endswith(";"):
            items.add(i)
        bulleted = listing and (bulleted or bullet)
        # (a related-news heading, "Bài viết liên quan:", introduces other articles' links)
        opens = text.endswith((":", ";")) and not is_related_heading(text)
        listing = listing or opens
    return frozenset(items)
