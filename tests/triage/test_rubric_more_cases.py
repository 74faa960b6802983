"""More rubric rules, English and Spanish side by side, plus Italian, Portuguese and French:
a medical crisis now, commercial sex told without the usual words, working children kept from
school, places known by an owner's name, and abuse aimed at the tip line."""

import pytest

from triage.location import specific_location
from triage.normalize import normalize
from triage.rubric import assess


def verdict(messages, answers=None):
    a = assess(messages, answers)
    return a.urgency, a.category, a.queue


@pytest.mark.parametrize(
    ("messages", "expected"),
    [
        # Someone who will not wake up is at risk now, whatever the category.
        (["my coworker at the packing plant fell and isn't waking up, the foreman says keep working"],
         ("critical", "labor_trafficking", "emergency")),
        (["a girl at the house is unresponsive and the man there won't call anyone"],
         ("critical", "unclear", "emergency")),
        # Commercial sex told as money for time with someone, money from men, trucks, upstairs.
        (["the lady next door gets cash from a man to let him be alone with her son, the boy is 11"],
         ("critical", "sex_trafficking", "emergency")),
        (["un hombre le paga a la tía para quedarse a solas con la niña de 9 años cada domingo"],
         ("critical", "sex_trafficking", "emergency")),
        (["her pimp keeps the money she makes from the johns and she has his name tattooed"],
         ("medium", "sex_trafficking", "sex_trafficking")),
        (["at the rest area two women keep climbing in and out of trucks and a man takes their ID"],
         ("medium", "sex_trafficking", "sex_trafficking")),
        (["the owner forces the waitresses to go in the back with customers for cash and keeps it"],
         ("medium", "both", "sex_trafficking")),
        (["they made us dance at bars in Tulsa and kept every dollar, we still owe him"],
         ("medium", "sex_trafficking", "sex_trafficking")),
        # Working children kept out of school.
        (["at the brickyard the owner's helpers are 12 and 13, they work all day and don't go to school"],
         ("high", "labor_trafficking", "child_exploitation")),
        (["unos niños de 13 años trabajan en la obra de mi vecino y no van a la escuela"],
         ("high", "labor_trafficking", "child_exploitation")),
        # Never let out, not fed: control of a domestic worker.
        (["the cleaner at 15 Cedar Rd in Akron is never allowed outside and they barely feed her"],
         ("high", "labor_trafficking", "labor_trafficking")),
        # Other languages: danger words, ages and sex for money are caught.
        (["minha sobrinha de 14 anos foi vendida para homens numa boate"],
         ("critical", "sex_trafficking", "emergency")),
        (["un homme emmène ma cousine de 15 ans voir des clients tous les week-ends"],
         ("critical", "sex_trafficking", "emergency")),
        # Someone down and not moving, or just attacked, is at risk now.
        (["a worker fell off the scaffold and is on the floor not moving, the boss says don't call"],
         ("critical", "labor_trafficking", "emergency")),
        (["the owner just beat my friend with a pipe in the kitchen of the diner on Route 4 in Elkton"],
         ("critical", "labor_trafficking", "emergency")),
        (["mi compañero está tirado en el piso de la fábrica y no se mueve, el patrón no llama a nadie"],
         ("critical", "labor_trafficking", "emergency")),
        # Gifts or money for videos: remote sexual acts for something of value.
        (["a man online sends my 14 yo daughter gift cards to make videos for him, last one was friday"],
         ("critical", "sex_trafficking", "emergency")),
        (["un tipo le paga a mi sobrina de 13 años por mandar fotos sin ropa, sigue pasando"],
         ("critical", "sex_trafficking", "emergency")),
        # A plant on a named road near a named town is a place to send someone.
        (["en la maquiladora del Camino Real cerca de Reynosa nos quitan los papeles y no nos dejan salir"],
         ("high", "labor_trafficking", "labor_trafficking")),
        # Abuse aimed at the line is spam; a tip that also carries content is not.
        (["useless bunch, go to hell"], ("none", "not_trafficking", "spam")),
        (["son unos inútiles, vete al diablo"], ("none", "not_trafficking", "spam")),
    ],
)  # fmt: skip
def test_more_rules_in_several_languages(messages, expected):
    assert verdict(messages) == expected


@pytest.mark.parametrize(
    "text", ["aiuto siamo chiuse in un appartamento", "la tengono legata in cantina, aiutatemi"]
)
def test_a_cry_in_a_language_not_among_the_twelve_goes_to_a_person_soon(text):
    # Italian is not one of the languages the triage reads: a person with an interpreter
    # reads it, at least high, and never spam.
    found = assess([text])
    assert found.urgency in ("high", "critical")
    assert found.queue in ("interpreter", "emergency")


