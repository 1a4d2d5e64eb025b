"""What the screen's query strings and forms mean: filters, edited copy and shop settings."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from werkzeug.datastructures import MultiDict

from plugin.domain import COPY_KINDS, DraftKind, copy_kinds_for
from plugin.errors import ValidationError
from plugin.services import queries
from plugin.shop_settings import AutoGenerate, SeoPlugin, ShopSettings, Tone

STATUSES = (
    "pending",
    "conflict",
    "approved",
    "published",
    "rejected",
    "failed",
    "reverted",
    "superseded",
)
KINDS = tuple(str(k) for k in COPY_KINDS)
# Short names for lists; the draft page and the settings spell SEO out.
KIND_LABELS = {
    "description": "Description",
    "short_description": "Short description",
    "seo": "SEO",
    "faq": "FAQ",
    "reply": "Reply",
}
KIND_TITLES = {**KIND_LABELS, "seo": "SEO title and description"}
VERDICTS = ("block", "warn", "pass")
SORTS = {
    "newest": "Newest first",
    "oldest": "Oldest first",
    "title": "Product A–Z",
    "verdict": "Blocked first",
}
PAGE_SIZES = (25, 50, 100)
TONES = tuple(Tone)
AUTO_GENERATE = {
    AutoGenerate.PLACEHOLDER: "Only for products whose text is missing or placeholder filler",
    AutoGenerate.ALWAYS: "Whenever a product changes",
    AutoGenerate.NEVER: "Never on its own (only when asked)",
}
SEO_PLUGINS = {
    SeoPlugin.NONE: "None (WooCommerce's own fields)",
    SeoPlugin.YOAST: "Yoast SEO",
    SeoPlugin.RANK_MATH: "Rank Math",
}
LANGUAGE = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})?")


@dataclass(frozen=True)
class QueueView:
    """The queue's filter, sort and page as given in the query string (and carried along)."""

    status: str = "pending"
    kind: str = ""
    verdict: str = ""
    product_type: str = ""
    q: str = ""
    sort: str = "newest"
    page: int = 1
    per_page: int = 25

    @classmethod
    def from_args(cls, args: MultiDict[str, str]) -> QueueView:
        def pick(name: str, allowed: tuple[str, ...] | dict[str, str], default: str = "") -> str:
            value = args.get(name, default)
            return value if value in allowed else default

        status = args.get("status", "pending")
        per_page = _int(args.get("per_page"), 25)
        return cls(
            status=status if status in (*STATUSES, "all") else "pending",
            kind=pick("kind", KINDS),
            verdict=pick("verdict", VERDICTS),
            product_type=args.get("product_type", "").strip()[:255],
            q=args.get("q", "").strip()[:200],
            sort=pick("sort", SORTS, "newest"),
            page=max(1, _int(args.get("page"), 1)),
            per_page=per_page if per_page in PAGE_SIZES else 25,
        )

    @property
    def filter(self) -> queries.DraftFilter:
        return queries.DraftFilter(
            status=None if self.status == "all" else self.status,
            kind=self.kind or None,
            verdict=self.verdict or None,
            product_type=self.product_type or None,
            q=self.q or None,
            sort=self.sort,
        )

    @property
    def page_query(self) -> queries.Page:
        return queries.Page(self.page, self.per_page)

    def args(self, **changes: Any) -> dict[str, Any]:
        """Query-string arguments for a link to this view with some of them changed."""
        data = {
            "status": self.status,
            "kind": self.kind,
            "verdict": self.verdict,
            "product_type": self.product_type,
            "q": self.q,
            "sort": self.sort,
            "page": self.page,
            "per_page": self.per_page,
            **changes,
        }
        defaults = {
            "kind": "",
            "verdict": "",
            "product_type": "",
            "q": "",
            "sort": "newest",
            "page": 1,
            "per_page": 25,
        }
        return {k: v for k, v in data.items() if defaults.get(k, None) != v}

    @property
    def filtered(self) -> bool:
        return bool(self.kind or self.verdict or self.product_type or self.q)


def _int(value: str | None, default: int) -> int:
    try:
        return int(value or default)
    except ValueError:
        return default


def content_from_form(kind: DraftKind | str, form: MultiDict[str, str]) -> str:
    """The draft text an edit form stands for: HTML as typed, SEO and FAQ fields as JSON."""
    kind = DraftKind(kind)
    if kind is DraftKind.SEO:
        return json.dumps(
            {
                "title": form.get("seo_title", "").strip(),
                "description": form.get("seo_description", "").strip(),
            },
            ensure_ascii=False,
        )
    if kind is DraftKind.FAQ:
        questions, answers = form.getlist("question"), form.getlist("answer")
        pairs = [
            {"question": q.strip(), "answer": a.strip()}
            for q, a in zip(questions, answers, strict=False)
            if q.strip() or a.strip()
        ]
        incomplete = [p for p in pairs if not (p["question"] and p["answer"])]
        if incomplete:
            raise ValidationError("every question needs an answer (clear both to remove a pair)")
        if not pairs:
            raise ValidationError("an FAQ needs at least one question and answer")
        return json.dumps(pairs, ensure_ascii=False)
    return form.get("content", "")


