"""The only format in which values cross between the grader and a learner's worker process.

The worker runs untrusted code, so nothing it sends may be able to run code in the grader: no pickle.
Values are plain data (None, bool, int, float, str, bytes, list, tuple, dict, numeric numpy arrays
and scalars, and numpy PCG64 random generators, sent as their state), written as JSON with tagged
objects for the types JSON lacks. A numpy array subclass arrives as a plain ndarray, so a learner cannot
smuggle in an object whose `==` always says True.

Functions cross one way only: a function the grader passes as an argument (a toy model, a tool, a
token counter) is sent as a numbered callback. The worker hands the learner a stand-in that asks the
grader to run the real function on plain-data arguments (see `grader.sandbox` and `grader.worker`).
"""

from __future__ import annotations

import base64
import json
import math
import struct
from collections.abc import Callable
from typing import Any

import numpy as np

MAX_DEPTH = 64
_NUMERIC_KINDS = "biufc"
_HEADER = struct.Struct(">Q")


class WireError(ValueError):
    """A value cannot be sent: an unsupported type, or a malformed message."""


def encode(value: Any, callbacks: list[Callable] | None = None) -> bytes:
    """Serialise `value`. Functions inside it are appended to `callbacks` and sent by number; without
    a `callbacks` list a function cannot be sent."""
    return json.dumps(_to_json(value, 0, callbacks), separators=(",", ":"), allow_nan=False).encode()


def decode(data: bytes, make_callback: Callable[[int], Callable] | None = None) -> Any:
    """Read a value; numbered callbacks become `make_callback(number)`, or are refused without it."""
    try:
        raw = json.loads(data)
    except (ValueError, RecursionError) as error:
        raise WireError(f"malformed message: {error}") from None
    return _from_json(raw, 0, make_callback)


def frame(payload: bytes) -> bytes:
    """Prefix a message with its length so the reader knows where it ends."""
    return _HEADER.pack(len(payload)) + payload


def frame_length(header: bytes) -> int:
    return _HEADER.unpack(header)[0]


HEADER_SIZE = _HEADER.size


def describe_type(value: Any) -> str:
    return type(value).__module__.replace("builtins", "").strip(".") + "." + type(value).__qualname__


def _to_json(value: Any, depth: int, callbacks: list[Callable] | None) -> Any:
    if depth > MAX_DEPTH:
        raise WireError("value is nested too deeply")
    # Subclasses of the plain types (Counter, defaultdict, namedtuple, IntEnum...) arrive as the plain
    # type, so whatever they override (`__eq__` above all) stays behind. bool before int: bool is an int.
    if value is None or isinstance(value, bool):
        return value if value is None else bool(value)
    if isinstance(value, str):
        return str(value)
    if isinstance(value, int):
        value = int(value)
        return value if abs(value) < 2**53 else {"int": str(value)}
    if isinstance(value, float):
        value = float(value)
        return value if math.isfinite(value) else {"float": repr(value)}
    if isinstance(value, bytes):
        return {"bytes": base64.b64encode(bytes(value)).decode()}
    if isinstance(value, (list, tuple)):
        items = [_to_json(v, depth + 1, callbacks) for v in value]
        return {"tuple": items} if isinstance(value, tuple) else items
    if isinstance(value, dict):
        return {"dict": [[_to_json(k, depth + 1, callbacks), _to_json(v, depth + 1, callbacks)] for k, v in dict(value).items()]}
    if isinstance(value, np.ndarray):
        return _array_to_json(np.asarray(value), scalar=False)
    if type(value) is np.random.Generator and type(value.bit_generator) is np.random.PCG64:
        return {"generator": _to_json(value.bit_generator.state, depth + 1, None)}
    if isinstance(value, np.generic):
        return _array_to_json(np.asarray(value), scalar=True)
    if callbacks is not None and callable(value) and not isinstance(value, type):
        callbacks.append(value)
        return {"callback": len(callbacks) - 1}
    raise WireError(f"values of type {describe_type(value)} cannot be graded; return plain Python "
                    "values (int, float, str, list, tuple, dict) or numpy arrays")


def _array_to_json(array: np.ndarray, scalar: bool) -> dict:
    if array.dtype.kind not in _NUMERIC_KINDS:
        raise WireError(f"numpy arrays of dtype {array.dtype} cannot be graded; use a numeric dtype")
    data = array.copy(order="C")  # (ascontiguousarray would turn a 0-d array into 1-d)
    return {"ndarray": base64.b64encode(data.tobytes()).decode(), "dtype": data.dtype.str,
            "shape": list(data.shape), "scalar": scalar}


def _from_json(raw: Any, depth: int, make_callback: Callable[[int], Callable] | None) -> Any:
    if depth > MAX_DEPTH:
        raise WireError("value is nested too deeply")
    if raw is None or isinstance(raw, (bool, int, float, str)):
        return raw
    if isinstance(raw, list):
        return [_from_json(v, depth + 1, make_callback) for v in raw]
    if not isinstance(raw, dict) or len(raw) not in (1, 4):
        raise WireError("malformed message: unknown value")
    try:
        return _tagged_from_json(raw, depth, make_callback)
    except (KeyError, TypeError, ValueError, OverflowError) as error:
        raise WireError(f"malformed message: {error}") from None


def _tagged_from_json(raw: dict, depth: int, make_callback: Callable[[int], Callable] | None) -> Any:
    if "int" in raw:
        return int(raw["int"])
    if "float" in raw:
        text = raw["float"]
        if text not in ("inf", "-inf", "nan"):
            raise ValueError(f"bad float {text!r}")
        return float(text)
    if "bytes" in raw:
        return base64.b64decode(raw["bytes"], validate=True)
    if "tuple" in raw:
        return tuple(_from_json(v, depth + 1, make_callback) for v in raw["tuple"])
    if "dict" in raw:
        result = {}
        for key, value in raw["dict"]:
            key = _from_json(key, depth + 1, make_callback)
            if isinstance(key, (list, dict)):
                raise ValueError("unhashable dict key")
            result[key] = _from_json(value, depth + 1, make_callback)
        return result
    if "generator" in raw:
        bit_generator = np.random.PCG64()
        bit_generator.state = _from_json(raw["generator"], depth + 1, None)
        return np.random.Generator(bit_generator)
    if "callback" in raw:
        if make_callback is None:
            raise ValueError("a function cannot be sent this way")
        return make_callback(int(raw["callback"]))
    if "ndarray" in raw:
        dtype = np.dtype(raw["dtype"])
        if dtype.kind not in _NUMERIC_KINDS:
            raise ValueError(f"dtype {dtype} is not numeric")
        shape = tuple(int(n) for n in raw["shape"])
        array = np.frombuffer(base64.b64decode(raw["ndarray"], validate=True), dtype=dtype)
        array = array.reshape(shape).copy()
        return array[()] if raw["scalar"] else array
    raise ValueError("unknown tag")
