"""Fetch one web page as a careful client does: a timeout, retries with back-off, a size limit, redirects recorded.

The standard library's urllib is enough here: one GET per page, redirects through a handler that records them,
gzip through zlib with the same size limit as the body (a small compressed page can inflate to gigabytes).
"""

from __future__ import annotations

import http.client
import re
import socket
import threading
import time
import urllib.error
import urllib.request
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urljoin, urlsplit, urlunsplit

from . import __version__
from .errors import ProvenanceError

USER_AGENT = f"provenance/{__version__} (fact-check source collector; Python urllib)"
HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHUNK = 64 * 1024
_URL_SAFE = ":/?#[]@!$&'()*+,;=%~"


class FetchError(ProvenanceError):
    """A page that could not be fetched; the message says why in a few words."""


@dataclass(frozen=True)
class FetchSettings:
    timeout: float = 20.0          # seconds for the whole page, and for each wait on the server
    retries: int = 2               # further attempts after a transient failure (timeout, reset, 5xx, 429)
    backoff: float = 1.0           # seconds before the first retry; doubles each time
    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 10


@dataclass(frozen=True)
class Page:
    url: str                        # the address as asked for
    final_url: str                  # where the redirects ended
    redirects: tuple[str, ...]      # each address left by a redirect, in order (empty without redirects)
    content_type: str               # media type without parameters, lower case
    charset: str | None             # from the Content-Type header, when the server gave one
    body: bytes                     # decompressed


