"""What every sheet reader shares during one import: the words, the running tally,
cached cell readings, and the progress and cancel callbacks."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time

from planner.excel import Uncached
from planner.rota.options import ReadOptions
from planner.rota.problems import ref
from planner.rota.result import RotaCancelled
from planner.rota.sessions import Reading, read_session
from planner.rota.tally import Tally
from planner.rota.vocabulary import RotaVocabulary
from planner.rota.weeks import WeekKey

#: Rows between calls of ``progress`` and ``cancelled``.
TICK_ROWS = 500
SHOWN_CHARS = 40


def shown(value: object) -> str:
    """A cell value as a person would recognise it in a message."""
    if isinstance(value, Uncached):
        return f"a formula with no saved value (={value.formula[:SHOWN_CHARS]})"
    if isinstance(value, datetime):
        return f"the date {value:%d/%m/%Y %H:%M}" if value.time() != time() else f"the date {value:%d/%m/%Y}"
    if isinstance(value, date):
        return f"the date {value:%d/%m/%Y}"
    if isinstance(value, time):
        return f"the time {value:%H:%M}"
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, (int, float)):
        return f"the number {value:g}"
    text = " ".join(str(value).split())
    return f"'{text[:SHOWN_CHARS]}...'" if len(text) > SHOWN_CHARS else f"'{text}'"


def unreadable(value: object, where: str, expected: str) -> str:
    """Why a cell cannot be read: a formula never calculated, or a value of the wrong kind."""
    if isinstance(value, Uncached):
        return (f"The cell {where} holds {shown(value)}: open the file in Excel or LibreOffice and save it, "
                "so the value is stored, then read it again")
    return f"Cannot read {shown(value)} at {where}: {expected}"


class ReadContext:
    def __init__(self, vocab: RotaVocabulary, session_hours: float, require_titles: bool,
                 progress: Callable[[int, int], None] | None, cancelled: Callable[[], bool] | None,
                 total_rows: int, options: ReadOptions | None = None) -> None:
        self.vocab = vocab
        self.options = options or ReadOptions()
        #: (sheet, week, what marked it) of each grid block whose week its title or name gives
        self.sheet_weeks: list[tuple[str, WeekKey, str]] = []
        self.session_hours = session_hours
        self.tally = Tally(vocab, require_titles)
        self._progress, self._cancelled = progress, cancelled
        self.total_rows, self.rows_done = total_rows, 0
        self._readings: dict[tuple[str, int], Reading] = {}

    def reading(self, text: str, sessions: int = 1) -> Reading:
        """The reading of a cell's text (cached: rotas repeat the same few words)."""
        key = (text, sessions)
        found = self._readings.get(key)
        if found is None:
            found = self._readings[key] = read_session(text, self.vocab, sessions * self.session_hours)
        return found

    def report(self, reading: Reading, sheet: str, cell: str) -> bool:
        """Log what a reading found wrong; True when its time can be counted."""
        for word in reading.unknown:
            self.tally.log.unknown("session", word, sheet, cell)
        if reading.error:
            self.tally.log.add(sheet, cell, f"The session at {ref(sheet, cell)} {reading.error}")
        return not reading.unknown and not reading.error

    def tick(self, rows: int = TICK_ROWS) -> None:
        """Count rows read; raise RotaCancelled when the user has cancelled."""
        self.rows_done += rows
        if self._cancelled is not None and self._cancelled():
            raise RotaCancelled("The rota import was cancelled; nothing was imported.")
        if self._progress is not None:
            self._progress(self.rows_done, max(self.total_rows, self.rows_done))
