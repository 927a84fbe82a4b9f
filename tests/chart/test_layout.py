"""The pure layout: properties on many generated trees, and the bundled sector."""

from __future__ import annotations

import itertools
import math
import subprocess
import sys
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks.generate import chain
from orgexplorer.chart.layout import layout_chart
from orgexplorer.chart.typesetter import MAX_BLOCK_LINES, MAX_WORD_LINES
from orgexplorer.chart.values import ApproximateMeasure, ChartOptions, Content, Direction, LayoutError
from orgexplorer.model import Placement, load_bytes, load_file
from tests.conftest import BUNDLED


@st.composite
def organizations(draw, max_units=40):
    """Random trees: each unit's parent is an earlier unit; some units attached; names of any length."""
    count = draw(st.integers(1, max_units))
    parents = [None] + [draw(st.integers(0, i - 1)) for i in range(1, count)]
    attached = [False] + [draw(st.booleans()) and draw(st.booleans()) for _ in range(1, count)]
    names = [draw(st.text("abcdefgh ", min_size=1, max_size=60).filter(str.strip)) for _ in range(count)]
    heads = [draw(st.one_of(st.none(), st.text("xyz ", min_size=1, max_size=40).filter(str.strip)))
             for _ in range(count)]  # fmt: skip
    children = {i: ([], []) for i in range(count)}
    for i, parent in enumerate(parents):
        if parent is not None:
            children[parent][1 if attached[i] else 0].append(i)

    def unit(i):
        data = {"id": f"u{i}", "name": names[i]}
        if heads[i]:
            data["head"] = heads[i]
        if children[i][0]:
            data["subunits"] = [unit(c) for c in children[i][0]]
        if children[i][1]:
            data["attached"] = [unit(c) for c in children[i][1]]
        return data

    import json

    text = json.dumps({"format": "orgexplorer/1", "organization": "T", "units": [unit(0)]})
    result = load_bytes(text.encode())
    assert result.organization is not None, result.problems
    return result.organization


def no_overlaps(layout):
    boxes = layout.boxes
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert not a.overlaps(b), (a, b)


def naive_width(organization, layout):
    """A simple layout's width: subtrees side by side as bounding boxes, with the same rules as the
    chart (a parent centred over its first and last subunit, attached units beside the trunk, the
    left one first), so each side of a subtree is measured on its own: a row of subunits that is not
    centred under its parent makes the attached units beside the trunk stick out on one side only."""
    gap, trunk = layout.options.sibling_gap, layout.options.trunk_gap

    def extents(index):  # (left, right) of the subtree from the centre of the unit's box
        unit = organization.units[index]
        half = layout.box_of(index).width / 2
        left = right = half
        for side, child in enumerate(unit.attached):
            child_left, child_right = extents(child)
            if side % 2 == 0:
                left = max(left, trunk + child_left + child_right)
            else:
                right = max(right, trunk + child_left + child_right)
        if unit.subunits:
            kids = [extents(c) for c in unit.subunits]
            positions = [0.0]
            for (_, right_before), (left_now, _) in itertools.pairwise(kids):
                positions.append(positions[-1] + right_before + gap + left_now)
            centre = positions[-1] / 2
            left = max(left, centre + kids[0][0])
            right = max(right, positions[-1] + kids[-1][1] - centre)
        return left, right

    left, right = extents(organization.roots[0])
    return left + right


SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(organizations(), st.sampled_from(list(Content)), st.booleans())
def test_properties(organization, content, stacked):
    layout = layout_chart(organization, ChartOptions(content=content, stacked=stacked))
    assert len(layout.boxes) == len(organization)
    no_overlaps(layout)
    for unit in organization:
        box = layout.box_of(unit.index)
        centre = box.x + box.width / 2
        assert box.x >= -1e-6 and box.x + box.width <= layout.width + 1e-6
        assert box.y >= -1e-6 and box.y + box.height <= layout.height + 1e-6
        kids = [layout.box_of(i) for i in unit.subunits]
        if kids and not (stacked and all(not organization.units[i].children for i in unit.subunits) and len(kids) > 1):
            # parents centred over their first and last subunit, subunits in file order, below the parent
            first, last = kids[0], kids[-1]
            assert centre == pytest.approx((first.x + first.width / 2 + last.x + last.width / 2) / 2)
            xs = [k.x for k in kids]
            assert xs == sorted(xs)
            assert all(k.y >= box.y + box.height for k in kids)
        for index in unit.attached:
            staff = layout.box_of(index)
            # attached units stand beside the trunk, never on it, below their head
            assert staff.x + staff.width < centre or staff.x > centre
            assert staff.y >= box.y + box.height
            assert staff.attached


