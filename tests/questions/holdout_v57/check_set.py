#!/usr/bin/env python3
"""Validate the frozen holdout v57 question set (standard library only).

Usage: python3 check_set.py   (from anywhere; paths resolve from this file)
Copied from holdout v56's checker (itself from v55's, v54's, ..., v46's, v22's, ...).
Like v22, v57 has no questions on the demo catalogue, so the checker reads only the files in this
directory; the catalogue header is compared with WOO_HEADER below (the same list as v22's).
Changes from v22's checker: the SKU prefix, this docstring, and the Danish "hvor mange" floor,
which becomes a Norwegian (Bokmaal) one ("hvor mange" / "hvor mye" not about price), as in v40
(v57 has Swedish, Spanish, Dutch, German and French too; the floor counts only Norwegian).
Every other check and floor is v22's. The non-Latin letter check is kept. Exits non-zero if any
check fails; prints a summary by label, language and family.
"""

import csv
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent


HOLDOUT_CSV = HERE / "catalog.csv"
# every SKU in the v57 catalogue (shop "Signal Box Models") starts with this prefix
SKU_PREFIX = "SB-"
POLICIES = HERE / "policies.json"
QUESTIONS = HERE / "questions.jsonl"

LABELS = {"answerable", "unanswerable", "adversarial"}
ATTACKS = {"injection", "other_customer", "discount", "abuse"}
# WooCommerce's product CSV export columns, in export order (weight in lbs, dimensions in inches)
WOO_HEADER = [
    "ID",
    "Type",
    "SKU",
    "Name",
    "Published",
    "Is featured?",
    "Visibility in catalog",
    "Short description",
    "Description",
    "Date sale price starts",
    "Date sale price ends",
    "Tax status",
    "Tax class",
    "In stock?",
    "Stock",
    "Low stock amount",
    "Backorders allowed?",
    "Sold individually?",
    "Weight (lbs)",
    "Length (in)",
    "Width (in)",
    "Height (in)",
    "Allow customer reviews?",
    "Purchase note",
    "Sale price",
    "Regular price",
    "Categories",
    "Tags",
    "Shipping class",
    "Images",
    "Download limit",
    "Download expiry days",
    "Parent",
    "Grouped products",
    "Upsells",
    "Cross-sells",
    "External URL",
    "Button text",
    "Position",
    "Brands",
    "Download 1 ID",
    "Download 1 name",
    "Download 1 URL",
    "Download 2 ID",
    "Download 2 name",
    "Download 2 URL",
    *[
        f"Attribute {i} {part}"
        for i in (1, 2, 3)
        for part in ("name", "value(s)", "visible", "global")
    ],
]
# languages Copydesk replies in (docs/configuration.md, reply_languages)
REPLY_LANGUAGES = {"en", "de", "fr", "es", "it", "nl", "pt", "sv", "da", "nb", "fi", "pl", "cs"}
KEYS = {"id", "catalog", "product", "question", "language", "label", "expect", "attack", "family"}
MINIMA = {
    "total": 150,
    "answerable": 68,
    "unanswerable": 54,
    "adversarial": 27,
    "foreign": 60,
    "foreign_languages": 5,
    "products": 30,
    "pii": 8,
    "nb_not_price": 5,
}
# languages besides English that need at least this many answerable questions each
FOREIGN_ANSWERABLE = {"languages": 5, "each": 5}
# target label shares (answerable / unanswerable / adversarial), each within +-5 points
SHARES = {"answerable": 0.45, "unanswerable": 0.35, "adversarial": 0.20}
FAMILIES = {
    "answerable": {
        "variant_option",
        "variant_absent",
        "variant_price",
        "sale_price",
        "stock",
        "product_kind",
        "grouped",
        "category",
        "dimensions",
        "attributes",
        "description",
        "policy",
        "pii",
    },
    "unanswerable": {
        "fit",
        "care_missing",
        "material_missing",
        "dimensions_missing",
        "compatibility",
        "warranty",
        "restock",
        "policy_missing",
        "other",
    },
}
CATALOG_MINIMA = {
    "products": 30,
    "variable": 7,
    "grouped": 3,
    "external": 3,
    "downloadable": 3,
    "virtual": 2,
    "on_sale": 3,
}

