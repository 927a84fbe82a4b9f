"""The search evaluation: P@1, R@5 and MRR of words alone, meaning alone and both, on ``search_eval/``.

``python -m benchmarks.evaluate [--folder benchmarks/search_eval] [--failures] [--cli]``

The organizations and queries in ``search_eval/`` were written before any run, by someone who had not
read the search code; relevance was decided then (``relevant``: every acceptable unit, best first).
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
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml

FOLDER = Path(__file__).resolve().parent / "search_eval"


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
    indexes: dict[str, tuple[object, SearchIndex, Callable[[str], list[str]] | None]] = {}
    for item in queries:
        org, query, relevant, category = item["org"], str(item["query"]), item["relevant"], item["category"]
        if org not in indexes:
            organization = load_file(str(folder / org)).organization
            assert organization is not None, org
            words_index = SearchIndex(organization)
            meaning_search = None
            try:
                model = embedder()
                meaning_index = MeaningIndex.build(organization, model)
                assert meaning_index is not None

                def meaning_search(text: str, _m=meaning_index, _o=organization, _e=model) -> list[str]:
                    return [_o.units[near.unit].id for near in _m.search(_e.embed([text])[0], 10)]
            except MeaningUnavailable:
                pass
            indexes[org] = (organization, words_index, meaning_search)
        organization, words_index, meaning_search = indexes[org]
        words_ranked = [organization.units[u].id for u in words_index.search(query, limit=10, typing=False).units]  # type: ignore[attr-defined]
        scores["words"].add(words_ranked, relevant, org, query, category)
        if meaning_search is not None:
            scores["meaning"].add(meaning_search(query), relevant, org, query, category)
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
    parser.add_argument("--folder", type=Path, default=FOLDER)
    parser.add_argument("--cli", action="store_true", help="start the real command for each query (slow)")
    parser.add_argument("--no-failures", action="store_true", help="only the table")
    args = parser.parse_args()
    print(report(evaluate(args.folder, args.cli), not args.no_failures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
