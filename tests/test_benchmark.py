"""The benchmark runs at a small size so that it cannot rot; its numbers are for people, not asserts."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from tests.conftest import REPO


@pytest.mark.slow  # about 30 s: every step of the benchmark, each in a fresh process
def test_benchmark_runs_and_prints_a_table(tmp_path):
    out = tmp_path / "table.md"
    result = subprocess.run(
        [sys.executable, "-m", "benchmarks.run", "--sizes", "200", "--repeat", "1", "--out", str(out),
         "--work", str(tmp_path / "work")],
        cwd=REPO, capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    table = out.read_text(encoding="utf-8")
    assert table.count("\n| ") >= 12
    for step in (
        "load and validate",
        "reopen unchanged file",
        "search, per keystroke",
        "cold start",
        "longest pause",
        "compare two unrelated versions",
        "Compare With…",
        "orgexplorer diff",
    ):
        assert step in table
    assert re.search(r"\| \d+(\.\d+)? (ms|s) \|", table)  # numbers, not placeholders
