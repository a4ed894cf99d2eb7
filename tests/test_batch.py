"""Batch runs through `briefgen translate`: planning, failures, resume, TM reuse, logs."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefgen import batch
from briefgen.cli import cli
from briefgen.errors import InputError

GOOD = "Bộ Nội vụ chủ trì Hội nghị.\n\nCác đại biểu thảo luận về hợp tác ASEAN.\n"


def make_tree(root: Path) -> Path:
    """articles/{a.txt, x/b.txt, x/y/c.txt} plus a file that is not a document."""
    articles = root / "articles"
    for rel in ("a.txt", "x/b.txt", "x/y/c.txt"):
        (articles / rel).parent.mkdir(parents=True, exist_ok=True)
        (articles / rel).write_text(GOOD.replace("ASEAN", rel), "utf-8")
    (articles / "notes.md").write_text("# not a document", "utf-8")
    return articles


def targets(jobs) -> list[str]:
    return sorted(str(j.target) for j in jobs)


def test_folder_is_mirrored(tmp_path):
    articles = make_tree(tmp_path)
    jobs = batch.plan([str(articles)], tmp_path / "out")
    assert targets(jobs) == [
        str(tmp_path / "out" / p) for p in ("a.en.txt", "x/b.en.txt", "x/y/c.en.txt")
    ]


def test_glob_is_mirrored_from_its_fixed_part(tmp_path):
    articles = make_tree(tmp_path)
    jobs = batch.plan([f"{articles}/x/**/*.txt"], tmp_path / "out")
    assert targets(jobs) == [str(tmp_path / "out" / p) for p in ("b.en.txt", "y/c.en.txt")]


def test_files_go_to_the_top_and_duplicates_count_once(tmp_path):
    articles = make_tree(tmp_path)
    c = str(articles / "x/y/c.txt")
    jobs = batch.plan([c, c, f"{articles}/x/y/*.txt"], tmp_path / "out")
    assert targets(jobs) == [str(tmp_path / "out" / "c.en.txt")]


def test_output_folder_inside_the_input_is_not_read(tmp_path):
    articles = make_tree(tmp_path)
    (articles / "en").mkdir()
    (articles / "en" / "a.en.txt").write_text(GOOD, "utf-8")
    jobs = batch.plan([str(articles)], articles / "en")
    assert len(jobs) == 3 and all("a.en.en" not in str(j.target) for j in jobs)


@pytest.mark.parametrize(
    ("inputs", "message"),
    [
        (["missing.txt"], "no such file"),
        (["*.docx"], "match this pattern"),
        (["articles/a.txt", "articles/x/a.txt"], "would both be written"),
    ],
)
def test_bad_plans_are_refused(tmp_path, monkeypatch, inputs, message):
    articles = make_tree(tmp_path)
    (articles / "x" / "a.txt").write_text(GOOD, "utf-8")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(InputError, match=message):
        batch.plan(inputs, Path("out"))


def test_an_output_never_replaces_an_input(tmp_path):
    articles = make_tree(tmp_path)
    with pytest.raises(InputError, match="overwrite an input"):
        batch.plan([str(articles)], articles, suffix=lambda p: p.suffix)


# --- the command ------------------------------------------------------------------------


def translate(*args, model: Path):
    argv = ["translate", *map(str, args), "--model", str(model), "--beam-size", "1"]
    return CliRunner().invoke(cli, [*argv, "--threads", "1"])


def json_events(output: str) -> list[dict]:
    """The JSON log's lines: one per file, then the summary."""
    return [json.loads(line) for line in output.splitlines() if line.startswith("{")]


def statuses(output: str) -> list[str]:
    return [e["status"] for e in json_events(output) if e["event"] == "file"]


def test_one_bad_file_does_not_stop_the_batch(tiny_marian, tmp_path):
    articles = make_tree(tmp_path)
    (articles / "x" / "empty.txt").write_bytes(b"")
    (articles / "x" / "blob.txt").write_bytes(b"\x00\x01binary\x00")
    out = tmp_path / "out"
    result = translate(articles, "-o", out, model=tiny_marian)
    assert result.exit_code == 1, result.output
    for rel in ("a.en.txt", "x/b.en.txt", "x/y/c.en.txt"):
        assert len((out / rel).read_text("utf-8").splitlines()) == 3
    assert not (out / "x" / "empty.en.txt").exists()
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert len(errors) == 2 and "empty" in errors[1] and "binary" in errors[0]
    assert "3 translated, 0 skipped, 2 failed" in result.output
    assert "Traceback" not in result.output


