"""The one way to bundled files (the sample organization, the schema, icons), checkout or wheel."""

from __future__ import annotations

from functools import cache
from pathlib import Path

BUNDLED_ORGANIZATION = "defence_policy_sector.yaml"
SCHEMA = "orgexplorer.schema.json"
ICON_NAMES = (
    "app",
    "unit",
    "ministry",
    "sector",
    "department",
    "office",
    "mission",
    "centre",
    "attached",
    "export",
    "print",
)
TRANSLATIONS = ("en", "sr_Latn", "sr_Cyrl")  # English: the singulars of counted phrases
# Two versions of a fictional organization, for trying out comparison (orgexplorer diff, compare mode).
EXAMPLES = ("examples/city-services-2024.yaml", "examples/city-services-2025.yaml")
KNOWN = frozenset(
    {BUNDLED_ORGANIZATION, SCHEMA, *EXAMPLES}
    | {f"icons/{name}.svg" for name in ICON_NAMES}
    | {f"translations/orgexplorer_{code}.qm" for code in TRANSLATIONS}
)


@cache
def _root() -> Path:
    # An installed wheel carries resources/ inside the package (see pyproject.toml); a source
    # checkout has it beside the package. The package is a folder either way (a wheel installs
    # one, PyInstaller collects one), so its path is this file's folder: what
    # importlib.resources.files() answers for a folder, without its ~10 ms of imports at start.
    package = Path(__file__).resolve().parent
    inside = package / "resources"
    return inside if inside.is_dir() else package.parent / "resources"


def resource_path(name: str) -> Path:
    """The path of a bundled file; ValueError for a name that is not bundled."""
    if name not in KNOWN:
        raise ValueError(f"no bundled resource named {name!r}")
    return _root() / name
