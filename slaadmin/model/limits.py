"""What a contract file may hold, checked before anything else reads it.

Hostile or broken files are refused with one sentence, never a traceback or a hang:

- the file: a regular file (not a directory, FIFO or device) of at most MAX_FILE_BYTES,
  UTF-8 without a byte-order mark, without zero bytes;
- the JSON: nested at most MAX_DEPTH deep, no key twice in one object, no NaN/Infinity;
- numbers: finite, at most MAX_FRACTION_DIGITS digits after the point, magnitude below
  MAX_MAGNITUDE, no negative zero (each field's own range comes from the schema);
- text: no lone surrogates, no control characters except tab and line feed (so no ANSI
  escape sequence, BEL, CR or C1 control ever reaches a terminal through a contract).

These limits are generic: they apply to every field, including fields added later.
"""

from __future__ import annotations

import json
import os
import re
import stat
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from slaadmin.i18n import _
from slaadmin.terminal import CONTROL_RE, escape_for_terminal

MAX_FILE_BYTES = 8 * 1024 * 1024
MAX_DEPTH = 64
MAX_FRACTION_DIGITS = 12
MAX_MAGNITUDE = Decimal(10) ** 12
MAX_INTEGER_DIGITS = 13  # a longer integer literal is refused before Python converts it

FORBIDDEN_CHAR_RE = CONTROL_RE

_TOKEN_RE = re.compile(r'"(?:[^"\\\n]|\\.)*"(?P<colon>\s*:)?|[\[\]{}]')


class LimitError(ValueError):
    """Input outside the limits; `pointer` or `line` says where."""

    def __init__(self, problem: str, *, pointer: str = "", line: int = 0) -> None:
        super().__init__(problem)
        self.problem = problem
        self.pointer = pointer
        self.line = line


class _Refused:
    """A JSON number literal kept as text because it must not be converted."""

    def __init__(self, literal: str, reason: str) -> None:
        self.literal = literal
        self.reason = reason


def _shown(literal: str) -> str:
    return (
        literal
        if len(literal) <= 24
        else f"{literal[:12]}…{literal[-6:]} ({len(literal)} characters)"
    )


def _parse_int(literal: str) -> Any:
    digits = literal.lstrip("-")
    if literal.startswith("-") and digits.strip("0") == "":
        return _Refused(literal, "negative zero is not a number a contract can hold")
    if len(digits) > MAX_INTEGER_DIGITS:
        return _Refused(
            literal,
            f"the number has {len(digits)} digits; at most {MAX_INTEGER_DIGITS} are allowed",
        )
    return int(literal)


def _parse_float(literal: str) -> Any:
    if len(literal) > 64:
        return _Refused(literal, "the number is too long to be a figure")
    try:
        return Decimal(literal)
    except InvalidOperation:  # pragma: no cover - the JSON grammar already checked it
        return _Refused(literal, "not a number")


def _parse_constant(literal: str) -> Any:
    return _Refused(literal, f"{literal} is not a number a contract can hold")


# --------------------------------------------------------------------------- files


