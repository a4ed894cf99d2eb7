"""XLIFF export of a translation, and rebuilding the output from a post-edited XLIFF.

Units are source blocks (``b<block>``) and segments their sentences (``b<block>s<n>``);
the ``original`` attribute holds the source document's absolute path (what XML cannot
hold in it, a control character or an undecodable byte of a file name, and ``%`` itself,
percent-encoded as file-system bytes, so any path that exists can be written), so
:func:`briefgen.pipeline.apply_xliff` can read the source again and rebuild the same
output format with the translator's targets. XLIFF 2.0 is the default; 1.2 is there
for older CAT tools.

Inline formatting (bold, links… of a .docx or .html) is written as inline codes around the
words it covers: ``<pc dataRefStart="dN">`` in 2.0 (with the unit's ``<originalData>``),
``<g ctype="x-briefgen-N">`` in 1.2, where N is the paragraph's formatting label
(:func:`briefgen.formats.project.code_labels`). The target's codes are placed by the word
alignment; a post-editor moves them with the words, and :func:`read_xliff` returns where
they ended up, so the rebuilt document has its bold and links where the editor put them.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from urllib.parse import unquote_to_bytes

from lxml import etree

from briefgen.errors import InputError
from briefgen.formats import format_named
from briefgen.formats.project import join_sentences, project
from briefgen.formats.xmltext import is_xml_char, kept_offsets, xml_pieces, xml_safe
from briefgen.records import DocumentTranslation, SegmentTranslation

XLIFF2_NS = "urn:oasis:names:tc:xliff:document:2.0"
XLIFF12_NS = "urn:oasis:names:tc:xliff:document:1.2"
VERSIONS = ("2.0", "1.2")
SOURCE_LANG, TARGET_LANG = "vi", "en"
_DATATYPES = {"txt": "plaintext", "html": "html", "docx": "x-docx"}
_SEGMENT_ID = re.compile(r"^b(\d+)s(\d+)$")
_CTYPE = "x-briefgen-"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
"""Set to ``preserve`` on what holds the segments: a CAT tool would otherwise be free to
collapse a source's double spaces, and the source then no longer matches on apply."""
Codes = tuple[tuple[int, int, int], ...]
"""``(start, end, label)`` of each formatted stretch of a sentence."""


def segment_id(block: int, index: int) -> str:
    return f"b{block}s{index}"


def original_attribute(path: Path) -> str:
    """``path`` as the ``original`` attribute: each character XML cannot hold, and ``%``,
    as the ``%XX`` of its file-system bytes; :func:`original_path` reverses it."""
    return "".join(
        ch if is_xml_char(ch) and ch != "%" else "".join(f"%{b:02X}" for b in os.fsencode(ch))
        for ch in str(path)
    )


def original_path(original: str) -> Path:
    """The path an ``original`` attribute written by :func:`original_attribute` stands for."""
    return Path(os.fsdecode(unquote_to_bytes(original)))


def render_xliff(result: DocumentTranslation, *, version: str = "2.0") -> bytes:
    """The XLIFF file: each sentence with its machine translation as the target."""
    root = to_xliff(result, version=version)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def to_xliff(result: DocumentTranslation, *, version: str = "2.0"):
    """The XLIFF tree (2.0 or 1.2) of a document translation."""
    if version not in VERSIONS:
        raise InputError(f"unknown XLIFF version {version!r}; choose one of {', '.join(VERSIONS)}")
    original = original_attribute(result.document.source.resolve())
    by_block = result.by_block
    codes = _codes(result)
    if version == "1.2":
        return _xliff12(original, result.document.format, by_block, codes)
    ns = f"{{{XLIFF2_NS}}}"
    root = etree.Element(
        ns + "xliff",
        nsmap={None: XLIFF2_NS},
        version="2.0",
        srcLang=SOURCE_LANG,
        trgLang=TARGET_LANG,
    )
    file = etree.SubElement(
        root, ns + "file", {"id": "f1", "original": original, XML_SPACE: "preserve"}
    )
    for block, segments in by_block.items():
        unit = etree.SubElement(file, ns + "unit", id=f"b{block}")
        labels = sorted(
            {
                c[2]
                for s in segments
                for pair in codes.get((block, s.segment.index), ())
                for c in pair
            }
        )
        if labels:
            data = etree.SubElement(unit, ns + "originalData")
            for label in labels:
                etree.SubElement(data, ns + "data", id=f"d{label}").text = f"formatting {label}"
        for s in segments:
            seg = etree.SubElement(
                unit, ns + "segment", id=segment_id(block, s.segment.index), state="translated"
            )
            source_codes, target_codes = codes.get((block, s.segment.index), ((), ()))
            sid = segment_id(block, s.segment.index)
            _fill(etree.SubElement(seg, ns + "source"), s.segment.text, source_codes, sid, "2.0")
            _fill(etree.SubElement(seg, ns + "target"), s.target, target_codes, sid, "2.0")
    return root


