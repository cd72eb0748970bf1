"""What goes into the Skillmix bundle, in one place: the spec builds from it and
tests/test_packaging.py checks it against the code. Plain data and one filter, no PyInstaller.

Trimming rule: ship what the app imports when it runs (measured: the CLI writing a pack,
workbook, audit template and rota import, then the window visiting every page), nothing else.
"""

from __future__ import annotations

from pathlib import PurePosixPath

APP_NAME = "Skillmix"
#: The windowed app (Start menu, file association, .app main executable).
GUI_EXE = "Skillmix"
#: The console command line in the same folder (on Windows a windowed exe has no console).
#: Not "skillmix": on Windows and macOS file names ignore case and it would clash with GUI_EXE.
CLI_EXE = "skillmix-cli"
BUNDLE_ID = "uk.nhs.skillmix"  # macOS CFBundleIdentifier
PLAN_SUFFIX = ".skillmix"

#: The Qt modules the app uses: ui/ imports QtCore, QtGui and QtWidgets; pyqtgraph's
#: PlotCurveItem imports QtOpenGL and QtOpenGLWidgets unconditionally (Qt/OpenGLHelpers.py),
#: though Skillmix draws no OpenGL. pyqtgraph also tries QtSvg and QtTest but runs without
#: them (it keeps a FailedImport placeholder); Skillmix uses neither SVG export nor QTest.
QT_MODULES_USED = ("QtCore", "QtGui", "QtWidgets", "QtOpenGL", "QtOpenGLWidgets")

#: Every other PySide6 module in PySide6-Essentials, excluded by name so that no optional
#: import (pyqtgraph's, sqlalchemy's) drags its Qt library in.
QT_MODULES_EXCLUDED = (
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
    "QtAxContainer", "QtBluetooth", "QtCharts", "QtConcurrent", "QtDBus", "QtDataVisualization",
    "QtDesigner", "QtGraphs", "QtHelp", "QtHttpServer", "QtLocation", "QtMultimedia",
    "QtMultimediaWidgets", "QtNetwork", "QtNetworkAuth", "QtNfc", "QtPdf", "QtPdfWidgets",
    "QtPositioning", "QtPrintSupport", "QtQml", "QtQuick", "QtQuick3D", "QtQuickControls2",
    "QtQuickTest", "QtQuickWidgets", "QtRemoteObjects", "QtScxml", "QtSensors", "QtSerialBus",
    "QtSerialPort", "QtSpatialAudio", "QtSql", "QtStateMachine", "QtSvg", "QtSvgWidgets",
    "QtTest", "QtTextToSpeech", "QtUiTools", "QtWebChannel", "QtWebEngineCore",
    "QtWebEngineQuick", "QtWebEngineWidgets", "QtWebSockets", "QtWebView", "QtXml",
)

#: Qt libraries kept although their Python module is excluded: QtGui links QtDBus on Linux.
QT_LIBS_KEPT_ANYWAY = ("QtDBus",)
#: Windows DLLs that PyInstaller's Qt hook adds but a Qt Widgets app never loads:
#: Qt's software OpenGL (20 MB; for Qt Quick and OpenGL widgets, neither used).
DLLS_DROPPED = ("opengl32sw.dll",)

