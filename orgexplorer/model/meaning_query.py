"""The meaning layer's vector for a query: its words weighted by what they say, unfamiliar ones described.

Each part of the query (a word, or an abbreviation's expansion) is a unit vector of the model
(``meaning.Embedder``), weighted by how much it says in the organization (``informative``: "student"
little in a university, where every unit has it; an expansion word by word). A word the organization
never uses (``unfamiliar``: "potholes" where the file says "roads") is described by its WordNet senses
too (``thesaurus.describe``: definitions, and synonyms at ``SYNONYM_WEIGHT``), weighing
``PIECES_WEIGHT`` for a word the model splits into pieces (it knows such a word poorly: "hiring"
lands next to "housing"), ``WHOLE_WEIGHT`` for a word of its vocabulary; so are two words WordNet
holds as one ("car pool", "heating system") that the file never writes together.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from orgexplorer.model import thesaurus

if TYPE_CHECKING:
    import numpy as np

    from orgexplorer.model.meaning import Embedder

# Measured on benchmarks/search_eval: 1.5-3 alike for the first.
PIECES_WEIGHT = 2.0  # a description beside a word the model splits into pieces
WHOLE_WEIGHT = 0.5  # ... beside a word of the model's vocabulary
SYNONYM_WEIGHT = 0.5  # the synonyms beside the definitions
_WORD = re.compile(r"\w+")


def query_vector(
    model: Embedder,
    parts: Sequence[str],
    unfamiliar: Callable[[str], bool],
    informative: Callable[[str], float] | None = None,
) -> np.ndarray:
    """The query's vector (unit length; zeros for no words): the sum of its parts' vectors, each
    made unit length (a long expansion weighs as much as a word), weighted and described as above."""
    import numpy as np

    from orgexplorer.model.meaning import DIMENSIONS, unit_length

    total = np.zeros(DIMENSIONS, dtype=np.float32)
    for first, second in itertools.pairwise(parts):
        pair = f"{first} {second}"
        if pair.isascii() and first.isalpha() and second.isalpha():
            synonyms, definitions = thesaurus.describe(pair.lower())
            if definitions and unfamiliar(pair):
                own, meaning, same = model.embed([pair, definitions, synonyms])
                total += unit_length(own + PIECES_WEIGHT * unit_length(meaning + SYNONYM_WEIGHT * same, np), np)
    for part in parts:
        own = model.embed([part])[0]
        words = _WORD.findall(part)
        if informative is not None and len(words) > 1:  # an expansion: its words weigh as in the file
            weights = np.array([informative(word) for word in words], dtype=np.float32)
            own = unit_length((model.embed(words) * weights[:, None]).sum(axis=0), np) * float(weights.max())
        if not (part.isascii() and part.isalpha() and unfamiliar(part)):
            total += own * (informative(part) if informative is not None else 1.0)
            continue
        synonyms, definitions = thesaurus.describe(part.lower())
        if not definitions:
            total += own
            continue
        meaning, same = model.embed([definitions, synonyms])
        weight = PIECES_WEIGHT if model.pieces(part) > 1 else WHOLE_WEIGHT
        total += unit_length(own + weight * unit_length(meaning + SYNONYM_WEIGHT * same, np), np)
    return unit_length(total, np)
