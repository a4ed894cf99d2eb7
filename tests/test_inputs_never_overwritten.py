"""No output option may name a file the command reads: `--json`, `--report` and `-o` are
refused in one line, before any model time, when they would overwrite an input."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from cli_run import run

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "accsm-21-chairmanship-2021.txt"


@pytest.fixture
def article(tmp_path) -> Path:
    copy = tmp_path / "article.txt"
    shutil.copy(SAMPLE, copy)
    return copy


def refused(result, what: str) -> str:
    assert result.exit_code == 2, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.output
    assert what in lines[0] and "overwrite" in lines[0]
    return lines[0]


def test_brief_json_naming_an_article_is_refused(article, tmp_path):
    before = article.read_bytes()
    result = run("brief", article, "-o", tmp_path / "b.docx", "--json", article, "-m", "nowhere")
    refused(result, "article.txt")
    assert article.read_bytes() == before
    assert not (tmp_path / "b.docx").exists()


def test_brief_json_naming_the_briefing_is_refused(article, tmp_path):
    brief = tmp_path / "b.docx"
    refused(run("brief", article, "-o", brief, "--json", brief, "-m", "nowhere"), "b.docx")
    assert not brief.exists()


def test_brief_over_its_own_template_is_refused(article, tmp_path):
    template = tmp_path / "letterhead.docx"
    shutil.copy(ROOT / "templates" / "default.docx", template)
    before = template.read_bytes()
    result = run("brief", article, "-o", template, "--template", template, "-m", "nowhere")
    refused(result, "letterhead.docx")
    assert template.read_bytes() == before


def test_brief_over_a_glossary_it_reads_is_refused(article, tmp_path):
    glossary = tmp_path / "office.tsv"
    glossary.write_text("Bộ Nội vụ\tMinistry of Home Affairs\n", "utf-8")
    before = glossary.read_bytes()
    result = run(
        "brief", article, "-o", tmp_path / "b.docx", "--json", glossary, "--glossary", glossary
    )
    refused(result, "office.tsv")
    assert glossary.read_bytes() == before


def test_translate_report_naming_an_article_is_refused(article, tmp_path):
    before = article.read_bytes()
    result = run("translate", article, "-o", tmp_path / "out", "--report", article, "-m", "x")
    refused(result, "article.txt")
    assert article.read_bytes() == before
    assert not (tmp_path / "out").exists()
