"""The bundle's configuration, checked without building it (the build and its smoke test are
packaging/smoke.sh): the spec's exclusions really are unused, the bundled app finds its
resources, the licence list names every run-time dependency, and the entry script sends each
executable's arguments to the right place."""

from __future__ import annotations

import ast
import importlib.util
import subprocess
import sys
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"


def load(name: str) -> ModuleType:
    """A module from packaging/ (not a package: the folder name would shadow PyPI's
    `packaging`)."""
    spec = importlib.util.spec_from_file_location(f"skillmix_packaging_{name}", PACKAGING / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


cfg = load("bundle_config")


def imported_modules(where: Path) -> set[str]:
    names: set[str] = set()
    for path in where.rglob("*.py") if where.is_dir() else [where]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module)
                names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def excluded(name: str) -> bool:
    return any(name == e or name.startswith(e + ".") for e in cfg.PYTHON_EXCLUDES) or \
        any(name == f"PySide6.{m}" for m in cfg.QT_MODULES_EXCLUDED)


def test_the_code_imports_no_excluded_module():
    used = imported_modules(ROOT / "planner") | imported_modules(ROOT / "ui") | \
        imported_modules(PACKAGING / "skillmix_main.py")
    assert sorted(n for n in used if excluded(n)) == []
    qt = {n.split(".")[1] for n in used if n.startswith("PySide6.Qt")}
    assert qt <= set(cfg.QT_MODULES_USED), qt


def test_qt_lists_do_not_overlap():
    assert not set(cfg.QT_MODULES_USED) & set(cfg.QT_MODULES_EXCLUDED)


RUN_WITHOUT_EXCLUDED = """
import os, sys, tempfile
from pathlib import Path
EXCLUDED = {excluded!r}
class Blocker:
    def find_spec(self, name, path=None, target=None):
        if any(name == e or name.startswith(e + ".") for e in EXCLUDED):
            raise ModuleNotFoundError(f"No module named {{name!r}} (left out of the bundle)")
sys.meta_path.insert(0, Blocker())
out = Path(tempfile.mkdtemp())
os.environ["SKILLMIX_HOME"] = str(out / "home")
from planner.cli.main import main as cli
assert cli(["new-sample", str(out / "s.skillmix")]) == 0
assert cli(["report", str(out / "s.skillmix"), "-o", str(out / "p.pdf")]) == 0
assert cli(["export-xlsx", str(out / "s.skillmix"), "-o", str(out / "w.xlsx")]) == 0
from PySide6.QtWidgets import QApplication
app = QApplication([])
from ui.app import build_window
from ui.actions import PAGES
window = build_window(out / "s.skillmix")
window.show()
for key, _ in PAGES:
    window.page(key)  # built here, so an import error raises (in a slot it is only printed)
    window.show_page(key)
    app.processEvents()
window.document.undo_stack.setClean()
window.close()
print("OK")
"""


def test_the_app_runs_with_the_excluded_modules_missing(tmp_path: Path):
    """As in the bundle: every excluded module fails to import; the CLI writes a pack and a
    workbook and the window opens on every page."""
    names = [*cfg.PYTHON_EXCLUDES, *(f"PySide6.{m}" for m in cfg.QT_MODULES_EXCLUDED)]
    code = RUN_WITHOUT_EXCLUDED.format(excluded=names)
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                            env=env, timeout=300)
    assert result.returncode == 0 and "OK" in result.stdout, result.stdout + result.stderr
    assert "Traceback" not in result.stderr, result.stderr


