"""Annotate many seeds on every core: a fork-based process pool, results in input order.

Per-document annotation is independent and CPU-bound, so a large corpus is split across worker
processes (forked, so they share the loaded lexicon and package without re-importing). Small
corpora, tests and platforms without ``fork`` stay in one process: a pool costs more than it
saves below a few hundred documents. ``BUILD_DIGEST_JOBS`` sets the number of processes
(``1`` turns the pool off).
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from .doc import Document
from .errors import InputError
from .ingest import annotate_seed
from .lexicon import Lexicon

PARALLEL_MIN = 300  # fewer documents to annotate than this: one process
CHUNK = 16

Job = tuple[Path, str, str, Path | None]  # (seed, name shown in messages, document id, sidecar)
Outcome = Document | InputError
_LEX: Lexicon | None = None  # the lexicon, inherited by forked workers


def job_count() -> int:
    """Worker processes to use: ``BUILD_DIGEST_JOBS``, else the CPUs this process may use."""
    wanted = os.environ.get("BUILD_DIGEST_JOBS", "").strip()
    if wanted.isdigit() and int(wanted) > 0:
        return int(wanted)
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def annotate_one(path: Path, shown: str, doc_id: str, lex: Lexicon | None,
                 sidecar: Path | None) -> Document:
    """Annotate one seed (``sidecar``: its sidecar, None: it has none); a bug in a step still
    names the file it happened on."""
    try:
        return annotate_seed(path, sidecar, shown, lex, doc_id)
    except InputError:
        raise
    except Exception as exc:
        raise InputError(shown, f"internal error ({type(exc).__name__}: {exc})",
                         "Please report it with this file attached; --keep-going "
                         "builds the other articles") from exc


def _annotate(job: Job) -> Outcome | tuple[str, tuple]:
    path, shown, doc_id, sidecar = job
    try:
        return annotate_one(path, shown, doc_id, _LEX, sidecar)
    except InputError as exc:  # sent back as its fields: the exception itself does not pickle
        return ("InputError", (exc.path, exc.problem, exc.fix, exc.line, exc.key))


def _outcome(result: Outcome | tuple[str, tuple]) -> Outcome:
    if isinstance(result, tuple):
        return InputError(*result[1])
    return result


def annotate_all(jobs: list[Job], lex: Lexicon,
                 progress: Callable[[int], None] | None = None) -> Iterator[Outcome]:
    """Annotated document (or its input error) of every job, in the order of ``jobs``."""
    global _LEX
    processes = min(job_count(), max(1, len(jobs) // CHUNK))
    if (len(jobs) < PARALLEL_MIN or processes < 2
            or "fork" not in multiprocessing.get_all_start_methods()):
        for path, shown, doc_id, sidecar in jobs:
            try:
                yield annotate_one(path, shown, doc_id, lex, sidecar)
            except InputError as exc:
                yield exc
            if progress:
                progress(1)
        return
    _LEX = lex
    try:
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(processes, mp_context=context) as pool:
            for result in pool.map(_annotate, jobs, chunksize=CHUNK):
                yield _outcome(result)
                if progress:
                    progress(1)
    finally:
        _LEX = None



_TASK: list[Callable[[int], Any]] = []  # the function fork_map's workers call (inherited)


def _run_task(number: int) -> tuple[bool, Any]:
    try:
        return True, _TASK[0](number)
    except Exception:  # the caller does the work itself, and raises the error there
        return False, None


def fork_map(func: Callable[[int], Any], count: int, chunk: int = 8) -> list[Any] | None:
    """``[func(i) for i in range(count)]`` in forked worker processes, which inherit everything
    the caller has built (nothing but ``i`` and the results is pickled). None when a pool would
    not help (one core, too few items, no ``fork``) or when a call failed."""
    processes = min(job_count(), count // chunk)
    if processes < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return None
    _TASK[:] = [func]
    gc.freeze()  # the workers' collector leaves the inherited objects (and their pages) alone
    try:
        with multiprocessing.get_context("fork").Pool(processes) as pool:
            results = pool.map(_run_task, range(count), chunksize=chunk)
    finally:
        gc.unfreeze()
        _TASK.clear()
    if not all(ok for ok, _value in results):
        return None
    return [value for _ok, value in results]
