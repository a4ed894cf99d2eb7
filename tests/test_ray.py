"""`briefgen translate --engine ray`: a local Ray cluster writes, byte for byte, what the
local engine writes (outputs, side outputs, report, manifest records, translation memory),
and resumes a partial run like it. Skipped when Ray is not installed."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import sys
import threading
import time
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefgen.batch import rayengine, translator
from briefgen.batch.workermemory import parts_folder
from briefgen.cli import cli
from briefgen.glossary import load_glossaries
from briefgen.pipeline import build_brief
from briefgen.translate.base import DecodeOptions
from briefgen.translate.memory import TranslationMemory
from briefgen.translate.stack import StackSettings, open_stack
from process_tree import descendants

SENTENCES = [
    "Bộ Nội vụ chủ trì Hội nghị lần thứ {}.",
    "Các đại biểu thảo luận về hợp tác ASEAN trong {} năm.",
    "Hai bên ký kết {} bản ghi nhớ về phát triển bền vững.",
    "Việt Nam và Lào nhất trí tăng cường hợp tác tại {} tỉnh.",
]


@pytest.fixture(scope="module")
def local_ray():
    """One light local Ray for the module: two CPUs, no dashboard, on loopback."""
    ray = pytest.importorskip("ray", reason="Ray is not installed (pip install 'briefgen[ray]')")
    ray.init(
        num_cpus=2,
        include_dashboard=False,
        log_to_driver=False,
        object_store_memory=100 * 2**20,
        _node_ip_address="127.0.0.1",
    )
    yield
    ray.shutdown()


def make_articles(root: Path, count: int = 10) -> Path:
    """Small articles in nested folders (several per model batch), one of them empty.

    No sentence appears twice: a sentence the memory already holds is not sent to the
    model, which changes the batches (and so, by padding, the output) of the others."""
    articles = root / "articles"
    for i in range(count):
        path = articles / f"part{i % 3}" / f"bai-{i:02d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        lines = [SENTENCES[(i + k) % len(SENTENCES)].format(i) for k in range(1 + i % 3)]
        path.write_text(f"Tin số {i}\n\n" + "\n\n".join(lines) + "\n", "utf-8")
    (articles / "part0" / "rong.txt").write_text("", "utf-8")
    return articles


def translate(articles: Path, out: Path, model: Path, *extra: str):
    args = [
        "translate",
        str(articles),
        "-o",
        str(out),
        "--model",
        str(model),
        "--backend",
        "ctranslate2",
        "--beam-size",
        "1",
        "--xliff",
        "--log-json",
        *extra,
    ]
    return CliRunner().invoke(cli, args)


def files(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` but the manifest, by relative path."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != ".briefgen-manifest.jsonl"
    }


def manifest(folder: Path) -> dict[str, dict]:
    """The manifest's last record of each output (workers finish in any order), leaving
    out a line cut short by a kill."""
    records = {}
    for line in (folder / ".briefgen-manifest.jsonl").read_text("utf-8").splitlines():
        try:
            record = json.loads(line)
        except ValueError:
            continue
        records[record["output"]] = record
    return records


def memory(path: Path) -> set[tuple[str, str, str]]:
    with sqlite3.connect(path) as db:
        return set(db.execute("SELECT settings, source, target FROM segments"))


def statuses(output: str) -> list[str]:
    events = [json.loads(line) for line in output.splitlines() if line.startswith("{")]
    return sorted(e["status"] for e in events if e.get("event") == "file")


def test_ray_writes_what_the_local_engine_writes(local_ray, tiny_marian_ct2, tmp_path, monkeypatch):
    monkeypatch.setattr(translator, "GROUP_FILES", 2)  # several slices, both workers busy
    articles = make_articles(tmp_path, count=14)
    local, remote = tmp_path / "local", tmp_path / "ray"
    first = translate(
        articles,
        local,
        tiny_marian_ct2,
        "--tm",
        str(tmp_path / "local.sqlite3"),
        "--report",
        str(tmp_path / "local.json"),
    )
    second = translate(
        articles,
        remote,
        tiny_marian_ct2,
        "--tm",
        str(tmp_path / "ray.sqlite3"),
        "--report",
        str(tmp_path / "ray.json"),
        "--engine",
        "ray",
        "--workers",
        "2",
    )
    assert first.exit_code == second.exit_code == 1, second.output  # the empty file fails
    assert statuses(first.output) == statuses(second.output)
    assert "rong.txt" in second.stderr
    expected = files(local)
    assert len(expected) == 28  # fourteen translations, fourteen XLIFF files
    assert files(remote) == expected
    assert (tmp_path / "ray.json").read_bytes() == (tmp_path / "local.json").read_bytes()
    assert manifest(remote) == manifest(local)
    # the workers' own memory files were merged into the shared one, and removed
    assert memory(tmp_path / "ray.sqlite3") == memory(tmp_path / "local.sqlite3")
    assert not list(parts_folder(tmp_path / "ray.sqlite3").glob("*.sqlite3"))


def cut_short(out: Path) -> None:
    """What a driver killed mid-run leaves: four records kept, the fifth cut halfway, the
    rest of the outputs written but never recorded."""
    path = out / ".briefgen-manifest.jsonl"
    lines = path.read_text("utf-8").splitlines(keepends=True)
    path.write_text("".join(lines[:4]) + lines[4][:30], "utf-8")


def test_a_partial_run_is_finished_without_loss_or_repeat(local_ray, tiny_marian_ct2, tmp_path):
    articles = make_articles(tmp_path)
    (articles / "part0" / "rong.txt").unlink()
    local, remote = tmp_path / "local", tmp_path / "ray"
    local_args = ("--tm", str(tmp_path / "local.sqlite3"))
    tm = tmp_path / "ray.sqlite3"
    ray_args = ("--tm", str(tm), "--engine", "ray", "--workers", "2")
    assert translate(articles, local, tiny_marian_ct2, *local_args).exit_code == 0
    assert translate(articles, remote, tiny_marian_ct2, *ray_args).exit_code == 0
    cut_short(local)
    cut_short(remote)
    stale = parts_folder(tm) / "dead-run-worker.sqlite3"  # a killed worker's own memory
    leftover = TranslationMemory(stale)
    leftover.store("some-settings", {"câu cũ": "an old sentence"})
    leftover.close()

    rerun = translate(articles, remote, tiny_marian_ct2, *ray_args)
    assert rerun.exit_code == 0, rerun.output
    assert statuses(rerun.output) == ["skipped"] * 4 + ["translated"] * 6
    assert translate(articles, local, tiny_marian_ct2, *local_args).exit_code == 0
    assert files(remote) == files(local)
    assert manifest(remote) == manifest(local)
    assert ("some-settings", "câu cũ", "an old sentence") in memory(tm)
    assert not stale.exists()
    again = translate(articles, remote, tiny_marian_ct2, *ray_args)
    assert statuses(again.output) == ["skipped"] * 10


def test_ray_reads_an_archive_as_the_local_engine_does(local_ray, tiny_marian_ct2, tmp_path):
    """The workers translate the members staged under the output folder, to the same
    mirrored outputs as a local run."""
    articles = make_articles(tmp_path, count=4)
    (articles / "part0" / "rong.txt").unlink()
    archive = tmp_path / "articles.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for path in sorted(articles.rglob("*.txt")):
            zf.write(path, path.relative_to(articles).as_posix())
    local, remote = tmp_path / "local", tmp_path / "ray"
    first = translate(archive, local, tiny_marian_ct2, "--tm", str(tmp_path / "local.sqlite3"))
    assert first.exit_code == 0, first.output
    ray_args = ("--tm", str(tmp_path / "ray.sqlite3"), "--engine", "ray", "--workers", "2")
    second = translate(archive, remote, tiny_marian_ct2, *ray_args)
    assert second.exit_code == 0, second.output
    assert statuses(second.output) == ["translated"] * 4
    # an XLIFF's original names the staged member, which is under each run's own -o
    staged = {k: v.replace(bytes(remote), bytes(local)) for k, v in files(remote).items()}
    assert staged == files(local)
    assert "articles/part1/bai-01.en.txt" in staged
    again = translate(archive, remote, tiny_marian_ct2, *ray_args)
    assert statuses(again.output) == ["skipped"] * 4


def slice_workers() -> list[int]:
    """The pids of this test's translating Ray actors."""
    pids = []
    for pid in descendants(os.getpid()):
        try:
            title = Path(f"/proc/{pid}/cmdline").read_bytes()
        except OSError:
            continue
        if b"SliceWorker" in title:
            pids.append(pid)
    return pids


