"""A person's page: their plant, details, topics, notes and your timeline together."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import TYPE_CHECKING

from garden.domain.growth import PlantState, health_words
from garden.domain.model import Person
from garden.domain.palette import LIGHT, Palette
from garden.domain.shape import look_of, plant_shape
from garden.domain.words import circle_words, species_words, stage_words, when

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeySequence, QPainter, QPaintEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.person_dialog import PersonDialog
from ui.dialogs.quick_log import QuickLogDialog
from ui.i18n import day_and_month, keys, long_date, tr
from ui.painting.plant_painter import paint_plant
from ui.person.things import ThingsToShare
from ui.person.timeline import ID_ROLE, TimelineModel
from ui.session import GardenSession

if TYPE_CHECKING:
    from ui.charts import PersonChartPanel


class PlantPortrait(QWidget):
    """The person's plant, drawn large."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedSize(180, 180)
        self.person: Person | None = None
        self.state: PlantState | None = None
        self.palette_: Palette = LIGHT

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        p = self.palette_
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(p.soil_top))
        painter.drawRoundedRect(QRectF(16, 160, 148, 12), 6, 6)
        if self.person is not None and self.state is not None:
            shape = plant_shape(look_of(self.person, self.state, p))
            # One scale for every plant, so a seedling stays small and a tree fills the frame;
            # only a plant too big for the frame is shrunk.
            scale = min(1.45, 150 / max(shape.height, 1.0), 170 / max(shape.width, 1.0))
            centre = 90 - (shape.left + shape.right) / 2 * scale
            paint_plant(painter, shape, QPointF(centre, 165), scale)
        painter.end()


class _FillingContent(QWidget):
    """The page inside its scroll area: as tall as the window, down to the height its
    parts need at the least (the timeline scrolls on its own). Qt would otherwise give a
    page holding wrapped text its preferred height, and scroll the whole page."""

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        return layout.totalMinimumHeightForWidth(width) if layout is not None else -1


