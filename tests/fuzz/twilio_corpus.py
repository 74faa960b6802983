"""A seeded corpus of Twilio SMS requests that must all be refused, and a few that must not.

Each case starts from a request signed exactly as Twilio signs it, then changes one thing the
signature covers (a value, a key, the URL Twilio called) or the signature itself. Twilio signs
the public URL plus every form key and value, sorted; the edge recomputes it from the configured
public base URL, so headers a proxy (or an attacker) adds cannot change what is checked.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import random
import string
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlencode

from tests.support.twilio import signature, sms_form

PATH = "/webhooks/twilio/sms"
Pairs = list[tuple[str, str]]


@dataclass
class Case:
    """One request: how it was made, its query string, urlencoded body and headers."""

    kind: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)
    query: str = ""


@dataclass
class Signer:
    """Signs forms for the edge's public URL with an auth token, as Twilio does."""

    token: str
    base: str  # e.g. https://tips.lantern.test

    @property
    def url(self) -> str:
        return self.base + PATH

    def sign(self, pairs: Pairs, url: str | None = None, token: str | None = None) -> str:
        return signature(token or self.token, url or self.url, _multi(pairs))  # type: ignore[arg-type]


class _Multi(dict[str, list[str]]):
    """Form values by key, as Twilio's validator reads a MultiDict (every value of a key)."""

    def getlist(self, key: str) -> list[str]:
        return self[key]


def _multi(pairs: Pairs) -> _Multi:
    found = _Multi()
    for key, value in pairs:
        found.setdefault(key, []).append(value)
    return found


def encode(pairs: Pairs) -> bytes:
    return urlencode(pairs).encode()


def _word(rng: random.Random, size: int = 6) -> str:
    return "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(size))


def base_pairs(rng: random.Random) -> Pairs:
    """A fresh inbound SMS form with a seeded sender, body and MessageSid."""
    sender = f"+1555010{rng.randrange(10000):04d}"
    body = rng.choice(["hi", "they took our passports", "ayuda", "🚐 white van 5th st", "STOP"])
    sid = "SM" + "".join(rng.choice("0123456789abcdef") for _ in range(32))
    return list(sms_form(sender, body, sid).items())


def _changed(rng: random.Random, value: str) -> str:
    """A value that differs from the given one."""
    options = [
        value + rng.choice([" ", "x", "0", "\u200b", "é"]),
        value[:-1] if value else "x",
        value.swapcase() if value.swapcase() != value else value + "A",
        _word(rng),
        value.replace("+", " ") if "+" in value else value + "+",
    ]
    choice = rng.choice(options)
    return choice if choice != value else value + "!"


def tamper_value(s: Signer, rng: random.Random, pairs: Pairs) -> Case:
    sig = s.sign(pairs)
    i = rng.randrange(len(pairs))
    pairs[i] = (pairs[i][0], _changed(rng, pairs[i][1]))
    return Case("tampered value", encode(pairs), {"X-Twilio-Signature": sig})


def add_param(s: Signer, rng: random.Random, pairs: Pairs) -> Case:
    sig = s.sign(pairs)
    key = rng.choice(["ToCity", "SmsStatus", "ApiVersion", "Extra", _word(rng, 4), "From2"])
    pairs.insert(rng.randrange(len(pairs) + 1), (key, _word(rng)))
    return Case("added parameter", encode(pairs), {"X-Twilio-Signature": sig})


def remove_param(s: Signer, rng: random.Random, pairs: Pairs) -> Case:
    sig = s.sign(pairs)
    pairs.pop(rng.randrange(len(pairs)))
    return Case("removed parameter", encode(pairs), {"X-Twilio-Signature": sig})


def rename_param(s: Signer, rng: random.Random, pairs: Pairs) -> Case:
    sig = s.sign(pairs)
    i = rng.randrange(len(pairs))
    key = pairs[i][0]
    renamed = rng.choice([key.lower(), key.upper(), key + "_", "x" + key, key[:-1]])
    pairs[i] = (renamed, pairs[i][1])
    return Case("renamed or re-cased key", encode(pairs), {"X-Twilio-Signature": sig})


def repeat_key(s: Signer, rng: random.Random, pairs: Pairs) -> Case:
    sig = s.sign(pairs)
    key, value = rng.choice(pairs)
    extra = (key, _changed(rng, value))
    pairs.insert(0, extra) if rng.random() < 0.5 else pairs.append(extra)
    return Case("repeated key", encode(pairs), {"X-Twilio-Signature": sig})


