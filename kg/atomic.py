"""Files that appear whole or not at all: write to a temporary file, then rename."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


class AtomicFile:
    """A text file written beside its final path and renamed into place on :meth:`commit`."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, self._tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", dir=self.path.parent)
        os.chmod(self._tmp, 0o666 & ~_umask())
        self.file = os.fdopen(fd, "w", encoding="utf-8")

    def commit(self) -> None:
        self.file.close()
        os.replace(self._tmp, self.path)

    def abort(self) -> None:
        self.file.close()
        Path(self._tmp).unlink(missing_ok=True)


def write_text(path: str | Path, text: str) -> Path:
    out = AtomicFile(path)
    try:
        out.file.write(text)
    except BaseException:
        out.abort()
        raise
    out.commit()
    return out.path
