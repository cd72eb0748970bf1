"""The third-party licence list shipped in the bundle (THIRD-PARTY-LICENSES.txt).

Read from the installed packages' own metadata (importlib.metadata): every distribution that
Skillmix needs at run time, found by walking its requirements (extras such as [test] are not
followed), with its version, licence, home page and the full text of each licence file the
package ships. Then the parts that are not Python packages: the Python interpreter, Qt (inside
PySide6-Essentials), PyInstaller's bootloader and the fonts in resources/.

    python packaging/licences.py [-o FILE]      # prints the list, or writes FILE

No new dependency: the standard library's importlib.metadata plus `packaging` (which pip,
pytest and PyInstaller already need) to read requirement markers.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
APP_DIST = "skillmix"
LICENCE_FILE_WORDS = ("licen", "copying", "notice", "authors")

#: What is bundled that no Python package's metadata describes.
NON_PYTHON = """\
Components that are not Python packages
=======================================

Python {python} (the interpreter and standard library, from python.org)
  Licence: Python Software Foundation License Version 2 (PSF-2.0).
  https://docs.python.org/3/license.html

Qt {qt} (libraries and plugins inside PySide6-Essentials: QtCore, QtGui, QtWidgets and the
platform plugins)
  Licence: GNU Lesser General Public License v3 (LGPL-3.0-only); Skillmix uses Qt under the
  LGPL. See LICENSE-NOTICE.txt beside this file for how this bundle meets it (Qt is shipped as
  separate shared libraries that you may replace; the Qt source is at
  https://download.qt.io/official_releases/qt/ and PySide6's at
  https://download.qt.io/official_releases/QtForPython/).
  The licence texts of Qt and of the third-party code inside Qt follow under PySide6-Essentials
  and shiboken6 below, as those packages ship them.

PyInstaller bootloader {pyinstaller} (the small program that starts the bundled Python)
  Licence: GPL-2.0-or-later with the PyInstaller Bootloader Exception, which allows it to be
  shipped with programs under any licence. https://pyinstaller.org/en/stable/license.html

Bitstream Vera fonts (resources/fonts, embedded in the PDF pack)
  Licence: Bitstream Vera Fonts Copyright licence (permissive); full text in
  resources/fonts/bitstream-vera-license.txt.
"""


@dataclass(frozen=True)
class Entry:
    name: str
    version: str
    licence: str
    home: str
    texts: tuple[tuple[str, str], ...]  # (file name, text)


def runtime_distributions(app: str = APP_DIST) -> list[metadata.Distribution]:
    """Every installed distribution ``app`` needs at run time on this platform (not ``app``
    itself), sorted by name. Requirements behind an extra are not followed."""
    seen: dict[str, metadata.Distribution] = {}
    todo = [app]
    while todo:
        name = canonicalize_name(todo.pop())
        if name in seen:
            continue
        dist = metadata.distribution(name)
        seen[name] = dist
        for text in dist.requires or []:
            req = Requirement(text)
            if req.marker is not None and not req.marker.evaluate({"extra": ""}):
                continue
            try:
                metadata.distribution(req.name)
            except metadata.PackageNotFoundError:
                continue  # a requirement for another platform or Python
            todo.append(req.name)
    seen.pop(canonicalize_name(app), None)
    return sorted(seen.values(), key=lambda d: canonicalize_name(d.metadata["Name"]))


def licence_of(dist: metadata.Distribution) -> str:
    """The licence as the package declares it: SPDX expression, else the License field if
    short, else the OSI classifiers."""
    meta = dist.metadata
    expression = meta.get("License-Expression")
    if expression:
        return str(expression)
    field = (meta.get("License") or "").strip()
    if field and field.upper() != "UNKNOWN" and len(field) <= 120 and "\n" not in field:
        return field
    classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or []
                   if c.startswith("License ::")]
    if classifiers:
        return "; ".join(classifiers)
    return field.splitlines()[0] if field else "see the licence text below"


def licence_texts(dist: metadata.Distribution) -> tuple[tuple[str, str], ...]:
    """The licence files the package installed (License-File entries and files whose names
    say licence, copying, notice or authors inside its .dist-info)."""
    out: dict[str, str] = {}
    for file in dist.files or []:
        name = file.name.lower()
        in_meta = any(part.endswith(".dist-info") for part in file.parts)
        if not in_meta or not any(word in name for word in LICENCE_FILE_WORDS):
            continue
        try:
            text = file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        out.setdefault(str(file), text.strip())
    return tuple(sorted(out.items()))


def entries(app: str = APP_DIST) -> list[Entry]:
    result = []
    for dist in runtime_distributions(app):
        meta = dist.metadata
        home = meta.get("Home-page") or ""
        for url in meta.get_all("Project-URL") or []:
            label, _, link = url.partition(",")
            if not home or label.strip().lower() in ("source", "source code", "repository"):
                home = link.strip()
        result.append(Entry(str(meta["Name"]), dist.version, licence_of(dist), home,
                            licence_texts(dist)))
    return result


def _version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "(not installed)"


#: Full texts shipped from packaging/licenses/ (the PySide6 and shiboken6 wheels carry none):
#: the LGPL v3 under which Qt and PySide6 are used, and the GPL v3 it builds on.
SHIPPED_TEXTS = ("LGPL-3.0.txt", "GPL-3.0.txt")
#: Build tools whose code is inside the bundle although they are not run-time requirements.
BUILD_DISTS = ("pyinstaller",)


def render(app: str = APP_DIST) -> str:
    items = entries(app)
    for name in BUILD_DISTS:
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        items.append(Entry(f"{dist.metadata['Name']} (bootloader only)", dist.version,
                           "GPL-2.0-or-later WITH Bootloader-exception", "https://pyinstaller.org",
                           licence_texts(dist)))
    lines = [
        f"Third-party software in Skillmix {_version(app)}",
        "=" * 60,
        "",
        "Skillmix bundles the following software. Each is used under its own licence, listed",
        "here with its full text as the package ships it. Generated at build time from the",
        "installed packages' metadata by packaging/licences.py.",
        "",
        "Summary",
        "-------",
    ]
    lines += [f"{e.name} {e.version}: {e.licence}" for e in items]
    lines += ["", NON_PYTHON.format(python=sys.version.split()[0], qt=_version("PySide6-Essentials"),
                                    pyinstaller=_version("pyinstaller")), ""]
    for e in items:
        lines += ["", "=" * 78, f"{e.name} {e.version}", f"Licence: {e.licence}"]
        if e.home:
            lines.append(f"Home: {e.home}")
        for file, text in e.texts:
            lines += ["", f"--- {file} ---", text]
    for name in SHIPPED_TEXTS:
        lines += ["", "=" * 78, f"--- {name} (applies to Qt, PySide6 and shiboken6) ---",
                  (Path(__file__).parent / "licenses" / name).read_text(encoding="utf-8").strip()]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path)
    args = parser.parse_args(argv)
    text = render()
    if args.output:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