def test_rerun_skips_done_files_and_tm_serves_forced_reruns(tiny_marian, tmp_path):
    articles = make_tree(tmp_path)
    out = tmp_path / "out"
    first = translate(articles, "-o", out, "--log-json", model=tiny_marian)
    assert first.exit_code == 0, first.output
    events = json_events(first.output)
    assert [e["status"] for e in events[:3]] == ["translated"] * 3
    assert events[-1] == {
        "event": "summary",
        "translated": 3,
        "skipped": 0,
        "failed": 0,
        "tm_hits": events[-1]["tm_hits"],
        "translated_segments": 6 - events[-1]["tm_hits"],
    }
    assert set(events[0]) == {
        "event", "file", "output", "status", "segments", "seconds", "error", "tm_hits",
        "translated_segments",
    }  # fmt: skip
    assert events[0]["segments"] == 2 and events[0]["error"] is None

    again = translate(articles, "-o", out, "--log-json", model=tiny_marian)
    assert statuses(again.output) == ["skipped"] * 3

    forced = translate(articles, "-o", out, "--log-json", "--overwrite", model=tiny_marian)
    summary = json_events(forced.output)[-1]
    assert (summary["translated"], summary["tm_hits"], summary["translated_segments"]) == (
        3,
        6,
        0,
    )


def test_changed_input_or_settings_are_translated_again(tiny_marian, tmp_path):
    articles = make_tree(tmp_path)
    out = tmp_path / "out"
    assert translate(articles, "-o", out, "-q", model=tiny_marian).exit_code == 0
    a = articles / "a.txt"
    os.utime(a, ns=(a.stat().st_atime_ns, (out / "a.en.txt").stat().st_mtime_ns + 10**9))
    rerun = translate(articles, "-o", out, "--log-json", model=tiny_marian)
    assert statuses(rerun.output) == ["skipped", "skipped", "translated"]
    other = translate(articles, "-o", out, "--log-json", "--article-only", model=tiny_marian)
    assert statuses(other.output) == ["translated"] * 3


def test_quiet_prints_nothing_on_success(tiny_marian, tmp_path):
    articles = make_tree(tmp_path)
    result = translate(articles / "a.txt", "-o", tmp_path / "out", "-q", model=tiny_marian)
    assert result.exit_code == 0 and result.output == ""


def test_unknown_model_stops_the_run_before_any_output(tmp_path):
    articles = make_tree(tmp_path)
    result = translate(articles, "-o", tmp_path / "out", model=tmp_path / "nope")
    assert result.exit_code == 2
    assert "nope" in result.output and "Traceback" not in result.output
    assert not list((tmp_path / "out").rglob("*.en.txt"))


def test_ctrl_c_is_one_line_and_status_130(tmp_path, monkeypatch):
    articles = make_tree(tmp_path)

    def interrupted(self, jobs, observer):
        raise KeyboardInterrupt
        yield

    monkeypatch.setattr(batch.FileTranslator, "__call__", interrupted)
    result = translate(articles, "-o", tmp_path / "out", model=tmp_path)
    assert result.exit_code == 130
    assert result.output.strip() == "interrupted; run the same command again to finish"


class Untouched:
    """A converter that writes nothing and counts nothing."""

    def outputs(self, job):
        return [job.target]

    def __call__(self, jobs, observer):
        for job in jobs:
            yield batch.Outcome(job, batch.FileCounts(0, 0, 0, outputs=(job.target,)))


def test_stale_temp_files_are_cleaned(tmp_path):
    articles = make_tree(tmp_path)
    out = tmp_path / "out"
    (out / "x").mkdir(parents=True)
    stale = out / "x" / ".b.en.txt.abc123.part"
    stale.write_text("half", "utf-8")
    jobs = batch.plan([str(articles)], out)
    summary = batch.run(jobs, Untouched(), outdir=out, settings="s")
    assert summary.exit_code == 0 and not stale.exists()


def test_converting_the_model_invalidates_outputs_made_with_auto(tiny_marian):
    """Resume must not keep outputs of the PyTorch run once --backend auto would pick a
    CTranslate2 copy: the settings record the engine that runs, not "auto"."""
    from briefgen import StackSettings, open_stack
    from briefgen.translate.converted import convert

    def resume_settings() -> str:
        with open_stack(StackSettings(str(tiny_marian), backend="auto")) as stack:
            return batch.resume_settings(stack.signature, article_only=False, formats={})

    before = resume_settings()
    convert(str(tiny_marian))  # into the model cache, where auto finds it
    assert resume_settings() != before