@SETTINGS
@given(organizations(max_units=30))
def test_width_no_worse_than_a_simple_layout(organization):
    layout = layout_chart(organization)
    assert layout.width <= naive_width(organization, layout) + 1e-6


@SETTINGS
@given(organizations(max_units=30))
def test_left_to_right_has_no_overlaps(organization):
    layout = layout_chart(organization, ChartOptions(direction=Direction.RIGHT))
    no_overlaps(layout)
    for unit in organization:
        box = layout.box_of(unit.index)
        for child in unit.subunits:
            assert layout.box_of(child).x >= box.x + box.width


@pytest.fixture(scope="module")
def sector():
    return load_file(BUNDLED).organization


def test_sector(sector):
    layout = layout_chart(sector)
    no_overlaps(layout)
    root = layout.box_of(sector.by_id("defence-policy-sector").index)
    assert root.y == 0
    dashed = [e for e in layout.edges if e.dashed]
    assert {sector.units[e.child].id for e in dashed if e.child >= 0} == {
        u.id for u in sector if u.placement is Placement.ATTACHED
    }
    solid_children = {sector.units[e.child].id for e in layout.edges if not e.dashed and e.child >= 0}
    assert solid_children == {"strategic-planning-department", "international-military-cooperation-department"}


def test_subtree_and_depth(sector):
    imc = sector.by_id("international-military-cooperation-department")
    layout = layout_chart(sector, ChartOptions(root=imc.id))
    assert {sector.units[b.unit].id for b in layout.boxes} == {
        imc.id,
        "military-missions-abroad",
        "verification-centre",
    }
    assert layout.subtitle == imc.name
    shallow = layout_chart(sector, ChartOptions(depth=0))
    assert len(shallow.boxes) == 1 and shallow.boxes[0].hidden_below == 8
    assert shallow.boxes[0].lines[-1].text == "+ 8 units below"
    with pytest.raises(LayoutError):
        layout_chart(sector, ChartOptions(root="nope"))


def test_content_levels_and_wrapping(sector):
    names = layout_chart(sector, ChartOptions(content=Content.NAMES))
    full = layout_chart(sector, ChartOptions(content=Content.FULL))
    assert full.height > names.height
    jobs = full.box_of(sector.by_id("list-of-jobs-in-the-ministry-of-foreign-affairs").index)
    assert len(jobs.lines) > 1  # the long name wraps
    assert " ".join(line.text for line in jobs.lines) == sector.units[jobs.unit].name
    for box in full.boxes:
        for line in box.lines:
            assert line.x >= 0 and line.x + line.width <= box.width + 1e-6  # nothing clipped


def test_very_long_word_is_broken_not_clipped():
    text = '{"format": "orgexplorer/1", "organization": "T", "units": [{"id": "a", "name": "' + "x" * 60 + '"}]}'
    organization = load_bytes(text.encode()).organization
    layout = layout_chart(organization)
    box = layout.boxes[0]
    assert len(box.lines) > 1
    assert "".join(line.text for line in box.lines) == "x" * 60
    assert all(line.width <= box.width for line in box.lines)
    assert layout.cut == ()


class CountingMeasure(ApproximateMeasure):
    """Average-glyph widths that count the characters they were asked to measure."""

    def __init__(self) -> None:
        self.characters = 0

    def width(self, text, style, size):
        self.characters += len(text)
        return super().width(text, style, size)


def one_unit(name: str):
    from orgexplorer.model import Organization
    from orgexplorer.model.organization import Unit

    return Organization("T", [Unit(0, "a", name)], (0,))


