"""What a copy editor rejects first in the other kinds, counted with no model, per seen set.

The hook the model would write is replaced by its fallback (as in ``reasons_coverage.py``), so
these are the planner's and the renderers' figures, not the blind rating (``blind_rating.py``
``kinds`` mode decides). Per set:

- meta: the share of SEO meta descriptions 120–160 characters long (COPY.md's range);
- label: the share whose meta pastes a label of the listing's list ("Color: Sage.");
- title: the share of SEO titles of 70 characters or fewer;
- faq/l: FAQ questions per listing;
- restate: the share of FAQ questions that restate a list row ("What is its length?");
- raw: the share of FAQ questions holding a raw key ("FOOD_CONTACT", "cure_time_h");
- bare 2nd: the share of short descriptions whose second sentence is a bare spec (no reason,
  no choice: "Its heat-up time is about 60 seconds.");
- empty: the share of listings whose FAQ is empty (round 21);
- few: the share of listings whose FAQ has fewer than three questions (round 21);
- no why: the share of short descriptions with no sentence that gives a reason or a choice
  (round 21: the hook may now come second, so "bare 2nd" counts a hook said again with "it");
- copy1st: the share of short descriptions that open with the description's first sentence
  word for word (round 21);
- stiff: the share of FAQ questions that paste a label into "What … does it have?" (round 22:
  raters called them mechanical; "What kind of … does it have?" is not counted);
- and-opt: the share of FAQ answers that join a listing's option values with "and" (round 22:
  alternatives read as one product's members);
- choice1st: the share of short descriptions that open with a colour, size or option list;
- frame: the share of short descriptions whose first sentence uses the catalogue's most
  common frame (the two words after the product's name: "comes in", "has a");
- instr: the share of listings whose meta or short description tells the shopper what to do
  or warns ("Keep dry.", "do not refreeze", an expiry date, "see the list") (round 24);
- broken: the share whose meta or short description holds a sentence ``frame_fault`` rejects,
  with the product said as "It" (round 24; the renderers now use the same gate, so this partly
  measures the gate itself);
- intro: the share whose meta or short description opens "Introducing the …" (round 24);
- twice: the share of metas in which a sentence repeats an earlier one's words (fewer than
  half of its words new) (round 24);
- cut: the share of metas cut off mid-sentence ("…") (round 24);
- circular: the share of FAQ questions that hold the product's name or are answered
  "Introducing the …" (round 26: "What is the <name>? — The <name> is …");
- fragment: the share of FAQ answers that are no sentence (no subject, no yes or no, no
  instruction: "1/2 in BSW.", "3+.") (round 26);
- 2lang: the share of listings whose meta, short description or FAQ says a value in two
  languages side by side ("Ripstop-Polyamid 70D / Polyamide ripstop 70D"), the name aside
  (round 26);
- missing: the share of metas that say what is not included or sold separately, or open with
  what the product does not do (round 26);
- thin1st: the share of metas or short descriptions whose first sentence says at most one word
  the name does not ("is a line", "is a pig board measuring 90 x 70 cm") (round 26);
- named1st: the share of metas and short descriptions (of both, together) that open "The/This
  <name> …" (round 32: the opening heldout34's raters tagged repetitive on nearly every draft).

The held-out sets (``HELD_OUT`` in ``copy_quality.py``) are never read.
Run: ``.venv/bin/python bench/kinds_signals.py [--set demo] [--show]``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.copy_quality import HELD_OUT, SETS, load_set  # noqa: E402
from bench.reasons_coverage import REASON  # noqa: E402
from plugin.generation.compose import choose  # noqa: E402
from plugin.generation.name_in_prose import kinds_name, prose_name  # noqa: E402
from plugin.generation.plan import plan_description  # noqa: E402
from plugin.generation.render import (  # noqa: E402
    render_description,
    render_faq,
    render_seo,
    render_short,
)
from plugin.generation.value_shapes import frame_fault  # noqa: E402

_CHOICE = re.compile(r"^(Choose|Pick|Available|Select) |\bcomes? in\b")
_STIFF = re.compile(r"^What (?!kind of\b)[a-z][a-z -]* (does|do) (it|they) have\?$")
_RESTATE = re.compile(r"^What (is|are) (its|their) ")
_RAW = re.compile(r"_|\b[A-Z]{4,}\b")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
_INSTRUCTION = re.compile(
    r"(?i)\b(do not|don't|keep (dry|cool|away|refrigerated)|store (in|at|below)|refrigerate"
    r"|expiry|best before|use within|see (the )?(list|pack|model list|below))\b|^(Keep|Store) "
)
_WORDS = re.compile(r"[a-z0-9][a-z0-9'.-]*")
_FRAME = frozenset("a an the it its is are they their of in on and or to for with has have".split())
# A FAQ answer that is a sentence: a subject, a yes or no, or an instruction's verb first.
_SENTENCE_START = re.compile(
    r"^(It|They|The|Its|Their|Each|Yes|No|Serve|Use|A|An|This|These|There|Refrigerate|Keep|Store"
    r"|Wash|Hand|Machine|Rinse|Wipe|Hose|Do|Don't|Never|Send|Download|Made|Extremely)\b"
)
_LIMIT = re.compile(r"\b(not|never|no longer|cannot)\b")
_MISSING = re.compile(r"\b(not included|sold separately)\b")


def _two_languages(text: str) -> bool:
    return any(
        re.search(r"[^\W\d_]", a)
        and re.search(r"[^\W\d_]", b)
        and re.search(r"[^\W\d_]{3}", f"{a} {b}")
        for a, b in re.findall(r"(\S+) / (\S+)", text)
    )


def _thin_first(text: str, title: str) -> bool:
    first = _SENTENCE.split(text)[0]
    if not first.startswith(("The ", "This ", "These ")) or title not in first:
        return False
    first = re.split(r", (?:so|which|making|letting|keeping|meaning) ", first)[0]
    named = {w.strip(".") for w in _WORDS.findall(title.lower())}
    new = {
        w.strip(".,")
        for w in _WORDS.findall(first.replace(title, "").lower())
        if w.strip(".,") not in _FRAME and not any(w.strip(".,") in n for n in named)
    }
    return len(new) < 2


def _as_it(sentence: str, title: str) -> str:
    for opener in ("The ", "This ", "These "):
        if sentence.startswith(f"{opener}{title} "):
            return "It " + sentence[len(opener) + len(title) + 1 :]
    return sentence


def _named_first(text: str, title: str) -> bool:
    """Whether a meta or a short description opens "The/This <name> …" (round 32: heldout34's
    raters tagged 78–80 of 80 such drafts repetitive with the others)."""
    shown = {title, prose_name(title), kinds_name(title)}
    return any(text.startswith(f"{o} {name}") for o in ("The", "This", "These") for name in shown)


def _broken(text: str, title: str) -> bool:
    return any(
        s.startswith(("It ", "They ", "Its ", "Their ")) and frame_fault(s) is not None
        for s in (_as_it(s, title) for s in _SENTENCE.split(text))
    )


def _twice(text: str) -> bool:
    said: set[str] = set()
    for sentence in _SENTENCE.split(text):
        words = {w.strip(".") for w in _WORDS.findall(sentence.lower())} - _FRAME
        if said and (not words - said or 2 * len(words - said) < len(words)):
            return True
        said |= words
    return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    names = sorted(set(SETS) - HELD_OUT)
    parser.add_argument("--set", action="append", choices=names, help="default: all")
    parser.add_argument("--show", action="store_true", help="print each meta out of range")
    args = parser.parse_args()
    print(
        f"{'set':12} {'n':>4} {'meta':>5} {'label':>6} {'title':>6} {'faq/l':>6} "
        f"{'restate':>8} {'raw':>5} {'bare 2nd':>9} {'empty':>6} {'few':>5} {'no why':>7} "
        f"{'copy1st':>8} {'stiff':>6} {'and-opt':>8} {'choice1st':>10} {'frame':>6} "
        f"{'instr':>6} {'broken':>7} {'intro':>6} {'twice':>6} {'cut':>5} {'circular':>9} "
        f"{'fragment':>9} {'2lang':>6} {'missing':>8} {'thin1st':>8} {'named1st':>9}"
    )
    for name in args.set or names:
        listings = load_set(name)
        in_range = pasted = titled = restated = raw = bare = empty = few = copied = why = 0
        questions = stiff = and_opt = choice_first = 0
        instr = broken = intro = twice = cut = 0
        circular = fragment = two_lang = missing = thin = named = 0
        frames: dict[str, int] = {}
        for listing in listings:
            plan = plan_description(listing)
            written = choose(plan, listing, {}, None)
            seo = json.loads(render_seo(plan, written))
            meta = seo["description"]
            in_range += 120 <= len(meta) <= 160
            titled += len(seo["title"]) <= 70
            pasted += any(f"{label}: " in meta for label, _ in plan.fact_list)
            if args.show and not 120 <= len(meta) <= 160:
                print(f"  {len(meta):>3} {meta}")
            items = json.loads(render_faq(plan, written))
            asked = [item["question"] for item in items]
            stiff += sum(bool(_STIFF.match(q)) for q in asked)
            options = [vs for vs in listing.options.values() if len(vs) > 1]
            and_opt += sum(
                any(f"{vs[-2]} and {vs[-1]}".lower() in item["answer"].lower() for vs in options)
                for item in items
            )
            questions += len(asked)
            empty += not asked
            few += len(asked) < 3
            described = re.sub(r"<[^>]+>", "", render_description(plan, written)).strip()
            opening = _SENTENCE.split(described)[0]
            restated += sum(bool(_RESTATE.match(q)) for q in asked)
            raw += sum(bool(_RAW.search(q.replace(plan.listing_title, ""))) for q in asked)
            short = re.sub(r"<[^>]+>", "", render_short(plan, written)).strip()
            second = _SENTENCE.split(short)[1:2]
            copied += bool(opening) and short.startswith(opening)
            lead = _SENTENCE.split(short)[0]
            choice_first += bool(_CHOICE.search(lead))
            after = lead.split(plan.listing_title, 1)[-1].split()[:2]
            frames[" ".join(after)] = frames.get(" ".join(after), 0) + 1
            why += not any(REASON.search(t) or _CHOICE.search(t) for t in _SENTENCE.split(short))
            bare += bool(second) and not (REASON.search(second[0]) or _CHOICE.search(second[0]))
            instr += any(_INSTRUCTION.search(s) for s in _SENTENCE.split(f"{meta} {short}"))
            title = plan.listing_title
            broken += _broken(meta, title) or _broken(short, title)
            intro += meta.startswith("Introducing the") or short.startswith("Introducing the")
            twice += _twice(meta)
            cut += meta.endswith("…")
            circular += sum(
                title in i["question"] or i["answer"].startswith("Introducing") for i in items
            )
            fragment += sum(not _SENTENCE_START.match(i["answer"]) for i in items)
            said = " ".join([meta, short, *(i["answer"] for i in items)]).replace(title, "")
            two_lang += _two_languages(said)
            missing += bool(_MISSING.search(meta)) or bool(
                _LIMIT.search(_SENTENCE.split(meta)[0].replace(title, ""))
            )
            thin += _thin_first(meta, title) or _thin_first(short, title)
            named += sum(_named_first(text, title) for text in (meta, short))
        n = len(listings)
        print(
            f"{name:12} {n:>4} {in_range / n:>5.2f} {pasted / n:>6.2f} {titled / n:>6.2f} "
            f"{questions / n:>6.2f} {restated / max(questions, 1):>8.2f} "
            f"{raw / max(questions, 1):>5.2f} {bare / n:>9.2f} {empty / n:>6.2f} "
            f"{few / n:>5.2f} {why / n:>7.2f} {copied / n:>8.2f} "
            f"{stiff / max(questions, 1):>6.2f} {and_opt / max(questions, 1):>8.2f} "
            f"{choice_first / n:>10.2f} {max(frames.values(), default=0) / n:>6.2f} "
            f"{instr / n:>6.2f} {broken / n:>7.2f} {intro / n:>6.2f} {twice / n:>6.2f} "
            f"{cut / n:>5.2f} {circular / max(questions, 1):>9.2f} "
            f"{fragment / max(questions, 1):>9.2f} {two_lang / n:>6.2f} {missing / n:>8.2f} "
            f"{thin / n:>8.2f} {named / (2 * n):>9.2f}"
        )


if __name__ == "__main__":
    main()
