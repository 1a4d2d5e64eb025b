"""Sanity checks for the frozen guardrails holdout set v59 (standard library only).

Run:  python tests/guardrails/holdout_v59/check_set.py
It only checks the set's own consistency; it never runs the checker.
"""
import collections
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

CATEGORIES = {
    "accuracy.number", "accuracy.price", "accuracy.material", "accuracy.colour", "accuracy.certification",
    "accuracy.origin", "accuracy.size", "accuracy.category", "accuracy.feature", "accuracy.care",
    "accuracy.warranty", "accuracy.brand", "accuracy.compatibility", "compliance.shipping", "compliance.health",
    "compliance.absolute", "compliance.environmental", "compliance.social_proof",
}
SOURCES = ("clean", "faulty", "model-plain", "model-planned")
KINDS = ("description", "short_description", "seo", "faq")
MINIMUM = {"clean": 145, "faulty": 185, "model-plain": 15, "model-planned": 25}
MIN_MODEL = 45
MIN_TOTAL = 350
MAX_TOTAL = 390
MIN_LISTINGS = 28
MIN_LABEL_FREE_SHARE = 0.45
MIN_FAULTY_PER_CATEGORY = 3
DRAFTS_PER_LISTING = (8, 18)
ID_PREFIX = "gv59-"


def load_raw_model_output():
    """(path, kind, key) -> text from the runner's raw files, which the set must copy unchanged.

    A raw row with an empty text (the model wrote nothing) stays in the raw file but is not a draft;
    the second value returned lists those keys.
    """
    raw = {}
    empty = []
    for name in sorted(glob.glob(os.path.join(HERE, "model_raw_*.jsonl"))):
        with open(name, encoding="utf-8") as f:
            for line in f:
                row = json.loads(line)
                key = (row["path"], row["kind"], row["key"])
                assert key not in raw and key not in empty, (
                    f"{os.path.basename(name)}: {key} appears twice in the raw output")
                if row["text"].strip():
                    raw[key] = row["text"]
                else:
                    empty.append(key)
    return raw, empty


def check_text_shape(where, kind, text):
    if kind == "seo":
        obj = json.loads(text)
        assert isinstance(obj, dict) and set(obj) == {"title", "description"}, f"{where}: bad seo JSON"
    elif kind == "faq":
        obj = json.loads(text)
        assert isinstance(obj, list) and obj, f"{where}: bad faq JSON"
        for item in obj:
            assert isinstance(item, dict) and set(item) == {"question", "answer"}, f"{where}: bad faq item"
    else:
        assert text.strip(), f"{where}: empty {kind}"


