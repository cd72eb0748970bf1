"""Build the Skillmix bundle: a one-folder app that runs with no Python installed.

    pip install -e ".[bundle]"            # Skillmix plus the pinned PyInstaller
    python packaging/build.py              # -> dist/Skillmix/ (and dist/Skillmix.app on macOS)
    python packaging/build.py --untrimmed  # -> dist-untrimmed/: no trimming, to measure it

Steps, each needing only what the [bundle] extra installs:
1. the app icon, drawn with Pillow (a reportlab dependency) as .png, .ico and .icns;
2. the version, from planner.__version__ (a Windows version resource; the macOS Info.plist);
3. THIRD-PARTY-LICENSES.txt from the installed packages' metadata (packaging/licences.py);
4. PyInstaller on packaging/skillmix.spec (what is kept and trimmed: packaging/bundle_config.py);
5. a size report: build/packaging/size-report.txt, the biggest files first.

Why PyInstaller: it is the only freezer that makes a one-folder bundle for Windows, macOS
(.app) and Linux from one spec, has maintained hooks for PySide6 that collect the Qt plugins
and libraries, and keeps Qt as separate replaceable shared libraries (the LGPL). Nuitka
compiles to C (a C compiler and about 20 minutes per build on CI, and a harder LGPL story for
a onefile build); briefcase and cx_Freeze have weaker PySide6 plugin handling.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(1, str(ROOT))

import bundle_config as cfg  # noqa: E402
import licences  # noqa: E402

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
NHS_BLUE = (0, 94, 184, 255)


def draw_icon(size: int = 512):  # type: ignore[no-untyped-def]
    """The Skillmix icon: three white bars of a chart (the team's hours by role) on a blue
    rounded square. Shapes only, no font, so it draws the same everywhere."""
    from PIL import Image, ImageDraw

    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle((0, 0, size - 1, size - 1), radius=size // 6, fill=NHS_BLUE)
    base, width, gap = size * 0.80, size * 0.16, size * 0.08
    left = (size - 3 * width - 2 * gap) / 2
    for i, height in enumerate((0.30, 0.55, 0.42)):
        x = left + i * (width + gap)
        d.rounded_rectangle((x, base - height * size, x + width, base), radius=size // 40,
                            fill=(255, 255, 255, 255))
    d.rectangle((size * 0.14, base + size * 0.02, size * 0.86, base + size * 0.05),
                fill=(255, 255, 255, 255))
    return img


def make_icons(work: Path) -> None:
    img = draw_icon()
    img.resize((256, 256)).save(work / "skillmix.png")
    img.save(work / "skillmix.ico", sizes=[(s, s) for s in ICON_SIZES])
    img.save(work / "skillmix.icns")


def version() -> str:
    import planner

    return planner.__version__


VERSION_INFO = """\
VSVersionInfo(
  ffi=FixedFileInfo(filevers={t}, prodvers={t}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('080904B0', [
      StringStruct('CompanyName', 'Skillmix'),
      StringStruct('FileDescription', 'Skillmix - GP practice skill-mix planner'),
      StringStruct('FileVersion', '{v}'),
      StringStruct('InternalName', 'Skillmix'),
      StringStruct('LegalCopyright', 'Skillmix; third-party licences in THIRD-PARTY-LICENSES.txt'),
      StringStruct('OriginalFilename', 'Skillmix.exe'),
      StringStruct('ProductName', 'Skillmix'),
      StringStruct('ProductVersion', '{v}')])]),
    VarFileInfo([VarStruct('Translation', [2057, 1200])])
  ]
)
"""


def write_version_info(work: Path, v: str) -> None:
    numbers = [int(p) for p in v.split(".")[:4] if p.isdigit()]
    t = tuple((numbers + [0, 0, 0, 0])[:4])
    (work / "version_info.txt").write_text(VERSION_INFO.format(t=t, v=v), encoding="utf-8")


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def size_report(bundle: Path, out: Path) -> int:
    files = sorted(((p.stat().st_size, p.relative_to(bundle)) for p in bundle.rglob("*")
                    if p.is_file() and not p.is_symlink()), reverse=True)
    total = sum(s for s, _ in files)
    lines = [f"{bundle}: {total / 1e6:.1f} MB in {len(files)} files", ""]
    lines += [f"{s / 1e6:9.2f} MB  {p}" for s, p in files[:60]]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--untrimmed", action="store_true",
                        help="build without trimming into dist-untrimmed/ (to measure it)")
    parser.add_argument("--dist", type=Path, help="output folder (default dist/)")
    args = parser.parse_args(argv)
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print('build.py: PyInstaller is missing; run pip install -e ".[bundle]"', file=sys.stderr)
        return 2

    started = time.monotonic()
    suffix = "-untrimmed" if args.untrimmed else ""
    dist = (args.dist or ROOT / f"dist{suffix}").resolve()
    work = ROOT / "build" / f"packaging{suffix}"
    work.mkdir(parents=True, exist_ok=True)
    v = version()
    make_icons(work)
    write_version_info(work, v)
    (work / "THIRD-PARTY-LICENSES.txt").write_text(licences.render(), encoding="utf-8")

    env = {**os.environ, "SKILLMIX_BUILD_WORK": str(work), "SKILLMIX_VERSION": v,
           "SKILLMIX_UNTRIMMED": "1" if args.untrimmed else ""}
    shutil.rmtree(dist / cfg.APP_NAME, ignore_errors=True)
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                    "--distpath", str(dist), "--workpath", str(work / "pyinstaller"),
                    str(HERE / "skillmix.spec")], check=True, env=env, cwd=ROOT)
    bundle = dist / cfg.APP_NAME
    for link in [p for p in bundle.rglob("*") if p.is_symlink() and not p.exists()]:
        link.unlink()  # links PyInstaller made to libraries the spec pruned
    shutil.copy2(work / "skillmix.png", bundle / "skillmix.png")
    shutil.copy2(work / "skillmix.ico", bundle / "skillmix.ico")  # the installer's icons
    for name in ("THIRD-PARTY-LICENSES.txt",):  # also at the top, where IT staff look
        shutil.copy2(work / name, bundle / name)
    shutil.copy2(HERE / "LICENSE-NOTICE.txt", bundle / "LICENSE-NOTICE.txt")
    (bundle / "VERSION").write_text(v + "\n", encoding="utf-8")
    total = size_report(bundle, work / "size-report.txt")
    print(f"Built {bundle} (Skillmix {v}): {total / 1e6:.1f} MB, "
          f"{time.monotonic() - started:.0f} s; biggest files in {work / 'size-report.txt'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
