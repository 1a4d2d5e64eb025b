"""The shop's settings page: voice, words to avoid, and when drafts are written on their own."""

from __future__ import annotations

from dataclasses import replace

from flask import flash, redirect, render_template, request, url_for
from werkzeug.datastructures import MultiDict
from werkzeug.wrappers import Response

from plugin.domain import copy_kinds_for
from plugin.errors import CopydeskError
from plugin.services.shops import settings_for, update_settings
from plugin.shop_settings import ShopSettings
from plugin.storage.db import db
from plugin.web.auth import screen_shop
from plugin.web.screen.blueprint import bp
from plugin.web.screen.forms import AUTO_GENERATE, SEO_PLUGINS, TONES, settings_from_form


def _page(settings: ShopSettings, error: str = "", status: int = 200) -> tuple[str, int]:
    return (
        render_template(
            "settings.html",
            shop=screen_shop(),
            settings=settings,
            tones=TONES,
            auto_generate=AUTO_GENERATE,
            kinds=copy_kinds_for(screen_shop().platform),
            seo_plugins=SEO_PLUGINS,
            error=error,
        ),
        status,
    )


@bp.get("/settings")
def settings() -> tuple[str, int]:
    return _page(settings_for(screen_shop()))


@bp.post("/settings")
def settings_post() -> Response | tuple[str, int]:
    shop = screen_shop()
    try:
        changes = settings_from_form(request.form, shop.platform)
        update_settings(db.session, shop, changes)
        db.session.commit()
    except CopydeskError as exc:
        db.session.rollback()
        return _page(_typed_back(settings_for(shop), request.form), exc.message, exc.status)
    flash("Settings saved. New drafts follow them.", "ok")
    return redirect(url_for("screen.settings"))


def _typed_back(saved: ShopSettings, form: MultiDict[str, str]) -> ShopSettings:
    """The saved settings with the voice and word lists as the merchant typed them, so a
    refused form shows their input again beside its error."""
    return replace(
        saved,
        language=form.get("language", ""),
        tone=form.get("tone", ""),
        brand_voice=form.get("brand_voice", ""),
        banned_words=tuple(form.get("banned_words", "").splitlines()),
        bias_allow_list=tuple(form.get("bias_allow_list", "").splitlines()),
    )
