"""The one walk over an HTML page's text blocks, shared by the reader and the writer.

Block ``i`` of an .html :class:`~briefgen.records.Document` is the ``i``-th block this
walk yields. The article comes first (the page's ``<h1>`` if it sits outside the article,
then the article's blocks); the page chrome (menus, header, footer, sidebars, related
news, the ``<title>``) follows, so the reader can mark it clutter and a full translation
still translates it. Last come the attributes a reader sees or hears (an image's ``alt``,
any element's ``title``), each a block of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import lxml.html
from lxml import etree

from briefgen.normalize import visible

# fmt: off
BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "body", "caption", "dd", "details", "div",
    "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
    "h5", "h6", "head", "header", "hr", "html", "li", "main", "menu", "nav", "ol", "p", "pre",
    "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "ul",
})
SKIP_TAGS = frozenset({
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "canvas",
    "select", "textarea", "button", "meta", "link", "base",
})
# fmt: on
CHROME_TAGS = frozenset({"nav", "aside", "footer", "form", "menu"})
_CHROME_NAMES = re.compile(
    r"(^|[-_ ])(nav|navbar|menu|breadcrumbs?|sidebar|footer|related|relate|lien-?quan|"
    r"tin-?khac|tin-?lien-?quan|other-?news|more-?news|share|social|comments?|banner|"
    r"ads?|advert\w*|widget|tags?|print|font-?size)($|[-_ ])",
    re.IGNORECASE,
)
_SPACE = re.compile(r"\s+")


RUN_TAG = "briefgen-run"
"""Wraps a stretch of loose text beside block elements (``<div>Hà Nội - …<p>…</p>Thêm…
</div>``) while a page is walked, so it is a block of its own rather than lost with its
non-leaf parent; the writer unwraps it (:func:`unwrap_runs`) before writing the page."""

TEXT_ATTRIBUTES = ("alt", "title")
"""Attributes whose text is shown or read out: translated like the page's text."""


@dataclass(frozen=True)
class HtmlBlock:
    """A block element, or one of its :data:`TEXT_ATTRIBUTES` when ``attribute`` is set."""

    element: etree._Element
    article: bool
    attribute: str | None = None

    @property
    def text(self) -> str:
        """What the reader translates and the writer replaces."""
        if self.attribute is not None:
            return _SPACE.sub(" ", visible(self.element.get(self.attribute, ""))).strip()
        return block_text(self.element)


def parse_html(text: str):
    """The page tree, parsed from already decoded text.

    Raises:
        ValueError: the page nests elements deeper than libxml2 reads (256): it stops
            there and every later word would silently vanish from the translation.
    """
    parser = lxml.html.HTMLParser()
    root = lxml.html.document_fromstring(text, parser=parser)
    if any(e.type == etree.ErrorTypes.ERR_RESOURCE_LIMIT for e in parser.error_log):
        raise ValueError(
            "elements nested more than 256 deep; the HTML parser would drop all text from there on"
        )
    _wrap_loose_runs(root)
    return root


def unwrap_runs(root) -> None:
    """Take out the :data:`RUN_TAG` wrappers :func:`parse_html` put in, keeping their
    content where it was."""
    etree.strip_tags(root, RUN_TAG)


def _wrap_loose_runs(root) -> None:
    """Wrap each stretch of text and inline elements that sits beside block content in
    a :data:`RUN_TAG` element. One bottom-up pass finds what holds block content, so a
    deep or huge page costs linear time."""
    elements = [el for el in root.iter() if isinstance(el.tag, str)]
    holds_block: set = set()
    for el in reversed(elements):
        if el.tag in BLOCK_TAGS or any(child in holds_block for child in el):
            holds_block.add(el)
    for el in elements:
        if el.tag in ("html", "head") or el.tag in SKIP_TAGS:
            continue
        if any(child in holds_block for child in el):
            _wrap_children(el, holds_block)


def _wrap_children(el, holds_block: set) -> None:
    """Regroup ``el``'s content: each run between block-holding children in a wrapper."""
    children = list(el)
    run = el.makeelement(RUN_TAG, {})
    run.text, el.text = el.text, None
    grouped: list = []
    for child in children:
        el.remove(child)  # drops the tail from el too; it travels with the child
        if child in holds_block:
            tail, child.tail = child.tail, None
            grouped += [run, child]
            run = el.makeelement(RUN_TAG, {})
            run.text = tail
        else:
            run.append(child)
    grouped.append(run)
    for item in grouped:
        if item.tag != RUN_TAG or item.text or len(item):
            el.append(item)


