"""The one renderer read back in pixels: the selected unit's chain keeps each connector's kind."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage, QPainter

from orgexplorer.chart.export import chart_layout
from orgexplorer.chart.render import ChartRenderer
from orgexplorer.chart.values import ChartOptions
from orgexplorer.model import load_file
from tests.conftest import BUNDLED

ZOOM = 4.0


@pytest.fixture(autouse=True)
def _gui(qapp):
    """Fonts and painting need the QApplication."""


def golden_runs(image: QImage, points, emphasis: QColor) -> list[bool]:
    """Along the connector's segments (their ends left out, where boxes and other lines meet them),
    whether each half point is painted in the emphasis colour."""
    seen = []
    for (x0, y0), (x1, y1) in itertools.pairwise(points):
        length = abs(x1 - x0) + abs(y1 - y0)  # connectors run across and down
        steps = int(length * 2)
        for step in range(4, steps - 4):
            at = QPointF(x0 + (x1 - x0) * step / steps, y0 + (y1 - y0) * step / steps) * ZOOM
            color = image.pixelColor(int(at.x()), int(at.y()))
            seen.append(
                abs(color.red() - emphasis.red())
                + abs(color.green() - emphasis.green())
                + abs(color.blue() - emphasis.blue())
                < 60
            )
    return seen


def test_the_selected_chain_keeps_an_attached_units_dashes():
    organization = load_file(BUNDLED).organization
    layout = chart_layout(organization, ChartOptions())
    renderer = ChartRenderer(layout)
    path = ("defence-policy-sector", "international-military-cooperation-department", "verification-centre")
    chain = [organization.by_id(i).index for i in path]
    image = QImage(int(layout.width * ZOOM) + 1, int(layout.height * ZOOM) + 1, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(ZOOM, ZOOM)
    renderer.paint(painter, selected=chain[-1], emphasised=chain)
    painter.end()
    emphasis = QColor(renderer.colors.emphasis)
    attached = next(e for e in layout.edges if e.child == chain[2])
    part = next(e for e in layout.edges if e.child == chain[1])
    assert attached.dashed and not part.dashed
    dashes = golden_runs(image, attached.points, emphasis)
    changes = sum(1 for a, b in itertools.pairwise(dashes) if a != b)
    assert any(dashes) and not all(dashes) and changes >= 2  # gold, a gap, gold: dashed
    assert all(golden_runs(image, part.points, emphasis))  # a subunit's line on the chain: gold throughout
