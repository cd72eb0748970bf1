"""The main window: navigation, pages, menus, status bar. It only assembles; file handling
is in ui.file_ops, actions are declared in ui.actions, figures come from the document."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMenu,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui import window_size
from ui.actions import ACTIONS, MENUS, PAGES
from ui.document import PlanDocument
from ui.file_ops import FileOps
from ui.pages import PageContext, page_factories
from ui.settings import Settings
from ui.window_handlers import WindowHandlers

#: the width of the page list and the checklist under it
SIDEBAR = 150
#: the page list's padding at the top (the style sheet's)
NAVIGATION_PADDING = 12


class MainWindow(WindowHandlers, QMainWindow):
    def __init__(self, document: PlanDocument, settings: Settings) -> None:
        super().__init__()
        self.document = document
        document.setParent(self)
        self.settings = settings
        self.files = FileOps(document, settings, self)
        self.setAcceptDrops(True)
        self.pages: dict[str, QWidget] = {}
        self.pcn_windows: list[QWidget] = []
        self._build_body()
        self.actions_by_id: dict[str, QAction] = {}
        self._build_menus()
        self._problems = QLabel()
        self.statusBar().addPermanentWidget(self._problems)
        document.changed.connect(self._update_problems)
        document.pathChanged.connect(self._update_title)
        document.modifiedChanged.connect(self._update_title)
        self.files.recentChanged.connect(self._fill_recent)
        self.files.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        document.editRefused.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.files.rotaRequested.connect(self.import_rota)
        self._update_title()
        self._update_problems()
        self._restore_layout()

    # --- assembly ------------------------------------------------------------------------

    def _build_body(self) -> None:
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName("Pages")
        self.stack = QStackedWidget()
        self._factories = page_factories()
        self.scrolls: dict[str, QScrollArea] = {}
        for key in self._factories:
            self.scrolls[key] = page_scroll(key)  # the page itself is built when first shown
            self.stack.addWidget(self.scrolls[key])
            self.navigation.addItem(dict(PAGES)[key])
        self.navigation.currentRowChanged.connect(self._show_row)
        self.navigation.ensurePolished()  # its items' padding comes from the style sheet
        self.navigation.setFixedHeight(self.navigation.sizeHintForRow(0) * self.navigation.count()
                                       + 2 * self.navigation.frameWidth() + NAVIGATION_PADDING)
        from ui.widgets.edition_bar import EditionBar
        from ui.widgets.first_run import Checklist, SampleBanner

        self.edition_bar = EditionBar(self.document)
        self.sample_banner = SampleBanner(self.document)
        self.sample_banner.start.connect(self.start_practice)
        self.checklist = Checklist(self.document)
        self.checklist.chosen.connect(self.show_page)
        self.checklist.start.connect(self.start_practice)
        body = QWidget()
        layout = QHBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(_sidebar(_column((self.navigation, 0), (self.checklist, 0), (QWidget(), 1), name="sidebar")))
        layout.addWidget(_column((self.sample_banner, 0), (self.edition_bar, 0), (self.stack, 1)), 1)
        self.setCentralWidget(body)

    def page(self, key: str) -> QWidget:
        """The page ``key``, built now if it has not been shown yet."""
        if key not in self.pages:
            context = PageContext(self.document, self.settings, self.run_action)
            self.pages[key] = self._factories[key](context)
            self.scrolls[key].setWidget(self.pages[key])
        return self.pages[key]

    def current_page(self) -> QWidget | None:
        """The page shown now."""
        keys = [k for k, scroll in self.scrolls.items() if scroll is self.stack.currentWidget()]
        return self.pages.get(keys[0]) if keys else None

    def _show_row(self, row: int) -> None:
        if row >= 0:
            key = list(self._factories)[row]
            self.page(key)
            self.stack.setCurrentWidget(self.scrolls[key])

    def _build_menus(self) -> None:
        menus = {key: self.menuBar().addMenu(text) for key, text in MENUS}
        for spec in ACTIONS:
            action = QAction(spec.text, self)
            if spec.shortcut is not None:
                keys = QKeySequence.keyBindings(spec.shortcut) if isinstance(spec.shortcut, QKeySequence.StandardKey) \
                    else [QKeySequence(spec.shortcut)]
                more = [QKeySequence(k) for k in spec.more_shortcuts]
                action.setShortcuts([*keys, *(k for k in more if k not in keys)])
            action.setStatusTip(spec.tip)
            run = resolve(self, spec.handler)
            action.triggered.connect(lambda _=False, run=run: run())
            if spec.separator_before:
                menus[spec.menu].addSeparator()
            menus[spec.menu].addAction(action)
            self.actions_by_id[spec.id] = action
            if spec.id == "open":
                self.recent_menu = QMenu("Open &recent", self)
                menus["file"].addMenu(self.recent_menu)
        self._fill_recent()
        stack = self.document.undo_stack
        stack.canUndoChanged.connect(self.actions_by_id["undo"].setEnabled)
        stack.canRedoChanged.connect(self.actions_by_id["redo"].setEnabled)
        stack.undoTextChanged.connect(lambda t: self.actions_by_id["undo"].setText(_step("&Undo", t)))
        stack.redoTextChanged.connect(lambda t: self.actions_by_id["redo"].setText(_step("&Redo", t)))
        self.actions_by_id["undo"].setEnabled(False)
        self.actions_by_id["redo"].setEnabled(False)

    def run_action(self, action_id: str) -> None:
        """Run the action ``action_id`` of ui.actions, as its menu item does."""
        self.actions_by_id[action_id].trigger()

    def _fill_recent(self) -> None:
        from ui.pcn.recent import fill_recent_menu

        fill_recent_menu(self.recent_menu, self.settings, self.files.open_path, self.open_pcn_at)

    # --- state shown -------------------------------------------------------------------------

    def _update_title(self, *_: object) -> None:
        read_only = " (read-only)" if self.document.read_only else ""
        self.setWindowTitle(f"{self.document.title}{read_only}[*] — Skillmix")
        self.setWindowModified(self.document.modified)

    def _update_problems(self) -> None:
        if self.document.waiting:  # nothing to check yet (and nothing worked out before the first paint)
            self._problems.setText("")
            return
        problems = self.document.problems
        if not problems:
            self._problems.setText("No problems")
            self._problems.setToolTip("")
            return
        self._problems.setText(f"⚠ {len(problems)} problem{'s' if len(problems) > 1 else ''} "
                               "to fix before the figures can be worked out")
        self._problems.setToolTip("\n".join(str(p) for p in problems[:20]))

    def show_page(self, key: str) -> None:
        self.navigation.setCurrentRow(list(self._factories).index(key))

    # --- window events ------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.files.accepts_drop(_dropped(event)):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = _dropped(event)
        event.acceptProposedAction()
        self.files.handle_drop(paths)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.close():
            event.ignore()
            return
        self.settings.set("window_geometry", bytes(self.saveGeometry().toBase64().data()).decode())
        self.settings.set("page", self.navigation.currentRow())
        event.accept()

    def _restore_layout(self) -> None:
        window_size.place(self, self.settings.get("window_geometry"))
        self.navigation.setCurrentRow(int(self.settings.get("page", 0)) % len(self._factories))


def _column(*widgets: tuple[QWidget, int], name: str = "") -> QWidget:
    column = QWidget()
    column.setObjectName(name)
    layout = QVBoxLayout(column)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    for widget, stretch in widgets:
        layout.addWidget(widget, stretch)
    return column


def _sidebar(column: QWidget) -> QScrollArea:
    """The page list and the checklist, SIDEBAR wide; on a short window they scroll."""
    scroll = QScrollArea()
    scroll.setObjectName("sidebar_scroll")
    scroll.setAccessibleName("Pages and first steps")
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    scroll.setFixedWidth(SIDEBAR)
    scroll.setWidget(column)
    return scroll


def page_scroll(key: str) -> QScrollArea:
    """The frame a page sits in: the page fills it, and scrolls when the window is smaller than
    the page needs (a laptop at 150% scaling) rather than cutting anything off."""
    scroll = QScrollArea()
    scroll.setObjectName(f"page_{key}")
    scroll.setAccessibleName(dict(PAGES)[key])
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(QWidget())
    return scroll


def resolve(window: MainWindow, handler: str) -> Callable[[], object]:
    """The callable a handler of ui.actions names on ``window`` ("files.save", "show_page:team"),
    found when the menus are built: a handler naming nothing fails then, not at the click."""
    name, _, argument = handler.partition(":")
    target: object = window
    for part in name.split("."):
        target = getattr(target, part)
    if not callable(target):
        raise TypeError(f"action handler {handler!r} is not callable")
    function = target
    return (lambda: function(argument)) if argument else function


def _step(verb: str, text: str) -> str:
    return f"{verb} {text}" if text else verb


def _dropped(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    return [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]
