"""A listing from JSON that nobody has validated (``copydesk check``, eval sets): every field is
checked against ``docs/listing-json.md`` first, so bad input is a clear ``ListingFormatError``
and never a traceback from deep inside the checks.

Lenient only where the meaning is plain: a price given as a JSON number, and an option or
attribute given as one value instead of a list of values. Anything nested deeper than the
format allows, or of another type, is an error that names the field.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from plugin.domain import Listing

_STRINGS = ("external_id", "title", "description_html", "short_description_html", "vendor",
            "product_type", "sku", "currency")  # fmt: skip
_STRING_LISTS = ("tags", "categories", "image_alts")


class ListingFormatError(ValueError):
    """The JSON is not a listing in the documented format; the message names the field."""


def listing_from_json(data: Any) -> Listing:
    """A ``Listing`` from parsed JSON, or ``ListingFormatError`` saying which field is wrong."""
    if not isinstance(data, dict):
        raise ListingFormatError("a listing must be a JSON object")
    if not isinstance(data.get("title"), str) or not data["title"].strip():
        raise ListingFormatError('a listing needs a "title" string')
    for key in _STRINGS:
        _optional_string(data, key, key)
    for key in _STRING_LISTS:
        _strings(data.get(key), key)
    updated = _optional_string(data, "updated_at", "updated_at")
    if updated:
        try:
            datetime.fromisoformat(updated)
        except ValueError as exc:
            raise ListingFormatError(f"updated_at: not an ISO 8601 date ({updated!r})") from exc
    if not isinstance(data.get("deleted", False), bool):
        raise ListingFormatError("deleted: must be true or false")
    clean = dict(data)
    clean["options"] = _value_lists(data.get("options"), "options")
    clean["attributes"] = _value_lists(data.get("attributes"), "attributes")
    clean["price"] = _price(data.get("price"), "price")
    variants = data.get("variants") or []
    if not isinstance(variants, list):
        raise ListingFormatError("variants: must be a list of objects")
    clean["variants"] = [_variant(v, f"variants[{i}]") for i, v in enumerate(variants)]
    _measure(data.get("weight"), "weight")
    _dimensions(data.get("dimensions"))
    _object(data.get("seo"), "seo", ("title", "description"))
    children = data.get("children") or []
    if not isinstance(children, list):
        raise ListingFormatError("children: must be a list of titles or objects")
    clean["children"] = [_child(c, f"children[{i}]") for i, c in enumerate(children)]
    faq = data.get("faq") or []
    if not isinstance(faq, list):
        raise ListingFormatError("faq: must be a list of {question, answer} objects")
    for i, item in enumerate(faq):
        _object(item, f"faq[{i}]", ("question", "answer"), required=True)
    return Listing.from_dict(clean)


def _optional_string(data: dict, key: str, where: str) -> str:
    value = data.get(key)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ListingFormatError(f"{where}: must be a string, not {_type(value)}")
    return value


def _strings(value: Any, where: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ListingFormatError(f"{where}: must be a list of strings")
    return value


def _scalar(value: Any, where: str) -> str:
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, str | int | float):
        return str(value)
    raise ListingFormatError(f"{where}: must be a string or a number, not {_type(value)}")


def _value_lists(value: Any, where: str) -> dict[str, list[str]]:
    """``{"name": ["value", …]}``; one scalar value stands for a list of one."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise ListingFormatError(f"{where}: must be an object of name -> list of values")
    out = {}
    for name, values in value.items():
        if isinstance(values, list):
            out[name] = [_scalar(v, f"{where}.{name}[{i}]") for i, v in enumerate(values)]
        else:
            out[name] = [_scalar(values, f"{where}.{name}")]
    return out


def _price(value: Any, where: str) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise ListingFormatError(f"{where}: must be a decimal string, not {_type(value)}")
    return str(value)


def _child(value: Any, where: str) -> str:
    """A grouped product's item: its title, or an object of ``title`` with its ``price`` and
    ``attributes`` read as one line ("Hawthorne Strainer, price 14.00, Material: steel")."""
    if isinstance(value, str):
        return value
    if not isinstance(value, dict) or not isinstance(value.get("title"), str):
        raise ListingFormatError(f"{where}: must be a title or an object with a title")
    parts = [value["title"]]
    price = _price(value.get("price"), f"{where}.price")
    if price:
        parts.append(f"price {price}")
    attributes = _value_lists(value.get("attributes"), f"{where}.attributes")
    parts += [f"{name}: {' / '.join(values)}" for name, values in attributes.items()]
    return ", ".join(parts)


def _variant(value: Any, where: str) -> dict:
    if not isinstance(value, dict):
        raise ListingFormatError(f"{where}: must be an object")
    names = {}
    for key in ("sku", "title", "external_id"):
        item = value.get(key)
        if item is not None and (isinstance(item, bool) or not isinstance(item, str | int)):
            raise ListingFormatError(f"{where}.{key}: must be a string")
        names[key] = "" if item is None else str(item)
    options = value.get("options") or {}
    if not isinstance(options, dict):
        raise ListingFormatError(f"{where}.options: must be an object of name -> value")
    _measure(value.get("weight"), f"{where}.weight")
    return {
        **value,
        **names,
        "price": _price(value.get("price"), f"{where}.price"),
        "compare_at_price": _price(value.get("compare_at_price"), f"{where}.compare_at_price"),
        "options": {k: _scalar(v, f"{where}.options.{k}") for k, v in options.items()},
    }


def _number(value: Any, where: str, optional: bool = False) -> None:
    if value is None and optional:
        return
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ListingFormatError(f"{where}: must be a number, not {_type(value)}")


def _measure(value: Any, where: str) -> None:
    if value is None:
        return
    if not isinstance(value, dict) or set(value) != {"value", "unit"}:
        raise ListingFormatError(f'{where}: must be {{"value": number, "unit": string}}')
    _number(value["value"], f"{where}.value")
    if not isinstance(value["unit"], str):
        raise ListingFormatError(f"{where}.unit: must be a string")


def _dimensions(value: Any) -> None:
    if value is None:
        return
    keys = {"length", "width", "height", "unit"}
    if not isinstance(value, dict) or not set(value) <= keys or "unit" not in value:
        raise ListingFormatError('dimensions: must be {"length", "width", "height", "unit"}')
    for key in ("length", "width", "height"):
        _number(value.get(key), f"dimensions.{key}", optional=True)
    if not isinstance(value["unit"], str):
        raise ListingFormatError("dimensions.unit: must be a string")


def _object(value: Any, where: str, keys: tuple[str, ...], required: bool = False) -> None:
    if value is None and not required:
        return
    if not isinstance(value, dict) or set(value) != set(keys):
        raise ListingFormatError(f"{where}: must be an object with {', '.join(keys)}")
    for key in keys:
        if not isinstance(value[key], str):
            raise ListingFormatError(f"{where}.{key}: must be a string")


def _type(value: Any) -> str:
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    if value is None:
        return "null"
    return {bool: "a boolean", int: "a number", float: "a number", str: "a string"}.get(
        type(value), type(value).__name__
    )
