"""Find an article's headline among the lines above its first sentence, by style or by
scoring each headline-like line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefgen.ingest.body_start import MAX_TITLE_WORDS, next_text, starts_body
from briefgen.ingest.bylines import is_name_line, one_titled_person
from briefgen.ingest.captions import is_caption, is_image_marker
from briefgen.ingest.line_shapes import (
    TERMINAL,
    is_all_caps,
    is_prose,
    is_salutation,
    is_speaker_label,
    names_only,
    opens_with_time,
    unmarked,
    words,
)
from briefgen.ingest.outlets import is_site_name, is_tag_only, lead_tag, source_tag
from briefgen.ingest.page_dates import DATE, is_timestamp
from briefgen.ingest.page_furniture import (
    MAX_LABEL_TAIL,
    breadcrumb_leaf,
    is_chrome,
    is_menu,
    is_section_name,
    is_widget,
)
from briefgen.ingest.photo_credits import has_credit, is_credit_alone
from briefgen.normalize import fold, strip_diacritics
from briefgen.segment import split_sentences

TITLE_STYLES = ("title", "heading 1", "heading1")


def find_headline(texts: list[str], tail: int, styles: Sequence[str | None] | None) -> range | None:
    """The headline's lines: a styled title, else the best-scored headline-like line above
    the first sentence-like one (see :func:`_headline_score`), with the line that carries
    it on where the headline was broken in two."""
    if styles:
        for i, style in enumerate(styles[:tail]):
            if texts[i] and style and style.strip().lower() in TITLE_STYLES:
                return range(i, i + 1)
    end = next(
        (
            i
            for i in range(tail)
            if starts_body(texts[i], None, title_search=True, following=next_text(texts, i))
        ),
        tail,
    )
    candidates = [i for i in range(end) if texts[i] and _could_be_headline(texts[i])]
    candidates = candidates[-MAX_HEADLINE_CANDIDATES:]
    # (the headline said again with the page's stamp on its line dates it, heads nothing)
    candidates = [
        i for i in candidates if not any(stamp_after_title(texts[i], texts[j]) for j in range(i))
    ]
    menu = _menu_runs(texts, end)
    furniture = {i: _is_furniture(texts[i]) or i in menu for i in candidates}
    # (above the first sentence, only the site's furniture: the page's headline is that one)
    on_a_page = bool(candidates) and all(furniture.values())
    if end < tail and _headline_over_lead(texts, end, tail, on_a_page=on_a_page):
        candidates.append(end)
        furniture[end] = _is_furniture(texts[end])
    if not candidates:
        return None
    folded = [fold(t.rstrip(".")) if t else "" for t in texts]
    dated = _dated_lines(texts, end, menu)
    scores = {i: _headline_score(texts, furniture, folded, i, end, dated) for i in candidates}
    best = max(candidates, key=lambda i: (scores[i], i))  # (later lines win a tie: chrome
    return _broken_headline(texts, best, end)  # comes above the headline)


# The site's name after the headline, as its <title> writes it: "… - Báo Điện tử Chính
# phủ", "… | VOV.VN", "… - baoquocte.vn".
_TITLE_SUFFIX = re.compile(r"\s+[-–|]\s+(?P<site>[^-–|]+)$")
_DOMAIN = re.compile(r"^[\w.-]+\.(?:vn|com|net|org)$", re.IGNORECASE)


def headline_text(texts: list[str], lines: range | None) -> str | None:
    """The headline's words: its lines joined, without the site's name after it."""
    if not lines:
        return None
    text = " ".join(texts[i] for i in lines if texts[i])
    m = _TITLE_SUFFIX.search(text)
    if m and (is_site_name(m["site"]) or _DOMAIN.match(m["site"])):
        return text[: m.start()]
    return text


def _could_be_headline(text: str) -> bool:
    """Lines a headline never is: page chrome, an agency's tag, a byline, names under a
    photo, a salutation, a kicker or a clause ending in ":" or ",", a line led by a tag
    or a speaker's label ("TTXVN - …", "PV: …"), an item bulleted by a dash."""
    return (
        (not is_chrome(text) or _ends_in_its_date(text))
        and not is_tag_only(text)
        and 1 <= words(text) <= MAX_TITLE_WORDS
        and not is_name_line(text)
        and not names_only(text)
        and not one_titled_person(text)
        and not is_salutation(text)
        and not text.endswith((":", ","))
        and not (source_tag(text) and not is_all_caps(text))
        and not is_speaker_label(text)
        and not _DASH_ITEM.match(text)
    )


