"""The translation memory: reuse under the same settings only, and safe sharing."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from briefgen.translate.base import DecodeOptions, Translator
from briefgen.translate.memory import CachedTranslator, TranslationMemory, default_tm_path

SRC = Path(__file__).resolve().parents[1] / "src"


class Recorder(Translator):
    """A stand-in model that records what it is asked to translate."""

    backend = "fake"
    model_id = "recorder"

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def translate_batch(self, texts: Sequence[str], *, options=DecodeOptions()) -> list[str]:
        self.calls.append(list(texts))
        return [f"EN({t})" for t in texts]

    def align(self, sources, targets):
        return [[] for _ in sources]


def test_second_pass_is_served_from_memory(tmp_path):
    model = Recorder()
    tm = CachedTranslator(model, TranslationMemory(tmp_path / "tm.sqlite3"))
    assert tm.translate_batch(["a", "b"]) == ["EN(a)", "EN(b)"]
    assert tm.translate_batch(["b", "c", "a"]) == ["EN(b)", "EN(c)", "EN(a)"]
    assert model.calls == [["a", "b"], ["c"]]
    assert (tm.stats.hits, tm.stats.translated) == (2, 3)


def test_memory_survives_the_process(tmp_path):
    CachedTranslator(Recorder(), TranslationMemory(tmp_path / "tm")).translate_batch(["x"])
    model = Recorder()
    assert CachedTranslator(model, TranslationMemory(tmp_path / "tm")).translate_batch(["x"]) == [
        "EN(x)"
    ]
    assert model.calls == []


def test_repeated_boilerplate_is_translated_once(tmp_path):
    model = Recorder()
    tm = CachedTranslator(model, TranslationMemory(tmp_path / "tm"))
    assert tm.translate_batch(["Ảnh: TTXVN", "x", "Ảnh: TTXVN"])[2] == "EN(Ảnh: TTXVN)"
    assert model.calls == [["Ảnh: TTXVN", "x"]]


def test_other_settings_do_not_reuse(tmp_path):
    memory = TranslationMemory(tmp_path / "tm")
    model = Recorder()
    CachedTranslator(model, memory).translate_batch(["x"])
    CachedTranslator(model, memory).translate_batch(["x"], options=DecodeOptions(beam_size=1))
    glossary_v2 = replace(CachedTranslator(model, memory).signature, glossary_sha256="v2")
    CachedTranslator(model, memory, signature=glossary_v2).translate_batch(["x"])
    other = Recorder()
    other.model_id = "another-model"
    CachedTranslator(other, memory).translate_batch(["x"])
    # batch size changes speed, not output
    CachedTranslator(model, memory).translate_batch(["x"], options=DecodeOptions(batch_size=2))
    assert len(model.calls) == 3 and len(other.calls) == 1


def test_align_and_identity_pass_through(tmp_path):
    tm = CachedTranslator(Recorder(), TranslationMemory(tmp_path / "tm"))
    assert (tm.backend, tm.model_id) == ("fake", "recorder")
    assert tm.align(["a", "b"], ["A", "B"]) == [[], []]


def test_default_location_follows_environment_at_call_time(monkeypatch, tmp_path):
    monkeypatch.setenv("BRIEFGEN_CACHE", str(tmp_path / "one"))
    assert default_tm_path() == tmp_path / "one" / "tm.sqlite3"
    monkeypatch.setenv("BRIEFGEN_CACHE", str(tmp_path / "two"))
    assert default_tm_path() == tmp_path / "two" / "tm.sqlite3"
    monkeypatch.delenv("BRIEFGEN_CACHE")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert default_tm_path() == tmp_path / "xdg" / "briefgen" / "tm.sqlite3"


WRITER = """
import sys
from briefgen.translate.memory import TranslationMemory
memory = TranslationMemory(sys.argv[1])
for batch in range(40):
    memory.store("s", {f"{sys.argv[2]}-{batch}-{i}": "t" for i in range(25)})
    memory.store("s", {f"shared-{batch}-{i}": sys.argv[2] for i in range(25)})
"""


def test_two_processes_write_at_once(tmp_path):
    path = tmp_path / "tm.sqlite3"
    env = {"PYTHONPATH": str(SRC), "PATH": "/usr/bin:/bin"}
    procs = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(path), name], env=env)
        for name in ("p1", "p2")
    ]
    assert [p.wait(timeout=120) for p in procs] == [0, 0]
    memory = TranslationMemory(path)
    # each writer's own 1,000 rows, and 1,000 shared ones written once (first one wins)
    assert len(memory) == 3000
    assert set(
        memory.lookup("s", [f"shared-{b}-{i}" for b in range(40) for i in range(25)]).values()
    ) <= {"p1", "p2"}