def _codes(result: DocumentTranslation) -> dict[tuple[int, int], tuple[Codes, Codes]]:
    """Each formatted sentence's codes in its source and, placed by the word alignment as
    the writers place formatting, in its target."""
    found: dict[tuple[int, int], tuple[Codes, Codes]] = {}
    labelled = format_named(result.document.format).inline_labels(result.document)
    for block, inline in labelled.items():
        segments = result.by_block.get(block, [])
        if not segments or not any(inline.labels):
            continue
        text, labels = inline.text, inline.labels
        sentences = [(s.segment.text, s.target) for s in segments]
        target, pairs = join_sentences(text, sentences, [s.links for s in segments])
        target_labels: list[int] = []
        # no ``source``: a link no word was left for cannot keep its Vietnamese in a target
        for item in project(labels, target, pairs, element_of=inline.elements.get):
            target_labels += [item[1] or 0] * len(item[0])
        cursor = 0
        for s in segments:
            start = text.find(s.segment.text, cursor)
            start = cursor if start < 0 else start
            cursor = start + len(s.segment.text)
            pair = next((p for p in pairs if p.source_start == start), None)
            target_codes = (
                () if pair is None else _spans(target_labels[pair.target_start : pair.target_end])
            )
            found[block, s.segment.index] = (_spans(labels[start:cursor]), target_codes)
    return found


def _spans(labels) -> Codes:
    """The stretches of equal, non-zero labels: ``(start, end, label)``."""
    spans, start = [], 0
    for i in range(1, len(labels) + 1):
        if i == len(labels) or labels[i] != labels[start]:
            if labels[start]:
                spans.append((start, i, labels[start]))
            start = i
    return tuple(spans)


def _fill(element, text: str, codes: Codes, sid: str, version: str) -> None:
    """Write ``text`` into ``element``, its coded stretches as ``<pc>`` (2.0) or ``<g>``;
    characters XML cannot hold become ``<cp hex>`` in 2.0 and are dropped in 1.2."""
    ns = f"{{{XLIFF2_NS if version == '2.0' else XLIFF12_NS}}}"
    if version != "2.0":
        offsets = kept_offsets(text)
        codes = tuple((offsets[start], offsets[end], label) for start, end, label in codes)
        text = xml_safe(text)
    element.text, cursor = "", 0
    for n, (start, end, label) in enumerate(codes, 1):
        _append(element, text[cursor:start], ns)
        if version == "2.0":
            attrs = {"id": f"{sid}c{n}", "dataRefStart": f"d{label}", "dataRefEnd": f"d{label}"}
            code = etree.SubElement(element, ns + "pc", attrs)
        else:
            code = etree.SubElement(element, ns + "g", id=f"{sid}c{n}", ctype=f"{_CTYPE}{label}")
        code.text = ""
        _append(code, text[start:end], ns)
        cursor = end
    _append(element, text[cursor:], ns)


def _append(parent, text: str, ns: str) -> None:
    """Add ``text`` at the end of ``parent``'s content, each character XML cannot hold as
    a ``<cp hex>`` (only 2.0 text has any left)."""
    for piece in xml_pieces(text):
        last = parent[-1] if len(parent) else None
        if not is_xml_char(piece[0]):
            etree.SubElement(parent, ns + "cp", hex=f"{ord(piece):04X}")
        elif last is None:
            parent.text = (parent.text or "") + piece
        else:
            last.tail = (last.tail or "") + piece


def _read_codes(element) -> tuple[str, Codes]:
    """The text of a ``<target>`` and the coded stretches an editor left in it; nested
    codes take the innermost label, standalone ones (``<ph>``, ``<x>``) add no text."""
    text: list[str] = []
    spans: list[tuple[int, int, int]] = []

    def walk(node, label: int) -> None:
        text.append(node.text or "")
        for child in node:
            if not isinstance(child.tag, str):
                text.append(child.tail or "")
                continue
            if child.tag == f"{{{XLIFF2_NS}}}cp":
                text.extend((_code_point(child.get("hex", "")), child.tail or ""))
                continue
            inner = _label(child, label)
            start = sum(map(len, text))
            walk(child, inner)
            end = sum(map(len, text))
            if inner and inner != label and end > start:
                spans.append((start, end, inner))
            text.append(child.tail or "")

    walk(element, 0)
    return "".join(text), tuple(sorted(spans))