#: Python packages and modules never needed at run time: tests and test tools, Tk, build
#: tools, and optional extras of the dependencies that Skillmix does not use.
PYTHON_EXCLUDES = (
    "tkinter", "_tkinter", "turtle", "turtledemo", "idlelib", "test", "lib2to3", "pydoc_data",
    "pytest", "_pytest", "pytestqt", "hypothesis", "pypdf", "pdfplumber", "pdfminer", "formulas",
    "importlinter", "grimp", "mypy", "mypyc", "sqlalchemy.ext.mypy", "pydantic.mypy",
    "pygments", "rich", "markdown_it", "mdurl", "yaml",  # optional pretty-printing in dev tools
    "pip", "setuptools", "pkg_resources", "distutils", "wheel",
    "IPython", "jupyter_client", "ipykernel", "matplotlib", "pandas", "scipy", "h5py", "cupy",
    "OpenGL", "PyQt5", "PyQt6", "PySide2", "pyqtgraph.opengl", "pyqtgraph.jupyter",
    "pyqtgraph.examples", "pyqtgraph.console", "pyqtgraph.canvas", "pyqtgraph.flowchart",
    "pyqtgraph.exporters.SVGExporter", "pyqtgraph.exporters.Matplotlib",
    "pyqtgraph.exporters.HDF5Exporter",
    "sqlalchemy.dialects.postgresql", "sqlalchemy.dialects.mysql", "sqlalchemy.dialects.oracle",
    "sqlalchemy.dialects.mssql", "numpy.f2py", "numpy.distutils",
    "email_validator",
    # Pillow: reportlab imports it, but no image is read or written: leave out the image
    # formats and bindings that pull in extra native libraries.
    "PIL._avif", "PIL.AvifImagePlugin", "PIL._webp", "PIL.WebPImagePlugin", "PIL._imagingtk",
    "PIL.ImageTk", "PIL._imagingcms", "PIL.ImageCms", "PIL.ImageQt",
)

#: Qt plugin folders kept (under PySide6/Qt/plugins); every other folder is left out.
#: platforms: the windowing back ends (filtered further below); styles: the native look on
#: Windows and macOS; imageformats: only what Qt needs for the window icon (ICO on Windows);
#: platformthemes: native file dialogs on Linux; xcbglintegrations: xcb needs it to start.
QT_PLUGIN_DIRS_KEPT = ("platforms", "styles", "imageformats", "platformthemes",
                       "xcbglintegrations")
#: Platform plugins kept, by file stem without the "lib"/"q" prefix: the native one for each
#: system, plus offscreen and minimal for headless use (tests, smoke test, silent checks).
QT_PLATFORMS_KEPT = ("windows", "cocoa", "xcb", "offscreen", "minimal")
#: Image format plugins kept (PNG and BMP are built into QtGui).
QT_IMAGEFORMATS_KEPT = ("ico", "icns")

#: Qt's own translations: Skillmix is English only, so none are shipped.
SHIP_QT_TRANSLATIONS = False


def keep(dest: str, platform: str) -> bool:
    """Whether a file PyInstaller collected (``dest``: its path inside the bundle) is shipped
    on ``platform`` (``sys.platform``). False for Qt files the app never loads: plugins outside
    the kept folders, other platforms and image formats, Qt's translations, the excluded
    binding modules and (Windows, macOS) their Qt libraries. On Linux the spec prunes the
    libraries nothing links to instead, which also catches the system libraries they need."""
    path = PurePosixPath(dest.replace("\\", "/"))
    parts, name = path.parts, path.name
    if name.lower() in DLLS_DROPPED:
        return False
    if "PySide6" not in parts:
        return True
    if "translations" in parts:
        return SHIP_QT_TRANSLATIONS
    if "plugins" in parts:
        i = parts.index("plugins")
        folder = parts[i + 1] if len(parts) > i + 1 else ""
        stem = name.split(".")[0].removeprefix("lib").removeprefix("q")
        if folder not in QT_PLUGIN_DIRS_KEPT:
            return False
        if folder == "platforms":
            return stem in QT_PLATFORMS_KEPT
        if folder == "imageformats":
            return stem in QT_IMAGEFORMATS_KEPT
        if folder == "platformthemes":
            return "gtk" not in stem  # the GTK theme would need GTK itself
        return True
    if name.split(".")[0] in QT_MODULES_EXCLUDED:  # PySide6/QtNetwork.abi3.so, .pyd
        return False
    if platform != "linux":
        for module in QT_MODULES_EXCLUDED:
            if module in QT_LIBS_KEPT_ANYWAY:
                continue
            qt_lib = module.replace("Qt", "Qt6", 1)
            if name.startswith((f"lib{qt_lib}.", f"{qt_lib}.")) or f"{module}.framework" in parts:
                return False
    return True