# An item of a list bulleted by a dash ("- Hai nước sẽ …"): a page sets its links to other
# articles so under the headline; no headline opens with a bullet.
_DASH_ITEM = re.compile(r"^[-–•]\s+\S")


# A briefing's or a regular meeting's headline ends in its date ("Họp báo thường kỳ của Bộ
# Ngoại giao ngày 12/11/2026"): short enough to read as a date line, but a banner or a
# timestamp has no more than a place or a weekday beside its date.
_DATE_AT_END = re.compile(rf"\sngày\s+(?:{DATE.pattern})$")


def _ends_in_its_date(text: str) -> bool:
    date = _DATE_AT_END.search(text)
    return (
        date is not None
        and not is_timestamp(text)
        and words(text[: date.start()]) >= MIN_HEADLINE_WORDS
    )


# A headline stands just above the lead, with at most a few lines of furniture between:
# a longer run of headline-like lines above the first sentence is a listing, and scoring
# every line of it against every other would take minutes on a long document.
MAX_HEADLINE_CANDIDATES = 12

# How much each feature of a line weighs for or against it being the headline.
SECTION_OR_SITE = -4  # "Thời sự", "THẾ GIỚI", "Báo Điện tử Chính phủ"
SUMMARY_UNDER_HEADLINE = -3  # a sapo without its full stop
CAPTION_UNDER_HEADLINE = -2  # a photo's caption set under the headline
CREDITED = -4  # "… Ảnh: TTXVN"
ENDS_AS_SENTENCE = -2  # "Đẩy mạnh hợp tác ASEAN." over a lead saying when
REPEATED = 2  # the page says it again: its <title>, a related-news entry, an alt text,
# the end of its breadcrumb
DATED = 2  # right over the page's time stamp, the last one above the lead
OVER_LEAD = 1  # right over a lead that says when, whose or to whom ("Chiều 5/8, …")
HEADLINE_LENGTH = 1  # a headline has six to thirty words
TRANSLATED = -4  # a bilingual site's English headline under the Vietnamese one
MIN_HEADLINE_WORDS = 6
MAX_HEADLINE_WORDS = 30


def _is_furniture(text: str) -> bool:
    return is_section_name(text) or is_site_name(text)


def _headline_score(
    texts: list[str],
    furniture: dict[int, bool],
    folded: list[str],
    i: int,
    end: int,
    dated_lines: frozenset[int],
) -> int:
    """How much line ``i`` looks like the headline among the candidates above the first
    sentence (``end``; ``furniture`` says which candidates are a section's or site's name,
    ``folded`` is every line folded, ``dated_lines`` those the page's time stamp dates):
    its length, whether it is furniture, a summary or caption under a headline above it,
    whether the page repeats it or dates it."""
    text = texts[i]
    n = words(text)
    score = HEADLINE_LENGTH if MIN_HEADLINE_WORDS <= n <= MAX_HEADLINE_WORDS else 0
    if furniture[i]:
        score += SECTION_OR_SITE
    if unmarked(text):  # (the headline in another language, set beside the Vietnamese)
        score += TRANSLATED
    if has_credit(text):
        score += CREDITED
    if i == end:
        score += ENDS_AS_SENTENCE
    dated = i in dated_lines  # (a page dates its headline, not a caption)
    headlines_above = [j for j, is_furniture in furniture.items() if j < i and not is_furniture]
    if headlines_above:
        if _is_summary_of(texts, headlines_above[-1], i) and not _dated_below(texts, i):
            score += SUMMARY_UNDER_HEADLINE
        elif is_caption(text) and not dated:
            score += CAPTION_UNDER_HEADLINE
        if _beside_a_photo(texts, i):
            score += CREDITED
    if _repeated(texts, folded, i):
        score += REPEATED
    if any(_labels_then(text, folded[i], texts[j], folded[j]) for j in furniture if j != i):
        score += SECTION_OR_SITE
    if dated:
        score += DATED
    if i != end and _over_lead(texts, i, end):
        score += OVER_LEAD
    return score


