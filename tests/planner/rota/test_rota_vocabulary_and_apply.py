"""The practice's own words, saved with the plan; putting a rota's people into a plan."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.model import Staff
from planner.rota import (
    RotaImport,
    RotaPerson,
    RotaProblem,
    RotaVocabulary,
    apply_rota,
    default_vocabulary,
    vocabulary_of,
    with_vocabulary,
)
from planner.store import open_plan, save_plan
from tests.planner.builders import two_role_plan

BRIEF_SESSION_WORDS = {
    "clinic": "surgery surg clinic appts appointments f2f",
    "duty": "duty triage urgent",
    "visits": "visits hv",
    "admin": "admin paperwork docman results scripts letters",
    "meeting": "meeting mdt",
    "training": "cpd training tutorial teaching plt",
    "leave": "al leave hol holiday sick",
    "off": "off - x",
}
BRIEF_TITLES = {
    "GP partner": "GP", "Salaried GP": "GP", "locum": "GP", "GP registrar": "GP", "ANP": "ANP",
    "Advanced nurse practitioner": "ANP", "practice nurse": "PN", "Healthcare assistant": "HCA",
    "clinical pharmacist": "PHARM", "Pharmacy technician": "PHARMTECH", "FCP": "FCP", "physio": "FCP",
    "paramedic": "PARA", "physician associate": "PA", "social prescriber": "SPLW", "care coordinator": "CC",
    "care navigator": "RECEP", "secretary": "ADMIN", "workflow": "ADMIN", "practice manager": "PM",
    "GP assistant": "GPA", "nursing associate": "NA", "mental health practitioner": "MHP",
    "health and wellbeing coach": "HWBC",
}


def person(name: str, role: str | None, clinic: float, leave: float = 0.0) -> RotaPerson:
    return RotaPerson(name, role or "", role, {"clinic": clinic, "leave": leave})


def test_the_defaults_know_the_words_in_the_brief() -> None:
    v = default_vocabulary()
    for category, words in BRIEF_SESSION_WORDS.items():
        for word in words.split():
            assert v.category(word) == category, word
    for word, category in (("tel clinic", "clinic"), ("on call", "duty"), ("home visits", "visits"),
                           ("care home", "visits"), ("ward round", "visits"), ("pcn meeting", "meeting"),
                           ("annual leave", "leave"), ("  Annual   LEAVE ", "leave")):
        assert v.category(word) == category
    for title, role in BRIEF_TITLES.items():
        assert v.role(title) == role, title


def test_with_mapping_sends_categories_to_sessions_and_codes_to_titles() -> None:
    v = default_vocabulary().with_mapping({" EC ": "Clinic", "Dispenser": "ADMIN", "Phleb": "hca",
                                           "Paperwork": "admin"})
    assert v.category("ec") == "clinic" and v.role("dispenser") == "ADMIN"
    assert v.role("PHLEB") == "hca" and v.category("paperwork") == "admin"
    assert default_vocabulary().category("ec") is None  # the original is unchanged
    with pytest.raises(ValueError, match="must not be empty"):
        v.with_mapping({"": "clinic"})


def test_to_dict_and_back() -> None:
    v = RotaVocabulary({"ec": "clinic"}, {"dispenser": "ADMIN"})
    assert RotaVocabulary.from_dict(v.to_dict()) == v
    assert RotaVocabulary.from_dict({"sessions": {"ec": "nonsense", "x": 3}, "titles": []}) == RotaVocabulary()


def test_the_vocabulary_is_saved_with_the_plan(tmp_path: Path) -> None:
    mine = default_vocabulary().with_mapping({"EC": "clinic", "Dispenser": "ADMIN"})
    plan = with_vocabulary(two_role_plan(), mine)
    assert plan.extras["rota_vocabulary"] == {"sessions": {"ec": "clinic"}, "titles": {"dispenser": "ADMIN"}}
    save_plan(plan, tmp_path / "p.skillmix")
    reopened, _ = open_plan(tmp_path / "p.skillmix")
    assert vocabulary_of(reopened) == mine
    assert vocabulary_of(two_role_plan()) == default_vocabulary()


def test_apply_updates_by_name_and_adds_new_people() -> None:
    plan = two_role_plan()  # Dr One GP 30 h, Dr Two GP 20 h, Nurse One PN 30 h
    result = RotaImport((person("  dr ONE ", "GP", 25.0, 8.5), person("Nurse Two", "PN", 12.5)), weeks=1)
    new = apply_rota(plan, result)
    assert new.staff == (Staff("Dr One", "GP", 33.5), Staff("Dr Two", "GP", 20),
                         Staff("Nurse One", "PN", 30), Staff("Nurse Two", "PN", 12.5))
    assert plan.staff[0].weekly_hours == 30  # the old plan is untouched


def test_apply_records_the_file_the_day_and_each_persons_sessions() -> None:
    from datetime import date

    from planner.review.snapshot import ROTA_KEY

    result = RotaImport((person("Dr One", "GP", 25.0, 8.5),), weeks=4)
    new = apply_rota(two_role_plan(), result, file="rota-nov.xlsx", on=date(2026, 11, 30))
    assert new.extras[ROTA_KEY] == {"file": "rota-nov.xlsx", "imported_on": "2026-11-30", "weeks": 4,
                                    "people": {"Dr One": {"clinic": 25.0, "leave": 8.5}}}


def test_apply_keeps_a_salary_and_the_role_of_someone_without_a_title() -> None:
    plan = two_role_plan(staff=(Staff("Dr One", "GP", 30, 95000.0),))
    new = apply_rota(plan, RotaImport((RotaPerson("Dr One", "", None, {"clinic": 20.0}),)))
    assert new.staff == (Staff("Dr One", "GP", 20.0, 95000.0),)
    with pytest.raises(ValueError, match="Dr New has no job title"):
        apply_rota(plan, RotaImport((RotaPerson("Dr New", "", None, {"clinic": 20.0}),)))


def test_apply_refuses_a_blocked_import_or_a_role_the_plan_lacks() -> None:
    plan = two_role_plan()
    blocked = RotaImport((person("Dr One", "GP", 25.0),), (RotaProblem("Wk1", "D7", "Unknown session word"),))
    with pytest.raises(ValueError, match="1 problem"):
        apply_rota(plan, blocked)
    with pytest.raises(ValueError, match=r"Sam \(HCA\) has role HCA, which is not a role of this plan"):
        apply_rota(plan, RotaImport((person("Dr One", "GP", 1.0), person("Sam", "HCA", 20.0))))


def test_header_words_typed_in_the_wizard() -> None:
    from planner.rota.options import header_words

    assert header_words("Nom = name; Poste = job title,\nLundi = Monday") == {
        "nom": "name", "poste": "title", "lundi": "Mon"}
    assert header_words("Prénom = first name, Nom de famille = surname") == {"prénom": "first",
                                                                          "nom de famille": "surname"}
    for bad in ("Nom", "Nom = nickname", " = name"):
        with pytest.raises(ValueError):
            header_words(bad)
