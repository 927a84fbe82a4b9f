"""The commands that read an organization and print it: ``check``, ``tree`` and ``search``."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace

from orgexplorer import cli_load, cli_options
from orgexplorer.model import Limits, Organization, Placement, load_file


def cmd_check(argv: Sequence[str]) -> int:
    parser = cli_options.parser(
        "orgexplorer check",
        "Validate organization files. Each problem is printed as FILE:LINE:COLUMN: error: message "
        "(or warning:). Exit status 0 when every file is clean, 1 when any has errors.",
    )
    parser.add_argument("files", nargs="+", metavar="FILE")
    parser.add_argument(
        "--max-size",
        type=cli_options.whole_number(1, 65_536),
        default=Limits().max_bytes // 2**20,
        metavar="MB",
        help="refuse files larger than this (default %(default)s MiB)",
    )
    args = parser.parse_args(argv)
    limits = replace(Limits(), max_bytes=args.max_size * 2**20)
    status = 0
    for path in args.files:
        missing = cli_options.missing_input(path)
        if missing:  # a usage error (status 2), told in its turn; the other files are still checked
            print(f"orgexplorer check: error: {missing}", file=sys.stderr)
            status = 2
            continue
        result = load_file(path, limits)
        for problem in result.problems:
            print(problem)
        if result.organization is not None:
            count = len(result.organization)
            print(f"{path}: {count} unit{'s' if count != 1 else ''}, no errors")
        else:
            status = max(status, 1)
    return status


def format_tree(organization: Organization, show_ids: bool = False, language: str | None = None) -> str:
    """The hierarchy as an indented outline, attached units marked as such; names, and in another
    language than English the outline's words too, in ``language``."""
    kind_in: Callable[[str], str] = str
    head, attached = "head: {head}", "[attached]"
    if language not in (None, "en"):
        from orgexplorer.ui.outline import outline_words  # Qt's translations, as the window's

        kind_in, head, attached = outline_words(language)
    lines = [organization.title]
    for unit in organization.walk():
        marker = f"{attached} " if unit.placement is Placement.ATTACHED else ""
        line = f"{'  ' * unit.depth}{marker}{unit.name_in(language)}"
        if unit.kind:
            line += f" ({kind_in(unit.kind)})"
        if unit.head:
            line += " - " + head.format(head=unit.head.label())
        if show_ids:
            line += f"  <{unit.id}>"
        lines.append(line)
    return "\n".join(lines)


def cmd_tree(argv: Sequence[str]) -> int:
    parser = cli_options.parser("orgexplorer tree", "Print the hierarchy of an organization file as an outline.")
    parser.add_argument("file", metavar="FILE")
    parser.add_argument("--ids", action="store_true", help="show each unit's id")
    parser.add_argument(
        "--language",
        type=cli_options.language,
        metavar="TAG",
        help=f"names in this language where the file gives several: {', '.join(cli_options.INTERFACE_LANGUAGES)}",
    )
    args = parser.parse_args(argv)
    missing = cli_options.missing_input(args.file)
    if missing:
        return cli_options.usage_error("orgexplorer tree", missing)
    organization = cli_load.load_or_report(args.file)
    if organization is None:
        return 1
    print(format_tree(organization, args.ids, args.language))
    return 0


def _nothing_to_search(query: str) -> str | None:
    """Why a query has nothing to search for: no words at all, or only words that say how a question
    is asked ("a", "who", "the"); a word in capitals (IT, HR), a kind ("office") or a quoted phrase is
    meant as written."""
    from orgexplorer.model.search_query import KIND_WORDS, STOPWORDS, query_words

    words = query_words(query)
    if not words:
        return f"nothing to search for in {query.strip()!r}: give a name, a head or what a unit does"
    asking = STOPWORDS - KIND_WORDS  # "office" alone asks for the offices
    if '"' not in query and all(folded in asking and not typed.isupper() for folded, typed in words):
        common = " ".join(typed for _, typed in words)
        return (
            f"nothing to search for: '{common}' only says how a question is asked; add what the unit is "
            'called or does (e.g. "who handles procurement"), or quote it to find it as written'
        )
    return None


def cmd_search(argv: Sequence[str]) -> int:
    parser = cli_options.parser(
        "orgexplorer search",
        "Find units by name, head or function, best first. Words may be in any form (plan, planning), "
        "abbreviated as in the file's glossary, in Serbian Latin or Cyrillic; a quoted phrase is matched "
        "as a phrase; misspelt words are corrected against the file's own words.",
    )
    parser.add_argument("file", metavar="FILE")
    parser.add_argument("query", metavar="QUERY", nargs="+", help="what to look for")
    parser.add_argument("--json", action="store_true", help="print a JSON list of hits")
    parser.add_argument(
        "--limit",
        type=cli_options.whole_number(1, 10_000),
        default=20,
        metavar="N",
        help="at most N hits, 1 to 10,000 (default 20)",
    )
    args = parser.parse_args(argv)
    query = " ".join(args.query)
    unusable = cli_options.missing_input(args.file) or _nothing_to_search(query)
    if unusable:
        return cli_options.usage_error("orgexplorer search", unusable)
    organization, key = cli_load.load_with_key(args.file)
    if organization is None:
        return 1
    from orgexplorer.model.meaning import MeaningIndex, MeaningUnavailable
    from orgexplorer.model.search import Match, SearchIndex

    index = SearchIndex.cached(organization, key)  # a large file's index is built once, then reused
    told: list[bool] = []

    def preparing(done: int, total: int) -> None:  # called only when the vectors are computed
        if not told and total > 5000:
            told.append(True)
            print(f"preparing search by meaning for {total:,} units (once for this file)…", file=sys.stderr)

    try:
        index.attach_meaning(MeaningIndex.cached(organization, key, preparing))  # kept in the cache too
    except MeaningUnavailable as error:
        print(f"search by meaning is off: {error}; searching by words only", file=sys.stderr)
    result = index.search(query, limit=args.limit, explain=args.limit, typing=False)
    note = sys.stderr if args.json else sys.stdout
    if result.corrected:
        print(f'showing results for "{result.corrected}"', file=note)
    if result.partial:
        print("no unit matches every word; showing units that match some of them", file=note)
    if result.only_by_meaning:
        print("no unit has these words; nearest by meaning:", file=note)
    if args.json:
        hits = []
        for hit in result.hits:
            unit = organization.units[hit.unit]
            hits.append(
                {
                    "id": unit.id,
                    "name": unit.name,
                    "head": unit.head.label() if unit.head else None,
                    "score": round(hit.score, 4),
                    "match": hit.match.value,
                    "field": hit.field,
                    "text": hit.text,
                    "snippet": hit.marked(),
                }
            )
        print(json.dumps(hits, ensure_ascii=False, indent=2))
        return 0
    if not result.hits:
        print("no unit matches")
        return 0
    for rank, hit in enumerate(result.hits, 1):
        unit = organization.units[hit.unit]
        print(f"{rank:>2}. {unit.name} <{unit.id}> score {hit.score:.2f}")
        print(f"    head: {unit.head.label() if unit.head else 'not stated'}")
        if hit.match is Match.MEANING:
            print(f"    by meaning, nearest {hit.field}: {hit.text}")
        elif hit.field not in ("name", "head"):
            print(f"    {hit.field}: {hit.marked()}")
    return 0
