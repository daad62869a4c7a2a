"""The worker process: the only place a learner's code runs.

Started by `grader.sandbox` as `python -I -m grader.worker CONFIG_JSON`. It loads the learner's file,
reports what it defines, then answers call requests on a pipe until the pipe closes. It never decides
anything about the score: it only runs the learner's functions and sends back what they returned.

An audit hook, installed before the learner's file is loaded, refuses what a graded function has no
business doing: reading the course's reference solutions or hidden suites, writing files outside the
worker's scratch folder, starting processes, signalling other processes, opening sockets, and ctypes.
"""

from __future__ import annotations

import builtins
import json
import os
import sys
import traceback
from pathlib import Path
from typing import Any

import numpy  # noqa: F401  (imported before the audit hook so numpy's own set-up is not refused)

from grader import wire

_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND
_ALWAYS_REFUSED = ("subprocess.Popen", "os.system", "os.exec", "os.posix_spawn", "os.spawn", "os.fork",
                   "os.forkpty", "socket.connect", "socket.bind", "socket.sendto", "pty.spawn")
_CHANGES_FILES = ("os.remove", "os.rename", "os.rmdir", "shutil.rmtree", "os.truncate", "os.chmod",
                  "os.chown", "os.symlink", "os.link", "os.mkdir", "os.utime", "shutil.move")


def _inside(path: Any, roots: list[str]) -> bool:
    if isinstance(path, int):
        return False
    try:
        real = os.path.realpath(os.fsdecode(path))
    except (TypeError, ValueError):
        return True
    return any(real == root or real.startswith(root + os.sep) for root in roots)


def install_guard(hidden_roots: list[str], scratch: str) -> None:
    """Refuse, from now on, the operations listed in the module docstring."""
    own_pid = os.getpid()

    def guard(event: str, args: tuple) -> None:
        if event == "open":
            path, mode, flags = args
            writing = (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
                isinstance(flags, int) and flags & _WRITE_FLAGS)
            if _inside(path, hidden_roots):
                raise PermissionError("reading the course's reference solutions or hidden suites is "
                                      "not allowed while grading")
            if writing and not _inside(path, [scratch]):
                raise PermissionError("writing files is not allowed while grading")
        elif event.startswith(_CHANGES_FILES):
            if not all(_inside(a, [scratch]) for a in args if isinstance(a, (str, bytes, os.PathLike))):
                raise PermissionError(f"{event} is not allowed while grading")
        elif event.startswith(_ALWAYS_REFUSED) or event.startswith("ctypes."):
            raise PermissionError(f"{event} is not allowed while grading")
        elif event in ("os.kill", "os.killpg", "signal.pthread_kill") and args[0] not in (own_pid, 0):
            raise PermissionError("signalling other processes is not allowed while grading")

    sys.addaudithook(guard)


def _where(error: BaseException, learner_file: str) -> str:
    """The innermost line of the learner's own file in the traceback, e.g. 'bpe.py, line 37, in merge'."""
    frames = [f for f in traceback.extract_tb(error.__traceback__) if f.filename == learner_file]
    if not frames:
        return ""
    last = frames[-1]
    return f"{Path(learner_file).name}, line {last.lineno}, in {last.name}"


def _describe(error: BaseException, learner_file: str) -> dict:
    frames = [f for f in traceback.extract_tb(error.__traceback__) if f.filename == learner_file]
    return {"raised": type(error).__name__,
            "mro": [c.__name__ for c in type(error).__mro__ if c.__module__ == "builtins"],
            "message": _safe_str(error)[:2000], "where": _where(error, learner_file),
            "traceback": "".join(traceback.format_list(frames[-10:]))}


def _safe_str(error: BaseException) -> str:
    try:
        return str(error)
    except BaseException:  # a learner's exception whose __str__ itself fails
        return "<unprintable message>"


