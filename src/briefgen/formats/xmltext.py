"""Text made safe for XML: the characters XML 1.0 cannot hold (most C0 controls such as
BEL, ESC and backspace, lone surrogates, U+FFFE/U+FFFF) are dropped, or split out for
XLIFF 2.0 to write as ``<cp hex="…"/>``, so a stray control character in an article does
not stop its XLIFF or .docx from being written."""

from __future__ import annotations

import re

_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_safe(text: str) -> str:
    """``text`` without the characters XML 1.0 does not allow."""
    return _NOT_XML.sub("", text)


def kept_offsets(text: str) -> list[int]:
    """For each offset 0..len(text) of ``text``, its offset in :func:`xml_safe` of it, so
    spans measured on the original text can be placed in the safe one."""
    offsets, kept = [0], 0
    for char in text:
        kept += _NOT_XML.match(char) is None
        offsets.append(kept)
    return offsets


def xml_pieces(text: str) -> list[str]:
    """``text`` cut into runs XML can hold and single characters it cannot, in order."""
    pieces, cursor = [], 0
    for match in _NOT_XML.finditer(text):
        pieces += [text[cursor : match.start()], match.group()]
        cursor = match.end()
    pieces.append(text[cursor:])
    return [piece for piece in pieces if piece]


def is_xml_char(char: str) -> bool:
    return _NOT_XML.match(char) is None
