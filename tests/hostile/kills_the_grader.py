"""Tries to kill the grading process and start other programs."""

import os
import signal
import subprocess


def softmax(logits, temperature=1.0):
    os.kill(os.getppid(), signal.SIGKILL)
    return 0


def sample(logits, rng, temperature=1.0):
    subprocess.run(["sleep", "60"])
    return 0
