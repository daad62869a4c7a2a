"""Timing that can be quoted: warm up, repeat, report the median (and the spread) of several runs."""

from __future__ import annotations

import platform
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Timing:
    median: float
    low: float
    high: float
    runs: int

    def __str__(self) -> str:
        return f"{self.median:.3g} s (min {self.low:.3g}, max {self.high:.3g}, {self.runs} runs)"


def measure(work: Callable[[], object], runs: int = 5, warmup: int = 1) -> Timing:
    """Wall time of `work()`: `warmup` untimed calls, then the median of `runs` timed ones."""
    for _ in range(warmup):
        work()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return Timing(statistics.median(times), min(times), max(times), runs)


def machine() -> dict[str, str]:
    """What the numbers were measured on."""
    import os

    return {"python": platform.python_version(), "numpy": np.__version__, "cpus": str(os.cpu_count()),
            "processor": platform.processor() or platform.machine(), "system": platform.platform(terse=True)}
