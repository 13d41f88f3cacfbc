"""Free heap pages handed back to the operating system, once a process has dropped what it held.

glibc keeps freed memory resident in holes between objects still alive; its ``malloc_trim(0)``
(since 2.8) returns every whole free page, those in the middle of the heap included
(``MADV_DONTNEED``). Called once, after the spaCy pipeline is dropped (:func:`kg.pipeline.release`),
not between batches: a batch's parse faults its pages straight back in (issue 12, fifth round).
Elsewhere than glibc (macOS, musl, Windows) it does nothing.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import sys
from functools import cache


@cache
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
