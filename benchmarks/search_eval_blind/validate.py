"""Checks the blind search evaluation set's queries against its organization files.

Reads YAML only (it runs no search): every relevant id exists in its file and is listed once,
every category is known, every `exact-name` query is a unit's name there (in any language), and
no query is asked twice of the same organization. Prints the counts per organization and category.
Run `orgexplorer check *.yaml` in this folder beside it: every file must pass with no errors.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
CATEGORIES = (
    "function",
    "synonym",
    "question",
    "abbreviation",
    "word-form",
    "misspelling",
    "partial",
    "exact-name",
    "serbian",
)


def unit_names(path: Path) -> dict[str, set[str]]:
    """Each unit id of an organization file with the set of its names (every language)."""
    names: dict[str, set[str]] = {}
    stack = list(yaml.safe_load(path.read_text(encoding="utf-8"))["units"])
    while stack:
        unit = stack.pop()
        name = unit["name"]
        names[unit["id"]] = set(name.values()) if isinstance(name, dict) else {name}
        stack.extend(unit.get("subunits") or [])
        stack.extend(unit.get("attached") or [])
    return names


def main() -> int:
    queries = yaml.safe_load((HERE / "queries.yaml").read_text(encoding="utf-8"))
    orgs = sorted({q["org"] for q in queries})
    names = {org: unit_names(HERE / org) for org in orgs}
    problems = []
    seen = set()
    counts: Counter[tuple[str, str]] = Counter()
    for number, q in enumerate(queries, 1):
        where = f"query {number} ({q['query']!r})"
        if q["category"] not in CATEGORIES:
            problems.append(f"{where}: unknown category {q['category']!r}")
        if (q["org"], q["query"].casefold()) in seen:
            problems.append(f"{where}: asked twice of {q['org']}")
        seen.add((q["org"], q["query"].casefold()))
        relevant = q["relevant"]
        if not relevant or len(set(relevant)) != len(relevant):
            problems.append(f"{where}: relevant list empty or with a repeated id")
        for unit_id in relevant:
            if unit_id not in names[q["org"]]:
                problems.append(f"{where}: no unit {unit_id!r} in {q['org']}")
        if q["category"] == "exact-name" and q["query"] not in names[q["org"]].get(relevant[0], ()):
            problems.append(f"{where}: not the name of {relevant[0]!r}")
        counts[q["org"], q["category"]] += 1
    print("| category | " + " | ".join(orgs) + " | total |")
    for category in CATEGORIES:
        row = [counts[org, category] for org in orgs]
        print(f"| {category} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    totals = [sum(counts[org, c] for c in CATEGORIES) for org in orgs]
    print("| total | " + " | ".join(map(str, totals)) + f" | {sum(totals)} |")
    for org in orgs:
        print(f"{org}: {len(names[org])} units")
    for problem in problems:
        print("PROBLEM:", problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
