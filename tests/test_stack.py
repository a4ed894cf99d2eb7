"""The translator stack: one signature per run, the model loaded only when the memory
cannot answer, and ``brief`` held to the same glossary guarantee as ``translate``."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from briefgen import StackSettings, open_stack, translate_text
from briefgen.cli import cli
from briefgen.glossary import Glossary, load, load_glossaries
from briefgen.glossary.enforce import check
from briefgen.records import Entry
from briefgen.translate import stack as stack_module
from briefgen.translate.base import DecodeOptions

ARTICLE = Path(__file__).parent / "data" / "brief_article.txt"
TEXT = "Bộ trưởng Bộ Nội vụ chủ trì Hội nghị.\n\nViệt Nam sẵn sàng hợp tác."
GLOSSARY = Glossary([Entry("Bộ Nội vụ", "Ministry of Home Affairs")], sources=("a/terms.tsv",))


def signature(**changes):
    base = StackSettings("org/model", backend="transformers", glossary=GLOSSARY)
    with open_stack(replace(base, **changes)) as stack:
        return stack.signature


@pytest.mark.parametrize(
    ("changes", "same"),
    [
        ({"model": "org/other-model"}, False),
        ({"backend": "ctranslate2"}, False),
        ({"options": DecodeOptions(beam_size=1)}, False),
        ({"options": DecodeOptions(max_length=64)}, False),
        ({"glossary": Glossary([Entry("Bộ Nội vụ", "Home Ministry")])}, False),
        ({"glossary": None}, False),
        # speed, place and source names change nothing in the English
        ({"options": DecodeOptions(batch_size=2, max_batch_tokens=100)}, True),
        ({"threads": 3}, True),
        ({"tm": Path("elsewhere.sqlite3")}, True),
        ({"glossary": Glossary(GLOSSARY, sources=("b/moved.tsv",))}, True),
    ],
)
def test_signature_digest_follows_what_decides_the_english(changes, same, tmp_path):
    if "tm" in changes:
        changes = {"tm": tmp_path / changes["tm"]}
    assert (signature(**changes).digest() == signature().digest()) is same


def test_signature_reads_like_sacrebleus():
    text = str(signature())
    assert text.startswith("briefgen:")
    assert "|backend:transformers|model:org/model|beam:4|" in text
    assert text.endswith(f"|glossary:terms.tsv@{GLOSSARY.sha256[:12]}")


def test_auto_records_the_backend_that_runs(tiny_marian):
    with open_stack(StackSettings(str(tiny_marian))) as stack:
        assert stack.signature.backend == "transformers"
        assert stack.signature.model_fingerprint.startswith(f"{tiny_marian}@")


def test_unknown_backend_is_refused_before_any_work():
    from briefgen.errors import BackendError

    with pytest.raises(BackendError, match="unknown backend 'nope'; choose one of: "):
        open_stack(StackSettings(backend="nope"))


def count_loads(monkeypatch) -> list[str]:
    loads: list[str] = []
    real = stack_module.load_translator

    def counted(model, **kwargs):
        loads.append(model)
        return real(model, **kwargs)

    monkeypatch.setattr(stack_module, "load_translator", counted)
    return loads


def test_a_rerun_from_the_memory_never_loads_the_model(tiny_marian, tmp_path, monkeypatch):
    loads = count_loads(monkeypatch)
    settings = StackSettings(
        str(tiny_marian),
        options=DecodeOptions(beam_size=1),
        glossary=load_glossaries(),
        tm=tmp_path / "tm.sqlite3",
    )
    with open_stack(settings) as stack:
        first = translate_text(TEXT, stack)
        assert stack.model_loaded
    with open_stack(settings) as stack:
        assert translate_text(TEXT, stack) == first
        assert not stack.model_loaded and stack.stats.translated == 0
    assert len(loads) == 1


def run(*args) -> str:
    result = CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def test_translate_again_from_the_memory_never_loads_the_model(tiny_marian, tmp_path, monkeypatch):
    loads = count_loads(monkeypatch)
    args = ["translate", ARTICLE, "-o", tmp_path / "out", "-m", tiny_marian, "--beam-size", "1"]
    run(*args)
    run(*args, "--overwrite")
    assert loads == [str(tiny_marian)]


def test_brief_after_translate_costs_no_model_time(tiny_marian, tmp_path, monkeypatch):
    loads = count_loads(monkeypatch)
    model = ["-m", tiny_marian, "--beam-size", "1"]
    run("translate", ARTICLE, "-o", tmp_path / "out", *model)
    assert len(loads) == 1
    run("brief", ARTICLE, "-o", tmp_path / "brief.docx", "--json", tmp_path / "f.json", *model)
    assert len(loads) == 1  # the brief was answered from the translation memory


@pytest.fixture(scope="module")
def brief_files(tiny_marian, tmp_path_factory) -> tuple[Path, Path]:
    out = tmp_path_factory.mktemp("guarantee")
    run(
        "brief",
        ARTICLE,
        "-o",
        out / "brief.docx",
        "--json",
        out / "facts.json",
        "-m",
        tiny_marian,
        "--beam-size",
        "1",
        "--no-tm",
    )
    return out / "brief.docx", out / "facts.json"


def annex(path: Path) -> list[tuple[str, str]]:
    table = docx.Document(path).tables[-1]
    rows = [(r.cells[0].text, r.cells[1].text) for r in table.rows[1:]]
    return [(vi.split("] ", 1)[1], en) for vi, en in rows]


def pairs(data) -> list[tuple[str, str]]:
    """Every {"vi", "en"} object inside the facts JSON."""
    if isinstance(data, dict):
        if set(data) == {"vi", "en"}:
            return [(data["vi"], data["en"])]
        return [p for value in data.values() for p in pairs(value)]
    if isinstance(data, list):
        return [p for item in data for p in pairs(item)]
    return []


def test_every_annex_paragraph_passes_the_glossary_check(brief_files):
    glossary = load_glossaries()
    rows = annex(brief_files[0])
    assert len(rows) == 7
    for vi, en in rows:
        assert all(c.satisfied for c in check(vi, en, glossary)), (vi, en)
    english = " ".join(en for _, en in rows)
    assert "Minister of Home Affairs Pham Thi Thanh Tra" in english or (
        "Minister of Home Affairs" in english and "Pham Thi Thanh Tra" in english
    )
    assert "ASEAN Secretariat" in english


def test_every_fact_passes_the_glossary_check(brief_files):
    glossary = load_glossaries()
    facts = json.loads(brief_files[1].read_text("utf-8"))
    found = pairs(facts)
    assert len(found) > 20
    for vi, en in found:
        assert en, vi
        assert all(c.satisfied for c in check(vi, en, glossary)), (vi, en)
    (article,) = facts["articles"]
    assert article["participants"][0]["org"] == {
        "vi": "Bộ Nội vụ",
        "en": "Ministry of Home Affairs",
    }
    commitments = " ".join(c["text"]["en"] for c in article["commitments"])
    assert "ACCSM Work Plan 2021-2025" in commitments and "ASEAN Secretariat" in commitments


def test_a_users_glossary_reaches_the_brief(tiny_marian, tmp_path):
    own = tmp_path / "own.tsv"
    own.write_text("vi\ten\nnền công vụ\tcivil service system\n", "utf-8")
    out = tmp_path / "b.docx"
    run("brief", ARTICLE, "-o", out, "-m", tiny_marian, "--beam-size", "1", "--glossary", own)
    assert load(own).get("nền công vụ") is not None
    assert "civil service system" in " ".join(en for _, en in annex(out))


def test_an_actor_who_is_a_person_is_written_as_the_name(tiny_marian, tmp_path):
    """Named as a participant or not, a person is romanised, never machine-translated."""
    article = tmp_path / "a.txt"
    article.write_text(
        "Hội nghị bàn tròn ASEAN – Hàn Quốc\n"
        "Ngày 26/11/2019, tại Busan, Thứ trưởng Bộ Nội vụ Nguyễn Trọng Thừa dẫn đầu đoàn.\n"
        "Thứ trưởng Nguyễn Trọng Thừa đề nghị các nước tiếp tục cải cách.\n",
        "utf-8",
    )
    model = ["-m", tiny_marian, "--beam-size", "1", "--no-tm"]
    run("brief", article, "-o", tmp_path / "b.docx", "--json", tmp_path / "f.json", *model)
    (facts,) = json.loads((tmp_path / "f.json").read_text("utf-8"))["articles"]
    assert [c["actor"] for c in facts["commitments"]] == [
        {"vi": "Nguyễn Trọng Thừa", "en": "Nguyen Trong Thua"}
    ]
