"""Which network addresses a fetch may reach, checked when each connection is opened.

The check sits in the connection itself (an httpcore network backend): the host name is resolved
once, every address it resolves to is checked, and the socket connects to a checked address. So
every redirect hop is checked, and a DNS answer cannot change between the check and the connect.
"""
from __future__ import annotations

import ipaddress
import socket

import httpcore

_NAT64 = ipaddress.ip_network("64:ff9b::/96")


class AddressRefused(Exception):
    """A connection to a non-public address without allow_private."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


class UnresolvableHost(Exception):
    def __init__(self, host: str, detail: str):
        super().__init__(f"cannot resolve host name {host}: {detail}")
        self.reason = str(self)


def address_problem(address: str) -> str | None:
    """Why an address is not public ('a loopback address', ...), or None for a public address."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = ip.ipv4_mapped or ip.sixtofour
        if embedded is None and ip in _NAT64:
            embedded = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
        if embedded is not None:
            problem = address_problem(str(embedded))
            if problem:
                return f"{problem} (inside the IPv6 address)"
    if ip.is_loopback:
        return "a loopback address"
    if ip.is_unspecified:
        return "an unspecified address"
    if ip.is_link_local:
        return "a link-local address"
    if ip.is_multicast:
        return "a multicast address"
    if ip.is_reserved:
        return "a reserved address"
    if ip.is_private:
        return "a private address"
    if not ip.is_global:
        return "not a public address"
    return None


def resolve(host: str, port: int) -> list[str]:
    """Every address a host name resolves to, in resolver order, without repeats."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise UnresolvableHost(host, str(exc)) from None
    seen: list[str] = []
    for *_, sockaddr in infos:
        if sockaddr[0] not in seen:
            seen.append(sockaddr[0])
    return seen


def checked_addresses(host: str, port: int, allow_private: bool) -> list[str]:
    """The addresses to connect to; AddressRefused if any of them is not public (and that is not allowed)."""
    host = host.strip("[]")
    addresses = resolve(host, port)
    if not allow_private:
        for address in addresses:
            problem = address_problem(address)
            if problem:
                subject = address if address == host else f"{host} resolves to {address},"
                raise AddressRefused(f"refused: {subject} {'is ' if address == host else ''}{problem} "
                                     "(use --allow-private)")
    return addresses


class GuardedBackend(httpcore.SyncBackend):
    """httpcore's socket backend, connecting only to addresses that passed the check."""

    def __init__(self, allow_private: bool):
        self.allow_private = allow_private

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        addresses = checked_addresses(host, port, self.allow_private)
        last_error: Exception | None = None
        for address in addresses:
            try:
                return super().connect_tcp(address, port, timeout=timeout, local_address=local_address,
                                           socket_options=socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last_error = exc
        assert last_error is not None  # resolve() never returns an empty list
        raise last_error
