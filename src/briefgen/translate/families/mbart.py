"""mBART-50 (e.g. vinai/vinai-translate-vi2en-v2): ``vi_VN`` before the source, ``en_XX``
forced as the first target token, one SentencePiece vocabulary in ``tokenizer.json``."""

from briefgen.translate.families.base import ModelFamily

MBART = ModelFamily(
    name="mbart",
    config_class="MBartConfig",
    tokenizer_classes=("MBart50Tokenizer", "MBart50TokenizerFast"),
    subword_files="tokenizer.json",
    source_code="vi_VN",
    target_code="en_XX",
    description="mBART-50 (e.g. vinai/vinai-translate-vi2en-v2)",
)
