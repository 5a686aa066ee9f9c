"""Apply a build's changed files to docs/ all at once, or not at all, even when interrupted.

The build writes the files it rendered into a staging folder beside the output; the output is
not touched until every page is rendered. Then the change set (files written, files removed) is
applied in place, with a journal:

1. the journal (``.<out>.journal`` beside the output) lists every file the apply will change,
   whether an old version exists, and the folders it will make; it is written before anything
   in the output changes (to a temporary name, then renamed);
2. an old version is first kept in a trash folder (a hard link, so the output never lacks the
   page), then the new file is renamed over it; a removed file is moved to the trash;
3. the journal is deleted: this is the moment the build is done. Trash and staging go.

A failure during the apply (an exception) rolls the change set back at once. A build stopped
harder than that (killed, power lost) leaves the journal: the next build rolls it back first
(:func:`recover`), and the up-to-date check never trusts an output with a journal beside it.
Rolling back is idempotent: the old version of a changed file is in the trash exactly when the
file may have been changed, so running it again after another interruption is safe.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import shutil
from collections.abc import Iterable
from pathlib import Path

JOURNAL_VERSION = 1
# what os.link says where a file system has no hard links (another error is a real failure)
_NO_LINKS = {errno.EPERM, errno.EXDEV, errno.EMLINK, errno.ENOTSUP, errno.EOPNOTSUPP}


def side_path(out: Path, kind: str) -> Path:
    """A folder or file the output step keeps beside ``out`` (``staging``, ``trash``,
    ``journal``)."""
    return out.parent / f".{out.name}.{kind}"


def pending(out: Path) -> bool:
    """Whether an apply into ``out`` was interrupted and is not yet rolled back."""
    return os.path.lexists(side_path(out, "journal"))


def _safe(rel: object) -> bool:
    return (isinstance(rel, str) and bool(rel) and not rel.startswith("/")
            and ".." not in rel.split("/"))


def _keep_old(source: Path, saved: Path) -> None:
    """Keep the file ``source`` at ``saved`` (a hard link; an atomic copy where links fail)."""
    saved.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(source, saved)
    except OSError as exc:
        if exc.errno not in _NO_LINKS:
            raise
        tmp = saved.with_name(f"{saved.name}.tmp")
        shutil.copy2(source, tmp)
        os.replace(tmp, saved)


def _roll_back(out: Path, trash: Path, ops: list[tuple[str, bool]], made: list[str]) -> None:
    """Put back the output as it was before the apply of ``ops`` (rel, whether an old version
    existed) that made the folders ``made``; safe to run again."""
    for rel, had_old in reversed(ops):
        target, saved = out / rel, trash / rel
        if had_old:
            if os.path.lexists(saved):  # the file may have changed: its old version is here
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(saved, target)
        elif os.path.lexists(target):  # a new file
            target.unlink()
    for folder in sorted(made, key=lambda d: d.count("/"), reverse=True):
        with contextlib.suppress(OSError):  # not empty: not made by the apply after all
            (out / folder).rmdir()


def _write_journal(journal: Path, ops: list[tuple[str, bool]], made: list[str]) -> None:
    tmp = journal.with_name(f"{journal.name}.tmp")
    try:
        with tmp.open("w", encoding="utf-8") as fh:
            json.dump({"version": JOURNAL_VERSION, "ops": ops, "made": made}, fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, journal)
    finally:
        tmp.unlink(missing_ok=True)


def _new_folders(out: Path, written: Iterable[str], folders: set[str]) -> list[str]:
    """Folders (relative to ``out``) the files ``written`` need that are not among ``folders``
    (the output's folders) nor on disk."""
    made: set[str] = set()
    for rel in written:
        parent = rel.rpartition("/")[0]
        while parent and parent not in folders and parent not in made:
            if (out / parent).is_dir():
                folders.add(parent)
                break
            made.add(parent)
            parent = parent.rpartition("/")[0]
    return sorted(made)


def apply_changes(out: Path, staging: Path, written: list[str], removed: list[str],
                  present: set[str], folders: set[str]) -> None:
    """Move the files ``written`` (paths relative to ``out``, found in ``staging``) into
    ``out`` and delete the files ``removed`` from it, all or none (see the module docstring).
    ``present``: the files of ``out`` before (a written file among them replaces its old
    version); ``folders``: the folders of ``out`` known to exist."""
    trash, journal = side_path(out, "trash"), side_path(out, "journal")
    ops = [(rel, rel in present) for rel in written] + [(rel, True) for rel in removed]
    made = _new_folders(out, written, set(folders))
    shutil.rmtree(trash, ignore_errors=True)
    _write_journal(journal, ops, made)
    try:
        for rel in written:
            target = out / rel
            if rel in present:
                _keep_old(target, trash / rel)
            else:
                target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(staging / rel, target)
        for rel in removed:
            (trash / rel).parent.mkdir(parents=True, exist_ok=True)
            os.replace(out / rel, trash / rel)
        journal.unlink()  # done: from here on the new output stands
    except BaseException:
        # when the roll-back itself fails, journal and trash stay for the next build
        _roll_back(out, trash, ops, made)
        journal.unlink(missing_ok=True)
        shutil.rmtree(trash, ignore_errors=True)
        raise
    shutil.rmtree(trash, ignore_errors=True)
    for rel in removed:  # folders left empty go, as the folders of a fresh build would not be
        parent = rel.rpartition("/")[0]
        while parent:
            try:
                (out / parent).rmdir()
            except OSError:
                break
            parent = parent.rpartition("/")[0]


def recover(out: Path) -> bool:
    """Roll back an apply into ``out`` that was interrupted (see the module docstring); True
    when there was one. The staging and trash folders go afterwards."""
    journal = side_path(out, "journal")
    try:
        data = json.loads(journal.read_text("utf-8"))
    except FileNotFoundError:
        return False
    except (OSError, ValueError):
        data = None  # never written whole (it is renamed into place): nothing was applied
    if isinstance(data, dict) and data.get("version") == JOURNAL_VERSION:
        ops = [(str(rel), bool(had)) for rel, had in data.get("ops", [])
               if _safe(rel)]
        made = [str(d) for d in data.get("made", []) if _safe(d)]
        _roll_back(out, side_path(out, "trash"), ops, made)
    journal.unlink(missing_ok=True)
    journal.with_name(f"{journal.name}.tmp").unlink(missing_ok=True)
    for leftover in ("staging", "trash"):
        shutil.rmtree(side_path(out, leftover), ignore_errors=True)
    return True
