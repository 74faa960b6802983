"""References as people type them."""

from tips.crypto import references_in


def test_references_are_found_however_they_are_typed() -> None:
    assert references_in("k7f2qm more info") == ["K7F-2QM"]
    assert references_in("re K7F 2QM: the van is white") == ["K7F-2QM"]
    assert references_in("ABC-DEF and kfc-2qm") == ["ABC-DEF", "KFC-2QM"]


def test_ordinary_words_are_not_references() -> None:
    assert references_in("please check the garage behind the house") == []
    assert references_in("call 555-0123 or 1O1-ILO") == []
