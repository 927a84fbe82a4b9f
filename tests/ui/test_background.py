"""The one primitive for long work: results used only while wanted, Cancel, failures, the stack."""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
import threading

import pytest

from orgexplorer.ui.background import THREAD_STACK, BackgroundTask


class Seen:
    """What reached the GUI thread, in order, and on which thread."""

    def __init__(self) -> None:
        self.results: list[object] = []
        self.failures: list[str] = []
        self.cancelled = 0
        self.threads: set[str] = set()

    def result(self, value: object) -> None:
        self.threads.add(threading.current_thread().name)
        self.results.append(value)

    def failure(self, failure) -> None:
        self.failures.append(failure.reason)

    def cancel(self) -> None:
        self.cancelled += 1


@pytest.fixture
def task(qtbot):
    task = BackgroundTask("orgexplorer-test")
    yield task
    task.cancel()
    task.wait(10)


def gated(gate: threading.Event, value: object):
    def work(progress):
        assert gate.wait(10)
        return value

    return work


def test_result_arrives_on_the_gui_thread(task, qtbot):
    seen = Seen()
    task.start(lambda progress: 42, seen.result, seen.failure)
    qtbot.waitUntil(lambda: seen.results == [42])
    assert seen.threads == {threading.main_thread().name}


def test_an_older_run_finishing_last_is_never_shown(task, qtbot):
    seen = Seen()
    slow_gate, fast_gate, slow_done = threading.Event(), threading.Event(), threading.Event()

    def slow(progress):
        assert slow_gate.wait(10)
        slow_done.set()
        return "A"  # never asks progress again: only the check in the slot can drop it

    task.start(slow, seen.result)  # A: slow, started first
    task.start(gated(fast_gate, "B"), seen.result)  # B: the newer request
    fast_gate.set()
    qtbot.waitUntil(lambda: seen.results == ["B"])
    slow_gate.set()  # A ends after B was shown
    assert slow_done.wait(10)
    qtbot.wait(100)
    assert seen.results == ["B"]


def test_a_result_emitted_before_cancel_but_handled_after_is_dropped(task, qtbot):
    """The window between the worker's emit and the slot: Cancel lands there; the slot must see it."""
    seen = Seen()
    task.start(lambda progress: "late", seen.result, seen.failure, seen.cancel)
    task.wait(10)  # the worker has emitted; its result waits in the event queue
    assert not task.running
    task.cancel()
    qtbot.wait(50)
    assert seen.results == [] and seen.failures == []
    assert seen.cancelled == 1


def test_a_newer_request_landing_after_the_emit_wins(task, qtbot):
    seen = Seen()
    task.start(lambda progress: "stale", seen.result)
    task.wait(10)  # emitted, not handled
    task.start(lambda progress: "fresh", seen.result, inline=True)
    qtbot.wait(50)
    assert seen.results == ["fresh"]


def test_cancel_stops_the_worker_through_its_progress(task, qtbot):
    seen = Seen()
    started = threading.Event()

    def work(progress):
        started.set()
        while True:
            progress(0.5)
            threading.Event().wait(0.005)

    task.start(work, seen.result, seen.failure, seen.cancel)
    assert started.wait(5)
    task.cancel()
    qtbot.waitUntil(lambda: seen.cancelled == 1)
    assert not task.running and seen.results == []


def test_progress_sent_by_a_replaced_run_is_not_shown(task, qtbot):
    """The old run's progress was sent before the newer run started; it arrives after: dropped."""
    shown: list[int] = []
    task.progress.connect(shown.append)
    sent, gate = threading.Event(), threading.Event()

    def old(progress):
        progress(0.9)  # sent while still wanted; handled only once events are processed
        sent.set()
        gate.wait(10)

    task.start(old, lambda _: None)
    assert sent.wait(10)  # no events processed meanwhile: the 90 % waits in the queue
    task.start(lambda progress: progress(0.25), lambda _: None)
    gate.set()
    qtbot.waitUntil(lambda: 25 in shown)
    qtbot.wait(100)
    assert shown == [25]


class Refused(Exception):
    pass


@pytest.mark.parametrize(
    ("error", "reason"),
    [(Refused("the page size is unknown"), "the page size is unknown"), (MemoryError("full"), "MemoryError('full')")],
)
def test_one_way_to_report_failure(qtbot, error, reason):
    task = BackgroundTask("orgexplorer-test", expected=(Refused,))
    seen = Seen()

    def work(progress):
        raise error

    task.start(work, seen.result, seen.failure)
    qtbot.waitUntil(lambda: seen.failures == [reason])
    task.start(work, seen.result, seen.failure, inline=True)
    assert seen.failures == [reason, reason]


def _stack_size_of_this_thread() -> int:
    libc = ctypes.CDLL(ctypes.util.find_library("c"))
    libc.pthread_self.restype = ctypes.c_ulong
    attr = ctypes.create_string_buffer(256)  # pthread_attr_t is 56 bytes on x86-64 glibc; room to spare
    size = ctypes.c_size_t()
    assert libc.pthread_getattr_np(ctypes.c_ulong(libc.pthread_self()), attr) == 0
    try:
        assert libc.pthread_attr_getstacksize(attr, ctypes.byref(size)) == 0
    finally:
        libc.pthread_attr_destroy(attr)
    return size.value


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads the stack size through glibc")
def test_workers_get_the_stack_they_were_promised(task, qtbot):
    """``threading.stack_size`` is read at ``Thread.start()``: a worker must really have THREAD_STACK
    even when the process's default is small (as on macOS, 512 KiB)."""
    seen = Seen()
    previous = threading.stack_size(256 * 1024)
    try:
        task.start(lambda progress: _stack_size_of_this_thread(), seen.result)
    finally:
        threading.stack_size(previous)
    qtbot.waitUntil(lambda: bool(seen.results))
    assert seen.results[0] >= THREAD_STACK
    assert threading.stack_size() == previous  # the process-wide default is left as it was
