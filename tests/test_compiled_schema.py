"""The compiled schema is in step with data/awards.schema.json."""

from __future__ import annotations

from tools.compile_schema import OUTPUT, source


def test_compiled_module_is_in_step_with_the_schema() -> None:
    assert OUTPUT.read_text("utf-8") == source(), "run `nox -s compile-schema` and commit it"
