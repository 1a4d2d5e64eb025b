"""Background work: the job queue port's backends (the database, Celery) and the worker, which runs
the handlers registered on the app."""
