"""The draft page: the store's text and the draft side by side, the diff, the findings and facts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from flask import render_template, request

from plugin.domain import DraftKind, DraftStatus, Listing
from plugin.guardrails import sanitize_html
from plugin.language_id import language_notice
from plugin.services import queries
from plugin.services.diffing import word_diff
from plugin.services.shops import settings_for
from plugin.storage.db import db
from plugin.storage.models import Draft, Shop
from plugin.web.auth import screen_shop
from plugin.web.screen.blueprint import bp
from plugin.web.screen.forms import TONES, QueueView, faq_pairs, seo_fields
from plugin.web.screen.render import (
    SEO_DESCRIPTION_LIMIT,
    SEO_TITLE_LIMIT,
    excerpt,
    render_copy,
)


@dataclass(frozen=True)
class StoreSide:
    """The text the draft is compared with, and what to call it."""

    label: str
    text: str


def store_side(draft: Draft, listing: Listing) -> StoreSide:
    kind = DraftKind(draft.kind)
    status = DraftStatus(draft.status)
    if status is DraftStatus.PUBLISHED:
        return StoreSide("In the store before we published", draft.previous_text or "")
    if status is DraftStatus.REVERTED:
        return StoreSide("In the store again (restored)", draft.previous_text or "")
    if status is DraftStatus.CONFLICT:
        return StoreSide("In the store now (changed since the draft)", draft.previous_text or "")
    return StoreSide("In the store now", listing.text_for(kind))


def _measure(value: float, unit: str) -> str:
    return f"{value:g} {unit}".strip()


def listing_facts(listing: Listing) -> list[tuple[str, str]]:
    """The listing's facts as the guardrails see them, labelled for people."""
    facts: list[tuple[str, str]] = [("Title", listing.title)]
    simple = [
        ("Vendor", listing.vendor),
        ("Product type", listing.product_type),
        ("SKU", listing.sku),
        ("Price", f"{listing.price} {listing.currency}".strip() if listing.price else ""),
        ("Weight", _measure(listing.weight.value, listing.weight.unit) if listing.weight else ""),
        ("Categories", ", ".join(listing.categories)),
        ("Tags", ", ".join(listing.tags)),
    ]
    facts += [(label, value) for label, value in simple if value]
    if listing.dimensions:
        d = listing.dimensions
        sides = [f"{v:g}" for v in (d.length, d.width, d.height) if v is not None]
        if sides:
            facts.append(("Dimensions (L × W × H)", f"{' × '.join(sides)} {d.unit}"))
    for name, values in {**listing.options, **listing.attributes}.items():
        facts.append((name, ", ".join(values)))
    if listing.variants:
        facts.append(("Variants", str(len(listing.variants))))
    if listing.image_alts:
        facts.append(("Image alt text", " · ".join(a for a in listing.image_alts if a)))
    return [(label, value) for label, value in facts if value]


VARIANT_COLUMNS = {"title": "Variant", "sku": "SKU", "price": "Price", "weight": "Weight"}


def variant_table(listing: Listing, limit: int = 20) -> tuple[dict[str, str], list[dict[str, str]]]:
    """The variants' columns that have any value, and their rows."""
    rows = [
        {
            "title": ", ".join(v.options.values()) or v.title,
            "sku": v.sku,
            "price": v.price or "",
            "weight": _measure(v.weight.value, v.weight.unit) if v.weight else "",
        }
        for v in listing.variants[:limit]
    ]
    columns = {k: label for k, label in VARIANT_COLUMNS.items() if any(r[k] for r in rows)}
    return columns, rows


def numbered_findings(draft: Draft) -> list[dict[str, Any]]:
    """Findings in reading order, numbered as their highlights are."""
    ordered = sorted(draft.findings or [], key=lambda f: (f.get("start") or 0, f.get("end") or 0))
    return [
        {
            **f,
            "number": i,
            "excerpt": excerpt(draft.content, draft.kind, f.get("start") or 0, f.get("end") or 0),
        }
        for i, f in enumerate(ordered, start=1)
    ]


def neighbours(shop: Shop, view: QueueView, draft_id: int) -> tuple[int | None, int | None]:
    """The drafts before and after this one in the queue's current filter and sort."""
    ids = queries.all_draft_ids(db.session, shop, view.filter)
    if draft_id not in ids:
        return None, (ids[0] if ids else None)
    at = ids.index(draft_id)
    return (ids[at - 1] if at > 0 else None), (ids[at + 1] if at + 1 < len(ids) else None)


def draft_context(shop: Shop, draft: Draft, view: QueueView) -> dict[str, Any]:
    record = draft.listing
    listing = record.to_listing()
    kind = DraftKind(draft.kind)
    findings = numbered_findings(draft)
    rendered = render_copy(draft.content, kind, sanitize_html, findings)
    side = store_side(draft, listing)
    entries = [e for e in queries.history(db.session, shop, record.id) if e.draft_id == draft.id]
    latest = queries.latest_draft(db.session, shop, record.id, draft.kind)
    prev_id, next_id = neighbours(shop, view, draft.id)
    status = DraftStatus(draft.status)
    context: dict[str, Any] = {
        "shop": shop,
        "draft": draft,
        "record": record,
        "listing": listing,
        "view": view,
        "findings": findings,
        "rendered": rendered,
        "store": side,
        "store_rendered": render_copy(side.text, kind, sanitize_html),
        "changes": word_diff(side.text, draft.content, kind),
        "facts": listing_facts(listing),
        "variants": variant_table(listing),
        "entries": entries,
        "newer": latest if latest is not None and latest.id != draft.id else None,
        "writing": queries.generation_pending(db.session, shop, record.id, draft.kind),
        "prev_id": prev_id,
        "next_id": next_id,
        "tones": TONES,
        "default_tone": settings_for(shop).tone,
        "language_notice": language_notice(listing, settings_for(shop).language),
        "faq_pairs": faq_pairs(draft.content) if kind is DraftKind.FAQ else [],
        "seo": seo_fields(draft.content) if kind is DraftKind.SEO else {},
        "seo_limits": {"title": SEO_TITLE_LIMIT, "description": SEO_DESCRIPTION_LIMIT},
        "store_moved": status is DraftStatus.PENDING
        and listing.text_for(kind) != (draft.base_text or ""),
        "reverting": status is DraftStatus.PUBLISHED
        and bool(entries)
        and entries[0].action == "revert_requested",
    }
    if status is DraftStatus.CONFLICT:
        context["conflict"] = {
            "base": render_copy(draft.base_text, kind, sanitize_html),
            "store_change": word_diff(draft.base_text, draft.previous_text or "", kind),
        }
    return context


@bp.get("/drafts/<int:draft_id>")
def draft(draft_id: int) -> str:
    shop = screen_shop()
    item = queries.get_draft(db.session, shop, draft_id)
    view = QueueView.from_args(request.args)
    return render_template("draft.html", **draft_context(shop, item, view))
