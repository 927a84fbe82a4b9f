"""Located problems found while reading a file, and the report that collects them."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from orgexplorer.model.said import QT_TRANSLATE_NOOP, said


class Severity(enum.Enum):
    """How bad a problem is: an error stops the file from opening, a warning does not."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a file, at a 1-based line and column (0 when the file has no position)."""

    path: str
    line: int
    column: int
    message: str
    severity: Severity = Severity.ERROR

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.severity.value}: {self.message}"

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR


class TooManyProblems(Exception):
    """Raised by ``Report.error`` once the report holds its limit of problems: reading stops there."""


@dataclass(slots=True)
class Report:
    """Collects problems for one file and stops reading (``TooManyProblems``) when there are too many."""

    path: str
    limit: int = 200
    problems: list[Problem] = field(default_factory=list)

    def error(self, line: int, column: int, message: str) -> None:
        self.problems.append(Problem(self.path, line, column, message))
        if len(self.problems) >= self.limit:
            stopped = said(QT_TRANSLATE_NOOP("Problems", "stopped after %Ln problems"), count=self.limit)
            self.problems.append(Problem(self.path, line, column, stopped))
            raise TooManyProblems

    def warning(self, line: int, column: int, message: str) -> None:
        self.problems.append(Problem(self.path, line, column, message, Severity.WARNING))

    @property
    def has_errors(self) -> bool:
        return any(problem.is_error for problem in self.problems)
