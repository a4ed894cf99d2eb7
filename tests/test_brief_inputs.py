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


def test_a_commitment_nobody_is_named_for_reads_as_a_person_writes_it(tmp_path, tiny_marian_ct2):
    """The sample's first paragraph commits without naming who: the Actor cell says "Not
    stated", in the brief's own words ("Date and place not stated"), not "(unstated)"."""
    out = tmp_path / "brief.docx"
    result = run("brief", SAMPLE, "-o", out, "-m", tiny_marian_ct2, "--beam-size", 1)
    assert result.exit_code == 0, result.output
    document = docx.Document(out)
    (table,) = [t for t in document.tables if t.rows[0].cells[0].text == "Actor"]
    actors = [row.cells[0].text for row in table.rows[1:]]
    assert "Not stated" in actors and all(a.strip() and "(" not in a for a in actors), actors
    lines = [p.text for p in document.paragraphs if "(Pledge)" in p.text or "(Proposal)" in p.text]
    assert any(line.startswith("Not stated (") for line in lines), lines


def test_a_zip_bomb_template_is_refused_before_it_is_inflated(tmp_path, monkeypatch):
    """A template is a .docx from outside (an upload on the web's review page too): it is
    checked as an article's .docx is, before python-docx reads every part into memory."""
    import zipfile

    monkeypatch.setenv("BRIEFGEN_DOCX_MAX_XML_MB", "1")
    template = tmp_path / "letterhead.docx"
    with zipfile.ZipFile(template, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        package.writestr("word/document.xml", b"<w:document>" + b" " * (3 << 20) + b"</x>")
    out = tmp_path / "brief.docx"
    result = run("brief", SAMPLE, "-o", out, "--template", template, "-m", "nowhere")
    assert result.exit_code == 2
    (line,) = result.output.strip().splitlines()
    assert "letterhead.docx" in line and "zip bomb" in line, line
    assert not out.exists()


def test_a_broken_template_is_one_line(tmp_path):
    """A zip with Word's part names whose parts are not Word's is a template error."""
    import zipfile

    template = tmp_path / "letterhead.docx"
    with zipfile.ZipFile(template, "w") as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        package.writestr("word/document.xml", "<w:document/>")
    result = run("brief", SAMPLE, "-o", tmp_path / "b.docx", "--template", template, "-m", "x")
    assert result.exit_code == 2, result.output
    (line,) = result.output.strip().splitlines()
    assert line.startswith(f"Error: template {template}: cannot be read as .docx"), line
