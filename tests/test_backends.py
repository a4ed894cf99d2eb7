"""The backend registry: the ``briefgen.backends`` entry-point group, each backend's own
options, and one-line errors for unknown backends and options."""

from __future__ import annotations

from importlib.metadata import EntryPoint, entry_points

import pytest
from click.testing import CliRunner

import briefgen.translate as registry
from briefgen.cli import cli
from briefgen.errors import BackendError, ModelError
from briefgen.translate import DecodeOptions, backend_names, load_translator
from briefgen.translate.hf import HFTranslator


class Renamed(HFTranslator):
    """A third-party backend: the transformers one under another name."""

    backend = "renamed"


def with_entry_point(monkeypatch, name: str, value: str) -> None:
    extra = EntryPoint(name=name, value=value, group=registry.ENTRY_POINT_GROUP)
    installed = list(entry_points(group=registry.ENTRY_POINT_GROUP))
    monkeypatch.setattr(registry, "entry_points", lambda group: [*installed, extra])


def test_built_ins_come_from_the_entry_point_group():
    assert backend_names() == ["ctranslate2", "transformers"]
    result = CliRunner().invoke(cli, ["translate", "--help"])
    assert "[auto|ctranslate2|transformers]" in result.output


def test_a_third_party_backend_joins_the_same_way(monkeypatch, tiny_marian):
    with_entry_point(monkeypatch, "renamed", f"{__name__}:Renamed")
    assert "renamed" in backend_names()
    translator = load_translator(str(tiny_marian), backend="renamed", threads=1)
    assert translator.backend == "renamed"
    assert translator.translate_batch(["Việt Nam."], options=DecodeOptions(beam_size=1))[0]


def test_an_entry_point_that_is_no_backend_is_refused(monkeypatch):
    with_entry_point(monkeypatch, "wrong", "briefgen.errors:ModelError")
    with pytest.raises(BackendError, match=r"'wrong' \(briefgen.errors:ModelError\) is not a"):
        load_translator("x", backend="wrong")


def test_unknown_backend_is_one_line_listing_the_choices():
    with pytest.raises(BackendError) as err:
        load_translator("x", backend="onnx")
    assert str(err.value) == "unknown backend 'onnx'; choose one of: ctranslate2, transformers"


def test_cli_refuses_an_unknown_backend(tmp_path):
    source = tmp_path / "doc.txt"
    source.write_text("Việt Nam sẵn sàng hợp tác.\n", "utf-8")
    result = CliRunner().invoke(cli, ["translate", str(source), "--backend", "onnx"])
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert "'onnx' is not one of 'auto', 'ctranslate2', 'transformers'" in result.output


@pytest.mark.parametrize(
    ("backend", "option", "known"),
    [("transformers", "compute_type", "threads"), ("ctranslate2", "beam", "threads, device")],
)
def test_an_option_the_backend_does_not_take_is_one_line(tiny_marian, backend, option, known):
    with pytest.raises(BackendError) as err:
        load_translator(str(tiny_marian), backend=backend, **{option: 1})
    assert f"backend {backend!r} has no option {option!r}; its options: {known}" in str(err.value)


def test_ct2_options_reach_the_engine(tiny_marian_ct2):
    # float32, not the CPU default int8, and computed by every CPU (int16 needs an
    # instruction set that some, such as this project's CI machines, lack)
    translator = load_translator(
        str(tiny_marian_ct2), backend="ctranslate2", threads=1, compute_type="float32"
    )
    assert translator.translator.compute_type == "float32"
    assert translator.translator.device == "cpu"


def test_a_compute_type_the_machine_cannot_compute_names_those_it_can(tiny_marian_ct2):
    import ctranslate2

    usable = ctranslate2.get_supported_compute_types("cpu")
    if "float16" in usable:
        pytest.skip("this CPU computes float16")
    with pytest.raises(ModelError) as err:
        load_translator(str(tiny_marian_ct2), backend="ctranslate2", compute_type="float16")
    message = str(err.value)
    assert "float16" in message and "reconvert" not in message
    assert f"this cpu computes {', '.join(sorted(usable))}" in message
