"""Language detection at the edge."""

import pytest

from languages.detect import detect


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my boss took my passport and I cannot leave", "en"),
        ("mi jefe me quito el pasaporte y no puedo salir", "es"),
        ("tengo miedo, no me dejan salir de la casa", "es"),
        ("socorro, eles pegaram meu passaporte", "pt"),
        ("si", "und"),
        ("ok", "und"),
        ("🙏🙏🙏", "und"),
    ],
)
def test_detect(text: str, expected: str) -> None:
    assert detect(text) == expected
