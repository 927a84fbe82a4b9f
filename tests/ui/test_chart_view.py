"""The Chart tab on a large organization: the selected unit brought into view legibly, its chain seen,
and an overview that is a chart rather than a streak (real widgets, offscreen)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF

from benchmarks.generate import generate
from orgexplorer.chart.render import ChartColors
from orgexplorer.model.loader import load_bytes
from orgexplorer.ui.chart_view import OVERVIEW_PIXELS_PER_NAME, READABLE_PIXELS
from orgexplorer.ui.main_window import MainWindow
from tests.conftest import BUNDLED

COLORS = ChartColors()


@pytest.fixture(scope="module")
def large_organization():
    result = load_bytes(generate(1000).encode())
    assert result.organization is not None
    return result.organization


@pytest.fixture
def window(qtbot, large_organization):
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    window.set_organization(large_organization, None)
    return window


def deepest(organization):
    return max(organization.units, key=lambda unit: (unit.depth, unit.index))


def on_screen(view, unit):
    """The unit's box in viewport pixels."""
    box = view.chart_layout.box_of(unit.index)
    return view.mapFromScene(QRectF(box.x, box.y, box.width, box.height)).boundingRect()


def colour_count(view, colour, step=2):
    image = view.viewport().grab().toImage()
    return sum(
        1
        for x in range(0, image.width(), step)
        for y in range(0, image.height(), step)
        if image.pixelColor(x, y).name() == colour
    )


def assert_centred_and_legible(view, unit):
    assert view.zoom() * view.chart_layout.options.name_size >= READABLE_PIXELS - 0.01
    box, viewport = on_screen(view, unit), view.viewport().rect()
    assert viewport.contains(box)
    assert abs(box.center().x() - viewport.center().x()) <= 3
    assert abs(box.center().y() - viewport.center().y()) <= 3


def test_showing_the_chart_brings_the_selected_unit_into_view_legibly(window, qtbot):
    unit = deepest(window.organization)
    window.select_unit(unit.index)  # chosen in the tree, the Details tab showing
    window.show_chart_action.trigger()
    view = window.chart_view
    assert view.chart_layout is not None
    assert_centred_and_legible(view, unit)
    assert colour_count(view, COLORS.selected_fill) > 200  # its box, in the highlight colour


def test_selecting_while_the_chart_shows_centres_each_unit(window, qtbot):
    window.show_chart_action.trigger()
    view = window.chart_view
    organization = window.organization
    for unit in (deepest(organization), organization.units[len(organization) // 3], organization.units[1]):
        window.select_unit(unit.index)
        assert_centred_and_legible(view, unit)


def test_switching_back_to_the_chart_finds_the_unit_chosen_meanwhile(window, qtbot):
    window.show_chart_action.trigger()
    window.show_details_action.trigger()
    unit = deepest(window.organization)
    window.select_unit(unit.index)
    window.chart_view.fit()  # whatever the view was left at
    window.chart_view.set_zoom(0.05)
    window.show_chart_action.trigger()
    assert_centred_and_legible(window.chart_view, unit)


def test_fit_shows_an_overview_with_the_chain_not_a_streak(window, qtbot):
    unit = deepest(window.organization)
    window.select_unit(unit.index)
    window.show_chart_action.trigger()
    window.fit_action.trigger()
    view = window.chart_view
    layout = view.chart_layout
    # Fitted whole, this chart would be a line a few pixels high; names stay at least a pixel high,
    # the chart's full height fills the window, and the selected unit is in it.
    assert view.zoom() * layout.options.name_size >= OVERVIEW_PIXELS_PER_NAME - 0.01
    assert layout.height * view.zoom() >= view.viewport().height() * 0.9
    assert view.viewport().rect().contains(on_screen(view, unit).center())
    qtbot.waitUntil(lambda: colour_count(view, COLORS.emphasis) > 100)  # the chain, drawn strong
    # Zooming out still goes as far as the whole chart.
    for _ in range(40):
        window.zoom_out_action.trigger()
    seen = view.mapToScene(view.viewport().rect()).boundingRect()
    assert seen.contains(QRectF(0, 0, layout.width, layout.height))


def test_a_small_chart_is_fitted_whole_and_a_click_does_not_move_it(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    assert window.open_file(BUNDLED)
    window.show_chart_action.trigger()
    view = window.chart_view
    layout = view.chart_layout
    seen = view.mapToScene(view.viewport().rect()).boundingRect()
    assert seen.contains(QRectF(0, 0, layout.width, layout.height))
    transform = view.transform()
    scroll = (view.horizontalScrollBar().value(), view.verticalScrollBar().value())
    window.select_unit(window.organization.by_id("verification-centre").index)
    assert view.transform() == transform
    assert (view.horizontalScrollBar().value(), view.verticalScrollBar().value()) == scroll
