"""customer questions: answer basis, retrieved facts, reply deliveries, embedding cache

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29 21:50:00
"""

import sqlalchemy as sa
from alembic import op

import plugin.storage.models

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("shops", schema=None) as batch_op:
        batch_op.add_column(sa.Column("outgoing_webhook_secret", sa.Text(), nullable=True))

    with op.batch_alter_table("questions", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("needs_merchant", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.add_column(
            sa.Column("basis", sa.String(length=20), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("flag", sa.String(length=30), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("facts", sa.JSON(), nullable=False, server_default=sa.text("'[]'"))
        )
        batch_op.add_column(sa.Column("error", sa.Text(), nullable=True))

    op.create_table(
        "reply_deliveries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("shop_id", sa.Integer(), nullable=False),
        sa.Column("question_id", sa.Integer(), nullable=False),
        sa.Column("url", sa.String(length=1000), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("response_status", sa.Integer(), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("created_at", plugin.storage.models.UTCDateTime(), nullable=False),
        sa.Column("delivered_at", plugin.storage.models.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["question_id"],
            ["questions.id"],
            name=op.f("fk_reply_deliveries_question_id_questions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["shop_id"],
            ["shops.id"],
            name=op.f("fk_reply_deliveries_shop_id_shops"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reply_deliveries")),
    )
    with op.batch_alter_table("reply_deliveries", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_reply_deliveries_question_id"), ["question_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_reply_deliveries_shop_id"), ["shop_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_reply_deliveries_status"), ["status"], unique=False)

    op.create_table(
        "passage_embeddings",
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("model", sa.String(length=100), nullable=False),
        sa.Column("vector", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", plugin.storage.models.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("content_hash", name=op.f("pk_passage_embeddings")),
    )


def downgrade() -> None:
    op.drop_table("passage_embeddings")
    with op.batch_alter_table("reply_deliveries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reply_deliveries_status"))
        batch_op.drop_index(batch_op.f("ix_reply_deliveries_shop_id"))
        batch_op.drop_index(batch_op.f("ix_reply_deliveries_question_id"))
    op.drop_table("reply_deliveries")

    with op.batch_alter_table("questions", schema=None) as batch_op:
        batch_op.drop_column("error")
        batch_op.drop_column("facts")
        batch_op.drop_column("flag")
        batch_op.drop_column("basis")
        batch_op.drop_column("needs_merchant")

    with op.batch_alter_table("shops", schema=None) as batch_op:
        batch_op.drop_column("outgoing_webhook_secret")
