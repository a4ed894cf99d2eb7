"""The CTranslate2 backend on the tiny converted Marian and NLLB models."""

from __future__ import annotations

import subprocess
import sys

import pytest

from briefgen import StackSettings, open_stack, translate_text
from briefgen.errors import ModelError
from briefgen.translate import DecodeOptions, load_translator
from briefgen.translate.batching import token_batches
from briefgen.translate.families import family_by_name
from briefgen.translate.hf import load_tokenizer
from conftest import FAMILIES
from ct2_recording import generated_pieces

SOURCE = "Bộ trưởng Bộ Nội vụ chủ trì Hội nghị Bộ trưởng ASEAN về Công vụ."
TARGET = "The Minister of Home Affairs chaired the ASEAN Ministerial Meeting."
SENTENCES = [
    SOURCE,
    TARGET,
    "Phó Thủ tướng Phạm Bình Minh phát biểu tại lễ thượng cờ ASEAN, ngày 8/8/2021.",
    'Vietnam\'s 2020 ASEAN Chairmanship: 30 meetings, "cohesive and responsive".',
]


@pytest.fixture(params=FAMILIES)
def ct2_model(request):
    """Each tiny converted model in turn."""
    return request.getfixturevalue(f"tiny_{request.param}_ct2")


@pytest.fixture
def translator(ct2_model):
    return load_translator(str(ct2_model), backend="ctranslate2", threads=1)


@pytest.mark.parametrize("beam", [1, 2])
def test_translates_line_for_line(translator, beam):
    text = "Bộ trưởng Bộ Nội vụ chủ trì Hội nghị.\n\nViệt Nam sẵn sàng hợp tác."
    stack = open_stack(StackSettings(options=DecodeOptions(beam_size=beam)), model=translator)
    lines = translate_text(text, stack).split("\n")
    assert len(lines) == 3
    assert lines[0] and not lines[1] and lines[2]
    assert translator.backend == "ctranslate2"


def test_nllb_language_codes_do_not_leak(tiny_nllb_ct2):
    translator = load_translator(str(tiny_nllb_ct2), backend="ctranslate2")
    assert translator.family.name == "nllb"
    assert translator.subwords.source("Việt Nam")[0] == "vie_Latn"
    out = translator.translate_batch([SOURCE], options=DecodeOptions(beam_size=1))[0]
    assert out and "eng_Latn" not in out and "vie_Latn" not in out


@pytest.mark.parametrize("threads", [1, 2])
def test_token_batching_keeps_input_order(ct2_model, threads):
    translator = load_translator(str(ct2_model), backend="ctranslate2", threads=threads)
    texts = [SOURCE, "Việt Nam.", "Hội nghị thảo luận về hợp tác công vụ trong khu vực."]
    alone = [translator.translate_batch([t], options=DecodeOptions(beam_size=1))[0] for t in texts]
    assert len(set(alone)) == len(texts)  # distinct, so a shuffle would show
    options = DecodeOptions(beam_size=1, max_batch_tokens=1)
    assert translator.translate_batch(texts, options=options) == alone


def test_two_threads_decode_two_batches_side_by_side(ct2_model):
    for threads, workers in [(1, 1), (2, 2), (4, 2)]:
        translator = load_translator(str(ct2_model), backend="ctranslate2", threads=threads)
        assert translator.translator.num_translators == workers


@pytest.mark.parametrize("kind", FAMILIES)
def test_subwords_match_the_transformers_tokenizer(kind, request):
    """The backend reads the tokenizer files itself; it must split and join text exactly as
    the transformers tokenizer does, for pieces the model knows."""
    folder = request.getfixturevalue(f"tiny_{kind}_ct2")
    subwords = load_translator(str(folder), backend="ctranslate2").subwords
    tokenizer = load_tokenizer(str(folder), family_by_name(kind))
    known = set(tokenizer.get_vocab())
    for text in SENTENCES:
        ids = tokenizer(subwords.family.prepare(text)).input_ids  # T5: its prefix first
        assert known_only(subwords.source(text), known) == tokenizer.convert_ids_to_tokens(ids)
        ids = tokenizer(text_target=text).input_ids
        target = known_only(subwords.target(text), known)
        assert target == tokenizer.convert_ids_to_tokens(ids)[:-1]
        assert subwords.text(target) == tokenizer.decode(ids, skip_special_tokens=True).strip()


@pytest.mark.parametrize("kind", FAMILIES)
def test_any_output_piece_joins_as_the_transformers_tokenizer_does(kind, request):
    """The model may write any piece of its vocabulary, including pieces of the source
    language that the target tokenizer has never seen."""
    folder = request.getfixturevalue(f"tiny_{kind}_ct2")
    subwords = load_translator(str(folder), backend="ctranslate2").subwords
    tokenizer = load_tokenizer(str(folder), family_by_name(kind))
    vocabulary = sorted(tokenizer.get_vocab().items(), key=lambda item: item[1])
    pieces = [p for p, _ in vocabulary if p not in tokenizer.all_special_tokens]
    for start in range(0, len(pieces), 7):
        chunk = pieces[start : start + 7]
        ids = tokenizer.convert_tokens_to_ids(chunk)
        assert subwords.text(chunk) == tokenizer.decode(ids, skip_special_tokens=True).strip()


def known_only(pieces: list[str], known: set[str]) -> list[str]:
    """What the model sees: pieces outside its vocabulary become the unknown token."""
    return [p if p in known else "<unk>" for p in pieces]