def read_limited(path: str | os.PathLike[str]) -> str:
    """Return the UTF-8 text of a regular file of at most MAX_FILE_BYTES; raise LimitError
    (or OSError for a missing or unreadable file) saying why it cannot be read."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(os.fspath(path), flags)  # O_NONBLOCK: a FIFO must not block the open
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise LimitError(_("is a folder, not a file"))
        if not stat.S_ISREG(info.st_mode):
            raise LimitError(
                _("is a named pipe, not a regular file")
                if stat.S_ISFIFO(info.st_mode)
                else _("is a device or socket, not a regular file")
            )
        if info.st_size > MAX_FILE_BYTES:
            raise LimitError(
                _("is {size} bytes; files over {limit} bytes are refused").format(
                    size=f"{info.st_size:,}", limit=f"{MAX_FILE_BYTES:,}"
                )
            )
        with os.fdopen(fd, "rb", closefd=False) as fh:
            data = fh.read(MAX_FILE_BYTES + 1)
    finally:
        os.close(fd)
    if len(data) > MAX_FILE_BYTES:
        raise LimitError(
            _("is {size} bytes; files over {limit} bytes are refused").format(
                size=f"{len(data):,}", limit=f"{MAX_FILE_BYTES:,}"
            )
        )
    return decode_text(data)


def decode_text(data: bytes) -> str:
    """Return `data` decoded as UTF-8; raise LimitError for BOMs, UTF-16, zero bytes."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise LimitError(_("is UTF-16 text; save it as UTF-8"))
    if data.startswith(b"\xef\xbb\xbf"):
        raise LimitError(_("starts with a byte-order mark; save it as UTF-8 without BOM"))
    zero = data.find(b"\x00")
    if zero >= 0:
        if len(data) > 1 and (data[1:2] == b"\x00" or data[0:1] == b"\x00"):
            raise LimitError(_("is UTF-16 text; save it as UTF-8"))
        line = data.count(b"\n", 0, zero) + 1
        raise LimitError(
            _("contains a zero byte (line {line}); it is not a text file").format(line=line),
            line=line,
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise LimitError(
            _("not UTF-8 text (byte {n}, line {line})").format(n=exc.start, line=line), line=line
        ) from None


# --------------------------------------------------------------------------- JSON


def check_structure(text: str) -> None:
    """Refuse JSON nested deeper than MAX_DEPTH or repeating a key in one object, in one
    linear pass before parsing (so parsing can never recurse too deep)."""
    stack: list[set[str] | None] = []  # a set of keys per open object, None per array
    line, last = 1, 0
    for m in _TOKEN_RE.finditer(text):
        token = m[0]
        if token in "{[":
            if len(stack) >= MAX_DEPTH:
                line += text.count("\n", last, m.start())
                raise LimitError(
                    _("JSON nested more than {n} levels deep").format(n=MAX_DEPTH), line=line
                )
            stack.append(set() if token == "{" else None)
        elif token in "}]":
            if stack:
                stack.pop()
        elif m["colon"] and stack and stack[-1] is not None:
            raw = token[: token.rindex('"') + 1]
            try:
                key = json.loads(raw) if "\\" in raw else raw[1:-1]
            except ValueError:
                return  # a malformed string: the parser names it
            keys = stack[-1]
            if key in keys:
                line += text.count("\n", last, m.start())
                raise LimitError(
                    _('the key "{key}" appears twice in one object').format(
                        key=escape_for_terminal(key)
                    ),
                    line=line,
                )
            keys.add(key)
        line += text.count("\n", last, m.start())
        last = m.start()


def parse_json(text: str) -> Any:
    """Parse JSON with numbers kept exact (Decimal) and literals a contract cannot hold
    kept as refusals for `check_data` to name with their JSON pointer."""
    check_structure(text)
    return json.loads(
        text, parse_float=_parse_float, parse_int=_parse_int, parse_constant=_parse_constant
    )


def check_data(data: Any) -> None:
    """Refuse numbers and strings outside the generic limits; the error names the pointer."""
    todo: list[tuple[str, Any]] = [("", data)]
    while todo:
        pointer, value = todo.pop()
        if isinstance(value, dict):
            for key, item in value.items():
                token = str(key).replace("~", "~0").replace("/", "~1")
                _check_string(key, f"{pointer}/{token}", is_key=True)
                todo.append((f"{pointer}/{token}", item))
        elif isinstance(value, list):
            todo += [(f"{pointer}/{i}", item) for i, item in enumerate(value)]
        elif isinstance(value, str):
            _check_string(value, pointer)
        elif isinstance(value, _Refused):
            raise LimitError(f"{_shown(value.literal)}: {value.reason}", pointer=pointer or "/")
        elif isinstance(value, Decimal):
            _check_decimal(value, pointer)
        elif isinstance(value, int) and not isinstance(value, bool) and abs(value) >= MAX_MAGNITUDE:
            raise LimitError(
                f"{value} is too large; figures stay below {MAX_MAGNITUDE:,}",
                pointer=pointer or "/",
            )


def _check_decimal(value: Decimal, pointer: str) -> None:
    where = pointer or "/"
    if not value.is_finite():
        raise LimitError(f"{value} is not a number a contract can hold", pointer=where)
    if value.is_zero() and value.is_signed():
        raise LimitError("negative zero is not a number a contract can hold", pointer=where)
    exponent = value.as_tuple().exponent
    assert isinstance(exponent, int)
    if value.adjusted() >= MAX_MAGNITUDE.adjusted():
        raise LimitError(
            f"{_shown(str(value))} is too large; figures stay below {MAX_MAGNITUDE:,}",
            pointer=where,
        )
    if exponent < -MAX_FRACTION_DIGITS:
        raise LimitError(
            f"{_shown(str(value))} has more than {MAX_FRACTION_DIGITS} digits after the point",
            pointer=where,
        )


def _check_string(value: str, pointer: str, *, is_key: bool = False) -> None:
    m = FORBIDDEN_CHAR_RE.search(value)
    if m is None:
        return
    char = m[0]
    what = "a lone surrogate" if "\ud800" <= char <= "\udfff" else "a control character"
    raise LimitError(
        f"{'the key' if is_key else 'the text'} contains {what} "
        f"(U+{ord(char):04X} at character {m.start() + 1}); only tab and line "
        "feed are allowed",
        pointer=pointer or "/",
    )


def is_safe_path_name(name: str) -> bool:
    """Return True when `name` can be one file or id: no separators, no '..', no controls."""
    return (
        bool(name)
        and name not in (".", "..")
        and "/" not in name
        and "\\" not in name
        and FORBIDDEN_CHAR_RE.search(name) is None
        and Path(name).name == name
    )
