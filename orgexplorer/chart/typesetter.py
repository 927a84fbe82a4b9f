"""The typesetter: a box's text wrapped to lines and measured (words broken between letters when wider
than a line, text too long for a box cut short with an ellipsis), for the tidy layout and the book's
pages. Pure Python: the widths come through ``TextMeasure``.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

from orgexplorer.chart.values import ChartOptions, Content, TextLine, TextMeasure, TextStyle
from orgexplorer.model.organization import Unit

MAX_WORD_LINES = 4  # a word wider than a line is broken over at most this many lines, then cut short
MAX_BLOCK_LINES = 24  # lines of one text (a name, a head, a responsibility) in a box, then cut short
ELLIPSIS = "…"


def units_below(count: int) -> str:
    """A cut box's note in English; the painter passes its own in the interface's language."""
    return f"+ {count:,} unit{'s' if count != 1 else ''} below"


def _joins(word: str, index: int) -> bool:
    """Whether ``word[index]`` may not begin a line: a combining mark, a variation selector, a skin
    tone, or what follows a zero-width joiner (a word is broken between letters, never inside one)."""
    character = word[index]
    return (
        bool(unicodedata.combining(character))
        or "\ufe00" <= character <= "\ufe0f"
        or "\U0001f3fb" <= character <= "\U0001f3ff"
        or character == "\u200d"
        or (index > 0 and word[index - 1] == "\u200d")
    )


class Typesetter:
    """Wraps and measures the text of boxes for one layout; each word is measured once.

    Attributes:
        cut: the units whose text was cut short (…) because it is too long for a box, in layout order.
    """

    def __init__(self, options: ChartOptions, measure: TextMeasure, below: Callable[[int], str] = units_below) -> None:
        """``below`` says how many units a box at the depth limit hides ("+ 37 units below")."""
        self.options = options
        self.measure = measure
        self.below = below
        self.sizes = {style: options.size(style) for style in TextStyle}
        self.heights = {style: measure.line_height(style, self.sizes[style]) for style in TextStyle}
        self.known: dict[TextStyle, dict[str, float]] = {style: {} for style in TextStyle}  # word widths
        self.cut: list[int] = []

    def _advance(self, character: str, style: TextStyle) -> float:
        known = self.known[style]
        width = known.get(character)
        if width is None:
            width = known[character] = self.measure.width(character, style, self.sizes[style])
        return width

    def _fill(self, word: str, start: int, style: TextStyle, room: float) -> tuple[int, float]:
        """The end of the longest piece of ``word`` from ``start`` that fits ``room`` (at least one
        letter with its marks), and its width.

        The piece is chosen on the letters' advances summed (each letter measured once per layout,
        so breaking a word of n letters costs O(n)), then measured whole, and shortened while shaping
        makes it wider than its letters.
        """
        end, total = start, 0.0
        while end < len(word):
            step = end + 1
            while step < len(word) and _joins(word, step):
                step += 1
            advance = sum(self._advance(c, style) for c in word[end:step])
            if end > start and total + advance > room:
                break
            end, total = step, total + advance
        measure, size = self.measure, self.sizes[style]
        width = measure.width(word[start:end], style, size)
        while width > room and end - start > 1:
            end -= 1
            while end - start > 1 and _joins(word, end):
                end -= 1
            width = measure.width(word[start:end], style, size)
        return end, width

    def _break(self, word: str, style: TextStyle) -> tuple[list[tuple[str, float]], bool]:
        """A word wider than a line in pieces of a line each; after ``MAX_WORD_LINES`` it is cut short,
        the last piece ending in an ellipsis. Returns the pieces and whether the word was cut."""
        room = self.options.text_width
        pieces: list[tuple[str, float]] = []
        start = 0
        while start < len(word):
            if len(pieces) == MAX_WORD_LINES - 1:
                end, width = self._fill(word, start, style, room)
                if end < len(word):  # more than fits: the last line says so
                    end, width = self._fill(word, start, style, room - self._advance(ELLIPSIS, style))
                    piece = word[start:end] + ELLIPSIS
                    pieces.append((piece, self.measure.width(piece, style, self.sizes[style])))
                    return pieces, True
                pieces.append((word[start:end], width))
                break
            end, width = self._fill(word, start, style, room)
            pieces.append((word[start:end], width))
            start = end
        return pieces, False

    def _ellipsized(self, line: str, style: TextStyle) -> tuple[str, float]:
        """``line`` ending in an ellipsis, shortened to fit a line."""
        room = self.options.text_width - self._advance(ELLIPSIS, style)
        end, _ = self._fill(line, 0, style, room)
        text = line[:end].rstrip() + ELLIPSIS
        return text, self.measure.width(text, style, self.sizes[style])

    def wrap(self, text: str, style: TextStyle) -> list[tuple[str, float]]:
        """The lines of ``text`` and their widths (``wrap_and_cut`` without saying what was cut)."""
        return self.wrap_and_cut(text, style)[0]

    def wrap_and_cut(self, text: str, style: TextStyle) -> tuple[list[tuple[str, float]], bool]:
        """Greedy word wrap; a word wider than a line is broken between letters. Returns the lines and
        whether the text had to be cut short (a word or the whole text too long for a box).

        Line widths are sums of word widths: the renderer's fonts have kerning and ligatures off, so
        a line is exactly as wide as its words and spaces.
        """
        words = text.split()
        if not words:
            return [], False
        measure, size, width, known = self.measure, self.sizes[style], self.options.text_width, self.known[style]
        widths = [known.get(word) for word in words]  # one pass for the usual case: all seen before
        if None in widths:
            for number, word in enumerate(words):
                if widths[number] is None:
                    widths[number] = known[word] = measure.width(word, style, size)
        space = known.get(" ")
        if space is None:
            space = known[" "] = measure.width(" ", style, size)
        whole = sum(widths) + space * (len(words) - 1)  # type: ignore[arg-type]
        if whole <= width:
            return [(" ".join(words), whole)], False
        lines: list[tuple[str, float]] = []
        current: list[str] = []
        current_width = 0.0
        cut = overflow = False
        for word, word_width in zip(words, widths, strict=True):
            assert word_width is not None
            if current and current_width + space + word_width <= width:
                current.append(word)
                current_width += space + word_width
                continue
            if current:
                lines.append((" ".join(current), current_width))
            if word_width > width and len(word) > 1:
                pieces, broken = self._break(word, style)
                cut = cut or broken
                lines += pieces[:-1]
                word, word_width = pieces[-1]
            current, current_width = [word], word_width
            if len(lines) >= MAX_BLOCK_LINES:  # and more to come: the text is longer than a box shows
                overflow = True
                break
        else:
            lines.append((" ".join(current), current_width))
        if overflow:
            lines = [*lines[: MAX_BLOCK_LINES - 1], self._ellipsized(lines[MAX_BLOCK_LINES - 1][0], style)]
            cut = True
        return lines, cut

    def cut_to_height(
        self, index: int, box: tuple[tuple[TextLine, ...], float, float], height: float
    ) -> tuple[tuple[TextLine, ...], float, float]:
        """A box (lines, width, height) no taller than ``height``: the lines that do not fit left out,
        the last one kept ending in an ellipsis, and the unit noted as cut (a book's page is only so tall)."""
        lines, width, box_height = box
        padding = self.options.padding
        if box_height <= height + 0.01:
            return box
        kept = [line for line in lines if line.y + line.height + padding <= height + 0.01] or [lines[0]]
        last = kept[-1]
        text, text_width = self._ellipsized(last.text, last.style)
        x = padding if last.x == padding else (width - text_width) / 2  # centred lines stay centred
        kept[-1] = last._replace(text=text, x=x, width=text_width)
        if not self.cut or self.cut[-1] != index:
            self.cut.append(index)
        return tuple(kept), width, last.y + last.height + padding

    def box_text(self, unit: Unit, hidden: int) -> tuple[tuple[TextLine, ...], float, float]:
        """The box's lines, width and height."""
        options = self.options
        blocks: list[tuple[TextStyle, str, bool]] = [(TextStyle.NAME, unit.name_in(options.language), True)]
        if options.content is not Content.NAMES and unit.head:
            blocks.append((TextStyle.HEAD, unit.head.label(), True))
        if options.content is Content.FULL:
            blocks += [(TextStyle.DETAIL, f"• {item}", False) for item in unit.responsibilities]
        if hidden:
            blocks.append((TextStyle.DETAIL, self.below(hidden), True))
        wrapped: list[tuple[TextStyle, str, float, bool, bool]] = []  # style, text, width, centred, first
        cut = False
        for style, text, centred in blocks:
            lines_of_text, cut_short = self.wrap_and_cut(text, style)
            cut = cut or cut_short
            for number, (line, width) in enumerate(lines_of_text):
                wrapped.append((style, line, width, centred, number == 0))
        if cut:
            self.cut.append(unit.index)
        inner = max(width for _, _, width, _, _ in wrapped)
        box_width = max(options.min_box_width, inner + 2 * options.padding)
        lines = []
        y = padding = options.padding
        heights = self.heights
        previous: TextStyle | None = None
        for style, text, width, centred, first in wrapped:
            if previous is not None and first and (style is not previous or style is TextStyle.DETAIL):
                y += 2.0  # a little air between the name, the head and each responsibility
            height = heights[style]
            lines.append(TextLine(text, style, (box_width - width) / 2 if centred else padding, y, width, height))
            y += height
            previous = style
        return tuple(lines), box_width, y + padding
