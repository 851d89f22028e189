"""What a user can tune when reading inputs: caps, timeouts, and whether private addresses are allowed."""
from __future__ import annotations

from dataclasses import dataclass

from newsprism import __version__

MB = 1024 * 1024


@dataclass(frozen=True)
class IngestOptions:
    """Limits for one ingest run. The defaults are safe for untrusted inputs and URLs."""

    # Largest single document: a file, a URL body, a decompressed .gz, one archive record or JSON line.
    # Containers that are streamed (WARC, JSONL) may be larger as a whole; each member is capped.
    max_bytes: int = 20 * MB
    allow_private: bool = False  # fetch from private, loopback, link-local... addresses (local tests, intranets)
    fetch_links: bool = False  # feeds: also fetch each entry's linked page
    timeout: float = 10.0  # seconds to connect, and the longest silence while reading a response
    total_timeout: float = 60.0  # seconds for one URL, redirects and body included (stops slow drips)
    max_redirects: int = 5
    user_agent: str = f"newsprism/{__version__} (+https://github.com/newsprism/newsprism; news analysis)"
    max_files: int | None = None  # files read from one folder; None: no limit

    def __post_init__(self) -> None:
        if self.max_bytes <= 0:
            raise ValueError(f"max_bytes must be positive, got {self.max_bytes}")
        if self.timeout <= 0 or self.total_timeout <= 0:
            raise ValueError("timeouts must be positive")
        if self.max_redirects < 0:
            raise ValueError(f"max_redirects must be 0 or more, got {self.max_redirects}")
        if self.max_files is not None and self.max_files <= 0:
            raise ValueError(f"max_files must be positive, got {self.max_files}")


def human_bytes(n: int) -> str:
    """20971520 → '20 MB'; used in refusal reasons."""
    if n >= MB:
        value = n / MB
        return f"{value:.0f} MB" if value == int(value) else f"{value:.1f} MB"
    if n >= 1024:
        return f"{n / 1024:.0f} KB"
    return f"{n} bytes"
