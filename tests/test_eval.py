"""`briefgen eval`: BLEU, chrF and term accuracy over a folder of article pairs."""

from __future__ import annotations

import json

import pytest

from cli_run import run

PAIRS = {
    "001": ("Bộ Nội vụ chủ trì hội nghị.\n", "The Ministry of Home Affairs chaired the meeting.\n"),
    "002": ("Việt Nam hợp tác với Lào.\n", "Viet Nam cooperates with Laos.\n"),
}


@pytest.fixture
def pairs(tmp_path):
    folder = tmp_path / "pairs"
    folder.mkdir()
    for pair_id, (vi, en) in PAIRS.items():
        (folder / f"{pair_id}.vi.txt").write_text(vi, "utf-8")
        (folder / f"{pair_id}.en.txt").write_text(en, "utf-8")
    return folder


def test_eval_prints_table_and_writes_json(every_model, pairs, tmp_path):
    """On every family and both backends: the glossary term is guaranteed (1/1)."""
    out = tmp_path / "scores.json"
    terms = tmp_path / "terms.tsv"
    terms.write_text("vi\ten\nBộ Nội vụ\tMinistry of Home Affairs\n", "utf-8")
    options = [*every_model.cli_options(), "--glossary", terms, "--no-builtin-glossary"]
    result = run("eval", pairs, *options, "--json", out)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split() == ["pair", "segments", "terms", "chrF"]
    assert lines[1].split()[:3] == ["001", "1", "1/1"]
    assert lines[2].split()[:3] == ["002", "1", "0/0"]
    assert "term accuracy 100.0% (1/1)" in lines[-1]
    scores = json.loads(out.read_text("utf-8"))
    assert scores["pairs"] == 2 and scores["terms_required"] == 1
    assert scores["term_accuracy"] == 1.0
    assert 0 <= scores["bleu"] <= 100 and 0 < scores["chrf"] <= 100
    assert scores["signatures"]["bleu"].startswith("nrefs:1")
    signature = scores["signature"]
    assert f"|backend:{every_model.backend}|" in signature and "|beam:1|" in signature
    assert "|glossary:terms.tsv@" in signature
    assert [p["id"] for p in scores["per_pair"]] == ["001", "002"]


def test_eval_scores_a_perfect_copy_at_100(pairs):
    from briefgen import StackSettings, open_stack
    from briefgen.evaluate.translation import evaluate
    from briefgen.glossary import Glossary
    from briefgen.translate.base import Translator

    class Oracle(Translator):
        backend = "oracle"

        def translate_batch(self, texts, *, options=None):
            answers = {vi.strip(): en.strip() for vi, en in PAIRS.values()}
            return [answers[t] for t in texts]

    stack = open_stack(StackSettings(glossary=Glossary()), model=Oracle())
    result = evaluate(pairs, stack)
    assert result.bleu == pytest.approx(100) and result.chrf == pytest.approx(100)


@pytest.mark.parametrize("make", ["missing", "empty"])
def test_eval_bad_folder_is_one_line_exit_2(tmp_path, make):
    folder = tmp_path / "pairs"
    if make == "empty":
        folder.mkdir()
    result = run("eval", folder, "--model", tmp_path)
    assert result.exit_code == 2
    assert str(folder) in result.output and "Traceback" not in result.output
