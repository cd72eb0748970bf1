"""Screenshots of the real app on a real X window system (Xvfb + a window manager), one per
page, at the screen size and scaling given. Run by tools/screens.sh; not part of the suite.

    python tools/screens.py OUT_PREFIX [--pages practice,team:step,...] [--font-pt 12] [--delay 700]
        [--script steps.py]

"page:step" shows the page, then runs ``step(window, page)`` from the --script file (and
names the shot after it). A step that opens a window of its own (the pack preview) returns a
function that closes it: it runs once the shot is taken, so the window is not left over the
pages shot after it.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("prefix")
    parser.add_argument("--pages", default="practice,team,workload,scenarios,compare,report")
    parser.add_argument("--font-pt", type=float, default=0.0)
    parser.add_argument("--delay", type=int, default=900)
    parser.add_argument("--script", default="", help="a file of step(window, page) functions")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Skillmix")
    from ui.theme import apply_theme

    apply_theme(app)
    if args.font_pt:
        font = app.font()
        font.setPointSizeF(args.font_pt)
        app.setFont(font)
    from ui import app as ui_app

    window = ui_app.build_window()
    place = getattr(ui_app, "place_window", None)
    place(window) if place else window.show()
    pages = [p for p in args.pages.split(",") if p]
    shots: list[str] = []
    put_back: list = []  # what the last step opened, to close once its shot is taken

    def step() -> None:
        if shots:
            subprocess.run(["import", "-window", "root", shots[-1]], check=True)
        while put_back:
            put_back.pop()()
        if not pages:
            window.document.undo_stack.setClean()
            window.close()
            app.quit()
            return
        page, _, action = pages.pop(0).partition(":")
        window.show_page(page)
        if action:
            undo = steps[action](window, window.page(page))
            if callable(undo):
                put_back.append(undo)
        shots.append(f"{args.prefix}-{page}{'-' + action if action else ''}.png")
        QTimer.singleShot(args.delay, step)

    steps: dict = {}
    if args.script:
        exec(Path(args.script).read_text(), steps)
    QTimer.singleShot(args.delay * 2, step)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
