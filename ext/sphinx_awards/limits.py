"""The safety limits of reading a data file, in a module of their own.

conf.py's defaults need them in every build, and a build that loads no data (a rebuild with
nothing changed) should not import the YAML parser to get them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Limits:
    """Safety limits for reading one data file, so a hostile file is refused quickly."""

    max_file_size: int = 5 * 1024 * 1024
    """The largest data file read, in bytes (5 MiB)."""
    max_values: int = 500_000
    """The most values a file may produce, counting each expansion of an alias again."""
    max_depth: int = 64
    """The deepest nesting of mappings and lists (libyaml crashes on extreme nesting)."""


#: The limits used when none are given.
DEFAULT_LIMITS = Limits()
