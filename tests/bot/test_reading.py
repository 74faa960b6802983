"""Reading one message for everything it says, whatever was asked last."""

import pytest
from actions.places import find_place, is_specific
from actions.reading import read


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "its the budget inn off route 30 in greensburg room 114 i think",
            "the budget inn off route 30 in greensburg room 114",
        ),
        (
            "Perfect Nails on Dixie Hwy in Hollywood FL, by the Publix",
            "Perfect Nails on Dixie Hwy in Hollywood FL, by the Publix",
        ),
        (
            "theres a nail salon near my work and something feels off about it",
            "a nail salon near my work",
        ),
        (
            "estamos en el motel sol, cuarto 12, carretera 45",
            "el motel sol, cuarto 12, carretera 45",
        ),
        ("they work from 6am to 10pm every day", None),
        (
            "i came 2 years ago for a restaurant. we sleep in the basement under the restaurant "
            "on mats. the restaurant is Golden Wok on Pierce Street in Millbrook.",
            "Golden Wok on Pierce Street in Millbrook",
        ),
        (
            "i work at the Harborview Suites downtown Kessler and ive been seeing room 318 for "
            "like 4 days now",
            "at the Harborview Suites downtown Kessler, room 318",
        ),
        ("starlite inn on barrow rd. rm 214", "starlite inn on barrow rd, rm 214"),
        (
            "a guy getting beat behind the Lucky Garden on 3rd and Alder in Dunmore",
            "behind the Lucky Garden on 3rd and Alder in Dunmore",
        ),
        ("she came in the store last wk buying snacks", "in the store"),
        ("theres a longliner at Port Hadley, the Marisol Star", "at Port Hadley, the Marisol Star"),
        ("he said he would kill her", None),
    ],
)
def test_place_is_found_where_it_is_said(text, place):
    assert find_place(text) == place


@pytest.mark.parametrize(
    ("place", "specific"),
    [
        ("a nail salon near my work", False),
        ("Perfect Nails on Dixie Hwy", True),
        ("room 114", True),
    ],
)
def test_a_place_anyone_could_find(place, specific):
    assert is_specific(place) is specific


def test_a_burst_is_read_as_a_whole():
    reading = read("no i dont think so\nthe women there never leave and sleep in the back")
    assert reading.yes_no is False
    assert reading.substantive
    assert reading.people == "the women"


@pytest.mark.parametrize(
    ("text", "minor"),
    [
        ("actually she's 16", True),
        ("one looks about 15", True),
        ("she said she hates being a sophomore", True),
        ("i came 2 years ago with a work visa", None),
        ("the other men are from 19 to 30 years, nobody is a child", False),
        ("one looks real young idk", None),
        ("unas chicas de 15 años", True),
        ("yes", None),
        ("ok bye", None),
        ("all adults", False),
    ],
)
def test_ages_and_children_are_read_from_the_words_only(text, minor):
    assert read(text).minor is minor


@pytest.mark.parametrize(
    "text",
    [
        "gotta go",
        "hes coming",
        "stop asking me",
        "ok bye",
        "me tengo que ir",
        "ya viene",
        "that is everything i know, thanks, gotta go now",
    ],
)
def test_leaving(text):
    assert read(text).leaving


@pytest.mark.parametrize(
    "text",
    [
        "the girls never go outside",
        "she said she would go to school",
        "she came in the store last wk buying snacks",
        "theyre here tonite tho, 4 women",
        "she came back with cash and said he takes her to a motel",
    ],
)
def test_not_leaving(text):
    assert not read(text).leaving


def test_a_plan_to_go_in_is_read():
    assert read("im going to go get her out myself tonight").rescue_plan
    assert read("voy a ir a sacarla yo misma").rescue_plan
    assert not read("i am going to call 911").rescue_plan
    assert not read("i go there every 2 wks shes gonna know").rescue_plan


def test_an_offer_of_images_of_a_child():
    reading = read("i have screenshots of the girl, shes 14, want me to send them?")
    assert reading.offers_images and reading.images_of_child


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("yes theres a girl locked in room 14 at the Sunset Motel on Route 9", True),
        ("no, but they are moving her tomorrow", False),
        ("no i dont think so\nthe women there never leave", False),
        ("nobody ever comes out of that house after dark, the windows are covered", None),
        ("ok so hes got like 6 guys living in the basement", None),
    ],
)
def test_the_answer_that_opens_a_long_message(text, answer):
    assert read(text).yes_no is answer


@pytest.mark.parametrize(
    "text", ["como 12 hombres, todos adultos", "like 12 guys", "about 15 workers"]
)
def test_a_count_of_people_is_not_an_age(text):
    assert read(text).minor is not True


def test_a_count_without_a_noun_is_not_read_as_an_age():
    assert read("saturday. theres like 5 of them").people == "about 5 people"
    assert read("hay como 8").people == "unas 8 personas"


@pytest.mark.parametrize(
    ("text", "noise"),
    [
        ("ur trash 🤡🤡🤡\nasdfghjkl", True),
        ("<b>hacked</b> DROP TABLE tips;--", True),
        ("ok gracias guardo el numero\nbye", True),
        ("my boss took my id and wont pay me", False),
    ],
)
def test_insults_markup_and_goodbyes_tell_no_situation(text, noise):
    assert read(text).substantive is not noise


def test_looking_young_is_no_age_but_is_noticed():
    reading = read("4 women, one looks real young idk")
    assert reading.minor is None and reading.looks_young


def test_ok_is_heard_not_a_yes():
    assert read("ok thank you\nthe others are adults").acknowledged
    assert not read("yes someone is").acknowledged


def test_pushing_someone_to_escape_alone_is_read():
    assert read("should i text her to climb out a window or something").escape_plan
    assert not read("she escaped last year and is safe now").escape_plan


def test_a_man_arriving_told_in_a_long_message_is_no_goodbye():
    long = "ay no, ya llego el encargado con una pistola, le esta gritando a Don Rafa"
    assert not read(long).leaving
    assert read("ya llego").leaving


def test_a_count_is_not_an_age_and_a_floor_only_adds_to_a_place():
    assert (
        read("estamos en un rancho en la carretera 28 cerca de Hatch. somos como 12").minor is None
    )
    place = read("es en houston, un edificio de ladrillo cafe, veo una gasolinera\npiso 3").place
    assert place.startswith("houston") and place.endswith("piso 3")
