"""Run a learner's file in a worker process under time, memory and output limits.

The grader process never imports learner code. `LearnerProcess` starts `grader.worker` with resource
limits, sends it calls and reads back plain values (`grader.wire`). A call that hangs, a crash, an exit,
an oversized reply or output turns into a `WorkerFault` with a sentence for the learner; the worker is
then killed and started again on the next call, so one bad call cannot spoil the checks after it.
"""

from __future__ import annotations

import json
import os
import resource
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from collections.abc import Callable
from typing import Any

from course import paths
from grader import wire

HIDDEN_ROOTS = (paths.SOLUTIONS, paths.SUITES, paths.ROOT / "tests")
"""What learner code may not read: the references, the hidden suites, the project's tests."""


@dataclass(frozen=True)
class Limits:
    """What one learner's worker may use. Defaults suit the course's small inputs with a wide margin."""

    call_seconds: float = 5.0
    load_seconds: float = 15.0
    memory_mb: int = 1024
    output_bytes: int = 1 << 20
    reply_bytes: int = 32 << 20
    cpu_seconds: int = 300


class WorkerFault(BaseException):
    """The worker hung, died or broke the protocol.

    A BaseException on purpose: hypothesis lets it through at once instead of shrinking the input,
    which would mean restarting a dead worker again and again.
    """


class LearnerRaised(Exception):
    """The learner's function raised; carries the builtin exception types it derives from."""

    def __init__(self, type_name: str, mro: list[str], message: str, where: str, traceback: str = ""):
        super().__init__(f"{type_name}: {message}")
        self.type_name, self.mro, self.message, self.where = type_name, mro, message, where
        self.traceback = traceback
        """The frames of the learner's own file, innermost last (shown with --verbose)."""

    def is_a(self, exception_type: type[BaseException]) -> bool:
        return exception_type.__name__ in self.mro


class LoadFailed(Exception):
    """The learner's file could not be loaded (syntax error, exception at import, missing file)."""

    def __init__(self, message: str, syntax_error: bool = False):
        super().__init__(message)
        self.syntax_error = syntax_error


_SIGNAL_MEANINGS = {
    signal.SIGSEGV: "crashed with a segmentation fault",
    signal.SIGBUS: "crashed (bus error)",
    signal.SIGABRT: "aborted",
    signal.SIGFPE: "crashed (floating-point exception)",
    signal.SIGXCPU: "used up its CPU time",
    signal.SIGXFSZ: "printed or wrote too much output",
    signal.SIGKILL: "was killed (often: it used too much memory)",
}


def _set_limits(limits: Limits) -> None:
    """Runs in the child between fork and exec: its own process group and resource limits."""
    os.setsid()
    memory = limits.memory_mb << 20
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    resource.setrlimit(resource.RLIMIT_CPU, (limits.cpu_seconds, limits.cpu_seconds + 5))
    resource.setrlimit(resource.RLIMIT_FSIZE, (limits.output_bytes, limits.output_bytes))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


