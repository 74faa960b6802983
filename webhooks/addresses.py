"""The address a web request comes from, as the app can know it, and only as a keyed hash.

X-Forwarded-For is written by whoever sends the request, so it is read only as far as the
configured proxies vouch for it: each trusted proxy appends the address it saw, so with n of
them the nth entry from the right is the client's, and anything left of it is the client's
own say. With none configured (the default) the header is ignored.
"""

from __future__ import annotations

import ipaddress
import logging

from flask import Request

from tips.config import Settings
from tips.crypto import keyed_hash

log = logging.getLogger(__name__)
UNKNOWN = "unknown"
IPV6_PREFIX = 64  # one subscriber line gets a whole /64, so it counts as one address
_warned: list[bool] = []


def client_address(remote_addr: str | None, forwarded_for: list[str], trusted: int) -> str:
    """The client's address: the connection's own, or the one the trusted proxies recorded."""
    if trusted > 0:
        hops = [hop.strip() for value in forwarded_for for hop in value.split(",")]
        if len(hops) >= trusted and _valid(hops[-trusted]):
            return hops[-trusted]
    return remote_addr or UNKNOWN


def network(address: str) -> str:
    """The address as one subscriber: IPv4 as it is, IPv6 as its /64."""
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return UNKNOWN
    if isinstance(parsed, ipaddress.IPv6Address) and parsed.ipv4_mapped is not None:
        return str(parsed.ipv4_mapped)
    if isinstance(parsed, ipaddress.IPv6Address):
        return str(ipaddress.ip_network(f"{parsed}/{IPV6_PREFIX}", strict=False))
    return str(parsed)


def address_key(settings: Settings, request: Request) -> str:
    """A keyed hash of the request's client address: what limits count and pages group by."""
    address = client_address(
        request.remote_addr, request.headers.getlist("X-Forwarded-For"), settings.trusted_proxies
    )
    _warn_if_behind_an_unnamed_proxy(settings, address)
    return keyed_hash(settings.pseudonym_key, network(address), purpose="address")[:32]


def _valid(address: str) -> bool:
    try:
        ipaddress.ip_address(address)
    except ValueError:
        return False
    return True


def _warn_if_behind_an_unnamed_proxy(settings: Settings, address: str) -> None:
    """Every visitor at a loopback address in production: a proxy nobody configured."""
    if settings.development or settings.trusted_proxies or _warned or not _valid(address):
        return
    if ipaddress.ip_address(address).is_loopback:
        _warned.append(True)
        log.warning(
            "web chat clients all appear as a loopback address: behind a proxy, set "
            "LANTERN_TRUSTED_PROXIES, or every visitor shares one address's limits"
        )
