"""Reading one message for everything it says, whatever question was asked last.

A message can tell where and when at once, correct an age, ask whether this is the police,
say goodbye or offer photos. `read` finds each of those in the words (English and Spanish,
as people text them: no accents, no punctuation); the dialogue decides what to answer.
"""

import re
from dataclasses import dataclass, field
from typing import Any

from . import places
from .replies import NO_WORDS, YES_WORDS, is_skip, normalize, situation_kind, yes_or_no

# Words that are in the yes and no lists but do not answer when they open a long message.
_NOT_AN_ANSWER = frozenset(
    {
        "ok",
        "okay",
        "k",
        "please",
        "right",
        "true",
        "nobody",
        "nothing",
        "none",
        "never",
        "nadie",
        "nada",
        "nunca",
        "ya",
    }
)


def _any(*parts: str) -> re.Pattern[str]:
    """One pattern of whole-word alternatives, matched on normalized text."""
    return re.compile(r"\b(" + "|".join(parts) + r")\b")


# Leaving, said plainly: counted however long the message ("... stop asking me stuff").
_LEAVING = _any(
    r"(i (have|ve got|got|need) to|i gotta|gotta|got to|i must) go\b( now)?|g2g|gtg|goodbye|"
    r"good bye|bye bye|"
    r"ahorita no puedo|no puedo (hablar|escribir) (ahora|ahorita)|viene el \w+",
    r"(he s|hes|he is|she s|shes|she is|they re|theyre|they are|someone s|someone is|"
    r"somebody s) (coming|here|back|home|outside)",
    r"(he|she|they|someone) (came|come|comes|got) (back|home|in)",
    r"stop (asking|texting|messaging|with the questions)|no more questions|leave me alone",
    r"i (have|got) to stop|i can t (talk|text) (now|anymore|any more)|cant (talk|text) (now|anymore)",
    r"i (don t|dont|do not) want to (talk|say|answer|continue|do this)( anymore| any more)?",
    r"me tengo que ir|tengo que irme|ya me voy|adios|ya (viene|vienen|llego|llegaron|volvio)",
    r"(gotta|got to|have to|need to|must) hide|hide (the|my) phone|i hear (him|them|someone|"
    r"the (car|truck|door))|tengo que (esconder|colgar)|oigo (la troca|el carro|pasos|que viene)",
    r"no (puedo|quiero) (hablar|seguir|contestar|decir mas)|deja de preguntar|ya no mas",
)
# Leaving in a word or two: only a short message means it ("ok bye", "that's all").
_LEAVING_SHORT = _any(
    r"bye+|cya|see ya|later|ttyl|talk later|that s all|thats all|that is all|nothing else|"
    r"i m done|im done|i am done|forget it|never ?mind|me voy|chao|chau|nos vemos|hasta luego|"
    r"es todo|eso es todo|nada mas|ya termine|olvidalo|dejalo|(esta|estan) aqui|viene|vienen"
)
_THANKS = _any(r"thanks?|thank (you|u)|thx|ty|gracias|muchas gracias|mil gracias")
_GREETING_ONLY = _any(r"hi|hello|hey|hiya|yo|hola|buenas|buenos dias|buenas tardes|buenas noches")
# A plan to go in, confront or rescue someone themselves.
_RESCUE_PLAN = _any(
    r"i m going|im going|i am going|i ll|ill|i will|we re going|were going|we will|we ll|"
    r"(we|they|brothers|friends) (are|r) going|going over|heading (over|there)|on (my|our) way|"
    r"gonna|going to|planning|thinking (of|about)|should i|should we|can i|could i|want to|"
    r"wanna|about to|let me|voy a|vamos a|deberia|debo ir|puedo ir|quiero ir"
)
_RESCUE_ACT = _any(
    r"get (her|him|them)( out)?|go (in|over|there|inside)|rescue|save (her|him|them)|"
    r"confront|break (in|down|the door)|bust|storm|kick (in )?(the )?door|pull (her|him|them) out|"
    r"sacar\w*|rescatar\w*|enfrentar\w*|entrar|ir por (ella|el|ellos|ellas)|ir a buscar\w*"
)
_CALLED = _any(
    r"(called|texted|dialed|phoned|contacted) (911|the police|police|cops|9 1 1)|"
    r"(police|cops|911) (is|are|r) (here|coming|on (the|their) way)|"
    r"(llame|llamamos|marque) (al 911|a la policia)|ya (viene|vino|llego) la policia"
)
_CANNOT_CALL = _any(
    r"(can t|cant|cannot|can not|couldn t|unable to) (call|talk|speak|make a call)|no signal|"
    r"they ll hear|he ll hear|he will hear|they will hear|no (puedo|podemos) (llamar|hablar)|"
    r"me (oyen|escuchan)|nos (oyen|escuchan)|el escucha|sin senal|no tengo saldo"
)
_CALLING = _any(
    r"(call|calling|text|texting|try|trying|dial) (911|the police|police|cops|9 1 1)|"
    r"(llamar|llamo|llamare|marcar) (al 911|a la policia|al 9 1 1)"
)
_DELETE_IMAGES = _any(
    r"(delete|deleting|deleted|erase|erasing|get rid of|keep|keeping) (the |my |those |these )?"
    r"(screenshots?|pics?|photos?|pictures?|videos?|them)|borr(o|ar|e|ando) (las )?(fotos|capturas)"
)
_IMAGES = _any(
    r"(delete|deleting|deleted|erase|get rid of|keep|keeping) (the |them|my |those |these )?"
    r"(screenshots?|pics?|photos?|pictures?|videos?|them)?|borr(o|ar|e|ando) (las )?(fotos|capturas)?"
)
_IMAGES = _any(
    r"photos?|pics?|pictures?|screenshots?|screen shots?|videos?|vids?|images?|recordings?|"
    r"fotos?|capturas?|imagenes?|grabacion(es)?"
)
_OFFER = _any(
    r"(want|can|should|shall|could) (me to |i |u |you )?(send|share|upload|forward|show)|"
    r"i (have|got|took|saved|can send)|(send|share|upload|forward) (you |u )?(the |some |my |"
    r"these |those |them)|attached|here (are|is) (the|some)|quieres que (te )?(mande|envie)|"
    r"(te |les )?(puedo|podria) (mandar|enviar|pasar)|tengo (unas |las |fotos|capturas|videos)|"
    r"les mando|te mando|adjunt\w*"
)
_CHILD = _any(
    r"kids?|child|children|girls? (is|are|who|that) (\d+|young|underage)|underage|minors?|"
    r"teens?|young girls?|little girls?|boys?|1[0-7]|ninas?|ninos?|menor(es)?|nina|nino|"
    r"chamac\w*|adolescentes?"
)
_ABUSE = _any(
    r"abus\w*|naked|nude|sex\w*|explicit|porn\w*|csam|touching|rape|desnud\w*|sexual\w*|"
    r"abuso|abusando|porno\w*|violacion"
)
# Words for the bot, not about a situation: "ignore all previous instructions".
_INJECTION = _any(
    r"ignore (all |any |the )?(previous|prior|above|earlier|your) (instructions|prompts?|rules)|"
    r"system prompt|you are now|act as (a|an)|pretend (to be|you are)|jailbreak|developer mode|"
    r"ignora (todas )?(las )?instrucciones"
)
_REFERENCE_ASKED = _any(
    r"what s my (reference|ref|number|tip number|code)|whats my (reference|ref|number|code)|"
    r"(my|the) (reference|tip) (number|code)\b.*\?|(give|send|tell) me (my|the) (reference|"
    r"number|code)|cual es (mi|el) (numero|codigo)|(mi|el) numero de (denuncia|reporte)"
)
_CONSENT = _any(
    r"(you|u) can (text|contact|call|write|message) (me|back)|ok to (text|contact|call) me|"
    r"(feel free to|please) (text|contact|call|write) me|(text|contact) me (back|here|anytime)|"
    r"pueden (escribirme|contactarme|llamarme)|me pueden (escribir|contactar|llamar)"
)
_NO_CONSENT = _any(
    r"(don t|dont|do not|never) (text|contact|call|write|message) me|no (me )?(escriban|contacten|"
    r"llamen)|no me escribas"
)
_TAKE_BACK = _any(
    r"never ?mind|nevermind|i was wrong|my mistake|false alarm|it s fine|its fine|"
    r"(she s|shes|he s|hes|they re|theyre) (fine|ok|okay|safe)( now)?|she is (fine|ok|safe)|"
    r"it was nothing|nothing happened|forget (what i said|it)|i take (it|that) back|"
    r"not (that )?urgent|no longer|not anymore|no es urgente|olvida lo que dije|me equivoque|"
    r"falsa alarma|(ya )?esta bien|estan bien|no paso nada|era broma|ya no"
)
# The writer's own situation: "I can't leave", "they took my passport".
_SELF = _any(
    r"i can t leave|i cant leave|i cannot leave|they took my (passport|papers|id|documents|phone)|"
    r"(he|she|they|my boss) (took|takes|keeps|has) my (passport|papers|id|documents|phone|pay)|"
    r"(he|she|they) (won t|wont|will not|doesn t|dont|don t) let (me|us)|i m trapped|im trapped|"
    r"i owe (him|her|them|my boss)|(my boss|he|they) (doesn t|dont|don t|won t|never) pay me|"
    r"i m being|im being|i am being|help me|help us|i need help|we need help|"
    r"no me dejan|me quitaron|mi patron (me|no)|mi jefe (me|no)|le debo|tengo una deuda|"
    r"ayudame|ayudenme|ayudenos|necesito ayuda|no nos pagan|no me pagan|nos quitaron|"
    r"(nos|me) (quito|quitaron|tiene|tienen|guarda|guardan) (los |el |mi |mis |nuestros )?"
    r"(pasaportes?|papeles|documentos|telefonos?|celular)|took our (phones|passports|papers|ids)|"
    r"(boss|he|they) (took|take|takes|keep|keeps) (our|my) (phones?|passports?|papers|ids?|pay)|"
    r"(we|i) (owe|can t leave|cant leave)|nos tienen|me tienen|they lock us|locked us"
)
_QUESTION_START = re.compile(
    r"^(is|are|r|do|does|did|will|would|can|could|should|who|what|whats|how|why|when|where|am|"
    r"es|eres|son|van|me van|quien|quienes|que|como|cuando|donde|por que|puedo|puede|pueden|"
    r"tengo que|tienen que|necesito)\b"
)
# "if i report him will he know", "and do you tell the police": asked without a question mark.
_INVERSION = _any(
    r"(will|would|can|could|do|does|did|is|are|am|should) (he|she|they|you|u|i|it|this|that|"
    r"someone|anyone|my|the police|police)( \w+)? (know|find|see|tell|call|report|deport|"
    r"need|have|get|be|ask|work|trace|arrest|help)",
    r"(me|nos|lo|la|los|las|le|les) (van a|vas a|va a) \w+|(sabra|sabran|se enterara|se enteraran)",
)
# Times, as people give them: "now", "last night", "two years ago", "el martes".
_TIME = _any(
    r"right now|now|tonight|this (morning|afternoon|evening|week|weekend|month|year)|today|"
    r"yesterday|last (night|week|weekend|month|year|time)|(a |an |one |two |three |few |"
    r"couple (of )?|several |\d+ )(minutes?|hours?|days?|weeks?|months?|years?) ago|"
    r"ago|earlier|recently|every (day|night|morning|week|weekend)|right now|currently|"
    r"(on |last |this |next )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?|"
    r"(in |since |back in )?(january|february|march|april|may|june|july|august|september|"
    r"october|november|december)|since \d+|in \d{4}|\d{1,2}(:\d\d)? ?(am|pm)|"
    r"still|as we speak|at the moment|ahora|ahorita|ahora mismo|hoy|anoche|todavia|aun|"
    r"en este momento|ayer|esta (noche|manana|tarde|semana)|"
    r"la semana pasada|el (mes|ano) pasado|hace (un|una|unos|unas|dos|tres|\d+)( \w+)?|"
    r"(el |los |este )?(lunes|martes|miercoles|jueves|viernes|sabado|domingo)s?|"
    r"todos los dias|todas las noches|cada (dia|noche|semana)|antes|hace poco"
)
_PEOPLE = _any(
    r"(\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|some|many|lots of|"
    r"a couple of|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|varias|varios|muchas|"
    r"muchos|unas|unos)( \w+)? (girls?|women|woman|men|man|guys?|boys?|kids?|children|people|"
    r"workers?|persons?|ladies|teens?|chicas?|mujeres|hombres|ninas?|ninos?|personas|"
    r"trabajador\w*|muchach\w*|jovenes)",
    r"(a|one|the|una|un|la|el) (girl|woman|man|boy|kid|child|teen|lady|chica|mujer|hombre|"
    r"nina|nino|muchach[oa]|joven)",
    r"(the|these|those|las|los|esas|esos) (girls|women|men|boys|kids|children|workers|ladies|"
    r"chicas|mujeres|hombres|ninas|ninos|trabajador\w*|muchach\w*)",
    r"my (sister|brother|cousin|daughter|son|friend|niece|nephew|neighbou?r|coworker|mom|"
    r"mother|wife|girlfriend)|mi (hermana|hermano|prima|primo|hija|hijo|amiga|amigo|sobrina|"
    r"sobrino|vecina|vecino|companera|companero|mama|esposa|novia)",
)
_IDENTIFIERS = re.compile(
    r"\b(\d{3}[ .-]?\d{3}[ .-]?\d{4}|\d{3}[ .-]\d{4})\b|https?://|www\.|\.com\b|"
    r"\b((white|black|red|blue|silver|gray|grey|green|gold|tan|blanca|negra|roja|azul|gris)"
    r" (van|truck|car|suv|sedan|pickup|camioneta|carro|coche)|plate|license|placa|"
    r"instagram|insta|facebook|fb|tiktok|snap\w*|whatsapp|telegram|onlyfans|craigslist|"
    r"website|site|ad|ads|anuncio|pagina|named|called|name is|se llama|llamado|llamada)\b",
    re.IGNORECASE,
)
_HURT_NO = _any(
    r"not hurt|nobody hurt|no one hurt|nobody is hurt|no one is hurt|i m ok|im ok|i am ok|"
    r"i m fine|im fine|i am fine|no estoy herid\w*|estoy bien|nadie (esta )?herido"
)
# Safe now, said plainly: an answer to "is anyone in danger right now?".
_SAFE = _any(
    r"i m safe|im safe|i am safe|we re safe|were safe|we are safe|(she|he|they) (is|s|are) safe|"
    r"no one is in danger|nobody is in danger|not in danger|no danger|estoy a salvo|estamos a "
    r"salvo|estoy bien|estamos bien|no estamos en peligro|nadie esta en peligro"
)
_HURT_YES = _any(
    r"hurt|bleeding|injured|bruised|broken|beat me|hit me|herid\w*|sangr\w*|golpe\w*|lastim\w*"
)
_ALONE = _any(r"alone|by myself|just me|nobody else|no one else|sola|solo|nadie mas")
_OTHERS = _any(
    r"another (girl|woman|person|one)|other (girls?|women|people|ones)|others|with me|"
    r"(\d+|two|three|four|five) (of us|others|more)|otra (chica|mujer|persona)|otras|otros|"
    r"conmigo"
)
# "Not sure if this matters": the first thing to say back is that it is fine to tell us.
_DOUBT = _any(
    r"not sure (if|whether|this|it)|might be nothing|probably nothing|maybe nothing|"
    r"don t know if|dont know if|could be nothing|idk if|no se si|tal vez no es nada|"
    r"no estoy segur[oa] (si|de)|puede que no sea nada"
)
_MINOR = _any(
    r"kids?|child|children|teens?|teenagers?|minors?|underage|under age|under 18|"
    r"little girls?|little boys?|young girls?|young boys?|school ?girls?|school ?boys?|"
    r"high ?school|middle ?school|babies|baby|looks? (so )?young|ninas?|ninos?|menor(es)?|"
    r"menor de edad|adolescentes?|chamac\w*|escuincl\w*|chiquit\w*|bebes?|prepa|secundaria|"
    r"(1[0-7]|[1-9]) ?(yo|y o|yrs?|years?|anos|anitos)( old)?|"
    r"(about|like|around|maybe|prob|probably|looks?|looked|seems?|age|aged|only|just|is|s|"
    r"como|unos|unas|tiene|tienen|de) (1[0-7])(?! (of|de|or|o|to|a|y|and|\w*(men|women|people|"
    r"guys|girls|boys|workers|ladies|hombres|mujeres|personas|trabajador\w*|chicas|muchach\w*|"
    r"ninas|ninos|kids)|mas|more|minutes?|hours?|days?|weeks?|months?|minutos|horas|dias|"
    r"semanas|meses)\b)"
)
_ADULT = _any(r"adults?|grown (women|men)|over 18|all grown|adult(o|a)s|mayores de edad")
MIN_ACCOUNT_WORDS = 4