@pytest.mark.parametrize(
    ("messages", "expected"),
    [
        # Hard negatives that share words with the new rules.
        (["my son is 16, works at a grocery store after school and goes to school every day"],
         ("none", "not_trafficking", "general")),
        (["my grandma collapsed last year and is fine now, how do I volunteer with you?"],
         ("none", "not_trafficking", "general")),
        (["we went dancing at bars in Austin last night, so fun"],
         ("none", "not_trafficking", "general")),
        (["mi hijo de 17 trabaja en una tienda los sábados y va a la escuela"],
         ("none", "not_trafficking", "general")),
    ],
)  # fmt: skip
def test_hard_negatives_stay_calm(messages, expected):
    assert verdict(messages) == expected


@pytest.mark.parametrize(
    ("text", "specific"),
    [
        ("they keep the women at Tony's on 5th St in Reno", True),
        ("las tienen en Lupita's on Mission en Oxnard", True),
        ("the workers live at Kim's off Route 9 in Dover", True),
        ("he's on Main in Fresno right now", False),
        ("my mom's on vacation in Cancun", False),
        ("someone's on the phone in the back", False),
    ],
)
def test_a_place_known_by_its_owners_name_with_street_and_town_is_specific(text, specific):
    assert (specific_location(normalize(text)) is not None) == specific


@pytest.mark.parametrize(
    ("text", "danger"),
    [
        # Harm told in the passive, with a "now", is danger now.
        ("a woman is being beaten in room 12 of the motel right now", True),
        ("there is a kid being hurt next door now", True),
        ("she was being beaten last year but she is safe now", False),
        # A weapon in hand with a threat to use it.
        ("he has a gun and says he will shoot her", True),
        ("he has a gun in his truck", False),
        ("they say he will kill her if she leaves", False),
        # A cry for help with someone coming, or a death about to happen.
        ("help me please he is coming back", True),
        ("someone is going to die", True),
        ("i'm gonna die of boredom at this job lol", False),
        # Spanish: someone trapped there now, but not a nightly pattern.
        ("hay una niña atrapada en el sótano", True),
        ("hay mujeres encerradas por las noches en la casa", False),
        # Someone forced into a vehicle now, a door giving way.
        ("im in the parking lot right now and hes pushing two of the girls into the van", True),
        ("he pushed her into the van last year", False),
        ("the doors cracking", True),
        ("they locked a girl in the back room of the motel right now", True),
        ("they lock the girls in every night and right now im at work", False),
    ],
)
def test_present_danger_in_more_words(text, danger):
    assert assess([text]).immediate_danger is danger


@pytest.mark.parametrize(
    ("messages", "expected"),
    [
        # Commercial sex told by what a bystander sees: cars, cash taken, a line of men.
        (
            [
                "a girl on the corner of Dolan ave and 14th gets in cars and comes back 20 min later",
                "the same guy takes the cash off her, she said she hates being a sophomore",
            ],
            ("critical", "sex_trafficking", "emergency"),
        ),
        (
            [
                "a guy at the truck stop off exit 112 is offering a girl for $$, she looks 14 maybe 15 tops"
            ],
            ("critical", "sex_trafficking", "emergency"),
        ),
        (
            ["found an ad on a hookup site with a girl that cant be more than 13"],
            ("critical", "sex_trafficking", "emergency"),
        ),
        # Pay held "for safekeeping" is pay withheld.
        (
            [
                "guys on my landscaping crew sleep in the bosses garage, he holds their pay for "
                "safekeeping he says, they havent seen a dollar since may"
            ],
            ("medium", "labor_trafficking", "labor_trafficking"),
        ),
        # "Since last year" is still going on; a named plant or boat with its town is a place.
        (
            [
                "trabajo en la planta de pollo Harlow Foods en Cedar Bend, el contratista se queda con "
                "la mitad de mi cheque y dice que si me salgo le llama a inmigracion",
                "desde el año pasado",
            ],
            ("high", "labor_trafficking", "labor_trafficking"),
        ),
        (
            [
                "mi vecino trabaja en un barco camaronero, el Estrella del Golfo en Bahia Cruz, el "
                "capitan no los deja bajar y no les paga desde hace 4 meses"
            ],
            ("high", "labor_trafficking", "labor_trafficking"),
        ),
    ],
)
def test_what_bystanders_see_and_places_named_by_business_or_boat(messages, expected):
    assert verdict(messages) == expected


def test_an_answer_that_repeats_the_messages_is_not_read_twice():
    messages = [
        "help me",
        "theres another girl here shes 15, he sells us",
        "im ok not hurt",
        "hes coming",
    ]
    answers = {"what": "theres another girl here shes 15, he sells us\nim ok not hurt"}
    assert verdict(messages, answers) == verdict(messages)
