"""kg.memory: handing free heap pages back is safe to call anywhere, and rare."""
from __future__ import annotations

import doctest

import kg.memory
from kg.memory import Trimmer, release_free_memory


def test_examples():
    result = doctest.testmod(kg.memory)
    assert result.attempted >= 2 and result.failed == 0


def test_safe_to_call_again_and_again():
    junk = [bytearray(4096) for _ in range(10_000)]  # something freed in the middle of the heap
    del junk[::2]
    for _ in range(3):
        assert release_free_memory() in (True, False)


def test_no_op_without_glibc(monkeypatch):
    kg.memory._malloc_trim.cache_clear()
    monkeypatch.setattr(kg.memory.sys, "platform", "darwin")
    try:
        assert kg.memory._malloc_trim() is None
        assert release_free_memory() is False
    finally:
        kg.memory._malloc_trim.cache_clear()


def test_no_op_where_libc_has_no_malloc_trim(monkeypatch):
    class NoTrim:  # musl's libc: no such symbol
        def __init__(self, name):
            pass

    kg.memory._malloc_trim.cache_clear()
    monkeypatch.setattr(kg.memory.ctypes, "CDLL", NoTrim)
    try:
        assert release_free_memory() is False
    finally:
        kg.memory._malloc_trim.cache_clear()


def test_trims_once_every_so_many_articles(monkeypatch):
    calls = []
    monkeypatch.setattr(kg.memory, "release_free_memory", lambda: calls.append(1) or True)
    t = Trimmer(every=100)
    done = [t.add(32) for _ in range(10)]  # 320 articles in batches of 32
    assert done.count(True) == 3 and len(calls) == 3
    assert Trimmer(every=0).add(10_000) is False
