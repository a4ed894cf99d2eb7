"""The verb "ký" (sign) as a word of its own, not a syllable of another word ("thư ký",
"đăng ký"): signing marks a document signed and is something a named person does.
"""

from __future__ import annotations

# "ký" (kí) signs only as a word of its own: Vietnamese writes a word as its syllables, and
# "ký" is also a syllable of the words it forms with the syllable before it ("đăng ký"
# register, "chữ ký" signature, "thư ký" secretary) or after it ("ký hiệu" symbol, "ký
# túc xá" dormitory); "ký kết", "ký tên" and "lễ ký" are signing. (underthesea's word
# segmenter splits these the same way, but importing it loads transformers and torch, 4 s.)
_KY_FIRST = ("đăng", "chữ", "thư", "nhật", "hồi", "bút", "tốc", "truyện", "du")
_KY_SECOND = (
    "hiệu",
    "tự",
    "ức",
    "túc",
    "sự",
    "giả",
    "quỹ",
    "gửi",
    "sinh",
    "họa",
    "hoạ",
    "thác",
    "danh",
    "âm",
    "cược",
    "lục",
)
# (in either case: "Tổng Thư ký" is a secretary too)
_NOT_AFTER = "".join(rf"(?<!\b{w} )" for w in _KY_FIRST)
_NOT_BEFORE = "".join(rf"(?! {w}\b)" for w in _KY_SECOND)
SIGN = rf"(?i:\b{_NOT_AFTER}k[ýí]\b{_NOT_BEFORE})"
# The same in prose that names people: a capitalised "Ký" after a word is a name's last
# syllable ("Bí thư Tỉnh ủy … Hoàng Văn Ký nêu rõ"), the verb being in lower case there;
# capitalised, it is the verb only where nothing precedes it in its clause.
SIGN_IN_PROSE = rf"(?i:\b{_NOT_AFTER})(?-i:k|(?<!\w )K)(?i:[ýí]\b{_NOT_BEFORE})"
