"""`briefgen translate` and model loading, end to end with the tiny models."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen import __version__
from cli_run import run

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))


def test_help_lists_commands():
    result = run("--help")
    assert result.exit_code == 0
    assert "translate" in result.output


def test_version():
    result = run("--version")
    assert result.exit_code == 0
    assert __version__ in result.output


def test_translate_keeps_lines_one_to_one(tiny_model, tmp_path):
    result = run(
        "translate", *SAMPLES[:2], "-o", tmp_path, "--model", tiny_model, "--beam-size", "1"
    )
    assert result.exit_code == 0, result.output
    for sample in SAMPLES[:2]:
        out = tmp_path / f"{sample.stem}.en.txt"
        src_lines = sample.read_text(encoding="utf-8").splitlines()
        out_lines = out.read_text(encoding="utf-8").splitlines()
        assert len(out_lines) == len(src_lines)
        for src, dst in zip(src_lines, out_lines, strict=True):
            assert bool(src.strip()) == bool(dst.strip())


def test_translate_a_folder(tiny_marian, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Bộ Nội vụ chủ trì Hội nghị.\n\nCác đại biểu thảo luận.\n", "utf-8"
    )
    result = run(
        "translate", folder, "-o", tmp_path / "out", "--model", tiny_marian, "--beam-size", "1"
    )
    assert result.exit_code == 0, result.output
    lines = (tmp_path / "out" / "a.en.txt").read_text("utf-8").splitlines()
    assert len(lines) == 3 and lines[0] and not lines[1] and lines[2]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no such file"),
        (b"", "empty"),
        (b"\x00\x01\x02binary\x00", "binary"),
        (b"The minister chaired the meeting in Hanoi today.", "Vietnamese"),
    ],
)
def test_bad_input_is_one_line_exit_2(tmp_path, content, message):
    path = tmp_path / "doc.txt"
    if content is not None:
        path.write_bytes(content)
    result = run("translate", path, "-o", tmp_path / "out", "--model", tmp_path)
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output


def test_folder_without_documents(tmp_path):
    result = run("translate", tmp_path, "-o", tmp_path / "out")
    assert result.exit_code == 2
    assert "no .txt" in result.output


@pytest.mark.parametrize("model", ["./no-such-folder", "no-such-org/no-such-model-xyz"])
def test_unknown_model_names_it(tmp_path, model, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    result = run("translate", SAMPLES[0], "-o", tmp_path, "--model", model)
    assert result.exit_code == 2
    assert model in result.output and "--model" in result.output
    assert "Traceback" not in result.output


def test_model_from_environment(tiny_marian, tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEFGEN_MODEL", str(tiny_marian))
    (tmp_path / "a.txt").write_text("Bộ Nội vụ chủ trì Hội nghị.\n", "utf-8")
    result = run("translate", tmp_path / "a.txt", "-o", tmp_path / "out", "--beam-size", "1")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / "a.en.txt").read_text("utf-8").strip()