def _dated_below(texts: list[str], i: int) -> bool:
    """Whether the page stamps its date right under line ``i`` ("03/03/2026 16:20",
    "Ngày đăng: …"): a page dates its headline, not the summary under it, so a long
    headline under a section's label of several words is no summary."""
    below = _next_line(texts, i)
    return below is not None and is_timestamp(texts[below])


# A site's menu: a run of this many labels or more, one a line, each of a few words.
MIN_MENU_RUN = 3
MAX_MENU_LABEL_WORDS = 6


def _menu_runs(texts: list[str], end: int) -> frozenset[int]:
    """The lines above the first sentence (``end``) that stand in a run of short labels,
    one a line ("Thế giới", "Tư liệu", "Người Việt 5 châu"): a menu's items, however long
    the last one; a headline stands alone over its stamp or its lead."""
    menu: set[int] = set()
    run: list[int] = []
    for i in range(end + 1):
        text = texts[i] if i < end else ""
        if i < end and not text:
            continue  # (blank lines between a menu's items)
        label = (
            bool(text)
            and words(text) <= MAX_MENU_LABEL_WORDS
            and not text.endswith((*TERMINAL, ":", ","))
            and not is_timestamp(text)
        )
        if label:
            run.append(i)
            continue
        if len(run) >= MIN_MENU_RUN:
            menu.update(run)
        run = []
    return frozenset(menu)


# The lines a page may set between its headline and its stamp: a byline, a label.
MAX_LINES_OVER_STAMP = 2


def _is_label(text: str) -> bool:
    """A button's or a state's label of a word or two ("Chia sẻ", "ĐÃ KẾT THÚC"), not a
    breadcrumb or a menu, over which other lines than the headline stand."""
    return is_widget(text) and words(text) <= MAX_LABEL_WORDS and not is_menu(text)


MAX_LABEL_WORDS = 3


def _dated_lines(texts: list[str], end: int, menu: frozenset[int]) -> frozenset[int]:
    """The lines the page's time stamp, the last one above the first sentence (``end``),
    dates: the line right over it, and the line right under it where no headline-like line
    stands over it. A page dates its headline, where a reading player's or a video's lines
    near the lead ("Giọng nữ miền Bắc", "Tắt quảng cáo sau 5 giây") are shaped like a
    short headline."""
    stamp = next((k for k in range(end - 1, -1, -1) if texts[k] and is_timestamp(texts[k])), None)
    if stamp is None:
        return frozenset()
    above, below = _previous_line(texts, stamp), _next_line(texts, stamp)
    for _ in range(MAX_LINES_OVER_STAMP):  # (the byline or a blog's state label between
        if above is None or _could_be_headline(texts[above]):
            break  # the headline and its stamp: "Nhóm PV", "ĐÃ KẾT THÚC")
        if not (is_name_line(texts[above]) or _is_label(texts[above])):
            break
        above = _previous_line(texts, above)
    headline_over = above is not None and _could_be_headline(texts[above])
    headline_over = headline_over and not is_section_name(texts[above]) and above not in menu
    # (a portal's breadcrumb of long labels over its stamp, "Tin tức - Sự kiện > Tin hoạt
    # động của Lãnh đạo Bộ", is no headline: the stamp dates the line under it)
    headline_over = headline_over and breadcrumb_leaf(texts[above]) is None
    if headline_over and (headline := _headline_over_deck(texts, above)) is not None:
        above = headline  # (the stamp dates the headline with its deck under it)
    dated = {above} if above is not None else set()
    if not headline_over and below is not None:
        dated.add(below)
    return frozenset(dated)


