"""``copydesk check``: run the guardrails alone on a draft file, print the verdict as JSON.

Exit status: 0 pass, 1 block, 3 warn, 2 for bad input (unreadable files, malformed listing JSON).
"""

from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path
from typing import Any, NoReturn

import click

from plugin.domain import DraftKind, Listing, Verdict, verdict_of
from plugin.guardrails import GuardrailPolicy, check
from plugin.guardrails.listing_input import ListingFormatError, listing_from_json
from plugin.language_id import language_notice
from plugin.shop_settings import ShopSettings

EXIT_CODES = {Verdict.PASS: 0, Verdict.BLOCK: 1, Verdict.WARN: 3}
BAD_INPUT = 2


@click.command("check")
@click.option(
    "--listing",
    "listing_path",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="The listing as JSON (see docs/listing-json.md).",
)
@click.option(
    "--text",
    "text_path",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help=(
        "The draft: HTML for a description or short_description, JSON for seo and faq, "
        "plain text for a reply."
    ),
)
@click.option(
    "--kind",
    type=click.Choice([k.value for k in DraftKind]),
    default=DraftKind.DESCRIPTION.value,
    show_default=True,
    help="What the draft is.",
)
@click.option(
    "--settings",
    "settings_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Optional shop settings JSON (language, banned_words, bias_allow_list, competitors).",
)
@click.option(
    "--edited",
    is_flag=True,
    help="The text is the merchant's own edit: length findings warn instead of blocking.",
)
def check_command(
    listing_path: Path, text_path: Path, kind: str, settings_path: Path | None, edited: bool
) -> None:
    """Check a draft against its listing with the guardrails and print the findings as JSON."""
    listing = _read_listing(listing_path)
    text = _read_text(text_path)
    settings = _read_json(settings_path, "settings") if settings_path else {}
    if not isinstance(settings, dict):
        _fail(f"{settings_path}: settings must be a JSON object")
    shop_settings = ShopSettings.from_stored(settings)
    policy = dataclasses.replace(GuardrailPolicy.from_settings(shop_settings), merchant_edit=edited)
    findings = check(listing, text, DraftKind(kind), policy)
    verdict = verdict_of(findings)
    result: dict[str, Any] = {"verdict": str(verdict), "findings": [f.to_dict() for f in findings]}
    # Notes that change no verdict: the listing written in another language than the shop's.
    notice = language_notice(listing, shop_settings.language)
    if notice:
        result["notices"] = [notice]
    click.echo(json.dumps(result, ensure_ascii=False, indent=2))
    sys.exit(EXIT_CODES[verdict])


def _read_listing(path: Path) -> Listing:
    data = _read_json(path, "listing")
    try:
        return listing_from_json(data)
    except ListingFormatError as exc:
        _fail(f"{path}: not a listing in the expected format: {exc}")


def _read_json(path: Path, what: str) -> Any:
    try:
        return json.loads(_read_text(path))
    except json.JSONDecodeError as exc:
        _fail(f"{path}: the {what} is not valid JSON ({exc})")
    except RecursionError:
        _fail(f"{path}: the {what} is nested too deeply to read")


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        _fail(f"{path}: cannot read the file ({exc.strerror or exc})")
    except UnicodeDecodeError:
        _fail(f"{path}: the file is not UTF-8 text")


def _fail(message: str) -> NoReturn:
    click.echo(f"Error: {message}", err=True)
    sys.exit(BAD_INPUT)
