"""Tip references as people type them back to us."""

import pytest
from actions.reference import find_reference, only_a_reference


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("K7F-2QM more info: the van is white", "K7F-2QM"),
        ("k7f2qm", "K7F-2QM"),
        ("K7F 2QM", "K7F-2QM"),
        ("k7f-2qm", "K7F-2QM"),
        ("my ref is abc-def", "ABC-DEF"),
        ("ref 3KP-9WD", "3KP-9WD"),
        ("ref K7F 2QM", "K7F-2QM"),
        ("abc234", "ABC-234"),
        ("golden wok on 5th ave", None),
        ("tip 8hx4tn, they moved", "8HX-4TN"),
        ("the van is white", None),
        ("thanks", None),
        ("plate 7ABC123", None),
        ("call 555 0100", None),
        ("K1F-2QM", None),
        ("", None),
    ],
)
def test_find_reference(text, expected):
    assert find_reference(text) == expected


@pytest.mark.parametrize(
    ("text", "alone"),
    [("K7F-2QM", True), ("hi, my tip number is k7f2qm", True), ("K7F-2QM the van is white", False)],
)
def test_only_a_reference(text, alone):
    assert only_a_reference(text) is alone
