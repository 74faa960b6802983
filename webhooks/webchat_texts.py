"""The chat page's own words, in English and Spanish."""

from __future__ import annotations

from typing import Any

from tips.config import Settings

# Quick answers: what the button shows, and the text it sends (words the bot understands).
QUICK_ANSWERS = {
    "en": [("Yes", "yes"), ("No", "no"), ("Not sure", "not sure"), ("Skip", "skip")],
    "es": [("Sí", "si"), ("No", "no"), ("No sé", "no se"), ("Saltar", "saltar")],
}

TEXTS = {
    "en": {
        "title": "Lantern: anonymous chat",
        "heading": "Anonymous chat",
        "intro": "Tell us about someone who may be forced to work or to sell sex. "
        "You don't have to give your name. In an emergency call {emergency}.",
        "privacy": "The conversation is cleared from this tab when you close it "
        "or press Quick exit.",
        "exit": "Quick exit",
        "exit_hint": "Press Esc or Quick exit to leave this page at once.",
        "other_language": "Español",
        "other_language_code": "es",
        "other_path": "/es/chat",
        "messages": "Conversation",
        "you": "You",
        "bot": "Lantern",
        "quick": "Quick answers",
        "label": "Your message",
        "send": "Send",
        "error": "Your last message may not have arrived. Check your connection and send it "
        "again. If anyone is in danger now, call {emergency}.",
        "noscript": "This chat needs JavaScript. You can call the hotline at {hotline} instead.",
    },
    "es": {
        "title": "Lantern: chat anónimo",
        "heading": "Chat anónimo",
        "intro": "Cuéntenos sobre alguien a quien pueden estar obligando a trabajar "
        "o a vender sexo. No tiene que dar su nombre. "
        "En una emergencia llame al {emergency}.",
        "privacy": "La conversación se borra de esta pestaña al cerrarla "
        "o al pulsar Salida rápida.",
        "exit": "Salida rápida",
        "exit_hint": "Pulse Esc o Salida rápida para salir de esta página de inmediato.",
        "other_language": "English",
        "other_language_code": "en",
        "other_path": "/chat",
        "messages": "Conversación",
        "you": "Usted",
        "bot": "Lantern",
        "quick": "Respuestas rápidas",
        "label": "Su mensaje",
        "send": "Enviar",
        "error": "Puede que su último mensaje no haya llegado. Revise su conexión "
        "y envíelo de nuevo. Si alguien está en peligro ahora, llame al {emergency}.",
        "noscript": "Este chat necesita JavaScript. Puede llamar a la línea al {hotline}.",
    },
}


def page_texts(settings: Settings, language: str) -> dict[str, Any]:
    """The page's texts in one language, with the configured numbers filled in."""
    numbers = {"emergency": settings.emergency_number, "hotline": settings.hotline_number}
    found: dict[str, Any] = {k: v.format(**numbers) for k, v in TEXTS[language].items()}
    found["quick_answers"] = QUICK_ANSWERS[language]
    return found
