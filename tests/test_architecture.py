"""Architecture checks: the domain is Qt-free, and the suite really blocks the network."""

from __future__ import annotations

import socket
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_the_import_contracts_are_kept():
    """import-linter contracts in pyproject.toml: planner never imports PySide6, pyqtgraph or ui,
    and each floor of planner imports only from the floors below it."""
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint), "--no-cache"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    contracts = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]["contracts"]
    assert {c["type"] for c in contracts} >= {"forbidden", "layers"}
    for contract in contracts:
        assert f"{contract['name']} KEPT" in result.stdout
    assert f"{len(contracts)} kept, 0 broken" in result.stdout


def test_importing_the_planner_and_the_cli_loads_no_qt():
    code = ("import sys, planner.cli.main, planner.engine, planner.store;"
            "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph', 'ui')];"
            "print(bad); sys.exit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout


def test_the_suite_fails_any_network_connection():
    with pytest.raises(AssertionError, match="network connection"):
        socket.create_connection(("192.0.2.1", 80), timeout=0.1)
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        with pytest.raises(AssertionError, match="network connection"):
            s.connect(("192.0.2.1", 80))
    finally:
        s.close()


def test_every_module_left_out_of_the_fast_loop_exists() -> None:
    """A renamed module would silently join the fast loop (and make it slow again)."""
    from tests.conftest import SLOW_MODULES

    root = Path(__file__).resolve().parents[1]
    assert [m for m in sorted(SLOW_MODULES) if not (root / m).is_file()] == []
