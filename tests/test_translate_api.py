"""The Python API: loading Marian and NLLB models and translating text."""

from __future__ import annotations

from briefgen import StackSettings, open_stack, translate_text
from briefgen.translate import DecodeOptions, load_translator


def test_marian_and_nllb_translate(tiny_model):
    text = "Bộ trưởng Bộ Nội vụ chủ trì Hội nghị.\n\nViệt Nam sẵn sàng hợp tác."
    for beam in (1, 2):
        settings = StackSettings(str(tiny_model), options=DecodeOptions(beam_size=beam))
        with open_stack(settings) as stack:
            out = translate_text(text, stack)
        lines = out.split("\n")
        assert len(lines) == 3
        assert lines[0] and not lines[1] and lines[2]


def test_nllb_starts_with_english_code(tiny_nllb):
    translator = load_translator(str(tiny_nllb))
    assert translator.family.name == "nllb"
    assert translator.tokenizer.src_lang == "vie_Latn"
    eng = translator.tokenizer.convert_tokens_to_ids("eng_Latn")
    assert translator._generate_kwargs["forced_bos_token_id"] == eng


def test_align_of_a_draft_follows_the_generated_subwords(tiny_marian):
    """The alignment of the model's own draft is over the subwords it generated, not a
    re-tokenisation of the text (which a weak model's output can make far longer)."""
    translator = load_translator(str(tiny_marian))
    sources = ["Bộ Nội vụ chủ trì Hội nghị."]
    (draft,) = translator.translate_batch(sources, options=DecodeOptions(beam_size=1))
    generated = translator._drafts.get(sources[0], draft)
    (links,) = translator.align(sources, [draft])
    assert 0 < len(links) <= len(generated)
