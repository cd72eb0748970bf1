"""Remember a result by the identity of an immutable value (a practice's plan), so recomputing a
PCN after one edit works again only on the practice that changed. Plans are frozen and never
mutated, so the same object always gives the same result; the entry keeps the object alive, so
its id is not reused while remembered."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

V = TypeVar("V")


class IdentityMemo(Generic[V]):
    def __init__(self, size: int = 128) -> None:
        self.size = size
        self._entries: OrderedDict[tuple[int, Hashable], tuple[object, V]] = OrderedDict()

    def get(self, value: object, extra: Hashable, compute: Callable[[], V]) -> V:
        key = (id(value), extra)
        found = self._entries.get(key)
        if found is not None and found[0] is value:
            self._entries.move_to_end(key)
            return found[1]
        result = compute()
        self._entries[key] = (value, result)
        if len(self._entries) > self.size:
            self._entries.popitem(last=False)
        return result
