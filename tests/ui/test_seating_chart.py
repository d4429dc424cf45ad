"""The seating chart, driven by mouse and keyboard as an observer would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QPushButton, QVBoxLayout, QWidget

from plf_desktop.domain.observations import Seat
from plf_desktop.ui import prompts
from plf_desktop.ui.seating_chart import (
    COUNT_FILLS,
    MAX_SEATS,
    ChartMode,
    GridDialog,
    SeatGroupDialog,
    SeatingChart,
    SeatLabelDialog,
    grid_seats,
    next_free_label,
)
from tests.ui.conftest import type_text

KINDS = ("Spontant indlæg", "Svar på spørgsmål", "Stiller spørgsmål", "Beder om hjælp")
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(autouse=True)
def no_unexpected_prompt(monkeypatch) -> None:
    """A dialog the test did not answer fails at once instead of waiting for a user."""

    def unexpected(dialog: QDialog) -> bool:
        raise AssertionError(f"unexpected dialog: {dialog.windowTitle()!r}")

    monkeypatch.setattr(prompts, "run", unexpected)


@pytest.fixture
def chart(app, qtbot) -> SeatingChart:  # type: ignore[no-untyped-def]
    """The chart at the size of its panel in live mode on a 1366×768 laptop."""
    widget = SeatingChart()
    qtbot.addWidget(widget)
    widget.resize(600, 450)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def room(chart: SeatingChart) -> SeatingChart:
    """A 4 × 6 room at tables of four, as the grid dialog makes it."""
    chart.set_seats(grid_seats(4, 6, 4))
    return chart


def positions(seats: tuple[Seat, ...]) -> dict[str, tuple[int, int]]:
    return {seat.label: (seat.column, seat.row) for seat in seats}


def grey(fill) -> float:  # type: ignore[no-untyped-def]
    """The lightness a grey-scale print shows for *fill*."""
    return 0.299 * fill.red() + 0.587 * fill.green() + 0.114 * fill.blue()


def contrast(one, other) -> float:  # type: ignore[no-untyped-def]
    """The WCAG contrast ratio of two colours."""

    def luminance(colour) -> float:  # type: ignore[no-untyped-def]
        channels = [c / 255 for c in (colour.red(), colour.green(), colour.blue())]
        r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
                   for c in channels)
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    high, low = sorted((luminance(one), luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_make_grid_of_4_by_6_at_tables_of_four(chart, qtbot, answer_dialog):
    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, GridDialog)
        dialog.rows.setValue(4)
        dialog.columns.setValue(6)
        dialog.groups.setCurrentIndex(dialog.groups.findData(4))

    answer_dialog(fill)
    with qtbot.waitSignal(chart.seats_changed) as changed:
        qtbot.mouseClick(chart.grid_button, LEFT)
    seats = changed.args[0]
    assert len(seats) == 24 and seats == chart.seats()
    labels = [seat.label for seat in seats]
    assert labels[:7] == ["A1", "A2", "A3", "A4", "A5", "A6", "B1"] and labels[-1] == "D6"
    by_label = {seat.label: seat for seat in seats}
    # Four seats to a table, six tables, an aisle between them.
    assert len({seat.group for seat in seats}) == 6
    assert by_label["A1"].group == by_label["A2"].group == by_label["B1"].group == \
        by_label["B2"].group != by_label["A3"].group
    assert by_label["C1"].group != by_label["A1"].group
    assert positions(seats)["A3"] == (3, 0) and positions(seats)["C1"] == (0, 3)
    assert chart.problem.isHidden()


def test_a_grid_larger_than_the_room_allows_is_refused(chart, qtbot, monkeypatch):
    problems = []

    def too_many(dialog: QDialog) -> bool:
        dialog.rows.setValue(8)
        dialog.columns.setValue(10)
        dialog.accept()
        problems.append(dialog.problem.text())
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(prompts, "run", too_many)
    with qtbot.assertNotEmitted(chart.seats_changed):
        qtbot.mouseClick(chart.grid_button, LEFT)
    assert str(MAX_SEATS) in problems[0]
    assert chart.seats() == ()


def test_move_a_seat_with_the_keyboard(room, qtbot):
    view = room.view
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert room.selected_label() == "A2"
    qtbot.keyClick(view, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert room.selected_label() == "A1"
    with qtbot.waitSignal(room.seats_changed) as changed:
        qtbot.keyClick(view, Qt.Key.Key_Down)
    # B1 sat below A1: the two swap places.
    assert positions(changed.args[0])["A1"] == (0, 1)
    assert positions(changed.args[0])["B1"] == (0, 0)
    with qtbot.waitSignal(room.seats_changed) as changed:
        qtbot.keyClick(view, Qt.Key.Key_Right)
        qtbot.keyClick(view, Qt.Key.Key_Right)
    assert positions(room.seats())["A1"] == (2, 1)
    assert room.selected_label() == "A1"
    with qtbot.waitSignal(room.seats_changed):
        qtbot.keyClick(view, Qt.Key.Key_Left)
    assert positions(room.seats())["A1"] == (1, 1)
    assert positions(room.seats())["B2"] == (0, 1)  # swapped on the way past it


def test_move_a_seat_by_dragging_it(room, qtbot):
    view = room.view
    start = room.seat_center("A1")
    aisle = view.grid().seat(2, 0).center().toPoint()
    assert room.seat_at(2, 0) is None
    qtbot.mousePress(view, LEFT, pos=start)
    qtbot.mouseMove(view, start + QPoint(12, 4))
    qtbot.mouseMove(view, aisle)
    with qtbot.waitSignal(room.seats_changed) as changed:
        qtbot.mouseRelease(view, LEFT, pos=aisle)
    assert positions(changed.args[0])["A1"] == (2, 0)
    assert room.seat_at(0, 0) is None
    assert room.selected_label() == "A1"


def test_a_click_without_a_drag_only_selects(room, qtbot):
    with qtbot.assertNotEmitted(room.seats_changed):
        qtbot.mouseClick(room.view, LEFT, pos=room.seat_center("C4"))
    assert room.selected_label() == "C4"
    assert room.rename_button.isEnabled() and room.remove_button.isEnabled()


def test_rename_a_seat_through_the_dialog(room, qtbot, answer_dialog):
    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, SeatLabelDialog)
        assert dialog.label.text() == "B2"
        dialog.label.selectAll()
        type_text(dialog.label, "Vindue Ø")

    answer_dialog(fill)
    qtbot.mouseClick(room.view, LEFT, pos=room.seat_center("B2"))
    with qtbot.waitSignal(room.seats_changed) as changed:
        qtbot.keyClick(room.view, Qt.Key.Key_F2)
    labels = [seat.label for seat in changed.args[0]]
    assert "Vindue Ø" in labels and "B2" not in labels
    assert positions(changed.args[0])["Vindue Ø"] == (1, 1)
    assert room.selected_label() == "Vindue Ø"


def test_a_duplicate_label_is_refused_with_a_message(room, qtbot, monkeypatch):
    problems = []

    def rename_to_a2(dialog: QDialog) -> bool:
        dialog.label.setText("a2")
        dialog.accept()
        problems.append(dialog.problem.text())
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(prompts, "run", rename_to_a2)
    room.select("A1")
    with qtbot.assertNotEmitted(room.seats_changed):
        qtbot.mouseClick(room.rename_button, LEFT)
        assert "a2" in problems[0]
        # Typed into the new-seat field, it is refused in the chart's own message line.
        room.new_label.setText("B3")
        qtbot.mouseClick(room.add_button, LEFT)
        assert not room.rename_seat("A1", "C1")
    assert room.problem.isVisible() and "C1" in room.problem.text()
    assert len(room.seats()) == 24
    assert room.new_label.text() == "B3"


def test_add_seats_with_the_next_free_or_a_typed_label_and_remove_one(chart, qtbot):
    with qtbot.waitSignal(chart.seats_changed):
        qtbot.mouseClick(chart.add_button, LEFT)
    assert [s.label for s in chart.seats()] == ["A1"]
    chart.new_label.setFocus()
    type_text(chart.new_label, "Bagerst")
    with qtbot.waitSignal(chart.seats_changed) as changed:
        qtbot.keyClick(chart.new_label, Qt.Key.Key_Return)
    assert [s.label for s in changed.args[0]] == ["A1", "Bagerst"]
    # The new seat sits beside the one selected before.
    assert positions(changed.args[0])["Bagerst"] == (1, 0)
    assert chart.new_label.text() == ""
    with qtbot.waitSignal(chart.seats_changed):
        qtbot.keyClick(chart.view, Qt.Key.Key_Insert)
    assert chart.seats()[-1].label == "A2"
    with qtbot.waitSignal(chart.seats_changed) as changed:
        qtbot.keyClick(chart.view, Qt.Key.Key_Delete)
    assert [s.label for s in changed.args[0]] == ["A1", "Bagerst"]


def test_set_the_table_group_of_a_seat(room, qtbot, answer_dialog):
    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, SeatGroupDialog)
        dialog.group.setCurrentText("Vinduesbordet")

    answer_dialog(fill)
    room.select("D6")
    with qtbot.waitSignal(room.seats_changed) as changed:
        qtbot.keyClick(room.view, Qt.Key.Key_G)
    assert {s.label: s.group for s in changed.args[0]}["D6"] == "Vinduesbordet"


def test_the_room_says_why_seats_have_no_names(room):
    assert room.privacy_note.isVisible()
    assert "navne" in room.privacy_note.text() and "personoplysninger" in room.privacy_note.text()
    room.set_mode(ChartMode.OBSERVE)
    assert not room.privacy_note.isVisible()


def test_tap_seats_by_mouse_and_keyboard_with_different_kinds(room, qtbot):
    room.set_kinds(KINDS)
    room.set_mode(ChartMode.OBSERVE)
    assert room.current_kind() == KINDS[0] and room.kind_buttons[0].isChecked()
    with qtbot.assertNotEmitted(room.seats_changed):
        with qtbot.waitSignal(room.tapped) as tapped:
            qtbot.mouseClick(room.view, LEFT, pos=room.seat_center("B3"))
        assert tapped.args == ["B3", "Spontant indlæg"]
        qtbot.keyClick(room.view, Qt.Key.Key_2)
        assert room.kind_buttons[1].isChecked()
        with qtbot.waitSignal(room.tapped) as tapped:
            qtbot.keyClick(room.view, Qt.Key.Key_Space)
        assert tapped.args == ["B3", "Svar på spørgsmål"]
        qtbot.keyClick(room.view, Qt.Key.Key_Tab)
        with qtbot.waitSignal(room.tapped) as tapped:
            qtbot.keyClick(room.view, Qt.Key.Key_Return)
        assert tapped.args == ["B4", "Svar på spørgsmål"]
        qtbot.keyClick(room.view, Qt.Key.Key_Down)  # the seat below B4
        qtbot.mouseClick(room.kind_buttons[3], LEFT)
        qtbot.keyClick(room.view, Qt.Key.Key_9)  # no ninth kind: nothing changes
        with qtbot.waitSignal(room.tapped) as tapped:
            qtbot.keyClick(room.view, Qt.Key.Key_Enter)
        assert tapped.args == ["C4", "Beder om hjælp"]


def test_a_press_that_slides_off_to_another_seat_logs_nothing(room, qtbot):
    room.set_mode(ChartMode.OBSERVE)
    with qtbot.assertNotEmitted(room.tapped), qtbot.assertNotEmitted(room.seats_changed):
        qtbot.mousePress(room.view, LEFT, pos=room.seat_center("A1"))
        qtbot.mouseMove(room.view, room.seat_center("A2"))
        qtbot.mouseRelease(room.view, LEFT, pos=room.seat_center("A2"))


def test_escape_calls_off_a_drag(room, qtbot):
    start = room.seat_center("A1")
    qtbot.mousePress(room.view, LEFT, pos=start)
    qtbot.mouseMove(room.view, start + QPoint(30, 0))
    qtbot.mouseMove(room.view, room.seat_center("D6"))
    with qtbot.assertNotEmitted(room.seats_changed):
        qtbot.keyClick(room.view, Qt.Key.Key_Escape)
        qtbot.mouseRelease(room.view, LEFT, pos=room.seat_center("D6"))
    assert positions(room.seats())["A1"] == (0, 0)


def test_keys_that_move_seats_do_not_move_them_while_observing(room, qtbot):
    room.set_mode(ChartMode.OBSERVE)
    room.select("A1")
    with qtbot.assertNotEmitted(room.seats_changed), qtbot.assertNotEmitted(room.tapped):
        qtbot.keyClick(room.view, Qt.Key.Key_Right)
        qtbot.keyClick(room.view, Qt.Key.Key_Delete)
        qtbot.keyClick(room.view, Qt.Key.Key_F2)
    assert room.selected_label() == "A2"


def test_counts_colour_the_seats_and_show_their_number(room, qtbot):
    room.set_counts({"A1": 1, "A2": 2, "A3": 3, "A4": 4, "A5": 5, "A6": 9})
    assert room.seat_display("A1").count is None  # no numbers while arranging
    room.set_mode(ChartMode.OBSERVE)
    never = room.seat_display("B1")
    assert (never.count, never.outlined, never.fill.name()) == (0, True, "#ffffff")
    shown = [room.seat_display(label) for label in ("A1", "A2", "A3", "A4", "A5", "A6")]
    assert [look.count for look in shown] == [1, 2, 3, 4, 5, 9]
    assert not any(look.outlined for look in shown)
    assert [look.fill.name() for look in shown[:5]] == list(COUNT_FILLS)
    assert shown[5].fill == shown[4].fill  # 5 and more share the darkest shade
    # Darker with every step, so the scale also reads on a grey-scale print.
    lightness = [grey(never.fill)] + [grey(look.fill) for look in shown[:5]]
    assert lightness == sorted(lightness, reverse=True) and len(set(lightness)) == 6
    # The number stays readable on every shade.
    assert all(contrast(look.fill, look.text) >= 4.5 for look in [never, *shown])
    assert room.heard_text() == "6 af 24 pladser hørt"
    room.set_counts({})
    assert room.seat_display("A6").count == 0 and room.seat_display("A6").outlined


def test_undo_last_tap_by_button_and_ctrl_z(room, qtbot):
    room.set_mode(ChartMode.OBSERVE)
    assert room.undo_button.isVisible()
    with qtbot.waitSignal(room.undo_requested):
        qtbot.mouseClick(room.undo_button, LEFT)
    with qtbot.waitSignal(room.undo_requested):
        qtbot.keyClick(room.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    room.set_undo_enabled(False)
    with qtbot.assertNotEmitted(room.undo_requested):
        qtbot.keyClick(room.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def test_switch_modes_with_the_mode_button(room, qtbot):
    with qtbot.waitSignal(room.mode_changed) as changed:
        qtbot.mouseClick(room.mode_button, LEFT)
    assert changed.args == ["observe"] and room.mode() is ChartMode.OBSERVE
    assert room.kind_bar.isVisible() and not room.tool_bar.isVisible()
    with qtbot.waitSignal(room.mode_changed) as changed:
        qtbot.mouseClick(room.mode_button, LEFT)
    assert changed.args == ["arrange"] and room.tool_bar.isVisible()


def test_tab_leaves_the_chart_after_the_last_seat(app, qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    chart = SeatingChart(host)
    after = QLineEdit(host)
    layout = QVBoxLayout(host)
    layout.addWidget(chart)
    layout.addWidget(after)
    chart.set_seats((Seat("A1", 0, 0), Seat("A2", 1, 0)))
    host.resize(600, 500)
    with qtbot.waitActive(host):
        host.show()
        host.activateWindow()
    chart.view.setFocus(Qt.FocusReason.TabFocusReason)
    assert chart.selected_label() == "A1"
    qtbot.keyClick(chart.view, Qt.Key.Key_Tab)
    assert chart.selected_label() == "A2" and chart.view.hasFocus()
    qtbot.keyClick(chart.view, Qt.Key.Key_Tab)
    # A keyboard user is never trapped in the room: on to the mode button, then out.
    assert chart.mode_button.hasFocus()
    qtbot.keyClick(chart.mode_button, Qt.Key.Key_Tab)
    assert after.hasFocus()
    qtbot.keyClick(after, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(chart.mode_button, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert chart.view.hasFocus() and chart.selected_label() == "A2"


def test_set_kinds_offers_at_most_nine_and_keeps_the_choice(chart):
    chart.set_kinds(KINDS)
    chart.set_current_kind(2)
    chart.set_kinds((*KINDS, *(f"Type {n}" for n in range(10))))
    assert len(chart.kind_buttons) == 9 and chart.current_kind() == KINDS[2]
    chart.set_kinds(("Andet",))
    assert chart.current_kind() == "Andet" and len(chart.kind_buttons) == 1


def test_every_control_has_an_accessible_name(room):
    controls = [*room.findChildren(QPushButton), *room.findChildren(QLineEdit)]
    assert len(controls) >= 10
    for widget in controls:
        assert widget.accessibleName(), widget.text()
    assert room.view.accessibleName()
    assert "A1" in room.view.accessibleDescription() or room.selected_label() is None


def test_next_free_label():
    assert next_free_label([]) == "A1"
    assert next_free_label([s.label for s in grid_seats(4, 6)]) == "A7"
    assert next_free_label(["A1", "a2"]) == "A3"
