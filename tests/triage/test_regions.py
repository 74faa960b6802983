"""Regions: a deployment's places in routes.yml, a tip's region from its words, and routing."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
import yaml
from sqlalchemy.orm import Session, sessionmaker

from tips.db import make_engine, make_sessions, transaction
from tips.inbox import Inbound, record_inbound
from tips.models import Tip
from tips.store import save_assessment, submit
from triage.location import find_region, postcodes
from triage.normalize import normalize
from triage.preflight import routes_problems
from triage.routing import DEFAULT_ROUTES, RoutesError, load_regions, parse_regions, parse_routes
from triage.rubric import assess

REGIONS = parse_regions(
    {
        "regions": [
            {
                "name": "central_valley",
                "places": ["Fresno", "Kern County", "Bakersfield", "Modesto"],
                "postcodes": ["936", "937"],
            },
            {"name": "bay_area", "places": ["San José", "Oakland", "Alameda County"]},
            {"name": "baja", "places": ["Tijuana", "Ensenada", "Mexicali"], "postcodes": ["22"]},
        ]
    }
)
RULES = parse_routes(
    {
        "regions": [{"name": r.name, "places": list(r.places)} for r in REGIONS],
        "rules": [
            {
                "name": "valley emergencies page the valley rota",
                "when": {"urgency": "critical", "region": "central_valley"},
                "queue": "emergency",
                "page": "valley_on_call",
            },
            {
                "name": "emergencies",
                "when": {"urgency": "critical"},
                "queue": "emergency",
                "page": True,
            },  # fmt: skip
            {
                "name": "bay area labour",
                "when": {"category": "labor_trafficking", "region": "bay_area"},
                "queue": "labor_bay_area",
            },
            {"name": "rest", "when": {}, "queue": "general"},
        ],
    }
)


@pytest.mark.parametrize(
    ("text", "region"),
    [
        # English
        ("they keep the girls at a house on Olive Ave in Fresno", "central_valley"),
        ("FRESNO, the spa by the mall", "central_valley"),
        ("farm workers somewhere in kern county never get paid", "central_valley"),
        ("the nail salon in San Jose keeps their passports", "bay_area"),
        ("a motel on International Blvd, Oakland CA", "bay_area"),
        ("the address is 1200 Van Ness, CA 93721", "central_valley"),
        ("zip code 93650, a packing shed", "central_valley"),
        ("a house in Sacramento", None),
        ("my boss took my passport", None),
        # Spanish
        ("nos tienen encerradas en una casa en Tijuana", "baja"),
        ("trabajan en un rancho cerca de Bakersfield sin pago", "central_valley"),
        ("el taller está en el condado de Alameda County", "bay_area"),
        ("en la colonia Centro, C.P. 22000, les quitan los papeles", "baja"),
        ("una bodega en San José, no les pagan", "bay_area"),
        ("en mi pueblo pasa esto", None),
    ],
)
def test_a_tips_region_comes_from_the_places_it_names(text, region):
    assert find_region(normalize(text), REGIONS) == region


@pytest.mark.parametrize(
    "text",
    [
        "call me back at 937-555-0142",  # an area code says where the phone is, not the tip
        "my number is (936) 555 0199 text me",
        "+1 9375550142",
        "they live at 93721 Main St",  # a house number
        "fresnos y robles en el patio",  # a word that only begins like a place
        "sanjose",
    ],
)
def test_phone_numbers_house_numbers_and_part_words_give_no_region(text):
    assert find_region(normalize(text), REGIONS) is None


def test_postcodes_are_read_with_their_positions():
    assert postcodes(normalize("Fresno CA 93721-1234, zip: 93650").folded) == [
        (10, "93721"),
        (27, "93650"),
    ]
    assert postcodes(normalize("London SW1A 1AA").folded) == [(7, "sw1a1aa")]


def test_the_where_answer_and_the_named_place_come_before_other_mentions():
    text = normalize("I drove up from Tijuana last week. The girls are at the Lucky Spa in Fresno")
    assert find_region(text, REGIONS) == "baja"  # first mention when nothing else decides
    assert find_region(text, REGIONS, where="Modesto, near the fairgrounds") == "central_valley"
    rated = assess([text.clean], {}, regions=REGIONS)
    assert rated.region == "central_valley"  # the named place with its town


def test_the_region_is_recorded_and_routes_the_tip_to_a_regional_queue_and_rota():
    danger = assess(["he has a gun to her head right now, 400 Blackstone Ave Fresno"],
                    routes=RULES, regions=REGIONS)  # fmt: skip
    assert (danger.urgency, danger.region, danger.queue, danger.page) == (
        "critical", "central_valley", "emergency", "valley_on_call"
    )  # fmt: skip
    elsewhere = assess(["he has a gun to her head right now, 12 Elm St Reno"],
                       routes=RULES, regions=REGIONS)  # fmt: skip
    assert (elsewhere.region, elsewhere.page) == (None, "on_call")
    labour = assess(["el patrón del restaurante en Oakland nos quitó los pasaportes y no nos paga"],
                    routes=RULES, regions=REGIONS)  # fmt: skip
    assert (labour.region, labour.queue, labour.language) == ("bay_area", "labor_bay_area", "es")
    assert labour.to_dict()["region"] == "bay_area"


def test_the_default_config_defines_no_region():
    assert load_regions() == ()
    assert assess(["they took my passport at the farm near Fresno"]).region is None


def test_the_commented_example_in_routes_yml_is_valid():
    text = DEFAULT_ROUTES.read_text(encoding="utf-8")
    example = re.search(r"^# regions:\n(?:#  .*\n)+", text, re.M)
    assert example is not None
    data = yaml.safe_load("\n".join(line[2:] for line in example.group().splitlines()))
    names = [r.name for r in parse_regions(data)]
    assert names == ["central_valley", "bay_area"]


def region_file(regions: list[dict], rules: list[dict] | None = None) -> dict:
    return {
        "regions": regions,
        "rules": rules or [{"name": "rest", "when": {}, "queue": "general"}],
    }


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (region_file([{"name": "valley", "places": ["Fresno", "559"]}]),
         "region 1 ('valley'): field 'places': '559' holds digits; postal codes go under"),
        (region_file([{"name": "valley", "places": ["LA"]}]), "'LA' is too short"),
        (region_file([{"name": "a", "places": ["Fresno"]}, {"name": "b", "places": ["fresno"]}]),
         "region 2 ('b'): field 'places': 'fresno' is already in region 'a'"),
        (region_file([{"name": "a", "places": ["Reno"]}, {"name": "a", "places": ["Elko"]}]),
         "region 2 ('a'): field 'name': another region has this name"),
        (region_file([{"name": "Central Valley", "places": ["Fresno"]}]), "field 'name'"),
        (region_file([{"name": "x" * 49, "places": ["Fresno"]}]), "up to 48"),
        (region_file([{"name": "valley", "towns": ["Fresno"]}]), "field 'towns': unknown field"),
        (region_file([{"name": "valley"}]), "needs places or postcodes"),
        (region_file([{"name": "valley", "places": "Fresno"}]), "must be a list"),
        (region_file([{"name": "valley", "postcodes": ["fresno"]}]), "not a postal-code prefix"),
        ({"regions": {"valley": ["Fresno"]}, "rules": [{"queue": "general"}]},
         "`regions` must be a list"),
        (region_file([{"name": "valley", "places": ["Fresno"]}],
                     [{"name": "bay", "when": {"region": "bay_area"}, "queue": "bay"},
                      {"queue": "general"}]),
         "rule 1 ('bay'): field 'when.region': 'bay_area' is not a region under `regions` (valley)"),
        ({"rules": [{"name": "bay", "when": {"region": "bay"}, "queue": "bay"},
                    {"queue": "general"}]}, "(none are defined)"),
    ],
)  # fmt: skip
def test_invalid_regions_name_the_region_and_field(data, message):
    with pytest.raises(RoutesError, match=re.escape(message)):
        parse_routes(data)


def test_a_rule_may_ask_for_tips_in_no_region():
    rules = parse_routes(region_file([{"name": "valley", "places": ["Fresno"]}],
                                     [{"name": "nowhere", "when": {"region": None}, "queue": "x"},
                                      {"queue": "general"}]))  # fmt: skip
    assert assess(["test"], routes=rules).queue == "x"


def test_start_up_check_reports_a_bad_regions_file(tmp_path):
    path = tmp_path / "routes.yml"
    path.write_text(
        "regions:\n  - name: valley\n    places: [Fresno, '559']\n"
        "rules:\n  - name: rest\n    queue: general\n",
        encoding="utf-8",
    )
    (problem,) = routes_problems(path)
    assert "'559' holds digits" in problem and "area codes are not used" in problem
    assert routes_problems() == []


@pytest.fixture
def store(database_url: str) -> Iterator[sessionmaker[Session]]:
    engine = make_engine(database_url)
    yield make_sessions(engine)
    engine.dispose()


def test_save_assessment_sets_the_tips_region(store: sessionmaker[Session]) -> None:
    result = assess(["they took our passports at the farm on Dale Rd near Modesto"],
                    regions=REGIONS).to_dict()  # fmt: skip
    with transaction(store) as s:
        record_inbound(s, Inbound("sms", "r" * 32, "hello", None))
        tip, _ = submit(s, channel="sms", sender="r" * 32, language="en", answers={},
                        complete=True)  # fmt: skip
        assert save_assessment(s, tip, tip.revision, result)
        tip_id = tip.id
    with store() as s:
        assert s.get_one(Tip, tip_id).region == "central_valley"


def test_a_worker_refuses_to_start_on_a_bad_routes_file(monkeypatch):
    from triage import tasks

    tasks.refuse_bad_routes()  # the packaged file is good
    monkeypatch.setattr(tasks, "routes_problems", lambda: ["routes region 1 ('x'): bad"])
    with pytest.raises(SystemExit, match="routes region 1"):
        tasks.refuse_bad_routes()
