"""Read one rota cell: session word(s) and any times written in it.

"Surgery" counts as the column's default time (one session, ``session_hours``).
"Surgery 08:30-12:00" counts its own times (several ranges add up). A cell with two or
more words ("Surgery/Visits", "AL + sick", "Admin, MDT") splits its time EQUALLY between
them, unless each part has its own times ("Surgery 08:30-12:00 / Visits 12:00-13:30").
Parts with times and parts without in one cell is a problem. "AM"/"PM" on their own are
ignored ("Surgery AM"). A word the vocabulary does not know is reported, never dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from planner.rota.times import RANGE, TIME_LIKE, hhmm, overnight, parse_clock, resolve
from planner.rota.vocabulary import RotaVocabulary, normalise

SPLIT = re.compile(r"\s*(?:/|\+|&|,|;|\band\b|\bthen\b)\s*", re.IGNORECASE)
HALF_WORDS = re.compile(r"(?<![\w/])(?:am|pm|a\.m\.|p\.m\.)(?![\w/])", re.IGNORECASE)
STRIP = " \t()[]{}:@-–,;."


@dataclass(frozen=True)
class Piece:
    category: str
    hours: float


@dataclass(frozen=True)
class Reading:
    """What a cell says: ``pieces`` of time by category, ``spans`` (start, end minutes) of
    explicit times (for overlap checks), ``unknown`` words as written, or an ``error``."""

    pieces: tuple[Piece, ...] = ()
    spans: tuple[tuple[int, int], ...] = ()
    unknown: tuple[str, ...] = ()
    error: str = ""


@dataclass(frozen=True)
class _Part:
    word: str
    spans: tuple[tuple[int, int], ...]
    error: str


BLANK = Reading()


def read_session(text: str, vocab: RotaVocabulary, default_hours: float) -> Reading:
    """The reading of one cell's text; ``default_hours`` is the time of a cell with no times."""
    text = " ".join(text.split())
    if not text:
        return BLANK
    whole = _part(text)
    if whole.error:
        return Reading(error=whole.error)
    if not whole.word and whole.spans:
        return Reading(error=f"has a time but no session word ('{text}'): say what the session is")
    category = vocab.category(whole.word)
    if category is not None:
        return _reading([(category, whole.spans)], default_hours)
    texts = [t for t in SPLIT.split(text) if t.strip(STRIP)]
    if len(texts) < 2:
        return Reading(unknown=(whole.word,))
    return _read_parts(text, whole, [_part(t) for t in texts], vocab, default_hours)


def _read_parts(text: str, whole: _Part, parts: list[_Part], vocab: RotaVocabulary,
                default_hours: float) -> Reading:
    errors = [p.error for p in parts if p.error]
    if errors:
        return Reading(error=errors[0])
    worded = [p for p in parts if p.word]
    found = [vocab.category(p.word) for p in worded]
    unknown = tuple(p.word for p, c in zip(worded, found, strict=True) if c is None)
    if unknown:
        return Reading(unknown=unknown if len(unknown) < len(worded) else (whole.word,))
    categories = [c for c in found if c is not None]
    own = [p for p in worded if p.spans]
    loose = [s for p in parts if not p.word for s in p.spans]
    if not loose and len(own) in (0, len(worded)):
        return _reading([(c, p.spans) for c, p in zip(categories, worded, strict=True)], default_hours)
    at_end = len(own) == 1 and own[0] in (worded[0], worded[-1])
    shared = loose if not own else (list(own[0].spans) if at_end and not loose else [])
    if len(shared) == 1:
        start, end = shared[0]
        share = (end - start) / 60 / len(categories)
        spans = () if all(c == "off" for c in categories) else (shared[0],)
        return Reading(tuple(Piece(c, share) for c in categories), spans)
    return Reading(error=f"has times for some of its sessions but not others ('{text}'): give each "
                         "session its own times, or one time for the whole cell")


def _reading(parts: list[tuple[str, tuple[tuple[int, int], ...]]], default_hours: float) -> Reading:
    """Pieces of time: each part its own times, or the cell's default time shared equally."""
    share = default_hours / len(parts)
    pieces = tuple(Piece(c, sum(e - s for s, e in sp) / 60 if sp else share) for c, sp in parts)
    spans = tuple(s for c, sp in parts if c != "off" for s in sp)
    return Reading(pieces, spans)


def _clean(text: str) -> str:
    return " ".join(text.split()).strip(STRIP).strip()


def _part(text: str) -> _Part:
    """One session's text: its word with any times taken out."""
    spans: list[tuple[int, int]] = []
    for m in RANGE.finditer(text):
        start, end = parse_clock(m.group(1)), parse_clock(m.group(2))
        if start is None or end is None:
            return _Part("", (), f"has a time Skillmix cannot read ('{m.group(0)}'): write times like 08:30-12:00")
        s, e = overnight(*resolve(start, end))
        if e <= s:
            return _Part("", (), f"ends at {hhmm(e % 1440)}, {'when' if e == s else 'before'} it starts "
                                 f"at {hhmm(s)} ('{m.group(0)}')")
        spans.append((s, e))
    rest = RANGE.sub(" ", text)
    if TIME_LIKE.search(rest):
        return _Part("", (), f"has a time Skillmix cannot read ('{text}'): write a start and an end, "
                             "like 08:30-12:00")
    word = _clean(HALF_WORDS.sub(" ", rest))
    if not word and not spans:
        word = _clean(rest) or " ".join(rest.split())
    return _Part(word, tuple(spans), "")


def known_word(word: str) -> str:
    """The word as recorded in ``unknown_words``."""
    return normalise(word)
