"""Turn a text file's bytes into Unicode, or say exactly why they cannot be read.

Vietnamese documents from older offices come in legacy encodings: Windows-1258 (base
letters plus combining tone marks), and the TCVN3 (ABC) and VNI font encodings, which
reuse Latin-1 byte values for Vietnamese letters. Guessing and converting silently would
garble names and terms, so these are recognised and named, and the user re-saves the file
as UTF-8 (e.g. with UniKey's converter).
"""

from __future__ import annotations

import re
from pathlib import Path

from briefgen.errors import InputError
from briefgen.normalize import nfc, vietnamese_score

# Share of words that must read as Vietnamese syllables (real articles score ~0.8).
MIN_VIETNAMESE_SCORE = 0.3
# TCVN3 (ABC) bytes for the Vietnamese lower-case letters and the base capitals.
_TCVN3 = dict(
    zip(
        bytes(range(0xA1, 0xA8)) + bytes([0xA8, 0xA9, 0xAA, 0xAB, 0xAC, 0xAD, 0xAE]),
        "ĂÂÊÔƠƯĐăâêôơưđ",
        strict=True,
    )
)
_TCVN3.update(
    zip(
        bytes(range(0xB5, 0xBA)) + bytes(range(0xBB, 0xBF)) + bytes(range(0xC6, 0xCC)),
        "àảãáạằẳẵắặầẩẫấậ",
        strict=True,
    )
)
_TCVN3.update(zip(bytes([0xCC, 0xCE, 0xCF, 0xD0, 0xD1]), "èẻẽéẹ", strict=True))
_TCVN3.update(zip(bytes(range(0xD2, 0xD7)), "ềểễếệ", strict=True))
_TCVN3.update(zip(bytes([0xD7, 0xD8, 0xDC, 0xDD, 0xDE]), "ìỉĩíị", strict=True))
_TCVN3.update(zip(bytes([0xDF, 0xE1, 0xE2, 0xE3, 0xE4]), "òỏõóọ", strict=True))
_TCVN3.update(zip(bytes(range(0xE5, 0xEF)), "ồổỗốộờởỡớợ", strict=True))
_TCVN3.update(zip(bytes([0xEF, 0xF1, 0xF2, 0xF3, 0xF4]), "ùủũúụ", strict=True))
_TCVN3.update(zip(bytes(range(0xF5, 0xFF)), "ừửữứựỳỷỹýỵ", strict=True))
# VNI writes a vowel followed by a Latin-1 accent letter ("Vieät", "chaøo", "ñaïi").
_VNI_MARK = re.compile(r"[aeiouyAEIOUYôöÔÖ][øùûõïâàáåãäêèéúüë]|[ñÑ][a-zA-Zôöø]")


def decode(path: Path, data: bytes) -> str:
    """The NFC text of a .txt file's bytes (UTF-8, with or without BOM, or UTF-16 with BOM).

    Raises:
        InputError: the file is empty, binary, or in a legacy or unknown encoding.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16", errors="replace")
    else:
        if b"\x00" in data[:8192] or _control_share(data[:8192]) > 0.05:
            raise InputError(f"{path}: looks like a binary file, not text")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            if _mostly_utf8(data):
                raise InputError(
                    f"{path}: not valid UTF-8 at byte {exc.start} (the file is cut short or "
                    "damaged); re-save it as UTF-8"
                ) from None
            raise InputError(f"{path}: {_legacy_message(data)}") from None
    if not text.strip():
        raise InputError(f"{path}: file is empty")
    return nfc(text)


def check_vietnamese(path: Path, text: str) -> None:
    """Raise InputError unless ``text`` reads as Vietnamese."""
    if vietnamese_score(text) >= MIN_VIETNAMESE_SCORE:
        return
    hint = " (it reads as English)" if _looks_english(text) else ""
    raise InputError(
        f"{path}: does not look like Vietnamese text{hint}; briefgen translates from Vietnamese"
    )


def guess_legacy(data: bytes) -> str | None:
    """The name of the legacy Vietnamese encoding ``data`` is in, or None if unrecognised.

    VNI is told by its vowel-plus-accent-letter pairs; Windows-1258 and TCVN3 by which of
    the two decodings reads more like Vietnamese syllables.
    """
    found = re.findall(r"\S+", data.decode("latin-1"))
    if found and sum(bool(_VNI_MARK.search(w)) for w in found) / len(found) >= 0.2:
        return "VNI"
    scores = {
        "Windows-1258": vietnamese_score(nfc(data.decode("cp1258", errors="replace"))),
        "TCVN3 (ABC)": vietnamese_score("".join(_TCVN3.get(b, chr(b)) for b in data)),
    }
    best = max(scores, key=scores.__getitem__)
    return best if scores[best] >= MIN_VIETNAMESE_SCORE else None


def _legacy_message(data: bytes) -> str:
    name = guess_legacy(data)
    if name:
        return (
            f"encoded in {name}, a legacy Vietnamese encoding; convert it to Unicode "
            "(UTF-8), e.g. with UniKey's converter, and try again"
        )
    return "not UTF-8 text and not a recognised Vietnamese encoding; re-save it as UTF-8"


def _mostly_utf8(data: bytes) -> bool:
    """True when ``data`` is UTF-8 with a few broken bytes (cut off mid-character, or a
    stray byte): its valid multi-byte characters outnumber its invalid bytes. Legacy
    Vietnamese text is the other way round, since its accented letters are lone high bytes.
    """
    text = data.decode("utf-8", errors="surrogateescape")
    invalid = sum(1 for c in text if "\udc80" <= c <= "\udcff")
    multibyte = sum(1 for c in text if c >= "\x80" and not "\udc80" <= c <= "\udcff")
    return multibyte > invalid


def _control_share(data: bytes) -> float:
    if not data:
        return 0.0
    controls = sum(1 for b in data if b < 0x20 and b not in b"\t\n\r\f\x0b")
    return controls / len(data)


def _looks_english(text: str) -> bool:
    found = re.findall(r"[a-z]+", text.lower())
    common = {"the", "of", "and", "to", "in", "is", "a", "for", "on", "with", "was", "that"}
    return bool(found) and sum(w in common for w in found) / len(found) >= 0.1
