"""Find the forms a page sets under its story: a poll (a question to the reader and its
short answers) and a comment form's field labels ("Họ và tên", "Email").

Both are told by shape and place, not by their words: under the story's last paragraph,
short unpunctuated lines that stand among the page's widgets or answer a question.
"""

from __future__ import annotations

from briefgen.ingest.line_shapes import TERMINAL, is_prose, is_salutation, words
from briefgen.ingest.page_furniture import is_widget, speaks_to_reader

# A poll's answer or a form's label is a few words, never a sentence.
MAX_ANSWER_WORDS = 6
MAX_FIELD_WORDS = 4
MIN_ANSWERS = 2
# A page's button is a word or two ("Biểu quyết", "Gửi"), a paragraph never is.
MAX_BUTTON_WORDS = 2
MIN_PARAGRAPH_WORDS = 8


def form_lines(texts: list[str], first_body: int, tail: int) -> frozenset[int]:
    """The lines of polls and comment forms under the story (between its last paragraph,
    one that does not ask, and ``tail``)."""
    end = max((i for i in range(first_body, tail) if _is_paragraph(texts[i])), default=first_body)
    lines = [i for i in range(end + 1, tail) if texts[i]]
    found: set[int] = set()
    for n, i in enumerate(lines):
        if texts[i].endswith("?"):
            answers = _answers_after(texts, lines[n + 1 :])
            if answers:
                found.update([i, *answers])
        elif _is_short(texts[i], MAX_FIELD_WORDS) and _between_page_lines(texts, lines, n):
            found.add(i)
    return frozenset(found)


def _is_paragraph(text: str) -> bool:
    return is_prose(text) and words(text) >= MIN_PARAGRAPH_WORDS and not text.endswith("?")


def _answers_after(texts: list[str], following: list[int]) -> list[int]:
    """A poll's answers under its question: a run of short unpunctuated lines closed by a
    page's widget, or by the page's end; [] where anything else follows."""
    answers = []
    for i in following:  # (an answer may be a word, as a button is: "Có", "Không")
        if is_widget(texts[i]) or speaks_to_reader(texts[i]):
            break
        if not _is_short(texts[i], MAX_ANSWER_WORDS):
            return []
        answers.append(i)
    return answers if len(answers) >= MIN_ANSWERS else []


def _between_page_lines(texts: list[str], lines: list[int], n: int) -> bool:
    """Whether the line ``lines[n]`` has the page's widgets right above and below it."""
    return (
        0 < n < len(lines) - 1
        and _is_page_line(texts[lines[n - 1]])
        and _is_page_line(texts[lines[n + 1]])
    )


def _is_short(text: str, max_words: int) -> bool:
    return words(text) <= max_words and not text.endswith((*TERMINAL, ":", ","))


def _is_page_line(text: str) -> bool:
    """A widget, a line to the reader, or a button's word or two."""
    if is_widget(text) or speaks_to_reader(text):
        return True
    return _is_short(text, MAX_BUTTON_WORDS) and not is_salutation(text)