def deck_under(texts: list[str], title: range | None) -> int | None:
    """The line right under the headline that is its deck, the page's time stamp under it:
    the summary opening the story, however it is punctuated."""
    if not title:
        return None
    deck = _next_line(texts, title.stop - 1)
    if deck is None or _headline_over_deck(texts, deck) != title.stop - 1:
        return None
    stamp = _next_line(texts, deck)
    return deck if stamp is not None and is_timestamp(texts[stamp]) else None


# A deck is about as long as the headline over it, and punctuated as the sentence it is; a
# headline under a section's label of several words ("Hoạt động của lãnh đạo Đảng, Nhà
# nước") is twice the label's length or more, and a topic's label over the headline
# ("Hội nghị Cấp cao ASEAN lần thứ 46 và các Hội nghị liên quan") ends as no sentence: by
# shape an unpunctuated deck is such a label's headline, and the stamp dates the line over it.
MAX_DECK_OVER_HEADLINE = 1.6
_SENTENCE_END = (".", "!", "?", "…", '"', "”")


def _headline_over_deck(texts: list[str], i: int) -> int | None:
    """The headline right over line ``i`` where ``i`` is its deck: the short summary a page
    sets between the headline and its time stamp ("Hai nước nhất trí … ."), a sentence
    under a line of a headline's length, not much longer than it. The page repeats its
    headline (its <title>, its address), never the deck."""
    upper = _previous_line(texts, i)
    if upper is None or not _could_be_headline(texts[upper]) or _is_furniture(texts[upper]):
        return None
    if words(texts[upper]) < MIN_HEADLINE_WORDS or texts[upper].endswith(TERMINAL):
        return None
    if breadcrumb_leaf(texts[upper]) is not None:
        return None  # (a breadcrumb of long labels: "Tin tức - Sự kiện > Hoạt động của …")
    deck = texts[i]
    if not _could_be_headline(deck) or words(deck) > MAX_DECK_OVER_HEADLINE * words(texts[upper]):
        return None
    if not deck.endswith(_SENTENCE_END):
        return None
    folded = [fold(t.rstrip(".")) if t else "" for t in texts]
    return None if _repeated(texts, folded, i) else upper


def _beside_a_photo(texts: list[str], i: int) -> bool:
    """Whether line ``i`` stands under an image's file name or over a credit alone ("Ảnh:
    TTXVN"): the photo's caption, under a headline above the photo."""
    above, below = _previous_line(texts, i), _next_line(texts, i)
    return (above is not None and is_image_marker(texts[above])) or (
        below is not None and is_credit_alone(texts[below])
    )


def _over_lead(texts: list[str], i: int, end: int) -> bool:
    """Whether line ``i`` stands right over the lead (a date, a byline or a tag between
    them at most), a lead that opens with its time, an agency's tag or a salutation."""
    if end >= len(texts) or any(
        texts[k]
        and not (is_chrome(texts[k]) or is_tag_only(texts[k]))
        and not is_name_line(texts[k])
        for k in range(i + 1, end)
    ):
        return False
    lead = texts[end]
    opening = lead[len(lead_tag(lead)) :]
    return bool(lead_tag(lead)) or opens_with_time(opening) or is_salutation(opening)


LEAD_OVER_HEADLINE = 1.5
# A summary set under the headline without a full stop is a long sentence; a headline
# has more words than a site's name.
MIN_SUMMARY_WORDS = 20
MIN_CLAUSED_SUMMARY_WORDS = 12
CLAUSED_OVER_HEADLINE = 1.25


