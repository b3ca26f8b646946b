"""What a sources folder holds already, so a page is not added twice, and the file names new sources take.

A page is a duplicate of a source when it has the same address (canonical, fetched-from or a redirect, with
tracking parameters and fragments ignored), the same text (sha256), or near-identical text.
"""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from .errors import ProvenanceError
from .fetch import is_web_address
from .formats import decode
from .sources import SUFFIXES

if TYPE_CHECKING:
    import numpy as np

MAX_SLUG = 60                 # characters of a file name's readable part: long enough to recognise the story
# Near-identical text: the share of each text's word 5-grams (the shingles copies.py finds copies by) that the other
# has too, both ways. Measured on the test story: one word changed in a 4-paragraph article keeps 0.96 both ways; a
# copy cut to its first half has 0.5 of the whole's, a fifth paragraph added leaves 0.89 of the longer's, and an
# independent report of the same event shares none. Below the bar a page is a source of its own, and lineage then
# shows whom it repeats.
NEAR_IDENTICAL = 0.9
_TRACKING = re.compile(r"^(?:utm_\w+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid|smid)$", re.I)


def canonical_address(url: str) -> str:
    """The address two fetches of one page share: no fragment, no tracking parameters, no default port."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    try:
        port = parts.port
    except ValueError:  # a port out of range in a hand-written sources.yaml: keep the address as written
        return url.strip()
    if (parts.scheme.lower(), port) in (("http", 80), ("https", 443)):
        port = None
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(k)])
    path = parts.path.rstrip("/") or "/"
    return urlunsplit((parts.scheme.lower(), f"{host}:{port}" if port else host, path, query, ""))


def slug(title: str | None, fallback: str) -> str:
    """A readable ASCII file name stem from a title: lower case words joined by '-', at most MAX_SLUG long."""
    for text in (title or "", fallback):
        ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
        words = re.findall(r"[a-z0-9]+", ascii_text.lower())
        stem = ""
        for word in words:
            if len(stem) + len(word) + 1 > MAX_SLUG:
                break
            stem = f"{stem}-{word}" if stem else word
        if not stem and words:
            stem = words[0][:MAX_SLUG]
        if stem:
            return stem
    return "source"


class Known:
    """What the folder holds already: addresses, text hashes and texts of its sources, to recognise duplicates."""

    def __init__(self, folder: Path, entries: dict[Any, Any]) -> None:
        self.folder = folder
        self.addresses: dict[str, str] = {}
        self.hashes: dict[str, str] = {}
        self.names: set[str] = {str(k) for k in entries}
        self.texts: dict[str, str] = {}
        self._grams: dict[str, np.ndarray] | None = None
        for name, entry in entries.items():
            if isinstance(entry, dict):
                self._remember(str(name), entry)
        for path in self._files():
            name = path.relative_to(folder).as_posix()
            self.names.add(name)
            try:
                data = path.read_bytes()
            except OSError:
                continue
            self.hashes.setdefault(hashlib.sha256(data).hexdigest(), name)

    def _files(self) -> list[Path]:
        if not self.folder.is_dir():
            return []
        return sorted(p for p in self.folder.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES
                      and not any(part.startswith(".") for part in p.relative_to(self.folder).parts))

    def _remember(self, name: str, entry: dict[Any, Any]) -> None:
        hops = entry.get("redirects")
        for address in [entry.get("url"), entry.get("fetched_from"), *(hops if isinstance(hops, list) else [])]:
            if isinstance(address, str) and is_web_address(address):
                self.addresses.setdefault(canonical_address(address), name)
        if isinstance(entry.get("sha256"), str):
            self.hashes.setdefault(entry["sha256"], name)

    def by_address(self, url: str) -> str | None:
        return self.addresses.get(canonical_address(url))

    def duplicate(self, canonical: str | None, target: str, digest: str,
                  text: str) -> tuple[str, bool, str] | None:
        """(existing source, whether it is the same address, how it duplicates) or None."""
        for address in (canonical, target):
            if address and is_web_address(address) and (name := self.by_address(address)):
                return name, True, f"same address as {name}"
        if digest in self.hashes:
            return self.hashes[digest], False, f"same text as {self.hashes[digest]}"
        name = self._near(text)
        return (name, False, f"near-identical text to {name}") if name else None

    def _near(self, text: str) -> str | None:
        import numpy as np

        grams = _shingles("new.txt", text)
        if not len(grams):
            return None
        for name, other in self._all_grams().items():
            # copies.py's containment divides by the smaller set (a part copied is a copy); a duplicate must cover
            # both texts, so the shared shingles are measured against each.
            shared = len(np.intersect1d(grams, other, assume_unique=True))
            if shared >= NEAR_IDENTICAL * max(len(grams), len(other)):
                return name
        return None

    def _all_grams(self) -> dict[str, np.ndarray]:
        if self._grams is None:
            self._grams = {}
            for name in sorted(self.names):
                body = self.text_of(name)
                if body:
                    self._grams[name] = _shingles(name, body)
        return self._grams

    def text_of(self, name: str) -> str:
        """The text of a source of the folder; '' for a name sources.yaml gives that is no file inside it."""
        if name not in self.texts:
            path = self.folder / name
            try:
                inside = path.resolve().is_relative_to(self.folder.resolve())
                decoded = decode(path.read_bytes()) if inside and path.is_file() else None
            except (OSError, ValueError):  # ValueError: a name with a NUL byte
                decoded = None
            self.texts[name] = decoded[0] if decoded else ""
        return self.texts[name]

    def register(self, name: str, entry: dict[str, Any], digest: str, text: str) -> None:
        self.names.add(name)
        self._remember(name, entry)
        self.hashes[digest] = name
        self.texts[name] = text
        if self._grams is not None:
            self._grams[name] = _shingles(name, text)

    @staticmethod
    def names_for(title: str | None, address: str, digest: str, suffix: str) -> list[str]:
        """The names a page may take, in order: `slug.txt`, then `slug-<6 hex of its address>.txt` and
        `slug-<12 hex of its text>.txt` when another source holds the first: the same page gets the same name on
        every run, whatever else was added before it."""
        stem = slug(title, urlsplit(address).path.rsplit("/", 1)[-1] or urlsplit(address).hostname or "")
        return [f"{c}{suffix}" for c in (stem, f"{stem}-{hashlib.sha256(address.encode()).hexdigest()[:6]}",
                                          f"{stem}-{digest[:12]}")]

    def free_name(self, title: str | None, address: str, digest: str, suffix: str) -> str:
        for name in self.names_for(title, address, digest, suffix):
            if name not in self.names and not os.path.lexists(self.folder / name):
                return name
        raise ProvenanceError(f"no free file name for {title!r} in {self.folder}")


def _shingles(name: str, text: str) -> np.ndarray:
    """The word 5-gram hashes copies.py compares documents by, from the text as the source reader cuts it."""
    from .copies import shingles
    from .sources import build_source

    return shingles(build_source(name, Path(name), text, "utf-8"))
