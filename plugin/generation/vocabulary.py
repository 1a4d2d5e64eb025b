"""The kept vocabulary: the tokens the shop's languages and our output can use.

Gemma 3's vocabulary has 262,144 tokens in every script; copy in our languages is written with
about 150,000 of them. The local engine scores only those (``output_head``), so each decoding
step multiplies a much smaller output layer. A token is kept when its text uses only
characters of the configured languages (the letters of their alphabets, from CLDR's main
exemplar sets), ASCII, white space and the typographic marks copy uses; byte pieces (a part of
some character's UTF-8, the tokenizer's fallback) are kept too, so any character stays
writable, and so are the end tokens. Special and unused tokens are not.

The list is computed once per tokenizer and language set and cached as JSON in the model cache
(``<MODEL_CACHE_DIR>/vocabularies/``); a cache that cannot be written only costs the 2 s of
computing it again.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
from collections.abc import Collection, Sequence
from pathlib import Path
from typing import Any

from plugin.errors import ValidationError

log = logging.getLogger(__name__)

# Letters beyond ASCII of each language Copydesk writes in (CLDR main exemplar characters;
# capitals are derived). The same languages as the shopper replies (plugin/questions).
ALPHABETS: dict[str, str] = {
    "en": "",
    "de": "äöüß",
    "fr": "àâæçéèêëîïôœùûüÿ",
    "es": "áéíñóúü",
    "it": "àèéìòóù",
    "nl": "áäéëíïóöúü",
    "pt": "áàâãçéêíóôõú",
    "sv": "åäö",
    "da": "æøå",
    "nb": "àéóòôæøå",
    "fi": "åäöšž",
    "pl": "ąćęłńóśźż",
    "cs": "áčďéěíňóřšťúůýž",
}
DEFAULT_LANGUAGES = tuple(ALPHABETS)
# Marks any of them writes: quotes, dashes, ellipsis, bullets, currency, units, ordinals, the
# no-break and narrow no-break spaces (French puts the latter before ; : ! ?), ¡ and ¿.
COMMON = "\t\n\r\u00a0\u2009\u202f–—‐‑‘’‚“”„«»‹›…•·′″€£¥¢°×÷±½¼¾²³µ™®©§¶‰ªº¡¿"
ASCII = "".join(chr(c) for c in range(0x20, 0x7F))
# Bumped when the rule changes, so caches of the old rule are not trusted.
RULE_VERSION = 1


def parse_languages(value: Any) -> tuple[str, ...] | None:
    """The ``LANGUAGES`` setting: a comma-separated list or a JSON list of language codes, or
    ``all`` (every token, no restriction: returns None). Unset means every language we write."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return DEFAULT_LANGUAGES
    if isinstance(value, str):
        if value.strip().lower() == "all":
            return None
        value = value.split(",")
    codes = tuple(dict.fromkeys(str(code).strip().lower() for code in value if str(code).strip()))
    unknown = [code for code in codes if code not in ALPHABETS]
    if unknown or not codes:
        raise ValidationError(
            f"LANGUAGES must be 'all' or codes among {', '.join(ALPHABETS)}, not {value!r}"
        )
    return codes


def allowed_characters(languages: Collection[str]) -> frozenset[str]:
    letters = "".join(ALPHABETS[code] for code in languages)
    return frozenset(ASCII + COMMON + letters + letters.upper())


def kept_tokens(
    texts: Sequence[str],
    skipped: Collection[int],
    ends: Collection[int],
    languages: Collection[str],
) -> list[int]:
    """Ids of the tokens to keep, in order. ``texts``: each token's text, by id; ``skipped``:
    special tokens, never written; ``ends``: the end tokens, always kept."""
    allowed = allowed_characters(languages)
    kept = []
    for token, text in enumerate(texts):
        if token in ends:
            kept.append(token)
        elif token in skipped or not text:
            continue
        elif "\ufffd" in text or allowed.issuperset(text):
            kept.append(token)
    return kept


def _fingerprint(tokenizer: Any, ends: Collection[int], languages: Collection[str]) -> str:
    vocab = sorted(tokenizer.get_vocab().items(), key=lambda item: item[1])
    key = json.dumps(
        [RULE_VERSION, type(tokenizer).__name__, vocab, sorted(ends), sorted(languages)],
        ensure_ascii=False,
    )
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]


def _compute(tokenizer: Any, ends: Collection[int], languages: Collection[str]) -> list[int]:
    size = len(tokenizer)
    texts = tokenizer.batch_decode([[token] for token in range(size)])
    skipped = {token for token, added in tokenizer.added_tokens_decoder.items() if added.special}
    return kept_tokens(texts, skipped, ends, languages)


def kept_vocabulary(
    tokenizer: Any, ends: Collection[int], languages: Collection[str], cache_dir: Path
) -> list[int]:
    """The kept token ids for this tokenizer and language set, from the cache when there."""
    path = Path(cache_dir) / "vocabularies" / f"{_fingerprint(tokenizer, ends, languages)}.json"
    try:
        cached = json.loads(path.read_text(encoding="utf-8"))
        return [int(token) for token in cached["kept"]]
    except (OSError, ValueError, KeyError, TypeError):
        pass
    kept = _compute(tokenizer, ends, languages)
    record = {"languages": sorted(languages), "vocabulary": len(tokenizer), "kept": kept}
    try:
        _write(path, record)
    except OSError as exc:
        log.warning("cannot cache the kept vocabulary in %s: %s", path.parent, exc)
    return kept


def _write(path: Path, record: dict[str, Any]) -> None:
    """Written beside and renamed into place: a reader never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, scratch = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".json")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(record, out)
        os.replace(scratch, path)
    finally:
        if os.path.exists(scratch):
            os.unlink(scratch)
