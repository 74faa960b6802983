"""What the bot says, in English and Spanish: short, plain, one question at a time.

Spanish is written as it is texted and only with the accents GSM-7 has (é ñ ¿ ¡), so a reply
stays one SMS segment where it can. `{e}` is the emergency number, `{h}` the hotline's, `{ref}`
a tip reference; tests/bot/test_texts.py checks both languages have every text and fit SMS.
"""

from typing import Any

TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "welcome": "Hi, this is Lantern, a tip line for human trafficking. You can stay anonymous.",
        "emergency": "If you can do it safely, call {e} now (or text {e} where that works). "
        "We cannot send help ourselves.",
        "emergency_again": "If anyone is in danger, call {e} if you can do it safely.",
        "emergency_now": "Call or text {e} now if you can do it safely.",
        "after_call": "Stay back and keep yourself safe; do not go in. If anything changes, call "
        "{e} again. You can text us any time with your reference.",
        "hurt_care": "I am sorry you are hurt. If you can, tell {e} you are hurt.",
        "hurt_other": "If you can, tell {e} that someone is hurt.",
        "minor_victim": "Anyone under 18 in commercial sex is a victim, with or without force, "
        "and is not in trouble for it.",
        "ask_danger": "Are you or anyone else in danger right now?",
        "ask_what": "What happened? Tell us in your own words, in one text or several.",
        "ask_where": "Where is this? A city, street, business name or anything you know.",
        "ask_where_now": "Where are you, or they, right now? An address, business, motel and "
        "room, or what you can see.",
        "ask_when": "When did you see this: now, today, this week or earlier?",
        "ask_age": "How old do they seem, if you can guess?",
        "ask_who": "How many people are affected? If you can, say how old they seem.",
        "ask_kind": "Is it forced work, forced sex work, both, or not sure?",
        "ask_details": "Anything that could help find them? Names, phone numbers, vehicles, "
        "websites or ads.",
        "ask_consent": "Can we contact you here if we have questions? Yes or no.",
        "ask_hurt": "Are you or anyone with you hurt?",
        "ask_hurt_others": "Is anyone there hurt or in danger now?",
        "ask_confirm": "Your tip {ref}: {summary}. Is that right? Reply yes, or to change "
        "anything just write it (e.g. 'the place is ...').",
        "read_back_place": "I have the place as: {place}. Tell me if that is wrong.",
        "stay_safe": "Please keep yourself safe: do not go in or confront anyone.",
        "call_yes": "Yes, please call {e} if you can do it safely.",
        "text_911": "If you cannot call, you can text {e} where that works. Keep this phone quiet.",
        "reference_new": "We could not find tip {ref}, so what you send now is saved as a new tip.",
        "called": "Thank you for calling for help. Please stay back and keep yourself safe.",
        "doubt": "It is fine to tell us even if you are not sure.",
        "alerted": "A person at our hotline has been alerted.",
        "safety": "If it is safer, delete these messages. You can text again any time with "
        "your reference {ref}.",
        "safety_noref": "If it is safer, delete these messages. You can text us again any time.",
        "reference": "Your tip reference is {ref}. Keep it to add more later.",
        "noted": "Thank you, that helps.",
        "noted_vehicle": "Thank you, we have the {thing}.",
        "noted_child": "Thank you, we have noted that someone is under 18.",
        "noted_minor": "Thank you, we have added that. Anyone under 18 in commercial sex is a "
        "child victim, with or without force.",
        "take_back": "Thank you for telling us. We have noted that.",
        "rescue": "Please do not go in or confront anyone yourself: it could put you and them "
        "in danger. Call {e} instead.",
        "escape": "Please do not push them to escape alone: if they are caught it could put them "
        "in more danger. Call {e} and let them help.",
        "images_child": "Please do not send photos or videos of a child: sending or keeping "
        "them can be a crime. Tell us in words what you saw and where.",
        "images_delete": "Yes, please delete them, and do not send or keep them. Telling us in "
        "words is enough.",
        "images_other": "Please do not take risks to get photos. Telling us what you saw and "
        "where helps most.",
        "victim": "You are not alone, and this is not your fault. Our hotline: {h}, any time. "
        "If you are in danger now, call {e}.",
        "closing": "Thank you. Your tip {ref} is with our team: a person reads every tip and "
        "decides the next step. Text again any time with that reference. If anyone is in "
        "danger, call {e}.",
        "closing_summary": "We have: {summary}. To change anything, text us with your reference.",
        "closing_noref": "Thank you. What you wrote is with our team now. Text again any time. "
        "If anyone is in danger, call {e}.",
        "goodbye": "Take care. You can text us again any time. If anyone is in danger now, "
        "call {e}.",
        "offer": "If you want to tell us about something, just write what you saw.",
        "offer_again": "You can tell us about a situation here any time, without your name.",
        "about_line": "This is Lantern, a tip line for human trafficking. We only answer what "
        "is sent to us. Text STOP and we will not write again.",
        "linked": "Thanks. What you send now is added to tip {ref}.",
        "linked_ask": "Thanks, you are back on tip {ref}. What would you like to add?",
        "reference_unknown": "We could not find tip {ref}. Please check it, or tell us what "
        "you saw.",
        "added": "Thank you, this is added to your tip {ref}.",
        "added_open": "Thank you, this is added to your tip {ref}. If anyone is in danger, call "
        "{e}. You can text again any time.",
        "corrected": "Thanks, I have changed that.",
        "corrected_to": "Thanks, I have changed that to: {value}.",
        "no_address": "That is fine, you do not have to say where you live.",
        "noted_others": "Thank you, we have added that someone else is there too.",
        "follow": "Please do not follow them: it could put you and them in danger. Give {e} the "
        "vehicle, the plate and which way they went.",
        "no_contact": "OK, we will not contact you.",
        "thanks_first": "Thank you for telling us.",
        "quick_exit": "To clear this chat fast, use Quick exit or press Esc.",
        "another": "Of course, we will start a new tip. Your last one is saved.",
        "switched": "OK, we will continue in English.",
        "unclear": "Sorry, I did not understand. You can tell us what you saw. If anyone is in "
        "danger, call {e}.",
        "yes": "Yes",
        "no": "No",
        "not_sure": "Not sure",
        "summary_none": "nothing yet",
        "summary_minor": "someone under 18",
        "summary_age": "age {age}",
    },
    "es": {
        "welcome": "Hola, esto es Lantern, una linea para denunciar trata de personas. Puedes "
        "ser anonimo.",
        "emergency": "Si puedes hacerlo sin riesgo, llama al {e} ya (o manda texto al {e} "
        "donde se pueda). Nosotros no podemos enviar ayuda.",
        "emergency_again": "Si alguien esta en peligro, llama al {e} si puedes hacerlo sin riesgo.",
        "emergency_now": "Llama o manda texto al {e} ya si puedes hacerlo sin riesgo.",
        "after_call": "Mantente a distancia y cuidate; no entres. Si algo cambia, llama al {e} "
        "otra vez. Puedes escribirnos cuando quieras con tu numero.",
        "hurt_care": "Siento que estes herido o herida. Si puedes, dile al {e} que estas herido.",
        "hurt_other": "Si puedes, dile al {e} que hay alguien herido.",
        "minor_victim": "Un menor de 18 en el comercio sexual es una victima, con o sin fuerza, "
        "y no esta en problemas por eso.",
        "ask_danger": "¿Tu u otra persona estan en peligro ahora mismo?",
        "ask_what": "¿Que paso? Cuentalo con tus palabras, en uno o varios mensajes.",
        "ask_where": "¿Donde pasa esto? Una ciudad, calle, nombre de negocio o lo que sepas.",
        "ask_where_now": "¿Donde estas tu, o ellos, ahora mismo? Direccion, negocio, motel y "
        "cuarto, o lo que ves.",
        "ask_when": "¿Cuando lo viste: ahora, hoy, esta semana o antes?",
        "ask_age": "¿Que edad parecen tener, mas o menos?",
        "ask_who": "¿Cuantas personas estan afectadas? Si puedes, di que edad parecen tener.",
        "ask_kind": "¿Es trabajo forzado, sexo forzado, ambos o no sabes?",
        "ask_details": "¿Algo que ayude a encontrarlos? Nombres, telefonos, vehiculos, sitios "
        "web o anuncios.",
        "ask_consent": "¿Podemos contactarte aqui si tenemos preguntas? Si o no.",
        "ask_hurt": "¿Tu o alguien contigo esta herido?",
        "ask_hurt_others": "¿Hay alguien ahi herido o en peligro ahora?",
        "ask_confirm": "Tu denuncia {ref}: {summary}. ¿Esta bien? Responde si, o para cambiar "
        "algo solo escribelo (ej. 'el lugar es ...').",
        "read_back_place": "Tengo el lugar como: {place}. Dime si no es correcto.",
        "stay_safe": "Por favor cuidate: no entres ni enfrentes a nadie.",
        "call_yes": "Si, por favor llama al {e} si puedes hacerlo sin riesgo.",
        "text_911": "Si no puedes llamar, puedes mandar texto al {e} donde se pueda. Pon el "
        "telefono en silencio.",
        "reference_new": "No encontramos la denuncia {ref}; lo que envies ahora queda como una "
        "denuncia nueva.",
        "called": "Gracias por pedir ayuda. Mantente a distancia y cuidate.",
        "doubt": "Esta bien contarnos aunque no estes seguro.",
        "alerted": "Ya avisamos a una persona de nuestra linea.",
        "safety": "Si es mas seguro, borra estos mensajes. Puedes escribir cuando quieras con "
        "tu numero {ref}.",
        "safety_noref": "Si es mas seguro, borra estos mensajes. Puedes escribirnos cuando "
        "quieras.",
        "reference": "Tu numero de denuncia es {ref}. Guardalo para agregar mas despues.",
        "noted": "Gracias, eso ayuda.",
        "noted_vehicle": "Gracias, tenemos: {thing}.",
        "noted_child": "Gracias, anotamos que hay un menor de 18.",
        "noted_minor": "Gracias, lo agregamos. Un menor de 18 en el comercio sexual es una "
        "victima, con o sin fuerza.",
        "take_back": "Gracias por decirnos. Lo anotamos.",
        "rescue": "Por favor no entres ni enfrentes a nadie tu mismo: puede ponerte en peligro "
        "a ti y a ellos. Llama al {e}.",
        "escape": "Por favor no le pidas que escape sola: si la descubren puede correr mas "
        "peligro. Llama al {e} y deja que ellos ayuden.",
        "images_child": "Por favor no mandes fotos ni videos de un menor: enviarlos o "
        "guardarlos puede ser un delito. Cuentanos con palabras que viste y donde.",
        "images_delete": "Si, por favor borralas y no las mandes ni las guardes. Contarnos con "
        "palabras es suficiente.",
        "images_other": "Por favor no te arriesgues para tomar fotos. Lo que viste y donde es "
        "lo que mas ayuda.",
        "victim": "No estas solo y no es tu culpa. Nuestra linea: {h}, a cualquier hora. "
        "Si estas en peligro ahora, llama al {e}.",
        "closing": "Gracias. Tu denuncia {ref} ya esta con nuestro equipo: una persona la lee y "
        "decide que sigue. Escribe cuando quieras con ese numero. Si hay peligro, llama al {e}.",
        "closing_summary": "Tenemos: {summary}. Para cambiar algo, escribenos con tu numero.",
        "closing_noref": "Gracias. Lo que escribiste ya esta con nuestro equipo. Escribe cuando "
        "quieras. Si alguien esta en peligro, llama al {e}.",
        "goodbye": "Cuidate. Puedes escribirnos cuando quieras. Si alguien esta en peligro "
        "ahora, llama al {e}.",
        "offer": "Si quieres contarnos algo, escribe lo que viste.",
        "offer_again": "Puedes contarnos de una situacion aqui cuando quieras, sin tu nombre.",
        "about_line": "Esto es Lantern, una linea para denunciar trata de personas. Solo "
        "contestamos lo que nos mandan. Escribe ALTO y no te escribimos mas.",
        "linked": "Gracias. Lo que envies ahora se agrega a la denuncia {ref}.",
        "linked_ask": "Gracias, seguimos con la denuncia {ref}. ¿Que quieres agregar?",
        "reference_unknown": "No encontramos la denuncia {ref}. Revisa el numero, o cuentanos "
        "lo que viste.",
        "added": "Gracias, esto se agrega a tu denuncia {ref}.",
        "added_open": "Gracias, esto se agrega a tu denuncia {ref}. Si alguien esta en peligro, "
        "llama al {e}. Puedes escribir cuando quieras.",
        "corrected": "Gracias, ya lo cambie.",
        "corrected_to": "Gracias, ya lo cambie a: {value}.",
        "no_address": "Esta bien, no tienes que decir donde vives.",
        "noted_others": "Gracias, anotamos que hay alguien mas ahi.",
        "follow": "Por favor no los sigas: puede ponerte a ti y a ellos en peligro. Dale al {e} "
        "el vehiculo, la placa y hacia donde fueron.",
        "no_contact": "Esta bien, no te vamos a contactar.",
        "thanks_first": "Gracias por contarnos.",
        "quick_exit": "Para borrar este chat rapido, usa Salida rapida o la tecla Esc.",
        "another": "Claro, empezamos una denuncia nueva. La anterior queda guardada.",
        "switched": "Listo, seguimos en español.",
        "unclear": "Perdon, no entendi. Puedes contarnos lo que viste. Si alguien esta en "
        "peligro, llama al {e}.",
        "yes": "Si",
        "no": "No",
        "not_sure": "No se",
        "summary_none": "nada aun",
        "summary_minor": "alguien menor de 18",
        "summary_age": "edad {age}",
    },
}
LANGUAGES = tuple(TEXTS)
DEFAULT = "en"


def text(key: str, language: str, **values: Any) -> str:
    """The text in the language (English when the language has none), with values filled in."""
    table = TEXTS.get(language) or TEXTS[DEFAULT]
    return table.get(key, TEXTS[DEFAULT][key]).format(**values)
