import io

from build_digest.progress import Progress


def test_progress_draws_on_terminal_and_ends_line():
    out = io.StringIO()
    progress = Progress("annotating", stream=out, enabled=True, min_total=1)
    for i in range(1, 6):
        progress(i, 5)
    progress.close()
    assert out.getvalue().startswith("\rannotating: 1/5") and out.getvalue().endswith("5/5 (100%)\n")


def test_progress_silent_when_disabled_or_small(monkeypatch):
    out = io.StringIO()
    Progress("x", stream=out, enabled=False, min_total=1)(1, 1)
    Progress("x", stream=out, enabled=True, min_total=10)(1, 5)
    monkeypatch.setenv("CI", "true")
    Progress("x", stream=out)(500, 500)  # CI: off whatever the stream
    assert out.getvalue() == ""
