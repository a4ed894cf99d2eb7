"""XLIFF export of a translation, and rebuilding the output from a post-edited XLIFF.

Units are source blocks (``b<block>``) and segments their sentences (``b<block>s<n>``);
the ``original`` attribute holds the source document's absolute path, so
:func:`briefgen.pipeline.apply_xliff` can read the source again and rebuild the same
output format with the translator's targets. XLIFF 2.0 is the default; 1.2 is there
for older CAT tools.
"""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

from briefgen.errors import InputError
from briefgen.records import DocumentTranslation, SegmentTranslation

XLIFF2_NS = "urn:oasis:names:tc:xliff:document:2.0"
XLIFF12_NS = "urn:oasis:names:tc:xliff:document:1.2"
VERSIONS = ("2.0", "1.2")
SOURCE_LANG, TARGET_LANG = "vi", "en"
_DATATYPES = {"txt": "plaintext", "html": "html", "docx": "x-docx"}
_SEGMENT_ID = re.compile(r"^b(\d+)s(\d+)$")


def segment_id(block: int, index: int) -> str:
    return f"b{block}s{index}"


def render_xliff(result: DocumentTranslation, *, version: str = "2.0") -> bytes:
    """The XLIFF file: each sentence with its machine translation as the target."""
    root = to_xliff(result, version=version)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def to_xliff(result: DocumentTranslation, *, version: str = "2.0"):
    """The XLIFF tree (2.0 or 1.2) of a document translation."""
    if version not in VERSIONS:
        raise InputError(f"unknown XLIFF version {version!r}; choose one of {', '.join(VERSIONS)}")
    original = str(result.document.source.resolve())
    by_block: dict[int, list[SegmentTranslation]] = {}
    for s in result.segments:
        by_block.setdefault(s.segment.block, []).append(s)
    if version == "1.2":
        return _xliff12(original, result.document.format, by_block)
    ns = f"{{{XLIFF2_NS}}}"
    root = etree.Element(
        ns + "xliff",
        nsmap={None: XLIFF2_NS},
        version="2.0",
        srcLang=SOURCE_LANG,
        trgLang=TARGET_LANG,
    )
    file = etree.SubElement(root, ns + "file", id="f1", original=original)
    for block, segments in by_block.items():
        unit = etree.SubElement(file, ns + "unit", id=f"b{block}")
        for s in segments:
            seg = etree.SubElement(
                unit, ns + "segment", id=segment_id(block, s.segment.index), state="translated"
            )
            etree.SubElement(seg, ns + "source").text = s.segment.text
            etree.SubElement(seg, ns + "target").text = s.target
    return root


def _xliff12(original: str, fmt: str, by_block: dict[int, list[SegmentTranslation]]):
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
        group = etree.SubElement(body, ns + "group", id=f"b{block}")
        for s in segments:
            unit = etree.SubElement(group, ns + "trans-unit", id=segment_id(block, s.segment.index))
            etree.SubElement(unit, ns + "source").text = s.segment.text
            etree.SubElement(unit, ns + "target", state="translated").text = s.target
    return root


def read_xliff(path: Path) -> tuple[Path, dict[tuple[int, int], tuple[str, str]]]:
    """The source document's path and ``(block, sentence) → (source, target)``.

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
    segments: dict[tuple[int, int], tuple[str, str]] = {}
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
        segments[int(match[1]), int(match[2])] = (
            "".join(source.itertext()) if source is not None else "",
            "".join(target.itertext()) if target is not None else "",
        )
    return _locate(path, Path(files[0].get("original"))), segments


def _locate(xliff: Path, original: Path) -> Path:
    """The source as recorded, or beside the XLIFF if the folder was moved."""
    for candidate in (original, xliff.parent / original.name):
        if candidate.is_file():
            return candidate
    raise InputError(f"{xliff}: its source document {original} is not there any more")
