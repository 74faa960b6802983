"""Entities found in tip text and their normalised values, table by kind."""

import pytest

from triage.entities import Entity, extract


def values(text: str, kind: str) -> list[str]:
    return [e.value for e in extract(text) if e.kind == kind]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("call him at (559) 555-0123", ["+15595550123"]),
        ("his number 559.555.0199 and 1-800-555-0100", ["+15595550199", "+18005550100"]),
        ("su numero es +52 55 1234 5678", ["+525512345678"]),
        ("llamale al 33 1234 5678", ["+523312345678"]),
        ("el otro es 044 33 1234 5678", ["+523312345678"]),
        ("marca al (664) 123 4567", ["+526641234567"]),
        ("the same number twice: 559-555-0123, (559) 555 0123", ["+15595550123"]),
        ("she is 14 and it costs $200", []),
    ],
)
def test_phones_are_e164(text, expected):
    assert values(text, "phone") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ad: https://www.SkipTheGames.com/post/ABC123/", ["skipthegames.com/post/ABC123"]),
        ("see www.Example.org.", ["example.org"]),
        ("she posts on megapersonals.com/ads/123", ["megapersonals.com/ads/123"]),
        ("http://listcrawler.com/x#top", ["listcrawler.com/x"]),
        ("email me at someone@gmail.com", []),
    ],
)
def test_urls_lose_scheme_and_www(text, expected):
    assert values(text, "url") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("his insta is @Lucky_Star.99", ["@lucky_star.99"]),
        ("snap @jay and @JAY", ["@jay"]),
        ("mail a@b.com", []),
    ],
)
def test_handles_are_lower_cased(text, expected):
    assert values(text, "handle") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("white van, plate ABC-1234", ["ABC1234"]),
        ("placas: JKL 123 A", ["JKL123A"]),
        ("tag 7xyz123", ["7XYZ123"]),
        ("license plate # 4KJ 882", ["4KJ882"]),
        ("a plate of food", []),
        ("a white van", []),
    ],
)
def test_plates_need_an_introducing_word(text, expected):
    assert values(text, "plate") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the house at 455 West Main Street", ["455 w main st"]),
        ("1200 S. Main St. Santa Ana", ["1200 s main st"]),
        ("88 Rosewood Ln", ["88 rosewood ln"]),
        ("2301 E Colfax Avenue, Denver", ["2301 e colfax ave"]),
        ("nos tienen en Calle Morelos 45, Oxnard", ["calle morelos 45"]),
        ("she is 25 and works 7 days a week", []),
    ],
)
def test_addresses_use_standard_abbreviations(text, expected):
    assert values(text, "address") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the workers at Golden Dragon restaurant", ["golden dragon restaurant"]),
        ("Lotus Spa 455 W Main St", ["lotus spa"]),
        ("room 8 at the Motel 6 in Fresno", ["motel 6"]),
        ("a spa called Jade in Reno", ["spa jade"]),
        ("the lucky star spa in fresno", ["lucky star spa"]),
        ("el rancho los pinos cerca de Arvin", ["rancho los pinos"]),
        ("the sketchy massage spa near me", []),
        ("my boss at the restaurant", []),
    ],
)
def test_businesses_are_named_and_lower_cased(text, expected):
    assert values(text, "business") == expected


def test_evidence_is_the_original_words():
    assert extract("call (559) 555-0123") == [Entity("phone", "+15595550123", "(559) 555-0123")]


@pytest.mark.parametrize("text", ["", "a" * 5000, "🙏" * 500, "<b>@</b> plate", "1" * 5000])
def test_junk_yields_nothing(text):
    assert extract(text) == []
