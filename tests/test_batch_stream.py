"""Batches that scale: results stream (nothing per file is kept but tallies), the
manifest is appended to, a resumed run's report still covers every file, side outputs are
tracked for resume, and small documents share the model's batches."""

from __future__ import annotations

import gc
import json
from collections.abc import Sequence
from pathlib import Path

from click.testing import CliRunner

from briefgen import batch
from briefgen.cli import cli
from briefgen.records import DocumentTranslation
from briefgen.translate import load_translator
from briefgen.translate.base import DecodeOptions, Translator
from briefgen.translate.stack import StackSettings, open_stack

ARTICLES = {
    "a.txt": "Bộ Nội vụ chủ trì Hội nghị.\n\nCác đại biểu thảo luận về hợp tác ASEAN.\n",
    "x/b.txt": "Bộ trưởng phát biểu khai mạc.\n",
    "x/y/c.txt": "Hai bên ký kết biên bản ghi nhớ. Hội nghị bế mạc.\n",
}


def make_articles(root: Path) -> Path:
    folder = root / "in"
    for rel, text in ARTICLES.items():
        (folder / rel).parent.mkdir(parents=True, exist_ok=True)
        (folder / rel).write_text(text, "utf-8")
    return folder


def translate(*args, model: Path):
    argv = ["translate", *map(str, args), "--model", str(model), "--beam-size", "1"]
    return CliRunner().invoke(cli, [*argv, "--threads", "1", "--no-tm", "--log-json"])


def statuses(output: str) -> dict[str, str]:
    events = [json.loads(line) for line in output.splitlines() if line.startswith("{")]
    return {Path(e["file"]).name: e["status"] for e in events if e["event"] == "file"}


class Counting(Translator):
    """The tiny model, counting the calls that reach it."""

    def __init__(self, inner: Translator) -> None:
        self.inner, self.calls = inner, []
        self.backend, self.model_id = inner.backend, inner.model_id

    def translate_batch(
        self, texts: Sequence[str], *, options: DecodeOptions = DecodeOptions()
    ) -> list[str]:
        self.calls.append(len(texts))
        return self.inner.translate_batch(texts, options=options)


def test_a_run_keeps_tallies_not_translations(tiny_marian, tmp_path):
    folder, out = make_articles(tmp_path), tmp_path / "out"
    model = Counting(load_translator(str(tiny_marian)))
    stack = open_stack(StackSettings(options=DecodeOptions(beam_size=1)), model=model)
    convert = batch.FileTranslator(stack)
    summary = batch.run(batch.plan([str(folder)], out), convert, outdir=out, settings="s")
    assert summary.count(batch.Status.TRANSLATED) == 3 and summary.exit_code == 0
    gc.collect()
    assert not [o for o in gc.get_objects() if isinstance(o, DocumentTranslation)]
    assert not any(isinstance(v, list) and v for v in vars(summary).values())
    # three small documents (5 sentences) went to the model as one batch
    assert model.calls == [5]


def test_the_manifest_is_appended_to_and_the_last_record_wins(tiny_marian, tmp_path):
    folder, out = make_articles(tmp_path), tmp_path / "out"
    assert translate(folder, "-o", out, model=tiny_marian).exit_code == 0
    manifest = out / batch.MANIFEST_NAME
    first = manifest.read_bytes()
    assert len(first.splitlines()) == 3
    manifest.write_bytes(first + b'{"output": "a.en.txt", "sour')  # a kill mid-line
    again = translate(folder, "-o", out, model=tiny_marian)
    assert set(statuses(again.output).values()) == {"skipped"}
    forced = translate(folder, "-o", out, "--overwrite", model=tiny_marian)
    assert set(statuses(forced.output).values()) == {"translated"}
    after = manifest.read_bytes()
    assert after.startswith(first) and len(after.splitlines()) == 7  # 3 + torn + 3
    assert set(statuses(translate(folder, "-o", out, model=tiny_marian).output).values()) == {
        "skipped"
    }


def test_report_after_a_resumed_run_covers_skipped_files(tiny_marian, tmp_path):
    folder, out = make_articles(tmp_path), tmp_path / "out"
    report = tmp_path / "report.json"
    assert translate(folder, "-o", out, "--report", report, model=tiny_marian).exit_code == 0
    full = json.loads(report.read_text("utf-8"))
    (folder / "x" / "b.txt").write_text("Bộ trưởng phát biểu bế mạc.\n", "utf-8")
    rerun = translate(folder, "-o", out, "--report", report, model=tiny_marian)
    assert statuses(rerun.output) == {"a.txt": "skipped", "b.txt": "translated", "c.txt": "skipped"}
    resumed = json.loads(report.read_text("utf-8"))
    documents = {Path(d["source"]).name: d for d in resumed["documents"]}
    assert list(documents) == ["a.txt", "b.txt", "c.txt"]
    assert documents["a.txt"] == full["documents"][0]
    assert documents["b.txt"]["segments"][0]["source"] == "Bộ trưởng phát biểu bế mạc."
    assert resumed["summary"]["segments"] == 5 and resumed["model"] == str(tiny_marian)


def test_a_run_without_report_is_redone_for_a_report(tiny_marian, tmp_path):
    folder, out = make_articles(tmp_path), tmp_path / "out"
    assert translate(folder, "-o", out, model=tiny_marian).exit_code == 0
    rerun = translate(folder, "-o", out, "--report", tmp_path / "r.json", model=tiny_marian)
    assert set(statuses(rerun.output).values()) == {"translated"}
    assert len(json.loads((tmp_path / "r.json").read_text("utf-8"))["documents"]) == 3


def test_a_missing_side_output_redoes_its_file(tiny_marian, tmp_path):
    folder, out = make_articles(tmp_path), tmp_path / "out"
    assert translate(folder, "-o", out, "--xliff", "--bilingual", model=tiny_marian).exit_code == 0
    (out / "x" / "b.en.xlf").unlink()
    (out / "a.bilingual.docx").unlink()
    rerun = translate(folder, "-o", out, "--xliff", "--bilingual", model=tiny_marian)
    assert statuses(rerun.output) == {
        "a.txt": "translated",
        "b.txt": "translated",
        "c.txt": "skipped",
    }
    assert (out / "x" / "b.en.xlf").is_file() and (out / "a.bilingual.docx").is_file()
