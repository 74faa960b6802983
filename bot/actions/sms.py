"""How long a reply is as SMS: GSM-7 when every character allows it, else UCS-2."""

import unicodedata

# GSM 03.38 default alphabet; the extension characters cost two septets each.
GSM7_BASIC = frozenset(
    "@\u00a3$\u00a5\u00e8\u00e9\u00f9\u00ec\u00f2\u00c7\n\u00d8\u00f8\r\u00c5\u00e5"
    "\u0394_\u03a6\u0393\u039b\u03a9\u03a0\u03a8\u03a3\u0398\u039e\u00c6\u00e6\u00df\u00c9"
    " !\"#\u00a4%&'()*+,-./0123456789:;<=>?\u00a1ABCDEFGHIJKLMNOPQRSTUVWXYZ\u00c4\u00d6\u00d1"
    "\u00dc\u00a7\u00bfabcdefghijklmnopqrstuvwxyz\u00e4\u00f6\u00f1\u00fc\u00e0"
)
GSM7_EXTENSION = frozenset("^{}\\[~]|\u20ac")

# Characters per segment: one segment alone, or each part of a concatenated message.
SINGLE = {"gsm7": 160, "ucs2": 70}
PART = {"gsm7": 153, "ucs2": 67}
MAX_SEGMENTS = 3


def encoding(text: str) -> str:
    """ "gsm7" when every character is in the GSM-7 alphabet, else "ucs2"."""
    allowed = GSM7_BASIC | GSM7_EXTENSION
    return "gsm7" if all(ch in allowed for ch in text) else "ucs2"


def length(text: str) -> int:
    """Septets in GSM-7, or UTF-16 code units in UCS-2 (an emoji counts two)."""
    if encoding(text) == "gsm7":
        return sum(2 if ch in GSM7_EXTENSION else 1 for ch in text)
    return len(text.encode("utf-16-le")) // 2


def segments(text: str) -> int:
    """How many SMS segments the text is sent as."""
    size, kind = length(text), encoding(text)
    if size <= SINGLE[kind]:
        return 1
    return -(-size // PART[kind])


def to_gsm7(text: str) -> str:
    """The text with accents dropped where GSM-7 lacks them and other characters removed."""
    kept = []
    for ch in text:
        if ch not in GSM7_BASIC:
            ch = "".join(c for c in unicodedata.normalize("NFKD", ch) if c in GSM7_BASIC)
        kept.append(ch)
    return " ".join("".join(kept).split())


def clip(text: str, limit: int) -> str:
    """At most `limit` characters, ending in ".." when cut."""
    return text if len(text) <= limit else text[: max(limit - 2, 1)].rstrip() + ".."
