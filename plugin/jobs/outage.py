"""A worker loop's view of a database outage: one line when the database starts failing and one
when it answers again, instead of a full traceback at every poll (two a second with the
built-in queue's default threads) for as long as the database is down."""

from __future__ import annotations

import logging

from sqlalchemy.exc import OperationalError


class DatabaseOutage:
    def __init__(self, log: logging.Logger, loop: str) -> None:
        self.log = log
        self.loop = loop
        self.down = False

    def failed(self, exc: Exception) -> bool:
        """True when ``exc`` is the database failing (connection refused, server gone), logged
        once per outage; False for any other error, which the loop logs itself."""
        if not isinstance(exc, OperationalError):
            return False
        if not self.down:
            reason = str(exc.orig or exc).strip().splitlines()[0]
            self.log.warning(
                "%s: cannot use the database (%s); retrying until it answers",
                self.loop,
                reason,
            )
            self.down = True
        return True

    def answered(self) -> None:
        """The loop's round reached the database: say so once after an outage."""
        if self.down:
            self.log.warning("%s: the database answers again", self.loop)
            self.down = False
