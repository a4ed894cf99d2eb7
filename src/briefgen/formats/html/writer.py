"""Write a translated .html page that keeps the source's markup.

The page is parsed again from the bytes kept with the Document, and only the text of
translated blocks changes; inside a block, inline markup (links, bold, emphasis, spans)
is rebuilt around the words of the whole-sentence translation that
:mod:`briefgen.formats.project` maps to it (by the word alignment kept with each
sentence, or by position); ``alt`` and ``title`` attributes take their translation. The
page is marked ``lang="en"``, or, when only the article was translated, each translated
block is (and the page keeps its own language), and it is written as UTF-8.
"""

from __future__ import annotations

from collections.abc import Sequence

import lxml.html

from briefgen.errors import InputError
from briefgen.formats.html.walk import (
    inline_pieces,
    iter_blocks,
    parse_html,
    unwrap_runs,
)
from briefgen.formats.project import Anchor, InlineLabels, join_sentences, project
from briefgen.formats.xmltext import xml_safe
from briefgen.ingest.encoding import decode
from briefgen.normalize import visible
from briefgen.records import Document, DocumentTranslation


def render_html(result: DocumentTranslation, *, article_only: bool = False) -> bytes:
    """The translated page, rebuilt from the source bytes the Document kept; the markup
    is kept whole, so ``article_only`` only means fewer blocks were translated.

    Raises:
        InputError: the source page is unreadable or does not match the Document.
    """
    source = result.document.source
    root = parse_html(decode(source, result.document.data))
    blocks = list(iter_blocks(root))
    if len(blocks) != len(result.document.blocks):
        raise InputError(f"{source}: the page changed since it was read; run again")
    by_block = result.by_block
    # attributes first: rewriting a block copies its inline elements, attributes and all
    for index in sorted(by_block, key=lambda i: blocks[i].attribute is None):
        sentences = [(s.segment.text, s.target) for s in by_block[index]]
        block = blocks[index]
        if block.attribute is not None:
            block.element.set(block.attribute, xml_safe(join_sentences(block.text, sentences)[0]))
            continue
        segments = by_block[index]
        rewrite_block(
            block.element, sentences, [s.links for s in segments], [s.codes for s in segments]
        )
        if article_only:
            block.element.set("lang", "en")
    if article_only:
        root.set("lang", root.get("lang") or "vi")
    else:
        root.set("lang", "en")
    unwrap_runs(root)
    _declare_utf8(root)
    doctype = root.getroottree().docinfo.doctype or "<!DOCTYPE html>"
    return lxml.html.tostring(root, doctype=doctype, encoding="utf-8", method="html")


def rewrite_block(block, sentences: Sequence[tuple[str, str]], links=None, codes=None) -> None:
    """Replace a block's text by the translation of its ``sentences``, rebuilding the
    inline elements around the words they map to; images and the like stay."""
    keys, anchors = _source_keys(block)
    source = "".join(k[0] for k in keys)
    target, pairs = join_sentences(source, sentences, links, codes)
    items = project(
        [k[1] for k in keys], target, pairs, anchors, element_of=_link_of, source=source
    )
    block.text = None
    for child in list(block):
        block.remove(child)
    open_path: list[tuple[object, object]] = [(None, block)]
    for item in items:
        if isinstance(item, Anchor):
            element, path = item.item
            element.tail = None
            _open(open_path, path)[-1][1].append(element)
        else:
            piece, path = item
            _append_text(_open(open_path, path or ())[-1][1], piece)


def inline_labels(document: Document) -> dict[int, InlineLabels]:
    """Formatted blocks' formatting labels, for XLIFF codes."""
    blocks = list(iter_blocks(parse_html(decode(document.source, document.data))))
    found = {}
    for block in document.blocks:
        if block.formatted and block.index < len(blocks) and blocks[block.index].attribute is None:
            keys, _ = _source_keys(blocks[block.index].element)
            text, paths = "".join(k[0] for k in keys), [k[1] for k in keys]
            found[block.index] = InlineLabels.of(text, paths, _link_of)
    return found


def _source_keys(block):
    """``(char, inline path)`` of the block text as :func:`block_text` collapses it, and
    the text-less elements as anchors."""
    keys: list[tuple[str, tuple]] = []
    anchors: list[Anchor] = []
    for text, path, anchor in inline_pieces(block):
        if anchor is not None:
            anchors.append(Anchor(len(keys), (anchor, path)))
        for ch in visible(text):
            if not ch.isspace():
                keys.append((ch, path))
            elif keys and keys[-1][0] != " ":
                keys.append((" ", path))
    while keys and keys[-1][0] == " ":
        keys.pop()
    return keys, anchors


def _link_of(path: tuple):
    """The link a piece of text sits in: a translation too short to give it a word must
    still keep it (and its target)."""
    return next((element for element in path if element.tag == "a"), None)


def _open(open_path: list, path: tuple) -> list:
    """Make ``open_path`` (source element, its copy) follow ``path``, copying elements
    shallowly into the block as needed; returns it."""
    common = 0
    while common < len(path) and common + 1 < len(open_path):
        if open_path[common + 1][0] is not path[common]:
            break
        common += 1
    del open_path[common + 1 :]
    for element in path[common:]:
        parent = open_path[-1][1]
        copy = parent.makeelement(element.tag, dict(element.attrib))
        parent.append(copy)
        open_path.append((element, copy))
    return open_path


def _append_text(node, text: str) -> None:
    text = xml_safe(text)  # a control character a post-editor left in an XLIFF target
    if len(node):
        node[-1].tail = (node[-1].tail or "") + text
    else:
        node.text = (node.text or "") + text


def _declare_utf8(root) -> None:
    """The output is UTF-8 whatever the source declared, and says so: a page that
    declares nothing is read by browsers and lxml in a legacy encoding (Vietnamese
    turns to mojibake)."""
    declared = False
    for meta in root.iter("meta"):
        if meta.get("charset") is not None:
            meta.set("charset", "utf-8")
            declared = True
        elif (meta.get("http-equiv") or "").lower() == "content-type":
            meta.set("content", "text/html; charset=utf-8")
            declared = True
    if not declared:
        head = root.find("head")
        if head is None:
            head = root.makeelement("head", {})
            root.insert(0, head)
        head.insert(0, head.makeelement("meta", {"charset": "utf-8"}))
