"""bulk syncs: the store's running bulk export per shop, and a hash of each listing's live fields

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-04 23:20:00
"""

import sqlalchemy as sa
from alembic import op

import plugin.storage.models

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("shops", schema=None) as batch_op:
        batch_op.add_column(sa.Column("bulk_operation_id", sa.String(length=255), nullable=True))
        batch_op.add_column(
            sa.Column(
                "bulk_operation_started_at", plugin.storage.models.UTCDateTime(), nullable=True
            )
        )
    with op.batch_alter_table("listings", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("live_hash", sa.String(length=64), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("listings", schema=None) as batch_op:
        batch_op.drop_column("live_hash")
    with op.batch_alter_table("shops", schema=None) as batch_op:
        batch_op.drop_column("bulk_operation_started_at")
        batch_op.drop_column("bulk_operation_id")
