"""Back and Forward through the units visited: plain Python, no Qt."""

from __future__ import annotations


class History:
    """The units visited, as unit indices, and where Back and Forward stand among them.

    A visit drops whatever lay ahead (as in a browser); visiting the unit already current adds nothing.
    """

    def __init__(self) -> None:
        self._visits: list[int] = []
        self._position = -1

    def clear(self) -> None:
        self._visits.clear()
        self._position = -1

    def visit(self, unit: int) -> None:
        del self._visits[self._position + 1 :]
        if not self._visits or self._visits[-1] != unit:
            self._visits.append(unit)
        self._position = len(self._visits) - 1

    @property
    def can_go_back(self) -> bool:
        return self._position > 0

    @property
    def can_go_forward(self) -> bool:
        return 0 <= self._position < len(self._visits) - 1

    def back(self) -> int | None:
        """Step back; the unit to show there, or None at the start."""
        return self._step(-1)

    def forward(self) -> int | None:
        return self._step(+1)

    def _step(self, step: int) -> int | None:
        position = self._position + step
        if not 0 <= position < len(self._visits):
            return None
        self._position = position
        return self._visits[position]
