"""Every reply in the domain, in both languages, as SMS: its encoding and segment count."""

from pathlib import Path

import pytest
from actions import review, sms
from ruamel.yaml import YAML

from .conftest import BOT_DIR

DOMAIN = YAML(typ="safe").load(Path(BOT_DIR, "domain.yml").read_text())

# Longest values the placeholders take in practice.
PLACEHOLDERS = {
    "emergency_number": "1-800-555-0199",
    "hotline_number": "1-888-373-7888",
    "tip_reference": "K7F-2QM",
    "summary": "",
}
# The read-back carries the answers themselves: up to three segments, never more.
MULTI_SEGMENT = {"utter_read_back"}


def variations():
    for name, variants in DOMAIN["responses"].items():
        for variant in variants:
            conditions = variant.get("condition") or []
            language = next((c["value"] for c in conditions if c["name"] == "language"), "en")
            yield pytest.param(name, variant["text"], id=f"{name}-{language}")


def test_both_languages_have_every_response():
    for name, variants in DOMAIN["responses"].items():
        languages = {next((c["value"] for c in v.get("condition") or []), "en") for v in variants}
        assert languages == {"en", "es"}, name


@pytest.mark.parametrize(("name", "text"), list(variations()))
def test_every_reply_fits_one_segment(name, text):
    filled = text.format(**PLACEHOLDERS)
    assert sms.encoding(filled) == "gsm7", f"{name}: a character forces UCS-2"
    if name in MULTI_SEGMENT:
        assert sms.length(filled) <= review.FRAME_BUDGET
    else:
        assert sms.segments(filled) == 1, f"{name} is {sms.length(filled)} characters"


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        ("a" * 160, "gsm7", 1),
        ("a" * 161, "gsm7", 2),
        ("{" * 80, "gsm7", 1),
        ("{" * 81, "gsm7", 2),
        ("a" * 459, "gsm7", 3),
        ("a" * 460, "gsm7", 4),
        ("\u00e1" * 70, "ucs2", 1),
        ("\u00e1" * 71, "ucs2", 2),
        ("\U0001f600" * 35, "ucs2", 1),
        ("\U0001f600" * 36, "ucs2", 2),
        ("se\u00f1ales \u00bfd\u00f3nde?", "ucs2", 1),
        ("se\u00f1ales \u00bfdonde?", "gsm7", 1),
    ],
)
def test_encoding_and_segments(text, kind, count):
    assert (sms.encoding(text), sms.segments(text)) == (kind, count)


def test_to_gsm7_keeps_what_it_can():
    assert (
        sms.to_gsm7("est\u00e1 en la \u201ccasa\u201d \U0001f600 ni\u00f1a")
        == "esta en la casa ni\u00f1a"
    )


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_longest_read_back_fits_three_segments(language):
    slots = {field: "\u00c1" + "x" * 4999 for field in review.NUMBERED}
    slots.update(minor_involved=True, kind="both", followup_consent=False)
    variant = next(
        v
        for v in DOMAIN["responses"]["utter_read_back"]
        if bool(v.get("condition")) == (language == "es")
    )
    text = variant["text"].format(summary=review.summary(slots, language))
    assert sms.encoding(text) == "gsm7"
    assert sms.segments(text) <= sms.MAX_SEGMENTS
