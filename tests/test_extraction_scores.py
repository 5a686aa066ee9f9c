"""The extractor measured against the gold files (issue bar: F1 >= 0.97, speakers >= 0.95).

The seeds must be perfect. The written articles were used while developing the rules, so their
floor sits at the issue's target for unseen news. heldout, heldout2, heldout3 and heldout7 were
read for failure categories after they were scored, and so was heldout6: their floors catch
regressions only. heldout8 has been scored but never read: it is the honest measure for unseen news,
and it does not reach the speaker target yet (its floor records where it stands).
"""

from pathlib import Path

import pytest

from build_digest.evaluate import evaluate

GOLD = Path(__file__).parent / "gold"


def test_seeds_every_quote_with_its_speaker():
    scores = evaluate([GOLD / "seeds.yaml"]).scores("strict")
    assert scores["precision"] == 1.0 and scores["recall"] == 1.0
    assert scores["speaker_accuracy"] == 1.0


@pytest.mark.parametrize("gold", ["articles.yaml", "articles2.yaml", "articles3.yaml",
                                  "articles4.yaml", "articles5.yaml", "articles6.yaml",
                                  "articles7.yaml", "articles8.yaml", "articles9.yaml",
                                  "articles10.yaml", "articles11.yaml", "articles12.yaml",
                                  "articles13.yaml", "articles14.yaml", "articles15.yaml",
                                  "articles16.yaml", "articles17.yaml", "articles18.yaml", "articles19.yaml",
                                  "articles20.yaml",
                                  "articles21.yaml", "articles22.yaml", "articles23.yaml", "articles24.yaml",
                                  "articles25.yaml", "articles26.yaml", "articles27.yaml",
                                  "articles28.yaml", "articles29.yaml"])
def test_written_articles_meet_the_bar(gold):
    scores = evaluate([GOLD / gold]).scores("strict")
    assert scores["f1"] >= 0.97
    assert scores["speaker_accuracy"] >= 0.95


def test_untuned_held_out_set_is_not_worse_than_measured():
    """heldout3 was written without reading the extractor (speaker accuracy 0.882 when added);
    its failures have since been read for rule categories (F1 1.000, speakers 1.000 after), so it
    is a tuning set now. This floor only catches regressions; it is not the target."""
    scores = evaluate([GOLD / "heldout3.yaml"]).scores("strict")
    assert scores["f1"] >= 0.99
    assert scores["speaker_accuracy"] >= 0.985


@pytest.mark.parametrize(("gold", "f1", "speakers"), [("heldout.yaml", 0.99, 0.99),
                                                      ("heldout2.yaml", 0.98, 0.975)])
def test_earlier_held_out_sets_are_not_worse_than_measured(gold, f1, speakers):
    """heldout (F1 0.997, speakers 1.000) and heldout2 (0.988, 0.990), read for failure
    categories after they were scored: regression floors a little below the measured figures."""
    scores = evaluate([GOLD / gold]).scores("strict")
    assert scores["f1"] >= f1
    assert scores["speaker_accuracy"] >= speakers


def test_heldout7_tuning_set_is_not_worse_than_measured():
    """heldout7 was written without reading the extractor and then read for failure categories
    (F1 0.996, speakers 0.850 when added; 1.000 and 1.000 after the rules drawn from it). A
    regression floor a little below the measured figures, not an estimate for unseen news."""
    scores = evaluate([GOLD / "heldout7.yaml"]).scores("strict")
    assert scores["f1"] >= 0.99
    assert scores["speaker_accuracy"] >= 0.98


def test_heldout6_tuning_set_is_not_worse_than_measured():
    """heldout6 was written without reading the extractor and scored honestly (F1 0.998, speakers
    0.826, then 0.863 after other rules), then read for failure categories (1.000 / 0.996 after).
    A regression floor, not an estimate for unseen news."""
    scores = evaluate([GOLD / "heldout6.yaml"]).scores("strict")
    assert scores["f1"] >= 0.99
    assert scores["speaker_accuracy"] >= 0.98


def test_unread_held_out_set_is_not_worse_than_measured():
    """heldout8 was written without reading the extractor, and its failures have not been read:
    speakers 0.857 on the code it was written against, 0.867 after the rules drawn from heldout6
    and heldout7 (which barely carried over); F1 1.000 (0.995 before a gold slip was fixed).
    Opened for tuning once heldout9 was being written: 1.000 after the name-form rules
    (initials in a list, clipped first names, offices before names known from the article's own
    common nouns and titles with a field; articles11) and the reference-resolution mechanisms
    (salient subjects after connectives, turn-taking, kinds of institution, document owners;
    articles12). A tuned set now: the floor catches regressions; heldout9 and the sealed heldout10
    measure unseen news."""
    scores = evaluate([GOLD / "heldout8.yaml"]).scores("strict")
    assert scores["f1"] >= 0.99
    assert scores["speaker_accuracy"] >= 0.99


def test_heldout9_is_not_worse_than_measured():
    """heldout9 (24 articles, 230 quotes) was written without reading the extractor and scored
    honestly before anyone read it: F1 0.993, speakers 0.930. It is open for tuning now (1.000 /
    1.000 after the mechanisms drawn from its failures: presenting phrases, offices written before
    names and their short forms, institutions' voices, name forms, reference resolution; quote
    terms by initials, the reporter's own verbs, agentless naming); this floor catches
    regressions. heldout10, written the same way, stays outside the repository, sealed."""
    scores = evaluate([GOLD / "heldout9.yaml"]).scores("strict")
    assert scores["f1"] >= 0.995
    assert scores["speaker_accuracy"] >= 0.995


