"""The ``sphinx-awards`` command line (``python -m sphinx_awards``)."""

from __future__ import annotations

import argparse
import sys

from sphinx_awards import __version__


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = argparse.ArgumentParser(prog="sphinx-awards", description=__doc__)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.parse_args(argv)
    return 0


if __name__ == "__main__":
    sys.exit(main())