def test_a_killed_worker_leaves_no_partial_output(
    local_ray, tiny_marian_ct2, tmp_path, monkeypatch
):
    monkeypatch.setattr(translator, "GROUP_FILES", 1)  # many slices, so one is in flight
    articles = make_articles(tmp_path, count=30)
    (articles / "part0" / "rong.txt").unlink()
    local, remote = tmp_path / "local", tmp_path / "ray"
    assert translate(articles, local, tiny_marian_ct2, "--no-tm").exit_code == 0
    results = []
    ray_args = ("--no-tm", "--engine", "ray", "--workers", "2")
    run = threading.Thread(
        target=lambda: results.append(translate(articles, remote, tiny_marian_ct2, *ray_args))
    )
    run.start()
    killed = None
    while run.is_alive() and killed is None:
        if remote.is_dir() and any(remote.rglob("*.en.txt")) and slice_workers():
            killed = slice_workers()[0]
            os.kill(killed, signal.SIGKILL)
        time.sleep(0.02)
    run.join()
    assert killed is not None, "the run ended before a worker could be killed"
    assert results[0].exit_code == 0, results[0].output
    assert statuses(results[0].output) == ["translated"] * 30
    assert sorted(files(remote)) == sorted(files(local))  # no temporary file left
    assert files(remote) == files(local)
    assert len(manifest(remote)) == 30


