"""The garden window, driven as a user drives it (offscreen)."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from garden.domain.beds import layout_garden
from garden.domain.clock import FixedClock
from garden.domain.model import Channel, Circle, Depth, Favour
from garden.services.garden import Garden
from tests.conftest import TODAY
from tests.gui.conftest import _loaded, make_window
from tests.helpers.qt import drive_modal
from tests.helpers.tray import FakeTrayIcon

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QDialog

from ui.dialogs.person_dialog import PersonDialog
from ui.dialogs.quick_log import QuickLogDialog
from ui.garden_view.canvas import GardenCanvas
from ui.main_window import MainWindow
from ui.person.timeline import TimelineModel


def person_id(garden: Garden, name: str) -> int:
    return garden.find(name).id


def test_the_window_opens_on_a_demo_garden(qtbot, demo_garden, settings):
    window = make_window(qtbot, demo_garden, settings)
    assert window.garden_stack.currentWidget() is window.view
    # The plants and the today panel fill in just after the first frame.
    qtbot.waitUntil(lambda: bool(window.today.rows), timeout=5000)
    shown = set(window.canvas.people())
    assert shown == set(demo_garden.states())
    assert len(shown) >= 50
    assert window.today.isVisible()
    listed = {row.person_id for row in window.today.rows}
    assert listed <= shown, "the today panel lists only people growing in the garden"


def test_an_empty_garden_invites_a_first_seed(qtbot, garden, settings, monkeypatch):
    window = make_window(qtbot, garden, settings)
    assert window.garden_stack.currentWidget() is window.empty

    def fill(dialog: PersonDialog) -> int:
        qtbot.keyClicks(dialog.name, "Giulia Rossi")
        dialog.circle.setCurrentIndex(dialog.circle.findData("heart"))
        dialog.on_save()
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(PersonDialog, "exec", fill)
    qtbot.mouseClick(window.empty.plant_button, Qt.MouseButton.LeftButton)
    assert window.garden_stack.currentWidget() is window.view
    (person,) = garden.people()
    assert person.name == "Giulia Rossi" and person.circle is Circle.HEART
    assert window.canvas.selected() == person.id


def test_quick_log_by_keyboard_waters_the_plant(qtbot, window: MainWindow):
    garden = window.session.garden
    zoe = person_id(garden, "Zoë")
    before = window.canvas.state(zoe)
    assert before is not None

    def type_it(dialog) -> None:
        assert isinstance(dialog, QuickLogDialog)
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
        # The selected plant is filled in; the user picks someone else instead.
        dialog.who.setFocus()
        qtbot.keyClick(dialog.who, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(dialog.who, "zoe")  # no accent, lower case
        popup = dialog.who._completer.popup()
        assert popup.isVisible() and "Zoë Lefèvre" in popup.currentIndex().data()
        qtbot.keyClick(popup, Qt.Key.Key_Return)  # take the first suggestion
        assert dialog.who.text() == "Zoë Lefèvre" and dialog.who.person().id == zoe
        # Offscreen, closing the popup hands activation back to the main window; a real
        # desktop returns it to the dialog.
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
        # Mnemonics click their radio button after a short animation.
        qtbot.keyClick(dialog.who, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # In person
        qtbot.waitUntil(dialog.channels[Channel.IN_PERSON].isChecked, timeout=2000)
        qtbot.keyClick(dialog.who, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # Deep
        qtbot.waitUntil(dialog.depths[Depth.DEEP].isChecked, timeout=2000)
        dialog.topics.setFocus()
        qtbot.keyClicks(dialog.topics, "climbing, the Alps")
        dialog.note.setFocus()
        qtbot.keyClicks(dialog.note, "Planned a trip")
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return)  # Enter saves

    drive_modal(window.quick_log_action.trigger, type_it)
    (moment,) = garden.interactions(zoe)
    assert (moment.channel, moment.depth, moment.on) == (Channel.IN_PERSON, Depth.DEEP, TODAY)
    assert moment.topics == ("climbing", "the Alps") and moment.note == "Planned a trip"
    after = window.canvas.state(zoe)
    assert after is not None and after.health > before.health
    assert zoe in window.canvas.watering()
    assert "Ctrl+Z" in window.status.text()


def test_quick_log_refuses_an_unknown_name_and_saves_nothing(qtbot, window: MainWindow):
    dialog = QuickLogDialog(window.session, parent=window)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.who, "Nobody Atall")
    dialog.on_save()
    assert not dialog.error.isHidden() and "No one matches" in dialog.error.text()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert len(window.session.garden.interactions()) == 2


def test_undo_and_redo_every_change(qtbot, window: MainWindow):
    garden = window.session.garden
    giulia = person_id(garden, "Giulia")
    window.session.apply(lambda: garden.log_interaction(giulia, favour=Favour.GIVEN))
    assert len(garden.interactions(giulia)) == 2
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(garden.interactions(giulia)) == 1
    qtbot.keyClick(
        window,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert len(garden.interactions(giulia)) == 2
    window.session.apply(lambda: garden.delete_person(giulia))
    assert giulia not in window.canvas.people()
    window.undo_action.trigger()
    assert giulia in window.canvas.people()
    assert len(garden.interactions(giulia)) == 2


def test_search_finds_by_name_topic_circle_and_state(qtbot, window: MainWindow):
    garden = window.session.garden
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.isVisible() and window.search.field.hasFocus()
    expectations = {
        "giuli": {"Giulia Rossi"},
        "lisbon": {"Giulia Rossi"},
        "climbing": {"Zoë Lefèvre"},
        "close": {"Marco Bianchi"},
        "zzz-nobody": set(),
    }
    for query, names in expectations.items():
        window.search.field.setText(query)
        found = window.canvas._matching
        assert found is not None
        assert {garden.person(pid).name for pid in found} == names, query
    window.search.field.setText("giulia")
    qtbot.keyClick(window.search.field, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.person_page
    assert window.person_page.person_id == person_id(garden, "Giulia")
    window.show_garden()
    window.search.close_bar()
    assert window.canvas._matching is None


def test_archive_with_a_note_and_bring_back(qtbot, window: MainWindow, monkeypatch):
    garden = window.session.garden
    marco = person_id(garden, "Marco")
    window.open_person(marco)
    page = window.person_page
    monkeypatch.setattr(page, "ask_archive_note", lambda person: ("moved to Oslo", True))
    qtbot.mouseClick(page.archive_button, Qt.MouseButton.LeftButton)
    assert garden.person(marco).archived and garden.person(marco).archive_note == "moved to Oslo"
    assert marco not in window.canvas.people()
    assert page.restore_button.isVisible() and "moved to Oslo" in page.archived_note.text()
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    assert not garden.person(marco).archived
    assert marco in window.canvas.people()


def test_person_page_edits_details_and_moments(qtbot, window: MainWindow, monkeypatch):
    garden = window.session.garden
    giulia = person_id(garden, "Giulia")
    window.open_person(giulia)
    page = window.person_page
    assert page.title.text() == "Giulia Rossi"
    assert page.timeline_model.rowCount() == 1

    def edit(dialog: PersonDialog) -> int:
        dialog.name.setText("Giulia R.")
        dialog.birthday.setText("1990-02-30")
        assert not dialog.save_button.isEnabled() and not dialog.birthday_error.isHidden()
        dialog.birthday.setText("05-17")
        assert dialog.save_button.isEnabled()
        dialog.on_save()
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(PersonDialog, "exec", edit)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    assert garden.person(giulia).name == "Giulia R."
    assert page.title.text() == "Giulia R." and "17 May" in page.birthday.text()

    def change_moment(dialog: QuickLogDialog) -> int:
        dialog.depths[Depth.BRIEF].setChecked(True)
        dialog.on_save()
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(QuickLogDialog, "exec", change_moment)
    page.timeline.selectRow(0)
    qtbot.keyClick(page.timeline, Qt.Key.Key_Return)
    assert garden.interactions(giulia)[0].depth is Depth.BRIEF
    page.timeline.setFocus()
    page.timeline.selectRow(0)
    qtbot.keyClick(page.timeline, Qt.Key.Key_Delete)
    assert garden.interactions(giulia) == []
    assert page.empty_timeline.isVisible()
    window.undo_action.trigger()
    assert len(garden.interactions(giulia)) == 1 and page.timeline_model.rowCount() == 1


def test_arrow_keys_move_between_plants_and_enter_opens(qtbot, window: MainWindow):
    canvas = window.canvas
    canvas.setFocus()
    first = canvas.selected()
    assert first == canvas.layout_.slots[0].person_id
    qtbot.keyClick(canvas, Qt.Key.Key_Down)
    second = canvas.selected()
    assert second != first
    qtbot.keyClick(canvas, Qt.Key.Key_Up)
    assert canvas.selected() == first
    qtbot.keyClick(canvas, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.person_page
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.pages.currentIndex() == 0


def test_click_opens_and_hover_summarises(qtbot, window: MainWindow):
    canvas = window.canvas
    garden = window.session.garden
    giulia = person_id(garden, "Giulia")
    slot = canvas.layout_.slot_of(giulia)
    assert slot is not None
    text = window._summary(giulia)
    assert "Giulia Rossi" in text and "Call · deep talk" in text and "Lisbon" in text
    point = QPoint(int(slot.base_x * canvas.zoom()), int((slot.base_y - 20) * canvas.zoom()))
    assert canvas.slot_at(QPointF(point)).person_id == giulia
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=point)
    assert window.person_page.person_id == giulia


def test_changes_from_the_command_line_show_up_when_the_app_comes_back(
    qtbot, small_garden, settings, data_dir, clock
):
    from ui.app import GardenApp

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    shell = GardenApp(app, clock, settings, make_tray_icon=lambda _parent: FakeTrayIcon())
    try:
        window = shell.open_window(small_garden)
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: len(window.canvas.people()) == 3 and _loaded(window), timeout=5000)

        def names() -> set[str]:
            return {p.name for p in window.canvas.people().values()}

        with Garden.open(data_dir, clock) as other:  # `garden add` in a terminal
            other.add_person("Léa Dubois", circle=Circle.CLOSE)
        app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)
        assert "Léa Dubois" not in names(), "nothing reloads while the app is in the background"
        app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
        assert "Léa Dubois" in names()
        lea = small_garden.find("Léa").id
        assert window.canvas.state(lea) is not None, "her plant is drawn, not only her name"
    finally:
        shell.shutdown()
        shell.deleteLater()


def test_layout_is_stable_when_one_plant_changes(qtbot, demo_garden, settings):
    window = make_window(qtbot, demo_garden, settings)
    before = {s.person_id: (s.base_x, s.base_y) for s in window.canvas.layout_.slots}
    someone = window.canvas.layout_.slots[7].person_id
    window.session.apply(lambda: demo_garden.log_interaction(someone, depth=Depth.DEEP))
    after = {s.person_id: (s.base_x, s.base_y) for s in window.canvas.layout_.slots}
    assert before == after


def test_zoom_fit_and_settings_are_remembered(qtbot, demo_garden, settings):
    window = make_window(qtbot, demo_garden, settings)
    window.view.fit_to_window()
    fit = window.canvas.zoom()
    assert window.canvas.minimumHeight() <= window.view.viewport().height() + 1
    window.view.zoom_in()
    assert window.canvas.zoom() > fit
    window.resize(780, 640)  # within the offscreen screen (800×800), which restore clamps to
    saved = window.size()
    window.close()
    again = make_window(qtbot, demo_garden, settings, size=None)
    assert again.canvas.zoom() == pytest.approx(window.canvas.zoom())
    assert again.size() == saved


def test_dark_palette_reaches_canvas_and_widgets(qtbot, small_garden, settings):
    window = make_window(qtbot, small_garden, settings, theme="dark")
    assert window.canvas.palette_.name == "dark"
    window.on_theme_chosen("light")
    assert window.canvas.palette_.name == "light"
    assert settings.value("theme") == "light"


def test_a_demo_garden_never_touches_the_users_garden(qtbot, garden, settings, clock):
    from ui.app import GardenApp

    shell = GardenApp(QApplication.instance(), clock, settings)
    shell.open_window(garden)
    demo = shell.open_demo()
    assert demo is not None
    assert demo.session.garden.path != garden.path
    assert len(demo.canvas.people()) > 20
    assert garden.people() == [] and garden.interactions() == []
    folder = demo.session.garden.path.parent
    demo.close()
    qtbot.waitUntil(lambda: not folder.exists(), timeout=3000)
    shell.close_all()  # the user's window (deleted on close, like in the app)


def _rendered(canvas: GardenCanvas) -> np.ndarray:
    """The canvas drawn onto bare paper, as rows of (blue, green, red) pixels."""
    image = QImage(canvas.size(), QImage.Format.Format_RGB32)
    image.fill(QColor(canvas.palette_.paper))
    canvas.render(image)
    rows = np.frombuffer(image.constBits(), dtype=np.uint8)
    rows = rows.reshape(image.height(), image.bytesPerLine() // 4, 4)
    return rows[:, : image.width(), :3].astype(np.int16)


def _above_the_soil(canvas: GardenCanvas, slot) -> tuple[slice, slice]:
    """Where a slot's plant grows: above where it stands, about as wide as the plant."""
    z, area = canvas.zoom(), slot.area
    columns = slice(
        int((slot.base_x - 0.3 * area.width) * z), int((slot.base_x + 0.3 * area.width) * z)
    )
    rows = slice(int(area.y * z), int((slot.base_y - 3) * z))  # the mound is lower
    return rows, columns


