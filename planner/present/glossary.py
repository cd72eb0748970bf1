"""The glossary of every figure, from the one table of figures (planner.present.figures): what
it means, how it is worked out and its unit. It can never say anything the table does not."""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import escape

from planner.present.figures import FIGURES, GROUP_NAMES, TODAY, TODAY_FIGURES, Figure


@dataclass(frozen=True)
class Entry:
    group: str
    label: str
    explanation: str
    unit: str


def entries() -> list[Entry]:
    """Every figure, today's first, then each group's in table order."""
    today = [_entry(f) for f in TODAY_FIGURES]
    rest = [_entry(f) for group in GROUP_NAMES for f in FIGURES if f.group == group]
    return today + rest


def _entry(f: Figure) -> Entry:
    label = f.label.replace("{years}", "N")
    return Entry(f.group, label, f.explanation, f.unit)


def matches(entry: Entry, words: str) -> bool:
    """True when every word typed is in the entry's label, explanation or unit."""
    text = f"{entry.label} {entry.explanation} {entry.unit}".lower()
    return all(word in text for word in words.lower().split())


def glossary_html(words: str = "") -> str:
    """The glossary as simple HTML (headings and paragraphs), only the entries matching ``words``."""
    parts, group = [], ""
    for entry in (e for e in entries() if matches(e, words)):
        if entry.group != group:
            group = entry.group
            parts.append(f"<h3>{escape(group if group != TODAY else 'Today, before any change')}</h3>")
        unit = f" <i>({escape(entry.unit)})</i>" if entry.unit else ""
        parts.append(f"<p><b>{escape(entry.label)}</b>{unit}<br>{escape(entry.explanation)}</p>")
    return "".join(parts) or "<p>No figure matches those words.</p>"
