"""The draft page: both texts, the diff, highlighted findings, facts, FAQ and SEO editing."""

from __future__ import annotations

import json
import re
from collections.abc import Callable

from flask import Flask
from flask.testing import FlaskClient

from plugin.storage.models import Draft, Shop
from tests.integration.screen.conftest import HOODIE, set_content


def test_a_blocked_draft_shows_its_finding_at_the_span_with_fact_and_fix(
    client: FlaskClient, csrf: str, shop_a: Shop, drafts_of: Callable[..., list[Draft]]
) -> None:
    draft = drafts_of(shop_a, HOODIE)[0]
    html = client.get(f"/drafts/{draft.id}").get_data(as_text=True)
    assert re.search(r'<mark class="finding sev-block" data-findings="1">5 lbs</mark>', html)
    assert "is not a figure the listing gives" in html
    assert "<strong>The listing says:</strong> Weight: 1.5 lbs" in html
    assert "<strong>Suggested fix:</strong>" in html
    assert 'href="#mark-1"' in html and 'id="mark-1"' in html
    assert "In the store now" in html and "Pellentesque habitant" in html
    assert "<dt>Weight</dt><dd>1.5 lbs</dd>" in html
    assert "<code>fake-engine</code>" in html and "<code>fake-1</code>" in html
    assert '<time datetime="' in html
    assert "Approve with override" in html and 'name="override_reason" required' in html


def test_the_word_diff_marks_what_the_draft_adds_and_removes(
    client: FlaskClient, csrf: str, shop_a: Shop, drafts_of: Callable[..., list[Draft]]
) -> None:
    draft = drafts_of(shop_a, HOODIE)[0]
    html = client.get(f"/drafts/{draft.id}").get_data(as_text=True)
    assert re.search(r"<del>Pellentesque habitant morbi", html)
    assert re.search(r"<ins>The Hoodie is a cosy, warm pullover", html)


def test_hostile_draft_html_is_rendered_inert(
    app: Flask, client: FlaskClient, csrf: str, shop_a: Shop, drafts_of: Callable[..., list[Draft]]
) -> None:
    draft = drafts_of(shop_a, HOODIE)[0]
    hostile = (
        '<p onclick="steal()">Warm <img src=x onerror="window.__pwned=1">'
        "<script>window.__pwned=2</script>"
        '<a href="javascript:window.__pwned=3">link</a>'
        '<a href=" JaVaScRiPt:alert(1)">two</a><svg onload="alert(4)"></svg>'
        '<iframe src="https://evil.example"></iframe><style>body{display:none}</style></p>'
    )
    # Findings pointing inside tags and inside the script must not open a way in either.
    findings = [
        {
            "rule": "r",
            "category": "quality",
            "severity": "block",
            "start": s,
            "end": e,
            "message": "m",
            "suggestion": "",
            "fact": "",
        }
        for s, e in [(3, 20), (hostile.index("onerror"), hostile.index("link")), (0, len(hostile))]
    ]
    set_content(app, draft.id, hostile, findings)
    html = client.get(f"/drafts/{draft.id}").get_data(as_text=True)
    rendered = html.split('<h2 id="draft-h">', 1)[1].split("</section>", 1)[0]
    assert "Warm" in rendered and "<mark" in rendered
    for bad in (
        "<script",
        "onerror",
        "onclick",
        "onload",
        "javascript:",
        "JaVaScRiPt",
        "<iframe",
        "<svg",
        "<style",
        "__pwned",
    ):
        assert bad not in rendered, bad
    editor = html.split('<textarea id="content"', 1)[1].split("</textarea>", 1)[0]
    assert "&lt;script&gt;" in editor and "<script" not in editor


def test_hostile_text_in_an_edit_is_sanitised_and_blocked(
    client: FlaskClient, csrf: str, shop_a: Shop, drafts_of: Callable[..., list[Draft]]
) -> None:
    draft = drafts_of(shop_a, HOODIE)[0]
    content = '<p>Soft hoodie.</p><script>alert(1)</script><p onmouseover="x()">Cosy.</p>'
    response = client.post(
        f"/drafts/{draft.id}/edit", data={"csrf_token": csrf, "content": content}
    )
    assert response.status_code == 302
    saved = drafts_of(shop_a, HOODIE)[0].content
    assert "<script" not in saved and "onmouseover" not in saved


