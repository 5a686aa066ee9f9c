"""The cyclic garbage collector, off while a build only reads its caches and patches its output.

A rebuild reads millions of small objects from the build cache (the corpus snapshot, the output
manifest, stamps, digests) that live until it ends and form no garbage cycles; the collector,
set off by those allocations, walks them again and again (0.08 s CPU of a one-edit rebuild at
10,000 articles). So the build command runs with it off until the build has to annotate, or run
the corpus steps over, the whole corpus: that work leaves cycles (the JSON encoder's closures,
about 35 objects per article), and :func:`resume` turns the collector on again before it.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

_PAUSED: list[bool] = []  # one entry per open :func:`paused` block: whether it was on before


@contextmanager
def paused() -> Iterator[None]:
    """The block runs with the collector off (unless :func:`resume` turns it on); after the
    block it is as it was before."""
    _PAUSED.append(gc.isenabled())
    gc.disable()
    try:
        yield
    finally:
        if _PAUSED.pop():
            gc.enable()


def resume() -> None:
    """Turn the collector on again inside a :func:`paused` block (when it was on before it)."""
    if _PAUSED and _PAUSED[-1]:
        gc.enable()