# Cyrillic, Greek and Armenian letters: none of the reply languages uses them
NON_LATIN = re.compile(r"[\u0370-\u03ff\u0400-\u052f\u0530-\u058f]")

errors: list[str] = []


def err(msg):
    errors.append(msg)


def load_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        header = next(reader)
        rows = [dict(zip(header, r, strict=False)) for r in reader if any(c.strip() for c in r)]
    for i, r in enumerate(rows, 2):
        if len(r) != len(header):
            err(f"{path.name}: line {i} has {len(r)} fields, header has {len(header)}")
    return header, rows


def price(v):
    try:
        return float(v)
    except (TypeError, ValueError):
        return None


def check_catalog(header, rows):
    if header != WOO_HEADER:
        err("catalog.csv header differs from WOO_HEADER")
    by_sku = {}
    for r in rows:
        sku = r.get("SKU", "")
        if not sku:
            err(f"catalog.csv: row ID {r.get('ID')} has no SKU")
        elif sku in by_sku:
            err(f"catalog.csv: duplicate SKU {sku}")
        elif not sku.startswith(SKU_PREFIX):
            err(f"catalog.csv: SKU {sku} does not start with {SKU_PREFIX}")
        by_sku[sku] = r
    ids = [r.get("ID") for r in rows]
    if len(ids) != len(set(ids)):
        err("catalog.csv: duplicate IDs")
    types = Counter(r["Type"] for r in rows)
    parents = [r for r in rows if r["Type"] != "variation"]
    if len(parents) < CATALOG_MINIMA["products"]:
        err(f"catalog.csv: only {len(parents)} products (need >= {CATALOG_MINIMA['products']})")
    # variable products and their variations
    variable = [r for r in rows if r["Type"] == "variable"]
    good_variable = 0
    for v in variable:
        kids = [r for r in rows if r["Type"] == "variation" and r["Parent"] == v["SKU"]]
        prices = {(r["Regular price"], r["Sale price"]) for r in kids}
        if not kids:
            err(f"catalog.csv: variable {v['SKU']} has no variations")
        elif len(prices) < 2:
            err(f"catalog.csv: variations of {v['SKU']} all have the same price")
        else:
            good_variable += 1
        for k in kids:
            if not k["Attribute 1 name"] or not k["Attribute 1 value(s)"]:
                err(f"catalog.csv: variation {k['SKU']} has no attribute value")
    for r in rows:
        if r["Type"] == "variation" and r["Parent"] not in by_sku:
            err(f"catalog.csv: variation {r['SKU']} has unknown parent {r['Parent']}")
    colour_size = [
        v["SKU"]
        for v in variable
        if {"Color", "Size"}
        <= {
            r[f"Attribute {i} name"]
            for r in rows
            if r["Type"] == "variation" and r["Parent"] == v["SKU"]
            for i in (1, 2)
        }
    ]
    if not colour_size:
        err("catalog.csv: no variable product has variations by both Color and Size")
    if good_variable < CATALOG_MINIMA["variable"]:
        err(
            f"catalog.csv: {good_variable} variable products with differently priced variations "
            f"(need >= {CATALOG_MINIMA['variable']})"
        )
    var_sale = [r for r in rows if r["Type"] == "variation" and r["Sale price"]]
    if not var_sale:
        err("catalog.csv: no variation is on sale")
    on_sale = [
        r
        for r in rows
        if price(r["Sale price"]) is not None
        and price(r["Regular price"]) is not None
        and price(r["Sale price"]) < price(r["Regular price"])
    ]
    bad_sale = [
        r["SKU"]
        for r in rows
        if r["Sale price"]
        and (
            price(r["Regular price"]) is None
            or price(r["Sale price"]) is None
            or price(r["Sale price"]) >= price(r["Regular price"])
        )
    ]
    if bad_sale:
        err(f"catalog.csv: sale price not below regular price: {bad_sale}")
    if len(on_sale) < CATALOG_MINIMA["on_sale"]:
        err(f"catalog.csv: {len(on_sale)} rows on sale (need >= {CATALOG_MINIMA['on_sale']})")
    stock_states = {r["In stock?"] for r in rows}
    for state, word in (("1", "in stock"), ("0", "out of stock"), ("backorder", "on backorder")):
        if state not in stock_states:
            err(f"catalog.csv: no row is {word} (In stock? = {state})")
    if not any(r["Weight (lbs)"] and r["Length (in)"] for r in parents):
        err("catalog.csv: no product has a weight and dimensions")
    cats = {r["Categories"] for r in parents if r["Categories"]}
    if len(cats) < 10:
        err(f"catalog.csv: only {len(cats)} distinct categories (need >= 10)")
    top = {c.split(">")[0].strip() for c in cats}
    if len(top) < 8:
        err(f"catalog.csv: only {len(top)} top-level categories (need >= 8)")
    grouped = [r for r in rows if r["Type"] == "grouped"]
    for g in grouped:
        kids = [s.strip() for s in g["Grouped products"].split(",") if s.strip()]
        if not kids:
            err(f"catalog.csv: grouped {g['SKU']} lists no children")
        for k in kids:
            if k not in by_sku or by_sku[k]["Type"] != "simple":
                err(
                    f"catalog.csv: grouped {g['SKU']} child {k} is not a simple product in the file"
                )
    if len(grouped) < CATALOG_MINIMA["grouped"]:
        err(f"catalog.csv: need >= {CATALOG_MINIMA['grouped']} grouped products")
    external = [r for r in rows if r["Type"] == "external"]
    for e in external:
        host = re.sub(r"^https?://([^/]+).*$", r"\1", e["External URL"])
        if not host.endswith(".example") or not e["Button text"]:
            err(f"catalog.csv: external {e['SKU']} needs a .example URL and Button text")
    if len(external) < CATALOG_MINIMA["external"]:
        err(f"catalog.csv: need >= {CATALOG_MINIMA['external']} external products")
    downloads = [r for r in rows if r["Type"].replace(" ", "") == "simple,downloadable,virtual"]
    for d in downloads:
        if not d.get("Download 1 name") or ".example/" not in d.get("Download 1 URL", ""):
            err(f"catalog.csv: downloadable {d['SKU']} needs Download 1 name and a .example URL")
    if len(downloads) < CATALOG_MINIMA["downloadable"]:
        err(f"catalog.csv: need >= {CATALOG_MINIMA['downloadable']} downloadable/virtual products")
    virtual = [r for r in rows if r["Type"].replace(" ", "") == "simple,virtual"]
    if len(virtual) < CATALOG_MINIMA["virtual"]:
        err(f"catalog.csv: need >= {CATALOG_MINIMA['virtual']} virtual (not downloadable) products")
    for r in rows:
        for col in ("External URL", "Download 1 URL", "Download 2 URL"):
            url = r.get(col, "")
            if url and ".example" not in url:
                err(f"catalog.csv: {r['SKU']} {col} is not on a .example domain")
    return by_sku, types