class LearnerProcess:
    """One worker running one learner file. Use as a context manager; `call` restarts it if dead."""

    def __init__(self, learner_file: Path, limits: Limits = Limits()):
        self.learner_file = Path(learner_file).resolve()
        self.limits = limits
        self.functions: list[str] = []
        self._process: subprocess.Popen | None = None
        self._scratch: str | None = None

    def __enter__(self) -> "LearnerProcess":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def start(self) -> None:
        """Start the worker and load the learner's file; raises LoadFailed or WorkerFault."""
        self.stop()
        self._scratch = tempfile.mkdtemp(prefix="llm-course-worker-")
        request_read, self._request_write = os.pipe()
        self._reply_read, reply_write = os.pipe()
        config = {"learner_file": str(self.learner_file), "module_name": self.learner_file.stem,
                  "request_fd": request_read, "reply_fd": reply_write, "scratch": self._scratch,
                  "hidden_roots": [os.path.realpath(p) for p in HIDDEN_ROOTS]}
        output = open(os.path.join(self._scratch, "output.txt"), "wb")
        try:
            self._process = subprocess.Popen(
                [sys.executable, "-I", "-m", "grader.worker", json.dumps(config)],
                stdin=subprocess.DEVNULL, stdout=output, stderr=output, cwd=self._scratch,
                pass_fds=(request_read, reply_write), env=_worker_environment(),
                preexec_fn=lambda: _set_limits(self.limits))
        finally:
            output.close()
            os.close(request_read)
            os.close(reply_write)
        report = self._receive(self.limits.load_seconds, "file", "while loading")
        if report.get("load") != "ok":
            self.stop()
            raise LoadFailed(_load_failure_message(report, self.learner_file),
                             syntax_error=report.get("load") == "syntax")
        self.functions = list(report["functions"])

    def call(self, function: str, args: tuple, kwargs: dict, echo_args: bool = False) -> dict:
        """Run `function(*args, **kwargs)` in the worker and return its reply (see grader.worker)."""
        if self._process is None:
            self.start()
        callbacks: list[Callable] = []
        request = wire.encode({"call": function, "args": list(args), "kwargs": kwargs,
                               "echo_args": echo_args}, callbacks)
        self._send(request, f"before {function} could be called")
        deadline = time.monotonic() + self.limits.call_seconds
        while True:
            reply = self._receive(self.limits.call_seconds, function, f"while running {function}", deadline)
            if "callback" not in reply:
                return reply
            self._send(_run_callback(callbacks, reply), f"while running {function}")

    def stop(self) -> None:
        if self._process is not None:
            try:
                os.killpg(self._process.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
            self._process.wait()
            for fd in (self._request_write, self._reply_read):
                os.close(fd)
            self._process = None
        if self._scratch is not None:
            shutil.rmtree(self._scratch, ignore_errors=True)
            self._scratch = None

    def _send(self, message: bytes, when: str) -> None:
        try:
            os.write(self._request_write, wire.frame(message))
        except OSError:
            raise self._died(when) from None

    def _receive(self, seconds: float, subject: str, when: str, deadline: float | None = None) -> dict:
        """Read one reply within `seconds` (or by `deadline`); `subject` and `when` word the fault."""
        deadline = deadline or time.monotonic() + seconds
        size = wire.frame_length(self._read(wire.HEADER_SIZE, deadline, seconds, subject, when))
        if size > self.limits.reply_bytes:
            self.stop()
            raise WorkerFault(f"Your {subject} returned a value too large to grade "
                              f"(over {self.limits.reply_bytes >> 20} MiB).")
        try:
            reply = wire.decode(self._read(size, deadline, seconds, subject, when))
        except wire.WireError as error:
            reply = error
        if not isinstance(reply, dict):
            self.stop()
            raise WorkerFault(f"The worker sent a reply the grader cannot read {when}.")
        return reply

    def _read(self, size: int, deadline: float, seconds: float, subject: str, when: str) -> bytes:
        chunks = []
        while size:
            ready, _, _ = select.select([self._reply_read], [], [], max(deadline - time.monotonic(), 0))
            if not ready:
                self.stop()
                raise WorkerFault(f"Your {subject} did not finish within {seconds:g} s "
                                  "(an infinite loop, or far too slow).")
            chunk = os.read(self._reply_read, min(size, 1 << 20))
            if not chunk:
                raise self._died(when)
            chunks.append(chunk)
            size -= len(chunk)
        return b"".join(chunks)

    def _died(self, when: str) -> WorkerFault:
        """The worker is gone: say how, from its exit status."""
        assert self._process is not None
        try:
            status: int | None = self._process.wait(timeout=2)
        except subprocess.TimeoutExpired:
            status = None
        last_words = self._last_output_line()
        self.stop()
        if status is None:
            what = "stopped answering"
        elif status < 0:
            what = _SIGNAL_MEANINGS.get(-status, f"was stopped by signal {-status}")
        elif status == 1 and last_words:
            what = f"broke the grading worker ({last_words})"
        else:
            what = (f"exited with status {status} (graded code must return, not call sys.exit(), "
                    "os._exit() or exit())")
        return WorkerFault(f"Your code {what} {when}.")

    def _last_output_line(self) -> str:
        """The last line the worker printed: for a worker the learner's code broke, its traceback's end."""
        try:
            with open(os.path.join(self._scratch or "", "output.txt"), "rb") as output:
                output.seek(max(output.seek(0, os.SEEK_END) - 400, 0))
                lines = output.read().decode("utf-8", "replace").strip().splitlines()
        except OSError:
            return ""
        return lines[-1][:200] if lines else ""


def _worker_environment() -> dict[str, str]:
    """A small, fixed environment: one BLAS thread (deterministic sums, honest limits), UTF-8."""
    keep = {k: v for k, v in os.environ.items() if k in ("PATH", "HOME", "LANG", "SYSTEMROOT")}
    single_thread = {k: "1" for k in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")}
    return {**keep, **single_thread, "PYTHONHASHSEED": "0", "PYTHONIOENCODING": "utf-8",
            "PYTHONDONTWRITEBYTECODE": "1"}


def _load_failure_message(report: dict, learner_file: Path) -> str:
    name = learner_file.name
    kind = report.get("load")
    if kind == "syntax":
        pointer = ""
        if report.get("text"):
            pointer = f"\n    {report['text'].strip()}"
        return f"{name}, line {report.get('line')}: SyntaxError: {report.get('message')}{pointer}"
    if kind == "error":
        where = f" ({report['where']})" if report.get("where") else ""
        return f"{name} raised {report['raised']} while loading{where}: {report['message']}"
    if kind == "exit":
        return f"{name} called {report['message']}; graded files must not exit"
    return f"{name} could not be read: {report.get('message', 'unknown problem')}"


def _run_callback(callbacks: list[Callable], request: dict) -> bytes:
    """Run a function the grader passed to the learner, as the worker asked; the answer to send back."""
    try:
        function = callbacks[int(request["callback"])]
        args, kwargs = list(request.get("args", [])), dict(request.get("kwargs", {}))
    except (IndexError, KeyError, TypeError, ValueError):
        return wire.encode({"raised": "RuntimeError", "message": "no such function was passed"})
    try:
        return wire.encode({"ok": function(*args, **kwargs)})
    except Exception as error:  # the toy model or tool refused these arguments: the learner's code sees it
        return wire.encode({"raised": type(error).__name__, "message": str(error)})


def reply_value(reply: dict, function: str) -> Any:
    """Turn a worker reply into the function's return value, or raise what the learner's code did."""
    if "ok" in reply:
        return reply["ok"]
    if "raised" in reply:
        raise LearnerRaised(reply["raised"], list(reply.get("mro", [])), str(reply.get("message", "")),
                            str(reply.get("where", "")), str(reply.get("traceback", "")))
    if "exit" in reply:
        raise WorkerFault(f"Your {function} called {reply['exit']}; graded code must return a value.")
    if "missing" in reply:
        raise WorkerFault(f"Your file has no function {function}; keep the names from the exercise.")
    if "bad_return" in reply:
        raise WorkerFault(f"Your {function} returned something that cannot be graded: {reply['bad_return']}")
    raise WorkerFault("The worker sent a reply the grader cannot read.")
