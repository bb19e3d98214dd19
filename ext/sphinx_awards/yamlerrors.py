"""YAML syntax errors in an author's words, located at the line where the fix goes.

The words come from PyYAML's pure-Python parser (libyaml's vary between versions): its
``problem`` and ``context`` texts and marks say what the parser met, which for the usual
mistakes (an unquoted colon, a wrong indent, an unclosed quote or bracket) is some lines from
where the author has to change something. The parser's own text follows as detail.
"""

from __future__ import annotations

import yaml


def syntax_error(line: int, column: int, problem: str) -> str:
    """A syntax problem the parser's words say well enough, at its line and column."""
    return f"YAML syntax error at line {line}, column {column}: {problem}"


def explain(exc: yaml.MarkedYAMLError, text: str) -> tuple[int, str]:
    """The line to fix for a parser error, and the message that says how."""
    mark = _mark(exc)
    line, column = mark.line + 1, mark.column + 1
    lines = text.splitlines()
    if _char_at(lines, mark) == "\t":
        return line, syntax_error(line, column, "a tab cannot indent YAML; indent with spaces")
    advice = _advice(exc, text, lines)
    detail = _parser_words(exc)
    if advice is None:
        return line, syntax_error(line, column, detail)
    fix_line, words = advice
    return fix_line, (
        f"YAML syntax error at line {fix_line}: {words} "
        f"(the parser says: {detail}, at line {line}, column {column})"
    )


def _advice(exc: yaml.MarkedYAMLError, text: str, lines: list[str]) -> tuple[int, str] | None:
    """The line where the fix goes and what to do, for the mistakes authors make most."""
    problem, context = exc.problem or "", exc.context or ""
    mark, opened = exc.problem_mark, exc.context_mark
    if mark is None:
        return None
    if problem.startswith("mapping values are not allowed"):
        return mark.line + 1, _colon_advice(lines[mark.line], mark.column)
    if context == "while scanning a quoted scalar" and opened is not None:
        return opened.line + 1, (
            "a quote opened on this line is never closed; end the text with the same quote"
        )
    if context.startswith("while parsing a flow") and opened is not None:
        bracket, closing = ("[", "]") if "sequence" in context else ("{", "}")
        return opened.line + 1, (
            f"the '{bracket}' on this line is not closed: end it with '{closing}', "
            "and put any item that holds a comma or a colon in quotes"
        )
    if problem.startswith("expected <block end>, but found '<scalar>'"):
        return _quote_advice(text, mark)
    if problem.startswith("expected <block end>, but found"):
        return _indent_advice(lines, mark.line)
    if problem.endswith("that cannot start any token"):
        character = _char_at(lines, mark)
        return mark.line + 1, f"a value cannot start with {character!r}; put the text in quotes"
    return None


def _colon_advice(row: str, column: int) -> str:
    """A ': ' the parser did not expect: inside a value (quote it), or after a wrong indent."""
    key, separator, value = row.partition(": ")
    if not separator or len(key) + 2 > column or not key.strip():
        return (
            "this line is indented more than the line above, so YAML reads it as part of that "
            "line's value; indent it as far as the keys it belongs with"
        )
    name = key.strip().removeprefix("- ")
    value = value.strip()
    quoted = f'"{value}"' if '"' not in value else "'" + value.replace("'", "''") + "'"
    return (
        f"the text of '{name}' contains ': ', which YAML reads as the start of a new key; "
        f"put the text in quotes: {key.strip()}: {quoted}"
    )


def _quote_advice(text: str, mark: yaml.Mark) -> tuple[int, str]:
    """Text after a closing quote: a quote left open lines above, or a value quoted in part."""
    opened = _last_quote_before(text, mark)
    if opened is None or opened.line == mark.line:
        return (
            mark.line + 1,
            "text follows a quoted value; put the whole text in one pair of quotes",
        )
    return opened.line + 1, (
        f"a quote opened on this line is only closed at line {mark.line + 1}; "
        "end the text with the same quote"
    )


def _last_quote_before(text: str, mark: yaml.Mark) -> yaml.Mark | None:
    """Where the last quoted text before ``mark`` starts (a quote may span lines)."""
    opened = None
    try:
        for token in yaml.scan(text, Loader=yaml.SafeLoader):
            if token.start_mark.index >= mark.index:
                break
            if isinstance(token, yaml.ScalarToken) and token.style in ('"', "'"):
                opened = token.start_mark
    except yaml.YAMLError:
        pass  # the tokens before the error are the ones that matter
    return opened


def _indent_advice(lines: list[str], index: int) -> tuple[int, str] | None:
    """A line not lined up with the keys or list items it belongs with (None if it is)."""
    above = [row for row in lines[:index] if row.strip() and not row.lstrip().startswith("#")]
    indent, indent_above = _indent(lines[index]), _indent(above[-1] if above else "")
    if indent == indent_above:
        return None
    spaces = "space" if indent == 1 else "spaces"
    return index + 1, (
        f"wrong indentation: this line is indented {indent} {spaces}, the line above "
        f"{indent_above}; the keys of one mapping, and the items of one list, line up"
    )


def _indent(row: str) -> int:
    return len(row) - len(row.lstrip(" "))


def _parser_words(exc: yaml.MarkedYAMLError) -> str:
    """What the parser says, with where its context began when that is another line."""
    mark = _mark(exc)
    problem = exc.problem or "invalid YAML"
    if not exc.context:
        return problem
    context = exc.context
    if context.startswith("while") and exc.context_mark and exc.context_mark.line != mark.line:
        context += f" started at line {exc.context_mark.line + 1}"
    return f"{context}, {problem}"


def _mark(exc: yaml.MarkedYAMLError) -> yaml.Mark:
    """Where the parser stopped: at its problem, else at its context."""
    mark = exc.problem_mark or exc.context_mark
    if mark is None:
        # PyYAML's scanner, parser and composer mark every error they raise.
        raise exc
    return mark


def _char_at(lines: list[str], mark: yaml.Mark) -> str:
    return lines[mark.line][mark.column : mark.column + 1] if mark.line < len(lines) else ""
