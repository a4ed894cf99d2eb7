"""The model-family registry: each architecture's entry, found from a transformers folder
and from a converted one, and one-line errors for the unsupported."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefgen.cli import cli
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
from conftest import FAMILIES

SUPPORTED = "MarianConfig (marian), M2M100Config (nllb), MBartConfig (mbart)"


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


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
    [("marian", "MarianConfig"), ("nllb", "M2M100Config"), ("mbart", "MBartConfig")],
)
def test_each_backend_finds_the_family(kind, config_class, request):
    hf = load_translator(str(request.getfixturevalue(f"tiny_{kind}")), backend="transformers")
    ct2 = load_translator(str(request.getfixturevalue(f"tiny_{kind}_ct2")), backend="ctranslate2")
    assert hf.family is ct2.family is family_by_name(kind)
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
        ModelError, match=r"unknown model family 'bart'; choose one of: marian, nllb, mbart"
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
