"""The terminology guarantee with real models: every family on every backend (and on
CTranslate2 with a vocabulary map where the family can have one), beam and greedy. The
tiny models say gibberish, so every term they get right is the enforcer's."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from briefgen.glossary import load, load_glossaries
from briefgen.glossary.enforce import check, enforce_terms
from briefgen.segment import split_sentences
from briefgen.translate import DecodeOptions, load_translator
from conftest import model_params

# A vocabulary map narrows what the decoder may write: the guarantee must still hold.
EVERY_MODEL = pytest.mark.parametrize("every_model", model_params(vmap=True), indirect=True)
# Short outputs keep the gibberish of the random models (which never stop) fast to make.
FAST = {"max_length": 64}

GLOSSARY_TSV = """vi\ten
Bộ Nội vụ\tMinistry of Home Affairs
Bộ trưởng Bộ Nội vụ\tMinister of Home Affairs
Ban Thư ký ASEAN\tASEAN Secretariat
Hội nghị Bộ trưởng\tMinisterial Meeting
công vụ\tcivil service
Tuyên bố Hà Nội\tXqzjw-Hanoi Declaration 東盟
"""
UNSPELLABLE = "Xqzjw-Hanoi Declaration 東盟"

HARD_CASES = {
    "several terms, nested, a name": (
        "Bộ trưởng Bộ Nội vụ Vũ Chiến Thắng chủ trì Hội nghị Bộ trưởng về công vụ "
        "với Ban Thư ký ASEAN."
    ),
    "repeated, at the start": "Bộ Nội vụ phối hợp với Bộ Nội vụ các nước và Bộ Nội vụ Lào.",
    "at the end, unspellable": "Các nước đã thông qua Tuyên bố Hà Nội",
    "numbers and acronyms": (
        "Ngày 05/8/2022, theo Quyết định 1313/QĐ-TTg, 2,5% cán bộ dự SOM ASEAN+3 của ACCSM."
    ),
}


@pytest.fixture(scope="module")
def translator(every_model):
    # One thread: the test machine is shared, and oversubscribed threads run 20× slower.
    return load_translator(str(every_model.path), backend=every_model.backend.split()[0], threads=1)


@pytest.fixture(scope="module")
def glossary_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("glossary") / "terms.tsv"
    path.write_text(GLOSSARY_TSV, encoding="utf-8")
    return path


@EVERY_MODEL
@pytest.mark.parametrize("beam", [1, 4])
def test_hard_cases(translator, glossary_file, beam):
    glossary = load(glossary_file)
    sources = list(HARD_CASES.values())
    outputs = enforce_terms(translator, glossary).translate_batch(
        sources, options=DecodeOptions(beam_size=beam, **FAST)
    )
    for source, out in zip(sources, outputs, strict=True):
        failed = [c for c in check(source, out, glossary) if not c.satisfied]
        assert not failed, (source, out)
    several, repeated, end, numbers = outputs
    assert "Minister of Home Affairs" in several and "Vu Chien Thang" in several
    assert "Ministry of Home Affairs" not in several  # the nested term is not forced in
    assert repeated.count("Ministry of Home Affairs") >= 3
    assert UNSPELLABLE in end
    for kept in ("05/8/2022", "1313/QĐ-TTg", "2,5%", "SOM", "ASEAN+3", "ACCSM"):
        assert kept in numbers


def test_unspellable_term_is_not_one_piece(tiny_marian):
    tokenizer = load_translator(str(tiny_marian)).tokenizer
    pieces = tokenizer(text_target=UNSPELLABLE)["input_ids"]
    assert len(pieces) > 2 and tokenizer.unk_token_id in pieces


def corpus_glossary(shared: Path, tmp_path: Path) -> Path:
    """The corpus's own term list (vi_term, en_rendering) as a --glossary file."""
    rows = csv.DictReader((shared / "corpus" / "terms.tsv").open(encoding="utf-8"), delimiter="\t")
    path = tmp_path / "corpus-terms.tsv"
    path.write_text(
        "vi\ten\n" + "".join(f"{r['vi_term']}\t{r['en_rendering']}\n" for r in rows), "utf-8"
    )
    return path


@EVERY_MODEL
@pytest.mark.parametrize("source", ["file", "builtin"])
@pytest.mark.parametrize("beam", [1, 4])
def test_corpus_term_accuracy_is_total(translator, shared, tmp_path, source, beam):
    glossary = (
        load_glossaries([corpus_glossary(shared, tmp_path)], builtin=False)
        if source == "file"
        else load_glossaries()
    )
    sentences = [
        s
        for path in sorted((shared / "corpus" / "pairs").glob("*.vi.txt"))
        for line in path.read_text(encoding="utf-8").splitlines()
        for s in split_sentences(line)
        if glossary.find(s)
    ]
    assert sentences
    outputs = enforce_terms(translator, glossary).translate_batch(
        sentences, options=DecodeOptions(beam_size=beam, **FAST)
    )
    checks = [c for s, o in zip(sentences, outputs, strict=True) for c in check(s, o, glossary)]
    terms = [c for c in checks if c.kind == "term"]
    assert terms and all(c.satisfied for c in terms)
    assert all(c.satisfied for c in checks)
