"""Files that appear whole or not at all: write to a temporary file, then rename."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from kg.errors import OutputError


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


class AtomicFile:
    """A text file written beside its final path and renamed into place on :meth:`commit`."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        if self.path.is_dir():
            raise OutputError(f"cannot write {self.path}: it is a folder")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, self._tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", dir=self.path.parent)
        except OSError as exc:
            raise OutputError(f"cannot write {self.path}: {exc.strerror or exc}") from None
        os.chmod(self._tmp, 0o666 & ~_umask())
        self.file = os.fdopen(fd, "w", encoding="utf-8")

    def commit(self) -> None:
        """Put the file in place.

        Raises:
            OutputError: when it cannot be finished (full disk); the temporary file is removed.
        """
        try:
            self.file.close()
            os.replace(self._tmp, self.path)
        except OSError as exc:
            self.abort()
            raise OutputError(f"cannot write {self.path}: {exc.strerror or exc}") from None

    def abort(self) -> None:
        try:
            self.file.close()
        except OSError:
            pass  # a full disk fails the close too; the file goes all the same
        Path(self._tmp).unlink(missing_ok=True)


def write_text(path: str | Path, text: str) -> Path:
    out = AtomicFile(path)
    try:
        out.file.write(text)
    except OSError as exc:
        out.abort()
        raise OutputError(f"cannot write {out.path}: {exc.strerror or exc}") from None
    except BaseException:
        out.abort()
        raise
    out.commit()
    return out.path
