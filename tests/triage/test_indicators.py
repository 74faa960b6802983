"""Indicator patterns in English and Spanish, with negation, hypotheticals and evidence."""

import pytest

from triage.indicators import ALL_INDICATORS, CONTEXTUAL, STRONG, detect_danger, find_indicators
from triage.normalize import normalize


def names(text: str) -> set[str]:
    return {h.name for h in find_indicators(normalize(text))}


def test_every_indicator_of_the_spec_is_known():
    assert len(STRONG) == 21 and len(CONTEXTUAL) == 18
    assert len(set(ALL_INDICATORS)) == 39


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("the boss took my passport", "confiscated_documents"),
        ("el patron tiene nuestros pasaportes", "confiscated_documents"),
        ("they dont let her leave the house", "restricted_movement"),
        ("no la dejan salir", "restricted_movement"),
        ("they lock the girls in at night", "confinement"),
        ("las tienen encerradas", "confinement"),
        ("says we owe him for the trip and the debt keeps growing", "debt_bondage"),
        ("dicen que debemos mucho dinero al patron", "debt_bondage"),
        ("he threatened to kill her family", "threats_of_violence"),
        ("amenazan con matar a su familia", "threats_of_violence"),
        ("he says he will call ICE on us", "threats_of_deportation"),
        ("nos amenaza con llamar a la migra", "threats_of_deportation"),
        ("he threatens to post her pictures", "threats_of_exposure"),
        ("she had bruises all over her arms", "signs_of_abuse"),
        ("tiene moretones en la cara", "signs_of_abuse"),
        ("the guard carries a gun", "weapon"),
        ("they havent paid us in months", "unpaid_wages"),
        ("no nos pagan nada", "unpaid_wages"),
        ("they promised her a job as a waitress", "recruitment_fraud"),
        ("le prometieron trabajo en un restaurante", "recruitment_fraud"),
        ("they took her phone so she cant call anyone", "isolation"),
        ("he makes them sell drugs", "forced_criminality"),
        ("they dont let them eat until the work is done", "deprivation"),
        ("her pimp takes all her money", "controlled_by_third_party"),
        ("su padrote le quita todo el dinero", "controlled_by_third_party"),
        ("she has his name tattooed on her neck", "branding_tattoo"),
        ("she has to make $500 a night", "quota"),
        ("tiene que sacar 300 dolares por noche", "quota"),
        ("she is unconscious", "medical_emergency"),
        ("the workers live at the restaurant", "lives_at_workplace"),
        ("viven en el restaurante", "lives_at_workplace"),
        ("they work 16 hours a day", "excessive_hours"),
        ("trabajan 14 horas al dia", "excessive_hours"),
        ("lots of men coming and going all night", "high_buyer_traffic"),
        ("the windows are blacked out", "high_security_premises"),
        ("she met him on instagram", "online_recruitment"),
        ("she looks scared all the time", "fearful_submissive"),
        ("she does a webcam show every night", "remote_sexual_acts"),
        ("he has two phones", "multiple_phones"),
    ],
)
def test_indicator_fires_in_both_languages(text, indicator):
    assert indicator in names(text)


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("no one is locked in", "confinement"),
        ("nobody took my passport", "confiscated_documents"),
        ("they never took our passports", "confiscated_documents"),
        ("no me quitaron el pasaporte", "confiscated_documents"),
        ("nadie esta encerrado", "confinement"),
        ("what if someone took her passport?", "confiscated_documents"),
        ("if someone is locked in a room what should they do", "confinement"),
        ("si alguien esta encerrado que se hace", "confinement"),
        ("would it be trafficking if a boss kept their passport", "confiscated_documents"),
        ("they pay us late sometimes", "unpaid_wages"),
        ("my company doesnt pay overtime", "unpaid_wages"),
    ],
)
def test_negated_or_hypothetical_mentions_do_not_fire(text, indicator):
    assert indicator not in names(text)


def test_a_question_about_the_writers_own_situation_still_fires():
    assert "confiscated_documents" in names("is it trafficking if my boss keeps my visa?")


def test_evidence_comes_from_the_original_words():
    text = normalize("Pls, mi PATRÓN me quitó el Pasaporte ayer")
    hits = find_indicators(text)
    evidence = {h.name: text.evidence(h.start, h.end) for h in hits}
    assert evidence["confiscated_documents"] == "quitó el Pasaporte"


@pytest.mark.parametrize(
    "text",
    [
        "HELP they locked me in a room rn",
        "he has a gun to her head right now",
        "they are moving the girls to another city tonight",
        "she is unconscious and not breathing",
        "auxilio me tienen encerrada",
        "me van a vender esta noche",
        "lo estan golpeando ahora mismo",
    ],
)
def test_detect_danger_finds_present_danger(text):
    finding = detect_danger(text)
    assert finding is not None and finding.name == "immediate_danger" and finding.evidence


@pytest.mark.parametrize(
    "text",
    [
        "they lock the girls in at night",
        "my boss took my passport last year",
        "they were beating me earlier. im ok right now",
        "what if someone is locked in right now?",
        "no one is in danger",
        "nobody is locked in",
        "can you send me information about trafficking",
    ],
)
def test_detect_danger_ignores_what_is_not_danger_now(text):
    assert detect_danger(text) is None


def test_signs_of_abuse_in_a_told_situation_are_not_a_hypothetical():
    assert "signs_of_abuse" in names("she shows signs of abuse, bruises on her arms")
    assert "signs_of_abuse" not in names("what are the signs of trafficking, like bruises?")
