"""The main window: the garden, a person's page, the today panel, menus and undo."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from garden.domain.palette import Palette

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.garden_view.view import GardenView
from ui.i18n import LANGUAGE_KEY, keys, tr
from ui.session import GardenSession
from ui.theme import Theme


def _unique(keys: list[QKeySequence]) -> list[QKeySequence]:
    """Shortcuts without repeats: a standard key often equals the explicit one, and a
    sequence registered twice on one action is ambiguous and never fires."""
    seen: list[QKeySequence] = []
    for key in keys:
        if not key.isEmpty() and key not in seen:
            seen.append(key)
    return seen


if TYPE_CHECKING:
    from garden.domain.model import Person
    from garden.services.changes import Change

    from ui.charts import GardenYearPage
    from ui.garden_view.empty import EmptyGarden
    from ui.person.page import PersonPage
    from ui.today_panel import TodayPanel

# Dialogs and the person page are imported when first used: the window's first paint
# needs only the garden.


class SearchBar(QWidget):
    """Ctrl+F: find plants by name, circle, topic or state; Escape closes it."""

    query_changed = Signal(str)
    closed = Signal()
    accepted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = QLineEdit()
        self.field.setPlaceholderText(
            tr("Find by name, circle, topic, or how they are doing (thirsty, asleep, blooming…)")
        )
        self.field.setAccessibleName(tr("Find plants"))
        self.field.setClearButtonEnabled(True)
        self.field.textChanged.connect(self.query_changed)
        self.field.returnPressed.connect(self.accepted)
        self.result = QLabel()
        self.result.setAccessibleName(tr("Search result"))
        close = QToolButton()
        close.setText("✕")
        close.setAccessibleName(tr("Close search"))
        close.setToolTip(tr("Close search ({keys})").format(keys=keys("Esc")))
        close.clicked.connect(self.close_bar)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 12, 2)
        row.addWidget(self.field, 1)
        row.addWidget(self.result)
        row.addWidget(close)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)

    def close_bar(self) -> None:
        self.field.clear()
        self.hide()
        self.closed.emit()


class MainWindow(QMainWindow):
    """One window on one garden (the user's, or a separate demo garden)."""

    first_painted = Signal()
    demo_requested = Signal()

    def __init__(
        self,
        session: GardenSession | None,
        theme: Theme,
        settings: QSettings | None = None,
        *,
        demo: bool = False,
    ) -> None:
        """A window on `session`'s garden; with None, the window can show a preview of the
        beds (`show_preview`) until the garden is opened and `attach`ed."""
        super().__init__()
        self.session: GardenSession
        self.attached = False
        self.demo = session.demo if session is not None else demo
        self.theme = theme
        self.settings = settings
        self._first_paint_sent = False
        self._topics_by_person: dict[int, list[str]] | None = None
        self._search_found = False
        self.setWindowTitle(
            tr("Demo garden — Relationship Garden") if self.demo else tr("Relationship Garden")
        )
        self.setAccessibleName(self.windowTitle())
        self.resize(1180, 800)

        self.view = GardenView()
        self.canvas = self.view.canvas
        self.canvas.summary_for = self._summary
        self.canvas.person_activated.connect(self.open_person)
        # Edit person… follows the plant chosen with the mouse, the keys or a search.
        self.canvas.selection_changed.connect(lambda _pid: self._update_actions())
        self.canvas.first_painted.connect(self._on_content_painted)
        self._empty: EmptyGarden | None = None
        self.search = SearchBar()
        self.search.hide()
        self.search.query_changed.connect(self.on_search)
        self.search.closed.connect(self.on_search_closed)
        self.search.accepted.connect(self.on_search_accepted)
        garden_page = QWidget()
        garden_layout = QVBoxLayout(garden_page)
        garden_layout.setContentsMargins(0, 0, 0, 0)
        garden_layout.setSpacing(0)
        garden_layout.addWidget(self.search)
        self.garden_stack = QStackedWidget()
        self.garden_stack.addWidget(self.view)
        garden_layout.addWidget(self.garden_stack, 1)
        self._person_page: PersonPage | None = None
        self._year_page: GardenYearPage | None = None
        self.pages = QStackedWidget()
        self.pages.addWidget(garden_page)
        self.setCentralWidget(self.pages)

        self._today: TodayPanel | None = None
        self.today_dock = QDockWidget(tr("Today"), self)
        self.today_dock.setObjectName("today")
        self.today_dock.setMinimumWidth(240)
        self.today_dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
        )
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.today_dock)

        self.status = QLabel()
        self.status.setAccessibleName(tr("Last action"))
        self.statusBar().addWidget(self.status, 1)
        self._build_menus()

        theme.palette_changed.connect(self.on_palette_changed)
        self.on_palette_changed(theme.palette)
        self._day_timer = QTimer(self)
        self._day_timer.setInterval(60_000)
        self._restore_settings()
        self._update_actions()
        if session is not None:
            self.attach(session)

    def on_undo_text_changed(self, text: str) -> None:
        self.undo_action.setText(tr("&Undo {what}").format(what=text) if text else tr("&Undo"))

    def on_redo_text_changed(self, text: str) -> None:
        self.redo_action.setText(tr("&Redo {what}").format(what=text) if text else tr("&Redo"))

    def show_preview(self, people: list[Person]) -> None:
        """Beds and names, before the garden is open: the first frame a user sees."""
        self.canvas.set_garden(people, {}, states_pending=True)
        self._show_plants(bool(people))

    def attach(self, session: GardenSession) -> None:
        """Show `session`'s garden. Before the first frame, that frame shows the beds and
        names from the people alone; the growth model runs just after it (`reload`)."""
        self.session = session
        self.attached = True
        session.changed.connect(self.on_changed)
        session.reloaded.connect(self.reload)
        session.failed.connect(self.on_failed)
        session.new_day.connect(self.on_daily_backup)
        stack = session.undo_stack
        self.undo_action.triggered.connect(stack.undo)
        self.redo_action.triggered.connect(stack.redo)
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        # Bound methods, not lambdas: Qt drops them when the window goes, while the
        # session (and its stack) may outlive it.
        stack.undoTextChanged.connect(self.on_undo_text_changed)
        stack.redoTextChanged.connect(self.on_redo_text_changed)
        self._day_timer.timeout.connect(session.check_outside_changes)
        self._day_timer.start()
        if self._first_paint_sent:
            self.reload()
            QTimer.singleShot(1500, self.on_daily_backup)
        else:
            self.show_preview(session.garden.people())
            # Queued, so the first frame is on screen before the growth model runs; the
            # day's automatic backup waits a little longer still.
            self.first_painted.connect(lambda: QTimer.singleShot(0, self.reload))
            self.first_painted.connect(lambda: QTimer.singleShot(1500, self.on_daily_backup))
            self.first_painted.connect(lambda: QTimer.singleShot(4000, self.on_preload_charts))
        self._update_actions()

    @property
    def today(self) -> TodayPanel:
        """The today panel, filled in after the garden's first paint."""
        if self._today is None:
            from ui.today_panel import TodayPanel

            panel = TodayPanel(self.session)
            panel.person_opened.connect(self.open_person)
            panel.log_requested.connect(self.on_log_for)
            self.today_dock.setWidget(panel)
            self._today = panel
        return self._today

    @property
    def empty(self) -> EmptyGarden:
        """The first-run invitation, made only for an empty garden."""
        if self._empty is None:
            from ui.garden_view.empty import EmptyGarden

            empty = EmptyGarden(demo_offered=not self.demo)
            empty.plant_requested.connect(self.on_add_person)
            empty.demo_requested.connect(self.demo_requested)
            empty.first_painted.connect(self._on_content_painted)
            empty.set_palette(self.theme.palette)
            self.garden_stack.addWidget(empty)
            self._empty = empty
        return self._empty

    def _show_plants(self, any_plants: bool) -> None:
        self.garden_stack.setCurrentWidget(self.view if any_plants else self.empty)

    @property
    def person_page(self) -> PersonPage:
        """The person page, made on first use."""
        if self._person_page is None:
            from ui.person.page import PersonPage

            page = PersonPage(self.session)
            page.back_requested.connect(self.show_garden)
            page.set_palette(self.theme.palette)
            self.pages.addWidget(page)
            self._person_page = page
        return self._person_page

    @property
    def year_page(self) -> GardenYearPage:
        """The garden-through-the-year charts, made on first use."""
        if self._year_page is None:
            from ui.charts import GardenYearPage

            page = GardenYearPage(self.session)
            page.back_requested.connect(self.show_garden)
            page.set_palette(self.theme.palette)
            self.pages.addWidget(page)
            self._year_page = page
        return self._year_page

    def show_year(self) -> None:
        if not self.attached:
            return
        page = self.year_page
        page.fill_years()
        self.pages.setCurrentWidget(page)
        page.refresh()
        page.year.setFocus()
        self._update_actions()

    def _showing_person(self) -> PersonPage | None:
        page = self._person_page
        return page if page is not None and self.pages.currentWidget() is page else None

    # --- menus ----------------------------------------------------------------------------

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | list[QKeySequence] | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if isinstance(shortcut, list):
            action.setShortcuts(_unique(shortcut))
        elif shortcut is not None:
            action.setShortcut(shortcut)
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu(tr("&File"))
        self.add_person_action = self._action(
            tr("&Add person…"), self.on_add_person, QKeySequence.StandardKey.New
        )
        self.quick_log_action = self._action(
            tr("Quick &log…"), self.on_quick_log, QKeySequence("Ctrl+L")
        )
        file.addAction(self.add_person_action)
        file.addAction(self.quick_log_action)
        file.addSeparator()
        self.import_action = self._action(tr("&Import…"), self.on_import, QKeySequence("Ctrl+I"))
        self.export_action = self._action(tr("&Export…"), self.on_export)
        self.backups_action = self._action(tr("&Backups…"), self.on_backups)
        for action in (self.import_action, self.export_action, self.backups_action):
            file.addAction(action)
        file.addSeparator()
        file.addAction(self._action(tr("Export yearly &snapshot…"), self.on_export_snapshot))
        file.addAction(
            self._action(tr("&Close window"), self.close, QKeySequence.StandardKey.Close)
        )
        self.quit_action = self._action(tr("&Quit"), self.on_quit, QKeySequence.StandardKey.Quit)
        file.addAction(self.quit_action)

        edit = bar.addMenu(tr("&Edit"))
        # Connected to the garden's undo stack once it is open (`attach`).
        self.undo_action = QAction(tr("&Undo"), self)
        self.undo_action.setEnabled(False)
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.redo_action = QAction(tr("&Redo"), self)
        self.redo_action.setEnabled(False)
        self.redo_action.setShortcuts(
            _unique([QKeySequence("Ctrl+Shift+Z"), QKeySequence(QKeySequence.StandardKey.Redo)])
        )
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        edit.addSeparator()
        self.find_action = self._action(tr("&Find…"), self.on_find, QKeySequence.StandardKey.Find)
        edit.addAction(self.find_action)
        self.edit_person_action = self._action(
            tr("&Edit person…"), self.on_edit_person, QKeySequence("Ctrl+E")
        )
        edit.addAction(self.edit_person_action)

        view = bar.addMenu(tr("&View"))
        self.back_action = self._action(
            tr("Back to the &garden"),
            self.show_garden,
            [QKeySequence("Alt+Left"), QKeySequence(QKeySequence.StandardKey.Back)],
        )
        view.addAction(self.back_action)
        self.year_action = self._action(
            tr("The garden through the &year"), self.show_year, QKeySequence("Ctrl+Y")
        )
        view.addAction(self.year_action)
        view.addSeparator()
        view.addAction(
            self._action(
                tr("Zoom &in"),
                self.view.zoom_in,
                [QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")],
            )
        )
        view.addAction(
            self._action(tr("Zoom &out"), self.view.zoom_out, QKeySequence.StandardKey.ZoomOut)
        )
        view.addAction(
            self._action(
                tr("&Fit garden to window"), self.view.fit_to_window, QKeySequence("Ctrl+0")
            )
        )
        view.addAction(
            self._action(tr("&Actual size"), self.view.reset_zoom, QKeySequence("Ctrl+1"))
        )
        view.addSeparator()
        toggle = self.today_dock.toggleViewAction()
        toggle.setText(tr("&Today panel"))
        toggle.setShortcut(QKeySequence("Ctrl+T"))
        view.addAction(toggle)
        themes = view.addMenu(tr("&Colours"))
        group = QActionGroup(self)
        self.theme_actions: dict[str, QAction] = {}
        for key, label in (
            ("system", tr("Follow the &system")),
            ("light", tr("&Light")),
            ("dark", tr("&Dark")),
        ):
            action = QAction(label, self, checkable=True)
            action.setChecked(self.theme.choice == key)
            action.triggered.connect(lambda _c=False, k=key: self.on_theme_chosen(k))
            group.addAction(action)
            themes.addAction(action)
            self.theme_actions[key] = action
        languages = view.addMenu(tr("&Language"))
        language_group = QActionGroup(self)
        chosen = str(self.settings.value(LANGUAGE_KEY, "")) if self.settings is not None else ""
        self.language_actions: dict[str, QAction] = {}
        # Each language by its own name, so it can be found whatever the window speaks.
        for code, label in (("", tr("Follow the &system")), ("en", "English"), ("it", "Italiano")):
            action = QAction(label, self, checkable=True)
            action.setChecked(chosen == code)
            action.triggered.connect(lambda _c=False, c=code: self.on_language_chosen(c))
            language_group.addAction(action)
            languages.addAction(action)
            self.language_actions[code] = action

        garden = bar.addMenu(tr("&Garden"))
        garden.addAction(
            self._action(
                tr("Open &person page"), self.on_open_selected, QKeySequence("Ctrl+Return")
            )
        )
        self.reminders_action = garden.addAction(tr("&Reminders and start at login…"))
        if not self.demo:
            garden.addSeparator()
            garden.addAction(self._action(tr("Try a &demo garden…"), self.demo_requested.emit))

        help_menu = bar.addMenu(tr("&Help"))
        help_menu.addAction(self._action(tr("&How plants grow"), self.on_how_plants_grow))
        help_menu.addAction(self._action(tr("&About Relationship Garden"), self.on_about))

    def on_preload_charts(self) -> None:
        """Load matplotlib in the background once the window has settled, so the first
        person page draws its chart without a pause."""
        from ui.charts import preload_in_background

        preload_in_background()

    def on_daily_backup(self) -> None:
        """Make the day's automatic backup if it is due (never for a demo garden)."""
        if self.demo or not self.attached:
            return
        self.session.garden.backup_if_due()
        if self.session.garden.backup_problem:
            self.show_status(
                tr("Today's backup could not be made: {problem}").format(
                    problem=self.session.garden.backup_problem
                )
            )

    # --- showing the garden ---------------------------------------------------------------

    def reload(self) -> None:
        """Read everything again (start, another program's change, a new day)."""
        self._topics_by_person = None
        garden = self.session.garden
        states = garden.states(self.session.today())
        self.canvas.set_garden(garden.people(), states)
        self._refresh_views(bool(states), today_panel=self._first_paint_sent)

    def on_changed(self, change: Change) -> None:
        self._topics_by_person = None
        garden = self.session.garden
        states = garden.states(self.session.today())
        if change.garden_wide or not self.canvas.people():
            self.canvas.set_garden(garden.people(), states)
        else:
            changed = [p for p in garden.people() if p.id in change.people]
            removed = [pid for pid in change.people if pid not in states]
            self.canvas.update_plants(changed, states, removed)
        for item in change.after.interactions.values():
            if (
                item is not None
                and item.person_id in states
                and change.before.interactions.get(item.id) is None
            ):
                self.canvas.water(item.person_id)
        self._refresh_views(bool(states))
        self.show_status(
            tr("{summary} — {keys} to undo").format(
                summary=change.summary, keys=keys(QKeySequence.StandardKey.Undo)
            )
        )
        self._update_actions()

    def _refresh_views(self, any_plants: bool, *, today_panel: bool = True) -> None:
        """After the canvas: everything else that shows the garden."""
        self._show_plants(any_plants)
        if today_panel:  # at start-up, the today panel fills in after the first paint
            self.today.refresh()
        if page := self._showing_person():
            page.refresh()
        if self._year_page is not None and self.pages.currentWidget() is self._year_page:
            self._year_page.refresh()
        if self.search.isVisible():
            self.on_search(self.search.field.text())
        self._update_actions()

    def on_export_snapshot(self) -> None:
        from ui.snapshot import export_yearly_snapshot

        export_yearly_snapshot(self)

    def on_failed(self, message: str) -> None:
        self.show_status(message)
        QMessageBox.warning(self, tr("Something went wrong"), message)

    def show_status(self, text: str) -> None:
        self.status.setText(text)

    def _update_actions(self) -> None:
        has_people = bool(self.canvas.people())
        self.quick_log_action.setEnabled(self.attached and has_people)
        self.edit_person_action.setEnabled(self.attached and self._current_person_id() is not None)
        for action in (
            self.add_person_action,
            self.find_action,
            self.year_action,
            self.import_action,
            self.export_action,
            self.backups_action,
        ):
            action.setEnabled(self.attached)

    def _summary(self, person_id: int) -> str:
        from garden.domain.words import summary

        if not self.attached:
            return ""
        garden = self.session.garden
        person = self.canvas.people().get(person_id)
        if person is None:
            return ""
        moments = garden.interactions(person_id)
        return summary(
            person,
            self.canvas.state(person_id),
            moments[-1] if moments else None,
            self.session.today(),
        )

    def on_palette_changed(self, palette: Palette) -> None:
        self.canvas.set_palette(palette)
        if self._empty is not None:
            self._empty.set_palette(palette)
        if self._person_page is not None:
            self._person_page.set_palette(palette)
        if self._year_page is not None:
            self._year_page.set_palette(palette)

    def on_theme_chosen(self, key: str) -> None:
        self.theme.set_choice(key)
        if self.settings is not None:
            self.settings.setValue("theme", key)

    def on_language_chosen(self, code: str) -> None:
        """Remember the language for the next start (the window keeps its words now)."""
        if self.settings is None:
            return
        before = str(self.settings.value(LANGUAGE_KEY, ""))
        if code:
            self.settings.setValue(LANGUAGE_KEY, code)
        else:
            self.settings.remove(LANGUAGE_KEY)
        if code != before:
            self.show_status(
                tr("The garden will speak the chosen language the next time it starts.")
            )

    def _on_content_painted(self) -> None:
        if not self._first_paint_sent:
            self._first_paint_sent = True
            QTimer.singleShot(0, self.first_painted.emit)

    # --- navigation -----------------------------------------------------------------------

    def open_person(self, person_id: int) -> None:
        if not self.attached:
            return
        self.canvas.select(person_id)
        self.person_page.show_person(person_id)
        self.pages.setCurrentWidget(self.person_page)
        self.person_page.log_button.setFocus()
        self._update_actions()

    def show_garden(self) -> None:
        self.pages.setCurrentIndex(0)
        self.canvas.setFocus()
        self._update_actions()

    def _current_person_id(self) -> int | None:
        if page := self._showing_person():
            return page.person_id
        return self.canvas.selected()

    def on_open_selected(self) -> None:
        pid = self.canvas.selected()
        if pid is not None:
            self.open_person(pid)

    # --- actions --------------------------------------------------------------------------

    def on_add_person(self) -> None:
        from ui.dialogs.person_dialog import PersonDialog

        change = PersonDialog.ask(self.session, self)
        if change is not None:
            added = [pid for pid, p in change.after.people.items() if p is not None]
            if added:
                self.show_garden()
                self.canvas.select(added[0])

    def on_edit_person(self) -> None:
        from ui.dialogs.person_dialog import PersonDialog

        pid = self._current_person_id()
        if pid is not None:
            PersonDialog.ask(self.session, self, self.session.garden.person(pid))

    def on_quick_log(self) -> None:
        from ui.dialogs.quick_log import QuickLogDialog

        pid = self._current_person_id()
        person = self.session.garden.person(pid) if pid is not None else None
        if person is not None and person.archived:
            person = None
        QuickLogDialog.ask(self.session, self, person=person)

    def on_log_for(self, person_id: int) -> None:
        from ui.dialogs.quick_log import QuickLogDialog

        QuickLogDialog.ask(self.session, self, person=self.session.garden.person(person_id))

    def on_import(self) -> None:
        from ui.dialogs.data import import_file

        if import_file(self.session, self):
            self.show_garden()

    def on_export(self) -> None:
        from ui.dialogs.data import export_file

        written = export_file(self.session, self)
        if written:
            self.show_status(tr("Exported to {written}").format(written=written))

    def on_backups(self) -> None:
        from ui.dialogs.data import BackupsDialog

        BackupsDialog(self.session, self).exec()

    def on_find(self) -> None:
        self.show_garden()
        self.search.show()
        self.search.field.setFocus()
        self.search.field.selectAll()

    def _topics(self) -> dict[int, list[str]]:
        if self._topics_by_person is None:
            topics: dict[int, set[str]] = {}
            for item in self.session.garden.interactions():
                if item.topics:
                    topics.setdefault(item.person_id, set()).update(item.topics)
            self._topics_by_person = {pid: sorted(t) for pid, t in topics.items()}
        return self._topics_by_person

    def on_search(self, query: str) -> None:
        from garden.domain.search import matches

        if not query.strip():
            self.canvas.set_matching(None)
            self.search.result.setText("")
            return
        topics = self._topics()
        found: set[int] = set()
        for pid, person in self.canvas.people().items():
            if matches(query, person, self.canvas.state(pid), topics.get(pid, ())):
                found.add(pid)
        self.canvas.set_matching(found)
        self._search_found = bool(found)
        if not found:
            self.search.result.setText(tr("No one matches"))
        else:
            self.search.result.setText(tr("%n match(es)", "", len(found)))
        first = next((s.person_id for s in self.canvas.layout_.slots if s.person_id in found), None)
        if first is not None:
            self.canvas.select(first)

    def on_search_accepted(self) -> None:
        pid = self.canvas.selected()
        if pid is not None and self._search_found:
            self.open_person(pid)

    def on_search_closed(self) -> None:
        self.canvas.set_matching(None)
        self.canvas.setFocus()

    def on_how_plants_grow(self) -> None:
        QMessageBox.information(
            self,
            tr("How plants grow"),
            tr(
                "Every moment you share waters a plant: deeper and more personal moments water "
                "more, and a plant that waits longer drinks more.\n\n"
                "Plants grow slowly with steady care, grow thirsty when time passes, and fall "
                "asleep after a long quiet. They never die: reconnect and a new shoot appears.\n\n"
                "Heart friends like a weekly word, close friends a monthly one, friends one every "
                "few months. The meadow never wilts."
            ),
        )

    def on_about(self) -> None:
        from garden import __version__

        QMessageBox.about(
            self,
            tr("About Relationship Garden"),
            tr(
                "<b>Relationship Garden</b> {version}<br><br>"
                "What is the point of knowing 500 people and feeling comfortable reaching out "
                "to three?<br><br>"
                "Your garden stays on this computer. No account, no server, no network."
            ).format(version=__version__),
        )

    def on_quit(self) -> None:
        from PySide6.QtWidgets import QApplication

        self.close()
        QApplication.quit()

    # --- settings -------------------------------------------------------------------------

    def _restore_settings(self) -> None:
        if self.settings is None or self.demo:
            return
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        zoom = self.settings.value("window/zoom")
        try:
            if zoom is not None:
                self.view.set_zoom(float(str(zoom)))
        except ValueError:
            pass

    def save_settings(self) -> None:
        if self.settings is None or self.demo:
            return
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/zoom", self.view.zoom())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        super().closeEvent(event)