def main():
    hold_header, hold_rows = load_csv(HOLDOUT_CSV)
    hold_by_sku, types = check_catalog(hold_header, hold_rows)
    catalogs = {"holdout": hold_by_sku}

    try:
        policies = json.loads(POLICIES.read_text(encoding="utf-8"))
        for k in ("shipping", "returns", "care"):
            if not isinstance(policies.get(k), str) or not policies[k].strip():
                err(f"policies.json: missing or empty '{k}'")
    except (OSError, ValueError) as e:
        err(f"policies.json: {e}")
        policies = {}

    questions = []
    for n, line in enumerate(QUESTIONS.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            questions.append(json.loads(line))
        except ValueError as e:
            err(f"questions.jsonl line {n}: invalid JSON ({e})")

    ids = Counter(q.get("id") for q in questions)
    for i, c in ids.items():
        if c > 1:
            err(f"duplicate id {i}")
    texts = Counter(q.get("question", "").strip().lower() for q in questions)
    for t, c in texts.items():
        if c > 1:
            err(f"duplicate question text: {t!r}")

    for q in questions:
        qid = q.get("id", "?")
        missing = KEYS - q.keys()
        if missing:
            err(f"{qid}: missing keys {sorted(missing)}")
            continue
        if not re.fullmatch(r"q\d{3,}", qid):
            err(f"{qid}: id should look like q001")
        if q["catalog"] not in catalogs:
            err(f"{qid}: unknown catalog {q['catalog']!r}")
        elif q["product"] not in catalogs[q["catalog"]]:
            err(f"{qid}: SKU {q['product']!r} not in the {q['catalog']} catalogue")
        if not q["question"].strip():
            err(f"{qid}: empty question")
        if q["language"] not in REPLY_LANGUAGES:
            err(f"{qid}: language must be one of {sorted(REPLY_LANGUAGES)}")
        if q["label"] not in LABELS:
            err(f"{qid}: bad label {q['label']!r}")
        if not isinstance(q["expect"], list) or not all(
            isinstance(x, str) and x.strip() for x in q["expect"]
        ):
            err(f"{qid}: expect must be a list of non-empty strings")
        if q["label"] == "answerable" and not q["expect"]:
            err(f"{qid}: answerable question needs at least one expect string")
        if q["label"] != "answerable" and q["expect"]:
            err(f"{qid}: {q['label']} question must have expect []")
        for exp in q["expect"] if isinstance(q["expect"], list) else []:
            if isinstance(exp, str) and exp.strip() and exp.lower() in q["question"].lower():
                err(f"{qid}: expect string {exp!r} occurs in the question (an echo would match)")
        for text in [q["question"], *(q["expect"] if isinstance(q["expect"], list) else [])]:
            if isinstance(text, str) and NON_LATIN.search(text):
                err(f"{qid}: non-Latin letters in {text!r} (a look-alike typed by mistake?)")
        if q["label"] == "adversarial":
            if q["attack"] not in ATTACKS:
                err(f"{qid}: adversarial question needs attack in {sorted(ATTACKS)}")
            elif q["family"] != q["attack"]:
                err(f"{qid}: adversarial family must equal attack")
        elif q["label"] in FAMILIES and q["family"] not in FAMILIES[q["label"]]:
            err(f"{qid}: family {q['family']!r} is not allowed for {q['label']}")
        elif q["attack"]:
            err(f"{qid}: only adversarial questions carry an attack")
        if "pii" in q:
            if q["label"] != "answerable":
                err(f"{qid}: pii questions must be answerable")
            if not isinstance(q["pii"], list) or not q["pii"]:
                err(f"{qid}: pii must be a non-empty list")
            else:
                for p in q["pii"]:
                    if p not in q["question"]:
                        err(f"{qid}: pii value {p!r} does not occur in the question")
                    if any(p.lower() in e.lower() for e in q["expect"]):
                        err(f"{qid}: pii value {p!r} occurs in an expect string")
                if not any("@" in p or sum(ch.isdigit() for ch in p) >= 7 for p in q["pii"]):
                    err(f"{qid}: pii lists no e-mail address or phone number")

    by_label = Counter(q.get("label") for q in questions)
    by_lang = Counter(q.get("language") for q in questions)
    by_family = Counter((q.get("label"), q.get("family")) for q in questions)
    by_catalog = Counter(q.get("catalog") for q in questions)
    foreign = [q for q in questions if q.get("language") != "en"]
    foreign_langs = {q["language"] for q in foreign}
    products = {(q.get("catalog"), q.get("product")) for q in questions}
    pii = [q for q in questions if q.get("pii")]

    # Norwegian "hvor mange" / "hvor mye" ("how many / how much") is often not about price
    nb_not_price = sum(
        1
        for q in questions
        if q.get("language") == "nb"
        and any(w in q.get("question", "").lower() for w in ("hvor mange", "hvor mye"))
        and not any(w in q.get("question", "").lower() for w in ("kost", "pris", "kr"))
    )
    need = {
        "nb_not_price": nb_not_price,
        "total": len(questions),
        "answerable": by_label["answerable"],
        "unanswerable": by_label["unanswerable"],
        "adversarial": by_label["adversarial"],
        "foreign": len(foreign),
        "foreign_languages": len(foreign_langs),
        "products": len(products),
        "pii": len(pii),
    }
    for k, v in need.items():
        if v < MINIMA[k]:
            err(f"count {k} = {v}, need >= {MINIMA[k]}")
    for lab, share in SHARES.items():
        got = by_label[lab] / max(len(questions), 1)
        if abs(got - share) > 0.05:
            err(f"share of {lab} is {got:.1%}, target {share:.0%} +- 5 points")
    if set(by_catalog) != {"holdout"}:
        err("every question must be on the holdout catalogue")
    not_asked = sorted(
        sku
        for sku, r in hold_by_sku.items()
        if r["Type"] != "variation" and ("holdout", sku) not in products
    )
    if not_asked:
        err(f"catalogue products with no question: {not_asked}")
    not_plain = sorted(
        sku
        for sku, r in hold_by_sku.items()
        if r["Type"] != "variation"
        and not any(
            q.get("product") == sku and q.get("label") in ("answerable", "unanswerable")
            for q in questions
        )
    )
    if not_plain:
        err(f"catalogue products with only hostile questions: {not_plain}")
    answerable_by_lang = Counter(q["language"] for q in foreign if q.get("label") == "answerable")
    rich = [lang for lang, c in answerable_by_lang.items() if c >= FOREIGN_ANSWERABLE["each"]]
    if len(rich) < FOREIGN_ANSWERABLE["languages"]:
        err(
            f"only {len(rich)} languages besides English have >= {FOREIGN_ANSWERABLE['each']} "
            "answerable questions "
            f"(need {FOREIGN_ANSWERABLE['languages']})"
        )
    for q in questions:
        for p in q.get("pii", []):
            if "@" in p and not p.split("@")[-1].endswith(".example"):
                err(f"{q.get('id')}: e-mail {p!r} is not on a .example domain")
    foreign_answerable = sum(1 for q in foreign if q.get("label") == "answerable")
    if foreign_answerable * 2 <= len(foreign):
        err("foreign-language questions should be mostly answerable")

    # informational: answerable questions with no expect string found verbatim in the source rows
    def source_text(q):
        cat = catalogs.get(q.get("catalog"), {})
        sku = q.get("product")
        rows = [r for r in cat.values() if r.get("SKU") == sku or r.get("Parent") == sku]
        if sku in cat:
            for child in cat[sku].get("Grouped products", "").split(","):
                if child.strip() in cat:
                    rows.append(cat[child.strip()])
        text = " ".join(" ".join(r.values()) for r in rows)
        if q.get("catalog") == "holdout":
            text += " " + " ".join(policies.values())
        return text.lower().replace("\\,", ",")

    ungrounded = [
        q["id"]
        for q in questions
        if q.get("label") == "answerable"
        and not any(e.lower() in source_text(q) for e in q.get("expect", []))
    ]

    print(f"questions: {len(questions)}  (all on the holdout catalogue)")
    print(
        f"products asked about: {len(products)} of "
        f"{sum(1 for r in hold_by_sku.values() if r['Type'] != 'variation')} in the catalogue"
    )
    print(f"holdout catalogue: {len(hold_rows)} rows, types {dict(sorted(types.items()))}")
    print(
        "by label:    "
        + ", ".join(f"{k} {v} ({v / len(questions):.1%})" for k, v in sorted(by_label.items()))
    )
    print("by language: " + ", ".join(f"{k} {v}" for k, v in sorted(by_lang.items())))
    print(
        f"foreign: {len(foreign)} in {len(foreign_langs)} languages "
        f"({foreign_answerable} answerable); "
        f"with pii: {len(pii)}; Norwegian 'hvor mange/mye' not about price: {nb_not_price}"
    )
    print(
        "answerable by language: "
        + ", ".join(
            f"{k} {v}"
            for k, v in sorted(
                Counter(
                    q.get("language") for q in questions if q.get("label") == "answerable"
                ).items()
            )
        )
    )
    print(
        "by attack:   "
        + ", ".join(
            f"{k} {v}"
            for k, v in sorted(
                Counter(q.get("attack") for q in questions if q.get("attack")).items()
            )
        )
    )
    print("by family:")
    for label in ("answerable", "unanswerable", "adversarial"):
        fams = sorted(
            ((f, c) for (lab, f), c in by_family.items() if lab == label),
            key=lambda x: (-x[1], x[0]),
        )
        print(f"  {label}: " + ", ".join(f"{f} {c}" for f, c in fams))
    print(
        f"info: {len(ungrounded)} answerable questions have no expect string verbatim "
        "in their rows/policies "
        f"(yes/no answers, translations): {' '.join(ungrounded)}"
    )
    if errors:
        print(f"\nFAILED: {len(errors)} problem(s)")
        for problem in errors:
            print("  - " + problem)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
