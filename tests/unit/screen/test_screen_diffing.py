"""Word-level diffs of store text against drafts, as a merchant reads them."""

from __future__ import annotations

import json

from plugin.services.diffing import html_to_text, readable_text, word_diff


def test_html_is_compared_as_words_with_blocks_kept_apart() -> None:
    text = html_to_text(
        "<p>Warm &amp; soft.</p><ul><li>Blue</li><li>Red</li></ul><script>x()</script>"
    )
    assert text == "Warm & soft.\n\n• Blue\n• Red"


def test_markup_changes_alone_are_no_change() -> None:
    diff = word_diff(
        "<p>A warm hoodie.</p>", "<div><strong>A warm</strong> hoodie.</div>", "description"
    )
    assert not diff.changed
    assert [p.op for p in diff.parts] == ["equal"]


def test_a_changed_word_shows_as_removed_and_added() -> None:
    diff = word_diff("<p>Weighs 1.5 lbs.</p>", "<p>Weighs 5 lbs.</p>", "description")
    assert [(p.op, p.text) for p in diff.parts] == [
        ("equal", "Weighs "),
        ("delete", "1.5 "),
        ("insert", "5 "),
        ("equal", "lbs."),
    ]
    assert (diff.added, diff.removed) == (1, 1)


def test_an_insertion_keeps_the_surrounding_text_equal() -> None:
    diff = word_diff(
        "<p>A warm hoodie in blue.</p>",
        "<p>A warm, soft hoodie in blue and green.</p>",
        "description",
    )
    assert (
        "".join(p.text for p in diff.parts if p.op != "delete")
        == "A warm, soft hoodie in blue and green."
    )
    assert [p.text for p in diff.parts if p.op == "insert"] == [", soft ", "and green"]
    assert diff.removed == 0


def test_a_rewrite_is_not_chopped_into_confetti_by_common_words() -> None:
    old = "<p>Pellentesque habitant morbi tristique senectus et netus a turpis egestas.</p>"
    new = "<p>The Hoodie is a cosy pullover for cool evenings in the park.</p>"
    diff = word_diff(old, new, "description")
    assert [p.op for p in diff.parts][:2] == ["delete", "insert"]
    assert not any(c.isalnum() for p in diff.parts if p.op == "equal" for c in p.text)


def test_seo_and_faq_are_compared_field_by_field() -> None:
    old = json.dumps({"title": "Belt", "description": "A belt."})
    new = json.dumps({"title": "Leather Belt", "description": "A belt."})
    assert readable_text(new, "seo") == "Title: Leather Belt\n\nDescription: A belt."
    diff = word_diff(old, new, "seo")
    assert [p.text for p in diff.parts if p.op == "insert"] == ["Leather "]
    faq = json.dumps([{"question": "Is it warm?", "answer": "Yes."}])
    assert readable_text(faq, "faq") == "Q: Is it warm?\nA: Yes."


def test_an_empty_store_text_makes_everything_an_insertion() -> None:
    diff = word_diff("", "<p>New text here.</p>", "description")
    assert [(p.op, p.text) for p in diff.parts] == [("insert", "New text here.")]
    assert diff.added == 3
