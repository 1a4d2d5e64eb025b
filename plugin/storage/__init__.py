"""Storage: the SQLAlchemy models, the database and encryption extensions, migrations, and the
webhook inbox's single-statement writes."""
