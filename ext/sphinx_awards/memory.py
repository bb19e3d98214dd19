"""The two techniques by which loading a data file spares the build's time and memory.

A data file becomes hundreds of thousands of short-lived objects for a few records that live
on. The gain each docstring quotes was measured by the benchmark (``nox -s bench``, see
``benchmarks/README.md``) on its largest data file: 5000 awards with every field, about 7 MB.
"""

from __future__ import annotations

import contextlib
import gc
import pickle
from collections.abc import Callable, Iterator
from typing import TypeVar

_Loaded = TypeVar("_Loaded")


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a data file loads.

    A file becomes hundreds of thousands of objects (YAML nodes, then values, then records),
    and the collector, which runs every few hundred new objects and then walks the older ones
    as well, would go over the growing heap again and again: 7 MB of data loaded in 3.9 s
    with it and 1.7 s without (the clean build of those 5000 cards, 14.1 s → 10.9 s).
    Reference counting still frees what is dropped; a cycle (a hostile file's recursive alias)
    waits for the collector's next run after the load.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def compacted(load: Callable[[], _Loaded]) -> _Loaded:
    """What ``load`` gives, copied into memory of its own once the memory that made it is free.

    The records are the few survivors among the objects a parse creates (YAML nodes, their
    marks, plain values) and are strewn over all of the memory those took: Python cannot give
    back a block of memory while one object in it lives, so once 7 MB of data was loaded the
    build held 228 MiB for 17 MiB of records. Pickled, the parse's objects all go; unpickled
    into the emptied memory, the records fill blocks of their own: 137 MiB after the load.
    With the export written as a stream (:mod:`sphinx_awards.export`), the build's peak went
    from 479 to 385 MiB.
    """
    # What load() gives is only referenced by dumps(): it is gone before loads() begins.
    pickled = pickle.dumps(load(), protocol=pickle.HIGHEST_PROTOCOL)
    loaded: _Loaded = pickle.loads(pickled)
    return loaded