@pytest.mark.parametrize(("dest", "platform", "kept"), [
    ("PySide6/Qt/plugins/platforms/libqxcb.so", "linux", True),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", "linux", True),
    ("PySide6/Qt/plugins/platforms/libqwayland-egl.so", "linux", False),
    ("PySide6/Qt/plugins/platforms/libqeglfs.so", "linux", False),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "linux", False),
    ("PySide6/Qt/plugins/tls/libqopensslbackend.so", "linux", False),
    ("PySide6/Qt/plugins/imageformats/libqjpeg.so", "linux", False),
    ("PySide6/Qt/translations/qtbase_de.qm", "linux", False),
    ("PySide6/QtNetwork.abi3.so", "linux", False),
    ("PySide6/QtWidgets.abi3.so", "linux", True),
    ("PySide6/QtOpenGL.abi3.so", "linux", True),  # pyqtgraph imports it
    ("PySide6/QtSvg.abi3.so", "linux", False),
    ("PySide6/Qt/lib/libQt6DBus.so.6", "linux", True),
    ("PySide6\\plugins\\platforms\\qwindows.dll", "win32", True),
    ("PySide6\\plugins\\platforms\\qdirect2d.dll", "win32", False),
    ("PySide6\\plugins\\styles\\qmodernwindowsstyle.dll", "win32", True),
    ("PySide6\\plugins\\imageformats\\qico.dll", "win32", True),
    ("PySide6\\QtNetwork.pyd", "win32", False),
    ("PySide6\\Qt6Network.dll", "win32", False),
    ("PySide6\\Qt6Pdf.dll", "win32", False),
    ("PySide6\\Qt6Widgets.dll", "win32", True),
    ("PySide6\\Qt6DBus.dll", "win32", True),
    ("PySide6\\opengl32sw.dll", "win32", False),
    ("PySide6/Qt/lib/QtNetwork.framework/Versions/A/QtNetwork", "darwin", False),
    ("PySide6/Qt/lib/QtWidgets.framework/Versions/A/QtWidgets", "darwin", True),
    ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", "darwin", True),
    ("numpy/_core/_multiarray_umath.cpython-311-x86_64-linux-gnu.so", "linux", True),
    ("resources/reference/figures.json", "linux", True),
])
def test_which_qt_files_are_shipped(dest: str, platform: str, kept: bool):
    assert cfg.keep(dest, platform) is kept


def test_the_bundled_app_finds_its_resources(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    from planner import reference

    assert reference.bundled_resources_dir() == ROOT / "resources"
    assert (reference.RESOURCES_DIR / "reference" / "figures.json").is_file()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert reference.bundled_resources_dir() == tmp_path / "resources"
    monkeypatch.delattr(sys, "_MEIPASS")
    assert reference.bundled_resources_dir() == ROOT / "resources"


def test_the_spec_bundles_resources_where_the_finder_looks():
    spec = (PACKAGING / "skillmix.spec").read_text(encoding="utf-8")
    assert '(str(root / "resources"), "resources")' in spec


def test_the_licence_list_names_every_runtime_dependency():
    licences = load("licences")
    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    direct = {canonicalize_name(Requirement(r).name) for r in project["dependencies"]}
    entries = licences.entries()
    names = {canonicalize_name(e.name) for e in entries}
    assert direct <= names, direct - names
    assert {"shiboken6", "numpy", "pillow"} <= names  # needed by a dependency, listed too
    assert not names & {"pytest", "hypothesis", "pyinstaller", "skillmix"}  # test/build only, or us
    for e in entries:
        assert e.licence and e.version, e
    text = licences.render()
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text and "Version 3, 29 June 2007" in text
    assert all(f"{e.name} {e.version}" in text for e in entries)


@pytest.mark.parametrize(("exe", "args", "expected"), [
    ("/opt/Skillmix/Skillmix", [], []),
    ("/opt/Skillmix/Skillmix", ["open", "a.skillmix"], ["open", "a.skillmix"]),
    ("C:\\Skillmix\\Skillmix.exe", ["C:\\Plans\\My plan.SKILLMIX"], ["open", "C:\\Plans\\My plan.SKILLMIX"]),
    ("/opt/Skillmix/Skillmix", ["summary", "a.skillmix"], ["summary", "a.skillmix"]),
    ("/opt/Skillmix/skillmix-cli", ["summary", "a.skillmix"], ["summary", "a.skillmix"]),
    ("C:\\Skillmix\\skillmix-cli.exe", [], None),
    ("/opt/Skillmix/skillmix-cli", ["a.skillmix"], ["a.skillmix"]),
])
def test_each_executable_gets_its_arguments(exe: str, args: list[str], expected: list[str] | None):
    main = load("skillmix_main")
    assert main.arguments(exe.replace("\\", "/"), args) == expected
    assert main.CLI_EXE == cfg.CLI_EXE and main.PLAN_SUFFIX == cfg.PLAN_SUFFIX
