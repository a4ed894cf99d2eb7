"""`briefgen translate --report`: the per-segment terminology report and console summary."""

from __future__ import annotations

import json

from click.testing import CliRunner

from briefgen.cli import cli
from briefgen.glossary import load
from briefgen.glossary.enforce import check

ARTICLE = (
    "Bộ Nội vụ tổ chức hội nghị về công vụ.\n"
    "\n"
    "Bộ trưởng Vũ Chiến Thắng gặp Ban Thư ký ASEAN ngày 05/8/2022. Bộ Nội vụ cảm ơn.\n"
)
GLOSSARY = "vi\ten\nBộ Nội vụ\tMinistry of Home Affairs\ncông vụ\tcivil service\n"


def translate(tmp_path, model, *extra):
    (tmp_path / "a.txt").write_text(ARTICLE, "utf-8")
    (tmp_path / "g.tsv").write_text(GLOSSARY, "utf-8")
    args = ["translate", tmp_path / "a.txt", "-o", tmp_path / "out", "--model", model]
    args += [
        "--beam-size",
        "1",
        "--threads",
        "1",
        "--glossary",
        tmp_path / "g.tsv",
        "--no-builtin-glossary",
        *extra,
    ]
    return CliRunner().invoke(cli, [str(a) for a in args])


def test_report_lists_every_segment_and_term(tiny_marian, tmp_path):
    result = translate(tmp_path, tiny_marian, "--report", tmp_path / "report.json")
    assert result.exit_code == 0, result.output
    report = json.loads((tmp_path / "report.json").read_text("utf-8"))
    [doc] = report["documents"]
    assert [s["source"] for s in doc["segments"]] == [
        "Bộ Nội vụ tổ chức hội nghị về công vụ.",
        "Bộ trưởng Vũ Chiến Thắng gặp Ban Thư ký ASEAN ngày 05/8/2022.",
        "Bộ Nội vụ cảm ơn.",
    ]
    english = (tmp_path / "out" / "a.en.txt").read_text("utf-8").splitlines()
    assert doc["segments"][0]["translation"] == english[0]
    terms = [(t["vi"], t["en"], t["kind"]) for s in doc["segments"] for t in s["terms"]]
    assert ("Bộ Nội vụ", "Ministry of Home Affairs", "term") in terms
    assert ("Vũ Chiến Thắng", "Vu Chien Thang", "name") in terms
    assert ("05/8/2022", "05/8/2022", "date") in terms
    assert all(t["present"] for s in doc["segments"] for t in s["terms"])
    assert doc["summary"]["terms_required"] == 3
    assert doc["summary"]["term_accuracy"] == 1.0
    assert report["summary"]["terms_satisfied"] == 3
    assert report["model"] == str(tiny_marian)


def test_console_prints_one_summary_line_per_file(tiny_marian, tmp_path):
    result = translate(tmp_path, tiny_marian)
    assert result.exit_code == 0, result.output
    assert "(3 segments, 3 terms required, 3 satisfied)" in result.output


def test_report_can_be_recomputed_without_the_model(tiny_marian, tmp_path):
    translate(tmp_path, tiny_marian, "--report", tmp_path / "report.json")
    glossary = load(tmp_path / "g.tsv")
    for segment in json.loads((tmp_path / "report.json").read_text("utf-8"))["documents"][0][
        "segments"
    ]:
        checks = check(segment["source"], segment["translation"], glossary)
        assert [(c.source, c.target, c.satisfied) for c in checks] == [
            (t["vi"], t["en"], t["present"]) for t in segment["terms"]
        ]
        broken = segment["translation"].replace("Ministry", "Ministre")
        if "Bộ Nội vụ" in segment["source"]:
            assert not all(c.satisfied for c in check(segment["source"], broken, glossary))
