"""Errors that the command line reports as a clear message instead of a traceback."""

from __future__ import annotations


class InputError(Exception):
    """Bad input: names the file, the line where known, what is wrong and what to do."""

    def __init__(self, path: str, problem: str, fix: str, line: int | None = None,
                 key: str | None = None) -> None:
        self.path = path
        self.problem = problem
        self.fix = fix
        self.line = line
        self.key = key
        super().__init__(self.message)

    @property
    def message(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        key = f" [{self.key}]" if self.key else ""
        return f"{where}{key}: {self.problem}. {self.fix}"