def main():
    with open(os.path.join(HERE, "listings.json"), encoding="utf-8") as f:
        listings = json.load(f)
    assert isinstance(listings, dict), "listings.json must be an object key -> listing"
    assert len(listings) >= MIN_LISTINGS, f"only {len(listings)} listings"
    for key, lst in listings.items():
        assert isinstance(lst, dict) and lst.get("title"), f"listing {key} has no title"

    drafts = []
    with open(os.path.join(HERE, "drafts.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                drafts.append((n, json.loads(line)))

    ids = collections.Counter(d["id"] for _, d in drafts)
    dup = [i for i, c in ids.items() if c > 1]
    assert not dup, f"duplicate ids: {dup}"
    texts = collections.Counter((d["listing"], d["kind"], d["text"]) for _, d in drafts
                                if not d["source"].startswith("model-"))
    same = [k for k, c in texts.items() if c > 1]
    assert not same, f"hand-written draft written twice: {same[:3]}"
    raw, empty_raw = load_raw_model_output()

    by_source = collections.Counter()
    by_source_kind = collections.Counter()
    by_rule = collections.Counter()
    by_rule_sev = collections.Counter()
    by_rule_source = collections.Counter()
    labels_by_source = collections.Counter()
    per_listing = collections.Counter()
    model_seen = set()
    for n, d in drafts:
        where = f"line {n} ({d.get('id')})"
        for field in ("id", "listing", "kind", "source", "text", "labels"):
            assert field in d, f"{where}: missing {field}"
        assert d["id"].startswith(ID_PREFIX), f"{where}: id must start with {ID_PREFIX}"
        assert d["listing"] in listings, f"{where}: unknown listing {d['listing']}"
        assert d["source"] in SOURCES, f"{where}: bad source {d['source']}"
        assert d["kind"] in KINDS, f"{where}: bad kind {d['kind']}"
        text = d["text"]
        check_text_shape(where, d["kind"], text)
        if d["source"] == "clean":
            assert d["labels"] == [], f"{where}: clean draft with labels"
        if d["source"] == "faulty":
            assert len(d["labels"]) == 1, f"{where}: a faulty draft carries exactly one label"
        if d["source"].startswith("model-"):
            key = (d["source"][len("model-"):], d["kind"], d["listing"])
            assert key in raw, f"{where}: no raw model output for {key}"
            assert raw[key] == text, f"{where}: text differs from the raw model output"
            assert key not in model_seen, f"{where}: model output used twice"
            model_seen.add(key)
        for lab in d["labels"]:
            for field in ("rule", "start", "end", "claim", "severity", "why"):
                assert field in lab, f"{where}: label missing {field}"
            assert lab["rule"] in CATEGORIES, f"{where}: bad category {lab['rule']}"
            assert lab["severity"] in ("block", "warn"), f"{where}: bad severity {lab['severity']}"
            assert lab["why"].strip(), f"{where}: label without a reason"
            assert 0 <= lab["start"] < lab["end"] <= len(text), f"{where}: span out of range"
            assert text[lab["start"]:lab["end"]] == lab["claim"], (
                f"{where}: text[{lab['start']}:{lab['end']}] = {text[lab['start']:lab['end']]!r} "
                f"!= claim {lab['claim']!r}")
            by_rule[lab["rule"]] += 1
            by_rule_sev[(lab["rule"], lab["severity"])] += 1
            by_rule_source[(lab["rule"], "model" if d["source"].startswith("model-") else d["source"])] += 1
            labels_by_source[d["source"]] += 1
        spans = sorted((lab["start"], lab["end"]) for lab in d["labels"])
        for (_, end), (start, _) in zip(spans, spans[1:], strict=False):
            assert end <= start, f"{where}: overlapping labels"
        by_source[d["source"]] += 1
        by_source_kind[(d["source"], d["kind"])] += 1
        per_listing[d["listing"]] += 1

    assert model_seen == set(raw), f"raw model outputs missing from the set: {sorted(set(raw) - model_seen)}"
    for src, least in MINIMUM.items():
        assert by_source[src] >= least, f"{src}: {by_source[src]} drafts, need at least {least}"
    n_model = by_source["model-plain"] + by_source["model-planned"]
    assert n_model >= MIN_MODEL, f"{n_model} model drafts, need at least {MIN_MODEL}"
    assert MIN_TOTAL <= len(drafts) <= MAX_TOTAL, f"{len(drafts)} drafts, want {MIN_TOTAL}-{MAX_TOTAL}"
    for kind in KINDS:
        assert by_source_kind[("clean", kind)] and by_source_kind[("faulty", kind)], f"no clean or faulty {kind}"
    label_free = sum(1 for _, d in drafts if not d["labels"])
    share = label_free / len(drafts)
    assert share >= MIN_LABEL_FREE_SHARE, f"label-free share {share:.1%} below {MIN_LABEL_FREE_SHARE:.0%}"
    thin = sorted(c for c in CATEGORIES if by_rule_source[(c, "faulty")] < MIN_FAULTY_PER_CATEGORY)
    assert not thin, f"categories with fewer than {MIN_FAULTY_PER_CATEGORY} faulty drafts: {thin}"
    assert set(listings) == set(per_listing), "a listing has no draft"
    low, high = DRAFTS_PER_LISTING
    odd = {k: c for k, c in per_listing.items() if not low <= c <= high}
    assert not odd, f"listings outside {low}-{high} drafts: {odd}"

    print(f"listings: {len(listings)}   drafts: {len(drafts)}   labels: {sum(by_rule.values())}   "
          f"label-free share: {share:.1%}   clean share: {by_source['clean'] / len(drafts):.1%}")
    print()
    print(f"{'source':<15}{'drafts':>8}{'desc':>7}{'short':>7}{'seo':>6}{'faq':>6}{'labels':>8}{'w/ labels':>11}")
    with_labels = collections.Counter(d["source"] for _, d in drafts if d["labels"])
    for src in SOURCES:
        print(f"{src:<15}{by_source[src]:>8}{by_source_kind[(src, 'description')]:>7}"
              f"{by_source_kind[(src, 'short_description')]:>7}"
              f"{by_source_kind[(src, 'seo')]:>6}{by_source_kind[(src, 'faq')]:>6}"
              f"{labels_by_source[src]:>8}{with_labels[src]:>11}")
    print()
    print(f"{'category':<28}{'labels':>8}{'block':>7}{'warn':>6}{'faulty':>8}{'model':>7}")
    for rule in sorted(CATEGORIES):
        print(f"{rule:<28}{by_rule[rule]:>8}{by_rule_sev[(rule, 'block')]:>7}{by_rule_sev[(rule, 'warn')]:>6}"
              f"{by_rule_source[(rule, 'faulty')]:>8}{by_rule_source[(rule, 'model')]:>7}")
    print()
    print(f"raw model rows left out because the model wrote nothing: {sorted(empty_raw) or 'none'}")
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
