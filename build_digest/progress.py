"""A one-line progress display for long builds: on a terminal only, silent in CI and in pipes."""

from __future__ import annotations

import os
import sys
import time
from typing import TextIO


class Progress:
    """Call with (done, total); redraws at most ten times a second; :meth:`close` ends the line."""

    def __init__(self, label: str, stream: TextIO | None = None, enabled: bool | None = None,
                 min_total: int = 200) -> None:
        self.label = label
        self.stream = stream or sys.stderr
        if enabled is None:
            enabled = self.stream.isatty() and not os.environ.get("CI")
        self.enabled = enabled
        self.min_total = min_total
        self._last = 0.0
        self._drawn = False

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled or total < self.min_total:
            return
        now = time.monotonic()
        if done < total and now - self._last < 0.1:
            return
        self._last = now
        self.stream.write(f"\r{self.label}: {done}/{total} ({100 * done // max(total, 1)}%)")
        self.stream.flush()
        self._drawn = True

    def close(self) -> None:
        if self._drawn:
            self.stream.write("\n")
            self.stream.flush()
