"""Suite-wide guards: no network, no real user settings, Qt offscreen."""

from __future__ import annotations

import os
import socket

import pytest
from hypothesis import settings

# Hypothesis: every run of the suite draws the same examples (derandomised), so CI passes or fails
# on the code, never on the luck of the draw; a failure prints the blob that reproduces it.
# HYPOTHESIS_PROFILE=explore draws new examples each run (to look for new failures locally); any
# failure found that way becomes an explicit regression test.
settings.register_profile("ci", derandomize=True, database=None, print_blob=True, deadline=None)
settings.register_profile("explore", print_blob=True, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def pytest_report_header() -> str:
    return f"hypothesis profile: {settings.get_current_profile_name()}"


# Qt must never look for a display in CI; set before any QApplication exists.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


class NetworkUsed(AssertionError):
    pass


_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex
_real_create_connection = socket.create_connection


def _is_network(sock: socket.socket) -> bool:
    return sock.family in (socket.AF_INET, socket.AF_INET6)


def _guarded_connect(self: socket.socket, address: object) -> None:
    if _is_network(self):
        raise NetworkUsed(f"the suite tried to open a network connection to {address!r}")
    return _real_connect(self, address)


def _guarded_connect_ex(self: socket.socket, address: object) -> int:
    if _is_network(self):
        raise NetworkUsed(f"the suite tried to open a network connection to {address!r}")
    return _real_connect_ex(self, address)


def _guarded_create_connection(address: object, *a: object, **k: object) -> socket.socket:
    raise NetworkUsed(f"the suite tried to open a network connection to {address!r}")


@pytest.fixture(autouse=True, scope="session")
def no_network():
    """Fail any test whose code opens an internet connection: Skillmix works offline."""
    mp = pytest.MonkeyPatch()
    mp.setattr(socket.socket, "connect", _guarded_connect)
    mp.setattr(socket.socket, "connect_ex", _guarded_connect_ex)
    mp.setattr(socket, "create_connection", _guarded_create_connection)
    yield
    mp.undo()


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Keep tests away from the real user's settings, recent files and autosaves."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("SKILLMIX_HOME", str(home))
    yield home


# --- PCN plans in PostgreSQL (issue 14) --------------------------------------------------------
# psycopg connects through libpq (C), which the socket guard above cannot see. Tests may reach
# only the throwaway servers they start, over a Unix socket (a host that is a folder): any other
# host is a network connection and fails the test.

def _socket_only(connect):  # type: ignore[no-untyped-def]
    def guarded(cls, conninfo: str = "", **kwargs: object):  # type: ignore[no-untyped-def]
        host = str(kwargs.get("host") or "")
        if not host.startswith("/") or "host=" in conninfo and "host=/" not in conninfo:
            raise NetworkUsed(f"the suite tried to open a database connection to {host or conninfo!r}")
        return connect.__func__(cls, conninfo, **kwargs)
    return classmethod(guarded)


@pytest.fixture(autouse=True, scope="session")
def no_database_network():
    try:
        import psycopg
    except ImportError:
        yield
        return
    mp = pytest.MonkeyPatch()
    guarded = _socket_only(psycopg.Connection.connect)
    mp.setattr(psycopg.Connection, "connect", guarded)
    mp.setattr(psycopg, "connect", psycopg.Connection.connect)  # the module's alias, bound at import
    yield
    mp.undo()
# --- end of the PCN block ------------------------------------------------------------------------


#: Whole modules left out of the fast loop (`pytest -m "not slow"`, under a minute on 2 cores):
#: each recalculates workbooks, lays out packs, walks every laptop screen or writes every output.
#: They run in the full suite and in CI. A module's own ``pytest.mark.slow`` marks also count.
SLOW_MODULES = frozenset({
    "tests/ui/test_fit_screens.py",
    "tests/planner/workbook/test_cash.py",
    "tests/planner/workbook/test_projection.py",
    "tests/planner/workbook/test_safety_and_layout.py",
    "tests/planner/report/test_pack_decision.py",
    "tests/planner/report/test_pack_plans.py",
    "tests/planner/report/test_pack_short.py",
    "tests/planner/test_cli_outputs.py",
    "tests/test_packaging.py",
    "tests/planner/pcn/test_pcn_outputs.py",
    "tests/planner/report/test_pack_benchmarks.py",
    "tests/ui/test_year_table.py",
})


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    root = config.rootpath
    for item in items:
        if item.path.relative_to(root).as_posix() in SLOW_MODULES:
            item.add_marker(pytest.mark.slow)
