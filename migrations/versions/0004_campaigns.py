"""campaigns, their drafts and their history

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04 23:00:51
"""

import sqlalchemy as sa
from alembic import op

import plugin.storage.models

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "campaigns",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("shop_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("goal", sa.String(length=20), nullable=False),
        sa.Column("offer", sa.Text(), nullable=False),
        sa.Column("channels", sa.JSON(), nullable=False),
        sa.Column("audiences", sa.JSON(), nullable=False),
        sa.Column("tone", sa.String(length=50), nullable=False),
        sa.Column("collection", sa.String(length=255), nullable=False),
        sa.Column("listing_ids", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("created_at", plugin.storage.models.UTCDateTime(), nullable=False),
        sa.Column("updated_at", plugin.storage.models.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["shop_id"], ["shops.id"], name=op.f("fk_campaigns_shop_id_shops"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaigns")),
    )
    with op.batch_alter_table("campaigns", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_campaigns_shop_id"), ["shop_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_campaigns_status"), ["status"], unique=False)

    op.create_table(
        "campaign_drafts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("shop_id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=30), nullable=False),
        sa.Column("audience", sa.String(length=100), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("verdict", sa.String(length=10), nullable=False),
        sa.Column("first_verdict", sa.String(length=10), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("findings", sa.JSON(), nullable=False),
        sa.Column("model_id", sa.String(length=255), nullable=False),
        sa.Column("prompt_version", sa.String(length=50), nullable=False),
        sa.Column("decided_by", sa.String(length=255), nullable=True),
        sa.Column("decided_at", plugin.storage.models.UTCDateTime(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("created_at", plugin.storage.models.UTCDateTime(), nullable=False),
        sa.Column("updated_at", plugin.storage.models.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaigns.id"],
            name=op.f("fk_campaign_drafts_campaign_id_campaigns"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["shop_id"],
            ["shops.id"],
            name=op.f("fk_campaign_drafts_shop_id_shops"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaign_drafts")),
    )
    with op.batch_alter_table("campaign_drafts", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_campaign_drafts_campaign_id"), ["campaign_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_campaign_drafts_shop_id"), ["shop_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_campaign_drafts_status"), ["status"], unique=False)

    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.add_column(sa.Column("campaign_draft_id", sa.Integer(), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_audit_log_campaign_draft_id"), ["campaign_draft_id"], unique=False
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_audit_log_campaign_draft_id_campaign_drafts"),
            "campaign_drafts",
            ["campaign_draft_id"],
            ["id"],
            ondelete="CASCADE",
        )


def downgrade() -> None:
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_audit_log_campaign_draft_id_campaign_drafts"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_audit_log_campaign_draft_id"))
        batch_op.drop_column("campaign_draft_id")

    with op.batch_alter_table("campaign_drafts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_campaign_drafts_status"))
        batch_op.drop_index(batch_op.f("ix_campaign_drafts_shop_id"))
        batch_op.drop_index(batch_op.f("ix_campaign_drafts_campaign_id"))

    op.drop_table("campaign_drafts")
    with op.batch_alter_table("campaigns", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_campaigns_status"))
        batch_op.drop_index(batch_op.f("ix_campaigns_shop_id"))

    op.drop_table("campaigns")
