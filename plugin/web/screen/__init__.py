"""The merchant approval screen: server-rendered pages that work without JavaScript.

``blueprint`` holds the blueprint and what every page gets from it; the route modules add their
routes to it: ``pages`` (logging in and out, the queue, the history), ``draft`` (the draft page),
``actions`` (the decisions) and ``settings``. ``forms`` reads the query strings and forms, and
``render`` renders copy with its findings highlighted. Importing this package assembles the
blueprint, ``bp``.
"""

from plugin.web.screen import actions, draft, pages, settings
from plugin.web.screen.blueprint import bp

__all__ = ["actions", "bp", "draft", "pages", "settings"]
