"""Whole-sentence translation with formatting carried onto the matching words: by the
alignment the translate stage kept with each sentence when the backend has one, by
position when it does not; the writer never calls the model."""

from __future__ import annotations

from collections.abc import Sequence

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from briefgen.formats.docx.writer import render_docx, rewrite_paragraph
from briefgen.formats.project import SentencePair, join_sentences, project
from briefgen.ingest import read_document
from briefgen.pipeline import translate_document
from briefgen.translate.base import DecodeOptions, TokenLink, Translator
from briefgen.translate.stack import StackSettings, open_stack
from docx_sample import build

SOURCE = "Sáng nay, Bộ trưởng Bộ Nội vụ đã phát biểu khai mạc hội nghị."
ENGLISH = "This morning, the Minister of Home Affairs opened the conference."
MINISTER_VI = "Bộ trưởng Bộ Nội vụ"
MINISTER_EN = "the Minister of Home Affairs"


class Scripted(Translator):
    """A backend with known output: one fixed English sentence for the sentence under
    test, and "Translated." for every other; ``align`` links the minister's words."""

    backend = "scripted"

    def __init__(self, *, aligns: bool) -> None:
        self.aligns = aligns
        self.seen: list[str] = []

    def translate_batch(
        self, texts: Sequence[str], *, options: DecodeOptions = DecodeOptions()
    ) -> list[str]:
        self.seen.extend(texts)
        return [ENGLISH if t == SOURCE else "Translated." for t in texts]

    def align(self, sources, targets):
        if not self.aligns:
            raise NotImplementedError
        links = []
        for source, target in zip(sources, targets, strict=True):
            if source != SOURCE:
                links.append([])
                continue
            s, t = source.index(MINISTER_VI), target.index(MINISTER_EN)
            # every target character of the minister's title points into the source title
            links.append([TokenLink(t, t + len(MINISTER_EN), s, s + len(MINISTER_VI))])
        return links


def translate(path, translator):
    return translate_document(read_document(path), open_stack(StackSettings(), model=translator))


@pytest.fixture
def sample(tmp_path):
    return build(tmp_path / "mau.docx")


def bold_text(path) -> str:
    paragraph = docx.Document(str(path)).paragraphs[1]
    return "".join(r.text for r in paragraph.runs if r.bold)


def test_sentences_spanning_runs_are_translated_whole(sample, tmp_path):
    translator = Scripted(aligns=False)
    out = tmp_path / "out.docx"
    out.write_bytes(render_docx(translate(sample, translator)))
    assert SOURCE in translator.seen
    paragraph = docx.Document(str(out)).paragraphs[1]
    assert paragraph.text == f"{ENGLISH} Translated."
    assert bold_text(out).strip()  # by position: somewhere in the first sentence


def test_alignment_puts_bold_on_the_matching_words(sample, tmp_path):
    translator = Scripted(aligns=True)
    out = tmp_path / "out.docx"
    result = translate(sample, translator)
    translator.aligns = False  # the writer must not need the model any more
    out.write_bytes(render_docx(result))
    assert bold_text(out).strip() == MINISTER_EN
    [sentence] = [s for s in result.segments if s.segment.text == SOURCE]
    assert sentence.segment.formatted and sentence.links


def test_projection_covers_every_formatting_key():
    source = "một hai ba"
    keys = ["plain"] * 4 + ["bold"] * 3 + ["plain"] * 3
    target, pairs = join_sentences(source, [(source, "one")])
    assert pairs == [SentencePair(0, len(source), 0, 3)]
    assert [text for text, _ in project(keys, target, pairs)] == ["one"]  # nothing to spare
    target, pairs = join_sentences(source, [(source, "one two three four")])
    pieces = project(keys, target, pairs)
    assert "".join(p[0] for p in pieces) == target
    assert [k for _, k in pieces] == ["plain", "bold", "plain"]


def test_marks_sharing_a_run_with_text_are_kept():
    p = parse_xml(
        f"<w:p {nsdecls('w')}><w:r><w:rPr><w:b/><w:lang w:val='vi-VN'/></w:rPr><w:t>Xin chào</w:t>"
        '<w:footnoteReference w:id="1"/></w:r></w:p>'
    )
    rewrite_paragraph(p, [("Xin chào", "Hello")])
    assert "".join(t.text for t in p.iter(qn("w:t"))) == "Hello"
    assert len(p.findall(f".//{qn('w:footnoteReference')}")) == 1
    assert all(r.find(qn("w:rPr")) is not None for r in p.iter(qn("w:r")))
    text_run = next(r for r in p.iter(qn("w:r")) if r.find(qn("w:t")) is not None)
    assert text_run.find(f"{qn('w:rPr')}/{qn('w:lang')}").get(qn("w:val")) == "en-GB"


def test_scattered_alignment_keeps_a_formatted_span_in_one_piece():
    """Noisy alignment (as from a weak model) points two distant target words at the bold
    source phrase; the bold must still come out as one stretch, not two."""
    source = "Bộ Nội vụ chủ trì hội nghị hôm nay"
    bold = source.index("chủ trì"), source.index("chủ trì") + len("chủ trì")
    keys = ["bold" if bold[0] <= i < bold[1] else "plain" for i in range(len(source))]
    target = "The ministry chaired the meeting today"
    words = {w: (target.index(w), target.index(w) + len(w)) for w in target.split()}
    hit = (bold[0], bold[1])
    links = (
        TokenLink(*words["chaired"], *hit),
        TokenLink(*words["today"], *hit),  # noise: a second, distant word
        TokenLink(*words["The"], 0, 2),
        TokenLink(*words["ministry"], 3, 9),
        TokenLink(*words["the"], 22, 25),
        TokenLink(*words["meeting"], 22, 26),
    )
    pieces = project(keys, target, [SentencePair(0, len(source), 0, len(target), links)])
    bold_pieces = [text for text, key in pieces if key == "bold"]
    assert len(bold_pieces) == 1
    assert "".join(text for text, _ in pieces) == target
