"""A catalogue shop's store: the product CSV Copydesk keeps in its instance folder.

Reads parse the file; a push rewrites it atomically (temporary file, then ``os.replace``) with
only the pushed product's cells changed, under a lock so that two workers never lose a write.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import threading
from collections.abc import Callable, Iterator, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from adapters.catalog.formats import CatalogFile
from adapters.catalog.parse import parse_catalog
from adapters.catalog.writeback import with_copy
from plugin.domain import DraftKind, Listing, Platform, ShopConnection
from plugin.errors import NotFound, StoreError, ValidationError
from plugin.ports import StoreAdapter

try:
    import fcntl
except ImportError:  # Windows: only threads in this process are kept apart.
    fcntl = None  # type: ignore[assignment]

_THREAD_LOCK = threading.Lock()


class CatalogStore(StoreAdapter):
    """The ``StoreAdapter`` for a product CSV file (WooCommerce or Shopify format)."""

    platform = Platform.CATALOG

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    def read(self) -> CatalogFile:
        """The file parsed now: its listings and the rows that could not be imported."""
        try:
            data = self.path.read_bytes()
        except FileNotFoundError as exc:
            message = f"The catalogue file {self.path} is missing"
            raise StoreError(message, code="not_found") from exc
        except OSError as exc:
            raise StoreError(f"Cannot read the catalogue file {self.path}: {exc}") from exc
        try:
            return parse_catalog(data)
        except ValidationError as exc:
            message = f"The catalogue file {self.path} is unreadable: {exc.message}"
            raise StoreError(message) from exc

    def fetch(self, external_id: str) -> Listing | None:
        return self.read().listing(external_id)

    def pull(self, updated_since: datetime | None = None) -> Iterator[Listing]:
        """Every product: the file has no per-row dates, so ``updated_since`` cannot narrow it."""
        yield from self.read().listings

    def push(self, external_id: str, kind: DraftKind, content: str) -> None:
        with self._locked():
            catalog = self.read()
            try:
                data = with_copy(catalog, external_id, kind, content)
            except NotFound as exc:
                raise StoreError(exc.message, code="not_found") from exc
            except ValidationError as exc:
                raise StoreError(exc.message, code=exc.code) from exc
            _write_atomically(self.path, data)

    def replace(self, data: bytes) -> None:
        """Make ``data`` (a newly imported file) the store, under the lock pushes take."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._locked():
            _write_atomically(self.path, data)

    def export(self, out: Path) -> None:
        """Write the current file (with every pushed copy) to ``out``, ready to import again."""
        out = Path(out)
        if out.exists() and out.resolve() == self.path.resolve():
            return
        with self._locked():
            try:
                data = self.path.read_bytes()
            except OSError as exc:
                raise StoreError(f"Cannot read the catalogue file {self.path}: {exc}") from exc
        _write_atomically(out, data)

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        """One writer at a time, across threads and (where ``fcntl`` exists) processes."""
        with _THREAD_LOCK:
            if fcntl is None:
                yield
                return
            lock_path = self.path.with_name(self.path.name + ".lock")
            with open(lock_path, "a") as lock_file:
                fcntl.flock(lock_file, fcntl.LOCK_EX)
                try:
                    yield
                finally:
                    fcntl.flock(lock_file, fcntl.LOCK_UN)


def build_catalog_store(
    conn: ShopConnection, config: Mapping[str, Any], save_credentials: Callable[..., None]
) -> CatalogStore:
    """The store factory the app calls for a catalogue shop: the shop's URL is its file."""
    return CatalogStore(Path(conn.url))


def export_catalog(store_path: Path, out: Path) -> None:
    """Write the catalogue at ``store_path`` to ``out`` in the format it came in."""
    CatalogStore(store_path).export(out)


def _write_atomically(path: Path, data: bytes) -> None:
    handle, temp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as temp:
            temp.write(data)
            temp.flush()
            os.fsync(temp.fileno())
        if path.exists():
            shutil.copymode(path, temp_name)
        else:
            os.chmod(temp_name, 0o644)
        os.replace(temp_name, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp_name)
        raise
