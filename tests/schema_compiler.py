"""Compile ``ext/sphinx_awards/awards.schema.json`` into ``ext/sphinx_awards/compiled_schema.py``.

The extension confirms valid data with the compiled module, which imports nothing outside the
standard library, and imports jsonschema only to explain a file the module refuses: importing
jsonschema costs a clean build of a small site more than its cards do.
``tests/test_compiled_schema.py`` fails when the committed module is not what this writes.

Run ``nox -s compile-schema`` after changing the schema.
"""

from __future__ import annotations

from pathlib import Path

import fastjsonschema

from sphinx_awards.loader import _resolved_schema

OUTPUT = Path(__file__).parent.parent / "ext" / "sphinx_awards" / "compiled_schema.py"

HEADER = '''\
"""Confirm that a data file's values are valid against awards.schema.json, quickly.

Generated from the schema by ``nox -s compile-schema`` (tests/schema_compiler.py) with
fastjsonschema; do not edit. ``validate(data, custom_formats={"date": ...})`` raises
JsonSchemaValueException at the first value the schema refuses; the loader then asks
jsonschema to explain.
"""

'''

#: fastjsonschema's generated code imports its exception from fastjsonschema; this module
#: defines its own, so it needs nothing at run time.
_IMPORT = "from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException\n"
_EXCEPTION = '''

class JsonSchemaValueException(ValueError):
    """A value the schema refuses."""


class JsonSchemaValuesException(JsonSchemaValueException):
    """A value refused by every form an ``anyOf`` allows."""

'''


def source() -> str:
    """The text of the compiled module for the schema as it is now."""
    code = fastjsonschema.compile_to_code(
        _resolved_schema(),
        detailed_exceptions=False,
        # A placeholder: the loader passes the check it reads dates with. fastjsonschema's own
        # regular expression allows year 0, which jsonschema and datetime.date refuse.
        formats={"date": bool},
    )
    if _IMPORT not in code:
        raise RuntimeError(f"fastjsonschema {fastjsonschema.VERSION} no longer writes {_IMPORT!r}")
    return HEADER + code.replace(_IMPORT, _EXCEPTION)


def main() -> None:
    """Write the compiled module."""
    OUTPUT.write_text(source(), "utf-8")
    print(f"wrote {OUTPUT}")


if __name__ == "__main__":
    main()
