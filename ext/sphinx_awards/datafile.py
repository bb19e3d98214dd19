"""Read a data file's text: a regular file, within the size limit, UTF-8 that YAML allows.

Anything else is refused with the one located problem that says why, before YAML sees it.
"""

from __future__ import annotations

import os
import stat

from yaml.reader import Reader

from sphinx_awards.limits import Limits
from sphinx_awards.messages import Problem, Subtype
from sphinx_awards.model import Location
from sphinx_awards.yamlerrors import syntax_error


class Refused(Exception):
    """The file cannot become a document; carries the one problem that says why."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


def refuse(path: str, line: int | None, message: str, subtype: Subtype) -> Refused:
    """The refusal of the file ``path`` for one problem, located at ``line`` (None: the file)."""
    return Refused(Problem(Location(path, line), message, subtype))


def read_text(path: str, limits: Limits) -> str:
    """The text of the data file ``path``; raises :class:`Refused` when it cannot be data."""
    try:
        _refuse_unless_a_file(path, os.stat(path).st_mode)
        data = _read_bytes(path, limits.max_file_size + 1)
    except FileNotFoundError:
        raise refuse(path, None, "data file not found", "file") from None
    except OSError as exc:
        raise refuse(path, None, f"cannot read data file: {exc.strerror}", "file") from None
    if len(data) > limits.max_file_size:
        message = f"data file is over the size limit of {limits.max_file_size} bytes"
        raise refuse(path, None, message, "limit")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        message = (
            f"not UTF-8 text: byte 0x{data[exc.start]:02x} at offset {exc.start} (line {line}) "
            "cannot be decoded; save the file as UTF-8"
        )
        raise refuse(path, line, message, "file") from None
    if bad := Reader.NON_PRINTABLE.search(text):
        line = text.count("\n", 0, bad.start()) + 1
        column = bad.start() - (text.rfind("\n", 0, bad.start()) + 1) + 1
        message = f"character U+{ord(bad.group()):04X} is not allowed in YAML"
        raise refuse(path, line, syntax_error(line, column, message), "data")
    return text


def _refuse_unless_a_file(path: str, mode: int) -> None:
    """Refuse a path that is not a regular file, before it is opened.

    Opening a named pipe waits for a writer, and reading a device may never end.
    """
    if stat.S_ISREG(mode):
        return
    if stat.S_ISDIR(mode):
        raise refuse(path, None, "is a folder, expected a YAML data file", "file")
    if stat.S_ISFIFO(mode):
        kind = "a named pipe"
    elif stat.S_ISSOCK(mode):
        kind = "a socket"
    else:
        kind = "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "a special file"
    raise refuse(path, None, f"is {kind}, not a regular file; expected a YAML data file", "file")


def _read_bytes(path: str, size: int) -> bytes:
    """At most ``size`` bytes of the regular file ``path``.

    Opened without waiting, in case a named pipe took the file's place since it was looked
    at, and looked at again once open.
    """
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(descriptor, "rb") as file:
        _refuse_unless_a_file(path, os.fstat(descriptor).st_mode)
        # One byte past the limit rather than trusting the size the system reports.
        return file.read(size)
