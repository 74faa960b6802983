"""Marking evidence inside untrusted text: escaped first, marked second, never unescaped."""

from __future__ import annotations

from markupsafe import Markup

from hotline.highlight import evidence_phrases, mark


def test_marks_case_insensitively_and_escapes_the_rest() -> None:
    out = mark("<i>They</i> TOOK my passport", ["took my passport"])
    assert isinstance(out, Markup)
    assert out == "&lt;i&gt;They&lt;/i&gt; <mark>TOOK my passport</mark>"


def test_overlapping_phrases_make_one_mark() -> None:
    assert (
        mark("locked in at night", ["locked in", "in at night"])
        == "<mark>locked in at night</mark>"
    )


def test_a_phrase_matches_across_line_breaks() -> None:
    assert mark("locked\nin", ["locked in"]) == "<mark>locked\nin</mark>"


def test_markup_in_the_evidence_is_text_too() -> None:
    assert mark("a <b> c", ["<b>"]) == "a <mark>&lt;b&gt;</mark> c"


def test_regex_characters_in_evidence_are_literal() -> None:
    assert mark("paid $5 (cash)", ["$5 (cash)"]) == "paid <mark>$5 (cash)</mark>"
    assert mark("aaaa", [".*"]) == "aaaa"


def test_no_or_blank_phrases_only_escape() -> None:
    assert mark("<x>", []) == "&lt;x&gt;"
    assert mark("<x>", ["", "   "]) == "&lt;x&gt;"


def test_evidence_phrases_skips_malformed_indicators() -> None:
    indicators = [
        {"name": "weapon", "evidence": "a gun"},
        {"name": "quota", "evidence": ["ten a day", 3, " "]},
        {"name": "isolation"},
        "not a dict",
    ]
    assert evidence_phrases(indicators) == ["a gun", "ten a day"]