class PersonPage(QWidget):
    """Everything about one person; changes go through the session (undoable)."""

    back_requested = Signal()

    def __init__(self, session: GardenSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.person_id: int | None = None
        self.setAccessibleName(tr("Person page"))

        self.back = QPushButton(tr("← Garden"))
        self.back.setToolTip(tr("Back to the garden ({keys})").format(keys=keys("Alt+Left")))
        self.back.setAccessibleName(tr("Back to the garden"))
        self.back.clicked.connect(self.back_requested)
        self.portrait = PlantPortrait()
        self.portrait.setAccessibleName(tr("Their plant"))
        self.title = QLabel()
        title_font = QFont(self.title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.7)
        self.title.setFont(title_font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel()
        self.doing = QLabel()
        self.archived_note = QLabel()
        self.archived_note.setWordWrap(True)

        self.log_button = QPushButton(tr("&Log a moment…"))
        self.log_button.clicked.connect(self.on_log)
        self.edit_button = QPushButton(tr("&Edit details…"))
        self.edit_button.clicked.connect(self.on_edit)
        self.archive_button = QPushButton(tr("Let &go…"))
        self.archive_button.setToolTip(
            tr("Move them out of the garden with a note; you can bring them back any time")
        )
        self.archive_button.clicked.connect(self.on_archive)
        self.restore_button = QPushButton(tr("&Bring back"))
        self.restore_button.clicked.connect(self.on_restore)
        self.delete_button = QPushButton(tr("&Delete…"))
        self.delete_button.clicked.connect(self.on_delete)

        self.details = QFormLayout()
        self.nickname = QLabel()
        self.birthday = QLabel()
        self.how_met = QLabel()
        self.topics = QLabel()
        self.notes = QLabel()
        for label in (self.nickname, self.birthday, self.how_met, self.topics, self.notes):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.addRow(tr("Nickname"), self.nickname)
        self.details.addRow(tr("Birthday"), self.birthday)
        self.details.addRow(tr("How you met"), self.how_met)
        self.details.addRow(tr("You share"), self.topics)
        self.details.addRow(tr("Notes"), self.notes)

        self.timeline_model = TimelineModel(session.today(), self)
        self.timeline = QTableView()
        self.timeline.setAccessibleName(tr("Timeline of your moments together"))
        self.timeline.setModel(self.timeline_model)
        self.timeline.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.timeline.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.timeline.verticalHeader().hide()
        self.timeline.setShowGrid(False)
        self.timeline.setAlternatingRowColors(True)
        self.timeline.setWordWrap(False)
        header = self.timeline.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.timeline.doubleClicked.connect(self.on_timeline_activated)
        self.timeline.activated.connect(self.on_timeline_activated)
        self.edit_moment = QPushButton(tr("Edit moment…"))
        self.edit_moment.clicked.connect(self.on_edit_moment)
        self.delete_moment = QPushButton(tr("Delete moment"))
        self.delete_moment.clicked.connect(self.on_delete_moment)
        self.empty_timeline = QLabel(tr("No moments yet. Log one when you next talk."))
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.timeline)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.on_delete_moment)
        self.timeline.selectionModel().selectionChanged.connect(self._update_moment_buttons)

        heading = QVBoxLayout()
        heading.addWidget(self.title)
        heading.addWidget(self.subtitle)
        heading.addWidget(self.doing)
        heading.addWidget(self.archived_note)
        actions = QHBoxLayout()
        for button in (
            self.log_button,
            self.edit_button,
            self.archive_button,
            self.restore_button,
            self.delete_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        heading.addLayout(actions)
        heading.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.portrait)
        top.addLayout(heading, 1)
        top.addLayout(self.details, 1)
        moment_buttons = QHBoxLayout()
        timeline_title = QLabel(tr("<b>Your moments together</b>"))
        moment_buttons.addWidget(timeline_title)
        moment_buttons.addStretch(1)
        moment_buttons.addWidget(self.edit_moment)
        moment_buttons.addWidget(self.delete_moment)
        moments = QWidget()
        moments_column = QVBoxLayout(moments)
        moments_column.setContentsMargins(0, 8, 0, 0)
        moments_column.addLayout(moment_buttons)
        moments_column.addWidget(self.empty_timeline)
        moments_column.addWidget(self.timeline, 1)
        # The growth chart sits above the timeline; its panel (and matplotlib) is made
        # when the page first shows someone, off the window's start-up path.
        self.chart: PersonChartPanel | None = None
        # Beside the moments: the things saved to share with them, and their snooze.
        self.things = ThingsToShare(session)
        self.moments_split = QSplitter(Qt.Orientation.Horizontal)
        self.moments_split.setChildrenCollapsible(False)
        self.moments_split.addWidget(moments)
        self.moments_split.addWidget(self.things)
        self.moments_split.setStretchFactor(0, 3)
        self.moments_split.setStretchFactor(1, 2)
        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.setChildrenCollapsible(False)
        self.split.addWidget(self.moments_split)
        content = _FillingContent()
        column = QVBoxLayout(content)
        column.addWidget(self.back, 0, Qt.AlignmentFlag.AlignLeft)
        column.addLayout(top)
        column.addWidget(self.split, 1)
        # The page fills the window; where the window is smaller than the page needs (a
        # large font, a small screen), it scrolls rather than cutting words off.
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.setTabOrder(self.back, self.log_button)
        self.setTabOrder(self.delete_button, self.timeline)
        self._update_moment_buttons()

    # --- showing -----------------------------------------------------------------------

    def show_person(self, person_id: int) -> None:
        self.person_id = person_id
        if self.chart is None:
            from ui.charts import PersonChartPanel

            self.chart = PersonChartPanel(self.session)
            self.chart.set_palette(self.portrait.palette_)
            self.split.insertWidget(0, self.chart)
            self.split.setSizes([300, 400])
            # Tab reads the page top to bottom: the person's actions, the chart's range
            # and the chart, the moments, then what can be done with a chosen moment.
            things = self.things
            chain = [
                self.delete_button,
                *self.chart.ranges.values(),
                self.chart.view,
                self.timeline,
                self.edit_moment,
                self.delete_moment,
                things.show_shared,
                things.list,
                things.edit_button,
                things.delete_button,
                things.copy_button,
                things.open_button,
                things.new_thing,
                things.add_button,
                things.snooze_button,
                things.unsnooze_button,
            ]
            for before, after in itertools.pairwise(chain):
                QWidget.setTabOrder(before, after)
        self.refresh()

    def set_palette(self, palette: Palette) -> None:
        self.portrait.palette_ = palette
        self.portrait.update()
        if self.chart is not None:
            self.chart.set_palette(palette)

    def refresh(self) -> None:
        if self.person_id is None:
            return
        garden = self.session.garden
        try:
            person = garden.person(self.person_id)
        except LookupError:
            self.person_id = None
            self.back_requested.emit()
            return
        today = self.session.today()
        state = garden.state(person.id, today)
        self.title.setText(person.name)
        facts = [
            tr("{circle} circle").format(circle=circle_words(person.circle).capitalize()),
            species_words(person.species),
        ]
        if person.cadence:
            facts.append(tr("about every %n days", "", person.cadence))
        self.subtitle.setText(" · ".join(facts))
        if person.archived:
            self.doing.setText(tr("Resting outside the garden"))
            note = ""
            if person.archived_at:
                note = tr("Let go on {date}").format(date=long_date(person.archived_at.date()))
            if person.archive_note:
                note = tr("{when}: “{note}”").format(when=note, note=person.archive_note)
            self.archived_note.setText(note)
            self.archived_note.show()
        else:
            self.archived_note.hide()
            if state is not None:
                last = when(state.last_interaction, today)
                self.doing.setText(
                    tr("{doing} · {stage} · last together {last}").format(
                        doing=health_words(state), stage=stage_words(state.growth_stage), last=last
                    )
                )
        self.portrait.person, self.portrait.state = person, state
        self.portrait.update()
        self.restore_button.setVisible(person.archived)
        self.archive_button.setVisible(not person.archived)
        self.log_button.setEnabled(not person.archived)
        self.nickname.setText(person.nickname or "—")
        self.birthday.setText(self._birthday_text(person))
        self.how_met.setText(person.how_met or "—")
        self.topics.setText(", ".join(person.topics) or "—")
        self.notes.setText(person.notes or "—")
        moments = garden.interactions(person.id)
        self.timeline_model.set_moments(moments, today)
        self.timeline.setVisible(bool(moments))
        self.empty_timeline.setVisible(not moments)
        self._update_moment_buttons()
        if self.chart is not None:
            self.chart.show_person(person.id)
        if self.things.person_id != person.id:
            self.things.show_person(person.id)
        self.setAccessibleDescription(
            tr("{name}. {text}").format(name=person.name, text=self.doing.text())
        )

    @staticmethod
    def _birthday_text(person: Person) -> str:
        b = person.birthday
        if b is None:
            return "—"
        if b.year:
            return long_date(dt.date(b.year, b.month, b.day))
        return day_and_month(b.month, b.day)

    def _update_moment_buttons(self) -> None:
        has = self._selected_moment_id() is not None
        self.edit_moment.setEnabled(has)
        self.delete_moment.setEnabled(has)

    def _selected_moment_id(self) -> int | None:
        rows = self.timeline.selectionModel().selectedRows()
        if not rows:
            return None
        value = rows[0].data(ID_ROLE)
        return int(value) if value is not None else None

    # --- actions -----------------------------------------------------------------------

    def _person(self) -> Person | None:
        if self.person_id is None:
            return None
        return self.session.garden.person(self.person_id)

    def on_log(self) -> None:
        person = self._person()
        if person is not None:
            QuickLogDialog.ask(self.session, self, person=person)

    def on_edit(self) -> None:
        person = self._person()
        if person is not None:
            PersonDialog.ask(self.session, self, person)

    def on_archive(self) -> None:
        person = self._person()
        if person is None:
            return
        note, ok = self.ask_archive_note(person)
        if ok:
            pid = person.id
            self.session.apply(lambda: self.session.garden.archive_person(pid, note))

    def ask_archive_note(self, person: Person) -> tuple[str, bool]:
        """Ask for the optional note kept with someone you let go (tests replace this)."""
        return QInputDialog.getMultiLineText(
            self,
            tr("Let go of {name}").format(name=person.name),
            tr(
                "Letting a relationship rest is normal. Their story stays here, and you can "
                "bring them back any time.\n\nA note for later (optional):"
            ),
        )

    def on_restore(self) -> None:
        person = self._person()
        if person is not None:
            pid = person.id
            self.session.apply(lambda: self.session.garden.restore_person(pid))

    def confirm_delete(self, person: Person) -> bool:
        """Ask before deleting someone and their moments (tests replace this)."""
        answer = QMessageBox.question(
            self,
            tr("Delete {name}?").format(name=person.name),
            tr(
                "Delete {name} and all your moments together? You can undo this with {keys} "
                "while the window is open. To keep their story, choose “Let go” instead."
            ).format(name=person.name, keys=keys(QKeySequence.StandardKey.Undo)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def on_delete(self) -> None:
        person = self._person()
        if person is None:
            return
        if self.confirm_delete(person):
            pid = person.id
            self.session.apply(lambda: self.session.garden.delete_person(pid))

    def on_timeline_activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        self.on_edit_moment()

    def on_edit_moment(self) -> None:
        moment_id = self._selected_moment_id()
        if moment_id is None:
            return
        moment = self.session.garden.interaction(moment_id)
        QuickLogDialog.ask(self.session, self, moment=moment)

    def on_delete_moment(self) -> None:
        moment_id = self._selected_moment_id()
        if moment_id is not None:
            self.session.apply(lambda: self.session.garden.delete_interaction(moment_id))