def reorder_and_swap(s: Signer, rng: random.Random, pairs: Pairs) -> Case:
    """Keys shuffled and two different values traded between keys."""
    sig = s.sign(pairs)
    rng.shuffle(pairs)
    i, j = rng.sample(range(len(pairs)), 2)
    while pairs[i][1] == pairs[j][1]:
        i, j = rng.sample(range(len(pairs)), 2)
    pairs[i], pairs[j] = (pairs[i][0], pairs[j][1]), (pairs[j][0], pairs[i][1])
    return Case("reordered, values swapped", encode(pairs), {"X-Twilio-Signature": sig})


def shifted_boundary(s: Signer, rng: random.Random, pairs: Pairs) -> Case:
    """Letters moved between a field the edge needs and its value.

    The concatenation Twilio signs is unchanged, so the signature still holds: the edge must
    refuse the request because the field is gone (400), never take it.
    """
    sig = s.sign(pairs)
    field_ = rng.choice(["Body", "From", "MessageSid"])
    i = next(i for i, p in enumerate(pairs) if p[0] == field_)
    key, value = pairs[i]
    pairs[i] = (key + value[:1], value[1:]) if rng.random() < 0.5 else (key[:-1], key[-1] + value)
    return Case("key/value boundary shifted", encode(pairs), {"X-Twilio-Signature": sig})


def _other_urls(s: Signer, rng: random.Random) -> list[str]:
    host = s.base.split("://", 1)[1]
    return [
        f"http://{host}{PATH}",
        f"https://{host}:{rng.choice([80, 8000, 8443, 5000, 444])}{PATH}",
        f"http://{host}:443{PATH}",
        f"https://{host}{PATH}/",
        f"https://{host}{PATH}?{_word(rng, 3)}={_word(rng, 3)}",
        f"https://{host.upper()}{PATH}",
        f"https://{host}{PATH.upper()}",
        f"https://{host}/{PATH.lstrip('/')}/../sms",
        f"https://{_word(rng).lower()}.test{PATH}",
        f"https://localhost{PATH}",
        f"http://localhost{PATH}",
        f"https://{host}",
    ]


def wrong_url(s: Signer, rng: random.Random, pairs: Pairs) -> Case:
    url = rng.choice(_other_urls(s, rng))
    return Case("signed for another URL", encode(pairs), {"X-Twilio-Signature": s.sign(pairs, url)})


def query_added(s: Signer, rng: random.Random, pairs: Pairs) -> Case:
    query = rng.choice([f"{_word(rng, 3)}=1", "From=%2B15550100000", "bodySHA256=00", "x"])
    headers = {"X-Twilio-Signature": s.sign(pairs)}
    return Case("query string added after signing", encode(pairs), headers, query)


def proxy_headers(s: Signer, rng: random.Random, pairs: Pairs) -> Case:
    """A signature for the URL the forwarded headers describe: a naive validator trusts them."""
    proto, host = rng.choice(["http", "https"]), rng.choice(["evil.test", "localhost", "127.0.0.1"])
    port = rng.choice(["", "8443", "80", "443"])
    url = f"{proto}://{host}{':' + port if port else ''}{PATH}"
    headers = {"X-Twilio-Signature": s.sign(pairs, url), "X-Forwarded-Proto": proto,
               "X-Forwarded-Host": host, "X-Forwarded-For": "203.0.113.9"}  # fmt: skip
    if port:
        headers["X-Forwarded-Port"] = port
    return Case("forwarded headers", encode(pairs), headers)


def wrong_token(s: Signer, rng: random.Random, pairs: Pairs) -> Case:
    token = rng.choice([_word(rng, 32), s.token[:-1], s.token.upper(), s.token + "0", ""]) or "x"
    return Case("wrong token", encode(pairs), {"X-Twilio-Signature": s.sign(pairs, token=token)})


def mangled_signature(s: Signer, rng: random.Random, pairs: Pairs) -> Case:
    good = s.sign(pairs)
    raw = base64.b64decode(good)
    i = rng.randrange(len(good) - 1)
    flipped = good[:i] + ("A" if good[i] != "A" else "B") + good[i + 1 :]
    bad = rng.choice([
        good[: rng.randrange(1, len(good))], good.rstrip("="), good + "=", good + "A", flipped,
        base64.urlsafe_b64encode(raw[::-1]).decode(), raw.hex(), good.lower(), good.upper(),
        base64.b64encode(raw[:-1]).decode(), "=" * len(good), good[::-1],
    ])  # fmt: skip
    if bad == good:
        bad = flipped
    return Case("mangled signature", encode(pairs), {"X-Twilio-Signature": bad})


