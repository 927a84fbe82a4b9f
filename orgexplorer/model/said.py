"""A message for the user as an English template and its arguments, marked for translation without Qt.

The model never imports Qt, yet the window speaks the user's language: a message made with ``said``
keeps its template (``QT_TRANSLATE_NOOP`` marks it for pyside6-lupdate, under the context "Problems")
and its arguments, so that the window translates the template and fills it in
(``ui/problems_panel.problem_text``); as a ``str`` (a ``Problem``'s message) it is the English the
command line prints.
What the arguments hold (a unit's id, a key, a reason from PyYAML or the system) is not translated.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """``text``, marked for pyside6-lupdate as a text to translate under ``context``."""
    return text


class Said(str):
    """A message: the English text (this ``str``), made from ``template`` (with ``{name}`` fields) and
    ``arguments``, the values that fill them. A ``str``, so that everything taking a message takes it."""

    template: str
    arguments: tuple[tuple[str, str], ...]

    def __new__(cls, template: str, arguments: tuple[tuple[str, str], ...] = ()) -> Said:
        message = super().__new__(cls, template.format(**dict(arguments)))
        message.template, message.arguments = template, arguments
        return message

    def __reduce__(self) -> tuple[type[Said], tuple[str, tuple[tuple[str, str], ...]]]:
        return Said, (self.template, self.arguments)


def said(template: str, **arguments: object) -> Said:
    """The message ``template`` filled with ``arguments`` (each shown as ``str`` shows it)."""
    return Said(template, tuple((name, str(value)) for name, value in arguments.items()))
