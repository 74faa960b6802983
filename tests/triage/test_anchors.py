"""Anchors skip a regex scan only when the scan could not have matched."""

import pytest

from triage.anchors import anchors
from triage.cues import _cue_patterns
from triage.evaluate import DEFAULT_FILES, load_tips
from triage.indicators import _indicator_patterns
from triage.normalize import normalize


@pytest.mark.parametrize(
    ("alternatives", "expected"),
    [
        ([r"passports?"], {"passport"}),
        ([r"(?:took|keeps) (?:her|my) papers"], {" papers"}),
        ([r"pimp\w*", r"madam"], {"pimp", "madam"}),
        ([r"(?:sos|help)"], {"sos", "help"}),
        ([r"\w+ing"], {"ing"}),
        ([r"(?:ab|cd)e?"], None),
        ([r"passport", r"\d+"], None),
    ],
)
def test_anchors(alternatives, expected):
    found = anchors(alternatives)
    assert (None if found is None else set(found)) == expected


def test_no_labelled_tip_loses_a_match_to_its_anchors():
    texts = [normalize("\n".join(t.messages)).folded for p in DEFAULT_FILES for t in load_tips(p)]
    tables = {**_indicator_patterns("und"), **_cue_patterns()}
    for folded in texts:
        for name, table in tables.items():
            if table.pattern.search(folded):
                assert table.could_match(folded), (name, folded[:80])