@pytest.mark.parametrize("length", [3_000, 30_000, 300_000])
def test_a_monstrous_word_is_measured_once_and_cut_short_with_a_mark(length):
    measure = CountingMeasure()
    layout = layout_chart(one_unit("Root " + "x" * length + " end"), ChartOptions(), measure)
    assert measure.characters < 4 * length  # each prefix measured anew would be length² / 2
    box = layout.boxes[0]
    shown = [line.text for line in box.lines]
    assert shown[0] == "Root" and shown[-1] == "end" and len(shown) == MAX_WORD_LINES + 2
    assert shown[MAX_WORD_LINES].endswith("…") and "…" not in "".join(shown[:MAX_WORD_LINES])
    assert all(line.width <= box.width - 2 * layout.options.padding + 1e-6 for line in box.lines)
    assert layout.cut == (0,)  # said, so that an export can warn that text is missing from the chart


def test_a_long_text_of_ordinary_words_is_cut_after_its_last_line():
    layout = layout_chart(one_unit(" ".join(["word"] * 5_000)))
    lines = layout.boxes[0].lines
    assert len(lines) == MAX_BLOCK_LINES and lines[-1].text.endswith("…")
    assert layout.cut == (0,)


@pytest.mark.parametrize(
    "letters",
    [
        "ae\u0301e\u0301",  # e and a combining acute accent
        "ab\U0001f469\u200d\U0001f4bb",  # a woman technologist: woman, zero-width joiner, laptop
        "abc\U0001f44d\U0001f3fd",  # thumbs up with a skin tone
    ],
)
def test_words_broken_between_letters_keep_their_letters_whole(letters):
    layout = layout_chart(one_unit(letters * 100))
    lines = [line.text for line in layout.boxes[0].lines]
    assert len(lines) > 1
    for before, after in itertools.pairwise(lines):
        assert not unicodedata.combining(after[0])
        assert after[0] not in "\u200d\U0001f3fd\U0001f4bb" and before[-1] != "\u200d"


def test_deep_narrow_tree_has_no_recursion_limit():
    from benchmarks.generate import generate

    organization = load_bytes(generate(400, branching=(1, 1)).encode()).organization
    layout = layout_chart(organization)
    assert len(layout.boxes) == 400


def test_layout_does_not_import_qt():
    code = "import sys, orgexplorer.chart.layout; assert 'PySide6' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)


# --- cost: lines of layout code run, counted (not timed: the count does not move with the machine's load) ---


def fan(count: int, attached: bool = False):
    """One unit with ``count`` leaf subunits (or attached units)."""
    from orgexplorer.model import Organization
    from orgexplorer.model.organization import Unit

    below = tuple(range(1, count + 1))
    units = [Unit(0, "root", "Root", subunits=() if attached else below, attached=below if attached else ())]
    placement = Placement.ATTACHED if attached else Placement.SUBUNIT
    units += [Unit(i, f"u{i}", f"Leaf unit {i}", placement=placement, parent=0, depth=1) for i in below]
    return Organization("Fan", units, (0,))


def lines_run(function, *args):
    """How many lines of the layout's code (the tidy layout, its contours, its typesetter) ``function(*args)``
    runs."""
    from orgexplorer.chart import contour, layout, typesetter

    filenames = {module.__file__ for module in (layout, contour, typesetter)}
    count = 0

    def local(frame, event, arg):
        nonlocal count
        if event == "line":
            count += 1
        return local

    def tracer(frame, event, arg):
        return local if frame.f_code.co_filename in filenames else None

    previous = sys.gettrace()  # a coverage tool's, say: given back afterwards
    sys.settrace(tracer)
    try:
        function(*args)
    finally:
        sys.settrace(previous)
    return count


@pytest.mark.parametrize(
    ("make", "options"),
    [
        (chain, ChartOptions()),  # a deep tree: the outline of each subtree is as long as it is deep
        (lambda n: chain(n, attached=True), ChartOptions()),  # attached all the way down
        (fan, ChartOptions(stacked=True)),  # a column of leaves grows the parent's outline by one each
        (fan, ChartOptions()),
        (lambda n: fan(n, attached=True), ChartOptions()),  # rows of attached units down the trunk
    ],
    ids=["deep chain", "deep chain of attached units", "stacked leaves", "row of leaves", "many attached units"],
)
def test_layout_cost_grows_linearly(make, options):
    small, large = (lines_run(layout_chart, make(n), options) for n in (300, 1200))
    assert large < 5 * small, (small, large)  # 4x the units; quadratic work would be 16x