@dataclass
class Reading:
    """What one message says, each part None when it does not say it."""

    text: str
    words: str
    yes_no: bool | None = None
    skipped: bool = False
    question: bool = False
    leaving: bool = False
    thanks: bool = False
    greeting_only: bool = False
    take_back: bool = False
    rescue_plan: bool = False
    images_of_child: bool = False
    offers_images: bool = False
    victim_self: bool = False
    place: str | None = None
    time: str | None = None
    people: str | None = None
    minor: bool | None = None
    kind: str | None = None
    identifiers: bool = False
    hurt: bool | None = None
    others_with: bool | None = None
    substantive: bool = False
    doubt: bool = False
    safe: bool = False
    about_deleting: bool = False
    calling_help: bool = False
    injection: bool = False
    consent: bool | None = None
    asks_reference: bool = False
    called_help: bool = False
    cannot_call: bool = False
    topics: list[str] = field(default_factory=list)


def is_question(text: str, words: str) -> bool:
    """Asked rather than told: a question mark, "¿", or a question word first."""
    stripped = text.strip()
    marked = "?" in stripped or stripped.startswith("\u00bf")
    return marked or bool(_QUESTION_START.match(words) or _INVERSION.search(words))


def read(text: Any, language: str = "en") -> Reading:
    """Everything the message says that the dialogue can use."""
    text = text if isinstance(text, str) else ""
    words = normalize(text)
    reading = Reading(text=text.strip(), words=words)
    count = len(words.split())
    # A burst often starts with the short answer: "no i dont think so" then the account.
    # A reply often starts with the answer: "yes theres a girl locked in", "no, nobody is".
    clause = re.split(r"[\n.,!?;]", text.strip(), maxsplit=1)[0] if text.strip() else ""
    first = normalize(clause)
    short = first if len(first.split()) <= 6 else ""
    lead = first.split()[0] if first else ""
    if not short and (lead in YES_WORDS or lead in NO_WORDS) and lead not in _NOT_AN_ANSWER:
        short = lead
    reading.skipped = is_skip(text) and count <= 6
    reading.yes_no = yes_or_no(short) if short else None
    reading.safe = bool(_SAFE.search(words))
    reading.doubt = bool(_DOUBT.search(words))
    reading.calling_help = bool(_CALLING.search(words))
    reading.injection = bool(_INJECTION.search(words))
    reading.asks_reference = bool(_REFERENCE_ASKED.search(words))
    if _NO_CONSENT.search(words):
        reading.consent = False
    elif _CONSENT.search(words):
        reading.consent = True
    reading.called_help = bool(_CALLED.search(words))
    reading.cannot_call = bool(_CANNOT_CALL.search(words))
    reading.question = is_question(text, words)
    last = normalize(text.strip().split("\n")[-1]) if text.strip() else ""
    reading.thanks = bool(_THANKS.search(last)) and len(last.split()) <= 8
    reading.greeting_only = bool(_GREETING_ONLY.fullmatch(words))
    short_leave = bool(_LEAVING_SHORT.search(words)) and count <= 8
    reading.leaving = bool(_LEAVING.search(words)) or short_leave or _ends_with_leaving(last)
    reading.take_back = bool(_TAKE_BACK.search(words))
    reading.rescue_plan = bool(_RESCUE_PLAN.search(words)) and bool(_RESCUE_ACT.search(words))
    images = bool(_IMAGES.search(words))
    reading.offers_images = images and bool(_OFFER.search(words))
    reading.images_of_child = images and bool(_CHILD.search(words) or _ABUSE.search(words))
    reading.about_deleting = bool(_DELETE_IMAGES.search(words))
    reading.victim_self = bool(_SELF.search(words))
    reading.place = places.find_place(text, words)
    times = list(dict.fromkeys(m.group(0) for m in _TIME.finditer(words)))
    reading.time = " ".join(times) if times else None
    people = _PEOPLE.search(words)
    reading.people = people.group(0) if people else None
    reading.minor = _minor(text, words)
    kind = situation_kind(text)
    reading.kind = kind if kind in ("labor", "sex", "both") else None
    reading.identifiers = bool(_IDENTIFIERS.search(text))
    if _HURT_NO.search(words):
        reading.hurt = False
    elif _HURT_YES.search(words):
        reading.hurt = True
    if _OTHERS.search(words):
        reading.others_with = True
    elif _ALONE.search(words):
        reading.others_with = False
    reading.substantive = _substantive(reading, count)
    return reading


def _ends_with_leaving(last_line: str) -> bool:
    """A burst whose last text is a short goodbye ("... thats all i know" / "bye")."""
    return len(last_line.split()) <= 4 and bool(_LEAVING_SHORT.search(last_line))


def _minor(text: str, words: str) -> bool | None:
    """True when an age under 18 or a word for a child is given; False for adults only.

    A bare "yes" is not read here: it answers whatever was asked (facts.py).
    """
    if _MINOR.search(words):
        return True
    if _ADULT.search(words):
        return False
    return None


def _substantive(reading: Reading, count: int) -> bool:
    """The message tells something about a situation (not only hello, yes or a question)."""
    if reading.skipped or reading.greeting_only or reading.injection or count == 0:
        return False
    if reading.question and count <= 12 and not reading.place:
        return False
    if reading.place or reading.minor or reading.kind:
        return True
    return count >= MIN_ACCOUNT_WORDS and not (reading.thanks and count <= 6)