def _is_summary_of(texts: list[str], headline: int, i: int) -> bool:
    """Whether line ``i`` is the summary a page sets right under the headline without a
    full stop: a line much longer than the headline-like line above it."""
    if any(texts[k] and not is_chrome(texts[k]) for k in range(headline + 1, i)):
        return False
    size = words(texts[headline])  # (a site's name above the headline is shorter)
    n = words(texts[i])
    if size < MIN_HEADLINE_WORDS:
        return False
    if n >= max(MIN_SUMMARY_WORDS, LEAD_OVER_HEADLINE * size):
        return True
    # (a shorter one is a sentence all the same: its clauses run on after a comma)
    claused = "," in texts[i] and n >= MIN_CLAUSED_SUMMARY_WORDS
    return claused and n >= CLAUSED_OVER_HEADLINE * size


# The site's own <title> repeats the headline with its name after a separator.
_SITE_SUFFIX = re.compile(r"^\s*[-–|:]\s*\S")


_URL = re.compile(r"^(?:https?://|www\.)\S+$")
MIN_SLUG_WORDS = 4


# A breadcrumb whose separators the scrape lost, its section labels run into the headline
# it ends on ("Thế giới Thế giới <the headline>"): a few capitalised words, no more.
MAX_TRAIL_WORDS = 4
_TRAIL_LABELS = re.compile(r"^[^\W\d_][^\d.,:;!?()]*$")


def _labels_then(text: str, key: str, other: str, other_key: str) -> bool:
    """Whether ``text`` (folded ``key``) is ``other`` with a few section labels before it."""
    if not other_key or not key.endswith(" " + other_key):
        return False
    if text.endswith(TERMINAL):
        return False  # (a sentence saying a shorter one again: "Hai bên nhất trí <deck>.")
    labels = text.split()[: words(text) - words(other)]
    # (each label a capital and a syllable or two: "Thế giới", "Xã hội", "ASEAN")
    tails = []
    for word in labels:
        if word[:1].isupper():
            tails.append(0)
        elif tails and word.islower():
            tails[-1] += 1
        else:
            return False
    return (
        1 <= len(labels) <= MAX_TRAIL_WORDS
        and max(tails) <= MAX_LABEL_TAIL
        and bool(_TRAIL_LABELS.match(" ".join(labels)))
    )


def _repeated(texts: list[str], folded: list[str], i: int) -> bool:
    """Whether another line of the page says line ``i`` again: the same words, the same
    words with the site's name after them ("… - Báo Điện tử Chính phủ"), or the page's
    address spelling them ("…/thu-tuong-hoi-dam-voi-thu-tuong-lao-123.html")."""
    key = folded[i]
    slug = f" {_slug(texts[i])} "
    for j, other in enumerate(texts):
        if j == i or not other:
            continue
        if folded[j] == key or _labels_then(other, folded[j], texts[i], key):
            return True
        leaf = breadcrumb_leaf(other)
        if leaf is not None and fold(leaf.rstrip(".")) == key:
            return True
        suffixed = folded[j].startswith(key) and _SITE_SUFFIX.match(folded[j][len(key) :])
        if suffixed and not has_credit(other):  # (not an alt text over its caption)
            return True
        long_enough = words(texts[i]) >= MIN_SLUG_WORDS
        if long_enough and _URL.match(other) and slug in f" {_slug(other)} ":
            return True
    return False


# A headline broken over two lines: the first ends on a word that cannot end it, or the
# second goes on in lower case.
_CARRIES_ON = re.compile(
    r"\s(?:và|với|của|tại|cho|về|trong|giữa|từ|đến|là|các|những|để|nhằm|trên|theo|sang"
    r"|tới|cùng|vì|khi|thêm|hướng)$"
)


def _broken_headline(texts: list[str], i: int, end: int) -> range:
    """The lines of the headline whose best-scored line is ``i``: with the line right above
    or below it (above the first sentence, ``end``) where one carries on the other."""
    first = last = i
    above = _previous_line(texts, first)
    if above is not None and _carries_on(texts[above], texts[first]):
        first = above
    below = _next_line(texts, last)
    if below is not None and below < end and _carries_on(texts[last], texts[below]):
        last = below
    return range(first, last + 1)


