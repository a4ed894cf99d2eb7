"""The lines of an invented news page that the page-reader tests put other lines among."""

from __future__ import annotations

from pathlib import Path

from briefgen.ingest.layout import classify_lines
from briefgen.records import Document

HEADLINE = "Bộ trưởng Bùi Thanh Sơn hội đàm với Bộ trưởng Ngoại giao Lào"
LEAD = "Chiều 12/3, tại Hà Nội, Bộ trưởng Bùi Thanh Sơn đã hội đàm với Bộ trưởng Ngoại giao Lào."
MIDDLE = "Hai bên nhất trí tăng cường hợp tác trong các lĩnh vực kinh tế, thương mại và đầu tư."
LAST = "Bộ trưởng Bùi Thanh Sơn đề nghị hai bên phối hợp chặt chẽ tại các diễn đàn khu vực./."


def read(*lines: str) -> Document:
    """The page of ``lines`` as the reader makes it, one line a paragraph (a .txt page)."""
    return classify_lines(Path("page.txt"), "txt", list(lines))
