"""Calls to addresses a merchant names: a store URL must lead to the public internet.

Whoever opens ``/woocommerce/connect`` chooses the store URL our workers will call with keys and
follow-up requests; without this check it could point them at the loopback interface, the cloud
metadata service or the private network behind us. It is checked when the URL is given (every
address its host resolves to) and again on every connection a store client opens (the address
actually connected to), so a DNS answer that changes later cannot slip past.
``ALLOW_PRIVATE_STORE_URLS`` turns both off for stores on a private network (and the tests).
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Mapping
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

from plugin.errors import StoreError, ValidationError

SETTING = "ALLOW_PRIVATE_STORE_URLS"
HOW_TO_ALLOW = f"set COPYDESK_{SETTING}=true to allow stores on a private network"


def allows_private(config: Mapping[str, Any]) -> bool:
    return bool(config.get(SETTING))


def is_public_address(address: str) -> bool:
    """True for an address on the public internet: not loopback, private, link-local, shared
    (carrier NAT), multicast, reserved or unspecified; IPv4-mapped IPv6 is judged as IPv4."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not (ip.is_multicast or ip.is_reserved or ip.is_unspecified)


def require_public_host(host: str, port: int | None) -> None:
    """ValidationError unless every address ``host`` resolves to is public."""
    try:
        infos = socket.getaddrinfo(host, port or 443, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise ValidationError(f"the store's host {host!r} does not resolve") from exc
    for *_, sockaddr in infos:
        if not is_public_address(str(sockaddr[0])):
            raise ValidationError(
                f"the store's host {host!r} resolves to {sockaddr[0]}, which is not a public "
                f"internet address; {HOW_TO_ALLOW}",
                code="private_address",
            )


class _PublicOnly:
    """Mixed into urllib3's connections: refuse the socket once we see whom it reached."""

    host: str

    def _new_conn(self) -> socket.socket:
        sock: socket.socket = super()._new_conn()  # type: ignore[misc]
        peer = str(sock.getpeername()[0])
        if not is_public_address(peer):
            sock.close()
            raise StoreError(
                f"the store's host {self.host!r} resolves to {peer}, which is not a public "
                f"internet address; {HOW_TO_ALLOW}",
                code="private_address",
            )
        return sock


class _HTTPConnection(_PublicOnly, HTTPConnection):
    pass


class _HTTPSConnection(_PublicOnly, HTTPSConnection):
    pass


class _HTTPPool(HTTPConnectionPool):
    ConnectionCls = _HTTPConnection


class _HTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _HTTPSConnection


class _PublicOnlyAdapter(HTTPAdapter):
    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = {"http": _HTTPPool, "https": _HTTPSPool}


def public_only_session() -> requests.Session:
    """A requests session whose direct connections fail with a non-retryable StoreError when
    they reach a non-public address (through a proxy, the proxy is the one connected to)."""
    session = requests.Session()
    adapter = _PublicOnlyAdapter()
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session
