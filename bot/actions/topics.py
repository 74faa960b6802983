"""Questions of fear and trust, and requests for information, answered at any turn.

The answers are the operator's (bot/answers/<language>.yml, or a folder named by
LANTERN_BOT_ANSWERS); a topic is recognised from the words, so "will I be deported?" is
answered before any question of the tip is asked again.
"""

import os
import re
from functools import cache
from pathlib import Path

import yaml

DEFAULT_DIR = Path(__file__).resolve().parents[1] / "answers"
ENV = "LANTERN_BOT_ANSWERS"
# Fear and trust first, then information and referrals: the order answers are given in.
TOPICS = (
    "police_coming",
    "police",
    "immigration",
    "report_me",
    "will_he_know",
    "who",
    "border",
    "what_is",
    "next",
    "guilt",
    "tell_others",
    "wages",
    "domestic_violence",
    "runaway",
    "resources",
    "how_to_report",
    "materials",
    "languages",
)
FEAR = frozenset(TOPICS[:6])
# Answered only when asked: a border or "what happens next" mentioned in an account is no question.
ASKED_ONLY = FEAR | {"border", "next", "guilt", "tell_others"}
# A referral is given when they ask what to do, not for every mention of unpaid wages.
REFERRALS = frozenset(
    {"wages", "domestic_violence", "runaway", "resources", "materials", "languages"}
)


def _any(*parts: str) -> re.Pattern[str]:
    return re.compile(r"\b(" + "|".join(parts) + r")\b")


# Each topic: words that name it. Fear topics count only when asked (a question, or worry).
_PATTERNS = {
    "police_coming": _any(
        r"(are|r|is) (the )?(cops|police|sheriff|help|someone|anyone) (coming|on (their|the) way|"
        r"being sent|sent)|will (the )?(cops|police|someone|anyone) come|(did|have) you (call|"
        r"send)\w* (the )?(police|cops)|(viene|vienen|va a venir) (la policia|alguien|ayuda)|"
        r"mandaron a (la policia|alguien)"
    ),
    "police": _any(
        r"police|cops?|law enforcement|fbi|sheriff|policia|poli|patrulla",
    ),
    "immigration": _any(
        r"deport\w*|immigration|inmigration|imigration|ice|papers|undocumented|illegal|visa|"
        r"green card|my status|warrant|orden de arresto|"
        r"no status|migra|migracion|inmigracion|papeles|indocumentad\w*|estatus|ilegal"
    ),
    "report_me": _any(
        r"report me|reporting me|turn me in|get (me )?in trouble|be in trouble|arrest(ed)? me|"
        r"get arrested|mandatory report\w*|have to report|required to report|"
        r"me (van a )?(reportar|denunciar|arrestar)|meterme en problemas|tener problemas|"
        r"me van a detener"
    ),
    "will_he_know": _any(
        r"(he|she|they|my boss|the boss) (will |ll |gonna |going to )?(know|find out|see|trace)|"
        r"(will|would|could|can) (he|she|they|the \w+|my \w+|anyone) (\w+ )?(know|find out|tell)|"
        r"find out it was me|know it was me|trace (this|me|my)|track (this|me|my)|anonymous|"
        r"without (\w+ ){0,2}(knowing|finding out)|private|secret|sin que (\w+ ){0,2}sepa\w*|"
        r"anonymously|confidential|se va a enterar|se van a enterar|sabra|sabran|anonimo|"
        r"(sepa|sepan|sabe|sabra) que (fui|soy|era) yo|find out (i|it was me)|"
        r"(don t|dont|do not) want (\w+ ){0,3}to (find out|know)|(no )?(le |les )?digan mi nombre|"
        r"(don t|dont|do not) tell (him|her|them|anyone) (my name|it was me)|"
        r"anonima|rastrear|confidencial"
    ),
    "who": _any(
        r"who (runs|are|is) (this|you)|who am i (talking|texting) to|is this (a bot|real|a real "
        r"person|a person|automated)|are you (a bot|real|a person|human|a robot)|"
        r"quien (eres|es|son|esta)|con quien hablo|eres (un robot|real|una persona)|robot"
    ),
    "what_is": _any(
        r"what (is|s|does) (human )?trafficking|whats (human )?trafficking|what counts as|"
        r"what (are )?(the |some )?signs|what signs|red flags?|warning signs|counts as|"
        r"what is considered|what (would|should|do|can) (i|we|you) look (for|out for)|"
        r"whats (some|the) signs|what s (some|the) signs|how (wud|would|do|can) (u|you|i) know|"
        r"like a sign|a sign (that|of|someone)|es lo mismo que|que (debo|tengo que) buscar|"
        r"how (do|can|would) (i|you|we|they|someone) (tell|know|spot|recognize)|"
        r"que senales|cuales son las senales|como (se )?(sabe|reconoce|identifica)|"
        r"signs of|is (it|this|that) trafficking|que es (la )?trata|senales de|es (esto )?trata"
    ),
    "border": _any(
        r"borders?|smuggl\w*|across (the|a) border|cross(ed|ing)? (the|a) border|brought (over|"
        r"across|here)|frontera|contrabando|coyotes?|pollero|cruzar"
    ),
    "next": _any(
        r"what happens (now|next|after|then)|what (do|will) you do (now|with (it|this|that|my))|"
        r"what now|whats next|what s next|and now what|now what|que pasa (ahora|despues)|"
        r"que sigue|y ahora que|que van a hacer|(do|should) i (need to |have to )?do anything|"
        r"anything else (i|we) (need|should|have) to do|tengo que hacer algo|"
        r"what (do|should) (i|we) do now|que hago( ahora)?$|que (debo|tengo que) hacer( ahora)?$|"
        r"so what (do )?(we|i) (just )?(sit here|do|wait)"
    ),
    "guilt": _any(
        r"should (i|we) have (done|said|called|told|stepped in)|is (it|this) my fault|"
        r"did i do (something )?wrong|was i wrong|i should have|deberia haber|es mi culpa|"
        r"hice mal"
    ),
    "tell_others": _any(
        r"(should|can|do) (i|we) tell (her|his|their|the) (parents|mom|mother|dad|father|family|"
        r"school|teacher|boss|manager|landlord|neighbou?rs?)|"
        r"(le|les) (digo|aviso) a (sus|su) (papas|padres|mama|familia|escuela|maestra)"
    ),
    "wages": _any(
        r"(not|never|didn t|didnt|don t|dont|haven t|havent|hasn t|hasnt|won t|wont|stopped) "
        r"(been )?(paid|paying|pay)( me| us| them)?|unpaid|wages?|owes? (me|us) money|"
        r"(pays|paying|paid|pay) late|late (pay|paying|paycheck)|"
        r"no (me|nos|le|les|te) (han )?(pagado|pagaron|paga\w*)|no paga\w*|sueldo|salario|"
        r"no (les|le) pagan"
    ),
    "domestic_violence": _any(
        r"domestic violence|(boyfriend|husband|partner|bf|ex) (hits|beats|hurts|hit|beat|"
        r"chokes|threatens)|violencia (domestica|en (la|mi) casa|familiar)|mi (esposo|novio|pareja|ex) me "
        r"(pega|golpea|amenaza)"
    ),
    "runaway": _any(
        r"ran away|runaway|run away|running away|missing (teen|kid|daughter|son|child|girl|boy)|"
        r"se escapo|se fue de (la )?casa|huyo de (la )?casa|desaparecid\w*"
    ),
    "how_to_report": _any(
        r"(what|how) (do|should|can) (we|i) (do|report|tell)|if (we|i|you) see (something|anything)|"
        r"what (do|should|can|would) (\w+ ){1,2}do (if|when)|if (a|the|someone|somebody) "
        r"(\w+ )?(tells|told|says|said)|"
        r"how (do i|to|can i) report|where (do|can) i report|como (denuncio|reporto|puedo denunciar)|"
        r"que (hago|hacemos|debo hacer) si|si (vemos|veo) algo"
    ),
    "materials": _any(
        r"posters?|flyers?|brochures?|pamphlets?|printed materials?|stickers?|carteles?|folletos?"
    ),
    "languages": _any(
        r"spanish|espanol|other languages?|another language|in (my|their|his|her) language|"
        r"otros idiomas|otro idioma|ingles|english version|translat\w*|interpreter|interprete"
    ),
    "resources": _any(
        r"shelter|hotline number|number to call|who (can|do) i call|where can (i|she|he|we) "
        r"(go|get help)|resources|albergue|refugio|a quien (puedo )?llamar|a donde (puedo )?ir"
    ),
}
_ASKING = _any(
    r"what (can|should|do) (i|we|she|he|they) do|who (can|do|should) i (call|talk to|contact)|"
    r"where (can|do|should|could) (i|we|she|he|they)|is there (anyone|anything|someone|"
    r"a number|help|somewhere|a place|anywhere)|"
    r"can you help|can someone help|any (help|advice|resources)|what are my options|"
    r"que (puedo|podemos|debo|hago)|a quien (llamo|puedo llamar)|a donde (voy|puedo ir)|"
    r"me pueden ayudar|pueden ayudar|hay (alguien|ayuda|algun numero)"
)
# "Is this the police?", as against the police mentioned in another question.
_ASKS_IF_POLICE = _any(
    r"(is this|are you|r u|are u|you are|is it|eres|son|es esto|ustedes son|usted es|esto es) "
    r"(\w+ )?(the )?(police|cops|policia)"
)
_WORRY = _any(r"scared|afraid|worried|worry|fear|nervous|miedo|asustad\w*|preocupad\w*|me preocupa")


