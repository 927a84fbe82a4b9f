"""A message for the user as an English template and its arguments, marked for translation without Qt.

The model never imports Qt, yet the window speaks the user's language: a message made with ``said``
keeps its template (``QT_TRANSLATE_NOOP`` marks it for pyside6-lupdate, under the context "Problems")
and its arguments, so that the window translates the template and fills it in
(``ui/problems_panel.said_text``); as a ``str`` (a ``Problem``'s message) it is the English the
command line prints.

What the arguments hold (a unit's id, a key, a reason from PyYAML or the system) is not translated,
with two exceptions the window handles:

- a number (``int`` or ``float``) is written as the interface's language writes numbers (``1.000`` in
  Serbian); the English template formats it as it always did (``{limit:,}``);
- an argument that is itself a ``Said`` is a phrase from a small closed set (what a value is: "a
  list"; where a key is: "unit 'x'") translated in turn. Such a phrase is a whole noun phrase, and
  each language translates all phrases of one set in one grammatical case (Serbian: the set's comment
  in scripts/sr_latn_problems.py says which), so that the templates around them stay grammatical.

A ``count`` makes the template a counted phrase (Qt's numerus): ``%Ln`` in it is the count, and the
window's translation has one form per plural category (Serbian: 1, 2-4, 5 and more).
"""

from __future__ import annotations

Argument = str | int | float
"""What fills a field: text (a ``Said`` being a phrase translated in turn) or a number."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """``text``, marked for pyside6-lupdate as a text to translate under ``context``."""
    return text


def counted(template: str, count: int) -> str:
    """``template`` with its count marker (``%Ln``, ``%n``) replaced by ``count``, as English writes it."""
    return template.replace("%Ln", f"{count:,}").replace("%n", str(count))


class Said(str):
    """A message: the English text (this ``str``), made from ``template`` (with ``{name}`` fields) and
    ``arguments``, the values that fill them, and ``quantity`` (None, or the number ``%Ln`` stands for).
    A ``str``, so that everything taking a message takes it."""

    template: str
    arguments: tuple[tuple[str, Argument], ...]
    quantity: int | None

    def __new__(cls, template: str, arguments: tuple[tuple[str, Argument], ...] = (), count: int | None = None) -> Said:
        english = template if count is None else counted(template, count)
        message = super().__new__(cls, english.format(**dict(arguments)))
        message.template, message.arguments, message.quantity = template, arguments, count
        return message

    def __reduce__(self) -> tuple[type[Said], tuple[str, tuple[tuple[str, Argument], ...], int | None]]:
        return Said, (self.template, self.arguments, self.quantity)


def said(template: str, count: int | None = None, **arguments: object) -> Said:
    """The message ``template`` filled with ``arguments``: a number or a ``Said`` phrase as it is,
    anything else as ``str`` shows it; ``count`` for a counted template (``%Ln``: so no field of a
    template is called ``count``)."""
    return Said(template, tuple((name, _argument(value)) for name, value in arguments.items()), count)


def _argument(value: object) -> Argument:
    if isinstance(value, str):
        return value  # a Said stays one: the window translates it
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    return str(value)
