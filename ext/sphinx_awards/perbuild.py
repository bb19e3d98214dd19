"""What the extension keeps for one build and never pickles: one object of each kind.

Sphinx pickles a domain's ``data`` with the environment; what only the current build needs
(the loaded catalog, what the pages read again said before) is kept here instead, beside the
environment object: it lives as long as that object, and parallel readers and writers, which
Sphinx forks from the main process, inherit it as it was.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar, cast
from weakref import WeakKeyDictionary

if TYPE_CHECKING:
    from sphinx.environment import BuildEnvironment

T = TypeVar("T")

_KEPT: WeakKeyDictionary[BuildEnvironment, dict[type, object]] = WeakKeyDictionary()


def kept(env: BuildEnvironment, kind: type[T]) -> T:
    """The object of type ``kind`` kept for the build of ``env``; ``kind()`` on first use."""
    objects = _KEPT.setdefault(env, {})
    if kind not in objects:
        objects[kind] = kind()
    return cast("T", objects[kind])


def keep(env: BuildEnvironment, value: T) -> T:
    """Keep ``value`` as the object of its type for the build of ``env``, replacing any."""
    _KEPT.setdefault(env, {})[type(value)] = value
    return value