def topics_in(text_words: str, asked: bool) -> list[str]:
    """The topics the (normalized) words raise, in answer order.

    A fear or trust topic counts when asked or worried about ("scared they'll deport me"),
    not when mentioned in passing ("the police came once").
    """
    worried = bool(_WORRY.search(text_words))
    seeking = asked or bool(_ASKING.search(text_words))
    found = []
    for topic in TOPICS:
        if not _PATTERNS[topic].search(text_words):
            continue
        if topic in ASKED_ONLY and not (asked or (worried and topic in FEAR)):
            continue
        if topic in REFERRALS and not seeking:
            continue
        found.append(topic)
    if "police_coming" in found and "police" in found:
        found.remove("police")  # "are cops coming?" is not "are you the police?"
    if "immigration" in found and "police" in found and not _ASKS_IF_POLICE.search(text_words):
        found.remove("police")  # "will immigration come if the police do?" asks about status
    if {"wages", "domestic_violence", "runaway"} & set(found) and "how_to_report" in found:
        found.remove("how_to_report")  # "what can I do" is answered by the referral
    return found


@cache
def _answers(folder: str, language: str) -> dict[str, str]:
    path = Path(folder) / f"{language}.yml"
    if not path.is_file():
        return {}
    loaded = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return {str(k): " ".join(str(v).split()) for k, v in loaded.items() if k in TOPICS}


def answer(topic: str, language: str, emergency: str, hotline: str) -> str:
    """The operator's answer to a topic in the language, else the default answer."""
    chosen = os.environ.get(ENV, "").strip()
    table = dict(_answers(str(DEFAULT_DIR), "en"))
    table.update(_answers(str(DEFAULT_DIR), language))
    if chosen:
        table.update(_answers(chosen, language))
    return table[topic].replace("{e}", emergency).replace("{h}", hotline)