class _Transient(Exception):
    """A failure worth another attempt; carries the message to show if none succeeds."""


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Follows redirects (http and https only) and remembers each address it leaves."""

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.hops: list[str] = []
        self.limit = limit

    def http_error_302(self, req: urllib.request.Request, fp: Any, code: int, msg: str, headers: Any) -> Any:
        location = headers.get("Location") or headers.get("URI") or ""
        scheme = urlsplit(urljoin(req.full_url, location)).scheme.lower()
        if scheme not in ("http", "https"):  # urllib would say "HTTP Error 302"; say what happened
            raise FetchError(f"redirected to a non-web address ({scheme}:)")
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302

    def redirect_request(self, req: urllib.request.Request, fp: Any, code: int, msg: str,
                         headers: Any, newurl: str) -> urllib.request.Request | None:
        if len(self.hops) >= self.limit:
            raise FetchError(f"too many redirects (more than {self.limit})")
        self.hops.append(req.full_url)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


class _Deadline:
    """The whole page's deadline over every connection it opens: at the deadline each connection is shut down, so a
    server that trickles its status line or headers (a byte a second, each wait under the timeout) cannot hold the
    run for hours; the body has its own check (_read)."""

    def __init__(self, seconds: float) -> None:
        self.at = time.monotonic() + seconds
        self.fired = False
        self._timers: list[threading.Timer] = []

    def arm(self, sock: socket.socket) -> socket.socket:
        timer = threading.Timer(max(0.0, self.at - time.monotonic()), self._fire, (sock,))
        timer.daemon = True
        timer.start()
        self._timers.append(timer)
        return sock

    def _fire(self, sock: socket.socket) -> None:
        self.fired = True
        try:
            sock.shutdown(socket.SHUT_RDWR)  # the blocked read returns at once
        except OSError:
            pass

    def cancel(self) -> None:
        for timer in self._timers:
            timer.cancel()


def _armed(base: type[http.client.HTTPConnection], deadline: _Deadline) -> type[http.client.HTTPConnection]:
    """`base` whose socket is shut down at the deadline (armed as it connects, before any TLS handshake)."""

    class Armed(base):  # type: ignore[valid-type,misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            connect = self._create_connection  # type: ignore[has-type]
            self._create_connection = lambda *a, **k: deadline.arm(connect(*a, **k))

    return Armed


class _HTTP(urllib.request.HTTPHandler):
    def __init__(self, deadline: _Deadline) -> None:
        super().__init__()
        self._deadline = deadline

    def do_open(self, http_class: Any, req: Any, **kwargs: Any) -> Any:
        return super().do_open(_armed(http_class, self._deadline), req, **kwargs)


class _HTTPS(urllib.request.HTTPSHandler):
    def __init__(self, deadline: _Deadline) -> None:
        super().__init__()
        self._deadline = deadline

    def do_open(self, http_class: Any, req: Any, **kwargs: Any) -> Any:
        return super().do_open(_armed(http_class, self._deadline), req, **kwargs)


def is_web_address(target: str) -> bool:
    try:
        parts = urlsplit(target)
    except ValueError:  # "http://[::1": an unclosed or malformed bracketed host is no address to fetch
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.netloc)


def fetch(url: str, settings: FetchSettings | None = None, sleep: Callable[[float], None] = time.sleep) -> Page:
    """The page at `url`; FetchError with a short reason otherwise. Transient failures are retried with back-off."""
    how = settings or FetchSettings()
    if not is_web_address(url):
        raise FetchError("not an http(s) address")
    url = ascii_address(url)
    attempts = how.retries + 1
    for attempt in range(attempts):
        try:
            return _fetch_once(url, how)
        except _Transient as exc:
            if attempt + 1 == attempts:
                tries = f" ({attempts} attempts)" if attempts > 1 else ""
                raise FetchError(f"{exc}{tries}") from None
            sleep(how.backoff * 2**attempt)
    raise AssertionError("unreachable")


def ascii_address(url: str) -> str:
    """An address as typed or pasted (accents, spaces, a non-ASCII host) in the form HTTP sends: the host in IDNA,
    the rest percent-encoded."""
    parts = urlsplit(url.strip())
    host = parts.hostname or ""
    try:
        ascii_host = host.encode("idna").decode("ascii")
        port = parts.port
    except UnicodeError:
        raise FetchError("not a valid host name") from None
    except ValueError:  # a port that is no number, or out of range
        raise FetchError("not a valid web address (port)") from None
    netloc = f"[{ascii_host}]" if ":" in ascii_host else ascii_host
    if port:
        netloc += f":{port}"
    if parts.username or parts.password:
        raise FetchError("addresses with a user name or password are not fetched")
    rest = quote(urlunsplit(("", "", parts.path, parts.query, "")), safe=_URL_SAFE)
    return f"{parts.scheme.lower()}://{netloc}{rest or '/'}"


def _fetch_once(url: str, how: FetchSettings) -> Page:
    deadline = _Deadline(how.timeout)
    try:
        return _get(url, how, deadline)
    except (FetchError, _Transient):
        if deadline.fired:  # the connection was shut at the deadline: whatever broke, it was the time
            raise _Transient(f"timed out after {how.timeout:g} s") from None
        raise
    finally:
        deadline.cancel()


def _get(url: str, how: FetchSettings, deadline: _Deadline) -> Page:
    redirects = _Redirects(how.max_redirects)
    opener = urllib.request.build_opener(redirects, _HTTP(deadline), _HTTPS(deadline))
    request = urllib.request.Request(url, headers={
        "User-Agent": USER_AGENT,
        "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5",
        "Accept-Encoding": "gzip, deflate",
    })
    try:
        with opener.open(request, timeout=how.timeout) as response:
            headers = response.headers
            media = (headers.get_content_type() or "").lower()
            charset = headers.get_content_charset()
            length = headers.get("Content-Length", "")
            if length.strip().isdigit() and int(length) > how.max_bytes:
                raise FetchError(f"page too big ({_size(int(length))}; the limit is {_size(how.max_bytes)})")
            if media not in HTML_TYPES and headers.get("Content-Type"):
                raise FetchError(f"not an HTML page ({media}); save its text as a .txt file and add that")
            raw = _read(response, how.max_bytes, deadline.at)
            body = _decompress(raw, headers.get("Content-Encoding", ""), how.max_bytes)
            final = response.geturl()
    except FetchError:
        raise
    except (http.client.InvalidURL, UnicodeError, ValueError):
        raise FetchError("not a valid web address") from None
    except urllib.error.HTTPError as exc:
        exc.close()  # it holds the error page's connection
        reason = f"HTTP {exc.code} {exc.reason}".strip()
        if exc.code >= 500 or exc.code == 429:
            raise _Transient(reason) from None
        if exc.code in (301, 302, 303, 307, 308):
            raise FetchError(f"too many redirects (more than {how.max_redirects})") from None
        raise FetchError(reason) from None
    except urllib.error.URLError as exc:
        raise _classify(exc.reason, how) from None
    except TimeoutError as exc:
        raise _classify(exc, how) from None
    except (http.client.HTTPException, ConnectionError, OSError) as exc:
        raise _classify(exc, how) from None
    return Page(url, final, tuple(redirects.hops), media or "text/html", charset, body)


def _classify(reason: object, how: FetchSettings) -> Exception:
    """Turn a socket-level failure into a transient one (worth a retry) or a final one."""
    if isinstance(reason, TimeoutError):
        return _Transient(f"timed out after {how.timeout:g} s")
    if isinstance(reason, socket.gaierror):
        return FetchError("cannot resolve the host name (DNS)")
    if isinstance(reason, ConnectionRefusedError):
        return _Transient("connection refused")
    if isinstance(reason, (ConnectionError, http.client.HTTPException)):
        return _Transient(f"connection failed ({type(reason).__name__})")
    if isinstance(reason, OSError) and reason.strerror:
        return FetchError(f"network error: {reason.strerror}")
    return FetchError(f"network error: {type(reason).__name__}")


def _read(response: http.client.HTTPResponse, limit: int, deadline: float) -> bytes:
    """The body, at most `limit` bytes, within the deadline (a server that trickles bytes cannot hold us)."""
    chunks: list[bytes] = []
    total = 0
    while True:
        if time.monotonic() > deadline:
            raise TimeoutError
        chunk = response.read1(_CHUNK)  # what has arrived, not a full chunk: a trickle cannot outwait us
        if not chunk:
            return b"".join(chunks)
        total += len(chunk)
        if total > limit:
            raise FetchError(f"page too big (over the {_size(limit)} limit)")
        chunks.append(chunk)


def _decompress(raw: bytes, encoding: str, limit: int) -> bytes:
    encoding = encoding.strip().lower()
    if encoding in ("", "identity"):
        return raw
    if encoding not in ("gzip", "x-gzip", "deflate"):
        raise FetchError(f"unsupported content encoding {encoding!r}")
    # gzip header (16 + MAX_WBITS); deflate is zlib-wrapped by the standard, raw by some servers (-MAX_WBITS).
    for wbits in ((16 + zlib.MAX_WBITS,) if "gzip" in encoding else (zlib.MAX_WBITS, -zlib.MAX_WBITS)):
        inflater = zlib.decompressobj(wbits)
        try:
            body = inflater.decompress(raw, limit + 1)
        except zlib.error:
            continue
        if len(body) > limit or inflater.unconsumed_tail:
            raise FetchError(f"page too big once decompressed (over the {_size(limit)} limit)")
        return body
    raise FetchError(f"corrupt {encoding} content")


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{n / 1024:.0f} KB"


# ------------------------------------------------------------------------------------------------ decoding

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


# Codecs Python has that are no character set of a document: transforms of text (Punycode's decoder is quadratic:
# a 1.3 MB page declaring `charset=punycode` held `add` 67 s, one of 10 MB over an hour), escapes and Windows' own.
_NOT_CHARSETS = frozenset({"punycode", "idna", "unicode-escape", "raw-unicode-escape", "undefined", "mbcs", "oem"})


def _document_charset(name: str) -> bool:
    """Whether a page may declare `name` as its charset: a text encoding, none of _NOT_CHARSETS."""
    import codecs

    try:
        info = codecs.lookup(name)
    except LookupError:
        return False
    return getattr(info, "_is_text_encoding", True) and info.name not in _NOT_CHARSETS


def decode_html(body: bytes, header_charset: str | None) -> str:
    """Text of an HTML page: the header's charset, else the page's <meta charset>, else UTF-8, else cp1252.

    A page served without a charset is often Latin-1 or Windows-1252; reading it as UTF-8 would fail on its first
    accented letter, so strict UTF-8 comes first and cp1252 (a superset of Latin-1's printable range) after.
    """
    declared = [header_charset] if header_charset else []
    found = _META_CHARSET.search(body[:4096])
    if found:
        declared.append(found.group(1).decode("ascii"))
    for name in declared:
        if not _document_charset(name):
            continue
        try:
            return body.decode(name)
        except (LookupError, ValueError):  # a page's own word: "undefined" raises UnicodeError
            continue
    for name in ("utf-8-sig", "cp1252"):
        try:
            return body.decode(name)
        except UnicodeDecodeError:
            continue
    return body.decode("latin-1")