def faq_pairs(content: str) -> list[dict[str, str]]:
    """The question–answer pairs of an FAQ draft for its edit form ([] if it is not valid JSON)."""
    try:
        data = json.loads(content or "[]")
    except ValueError:
        return []
    if not isinstance(data, list):
        return []
    return [
        {"question": str(i.get("question", "")), "answer": str(i.get("answer", ""))}
        for i in data
        if isinstance(i, dict)
    ]


def seo_fields(content: str) -> dict[str, str]:
    try:
        data = json.loads(content or "{}")
    except ValueError:
        return {"title": "", "description": ""}
    if not isinstance(data, dict):
        return {"title": "", "description": ""}
    return {"title": str(data.get("title", "")), "description": str(data.get("description", ""))}


def _lines(
    form: MultiDict[str, str], field: str, *, limit: int = 200, width: int = 100
) -> list[str]:
    items = [w.strip() for w in re.split(r"[\n,]", form.get(field, "")) if w.strip()]
    if len(items) > limit:
        raise ValidationError(f"at most {limit} entries per list", field=field)
    if any(len(w) > width for w in items):
        raise ValidationError(f"each entry is at most {width} characters", field=field)
    return list(dict.fromkeys(items))


AUDIENCES_MAX = 20


def audiences_from_text(text: str) -> list[dict[str, str]]:
    """One audience a line, "name: what sets them apart" ("gift buyers: shopping for someone
    else"); a name alone is fine. Names are unique, case aside."""
    audiences: dict[str, dict[str, str]] = {}
    for line in (text or "").splitlines():
        name, _, description = line.partition(":")
        name, description = " ".join(name.split()), " ".join(description.split())
        if not name:
            continue
        if len(name) > 60 or len(description) > 200:
            raise ValidationError(
                "an audience's name is at most 60 characters, its line 200", field="audiences"
            )
        audiences.setdefault(name.lower(), {"name": name, "description": description})
    if len(audiences) > AUDIENCES_MAX:
        raise ValidationError(f"at most {AUDIENCES_MAX} audiences", field="audiences")
    return list(audiences.values())


def settings_from_form(form: MultiDict[str, str], platform: str) -> dict[str, Any]:
    """The changes a settings form asks for, validated; unknown or malformed input is refused."""
    language = form.get("language", "").strip()
    if not LANGUAGE.fullmatch(language):
        raise ValidationError("the language is a code such as en, de or pt-BR", field="language")
    tone = form.get("tone", "").strip()
    if not tone or len(tone) > 50:
        raise ValidationError("the tone is a word or two (at most 50 characters)", field="tone")
    brand_voice = form.get("brand_voice", "").strip()
    if len(brand_voice) > 4000:
        raise ValidationError(
            "the brand-voice sample is at most 4,000 characters", field="brand_voice"
        )
    auto = form.get("auto_generate", "")
    if auto not in AUTO_GENERATE:
        raise ValidationError("choose when drafts are written on their own", field="auto_generate")
    kinds = [k for k in form.getlist("auto_kinds") if k in copy_kinds_for(platform)]
    changes: dict[str, Any] = {
        "language": language,
        "tone": tone,
        "brand_voice": brand_voice,
        "banned_words": _lines(form, "banned_words"),
        "competitors": _lines(form, "competitors"),
        "bias_allow_list": _lines(form, "bias_allow_list"),
        "auto_generate": auto,
        "auto_kinds": kinds or ["description"],
        "audiences": audiences_from_text(form.get("audiences", "")),
    }
    if platform == "woocommerce":
        plugin = form.get("seo_plugin", "")
        if plugin not in SEO_PLUGINS:
            raise ValidationError("choose one of the listed SEO plugins", field="seo_plugin")
        changes["seo_plugin"] = plugin
    return changes


def settings_form(settings: ShopSettings) -> MultiDict[str, str]:
    """The settings form filled in with saved settings, as :func:`settings_from_form` reads it.
    The page always shows a form's fields: these on a visit, the merchant's own when a form is
    refused, so every field comes back as it was typed or ticked."""
    return MultiDict(
        [
            ("language", settings.language),
            ("tone", settings.tone),
            ("brand_voice", settings.brand_voice),
            ("banned_words", "\n".join(settings.banned_words)),
            ("competitors", "\n".join(settings.competitors)),
            ("bias_allow_list", "\n".join(settings.bias_allow_list)),
            (
                "audiences",
                "\n".join(
                    f"{a.name}: {a.description}" if a.description else a.name
                    for a in settings.audiences
                ),
            ),
            ("auto_generate", str(settings.auto_generate)),
            *(("auto_kinds", str(kind)) for kind in settings.auto_kinds),
            ("seo_plugin", str(settings.seo_plugin)),
        ]
    )