MAX_HEADLINE_PART_WORDS = 20


def _carries_on(upper: str, lower: str) -> bool:
    if upper.endswith(TERMINAL) or is_section_name(upper):
        return False
    if any(is_chrome(t) or is_tag_only(t) or is_salutation(t) for t in (upper, lower)):
        return False
    if is_name_line(lower) or words(lower) > MAX_HEADLINE_PART_WORDS:
        return False
    # (not a stray word in lower case: "aa", an empty link's label, under a whole headline)
    return bool(_CARRIES_ON.search(upper)) or (lower[:1].islower() and words(lower) > 1)


def _next_line(texts: list[str], i: int) -> int | None:
    return next((j for j in range(i + 1, len(texts)) if texts[j]), None)


def _previous_line(texts: list[str], i: int) -> int | None:
    return next((j for j in range(i - 1, -1, -1) if texts[j]), None)


def _headline_over_lead(texts: list[str], i: int, tail: int, *, on_a_page: bool) -> bool:
    """Whether line ``i``, punctuated as a sentence, is the headline all the same: short,
    one sentence, saying neither when nor whose, right above a lead that opens with its
    time or an agency's tag ("Đẩy mạnh hợp tác ASEAN – Nhật Bản." over "TGVN. Chiều 5/8 …"),
    or over any paragraph ``on_a_page`` whose site's or section's name stands above it.
    Over a lead with neither, a short sentence is the body's own: excerpts may start with
    the story and no headline."""
    text = texts[i]
    if words(text) > 20 or len(split_sentences(text)) != 1 or text.endswith(":"):
        return False
    if source_tag(text) or opens_with_time(text) or is_salutation(text):
        return False
    lead = next((t for t in texts[i + 1 : tail] if t and not is_chrome(t)), "")
    opening = lead[len(lead_tag(lead)) :]
    return is_prose(lead) and (on_a_page or bool(lead_tag(lead)) or opens_with_time(opening))


_CUT_NUMBER = re.compile(r"\s+[-–]\s*\d{1,2}$")


def repeats_title(text: str, title: str | None) -> bool:
    """The headline again, whole or cut short (image alt text), or as the page's address
    writes it ("hoi nghi bo truong … ra tuyen bo chung"): clutter, not a caption."""
    if title is None:
        return False
    # (an alt text cut after its dash and a digit: "<headline> -0")
    key, title_key = fold(_CUT_NUMBER.sub("", text).rstrip(".")), fold(title)
    if key == title_key or (words(text) >= 4 and title_key.startswith(key)):
        return True
    if _labels_then(text, key, title, title_key):  # (a breadcrumb ending on it)
        return True
    return _slug(text) == _slug(title) or bool(stamp_after_title(text, title))


# How far into its line the headline said again may start: after a section's label or two
# ("Chính trị <headline> …").
MAX_LABEL_BEFORE_TITLE = 3


def title_before_lead(text: str, title: str | None) -> int:
    """Where the lead starts on a line that says the headline again before it, after a
    section's label, the agency's tag opening the lead ("Chính trị <headline> ĐNO - Nhân
    chuyến thăm …"), or 0: the headline and its label are neither the lead nor its first
    sentence."""
    if not title:
        return 0
    at = text.lower().find(title.lower())
    if at < 0 or words(text[:at]) > MAX_LABEL_BEFORE_TITLE:
        return 0
    end = at + len(title)
    rest = text[end:].lstrip()
    return len(text) - len(rest) if rest and lead_tag(rest) else 0


def stamp_after_title(text: str, title: str | None) -> str:
    """The page's time stamp printed on the headline's line said again ("<headline>
    28/10/2025 15:23"), or "": the line dates the article and is no caption."""
    m = DATE.search(text)
    if title is None or m is None or not is_timestamp(stamp := text[m.start() :]):
        return ""
    return stamp if fold(text[: m.start()]) == fold(title) else ""


def _slug(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", strip_diacritics(text).lower()))
