"""T5 (e.g. VietAI/envit5-translation, google/madlad400-3b-mt): no language codes, a text
prefix instead, which depends on the checkpoint: ``"vi: "`` for envit5, and MADLAD-400's
target-language token ``"<2en> "`` where the vocabulary has it."""

from briefgen.translate.families.base import ModelFamily

T5 = ModelFamily(
    name="t5",
    config_class="T5Config",
    tokenizer_classes=("T5Tokenizer", "T5TokenizerFast"),
    subword_files="tokenizer.json",
    source_prefix="vi: ",
    prefix_variants=(("<2en>", "<2en> "),),
    description="T5 (e.g. VietAI/envit5-translation, google/madlad400-3b-mt)",
)
