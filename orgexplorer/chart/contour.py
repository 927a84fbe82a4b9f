"""Contours: a laid-out subtree's outline, relative to its unit's centre (breadth) and top (depth), and
the two things the tidy layout asks of them: how far apart two must be (``separation``) and the outline
of both (``merge``). Pure Python.
"""

from __future__ import annotations

import itertools
import math

INF = math.inf
_EPS = 1e-6  # points: depths closer than this are the same depth (float noise from summed offsets)

Run = tuple[float, float, float, float]  # start depth, end depth, left, right


class Contour:
    """The outline of a laid-out subtree: for each stretch of depth, its leftmost and rightmost breadth.

    The idea of Reingold and Tilford (a subtree is moved, never copied) for boxes of any size: runs are
    kept deepest first, so a parent's box goes on at the end (the top) in constant time, and an offset
    moves the whole outline at once. Merging two outlines touches the runs of the shallower one and those
    of the deeper one down to the same depth only, so a deep chain or a long column costs linear time.
    Stretches where nothing is are not stored.
    """

    __slots__ = ("bottom", "db", "dd", "left", "right", "runs")

    def __init__(self, runs: list[Run], left: float, right: float, bottom: float) -> None:
        self.runs = runs  # deepest first, not overlapping, in the outline's own frame
        self.db = 0.0  # the offset of that frame: breadth
        self.dd = 0.0  # and depth
        self.left, self.right, self.bottom = left, right, bottom  # the extent, in the own frame

    @classmethod
    def box(cls, breadth: float, depth: float) -> Contour:
        return cls([(0.0, depth, -breadth / 2, breadth / 2)], -breadth / 2, breadth / 2, depth)

    def shift(self, db: float, dd: float) -> Contour:
        self.db += db
        self.dd += dd
        return self

    def extent(self) -> tuple[float, float, float]:
        """Leftmost, rightmost, deepest."""
        return self.left + self.db, self.right + self.db, self.bottom + self.dd


def merge(a: Contour, b: Contour) -> Contour:
    """The outline of both (either may be changed; use only the result)."""
    if a.bottom + a.dd < b.bottom + b.dd:
        a, b = b, a  # a: the deeper
    ob, od = b.db - a.db, b.dd - a.dd
    shallow = [(s + od, e + od, left + ob, right + ob) for s, e, left, right in reversed(b.runs)]  # top first
    limit = b.bottom + od
    runs = a.runs
    top: list[Run] = []  # a's runs down to b's bottom, top first
    while runs and runs[-1][0] < limit:
        s, e, left, right = runs.pop()
        if e > limit + _EPS:
            runs.append((limit, e, left, right))
            e = limit
        top.append((s, e, left, right))
    runs.extend(reversed(_union(top, shallow)))
    a.left, a.right = min(a.left, b.left + ob), max(a.right, b.right + ob)
    return a


def _union(x: list[Run], y: list[Run]) -> list[Run]:
    """Two outlines' runs (each top first) as one: at each depth the outer edges of both."""
    if not x or not y:
        return x or y
    points = sorted({p for s, e, _, _ in x for p in (s, e)} | {p for s, e, _, _ in y for p in (s, e)})
    out: list[Run] = []
    i = j = 0
    for p, q in itertools.pairwise(points):
        while i < len(x) and x[i][1] <= p:
            i += 1
        while j < len(y) and y[j][1] <= p:
            j += 1
        left, right = INF, -INF
        if i < len(x) and x[i][0] <= p:
            left, right = x[i][2], x[i][3]
        if j < len(y) and y[j][0] <= p:
            left, right = min(left, y[j][2]), max(right, y[j][3])
        if left == INF:
            continue  # nothing at this depth
        if out and out[-1][1] == p and out[-1][2] == left and out[-1][3] == right:
            out[-1] = (out[-1][0], q, left, right)
        else:
            out.append((p, q, left, right))
    return out


def separation(a: Contour, b: Contour) -> float:
    """The least shift of ``b`` to the right so that it clears ``a`` at every depth both reach, including
    where one ends at the depth where the other begins (else two boxes could touch edge to edge)."""
    need = -INF
    x, y = a.runs, b.runs
    i, j = len(x) - 1, len(y) - 1  # from the top down, as deep as the shallower goes
    while i >= 0 and j >= 0:
        s1, e1, _, right = x[i]
        s2, e2, left, _ = y[j]
        e1 += a.dd
        e2 += b.dd
        if min(e1, e2) - max(s1 + a.dd, s2 + b.dd) > -_EPS:  # touching counts: boxes never meet edge to edge
            need = max(need, right + a.db - left - b.db)
        if e1 < e2 - _EPS:
            i -= 1
        elif e2 < e1 - _EPS:
            j -= 1
        else:  # both end at one depth: each may touch what begins there on the other side
            if i > 0 and x[i - 1][0] + a.dd <= e2 + _EPS:
                need = max(need, x[i - 1][3] + a.db - left - b.db)
            if j > 0 and y[j - 1][0] + b.dd <= e1 + _EPS:
                need = max(need, right + a.db - y[j - 1][2] - b.db)
            i -= 1
            j -= 1
    return need
