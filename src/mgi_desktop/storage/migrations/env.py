"""Alembic environment: migrations run on the connection the app hands in."""

from alembic import context
from sqlmodel import SQLModel

from mgi_desktop.storage import tables  # noqa: F401  (registers the tables on the metadata)

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only the app runs migrations
    raise RuntimeError("MGI Desktop migrations run from the app, with a connection")

context.configure(connection=connection, target_metadata=SQLModel.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
