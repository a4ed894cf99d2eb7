"""The model-family registry: each architecture's entry, found from a transformers folder
and from a converted one, and one-line errors for the unsupported."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from briefgen.errors import ModelError
from briefgen.translate import load_translator
from briefgen.translate.families import (
    INFO_FILE,
    ModelFamily,
    family_by_name,
    family_names,
    family_of_converted,
    register_family,
)
from briefgen.translate.tinymodels import build_t5, convert_ct2
from cli_run import run
from conftest import FAMILIES, english_lines, vietnamese_lines

SUPPORTED = "MarianConfig (marian), M2M100Config (nllb), MBartConfig (mbart), T5Config (t5)"


def as_bart(model: Path, folder: Path) -> Path:
    """A copy of a tiny model whose config says BART, an architecture with no family."""
    shutil.copytree(model, folder)
    config = json.loads((folder / "config.json").read_text("utf-8"))
    config["model_type"] = "bart"
    config.pop("architectures", None)
    (folder / "config.json").write_text(json.dumps(config), "utf-8")
    return folder


@pytest.mark.parametrize(
    ("kind", "config_class"),
    [
        ("marian", "MarianConfig"),
        ("nllb", "M2M100Config"),
        ("mbart", "MBartConfig"),
        ("t5", "T5Config"),
    ],
)
def test_each_backend_finds_the_family(kind, config_class, request):
    hf = load_translator(str(request.getfixturevalue(f"tiny_{kind}")), backend="transformers")
    ct2 = load_translator(str(request.getfixturevalue(f"tiny_{kind}_ct2")), backend="ctranslate2")
    assert hf.family == ct2.family == family_by_name(kind)
    assert hf.family.config_class == config_class


def test_conversion_records_the_architecture(tiny_nllb_ct2):
    info = json.loads((tiny_nllb_ct2 / INFO_FILE).read_text("utf-8"))
    assert (info["architecture"], info["family"]) == ("M2M100Config", "nllb")


def test_a_folder_converted_elsewhere_is_known_by_its_tokenizer(tiny_marian_ct2, tmp_path):
    folder = shutil.copytree(tiny_marian_ct2, tmp_path / "plain")
    (folder / INFO_FILE).unlink()
    assert family_of_converted(folder).name == "marian"


def test_unknown_architecture_is_one_line_listing_the_supported(tiny_marian, tmp_path):
    bart = as_bart(tiny_marian, tmp_path / "bart")
    with pytest.raises(ModelError) as err:
        load_translator(str(bart), backend="transformers")
    message = str(err.value)
    assert "'BartConfig'" in message and SUPPORTED in message and "\n" not in message
    result = run("model", "convert", bart, tmp_path / "out")
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert result.output.strip().endswith(SUPPORTED)


def test_converted_folder_of_no_known_family_is_one_line(tiny_marian_ct2, tmp_path):
    folder = shutil.copytree(tiny_marian_ct2, tmp_path / "odd")
    (folder / INFO_FILE).unlink()
    config = json.loads((folder / "tokenizer_config.json").read_text("utf-8"))
    config["tokenizer_class"] = "BartTokenizer"
    (folder / "tokenizer_config.json").write_text(json.dumps(config), "utf-8")
    with pytest.raises(ModelError) as err:
        load_translator(str(folder), backend="ctranslate2")
    assert "BartTokenizer" in str(err.value) and SUPPORTED in str(err.value)
    assert "\n" not in str(err.value)


def test_unknown_family_name_lists_the_names():
    with pytest.raises(
        ModelError, match=r"unknown model family 'bart'; choose one of: marian, nllb, mbart, t5"
    ):
        family_by_name("bart")


def test_a_family_registers_once():
    with pytest.raises(ValueError, match="twice"):
        register_family(ModelFamily("marian2", "MarianConfig", (), "sentencepiece"))
    assert "marian2" not in family_names()


@pytest.mark.parametrize("family", FAMILIES)
def test_demo_builds_each_family(family, tmp_path):
    result = run("model", "demo", tmp_path / "demo", "--family", family)
    assert result.exit_code == 0, result.output
    translator = load_translator(str(tmp_path / "demo"), backend="transformers")
    assert translator.family.name == family


def test_demo_of_an_unknown_family_is_refused(tmp_path):
    result = run("model", "demo", tmp_path / "demo", "--family", "bart")
    assert result.exit_code == 2 and "'bart' is not one of" in result.output
    assert not (tmp_path / "demo").exists()


SOURCE = "Bộ Nội vụ chủ trì Hội nghị."


@pytest.mark.parametrize(
    ("language_tokens", "prefix", "first_pieces"),
    [(False, "vi: ", ["▁v", "i", ":"]), (True, "<2en> ", ["<2en>"])],
)
def test_t5_prefix_follows_the_checkpoint(language_tokens, prefix, first_pieces, tmp_path):
    """envit5 reads "vi: " before the source; MADLAD-400, whose vocabulary has the
    target-language tokens, reads "<2en> ". Both backends put it there, and alignment
    spans still point into the caller's text."""
    lines = vietnamese_lines()[:300] + english_lines()[:300]
    model = build_t5(tmp_path / "hf", lines, lines, language_tokens=language_tokens)
    ct2 = load_translator(str(convert_ct2(model, tmp_path / "ct2")), backend="ctranslate2")
    hf = load_translator(str(model), backend="transformers")
    assert hf.family.source_prefix == ct2.family.source_prefix == prefix
    pieces = ct2.subwords.source(SOURCE)
    assert [p for p in pieces if p != "▁"][: len(first_pieces)] == first_pieces
    ids = hf.tokenizer(hf.family.prepare(SOURCE)).input_ids
    assert hf.tokenizer.convert_ids_to_tokens(ids) == pieces
    for translator in (hf, ct2):
        (links,) = translator.align([SOURCE], ["The Ministry of Home Affairs chaired it."])
        assert links and all(0 <= ln.source_start < ln.source_end <= len(SOURCE) for ln in links)


def test_a_padded_mbart_vocabulary_converts_and_is_never_written(tmp_path):
    """benchmarks/translate_speed.py pads the output layer to a published vocabulary size:
    CTranslate2 must convert it (its mBART converter, unlike its M2M-100 one, takes the
    tokenizer's length) and neither backend may write the padding."""
    family = "mbart"
    from briefgen.translate.tinymodels import BUILDERS, TinySize

    size = TinySize(vocab_size=400)
    hf = BUILDERS[family](
        tmp_path / "hf", vietnamese_lines(), english_lines(), size, pad_vocab_to=700
    )
    ct2 = convert_ct2(hf, tmp_path / "ct2")
    assert len(json.loads((ct2 / "shared_vocabulary.json").read_text("utf-8"))) >= 700
    for backend, model in (("transformers", hf), ("ctranslate2", ct2)):
        translator = load_translator(str(model), backend=backend, threads=1)
        (out,) = translator.translate_batch(["Bộ Nội vụ chủ trì hội nghị."])
        assert "madeupword" not in out and out.strip(), (backend, out)
