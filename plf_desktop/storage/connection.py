"""The database handle the repositories use: one sqlite3 connection and a few table verbs.

sqlite-utils is the project's toolbox for the schema (migrations, tests, scripts), reached
through :attr:`Database.utils` and ``db["table"]``. It is not imported on the everyday path:
importing it costs about 80 ms, a third of the app's start-up budget, and the repositories
need only ``execute``, transactions and plain inserts.
"""

from __future__ import annotations

import contextlib
import itertools
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import sqlite_utils
    from sqlite_utils.db import Table

_savepoints = itertools.count(1)
_WRITES = ("INSERT", "UPDATE", "DELETE", "REPLAC", "CREATE", "DROP T", "ALTER ")


class Database:
    """A connection in autocommit mode; :meth:`atomic` makes a block all-or-nothing."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        # No implicit transactions: a write outside atomic() commits at once, as in
        # sqlite-utils; atomic() opens the transaction explicitly.
        conn.isolation_level = None
        self.conn = conn
        self._utils: sqlite_utils.Database | None = None
        self.write_gate: Callable[[], None] | None = None
        """Called before the first write while the file's integrity check still runs: it
        waits for the verdict and raises if the file is damaged (see storage.database)."""

    def _before_write(self) -> None:
        gate = self.write_gate
        if gate is not None:
            gate()
            self.write_gate = None

    # -- the toolbox ---------------------------------------------------------------------------
    @property
    def utils(self) -> sqlite_utils.Database:
        """sqlite-utils over the same connection (migrations, tests, scripts)."""
        if self._utils is None:
            import sqlite_utils

            self._utils = sqlite_utils.Database(self.conn)
        return self._utils

    def __getitem__(self, table: str) -> Table:
        """sqlite-utils' view of *table*."""
        return self.utils[table]

    # -- what the repositories use -------------------------------------------------------------
    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> sqlite3.Cursor:
        """Run one statement."""
        if self.write_gate is not None and not self.conn.in_transaction and sql.lstrip()[
                :6].upper() in _WRITES:
            self._before_write()
        return self.conn.execute(sql, params)

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Database]:
        """A transaction, or a savepoint inside one: everything in the block, or nothing."""
        if self.conn.in_transaction:
            name = f"plf_{next(_savepoints)}"
            self.conn.execute(f"SAVEPOINT {name}")
            try:
                yield self
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                    self.conn.execute(f"RELEASE SAVEPOINT {name}")
                raise
            else:
                self.conn.execute(f"RELEASE SAVEPOINT {name}")
            return
        self._before_write()
        self.conn.execute("BEGIN")
        try:
            yield self
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        try:
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise

    def insert(self, table: str, row: dict[str, Any]) -> None:
        """Insert one row."""
        self.insert_all(table, [row])

    def insert_all(self, table: str, rows: Iterable[dict[str, Any]]) -> None:
        """Insert rows that all have the same columns."""
        rows = list(rows)
        if not rows:
            return
        columns = list(rows[0])
        sql = (f"INSERT INTO [{table}] ({', '.join(f'[{c}]' for c in columns)})"
               f" VALUES ({', '.join('?' for _ in columns)})")
        self.conn.executemany(sql, [[row[c] for c in columns] for row in rows])

    def upsert_all(self, table: str, rows: Iterable[dict[str, Any]], pk: str | tuple[str, ...],
                   ) -> None:
        """Insert rows, or update the given columns of rows whose primary key exists."""
        rows = list(rows)
        if not rows:
            return
        keys = (pk,) if isinstance(pk, str) else pk
        columns = list(rows[0])
        updates = ", ".join(f"[{c}] = excluded.[{c}]" for c in columns
                            if c not in keys and c != "created_at")
        sql = (f"INSERT INTO [{table}] ({', '.join(f'[{c}]' for c in columns)})"
               f" VALUES ({', '.join('?' for _ in columns)})"
               f" ON CONFLICT ({', '.join(f'[{k}]' for k in keys)}) DO "
               + (f"UPDATE SET {updates}" if updates else "NOTHING"))
        self.conn.executemany(sql, [[row[c] for c in columns] for row in rows])

    def table_names(self) -> list[str]:
        """The tables in the file."""
        return [r[0] for r in self.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]

    def checkpoint(self) -> None:
        """Copy the write-ahead log into the file and empty it: after deleting for good or
        erasing, so the old text does not linger in ``-wal`` (with ``secure_delete`` the
        freed pages in the file are zeros already)."""
        self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()
