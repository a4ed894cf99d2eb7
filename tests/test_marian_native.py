"""Marian models in Marian's own format (model.npz, decoder.yml, SentencePiece files), as
OPUS-MT and Tatoeba-MT releases ship them: converted with CTranslate2's Marian converter,
then translated with the glossary guarantee like any other model."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.glossary import load_glossaries
from briefgen.glossary.enforce import check, enforce_terms
from briefgen.translate import DecodeOptions, load_translator
from briefgen.translate.tinymodels import build_marian_native
from cli_run import run
from conftest import english_lines, vietnamese_lines

SOURCES = [
    "Bộ trưởng Bộ Nội vụ chủ trì Hội nghị Bộ trưởng ASEAN về Công vụ.",
    "Ban Thư ký ASEAN phối hợp với Bộ Nội vụ.",
]


@pytest.fixture(scope="module")
def native(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("opus-mt-native")
    return build_marian_native(folder, vietnamese_lines(), english_lines())


@pytest.fixture(scope="module")
def converted(native, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("native-ct2") / "model"
    result = run("model", "convert", native, out)
    assert result.exit_code == 0, result.output
    return out


def test_the_release_layout_is_what_opus_mt_ships(native):
    names = {p.name for p in native.iterdir()}
    assert {"model.npz", "decoder.yml", "vocab.yml", "source.spm", "target.spm"} <= names
    assert "config.json" not in names


def test_converted_native_model_is_a_marian_model(converted):
    result = run("model", "info", converted)
    assert result.exit_code == 0, result.output
    assert "MarianConfig (family marian)" in result.output
    assert "ctranslate2" in result.output


@pytest.mark.parametrize("beam", [1, 4])
def test_glossary_guarantee_holds(converted, beam):
    translator = load_translator(str(converted), backend="ctranslate2", threads=1)
    assert translator.family.name == "marian"
    glossary = load_glossaries()
    outputs = enforce_terms(translator, glossary).translate_batch(
        SOURCES, options=DecodeOptions(beam_size=beam, max_length=64)
    )
    for source, out in zip(SOURCES, outputs, strict=True):
        assert out
        assert all(c.satisfied for c in check(source, out, glossary)), (source, out)
    assert "ASEAN Secretariat" in outputs[1]


def test_alignment_points_into_the_strings(converted):
    translator = load_translator(str(converted), backend="ctranslate2", threads=1)
    target = "The Minister of Home Affairs chaired the meeting."
    (links,) = translator.align(SOURCES[:1], [target])
    assert links
    for link in links:
        assert 0 <= link.source_start < link.source_end <= len(SOURCES[0])
        assert 0 <= link.target_start < link.target_end <= len(target)


def test_transformers_cannot_read_it_and_says_so_in_one_line(native, tmp_path):
    source = tmp_path / "doc.txt"
    source.write_text(SOURCES[0] + "\n", "utf-8")
    args = ["-o", tmp_path / "out", "--model", native, "--backend", "transformers"]
    result = run("translate", source, *args)
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert "config.json" in result.output and len(result.output.strip().splitlines()) == 1
