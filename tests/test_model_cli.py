"""`briefgen model convert` / `model list`, the model cache and `--backend auto`."""

from __future__ import annotations

import logging

import pytest

from briefgen.translate import DecodeOptions, load_translator
from cli_run import run

FAKE_HUB_ID = "fake-org/tiny-vi-en"


pytestmark = pytest.mark.usefixtures("private_cache")


def test_convert_makes_a_loadable_model(tiny_model, tmp_path):
    out = tmp_path / "ct2"
    result = run("model", "convert", tiny_model, out, "--quantization", "int8_float32")
    assert result.exit_code == 0, result.output
    assert (out / "model.bin").is_file()
    translator = load_translator(str(out), backend="ctranslate2")
    # A random model may end some sentence at once (an empty translation), and which one
    # changes whenever its training text does; a model that loads and decodes writes
    # something for at least one of a few.
    sources = ["Việt Nam.", "Hội nghị ASEAN về hợp tác công vụ.", "Bộ Nội vụ tổ chức hội thảo."]
    translations = translator.translate_batch(sources, options=DecodeOptions(beam_size=1))
    assert len(translations) == len(sources) and any(translations), translations


def test_convert_refuses_to_overwrite_without_force(tiny_marian, tmp_path):
    out = tmp_path / "ct2"
    assert run("model", "convert", tiny_marian, out).exit_code == 0
    again = run("model", "convert", tiny_marian, out)
    assert again.exit_code == 2
    assert "--force" in again.output and "Traceback" not in again.output
    assert run("model", "convert", tiny_marian, out, "--force").exit_code == 0


def test_convert_missing_model_is_one_line(tmp_path):
    result = run("model", "convert", tmp_path / "nothing", tmp_path / "out")
    assert result.exit_code == 2
    assert "nothing" in result.output and "Traceback" not in result.output


def test_convert_into_cache_and_list(tiny_nllb, private_cache):
    assert "no converted models" in run("model", "list").output
    result = run("model", "convert", tiny_nllb, "-q", "int16")
    assert result.exit_code == 0, result.output
    listed = run("model", "list").output
    assert str(tiny_nllb) in listed and "int16" in listed and str(private_cache) in listed


def translate_cli(model, tmp_path, caplog, *extra):
    """Translate a two-line document through the CLI, greedy; returns what was logged."""
    source = tmp_path / "doc.txt"
    source.write_text("Bộ Nội vụ chủ trì Hội nghị.\nViệt Nam sẵn sàng hợp tác.\n", "utf-8")
    with caplog.at_level(logging.INFO, logger="briefgen"):
        result = run(
            "translate",
            source,
            "-o",
            tmp_path / "out",
            "--model",
            model,
            "--beam-size",
            "1",
            *extra,
        )
    assert result.exit_code == 0, result.output
    out = (tmp_path / "out" / "doc.en.txt").read_text("utf-8").splitlines()
    assert len(out) == 2 and all(out)
    return caplog.text


def test_auto_picks_ct2_for_a_converted_folder(tiny_marian_ct2, tmp_path, caplog):
    assert "with ctranslate2" in translate_cli(tiny_marian_ct2, tmp_path, caplog)


def test_auto_picks_transformers_without_converted_copy(tiny_marian, tmp_path, caplog):
    assert "with transformers" in translate_cli(tiny_marian, tmp_path, caplog)


def test_auto_finds_a_hub_id_in_the_cache(tiny_marian, private_cache, tmp_path, caplog):
    converted = private_cache / FAKE_HUB_ID.replace("/", "--")
    assert run("model", "convert", tiny_marian, converted).exit_code == 0
    log = translate_cli(FAKE_HUB_ID, tmp_path, caplog)
    assert f"loaded {FAKE_HUB_ID} from {converted} with ctranslate2" in log


def test_auto_finds_a_converted_local_folder_in_the_cache(tiny_nllb, tmp_path, caplog):
    assert run("model", "convert", tiny_nllb).exit_code == 0
    assert "with ctranslate2" in translate_cli(tiny_nllb, tmp_path, caplog)
    caplog.clear()
    forced = translate_cli(tiny_nllb, tmp_path, caplog, "--backend", "transformers")
    assert "with transformers" in forced


def test_ct2_backend_without_converted_model_exit_2(tmp_path):
    source = tmp_path / "doc.txt"
    source.write_text("Bộ Nội vụ chủ trì Hội nghị.\n", "utf-8")
    result = run(
        "translate", source, "-o", tmp_path, "--model", FAKE_HUB_ID, "--backend", "ctranslate2"
    )
    assert result.exit_code == 2
    assert f"briefgen model convert {FAKE_HUB_ID}" in result.output
    assert "Traceback" not in result.output
