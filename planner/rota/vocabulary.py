"""The words of a rota: session words -> category, job titles -> role code.

Words are compared lower-case with spaces trimmed and collapsed. A practice's own words
(mapped in the import wizard or with ``--mapping``) are saved in the plan under
``extras["rota_vocabulary"]``, as the entries that differ from the defaults.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from planner.model import Plan

#: Session categories, in the order tables show them; "off" is never counted as time.
CATEGORIES: tuple[str, ...] = ("clinic", "duty", "visits", "admin", "meeting", "training", "leave", "off")
#: The categories that count as time in a person's week.
COUNTED: tuple[str, ...] = CATEGORIES[:-1]
EXTRAS_KEY = "rota_vocabulary"

_SESSION_WORDS: dict[str, tuple[str, ...]] = {
    "clinic": ("surgery", "surg", "clinic", "appts", "appointments", "tel clinic", "telephone clinic",
               "phone clinic", "f2f", "face to face", "video clinic", "consulting", "baby clinic",
               "minor ops", "minor surgery", "extended access"),
    "duty": ("duty", "on call", "on-call", "oncall", "triage", "urgent", "duty doctor", "duty gp",
             "urgent care", "total triage"),
    "visits": ("visits", "visit", "home visits", "home visit", "hv", "hvs", "care home", "care homes",
               "care home round", "ward round"),
    "admin": ("admin", "paperwork", "docman", "results", "scripts", "prescriptions", "letters",
              "workflow", "admin time"),
    "meeting": ("meeting", "meetings", "mdt", "pcn meeting", "practice meeting", "clinical meeting",
                "partners meeting"),
    "training": ("cpd", "training", "tutorial", "teaching", "plt", "study leave", "education",
                 "protected learning time"),
    "leave": ("al", "a/l", "annual leave", "leave", "hol", "hols", "holiday", "sick", "sick leave",
              "sickness", "bank holiday", "bh", "mat leave", "maternity leave", "paternity leave",
              "compassionate leave", "toil"),
    "off": ("off", "-", "x", "day off", "not working", "nw", "n/a", "na", "closed", "--", "blank"),
}

_TITLE_WORDS: dict[str, tuple[str, ...]] = {
    "GP": ("gp partner", "partner", "salaried gp", "gp", "locum", "locum gp", "gp registrar",
           "registrar", "gp trainee", "senior partner", "gp principal", "doctor", "sessional gp",
           "retained gp", "gp retainer"),
    "ANP": ("anp", "advanced nurse practitioner", "nurse practitioner", "advanced practitioner"),
    "PN": ("practice nurse", "nurse", "senior practice nurse", "treatment room nurse", "rgn"),
    "HCA": ("hca", "healthcare assistant", "health care assistant", "phlebotomist"),
    "PHARM": ("pharmacist", "clinical pharmacist", "practice pharmacist"),
    "PHARMTECH": ("pharmacy technician", "pharmacy tech"),
    "FCP": ("physio", "physiotherapist", "fcp", "first contact physio", "first contact practitioner",
            "msk practitioner"),
    "PARA": ("paramedic", "paramedic practitioner"),
    "PA": ("physician associate", "pa", "physician assistant"),
    "SPLW": ("social prescriber", "splw", "social prescribing link worker", "link worker"),
    "CC": ("care coordinator", "care co-ordinator"),
    "RECEP": ("receptionist", "care navigator", "reception", "senior receptionist"),
    "ADMIN": ("admin", "secretary", "workflow", "administrator", "medical secretary",
              "admin assistant", "administration", "data clerk", "summariser"),
    "PM": ("practice manager", "pm", "business manager", "operations manager"),
    "GPA": ("gp assistant", "gpa"),
    "NA": ("nursing associate",),
    "MHP": ("mental health practitioner", "mhp"),
    "HWBC": ("health and wellbeing coach", "health & wellbeing coach", "hwbc", "wellbeing coach"),
}


def normalise(word: object) -> str:
    """The form words are compared in: lower-case, spaces trimmed and collapsed."""
    return " ".join(str(word).split()).casefold()


@dataclass(frozen=True)
class RotaVocabulary:
    """``sessions``: word -> category; ``titles``: job title -> role code; ``shifts``: a tick
    ("1", "✓", "x") -> (category, hours) it stands for (keys normalised)."""

    sessions: dict[str, str] = field(default_factory=dict)
    titles: dict[str, str] = field(default_factory=dict)
    shifts: dict[str, tuple[str, float]] = field(default_factory=dict)

    def with_mapping(self, extra: dict[str, str]) -> RotaVocabulary:
        """A copy with more words: a value that is a category maps a session word, any other
        value is a role code for a job title ("admin" is the category, "ADMIN" the role code).
        Raises ValueError for an empty word or value."""
        sessions, titles = dict(self.sessions), dict(self.titles)
        codes = self.role_codes()
        for word, value in extra.items():
            key, target = normalise(word), " ".join(str(value).split())
            if not key or not target:
                raise ValueError(f"mapping {word!r}: {value!r}: the word and what it maps to must not be empty")
            if target.casefold() in CATEGORIES and not (target.isupper() and target in codes):
                sessions[key] = target.casefold()
            else:
                titles[key] = target
        return replace(self, sessions=sessions, titles=titles)

    def with_shifts(self, extra: dict[str, tuple[str, float]]) -> RotaVocabulary:
        """A copy where each tick (a word or a number as written: "1", "✓") counts as a shift
        of the category and hours given. Raises ValueError for a category or length out of range."""
        shifts = dict(self.shifts)
        for word, (category, hours) in extra.items():
            key = tick_key(word)
            if not key or category not in CATEGORIES[:-1] or not 0 < hours <= 24:
                raise ValueError(f"a tick {word!r} must stand for a category ({', '.join(CATEGORIES[:-1])}) "
                                 "and between 0 and 24 hours")
            shifts[key] = (category, float(hours))
        return replace(self, shifts=shifts)

    def shift(self, value: object) -> tuple[str, float] | None:
        return self.shifts.get(tick_key(value)) if self.shifts else None

    def category(self, word: str) -> str | None:
        return self.sessions.get(normalise(word))

    def role(self, title: str) -> str | None:
        return self.titles.get(normalise(title))

    def role_codes(self) -> set[str]:
        return set(self.titles.values())

    def to_dict(self) -> dict[str, Any]:
        return {"sessions": dict(self.sessions), "titles": dict(self.titles),
                "shifts": {k: {"category": c, "hours": h} for k, (c, h) in self.shifts.items()}}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> RotaVocabulary:
        """Read ``to_dict`` output; entries that are not text are ignored."""
        def words(part: object) -> dict[str, str]:
            if not isinstance(part, dict):
                return {}
            return {normalise(k): str(v) for k, v in part.items()
                    if isinstance(k, str) and isinstance(v, str) and normalise(k) and v.strip()}

        sessions = {k: v.casefold() for k, v in words(d.get("sessions")).items() if v.casefold() in CATEGORIES}
        return cls(sessions, words(d.get("titles")), _shifts(d.get("shifts")))


def _shifts(part: object) -> dict[str, tuple[str, float]]:
    """Saved ticks; entries that are not a category with hours from 0 to 24 are ignored."""
    if not isinstance(part, dict):
        return {}
    out = {}
    for k, v in part.items():
        if isinstance(v, dict) and v.get("category") in CATEGORIES[:-1] and isinstance(v.get("hours"), (int, float)) \
                and not isinstance(v.get("hours"), bool) and 0 < v["hours"] <= 24 and tick_key(k):
            out[tick_key(k)] = (str(v["category"]), float(v["hours"]))
    return out


def tick_key(value: object) -> str:
    """How a tick is compared: a whole number as written ("1" for 1 or 1.0), text normalised."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return normalise(value) if not isinstance(value, bool) else ""


