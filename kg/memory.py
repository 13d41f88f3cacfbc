"""Free heap pages handed back to the operating system, now and then, during a long build.

Each batch's parse allocates and frees 100-160 MiB in glibc's heap; what it frees stays
resident, in holes between objects still alive, and the holes grow over a corpus (issue 12).
glibc's ``malloc_trim(0)`` (since 2.8) returns every whole free page, those in the middle of the
heap included (``MADV_DONTNEED``). It costs a walk of the heap, so it is called rarely: every
:data:`TRIM_EVERY` articles. Elsewhere than glibc (macOS, musl, Windows) it does nothing.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import sys
from functools import lru_cache

#: articles parsed between two trims (0: never)
TRIM_EVERY = 1000


@lru_cache(maxsize=1)
def _malloc_trim():
    """glibc's ``malloc_trim``, or None where there is none."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        trim = libc.malloc_trim  # glibc only: musl has no such symbol
    except (OSError, AttributeError):
        return None
    trim.argtypes, trim.restype = [ctypes.c_size_t], ctypes.c_int
    return trim


def release_free_memory() -> bool:
    """Return the heap's free pages to the operating system.

    Returns:
        True if glibc released any memory, False if none or if this is not glibc.

    >>> release_free_memory() in (True, False)
    True
    """
    trim = _malloc_trim()
    return bool(trim(0)) if trim is not None else False


class Trimmer:
    """Counts articles and calls :func:`release_free_memory` once every ``every`` of them.

    >>> t = Trimmer(every=2)
    >>> t.add(1), t.add(1), t.seen
    (False, True, 0)
    """

    def __init__(self, every: int = TRIM_EVERY) -> None:
        self.every, self.seen = every, 0

    def add(self, articles: int) -> bool:
        """Count ``articles`` more; trim if ``every`` have been counted since the last trim.

        Returns:
            True if a trim was done (whether or not it released anything).
        """
        if self.every <= 0:
            return False
        self.seen += articles
        if self.seen < self.every:
            return False
        self.seen -= self.every
        release_free_memory()
        return True