def test_workers_option_needs_the_ray_engine(tmp_path):
    articles = make_articles(tmp_path, count=1)
    result = CliRunner().invoke(
        cli, ["translate", str(articles), "-o", str(tmp_path / "out"), "--workers", "2"]
    )
    assert result.exit_code == 2
    assert "--engine ray" in result.output


def test_without_the_extra_the_ray_engine_fails_in_one_line(monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "ray", None)  # what an install without Ray sees
    articles = make_articles(tmp_path, count=1)
    result = CliRunner().invoke(
        cli, ["translate", str(articles), "-o", str(tmp_path / "out"), "--engine", "ray"]
    )
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [
        "Error: --engine ray needs Ray: pip install 'briefgen[ray]'"
    ]
    assert not (tmp_path / "out").exists()


def test_a_ray_brief_is_the_brief_of_articles_already_translated(
    local_ray, tiny_marian_ct2, tmp_path
):
    articles = make_articles(tmp_path, count=4)
    (articles / "part0" / "rong.txt").unlink()
    inputs = [str(p) for p in sorted(articles.rglob("*.txt"))]
    model = ["--model", str(tiny_marian_ct2), "--backend", "ctranslate2", "--beam-size", "1"]
    local_tm, ray_tm = str(tmp_path / "local.sqlite3"), str(tmp_path / "ray.sqlite3")
    translated = CliRunner().invoke(
        cli, ["translate", *inputs, "-o", str(tmp_path / "out"), *model, "--tm", local_tm]
    )
    assert translated.exit_code == 0, translated.output
    runs = {}
    for name, extra in (
        ("local", ["--tm", local_tm]),
        ("ray", ["--tm", ray_tm, "--engine", "ray"]),
    ):
        facts = tmp_path / f"{name}.json"
        args = ["brief", *inputs, "-o", str(tmp_path / f"{name}.docx"), "--json", str(facts)]
        result = CliRunner().invoke(cli, [*args, *model, *extra, "--title", "Digest"])
        assert result.exit_code == 0, result.output
        runs[name] = json.loads(facts.read_text("utf-8"))
    assert runs["ray"] == runs["local"]
    assert memory(Path(ray_tm)) == memory(Path(local_tm))


def test_after_remember_on_ray_a_brief_needs_no_model_here(local_ray, tiny_marian_ct2, tmp_path):
    articles = make_articles(tmp_path, count=4)
    (articles / "part0" / "rong.txt").unlink()
    files = sorted(articles.rglob("*.txt"))
    settings = StackSettings(
        model=str(tiny_marian_ct2),
        backend="ctranslate2",
        options=DecodeOptions(beam_size=1),
        glossary=load_glossaries(),
        tm=tmp_path / "tm.sqlite3",
    )
    with open_stack(settings) as stack:
        rayengine.remember_on_ray(files, stack, workers=2)
        brief = build_brief(files, stack, title="Digest")
        assert not stack.model_loaded  # every sentence and name came from the workers
    assert brief.title == "Digest" and memory(tmp_path / "tm.sqlite3")