def test_translating_does_not_load_pytorch(tiny_marian_ct2):
    """transformers brings PyTorch, about 230 MB before any work; a converted model needs
    neither."""
    code = (
        "import sys\n"
        "from briefgen import StackSettings, open_stack, translate_text\n"
        f"settings = StackSettings({str(tiny_marian_ct2)!r}, backend='auto')\n"
        f"assert translate_text({SOURCE!r}, open_stack(settings))\n"
        "print('torch' in sys.modules, 'transformers' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["False", "False"]


def test_align_links_each_target_subword_inside_the_strings(translator):
    sources = [SOURCE, "Việt Nam."]
    targets = [TARGET, "Viet Nam."]
    links = translator.align(sources, targets)
    assert len(links) == 2
    for source, target, pair in zip(sources, targets, links, strict=True):
        assert len(pair) >= len(target.split())
        for link in pair:
            assert 0 <= link.target_start < link.target_end <= len(target)
            assert 0 <= link.source_start < link.source_end <= len(source)
        covered = "".join(target[link.target_start : link.target_end] for link in pair)
        assert covered == target.replace(" ", "")


@pytest.mark.parametrize(
    ("model", "message"),
    [
        ("./no-such-folder", "no such folder"),
        ("no-org/not-converted", "briefgen model convert no-org/not-converted"),
    ],
)
def test_missing_model_is_one_line(model, message, tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEFGEN_CACHE", str(tmp_path))
    with pytest.raises(ModelError) as err:
        load_translator(model, backend="ctranslate2")
    assert model in str(err.value) and message in str(err.value)
    assert "\n" not in str(err.value)


def test_transformers_folder_is_not_a_ct2_model(tiny_marian):
    with pytest.raises(ModelError, match=r"no model\.bin.*briefgen model convert"):
        load_translator(str(tiny_marian), backend="ctranslate2")


def test_broken_model_bin(tmp_path, tiny_marian_ct2):
    broken = tmp_path / "broken"
    broken.mkdir()
    for f in tiny_marian_ct2.iterdir():
        (broken / f.name).write_bytes(b"garbage" if f.name == "model.bin" else f.read_bytes())
    with pytest.raises(ModelError, match="reconvert"):
        load_translator(str(broken), backend="ctranslate2")


@pytest.mark.parametrize(
    ("lengths", "max_tokens", "max_size"),
    [([5, 1, 9, 3, 3, 7], 12, 8), ([4] * 10, 100, 3), ([50, 2, 2], 10, 4), ([], 10, 2)],
)
def test_token_batches_bound_and_cover(lengths, max_tokens, max_size):
    batches = list(token_batches(lengths, max_tokens=max_tokens, max_size=max_size))
    assert sorted(i for b in batches for i in b) == list(range(len(lengths)))
    flat = [lengths[i] for b in batches for i in b]
    assert flat == sorted(flat)
    for batch in batches:
        assert len(batch) <= max_size
        assert len(batch) == 1 or max(lengths[i] for i in batch) * len(batch) <= max_tokens


def test_align_survives_targets_longer_than_the_position_embeddings(tiny_marian_ct2):
    """A runaway draft (weak models repeat themselves) must not crash forced decoding."""
    translator = load_translator(str(tiny_marian_ct2), backend="ctranslate2")
    source = "Bộ Nội vụ chủ trì Hội nghị."
    target = " ".join(["ministry"] * 700)
    (links,) = translator.align([source], [target])
    assert links
    assert all(0 <= ln.target_start < ln.target_end <= len(target) for ln in links)
    assert all(0 <= ln.source_start < ln.source_end <= len(source) for ln in links)


def test_aligning_its_own_draft_needs_no_second_pass(tiny_marian_ct2):
    """Glossary repair aligns drafts right after translating them: the attention the
    translation returned is reused, so repair costs no extra decoding."""
    translator = load_translator(str(tiny_marian_ct2), backend="ctranslate2")
    sources = ["Bộ Nội vụ chủ trì Hội nghị.", "Việt Nam sẵn sàng hợp tác."]
    drafts = translator.translate_batch(sources, options=DecodeOptions(beam_size=2))

    class Counting:
        def __init__(self, inner):
            self.inner, self.calls = inner, 0

        def translate_batch(self, *args, **kwargs):
            self.calls += 1
            return self.inner.translate_batch(*args, **kwargs)

    translator.translator = counting = Counting(translator.translator)
    own = translator.align(sources, drafts)
    assert counting.calls == 0 and all(own)
    translator.align(sources, [d + " edited" for d in drafts])  # not a draft: forced pass
    assert counting.calls == 1


@pytest.mark.parametrize(("a", "b"), [(1.0, 0), (0.5, 3)])
@pytest.mark.parametrize("backend", ["transformers", "ctranslate2"])
def test_translation_length_cap_follows_the_source(tiny_marian, tiny_marian_ct2, backend, a, b):
    """A random model never ends a sentence, so it runs exactly to the cap."""
    folder = tiny_marian_ct2 if backend == "ctranslate2" else tiny_marian
    translator = load_translator(str(folder), backend=backend, threads=1)
    options = DecodeOptions(beam_size=1, max_len_a=a, max_len_b=b)
    if backend == "ctranslate2":
        (pieces,) = generated_pieces(translator, [SOURCE], options)
        generated = len(pieces)
    else:
        output = translator.translate_batch([SOURCE], options=options)[0]
        generated = len(translator._drafts.get(SOURCE, output))
    ct2 = load_translator(str(tiny_marian_ct2), backend="ctranslate2")
    source_length = len(ct2.subwords.source(SOURCE))
    assert generated == int(a * source_length) + b
