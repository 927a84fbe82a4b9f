"""The pure model: organizations, units, loading and search. Never imports Qt."""

from orgexplorer.model.loader import FORMAT, LoadResult, load_bytes, load_file
from orgexplorer.model.organization import Head, Organization, Placement, Relation, Unit
from orgexplorer.model.problems import Problem, Severity
from orgexplorer.model.progress import Cancelled
from orgexplorer.model.yamlread import Limits

__all__ = [
    "FORMAT",
    "Cancelled",
    "Head",
    "Limits",
    "LoadResult",
    "Organization",
    "Placement",
    "Problem",
    "Relation",
    "Severity",
    "Unit",
    "load_bytes",
    "load_file",
]
