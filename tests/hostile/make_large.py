"""Write the hostile files too large to keep in the repository into a folder."""

from __future__ import annotations

import sys
from pathlib import Path

HEADER = "format: orgexplorer/1\norganization: Large\n"


def make(folder: Path) -> dict[str, Path]:
    files = {
        # 1,000,000 levels of flow nesting: CSafeLoader's composer segfaults at ~24,000 (6.0.3).
        "deep-flow.yaml": (HEADER + "units: " + "[" * 1_000_000 + "]" * 1_000_000 + "\n").encode(),
        # 3,000 levels of block nesting (9 MB of indentation).
        "deep-block.yaml": (HEADER + "".join("  " * i + f"k{i}:\n" for i in range(3_000))).encode(),
        # A 5,000-digit integer where text is expected.
        "big-integer.yaml": (HEADER + "units: [{id: " + "9" * 5000 + ", name: A}]\n").encode(),
        # A 2 MB value.
        "huge-value.yaml": (HEADER + "source: " + "x" * 2_000_000 + "\nunits: [{id: a, name: A}]\n").encode(),
        # Many values: 1,000,000 list items.
        "many-values.yaml": (HEADER + "units: [" + "a," * 1_000_000 + "]\n").encode(),
    }
    paths = {}
    for name, data in files.items():
        path = folder / name
        path.write_bytes(data)
        paths[name] = path
    return paths


if __name__ == "__main__":
    make(Path(sys.argv[1] if len(sys.argv) > 1 else "."))