def test_canvas_draws_one_to_five_hundred_plants(qtbot, qapp, tmp_path):
    from garden.services.demo import fill_demo

    clock = FixedClock(TODAY)
    for count in (1, 500):
        with Garden.open(tmp_path / f"g{count}", clock) as garden:
            fill_demo(garden, people=count, years=2, seed=1)
            canvas = GardenCanvas()
            qtbot.addWidget(canvas)
            canvas.resize(1600, 900)
            canvas.set_garden(garden.people(), garden.states())
            canvas.resize(1600, canvas.minimumHeight())
            assert len(canvas.layout_.slots) == len(garden.states()) == count
            canvas.render_all()
            grown = _rendered(canvas)
            # The same garden with its plants still to come: beds, names and a mound each.
            canvas.set_garden(garden.people(), {}, states_pending=True)
            waiting = _rendered(canvas)
            paper = QColor(canvas.palette_.paper)
            bare = np.array([paper.blue(), paper.green(), paper.red()], dtype=np.int16)
            bare_slots = []
            for slot in canvas.layout_.slots:
                where = _above_the_soil(canvas, slot)
                plant = grown[where]
                ink = np.abs(plant - bare).sum(axis=2) > 60
                changed = np.abs(plant - waiting[where]).sum(axis=2) > 60
                if (ink & changed).sum() < 5:
                    bare_slots.append(garden.person(slot.person_id).name)
            assert bare_slots == [], f"no plant drawn for {bare_slots[:10]} of {count}"


def test_the_timeline_model_passes_the_model_tester(qtmodeltester, small_garden):
    model = TimelineModel(TODAY)
    model.set_moments(small_garden.interactions(), TODAY)
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    newest = model.moment(0)
    assert newest.on == TODAY - dt.timedelta(days=3)


def test_layout_has_beds_in_circle_order_and_notes_crowding():
    from tests.helpers.builders import person

    people = [person(i, circle=Circle.HEART, name=f"H{i}") for i in range(1, 10)]
    people += [person(100, circle=Circle.FRIENDS, name="F")]
    layout = layout_garden(people, 1200)
    assert [b.circle for b in layout.beds] == [Circle.HEART, Circle.FRIENDS]
    assert layout.beds[0].crowded and not layout.beds[1].crowded


def test_start_up_does_not_import_matplotlib(tmp_path: Path):
    code = (
        "import sys\n"
        "from ui.launch import main\n"
        f"sys.argv = ['garden', '--data-dir', {str(tmp_path / 'g')!r}, "
        "'--exit-after-first-paint']\n"
        "status = main()\n"
        "print(status, 'matplotlib' in sys.modules, 'PySide6.QtWidgets' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.stdout.split() == ["0", "False", "True"], result.stderr
