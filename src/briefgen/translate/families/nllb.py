"""NLLB-200 on the M2M-100 architecture: ``vie_Latn`` before the source, ``eng_Latn``
forced as the first target token."""

from briefgen.translate.families.base import ModelFamily

NLLB = ModelFamily(
    name="nllb",
    config_class="M2M100Config",
    tokenizer_classes=("NllbTokenizer", "NllbTokenizerFast"),
    subword_files="tokenizer.json",
    source_code="vie_Latn",
    target_code="eng_Latn",
    description="NLLB-200 (M2M-100 architecture, e.g. facebook/nllb-200-distilled-600M)",
)
