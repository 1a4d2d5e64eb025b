"""The hand-off: a campaign's approved copy as rows and as CSV, never sent by us."""

from __future__ import annotations

import csv
import io
from typing import Any

from plugin.campaign import AssetStatus, Channel, asset_from_text, field_items, limits_of, words_in
from plugin.services.campaign_views import current_drafts
from plugin.storage.models import Campaign

EXPORT_COLUMNS = (
    "campaign_id",
    "campaign",
    "channel",
    "audience",
    "field",
    "text",
    "characters",
    "words",
    "limit",
)


def export_rows(campaign: Campaign) -> list[dict[str, Any]]:
    """One row per asset of the approved drafts (a subject, a headline, a post), with its
    channel, audience, length and the limit it was checked against."""
    rows = []
    for draft in current_drafts(campaign):
        if draft.status != AssetStatus.APPROVED:
            continue
        channel = Channel(draft.channel)
        limits = limits_of(channel)
        for name, text in field_items(channel, asset_from_text(draft.content)):
            base = name.split("[")[0]
            rows.append(
                {
                    "campaign_id": campaign.id,
                    "campaign": campaign.name,
                    "channel": str(channel),
                    "audience": draft.audience,
                    "field": name,
                    "text": text,
                    "characters": len(text),
                    "words": words_in(text),
                    "limit": limits.get(base, ""),
                }
            )
    return rows


def export_csv(campaign: Campaign) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=EXPORT_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(export_rows(campaign))
    return out.getvalue()
