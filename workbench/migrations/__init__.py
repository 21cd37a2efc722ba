"""The store's schema migrations (Alembic revisions in ``versions/``), applied by ``Store`` when it opens a database.

There is no ``env.py`` and no ``alembic.ini``: ``workbench/store.py`` loads this folder with Alembic's
``ScriptDirectory`` and runs the revisions itself, inside its own transaction and lock (see
``Store._upgrade_schema``). A revision is frozen once released: it spells out its own tables and
columns and never imports the store's current ones.

To change the schema: change the table classes in ``store.py``, then add ``versions/NNNN_<what>.py``
with ``revision = "NNNN_<what>"`` (at most 32 characters), ``down_revision`` the newest revision so
far, and ``upgrade()`` / ``downgrade()`` written with ``alembic.op``. ``tests/unit/test_store_migrations.py``
fails, listing the differences, until a migrated database matches the table classes.
"""
