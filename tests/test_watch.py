"""`llm-course watch` driven in a real pseudo-terminal, as a learner at a keyboard drives it."""

import os
import pty
import re
import select
import shutil
import subprocess
import time

import pytest

from course.syllabus import load

SYLLABUS = load()


ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
"""Colour and cursor codes, left out of what the tests read."""


class Terminal:
    """A command running in a pseudo-terminal: type keys, and wait for text to appear on its screen."""

    def __init__(self, args: list[str], cwd):
        self.pid, self.fd = pty.fork()
        if self.pid == 0:  # the child: become the command
            os.chdir(cwd)
            env = {k: v for k, v in os.environ.items() if not k.startswith("LLM_COURSE_")}
            os.execvpe(args[0], args, env | {"COLUMNS": "120", "TERM": "xterm"})
        self.raw = self.screen = ""

    def wait_for(self, text: str, seconds: float = 60) -> None:
        """Read the output until `text` appears after the current position; fail after `seconds`."""
        start, deadline = len(self.screen), time.monotonic() + seconds
        while text not in self.screen[start:]:
            if time.monotonic() > deadline:
                raise AssertionError(f"{text!r} did not appear; the screen ends with:\n{self.screen[-2000:]}")
            ready, _, _ = select.select([self.fd], [], [], 0.2)
            if ready:
                try:
                    self.raw += os.read(self.fd, 65536).decode(errors="replace")
                    self.screen = ANSI.sub("", self.raw)
                except OSError:  # the command exited
                    time.sleep(0.2)

    def press(self, key: str) -> None:
        os.write(self.fd, key.encode())

    def exit_status(self, seconds: float = 30) -> int:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                return os.waitstatus_to_exitcode(status)
            self.wait_for("", 0.2)
            time.sleep(0.1)
        os.kill(self.pid, 9)
        raise AssertionError("the command did not exit")


@pytest.fixture
def workspace(tmp_path):
    run = subprocess.run([shutil.which("llm-course"), "init", str(tmp_path / "work")], capture_output=True,
                         text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    return tmp_path / "work"


@pytest.mark.parametrize("mode", [[], ["--poll"]], ids=["file events", "polling only"])
def test_watch_regrades_on_save_moves_on_when_it_passes_and_obeys_keys(workspace, mode):
    exercise = SYLLABUS.exercise("softmax")
    following = SYLLABUS.exercises[SYLLABUS.exercises.index(exercise) + 1]
    target = workspace / "exercises" / exercise.relative_path
    terminal = Terminal([shutil.which("llm-course"), "watch", "softmax", *mode], cwd=workspace)
    terminal.wait_for("not started")
    terminal.wait_for("q quit")

    # A save that breaks a check shows the failure on a fresh screen.
    target.write_text(exercise.solution_path.read_text().replace("/ temperature", "* temperature", 1))
    terminal.wait_for("partly done")
    terminal.wait_for("q quit")

    # Saving a correct file passes, and the watch moves on to the next exercise by itself.
    shutil.copy(exercise.solution_path, target)
    terminal.wait_for(f"softmax passes. Next: {following.name}")
    terminal.wait_for("q quit")

    terminal.press("l")
    terminal.wait_for("exercises passed")
    terminal.press("q")
    assert terminal.exit_status() == 0


def test_watch_starts_at_the_first_exercise_not_yet_passed(workspace):
    terminal = Terminal([shutil.which("llm-course"), "watch"], cwd=workspace)
    terminal.wait_for(f"llm-course watch  {SYLLABUS.exercises[0].name}")
    terminal.wait_for("q quit")
    terminal.press("n")
    terminal.wait_for(f"llm-course watch  {SYLLABUS.exercises[1].name}")
    terminal.wait_for("q quit")
    terminal.press("h")
    terminal.wait_for("Hint 1 of" if SYLLABUS.exercises[1].hints else "No hints")
    terminal.press("q")
    assert terminal.exit_status() == 0
