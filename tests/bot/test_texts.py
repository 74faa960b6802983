"""Every text the bot sends, in both languages: present, GSM-7, and short enough for SMS."""

import re

import pytest
from actions import sms, topics
from actions.texts import TEXTS, text

VALUES = {
    "e": "1-800-555-0199",
    "h": "1-888-373-7888",
    "ref": "K7F-2QM",
    "place": "",
    "summary": "",
    "thing": "",
    "value": "room 41",
    "age": "15",
}
# Texts that carry what the person wrote (a place, the summary) are measured without it.
LONGEST_FIXED = 200


def test_both_languages_have_every_text():
    assert set(TEXTS["en"]) == set(TEXTS["es"])


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("key", sorted(TEXTS["en"]))
def test_every_text_is_gsm7_and_fits_one_segment(language, key):
    filled = text(key, language, **VALUES)
    assert sms.encoding(filled) == "gsm7", f"{key}: a character forces UCS-2"
    assert sms.length(filled) <= LONGEST_FIXED, f"{key} is {sms.length(filled)} characters"


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("topic", topics.TOPICS)
def test_every_operator_answer_exists_and_fits_sms(language, topic):
    answer = topics.answer(topic, language, "911", "1-888-373-7888")
    assert sms.encoding(answer) == "gsm7"
    assert sms.segments(answer) <= 2
    assert "{" not in answer


def test_an_operator_folder_replaces_only_the_topics_it_writes(tmp_path, monkeypatch):
    (tmp_path / "en.yml").write_text("police: No. This line is run by Example Shelter.\n")
    monkeypatch.setenv(topics.ENV, str(tmp_path))
    assert topics.answer("police", "en", "911", "1") == "No. This line is run by Example Shelter."
    assert topics.answer("wages", "en", "911", "1").startswith("Unpaid pay alone")


@pytest.mark.parametrize(
    ("text", "asked", "expected"),
    [
        ("will i be deported?", True, ["immigration"]),
        ("is this the police", True, ["police"]),
        ("im scared he will find out it was me", False, ["will_he_know"]),
        ("the police came once last year", False, []),
        ("my boss hasnt paid me in 2 months what can i do", True, ["wages"]),
        ("they dont pay them and keep their passports", False, []),
        ("que es la trata", True, ["what_is"]),
        ("me van a deportar?", True, ["immigration"]),
    ],
)
def test_topics_are_found_when_asked(text, asked, expected):
    words = re.sub(r"[^a-z0-9 ]", "", text.lower())
    assert topics.topics_in(words, asked) == expected


def test_encoding_and_segments():
    assert (sms.segments("a" * 160), sms.segments("a" * 161), sms.segments("a" * 459)) == (1, 2, 3)
    assert sms.segments("a" * 460) == 4
    assert (sms.encoding("\u00e1" * 70), sms.segments("\u00e1" * 71)) == ("ucs2", 2)
