"""A build killed while it writes is finished by the next one.

Sphinx saves what it has read before it writes a single page, so after a build is killed while
writing, the next build finds nothing to read: the pages the killed build did not write (or
wrote half) would stay as they were, out of step with the data. A build therefore leaves a
mark in the doctree folder before it saves what it read, and takes it away once it has
finished; a build that finds the mark of the last one reads and writes every page again.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment


def _mark(app: Sphinx) -> Path:
    """The mark of an unfinished build of this builder into this output folder."""
    return Path(app.doctreedir) / f"sphinx-awards-unfinished-{app.builder.name}"


def _left_unfinished(app: Sphinx) -> bool:
    """Whether the last build of this builder into this output folder did not finish."""
    try:
        return _mark(app).read_text(encoding="utf-8") == str(app.outdir)
    except OSError:
        return False


def read_all_after_an_unfinished_build(
    app: Sphinx, env: BuildEnvironment, added: set[str], changed: set[str], removed: set[str]
) -> list[str]:
    """Every page, when the last build was killed before it had written them all."""
    if not _left_unfinished(app):
        return []
    return sorted(env.found_docs - added - removed)


def mark_unfinished(app: Sphinx, env: BuildEnvironment) -> None:
    """Mark the build unfinished before Sphinx saves what it has read."""
    _mark(app).write_text(str(app.outdir), encoding="utf-8")


def mark_finished(app: Sphinx, exception: Exception | None) -> None:
    """Take the mark away once the build has written everything."""
    if exception is None:
        with contextlib.suppress(FileNotFoundError):
            _mark(app).unlink()


def setup_unfinished(app: Sphinx) -> None:
    """Have a build finish what the last one, killed while writing, left undone."""
    app.connect("env-get-outdated", read_all_after_an_unfinished_build)
    app.connect("env-updated", mark_unfinished)
    # After every other handler: the exports are written at build-finished too.
    app.connect("build-finished", mark_finished, priority=900)
