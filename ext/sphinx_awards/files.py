"""Files written beside a build's output: whole or not at all, and only when they change.

Each is written to a temporary file of its own in the same folder and moved into place with
``os.replace``, which no reader sees half done: a build killed while writing leaves at most a
temporary file, which the next build removes, and two builds writing one folder at once each
move a whole file of their own. A file whose text is unchanged keeps its time stamp, so live
reload and web servers see no change.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from collections.abc import Callable

#: How the temporary files end, so that those a killed build left are found again.
TEMPORARY_SUFFIX = ".sphinx-awards-tmp"
#: How often a write starts again when its temporary file was taken away by another build.
_ATTEMPTS = 3


def digest(path: Path) -> str | None:
    """The SHA-256 of a file's bytes, or None when there is no such file."""
    try:
        with path.open("rb") as file:
            return hashlib.file_digest(file, "sha256").hexdigest()
    except FileNotFoundError:
        return None


def write_file(path: Path, write: Callable[[TextIO], object]) -> str:
    """Write ``path`` (UTF-8 text) with ``write``, whole and only if it changes; its digest."""
    for attempt in range(_ATTEMPTS):
        descriptor, name = tempfile.mkstemp(
            dir=path.parent, prefix=f".{path.name}.", suffix=TEMPORARY_SUFFIX
        )
        temporary = Path(name)
        try:
            # Piece by piece into the file, never whole into memory.
            with open(descriptor, "w", encoding="utf-8") as stream:
                write(stream)
            written = digest(temporary)
            if written is None:
                continue  # another build writing this folder cleared its temporary files
            if written != digest(path):
                os.replace(temporary, path)
            return written
        except FileNotFoundError:
            # The same, between the digest and the move.
            if attempt == _ATTEMPTS - 1:
                raise
        finally:
            with contextlib.suppress(FileNotFoundError):
                temporary.unlink()
    raise FileNotFoundError(path)


def remove_leftovers(folder: Path) -> None:
    """Remove the temporary files that builds killed while writing left in ``folder``."""
    for leftover in folder.glob(f".*{TEMPORARY_SUFFIX}"):
        # One that another build is writing now: it starts that file again.
        with contextlib.suppress(OSError):
            leftover.unlink()
