"""`briefgen model info` and the family and licence columns of `model list`."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from cli_run import run
from conftest import FAMILIES

CARD = "---\nlanguage:\n- vi\n- en\nlicense: {licence}\n{extra}---\n\n# A model\n"


def info(model) -> dict[str, str]:
    result = run("model", "info", model)
    assert result.exit_code == 0, result.output
    rows = [line.split(":", 1) for line in result.output.splitlines()]
    return {name: value.strip() for name, value in rows}


def with_card(model: Path, folder: Path, licence: str, extra: str = "") -> Path:
    shutil.copytree(model, folder)
    (folder / "README.md").write_text(CARD.format(licence=licence, extra=extra), "utf-8")
    return folder


pytestmark = pytest.mark.usefixtures("private_cache")


@pytest.mark.parametrize("family", FAMILIES)
def test_info_of_each_family_on_both_formats(family, request):
    from safetensors import safe_open

    hf_folder = request.getfixturevalue(f"tiny_{family}")
    with safe_open(hf_folder / "model.safetensors", "np") as weights:
        counted = sum(weights.get_tensor(k).size for k in weights.keys())  # noqa: SIM118
    hf, ct2 = info(hf_folder), info(request.getfixturevalue(f"tiny_{family}_ct2"))
    assert hf["format"] == "transformers" and ct2["format"] == "ctranslate2"
    for described in (hf, ct2):
        assert described["architecture"].endswith(f"(family {family})")
        parameters = int(described["parameters"].split()[0].replace(",", ""))
        assert parameters == counted
        assert described["vocabulary map"] == "no"
        assert described["licence"].startswith("licence unknown")
    assert (hf["quantization"], ct2["quantization"]) == ("float32", "int8")
    assert hf["architecture"] == ct2["architecture"]
    languages = {"marian": "one-direction", "nllb": "vie_Latn", "mbart": "vi_VN", "t5": "'vi: '"}
    assert languages[family] in hf["languages"] and hf["languages"] == ct2["languages"]


def test_info_sees_the_vocabulary_map(tiny_marian_ct2_vmap):
    assert info(tiny_marian_ct2_vmap)["vocabulary map"] == "yes"


def test_size_on_disk_is_the_folder(tiny_marian):
    total = sum(f.stat().st_size for f in tiny_marian.rglob("*") if f.is_file())
    assert info(tiny_marian)["size on disk"] == f"{total / 1e6:.1f} MB"


def test_licence_follows_the_model_into_the_cache(tiny_nllb, tmp_path):
    model = with_card(tiny_nllb, tmp_path / "nllb", "cc-by-nc-4.0")
    assert info(model)["licence"] == "cc-by-nc-4.0"
    assert run("model", "convert", model).exit_code == 0
    (line,) = run("model", "list").output.splitlines()
    source, family, quantization, _, licence, path = line.split("\t")
    assert (source, family, quantization, licence) == (str(model), "nllb", "int8", "cc-by-nc-4.0")
    converted = info(path)
    assert (converted["format"], converted["licence"]) == ("ctranslate2", "cc-by-nc-4.0")


def test_other_licence_gives_its_name(tiny_marian, tmp_path):
    model = with_card(tiny_marian, tmp_path / "m", "other", "license_name: gemma\n")
    assert info(model)["licence"] == "gemma"


def test_unknown_model_is_one_line(tmp_path):
    result = run("model", "info", tmp_path / "nothing")
    assert result.exit_code == 2 and len(result.output.strip().splitlines()) == 1
    assert "nothing" in result.output and "Traceback" not in result.output
