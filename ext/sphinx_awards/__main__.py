"""The ``sphinx-awards`` command line (``python -m sphinx_awards``)."""

from __future__ import annotations

import argparse
import os
import sys

from sphinx_awards import __version__

_CHECK_HELP = """\
Validate award data files as a Sphinx build would. Every problem is printed to stdout
as 'FILE:LINE: message', one per line, and the exit status is 1; with no problem the
exit status is 0 and one summary line is printed."""

#: What ``--help`` says the command is: plain text, as a terminal shows it.
_DESCRIPTION = "Check, export and describe the YAML award data files of sphinx_awards."

_SCHEMA_HELP = """\
Print the JSON Schema of award data files, the one a Sphinx build validates them against;
with --output, write it to a file instead. An editor with a YAML language server completes
and checks a data file that names it in its first line:
'# yaml-language-server: $schema=awards.schema.json'."""

_EXPORT_HELP = """\
Print the awards of data files for other tools: as one JSON document (the format of
export.schema.json, shipped in the package) or as BibTeX entries. A file with a problem
exports nothing: its problems are printed to stderr as 'FILE:LINE: message' and the exit
status is 1."""


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = argparse.ArgumentParser(prog="sphinx-awards", description=_DESCRIPTION)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    check = commands.add_parser("check", help="validate award data files", description=_CHECK_HELP)
    check.add_argument("files", nargs="+", metavar="FILE", help="a YAML award data file")
    export = commands.add_parser(
        "export", help="print award data as JSON or BibTeX", description=_EXPORT_HELP
    )
    export.add_argument("files", nargs="+", metavar="FILE", help="a YAML award data file")
    export.add_argument(
        "--format", choices=("json", "bibtex"), default="json", help="what to print (json)"
    )
    schema = commands.add_parser(
        "schema", help="print the JSON Schema of award data files", description=_SCHEMA_HELP
    )
    schema.add_argument("--output", metavar="FILE", help="write the schema to FILE")
    args = parser.parse_args(argv)
    try:
        if args.command == "export":
            status = _export(args.files, args.format)
        elif args.command == "schema":
            status = _schema(args.output)
        else:
            status = _check(args.files)
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader has gone (`| head`): what is left to print is not wanted.
        _discard_output()
        return 1
    except OSError as exc:
        if exc.filename is not None:  # not writing the output: a file of its own
            raise
        _discard_output()
        print(f"sphinx-awards: cannot write the output: {exc.strerror or exc}", file=sys.stderr)
        return 1
    return status


def _discard_output() -> None:
    """Send what is left in stdout's buffer nowhere, so that exiting does not fail again."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


def _check(files: list[str]) -> int:
    """Print the located problems of the files, or a summary when there is none."""
    # Imported here so that --version does not pay for YAML and the schema.
    from sphinx_awards.loader import load_catalog

    catalog, problems = load_catalog(files)
    for problem in problems:
        print(problem)
    if problems:
        files_with_problems = len({problem.location.path for problem in problems})
        print(f"{_count(len(problems), 'problem')} in {_count(files_with_problems, 'file')}")
        return 1
    collections = _count(len(catalog.collections), "collection")
    awards = _count(sum(len(c.awards) for c in catalog.collections), "award")
    where = files[0] if len(files) == 1 else _count(len(files), "file")
    print(f"{where}: {collections}, {awards}, no problems")
    return 0


def _export(files: list[str], output_format: str) -> int:
    """Print the export of the files, or their problems on stderr."""
    from sphinx_awards.export import write_bibtex, write_json
    from sphinx_awards.loader import load_catalog

    catalog, problems = load_catalog(files)
    # Half an export would pass for the whole data: print it only when nothing is left out.
    if problems:
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1
    write = write_json if output_format == "json" else write_bibtex
    write(catalog.collections, sys.stdout)
    return 0


def _schema(output: str | None) -> int:
    """Print the data files' JSON Schema, or write it to ``output``."""
    from sphinx_awards.export import data_schema_text

    text = data_schema_text()
    if output is None:
        sys.stdout.write(text)
        return 0
    try:
        with open(output, "w", encoding="utf-8") as file:
            file.write(text)
    except OSError as error:
        print(f"{output}: cannot write the schema: {error.strerror}", file=sys.stderr)
        return 1
    return 0


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


if __name__ == "__main__":
    sys.exit(main())
