"""spaCy's matrix products on numpy's own BLAS (OpenBLAS, one thread) instead of thinc's BLIS.

thinc's CPU back-end multiplies with the BLIS library it bundles; on the machines kg is
benchmarked on (x86_64 with AVX-512) numpy's bundled OpenBLAS does the same products about
2.8 times as fast, single-threaded (the tok2vec and NER layers' products, replayed: 4.1 s ->
1.5 s), which is a quarter to a third of the whole pipeline's time. thinc's ``NumpyOps`` has
a switch for it (``use_blis=False``: the product goes to ``numpy.dot``); nothing else in the
model changes. The products agree to float32 rounding; every token's annotations were
compared on the first 3,000 Reuters articles and found the same (``benchmarks/README.md``,
"Issue 12, third round").

OpenBLAS is kept to one thread: kg runs one process per worker, and a second thread per
process only spins (and on a shared machine takes a core from the other worker).
"""
from __future__ import annotations

import ctypes
import glob
import os
from functools import cache

#: the BLAS a numpy build names (``numpy.__config__``) that kg's switch was measured with
FAST_BLAS = frozenset({"scipy-openblas", "openblas"})
#: what numpy's bundled OpenBLAS (64-bit ints, symbol suffix) calls ``openblas_set_num_threads``
_SET_THREADS = ("scipy_openblas_set_num_threads64_", "openblas_set_num_threads64_", "openblas_set_num_threads")


def numpy_blas() -> str | None:
    """The name of the BLAS numpy was built with (``scipy-openblas`` for the wheels on PyPI), or None."""
    import numpy

    try:
        return numpy.__config__.CONFIG["Build Dependencies"]["blas"]["name"]
    except (AttributeError, KeyError, TypeError):
        return None


@cache
def _one_thread() -> bool:
    """Limit numpy's bundled OpenBLAS to one thread (once per process); whether it could."""
    import numpy

    libs = os.path.join(os.path.dirname(os.path.dirname(numpy.__file__)), "numpy.libs")
    for path in sorted(glob.glob(os.path.join(libs, "*openblas*.so*"))):
        try:
            lib = ctypes.CDLL(path)
        except OSError:
            continue
        for symbol in _SET_THREADS:
            setter = getattr(lib, symbol, None)
            if setter is not None:
                setter(1)
                return True
    return False


def use_numpy_blas(nlp) -> bool:
    """Have every model of the pipeline ``nlp`` multiply with numpy (OpenBLAS, one thread).

    Does nothing when numpy's BLAS is not OpenBLAS, or its thread count cannot be set (a
    multi-threaded product would spin on a core kg's other worker needs). Returns whether
    the switch was made.
    """
    if numpy_blas() not in FAST_BLAS or not _one_thread():
        return False
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for node in model.walk():
            if type(node.ops) is NumpyOps:  # a GPU's or another back-end's ops are left alone
                node.ops = ops
    return True