def test_faq_drafts_are_edited_as_question_answer_pairs(
    client: FlaskClient,
    csrf: str,
    shop_a: Shop,
    drafts_of: Callable[..., list[Draft]],
    generate: Callable[..., None],
) -> None:
    generate(shop_a, "woo-beanie", "faq")
    faq = drafts_of(shop_a, "woo-beanie", kind="faq")[0]
    html = client.get(f"/drafts/{faq.id}").get_data(as_text=True)
    assert "<dt>What is the Beanie?</dt>" in html
    assert html.count('name="question"') == 4  # three pairs and one blank
    response = client.post(
        f"/drafts/{faq.id}/edit",
        data={
            "csrf_token": csrf,
            "question": ["What is the Beanie?", "", "Who sells it?", "What colour is it?"],
            "answer": ["A knitted hat.", "", "We do.", "It is red."],
        },
    )
    assert response.status_code == 302
    saved = json.loads(drafts_of(shop_a, "woo-beanie", kind="faq")[0].content)
    assert saved == [
        {"question": "What is the Beanie?", "answer": "A knitted hat."},
        {"question": "Who sells it?", "answer": "We do."},
        {"question": "What colour is it?", "answer": "It is red."},
    ]


def test_an_faq_question_without_answer_is_refused_and_the_typing_kept(
    client: FlaskClient,
    csrf: str,
    shop_a: Shop,
    drafts_of: Callable[..., list[Draft]],
    generate: Callable[..., None],
) -> None:
    generate(shop_a, "woo-beanie", "faq")
    faq = drafts_of(shop_a, "woo-beanie", kind="faq")[0]
    response = client.post(
        f"/drafts/{faq.id}/edit",
        data={"csrf_token": csrf, "question": ["Is it warm?"], "answer": [""]},
    )
    assert response.status_code == 400
    html = response.get_data(as_text=True)
    assert "every question needs an answer" in html
    assert 'value="Is it warm?"' in html
    assert '<details id="editor" class="editor" open>' in html
    assert drafts_of(shop_a, "woo-beanie", kind="faq")[0].content == faq.content


def test_seo_drafts_show_character_counters_against_the_limits(
    app: Flask,
    client: FlaskClient,
    csrf: str,
    shop_a: Shop,
    drafts_of: Callable[..., list[Draft]],
    generate: Callable[..., None],
) -> None:
    generate(shop_a, "woo-belt", "seo")
    seo = drafts_of(shop_a, "woo-belt", kind="seo")[0]
    html = client.get(f"/drafts/{seo.id}").get_data(as_text=True)
    assert '<span class="counter">4/70</span>' in html  # "Belt"
    assert 'data-limit="70"' in html and 'data-limit="160"' in html
    long_title = "Belt " * 20
    response = client.post(
        f"/drafts/{seo.id}/edit",
        data={"csrf_token": csrf, "seo_title": long_title, "seo_description": "A leather belt."},
    )
    assert response.status_code == 302
    saved = json.loads(drafts_of(shop_a, "woo-belt", kind="seo")[0].content)
    assert saved == {"title": long_title.strip(), "description": "A leather belt."}
    html = client.get(f"/drafts/{seo.id}").get_data(as_text=True)
    assert '<span class="counter over">99/70</span>' in html


def test_next_and_previous_follow_the_queue_order(
    client: FlaskClient, csrf: str, shop_a: Shop, drafts_of: Callable[..., list[Draft]]
) -> None:
    ids = sorted((d.id for d in drafts_of(shop_a)), reverse=True)  # newest first
    html = client.get(f"/drafts/{ids[1]}?status=pending").get_data(as_text=True)
    assert f'href="/drafts/{ids[2]}?status=pending" rel="next"' in html
    assert f'href="/drafts/{ids[0]}?status=pending" rel="prev"' in html


def test_a_short_description_draft_is_shown_edited_and_checked_again(
    client: FlaskClient,
    csrf: str,
    shop_a: Shop,
    drafts_of: Callable[..., list[Draft]],
    generate: Callable[..., None],
) -> None:
    generate(shop_a, "woo-belt", "short_description")
    [short] = drafts_of(shop_a, "woo-belt", kind="short_description")
    html = client.get(f"/drafts/{short.id}").get_data(as_text=True)
    assert "<title>Belt · Short description · Copydesk</title>" in html
    # The store's own short description from the sample CSV is shown beside the draft.
    assert "This is a simple product." in html
    queue = client.get("/?kind=short_description").get_data(as_text=True)
    assert '<option value="short_description" selected>Short description</option>' in queue
    assert f"/drafts/{short.id}" in queue

    response = client.post(
        f"/drafts/{short.id}/edit",
        data={"csrf_token": csrf, "content": "<p>A leather belt, 5 lbs of it.</p>"},
    )
    assert response.status_code == 302
    [edited] = drafts_of(shop_a, "woo-belt", kind="short_description")
    assert edited.content == "<p>A leather belt, 5 lbs of it.</p>"
    assert edited.verdict == "block"  # the sample belt's weight is not 5 lbs
