"""The learner's module as a check sees it: `learner.merge(ids, pair, 256)` runs in the worker.

Each call is recorded, so that when a check fails the learner is shown the exact call that went
wrong: after hypothesis has shrunk a failure, the last call is the smallest failing input.
"""

from __future__ import annotations

import errno
import os
import time
from dataclasses import dataclass
from typing import Any

from grader.checks import show
from grader.sandbox import LearnerProcess, WorkerFault, reply_value

CHECK_BUDGET_SECONDS = 30.0
"""Wall time one check may spend in the learner's code in all, shrinking included."""


class NotStarted(BaseException):
    """The learner's function still raises NotImplementedError.

    A BaseException so hypothesis gives up at once: there is nothing to shrink in a stub.
    """


@dataclass(frozen=True)
class Call:
    function: str
    args: tuple
    kwargs: dict

    def __str__(self) -> str:
        parts = [show(a) for a in self.args] + [f"{k}={show(v)}" for k, v in self.kwargs.items()]
        return f"{self.function}({', '.join(parts)})"


class Learner:
    """Attribute access gives a function that calls the learner's function of that name."""

    def __init__(self, process: LearnerProcess):
        self._process = process
        self.last_call: Call | None = None
        self._check_started = time.monotonic()

    def start_check(self) -> None:
        """Forget the previous check's last call and restart the per-check time budget."""
        self.last_call = None
        self._check_started = time.monotonic()

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        return lambda *args, **kwargs: self._call(name, args, kwargs, echo_args=False)["ok"]

    def call_and_inputs(self, name: str, *args: Any, **kwargs: Any) -> tuple[Any, tuple, dict]:
        """Call `name` and also return its arguments as they were after the call (to catch mutation).

        Functions passed as arguments come back as None."""
        reply = self._call(name, args, kwargs, echo_args=True)
        return reply["ok"], tuple(reply["args"]), dict(reply["kwargs"])

    def _call(self, name: str, args: tuple, kwargs: dict, echo_args: bool) -> dict:
        if time.monotonic() - self._check_started > CHECK_BUDGET_SECONDS:
            raise WorkerFault(f"This check used up its {CHECK_BUDGET_SECONDS:g} s in your code.")
        self.last_call = Call(name, args, dict(kwargs))
        reply = self._process.call(name, args, kwargs, echo_args=echo_args)
        if reply.get("raised") == "NotImplementedError":
            raise NotStarted(f"{name} is not written yet (it still raises NotImplementedError).")
        exhausted = self._exhausted(reply)
        if exhausted:
            # Fatal for the check (no shrinking: it would only exhaust the limit again), and the
            # worker is replaced, since a process that ran out of memory may be in a bad state.
            self._process.stop()
            where = f" ({reply['where']})" if reply.get("where") else ""
            raise WorkerFault(f"Your {name} {exhausted}{where}.")
        reply_value(reply, name)
        return reply

    def _exhausted(self, reply: dict) -> str | None:
        """Say which limit the learner's code ran into, if the reply is a resource error."""
        raised, message = reply.get("raised"), str(reply.get("message", ""))
        if raised == "MemoryError":
            return f"ran out of memory (the limit is {self._process.limits.memory_mb} MB)"
        if raised == "RecursionError":
            return "recursed too deeply (a recursion without a base case?)"
        if raised == "OSError" and os.strerror(errno.EFBIG) in message:
            return f"printed or wrote too much output (the limit is {self._process.limits.output_bytes >> 10} KiB)"
        return None
