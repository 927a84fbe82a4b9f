"""The search evaluation: P@1, R@5 and MRR of words alone, meaning alone and both, on two sets of queries.

``python -m benchmarks.evaluate [FOLDER ...] [--no-failures] [--cli]`` (default: ``search_eval/`` and
``search_eval_heldout/``)

The organizations and queries of each folder were written before any run, by someone who had not
read the search code; relevance was decided then (``relevant``: every acceptable unit, best first).
``search_eval_heldout/`` was written later by another engineer and measured only once the search's
mechanisms were settled (its README says so).
For each query: P@1, the first result is relevant; R@5, the share of the relevant units (at most five)
in the first five; MRR, one over the rank of the first relevant result. The fusion row is measured
through ``orgexplorer search --json`` (the command's own code, run in this process; ``--cli`` starts
the real command once per query instead, slower). Every query whose first result is not relevant is
listed with what came first.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from orgexplorer.model.organization import Organization

FOLDER = Path(__file__).resolve().parent / "search_eval"
HELD_OUT = Path(__file__).resolve().parent / "search_eval_heldout"


@dataclass
class Scores:
    """Sums over queries; ``table`` divides."""

    p1: float = 0.0
    r5: float = 0.0
    mrr: float = 0.0
    count: int = 0
    failures: list[tuple[str, str, str, list[str], str]] = field(default_factory=list)

    def add(self, ranked: Sequence[str], relevant: Sequence[str], org: str, query: str, category: str) -> None:
        self.count += 1
        wanted = set(relevant)
        self.p1 += 1.0 if ranked[:1] and ranked[0] in wanted else 0.0
        self.r5 += len(wanted & set(ranked[:5])) / min(5, len(wanted))
        rank = next((n for n, unit in enumerate(ranked, 1) if unit in wanted), None)
        self.mrr += 1.0 / rank if rank else 0.0
        if not (ranked[:1] and ranked[0] in wanted):
            self.failures.append((org, category, query, list(relevant), ranked[0] if ranked else "(nothing)"))

    def row(self, label: str) -> str:
        n = max(1, self.count)
        return f"| {label} | {self.count} | {self.p1 / n:.2f} | {self.r5 / n:.2f} | {self.mrr / n:.2f} |"


def _cli_ranking(path: Path, query: str, subprocess_cli: bool) -> list[str]:
    argv = ["search", str(path), query, "--json", "--limit", "10"]
    if subprocess_cli:
        import subprocess

        done = subprocess.run(
            [sys.executable, "-m", "orgexplorer", *argv], capture_output=True, text=True, check=False, timeout=120
        )
        output = done.stdout
    else:
        from orgexplorer.cli import main

        stream = io.StringIO()
        with contextlib.redirect_stdout(stream), contextlib.redirect_stderr(io.StringIO()):
            main(argv)
        output = stream.getvalue()
    return [hit["id"] for hit in json.loads(output)]


def evaluate(folder: Path = FOLDER, subprocess_cli: bool = False) -> dict[str, Scores]:
    """The scores of each layer and of the fusion, over every query of the folder."""
    from orgexplorer.model import load_file
    from orgexplorer.model.meaning import MeaningIndex, MeaningUnavailable, embedder
    from orgexplorer.model.search import SearchIndex

    queries = yaml.safe_load((folder / "queries.yaml").read_text(encoding="utf-8"))
    scores = {"words": Scores(), "meaning": Scores(), "fusion": Scores()}
    by_category: dict[str, Scores] = {}
    indexes: dict[str, tuple[Organization, SearchIndex, MeaningIndex | None]] = {}
    for item in queries:
        org, query, relevant, category = item["org"], str(item["query"]), item["relevant"], item["category"]
        if org not in indexes:
            organization = load_file(str(folder / org)).organization
            assert organization is not None, org
            try:
                meaning_index = MeaningIndex.build(organization, embedder())
            except MeaningUnavailable:
                meaning_index = None
            indexes[org] = (organization, SearchIndex(organization), meaning_index)
        organization, words_index, meaning_index = indexes[org]
        words_index.attach_meaning(None)
        words_ranked = [organization.units[u].id for u in words_index.search(query, limit=10, typing=False).units]
        scores["words"].add(words_ranked, relevant, org, query, category)
        if meaning_index is not None:  # the meaning layer as the search asks it (a query's words described)
            words_index.attach_meaning(meaning_index)
            nearest = words_index.by_meaning(query)[:10]
            scores["meaning"].add([organization.units[n.unit].id for n in nearest], relevant, org, query, category)
        fused = _cli_ranking(folder / org, query, subprocess_cli)
        scores["fusion"].add(fused, relevant, org, query, category)
        by_category.setdefault(category, Scores()).add(fused, relevant, org, query, category)
    scores.update({f"fusion: {name}": value for name, value in sorted(by_category.items())})
    return scores


def report(scores: dict[str, Scores], failures: bool = True) -> str:
    lines = [
        "| layer | queries | P@1 | R@5 | MRR |",
        "| --- | --- | --- | --- | --- |",
        *(value.row(label) for label, value in scores.items() if value.count),
    ]
    if failures:
        lines += ["", "Queries whose first result is not relevant (fusion, through `orgexplorer search --json`):", ""]
        for org, category, query, relevant, first in scores["fusion"].failures:
            lines.append(f"- {org} [{category}] {query!r}: first {first}; relevant {', '.join(relevant)}")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path, metavar="FOLDER", help="sets of queries (default: both)")
    parser.add_argument("--folder", type=Path, action="append", help="a set of queries (as FOLDER)")
    parser.add_argument("--cli", action="store_true", help="start the real command for each query (slow)")
    parser.add_argument("--no-failures", action="store_true", help="only the tables")
    args = parser.parse_args()
    folders = [*args.folders, *(args.folder or [])] or [folder for folder in (FOLDER, HELD_OUT) if folder.is_dir()]
    for number, folder in enumerate(folders):
        if number:
            print()
        print(f"## {folder.name}\n")
        print(report(evaluate(folder, args.cli), not args.no_failures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
