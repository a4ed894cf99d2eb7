"""Vocabulary maps: `briefgen model vmap`, what a map allows, and that the CTranslate2
backend decodes within it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from briefgen.errors import ModelError
from briefgen.glossary import load_glossaries
from briefgen.records import Entry
from briefgen.translate import DecodeOptions, load_translator
from briefgen.translate.families import family_by_name
from briefgen.translate.subwords import Subwords, load_subwords
from briefgen.translate.vocabmap import (
    VocabMap,
    build_vocab_map,
    read_parallel,
    target_vocabulary,
)
from cli_run import run
from ct2_recording import generated_pieces

DATA = Path(__file__).parent / "data"
SENTENCES = [
    "Bộ trưởng Bộ Nội vụ chủ trì Hội nghị Bộ trưởng ASEAN về Công vụ.",
    "Phó Thủ tướng Phạm Bình Minh phát biểu tại lễ thượng cờ.",
    "Các nước thành viên cam kết tăng cường hợp tác trong khu vực.",
]


def words() -> Subwords:
    """A tokenizer of whole words, so expectations can be read off the sentences."""
    return Subwords(
        str.split, str.split, " ".join, frozenset({"</s>"}), 512, family_by_name("marian")
    )


def test_strongest_cooccurrence_ranks_first_and_names_copy_across():
    pairs = [
        ("Phạm hợp tác", "Pham the cooperation"),
        ("hợp tác Minh", "the cooperation Minh"),
        ("Minh chủ trì", "the Minh chaired"),
        ("chủ trì", "the chaired"),
    ]
    vocabulary = {"Pham", "Minh", "the", "cooperation", "chaired"}
    built = build_vocab_map(pairs, words(), vocabulary, per_source=2, common=1)
    assert built.always == ("the",)
    assert built.rules["tác"][0] == "cooperation"
    assert built.rules["trì"][0] == "chaired"
    assert built.rules["Phạm"][0] == "Pham"  # the unaccented copy, never seen as a pair
    assert built.rules["Minh"][0] == "Minh"
    assert len(built.rules["hợp"]) == 2  # per_source
    assert built.candidates([["Phạm", "Minh"]]) >= {"the", "Pham", "Minh"}
    assert "chaired" not in built.candidates([["Phạm"]])


def test_same_text_gives_the_same_map():
    """Equal counts are ranked by the piece, not by the order a set happens to give."""
    pairs = [("một", "z y x w v u t s r q")]
    built = build_vocab_map(pairs, words(), set("zyxwvutsrq"), common=3)
    assert built.always == ("q", "r", "s")


def test_glossary_english_is_always_allowed(tmp_path):
    entry = Entry(vi="Ban Thư ký ASEAN", en="ASEAN Secretariat", variants=("Secretariat",))
    built = build_vocab_map([], words(), {"ASEAN", "Secretariat"}, glossary=[entry], common=0)
    assert set(built.always) == {"ASEAN", "Secretariat"}
    assert set(built.rules["Ban"]) == {"ASEAN", "Secretariat"}
    (tmp_path / "vmap.txt").write_text(built.text(), "utf-8")
    assert VocabMap.read(tmp_path / "vmap.txt") == built


def test_cli_builds_a_map_that_decoding_keeps_to(tiny_marian_ct2, tmp_path):
    model = tmp_path / "model"
    shutil.copytree(tiny_marian_ct2, model)
    result = run("model", "vmap", model, DATA / "parallel.tsv", "--common", "20")
    assert result.exit_code == 0, result.output
    assert "8 sentence pairs" in result.output
    assert (model / "vmap.txt").read_text("utf-8").startswith("\t")  # always-allowed first
    vmap = VocabMap.read(model / "vmap.txt")
    always, rules = set(vmap.always), vmap.rules
    known = set(target_vocabulary(model))
    translator = load_translator(str(model), backend="ctranslate2", threads=1)
    subwords = translator.subwords
    glossary_pieces = {p for e in load_glossaries() for p in subwords.target(e.en) if p in known}
    assert glossary_pieces <= always
    assert translator.use_vmap
    options = DecodeOptions(beam_size=2, max_length=40)
    allowed = always | {t for s in SENTENCES for p in subwords.source(s) for t in rules.get(p, [])}
    for hypothesis in generated_pieces(translator, SENTENCES, options):
        assert set(hypothesis) - subwords.special <= allowed
    # Without the map the same random model wanders over its whole vocabulary.
    assert run("model", "vmap", model, "--remove").exit_code == 0
    unmapped = load_translator(str(model), backend="ctranslate2", threads=1)
    assert not unmapped.use_vmap
    pieces = {p for h in generated_pieces(unmapped, SENTENCES, options) for p in h}
    assert pieces - subwords.special - allowed


def test_model_list_shows_the_map(tiny_marian, tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEFGEN_CACHE", str(tmp_path / "cache"))
    assert run("model", "convert", tiny_marian).exit_code == 0
    assert "vocabulary map" not in run("model", "list").output
    assert run("model", "vmap", tiny_marian, DATA / "parallel.tsv").exit_code == 0
    assert "vocabulary map" in run("model", "list").output


def test_bad_parallel_text_is_one_line(tiny_marian_ct2, tmp_path):
    model = tmp_path / "model"
    shutil.copytree(tiny_marian_ct2, model)
    bad = tmp_path / "bad.tsv"
    bad.write_text("Việt Nam\tViet Nam\nno tab here\n", "utf-8")
    for args, message in [
        ((bad,), "bad.tsv:2: expected Vietnamese<TAB>English"),
        ((tmp_path / "missing.tsv",), "missing.tsv: no such file"),
    ]:
        result = run("model", "vmap", model, *args)
        assert result.exit_code == 2 and message in result.output
        assert "Traceback" not in result.output
    assert not (model / "vmap.txt").exists()
    result = run("model", "vmap", tmp_path / "not-a-model", DATA / "parallel.tsv")
    assert result.exit_code == 2 and "not-a-model" in result.output


def test_adding_a_map_to_a_cached_model_retires_its_remembered_translations(
    tiny_marian, tmp_path, monkeypatch
):
    """The translation memory and batch resume key on this fingerprint: a model whose
    map changed must not be answered with the old outputs."""
    from briefgen.translate.memory import model_fingerprint

    monkeypatch.setenv("BRIEFGEN_CACHE", str(tmp_path / "cache"))
    hub_id = "fake-org/tiny-vi-en"
    before_conversion = model_fingerprint(hub_id)
    converted = tmp_path / "cache" / "models" / hub_id.replace("/", "--")
    assert run("model", "convert", tiny_marian, converted).exit_code == 0
    before = model_fingerprint(hub_id)
    assert run("model", "vmap", hub_id, DATA / "parallel.tsv").exit_code == 0
    assert len({before_conversion, before, model_fingerprint(hub_id)}) == 3


def mapped_copy(ct2_model: Path, folder: Path) -> Path:
    """A copy of a converted model with a map written by the library (the CLI refuses
    some families), from the test pairs and the built-in glossary."""
    shutil.copytree(ct2_model, folder)
    subwords = load_subwords(folder)
    pairs = list(read_parallel(DATA / "parallel.tsv"))
    built = build_vocab_map(pairs, subwords, target_vocabulary(folder), glossary=load_glossaries())
    (folder / "vmap.txt").write_text(built.text(), "utf-8")
    return folder


@pytest.mark.parametrize("family", ["nllb", "mbart"])
def test_families_forcing_a_language_token_refuse_a_map_in_one_line(family, tmp_path, request):
    model = tmp_path / "model"
    shutil.copytree(request.getfixturevalue(f"tiny_{family}_ct2"), model)
    result = run("model", "vmap", model, DATA / "parallel.tsv")
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert f"{family} models cannot use a vocabulary map" in result.output
    assert "CTranslate2 bug" in result.output and len(result.output.splitlines()) == 1
    assert not (model / "vmap.txt").exists()
    mapped = mapped_copy(model, tmp_path / "mapped")
    with pytest.raises(ModelError, match="--remove"):
        load_translator(str(mapped), backend="ctranslate2", threads=1)
    source = tmp_path / "bai.txt"
    source.write_text(SENTENCES[0] + "\n", "utf-8")
    result = run("translate", source, "-o", tmp_path / "out", "--model", mapped)
    assert result.exit_code == 2 and "cannot use a vocabulary map" in result.output


@pytest.mark.xfail(
    strict=True,
    raises=(AssertionError, IndexError),
    reason="CTranslate2 bug (checked up to 4.8.5): Decoder::update_output_layer never clears "
    "_to_output_word_id, so the forced target language token keeps the output position an "
    "earlier batch's vocabulary map gave it. If this passes, CTranslate2 is fixed: let "
    "check_vmap_supported accept nllb and mbart again.",
)
@pytest.mark.parametrize("family", ["nllb", "mbart"])
def test_ctranslate2_forces_the_language_token_after_a_mapped_batch(family, tmp_path, request):
    """Straight CTranslate2, no briefgen in between: a short sentence decoded after a long
    one (a larger candidate set) must still start with the target language token."""
    import ctranslate2

    folder = mapped_copy(request.getfixturevalue(f"tiny_{family}_ct2"), tmp_path / "model")
    subwords = load_subwords(folder)
    prefix = subwords.family.target_prefix()
    engine = ctranslate2.Translator(str(folder), compute_type="int8", intra_threads=1)
    for text in (SENTENCES[0] * 3, "Bộ Nội vụ."):
        (result,) = engine.translate_batch(
            [subwords.source(text)], [prefix], beam_size=1, max_decoding_length=8, use_vmap=True
        )
        assert result.hypotheses[0][: len(prefix)] == prefix, text