def read_source(learner_file: str) -> str | dict:
    """The learner's file, read before the guard is up (it may sit in a tree the guard hides)."""
    try:
        return Path(learner_file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        return {"load": "unreadable", "message": _safe_str(error)}


def load(source: str, learner_file: str, module_name: str) -> tuple[dict, dict]:
    """Run the learner's file; return its namespace and the load report sent to the grader."""
    namespace: dict = {"__name__": module_name, "__file__": learner_file}
    try:
        code = compile(source, learner_file, "exec")
    except SyntaxError as error:
        return namespace, {"load": "syntax", "message": error.msg, "line": error.lineno,
                           "offset": error.offset, "text": (error.text or "").rstrip("\n")}
    except ValueError as error:  # e.g. a NUL byte in the source
        return namespace, {"load": "unreadable", "message": _safe_str(error)}
    try:
        exec(code, namespace)
    except SystemExit as error:
        return namespace, {"load": "exit", "message": f"sys.exit({error.code!r}) while loading"}
    except BaseException as error:
        return namespace, {"load": "error", **_describe(error, learner_file)}
    functions = sorted(k for k, v in namespace.items() if callable(v) and not k.startswith("_"))
    return namespace, {"load": "ok", "functions": functions}


def answer(namespace: dict, request: dict, learner_file: str) -> dict:
    """Run one requested call; report the return value, the exception, or an exit attempt."""
    function = namespace.get(request["call"])
    if not callable(function):
        return {"missing": request["call"]}
    args, kwargs = request["args"], request["kwargs"]
    try:
        value = function(*args, **kwargs)
    except SystemExit as error:
        return {"exit": f"sys.exit({error.code!r})"}
    except BaseException as error:
        return _describe(error, learner_file)
    reply = {"ok": value}
    if request.get("echo_args"):
        reply["args"], reply["kwargs"] = _without_callbacks(args), _without_callbacks(kwargs)
    return reply


def _without_callbacks(value: Any) -> Any:
    """The arguments as echoed back after a call: the grader's own functions come back as None (their
    stand-ins cannot cross the wire, and the grader has the originals)."""
    if isinstance(value, Callback):
        return None
    if isinstance(value, dict):
        return {key: _without_callbacks(item) for key, item in value.items()}
    if type(value) in (list, tuple):
        return type(value)(_without_callbacks(item) for item in value)
    return value


def _read_exactly(fd: int, size: int) -> bytes | None:
    chunks = []
    while size:
        chunk = os.read(fd, size)
        if not chunk:
            return None
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def _send(fd: int, reply: dict) -> None:
    try:
        payload = wire.encode(reply)
    except (wire.WireError, RecursionError, ValueError) as error:
        payload = wire.encode({"bad_return": str(error)})
    except MemoryError:
        payload = wire.encode({"bad_return": "the value is too large to send"})
    _send_frame(fd, payload)


def _send_frame(fd: int, payload: bytes) -> None:
    data = wire.frame(payload)
    while data:
        data = data[os.write(fd, data):]


class Callback:
    """Stands in, inside the worker, for a function the grader passed: a toy model, a tool, a counter.

    Calling it asks the grader to run the real function on the (plain-data) arguments and waits for
    the answer. It works only during the call it was passed to.
    """

    def __init__(self, channel: "Channel", number: int):
        self._channel, self._number, self._call = channel, number, channel.calls

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        if self._call != self._channel.calls:
            raise RuntimeError("a function passed to your code can only be used during that call")
        try:
            request = wire.encode({"callback": self._number, "args": list(args), "kwargs": kwargs})
        except (wire.WireError, RecursionError, ValueError) as error:
            raise TypeError(f"this argument cannot be passed to the function you were given: {error}") from None
        _send_frame(self._channel.replies, request)
        answer = self._channel.receive()
        if answer is None:
            raise SystemExit(0)  # the grader has gone: nothing left to answer
        if "ok" in answer:
            return answer["ok"]
        error_type = getattr(builtins, str(answer.get("raised")), None)
        if not (isinstance(error_type, type) and issubclass(error_type, Exception)):
            error_type = RuntimeError
        raise error_type(answer.get("message", ""))


class Channel:
    """The two pipes to the grader, and a count of the calls served (to retire stale callbacks)."""

    def __init__(self, requests: int, replies: int):
        self.requests, self.replies, self.calls = requests, replies, 0

    def receive(self) -> dict | None:
        """The next message from the grader, or None when the grader has closed the pipe."""
        header = _read_exactly(self.requests, wire.HEADER_SIZE)
        if header is None:
            return None
        data = _read_exactly(self.requests, wire.frame_length(header)) or b"null"
        return wire.decode(data, make_callback=lambda number: Callback(self, number))


def serve(config: dict) -> None:
    requests, replies = config["request_fd"], config["reply_fd"]
    source = read_source(config["learner_file"])
    install_guard(config["hidden_roots"], config["scratch"])
    if isinstance(source, dict):
        _send(replies, source)
        return
    namespace, report = load(source, config["learner_file"], config["module_name"])
    _send(replies, report)
    if report["load"] != "ok":
        return
    channel = Channel(requests, replies)
    while True:
        channel.calls += 1  # before reading: callbacks in this request belong to this call
        request = channel.receive()
        if request is None:
            return
        _send(replies, answer(namespace, request, config["learner_file"]))


if __name__ == "__main__":
    serve(json.loads(sys.argv[1]))