def _code_point(hex_value: str) -> str:
    """The character a ``<cp hex>`` stands for; nothing for a malformed one."""
    if re.fullmatch(r"[0-9A-Fa-f]{1,6}", hex_value) and int(hex_value, 16) <= 0x10FFFF:
        return chr(int(hex_value, 16))
    return ""


def _label(element, outer: int) -> int:
    ref = element.get("dataRefStart", "")
    if ref.startswith("d") and ref[1:].isdigit():
        return int(ref[1:])
    ctype = element.get("ctype", "")
    if ctype.startswith(_CTYPE) and ctype[len(_CTYPE) :].isdigit():
        return int(ctype[len(_CTYPE) :])
    return outer


def _xliff12(original: str, fmt: str, by_block: dict[int, list[SegmentTranslation]], codes):
    ns = f"{{{XLIFF12_NS}}}"
    root = etree.Element(ns + "xliff", nsmap={None: XLIFF12_NS}, version="1.2")
    file = etree.SubElement(
        root,
        ns + "file",
        original=original,
        datatype=_DATATYPES.get(fmt, "plaintext"),
        attrib={"source-language": SOURCE_LANG, "target-language": TARGET_LANG},
    )
    body = etree.SubElement(file, ns + "body")
    for block, segments in by_block.items():
        group = etree.SubElement(body, ns + "group", {"id": f"b{block}", XML_SPACE: "preserve"})
        for s in segments:
            sid = segment_id(block, s.segment.index)
            unit = etree.SubElement(group, ns + "trans-unit", id=sid)
            source_codes, target_codes = codes.get((block, s.segment.index), ((), ()))
            _fill(etree.SubElement(unit, ns + "source"), s.segment.text, source_codes, sid, "1.2")
            target = etree.SubElement(unit, ns + "target", state="translated")
            _fill(target, s.target, target_codes, sid, "1.2")
    return root


def read_xliff(path: Path) -> tuple[Path, dict[tuple[int, int], tuple[str, str, Codes | None]]]:
    """The source document's path and ``(block, sentence) → (source, target, codes)``:
    the codes an editor left in the target, None when its source had none.

    Raises:
        InputError: not a readable XLIFF 2.0/1.2 file made by briefgen.
    """
    try:
        root = etree.parse(
            str(path), etree.XMLParser(resolve_entities=False, no_network=True)
        ).getroot()
    except (OSError, etree.XMLSyntaxError) as exc:
        raise InputError(f"{path}: not a readable XLIFF file ({exc})") from exc
    if root.tag == f"{{{XLIFF2_NS}}}xliff":
        ns, unit_tag = XLIFF2_NS, "segment"
    elif root.tag == f"{{{XLIFF12_NS}}}xliff":
        ns, unit_tag = XLIFF12_NS, "trans-unit"
    else:
        raise InputError(f"{path}: not an XLIFF 2.0 or 1.2 document")
    files = root.findall(f"{{{ns}}}file")
    if len(files) != 1 or not files[0].get("original"):
        raise InputError(f"{path}: expected one <file> with the source in 'original'")
    segments: dict[tuple[int, int], tuple[str, str, Codes | None]] = {}
    for unit in files[0].iter(f"{{{ns}}}{unit_tag}"):
        match = _SEGMENT_ID.match(unit.get("id", ""))
        if match is None:
            raise InputError(f"{path}: segment id {unit.get('id')!r} was not made by briefgen")
        source, target = unit.find(f"{{{ns}}}source"), unit.find(f"{{{ns}}}target")
        if target is None:  # applying it would write a blank where the sentence was
            raise InputError(
                f"{path}: segment {unit.get('id')} has no <target>; translate it or export "
                "the XLIFF again"
            )
        source_text, source_codes = _read_codes(source) if source is not None else ("", ())
        target_text, target_codes = _read_codes(target)
        segments[int(match[1]), int(match[2])] = (
            source_text,
            target_text,
            target_codes if source_codes else None,
        )
    return _locate(path, files[0].get("original")), segments


def _locate(xliff: Path, original: str) -> Path:
    """The source as recorded, or beside the XLIFF if the folder was moved; a path
    written before ``original`` was percent-encoded is taken as it stands."""
    recorded = original_path(original)
    for candidate in (recorded, Path(original)):
        for place in (candidate, xliff.parent / candidate.name):
            if place.is_file():
                return place
    raise InputError(f"{xliff}: its source document {recorded} is not there any more")
