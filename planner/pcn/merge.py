"""Re-apply pending edits on a newer revision: a three-way merge of JSON documents.

``merge(base, mine, theirs)``: what changed from ``base`` to ``mine`` is applied to ``theirs``.
Objects merge key by key; lists of objects that each carry a unique ``code`` or ``name`` merge item
by item (their order is theirs, with my new items after); any other value is replaced whole. A
value both sides changed differently is a conflict, named by its path; the merge then keeps
theirs there and reports it, so nothing is silently overwritten."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

KEYS = ("code", "name")


@dataclass
class Merge:
    value: Any
    conflicts: list[str] = field(default_factory=list)


def _key_of(items: Any) -> str | None:
    """The field that identifies each item of a list of objects, if there is one."""
    if not isinstance(items, list) or not all(isinstance(x, dict) for x in items):
        return None
    for key in KEYS:
        values = [x.get(key) for x in items]
        if all(isinstance(v, str) for v in values) and len(set(values)) == len(values):
            return key
    return None


def _merge(base: Any, mine: Any, theirs: Any, path: str, out: list[str]) -> Any:
    if mine == base or mine == theirs:
        return theirs
    if theirs == base:
        return mine
    if isinstance(mine, dict) and isinstance(theirs, dict) and (base is _GONE or isinstance(base, dict)):
        return _merge_dicts(base if isinstance(base, dict) else {}, mine, theirs, path, out)
    key = _key_of(base)
    if key and _key_of(mine) == key and _key_of(theirs) == key:
        return _merge_lists(base, mine, theirs, key, path, out)
    out.append(path or "(whole)")
    return theirs


_GONE = object()


def _merge_dicts(base: dict[str, Any], mine: dict[str, Any], theirs: dict[str, Any], path: str,
                 out: list[str]) -> dict[str, Any]:
    merged: dict[str, Any] = {}
    for k in dict.fromkeys([*theirs, *mine, *base]):
        value = _merge(base.get(k, _GONE), mine.get(k, _GONE), theirs.get(k, _GONE), f"{path}.{k}".lstrip("."), out)
        if value is not _GONE:
            merged[k] = value
    return merged


def _merge_lists(base: list[Any], mine: list[Any], theirs: list[Any], key: str, path: str,
                 out: list[str]) -> list[Any]:
    b, m, t = ({x[key]: x for x in items} for items in (base, mine, theirs))
    order = [x[key] for x in theirs] + [x[key] for x in mine if x[key] not in t]
    merged = [_merge(b.get(k, _GONE), m.get(k, _GONE), t.get(k, _GONE), f"{path}[{k}]", out) for k in order]
    return [x for x in merged if x is not _GONE]


def merge(base: Any, mine: Any, theirs: Any) -> Merge:
    """Apply base -> mine to theirs; conflicts name the paths both sides changed differently."""
    conflicts: list[str] = []
    return Merge(_merge(base, mine, theirs, "", conflicts), conflicts)
