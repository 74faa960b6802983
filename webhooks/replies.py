"""What the edge itself says: keyword answers, the fallback and the emergency line."""

from __future__ import annotations

from dataclasses import dataclass

from tips.config import Settings


@dataclass(frozen=True)
class Button:
    """A quick reply the bot offers: what it shows and what choosing it sends."""

    title: str
    payload: str


@dataclass(frozen=True)
class Reply:
    """One reply: its text, the bot's quick replies (web chat only), and its stored id."""

    text: str
    buttons: tuple[Button, ...] = ()
    id: int | None = None


TEXTS = {
    "en": {
        "stop": "You won't get more messages from us. Text START to resume. "
        "In an emergency call {emergency}.",
        "help": "Lantern: anonymous tip line for trafficking. Text STOP to stop. "
        "Emergency: {emergency}. Hotline: {hotline}.",
        "start": "Welcome back. You can text us here. In an emergency call {emergency}.",
        "fallback": "We got your message. If anyone is in danger call {emergency}.",
        "emergency": "If anyone is in danger now, call {emergency}. "
        "You can keep texting us here if it is safe.",
        "busy": "You're sending a lot at once. We have your messages; take a moment, then go on. "
        "If anyone is in danger now, call {emergency}.",
        "limited": "We can't take more messages right now; try again in a few minutes. "
        "If anyone is in danger now, call {emergency}. Hotline: {hotline}.",
        "refused": "Your message could not be taken. If anyone is in danger now, "
        "call {emergency}. Hotline: {hotline}.",
        "photo": "Thank you, we got your photo. Staff will see it with your tip.",
        "file": "Thank you, we got what you sent. Staff will see it with your tip.",
    },
    "es": {
        "stop": "No recibira mas mensajes. Escriba START para volver. "
        "En una emergencia llame al {emergency}.",
        "help": "Lantern: linea anonima sobre trata. Escriba ALTO para parar. "
        "Emergencia: {emergency}. Linea: {hotline}.",
        "start": "Bienvenido de nuevo. En una emergencia llame al {emergency}.",
        "fallback": "Recibimos su mensaje. Si alguien esta en peligro llame al {emergency}.",
        "emergency": "Si alguien esta en peligro ahora, llame al {emergency}. "
        "Puede seguir escribiendo aqui si es seguro.",
        "busy": "Esta enviando mucho a la vez. Tenemos sus mensajes; tome un momento y siga. "
        "Si alguien esta en peligro ahora, llame al {emergency}.",
        "limited": "No podemos recibir mas mensajes ahora; intente de nuevo en unos minutos. "
        "Si alguien esta en peligro ahora, llame al {emergency}. Linea: {hotline}.",
        "refused": "No pudimos recibir su mensaje. Si alguien esta en peligro ahora, "
        "llame al {emergency}. Linea: {hotline}.",
        "photo": "Gracias, recibimos su foto. El equipo la vera con su denuncia.",
        "file": "Gracias, recibimos lo que envio. El equipo lo vera con su denuncia.",
    },
}


def text(settings: Settings, name: str, language: str = "en") -> str:
    """One of the edge's own replies, in English or Spanish, with the configured numbers."""
    table = TEXTS.get(language, TEXTS["en"])
    return table[name].format(emergency=settings.emergency_number, hotline=settings.hotline_number)
