"""A new shop's copy language, from its store: Shopify's primary ``shopLocales`` entry, the
WordPress site language of a WooCommerce store.

The language is taken from the store only while the merchant has not chosen one: the shop's
stored settings have no ``language`` yet, or the one they have came from the store
(``language_source: "store"``, which :func:`plugin.services.shops.update_settings` drops when a
merchant saves another language). So a reconnect refreshes a language the store gave, and never
touches one the merchant typed. A store that does not answer, or names a language we do not know,
leaves what there was (``en`` by default) and logs one line.
"""

from __future__ import annotations

import logging
import re

from babel import Locale, UnknownLocaleError
from sqlalchemy.orm import Session

from plugin.errors import StoreError
from plugin.ports import StoreAdapter
from plugin.services.shops import settings_for
from plugin.services.stores import adapter_for
from plugin.storage.models import Shop

log = logging.getLogger(__name__)

#: ``settings["language_source"]`` when the language was read from the store.
FROM_STORE = "store"
SOURCE_KEY = "language_source"
#: Languages whose written standard differs by country: the region is kept (pt-BR, zh-TW).
KEEP_REGION = frozenset({"pt", "zh"})
#: language, optional script, optional region, anything after (WordPress's ``de_DE_formal``).
_CODE = re.compile(
    r"([A-Za-z]{2,3})(?:[-_]([A-Za-z]{4}))?(?:[-_]([A-Za-z]{2}|[0-9]{3}))?(?:[-_][A-Za-z0-9_-]*)?"
)


def normalize_store_language(code: str | None) -> str | None:
    """The setting's form of a platform's code: ``de_DE`` → ``de``, ``de_CH_informal`` → ``de``,
    ``pt_BR`` → ``pt-BR``, ``fr`` → ``fr``; None for no code or one that names no language."""
    match = _CODE.fullmatch((code or "").strip())
    if match is None:
        return None
    language, _script, region = match.groups()
    language = language.lower()
    try:
        Locale.parse(language)
    except (UnknownLocaleError, ValueError):
        return None
    if region and language in KEEP_REGION:
        try:
            Locale.parse(f"{language}_{region.upper()}")
        except (UnknownLocaleError, ValueError):
            return language
        return f"{language}-{region.upper()}"
    return language


def merchant_chose_language(shop: Shop) -> bool:
    """Whether the shop's language is the merchant's own (typed in Settings or the API)."""
    stored = shop.settings or {}
    return "language" in stored and stored.get(SOURCE_KEY) != FROM_STORE


def language_is_from_store(shop: Shop) -> bool:
    stored = shop.settings or {}
    return "language" in stored and stored.get(SOURCE_KEY) == FROM_STORE


def set_language_from_store(
    session: Session, shop: Shop, adapter: StoreAdapter | None = None
) -> str | None:
    """Ask the store its language and make it the shop's, unless the merchant chose one;
    returns the language set, or None when nothing changed. Never raises for the store."""
    if merchant_chose_language(shop):
        return None
    try:
        raw = (adapter or adapter_for(shop)).store_language()
    except StoreError as exc:
        log.warning(
            "could not read the store language of %s (%s); copy language stays %s",
            shop.name,
            exc.code if exc.status_code is None else f"{exc.code}, HTTP {exc.status_code}",
            settings_for(shop).language,
        )
        return None
    language = normalize_store_language(raw)
    if language is None:
        log.log(
            logging.INFO if raw is None else logging.WARNING,
            "store %s names %s; copy language stays %s",
            shop.name,
            "no language" if raw is None else f"a language we do not know ({raw[:40]!r})",
            settings_for(shop).language,
        )
        return None
    shop.settings = {**(shop.settings or {}), "language": language, SOURCE_KEY: FROM_STORE}
    session.flush()
    log.info("copy language of %s set from its store: %s", shop.name, language)
    return language