def test_heldout10_tuning_set_is_not_worse_than_measured():
    """heldout10 (24 articles, 230 quotes) was written without reading the extractor and scored
    before its failures were read: F1 0.998 and speakers 0.917 at the session start, 0.996 and
    0.943 after the rules drawn from heldout8 and heldout9. It was opened for tuning on 2026-12-06
    at 14:45 UTC, after scoring 0.996/0.943: 0.978 after the name-form mechanisms (articles16:
    institutions' names with 'dan' and short forms, names opening with a function word, 'said ORG
    title NAME', a person's relative clause), 1.000 after offices that point back agree with the
    office the person was introduced with or give null (articles15); a regression floor now, not
    an estimate for unseen news."""
    scores = evaluate([GOLD / "heldout10.yaml"]).scores("strict")
    assert scores["f1"] >= 0.99
    assert scores["speaker_accuracy"] >= 0.99


def test_heldout11_and_heldout12_are_not_worse_than_measured():
    """heldout11 (24 articles, 228 quotes) and heldout12 (24 articles, 229 quotes) were written
    without reading the extractor and scored before anyone read them: F1 1.000 / speakers 0.939
    and F1 0.998 / speakers 0.948. Both were then opened for tuning (speakers 0.974 and 0.991
    after the rules drawn from them: split attributions that run on, "Menurutnya" paragraphs,
    quoted nicknames, interviews presented by a conversation, posts by an account's owner,
    unowned memos, offices pointing back, name forms); these floors catch regressions. The
    honest figure for unseen news comes from sets written after them."""
    for name, speakers in (("heldout11.yaml", 0.965), ("heldout12.yaml", 0.985)):
        scores = evaluate([GOLD / name]).scores("strict")
        assert scores["f1"] >= 0.99, name
        assert scores["speaker_accuracy"] >= speakers, name


def test_heldout13_and_heldout14_are_not_worse_than_measured():
    """heldout13 (24 articles, 211 quotes) and heldout14 (24 articles, 186 quotes) were written
    without reading the extractor and scored before anyone read them: F1 0.995 / speakers 0.924
    and F1 0.984 / speakers 0.907. Both were then opened for tuning; these floors catch
    regressions (F1 0.998 and 1.000 after the cues for short quoted fragments, articles21; speakers
    0.991 and 0.973 after the institution, office and name-form rules drawn from them)."""
    for name, f1, speakers in (("heldout13.yaml", 0.99, 0.985), ("heldout14.yaml", 0.99, 0.965)):
        scores = evaluate([GOLD / name]).scores("strict")
        assert scores["f1"] >= f1, name
        assert scores["speaker_accuracy"] >= speakers, name



def test_unread_heldout15_and_heldout16_are_not_worse_than_measured():
    """heldout15 (24 articles, 170 quotes) and heldout16 (24 articles, 202 quotes) were written
    without reading the extractor while the session's last rules were made, and scored once they
    had landed: F1 0.994 / speakers 0.947 and F1 0.990 / speakers 0.895 (0.929 and 0.900 with the
    code of the session start). Their failures have not been read: they are the honest figure for
    unseen news, below the speaker target (0.95). These floors record where they stand (opened for
    tuning later: 0.976 and 0.930 after the rules on which introduced person a reference means,
    articles25; 0.994 and 0.955 after the rules on institution speakers, articles24; 1.000 and 0.960
    after a one-word name given with an age kept apart from fuller names holding it and quoted
    titles inside a description that points back)."""
    for name, speakers in (("heldout15.yaml", 0.995), ("heldout16.yaml", 0.955)):
        scores = evaluate([GOLD / name]).scores("strict")
        assert scores["f1"] >= 0.985, name
        assert scores["speaker_accuracy"] >= speakers, name


def test_heldout20_is_not_worse_than_measured():
    """heldout20 (24 articles, 163 quotes, 4 English) was written sealed and scored before anyone
    read it (F1 0.985, speakers 0.920 with the session-start code), then opened for failure
    classes (0.975 after the rules on institution speakers, 0.988 after those on organisations
    speaking through writing). This floor catches regressions;
    heldout17-19, still sealed, are the honest figure."""
    scores = evaluate([GOLD / "heldout20.yaml"]).scores("strict")
    assert scores["f1"] >= 0.98
    assert scores["speaker_accuracy"] >= 0.98


def test_heldout22_is_not_worse_than_measured():
    """heldout22 (24 articles, 173 quotes, 3 English) was written sealed and scored before anyone
    read it (F1 1.000, speakers 0.908 with the session-start code), then opened for failure
    classes (0.942 after the rules on institution speakers, 0.954 after a description opening
    the sentence was cut from the name after it, 0.977 after the rules on a name's extent:
    Title Case headlines, laws, ranks written in full, Balinese names; articles28; 0.988 after
    reporters' quoted questions opened an exchange; articles29). This floor catches regressions;
    heldout17, 18, 19 and 21, still sealed, are the honest figure."""
    scores = evaluate([GOLD / "heldout22.yaml"]).scores("strict")
    assert scores["f1"] >= 0.99
    assert scores["speaker_accuracy"] >= 0.98
