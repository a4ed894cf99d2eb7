"""How eval-brief pairs annotated documents with the ones found: two names that share most
words (one plan's two periods) are each paired with its own, not with the first similar one,
so a right status is not scored wrong by the order they are listed in."""

from __future__ import annotations

import json

from briefgen.evaluate.brief import score_article
from briefgen.evaluate.gold import read_annotation

ARTICLE = (
    "Hội nghị Bộ trưởng Lao động ASEAN thông qua kế hoạch công tác mới\n"
    "Ngày 14/5/2026, tại Vientiane, Hội nghị Bộ trưởng Lao động ASEAN lần thứ 29 đã khai mạc.\n"
    "Các Bộ trưởng đánh giá kết quả thực hiện Kế hoạch công tác ALMM giai đoạn 2021-2025"
    " và phê duyệt Kế hoạch công tác ALMM giai đoạn 2026-2030.\n"
)
GOLD = {
    "file": "a.txt",
    "title": "Hội nghị Bộ trưởng Lao động ASEAN thông qua kế hoạch công tác mới",
    "published": None,
    "event_date": "2026-05-14",
    "location": "Vientiane",
    "participants": [],
    "declarations": [
        {"name": "Kế hoạch công tác ALMM giai đoạn 2026-2030", "status": "adopted"},
        {"name": "Kế hoạch công tác ALMM giai đoạn 2021-2025", "status": "implementing"},
    ],
    "commitments": [],
    "body_first": "Ngày 14/5/2026",
    "body_last": "giai đoạn 2026-2030.",
    "byline": None,
    "captions": [],
    "clutter": [],
}


def test_each_annotated_document_is_paired_with_the_found_one_most_like_it(tmp_path):
    (tmp_path / "root").mkdir()
    (tmp_path / "gold").mkdir()
    (tmp_path / "root" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    path = tmp_path / "gold" / "a.json"
    path.write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    score = score_article(read_annotation(path, tmp_path / "gold", tmp_path / "root"))
    assert score.declarations.hits == 2
    assert [(s.expected, s.found) for s in score.statuses] == [
        ("adopted", "adopted"),
        ("implementing", "implementing"),
    ]
