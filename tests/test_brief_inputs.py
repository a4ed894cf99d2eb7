"""What `briefgen brief` is given, as users type it: a file named twice (a folder and one of
its files, or a pattern and a file) is one article in the brief, not two."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx

from cli_run import run

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "accsm-21-chairmanship-2021.txt"


def test_an_article_named_twice_is_briefed_once(tmp_path, tiny_marian_ct2):
    folder = tmp_path / "articles"
    folder.mkdir()
    article = folder / "chair.txt"
    shutil.copy(SAMPLE, article)
    out = tmp_path / "brief.docx"
    result = run("brief", folder, article, "-o", out, "-m", tiny_marian_ct2, "--beam-size", 1)
    assert result.exit_code == 0, result.output
    document = docx.Document(out)
    articles = [p.text for p in document.paragraphs if p.text.startswith("Article ")]
    assert len(articles) == 1, articles
    assert not document.paragraphs[0].text.startswith("Digest")