def no_signature(s: Signer, rng: random.Random, pairs: Pairs) -> Case:
    headers = rng.choice([{}, {"X-Twilio-Signature": ""}, {"X-Twilio-Signature": " "},
                          {"X-Twilio-Signatures": s.sign(pairs)}])  # fmt: skip
    return Case("missing or empty signature", encode(pairs), headers)


def algorithm_mismatch(s: Signer, rng: random.Random, pairs: Pairs) -> Case:
    text = s.url + "".join(k + v for k, v in sorted(pairs))
    sha256 = hmac.new(s.token.encode(), text.encode(), hashlib.sha256).digest()
    sha256_sig = base64.b64encode(sha256).decode()
    headers = rng.choice([
        {"X-Twilio-Signature": s.sign(pairs),
         "X-Twilio-Webhooks-Signature-Settings": "key=k,algorithm=HMAC_SHA256"},
        {"X-Twilio-Signature": sha256_sig},
        {"X-Twilio-Signature": s.sign(pairs),
         "X-Twilio-Webhooks-Signature-Settings": "algorithm=" + rng.choice(["MD5", "NONE", "x"])},
    ])  # fmt: skip
    return Case("algorithm mismatch", encode(pairs), headers)


def replayed_signature(s: Signer, rng: random.Random, pairs: Pairs) -> Case:
    other = base_pairs(rng)
    return Case(
        "signature of another request", encode(pairs), {"X-Twilio-Signature": s.sign(other)}
    )


def re_encoded(s: Signer, rng: random.Random, pairs: Pairs) -> Case:
    """The signed values, but a body that decodes to something else."""
    sig = s.sign(pairs)
    raw = encode(pairs).replace(b"%2B", rng.choice([b"+", b"%252B", b"%2b%20"]))
    if raw == encode(pairs):
        raw += b"&" + _word(rng).encode() + b"=1"
    return Case("re-encoded body", raw, {"X-Twilio-Signature": sig})


def unsigned_noise(s: Signer, rng: random.Random, pairs: Pairs) -> Case:
    noise = [(_word(rng, rng.randrange(1, 9)), _word(rng, rng.randrange(0, 40)))
             for _ in range(rng.randrange(0, 12))]  # fmt: skip
    return Case("unsigned noise", encode(noise), {"X-Twilio-Signature": _word(rng, 28) + "="})


MUTATIONS: list[Callable[[Signer, random.Random, Pairs], Case]] = [
    tamper_value, add_param, remove_param, rename_param, repeat_key, reorder_and_swap,
    wrong_url, query_added, proxy_headers, wrong_token, mangled_signature,
    no_signature, algorithm_mismatch, replayed_signature, re_encoded, unsigned_noise,
]  # fmt: skip


def refused(signer: Signer, count: int, seed: int) -> list[Case]:
    """count cases, round-robin over every mutation, each from a fresh signed SMS."""
    rng = random.Random(seed)
    return [MUTATIONS[i % len(MUTATIONS)](signer, rng, base_pairs(rng)) for i in range(count)]


def accepted(signer: Signer, seed: int) -> list[Case]:
    """Correctly signed requests, including the variants Twilio's own rules allow."""
    rng = random.Random(seed)
    cases = []
    for variant in ("plain", "reordered", "explicit :443", "HMAC-SHA256"):
        pairs = base_pairs(rng)
        headers = {"X-Twilio-Signature": signer.sign(pairs)}
        if variant == "reordered":
            rng.shuffle(pairs)  # Twilio signs keys sorted: body order does not matter
        if variant == "explicit :443":
            headers["X-Twilio-Signature"] = signer.sign(pairs, signer.base + ":443" + PATH)
        if variant == "HMAC-SHA256":
            text = signer.url + "".join(k + v for k, v in sorted(pairs))
            digest = hmac.new(signer.token.encode(), text.encode(), hashlib.sha256).digest()
            headers = {"X-Twilio-Signature": base64.b64encode(digest).decode(),
                       "X-Twilio-Webhooks-Signature-Settings": "key=k,algorithm=HMAC_SHA256"}  # fmt: skip
        cases.append(Case(variant, encode(pairs), headers))
    return cases
