"""Read saved web pages: the article's text, not the page chrome around it.

Article blocks (see :mod:`briefgen.formats.html.walk`) go through the shared line
classifier; the chrome follows as clutter blocks, translated only in full translations.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from lxml import etree

from briefgen.errors import InputError
from briefgen.formats.html.published import declared_publication
from briefgen.formats.html.walk import HtmlBlock, iter_blocks, parse_html
from briefgen.ingest.encoding import check_vietnamese, decode
from briefgen.ingest.layout import classify_lines
from briefgen.ingest.story_zones import BYLINE_STYLE
from briefgen.records import Block, Document, Role
from briefgen.segment import split_sentences

_STYLES = {f"h{n}": f"Heading {n}" for n in range(1, 7)} | {"figcaption": "Caption"}
# A block the page's markup names as the author's ("article__author", "byline", "tac-gia").
_AUTHOR_NAMES = re.compile(
    r"(?:^|[-_ ])(?:author|byline|tac-?gia|nguoi-?viet)(?:$|[-_ ])", re.IGNORECASE
)


def read_html(data: bytes, path: Path) -> Document:
    """Read an .html page's bytes into a Document whose block ``i`` is the ``i``-th walked
    block.

    Raises:
        InputError: empty, binary, not UTF-8, no text, or not Vietnamese.
    """
    try:
        root = parse_html(decode(path, data))
    except (ValueError, etree.LxmlError) as exc:  # lxml: a document with nothing in it
        raise InputError(f"{path}: not a readable HTML page ({exc})") from exc
    blocks = list(iter_blocks(root))
    article = [b for b in blocks if b.article]
    if not article:
        raise InputError(f"{path}: no article text found in this page")
    texts = [b.text for b in blocks]
    check_vietnamese(path, "\n".join(texts[: len(article)]))
    document = classify_lines(
        path,
        "html",
        texts[: len(article)],
        [_style(b) for b in article],
    )
    chrome = tuple(
        Block(i, texts[i], Role.CLUTTER, tuple(split_sentences(texts[i])))
        for i in range(len(article), len(blocks))
    )
    marked = tuple(
        replace(b, formatted=_has_inline_markup(blocks[b.index])) for b in document.blocks + chrome
    )
    published = document.published or declared_publication(root)  # the text's, else the tags'
    return replace(document, blocks=marked, published=published)


def _style(block: HtmlBlock) -> str | None:
    """The block's style as the line classifier reads it: a heading, a caption, or a
    byline where the block's class or id names the author."""
    names = f"{block.element.get('class', '')} {block.element.get('id', '')}"
    return BYLINE_STYLE if _AUTHOR_NAMES.search(names) else _STYLES.get(block.element.tag)


def _has_inline_markup(block: HtmlBlock) -> bool:
    return block.attribute is None and len(block.element) > 0
