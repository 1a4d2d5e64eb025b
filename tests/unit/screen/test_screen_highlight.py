"""Findings highlighted at their spans in sanitised HTML and in JSON drafts, and nothing unsafe."""

from __future__ import annotations

import json
import re

from plugin.guardrails import sanitize_html
from plugin.web.screen.render import excerpt, render_copy


def finding(text: str, needle: str, severity: str = "block", occurrence: int = 0) -> dict:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(needle, start + 1)
    return {"severity": severity, "start": start, "end": start + len(needle)}


def marks(html: str) -> list[tuple[str, str, str]]:
    return re.findall(
        r'<mark class="finding sev-(\w+)" data-findings="([\d ]+)">(.*?)</mark>', html
    )


def test_a_span_is_marked_where_it_points() -> None:
    text = "<p>Weighs <b>5 lbs</b> and &amp; more.</p>"
    rendered = render_copy(text, "description", sanitize_html, [finding(text, "5 lbs")])
    assert marks(rendered.html) == [("block", "1", "5 lbs")]
    assert rendered.shown == {1}
    assert '<span id="mark-1" class="anchor"></span>' in rendered.html


def test_a_span_across_tags_is_marked_piece_by_piece_without_breaking_them() -> None:
    text = "<p>First part</p><p>second part</p>"
    span = {"severity": "warn", "start": text.index("part"), "end": text.index("second") + 6}
    html = str(render_copy(text, "description", sanitize_html, [span]).html)
    assert marks(html) == [("warn", "1", "part"), ("warn", "1", "second")]
    assert html.startswith("<p>First ") and "</mark></p><p><mark" in html


def test_boundaries_inside_a_tag_or_entity_move_outside_it() -> None:
    text = '<p><a href="https://example.com/x">link</a> &amp; text</p>'
    spans = [
        {"severity": "warn", "start": text.index("example"), "end": text.index("link") + 2},
        {"severity": "block", "start": text.index("&amp;") + 2, "end": text.index("text") + 2},
    ]
    html = str(render_copy(text, "description", sanitize_html, spans).html)
    assert 'href="https://example.com/x"' in html
    assert ("warn", "1", "li") in marks(html)
    assert ("block", "2", "&amp; te") in marks(html)


def test_overlapping_findings_take_the_worst_colour_and_both_numbers() -> None:
    text = "<p>Made of 100% organic cotton.</p>"
    spans = [finding(text, "100% organic cotton", "warn"), finding(text, "organic", "block")]
    html = str(render_copy(text, "description", sanitize_html, spans).html)
    assert marks(html) == [
        ("warn", "1", "100% "),
        ("block", "1 2", "organic"),
        ("warn", "1", " cotton"),
    ]


def test_hostile_markup_and_spans_pointing_into_it_stay_inert() -> None:
    text = (
        '<p onclick="x()">Hi<img src=x onerror="alert(1)"><script>alert(2)</script>'
        '<a href="javascript:alert(3)">go</a>\ue000' + "7\ue001</p>"
    )
    spans = [
        finding(text, 'onerror="alert(1)"'),
        finding(text, "alert(2)"),
        {"severity": "warn", "start": 0, "end": len(text)},
    ]
    rendered = render_copy(text, "description", sanitize_html, spans)
    html = str(rendered.html)
    for bad in ("onclick", "onerror", "<script", "alert(2)", "javascript:", "\ue000", "\ue001"):
        assert bad not in html
    assert rendered.shown == {3}
    assert all(
        not re.search(r"<(?!/?(?:p|mark|span|a|img)\b)", tag)
        for tag in re.findall(r"<[^>]*>", html)
    )


def test_seo_fields_are_escaped_counted_and_marked_through_json_escapes() -> None:
    text = json.dumps({"title": "Café <b>Belt</b>", "description": "Weighs 5 kg"})
    spans = [finding(text, "\\u00e9"), finding(text, "5 kg", "warn")]
    seo = render_copy(text, "seo", sanitize_html, spans).seo
    assert seo is not None
    assert str(seo["title"]).endswith("&lt;b&gt;Belt&lt;/b&gt;")
    assert marks(str(seo["title"])) == [("block", "1", "é")]
    assert marks(str(seo["description"])) == [("warn", "2", "5 kg")]
    assert (seo["title_length"], seo["description_length"]) == (16, 11)


def test_faq_pairs_are_rendered_in_order_with_marks() -> None:
    text = json.dumps(
        [{"question": "Is it warm?", "answer": "Yes, 5 togs."}, {"question": "Q2", "answer": "A2"}]
    )
    faq = render_copy(text, "faq", sanitize_html, [finding(text, "5 togs")]).faq
    assert faq is not None and len(faq) == 2
    assert str(faq[0][0]) == "Is it warm?"
    assert marks(str(faq[0][1])) == [("block", "1", "5 togs")]
    assert (str(faq[1][0]), str(faq[1][1])) == ("Q2", "A2")


def test_broken_json_is_shown_as_escaped_text() -> None:
    rendered = render_copy('{"title": "<script>', "seo", sanitize_html)
    assert rendered.plain == "{&#34;title&#34;: &#34;&lt;script&gt;"


def test_excerpt_shows_words_not_markup_or_json() -> None:
    text = "<p>The <b>5 lbs</b> claim &amp; more</p>"
    assert excerpt(text, "description", 3, len(text)) == "The 5 lbs claim & more"
    assert excerpt("x" * 200, "description", 0, 200).endswith("…")
    seo = json.dumps({"title": "Polo", "description": "Shop the Polo."})
    assert excerpt(seo, "seo", 0, len(seo)) == "Polo / Shop the Polo."
