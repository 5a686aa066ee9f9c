"""Cache pickles: what cannot be read back is None, and a write leaves only the entry."""

import pickle

from build_digest import picklefile


def test_round_trip_and_no_temporary_file_left(tmp_path):
    path = tmp_path / "sub" / "entry.pickle"
    picklefile.write(path, {"a": [1, 2]})
    assert picklefile.read(path) == {"a": [1, 2]}
    assert [p.name for p in path.parent.iterdir()] == ["entry.pickle"]


def test_missing_truncated_and_foreign_entries_read_as_none(tmp_path):
    path = tmp_path / "entry.pickle"
    assert picklefile.read(path) is None
    path.write_bytes(pickle.dumps(list(range(100)))[:20])
    assert picklefile.read(path) is None
    path.write_bytes(b"not a pickle at all")
    assert picklefile.read(path) is None


def test_unwritable_place_costs_nothing_but_the_entry(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    picklefile.write(blocker / "entry.pickle", 1)  # its folder cannot be made: no error
    assert picklefile.read(blocker / "entry.pickle") is None
