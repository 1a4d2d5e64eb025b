"""The shop's settings page: voice, words to avoid, and when drafts are written on their own."""

from __future__ import annotations

from flask import flash, redirect, render_template, request, url_for
from werkzeug.datastructures import MultiDict
from werkzeug.wrappers import Response

from plugin.domain import copy_kinds_for
from plugin.errors import CopydeskError
from plugin.language_id import language_name
from plugin.services.shops import settings_for, update_settings
from plugin.services.store_language import language_is_from_store
from plugin.storage.db import db
from plugin.web.auth import screen_shop
from plugin.web.screen.blueprint import bp
from plugin.web.screen.forms import (
    AUTO_GENERATE,
    SEO_PLUGINS,
    TONES,
    settings_form,
    settings_from_form,
)


def _page(
    form: MultiDict[str, str], error: CopydeskError | None = None, status: int = 200
) -> tuple[str, int]:
    """The page with ``form``'s fields filled in, and a refusal's message beside its field;
    the language's hint names the store's language when that is where the saved one came from."""
    shop = screen_shop()
    saved = settings_for(shop).language
    return (
        render_template(
            "settings.html",
            shop=shop,
            form=form,
            store_language=language_name(saved) if language_is_from_store(shop) else None,
            tones=TONES,
            auto_generate=AUTO_GENERATE,
            kinds=copy_kinds_for(shop.platform),
            seo_plugins=SEO_PLUGINS,
            error=error,
        ),
        status,
    )


@bp.get("/settings")
def settings() -> tuple[str, int]:
    return _page(settings_form(settings_for(screen_shop())))


@bp.post("/settings")
def settings_post() -> Response | tuple[str, int]:
    shop = screen_shop()
    try:
        changes = settings_from_form(request.form, shop.platform)
        update_settings(db.session, shop, changes)
        db.session.commit()
    except CopydeskError as exc:
        db.session.rollback()
        return _page(request.form, exc, exc.status)
    flash("Settings saved. New drafts follow them.", "ok")
    return redirect(url_for("screen.settings"))