def test_deep_chain_is_laid_out_straight():
    layout = layout_chart(chain(3000))
    no_overlaps_sorted(layout)
    xs = {round(box.x + box.width / 2, 6) for box in layout.boxes}
    assert len(xs) == 1  # every unit centred under the one above
    ys = [box.y for box in layout.boxes]
    assert ys == sorted(ys)


def no_overlaps_sorted(layout):
    """No two boxes overlap (n log n: boxes sorted by top, each checked against those it can reach)."""
    boxes = sorted(layout.boxes, key=lambda box: box.y)
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            if b.y >= a.y + a.height:
                break
            assert not a.overlaps(b), (a, b)


def test_stacked_column_of_many_leaves():
    layout = layout_chart(fan(3000), ChartOptions(stacked=True))
    no_overlaps_sorted(layout)
    leaves = [layout.box_of(i) for i in range(1, 3001)]
    assert len({box.x for box in leaves}) == 1  # one column
    assert [box.y for box in leaves] == sorted(box.y for box in leaves)


@pytest.mark.parametrize("content", [Content.NAMES, Content.HEADS])
def test_boxes_never_touch_edge_to_edge(content):
    """A box ending at the depth where a neighbouring subtree's box begins must still be set apart."""
    from benchmarks.generate import generate

    organization = load_bytes(generate(2000).encode()).organization
    layout = layout_chart(organization, ChartOptions(content=content))
    boxes = sorted(layout.boxes, key=lambda box: box.y)
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            if b.y > a.y + a.height + 1e-6:
                break
            assert not (a.x <= b.x + b.width and b.x <= a.x + a.width), (a.unit, b.unit)


@st.composite
def outlines(draw):
    """An outline as the layout makes them: runs down the depth, with gaps, at an offset."""
    from orgexplorer.chart.contour import Contour

    runs, depth = [], 0.0
    for _ in range(draw(st.integers(1, 6))):
        depth += draw(st.sampled_from([0.0, 0.0, 5.0, 12.5]))  # often no gap: runs meet
        end = depth + draw(st.sampled_from([2.0, 7.5, 20.0]))
        left = draw(st.integers(-50, 40)) / 2
        runs.append((depth, end, left, left + draw(st.integers(1, 60)) / 2))
        depth = end
    contour = Contour(list(reversed(runs)), min(r[2] for r in runs), max(r[3] for r in runs), runs[-1][1])
    return contour.shift(draw(st.integers(-20, 20)) / 4, draw(st.integers(0, 20)) / 4)


def absolute_runs(contour):
    return [
        (s + contour.dd, e + contour.dd, left + contour.db, right + contour.db) for s, e, left, right in contour.runs
    ]


@SETTINGS
@given(outlines(), outlines())
def test_outlines_merge_and_separate_as_their_runs_do(a, b):
    from orgexplorer.chart.contour import merge, separation

    runs_a, runs_b = absolute_runs(a), absolute_runs(b)
    # Separation: the least shift of b clearing a wherever their runs overlap or touch in depth.
    pairs = [(ra, rb) for ra in runs_a for rb in runs_b if min(ra[1], rb[1]) - max(ra[0], rb[0]) > -1e-6]
    expected = max((ra[3] - rb[2] for ra, rb in pairs), default=-math.inf)
    assert separation(a, b) == pytest.approx(expected)
    # Merging: at every depth, the outer edges of both.
    merged = merge(a, b)
    runs = absolute_runs(merged)
    assert all(r[0] < r[1] for r in runs) and all(x[0] >= y[1] - 1e-9 for x, y in itertools.pairwise(runs))
    points = sorted({p for r in runs_a + runs_b for p in r[:2]})
    for p, q in itertools.pairwise(points):
        middle = (p + q) / 2
        covering = [r for r in runs_a + runs_b if r[0] < middle < r[1]]
        found = [r for r in runs if r[0] < middle < r[1]]
        if not covering:
            assert not found
            continue
        assert len(found) == 1
        assert found[0][2:] == pytest.approx((min(r[2] for r in covering), max(r[3] for r in covering)))
    left, right, bottom = merged.extent()
    assert left == pytest.approx(min(r[2] for r in runs_a + runs_b))
    assert right == pytest.approx(max(r[3] for r in runs_a + runs_b))
    assert bottom == pytest.approx(max(r[1] for r in runs_a + runs_b))
