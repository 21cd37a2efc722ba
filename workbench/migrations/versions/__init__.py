"""Alembic revisions of the store's schema, oldest first by their number (Alembic orders them by ``down_revision``)."""