def default_vocabulary() -> RotaVocabulary:
    """The words Skillmix knows before a practice adds its own."""
    sessions = {w: cat for cat, ws in _SESSION_WORDS.items() for w in ws}
    titles = {w: code for code, ws in _TITLE_WORDS.items() for w in ws}
    return RotaVocabulary(sessions, titles)


def vocabulary_of(plan: Plan) -> RotaVocabulary:
    """The plan's saved words merged over the defaults."""
    saved = plan.extras.get(EXTRAS_KEY)
    base = default_vocabulary()
    if not isinstance(saved, dict):
        return base
    own = RotaVocabulary.from_dict(saved)
    return RotaVocabulary({**base.sessions, **own.sessions}, {**base.titles, **own.titles}, own.shifts)


def with_vocabulary(plan: Plan, vocab: RotaVocabulary) -> Plan:
    """The plan with ``vocab`` saved in its extras (only the entries that differ from the defaults)."""
    base = default_vocabulary()
    sessions = {k: v for k, v in vocab.sessions.items() if base.sessions.get(k) != v}
    titles = {k: v for k, v in vocab.titles.items() if base.titles.get(k) != v}
    saved: dict[str, Any] = {"sessions": sessions, "titles": titles}
    if vocab.shifts:
        saved["shifts"] = vocab.to_dict()["shifts"]
    return replace(plan, extras={**plan.extras, EXTRAS_KEY: saved})
