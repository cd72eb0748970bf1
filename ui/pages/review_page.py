"""Review page (extension E12): approve an option when the partners decide (Skillmix freezes what
it promised), and later, once the new rota and appointment data are in the plan, see what it
delivered: promised against now, figure by figure, in words, with the GP position then and now,
what changed in between and the option as approved; print it on one page for the partners.

Every figure and sentence comes from ``planner.review``; the page only shows them."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QFrame,
    QHeaderView,
    QLabel,
    QMessageBox,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.engine import InvalidPlan
from planner.present.names import readable_problem
from planner.review import Review, review
from planner.review.record import long_date
from planner.review.review import HOW_WORKED_OUT, approved_changes, freed_use_text
from ui.document import PlanDocument
from ui.models.review_table import ReviewTableModel
from ui.models.views import RefusalLine, label
from ui.pages.refresh_when_shown import RefreshWhenShown
from ui.settings import Settings
from ui.theme import MUTED
from ui.widgets.review_controls import ApproveRow, DecisionRow

HINT = ("Record the partners' approval: Skillmix keeps what the option promised. Later, with the new rota "
        "and appointment data imported, this page shows what it delivered.")
NONE_YET = ("No option has been approved yet. Choose the option the partners approved, the day and who "
            "approved it, and press Approve.")


class ReviewPage(RefreshWhenShown, QWidget):
    def __init__(self, document: PlanDocument, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.settings = settings
        self.review: Review | None = None
        self.refusal = RefusalLine()
        self.approve_row = ApproveRow(document, self.refusal)
        self.decision_row = DecisionRow(document, self.refusal)
        self.verdict = label("", "heading")
        self.verdict.setWordWrap(True)
        self.model = ReviewTableModel(document)
        self.table = _whole_table(self.model)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self._layout()
        self.approve_row.approved.connect(self._approved)
        self.decision_row.chosen.connect(self.show_review)
        self.decision_row.print_button.clicked.connect(lambda _=False: self.print_review())
        self.approve_row.by.setText(str(self.settings.get("review.approved_by", "")))
        document.changed.connect(self._document_changed)
        self.refresh()

    def _layout(self) -> None:
        """The review scrolls as one page under the two rows of controls (a small screen shows
        part of it, never a table squeezed to two rows)."""
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 8, 0)
        column.addWidget(self.verdict)
        column.addWidget(self.table)
        column.addWidget(self.details)
        column.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidget(content)
        self.scroll_area.setAccessibleName("Review")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addWidget(label("Review", "title"))
        layout.addWidget(label(HINT, "hint"))
        layout.addWidget(self.approve_row)
        layout.addWidget(self.decision_row)
        layout.addWidget(self.refusal)
        layout.addWidget(self.scroll_area, 1)

    # --- showing the plan as it now is -----------------------------------------------------
    def refresh(self, choose_latest: bool = False) -> None:
        self._stale = False
        plan = self.document.plan
        self.approve_row.fill(plan)
        self.decision_row.fill(plan, choose_latest)
        self.show_review()

    def show_review(self) -> None:
        number = self.decision_row.number
        self.review = None
        if number is None:
            self._show_nothing(NONE_YET)
            return
        try:
            self.review = review(self.document.plan, number)
        except InvalidPlan as e:
            problems = [readable_problem(self.document.plan, p) for p in e.problems[:5]]
            self._show_nothing("The figures now cannot be worked out until these problems are fixed: "
                               + " ".join(problems))
            return
        except ValueError as e:
            self._show_nothing(str(e))
            return
        self.model.show(list(self.review.lines))
        self.table.show()
        _fit_rows(self.table)
        self._say(f"Reviewed {long_date(self.review.reviewed_on)}: {self.review.verdict}", "heading")
        self.details.setText(details_html(self.review))

    def _show_nothing(self, text: str) -> None:
        self.model.show([])
        self.table.hide()
        self._say(text, "hint")
        self.details.setText("")

    def _say(self, text: str, role: str) -> None:
        self.verdict.setText(text)
        if self.verdict.property("role") != role:
            self.verdict.setProperty("role", role)
            self.verdict.style().unpolish(self.verdict)
            self.verdict.style().polish(self.verdict)

    def _approved(self) -> None:
        self.settings.set("review.approved_by", self.approve_row.by.text().strip())
        self.refresh(choose_latest=True)

    # --- the one-page review -----------------------------------------------------------------
    def print_review(self) -> None:
        number = self.decision_row.number
        if number is None:
            return
        name = f"{self.document.plan.practice.name} - review.pdf"
        folder = Path(self.settings.get("report.folder", "") or self._default_folder())
        chosen, _ = QFileDialog.getSaveFileName(self, "Print review", str(folder / _safe(name)),
                                                "PDF document (*.pdf)")
        if not chosen:
            return
        path = Path(chosen) if chosen.lower().endswith(".pdf") else Path(chosen + ".pdf")
        if self.write_review(path):
            answer = QMessageBox.question(self, "Review written", f"The review is saved as\n{path}\n\nOpen it now?")
            if answer == QMessageBox.StandardButton.Yes:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def write_review(self, path: Path) -> bool:
        """Write the chosen approval's one-page review to ``path``; say why not on the refusal line."""
        from planner.report.review_page import build_review

        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        try:
            build_review(self.document.plan, path, self.decision_row.number, plan_name=self.document.title)
        except (ValueError, OSError) as e:
            why = e.strerror if isinstance(e, OSError) and e.strerror else str(e)
            self.refusal.show_reason(f"The review could not be written to {path}: {why}")
            return False
        finally:
            QApplication.restoreOverrideCursor()
        self.refusal.clear_reason()
        return True

    def _default_folder(self) -> Path:
        return self.document.path.parent if self.document.path else Path.home()


def _whole_table(model: ReviewTableModel) -> QTableView:
    """The figures with no scrolling of their own: the words column takes the width left and
    wraps, and the table is as tall as its rows."""
    view = QTableView()
    view.setModel(model)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.setWordWrap(True)
    view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    header = view.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setHighlightSections(False)
    for column in range(header.count() - 1):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(header.count() - 1, QHeaderView.ResizeMode.Stretch)
    header.sectionResized.connect(lambda *_: _fit_rows(view))
    return view


def _fit_rows(view: QTableView) -> None:
    """Rows as tall as their wrapped words; the table as tall as its rows."""
    header = view.horizontalHeader()
    view.resizeRowsToContents()
    rows = sum(view.rowHeight(r) for r in range(view.model().rowCount()))
    view.setFixedHeight(header.height() + rows + 2 * view.frameWidth())


def details_html(r: Review) -> str:
    """The GP position then and now, what changed, and the option as approved."""
    then, now = r.position_text
    changes = r.changes.lines or ["Nothing yet: import the new rota and appointment data to see what the option "
                                  "has done."]
    parts = [f"<p><b>At approval:</b> {_text(then)}.<br><b>Now:</b> {_text(now)}.</p>",
             "<h4>What changed in between</h4>", _bullets(changes),
             "<h4>The option as approved</h4>", _bullets(approved_changes(r.decision)),
             f"<p>{_text(freed_use_text(r.decision))}</p>",
             f"<p style='color:{MUTED}'>{_text(HOW_WORKED_OUT)}</p>"]
    return "".join(parts)


def _bullets(lines: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{_text(line)}</li>" for line in lines) + "</ul>"


def _text(text: str) -> str:
    return html.escape(text, quote=False)


def _safe(name: str) -> str:
    return "".join(" " if c in '<>:"/\\|?*' else c for c in name).strip()