def iter_blocks(root) -> Iterator[HtmlBlock]:
    """The article's blocks, then the rest of the page's, in the order described above."""
    content = find_content(root)
    leaves = [el for el in root.iter() if _is_leaf_block(el)]
    article = [el for el in leaves if _within(el, content) and not _is_chrome(el, content)]
    headings = [el for el in leaves if el.tag == "h1" and not _is_chrome(el, None)]
    if headings and not any(el.tag == "h1" for el in article):
        article.insert(0, headings[0])
    chosen = set(article)
    yield from (HtmlBlock(el, True) for el in article)
    yield from (HtmlBlock(el, False) for el in leaves if el not in chosen)
    yield from _attribute_blocks(root)


def _attribute_blocks(root) -> Iterator[HtmlBlock]:
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag in SKIP_TAGS:
            continue
        if any(a.tag in SKIP_TAGS for a in el.iterancestors()):
            continue
        for name in TEXT_ATTRIBUTES:
            block = HtmlBlock(el, False, name)
            if el.get(name) is not None and block.text:
                yield block


def find_content(root):
    """The element holding the article: the longest ``<article>``, else ``<main>``, else
    the element with the most paragraph text among its direct ``<p>`` children."""
    for xpath in ("//article", "//main | //*[@role='main']"):
        found = [el for el in root.xpath(xpath) if not _is_chrome(el, None)]
        if found:
            return max(found, key=_paragraph_text_length)
    scores: dict = {}
    for p in root.iter("p"):
        parent = p.getparent()
        if parent is not None and not _is_chrome(p, None):
            scores[parent] = scores.get(parent, 0) + len(p.text_content())
    return _with_its_headline(max(scores, key=scores.get)) if scores else root


def _with_its_headline(paragraphs):
    """The element holding both the paragraphs' container and the page's ``<h1>``, where
    a story's block (headline, time, sapo, author, then the paragraphs in a box of their
    own) holds them apart from the page; the container itself where only ``<body>`` holds
    both, or the headline is the site's chrome."""
    heading = next(
        (h for h in paragraphs.getroottree().iter("h1") if not _is_chrome(h, None)), None
    )
    if heading is None or _within(heading, paragraphs):
        return paragraphs
    for holder in paragraphs.iterancestors():
        if holder.tag in ("body", "html"):
            return paragraphs
        if _within(heading, holder):
            return paragraphs if _is_chrome(holder, None) else holder
    return paragraphs


def _paragraph_text_length(el) -> int:
    return sum(len(p.text_content()) for p in el.iter("p"))


def _is_leaf_block(el) -> bool:
    blocks = BLOCK_TAGS | {RUN_TAG}
    if not isinstance(el.tag, str) or el.tag in SKIP_TAGS or el.tag not in blocks:
        return False
    if any(a.tag in SKIP_TAGS for a in el.iterancestors()):
        return False
    if any(isinstance(d.tag, str) and d.tag in blocks for d in el.iterdescendants()):
        return False
    return bool(block_text(el))


def _within(el, ancestor) -> bool:
    return el is ancestor or any(a is ancestor for a in el.iterancestors())


def _is_chrome(el, content) -> bool:
    """Page chrome between ``el`` and ``content`` (the whole page when None)."""
    for node in (el, *el.iterancestors()):
        if node is content:
            return False
        names = f"{node.get('class', '')} {node.get('id', '')}"
        if node.tag in CHROME_TAGS or (node.tag == "header" and content is None):
            return True
        if _CHROME_NAMES.search(names):
            return True
    return False


def inline_pieces(block) -> Iterator[tuple[str, tuple, object | None]]:
    """``(text, inline path, anchor)`` in order: the text of the block and each inline
    element (path = the inline elements around it), and text-less elements as anchors."""
    yield block.text or "", (), None
    yield from _children(block, ())


def _children(el, path: tuple) -> Iterator[tuple[str, tuple, object | None]]:
    for child in el:
        if not isinstance(child.tag, str) or child.tag in SKIP_TAGS:
            yield "", path, child  # comments, scripts: kept, not translated
        elif not child.text_content().strip():
            yield "", path, child  # <img>, <br>, a linked image: kept whole
        else:
            yield child.text or "", (*path, child), None
            yield from _children(child, (*path, child))
        yield child.tail or "", path, None


def block_text(block) -> str:
    """The block's text as reader and writer both see it: NFC, whitespace collapsed."""
    return _SPACE.sub(" ", "".join(visible(t) for t, _, _ in inline_pieces(block))).strip()
