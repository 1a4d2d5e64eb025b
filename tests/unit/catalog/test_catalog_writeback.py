"""Writing copy into a product CSV: round trips per kind, and every other byte left alone."""

from __future__ import annotations

import csv
import io

import pytest

from adapters.catalog import parse_catalog
from adapters.catalog.writeback import with_copy
from plugin.domain import DraftKind, FaqItem, SeoCopy, faq_to_text, seo_to_text
from plugin.errors import NotFound, ValidationError

DESCRIPTION = (
    '<p>Brushed fleece, a kangaroo pocket and a printed logo, "soft" inside.</p>\n<p>Hi</p>'
)
SEO = seo_to_text(SeoCopy("Hoodie with Logo | Cosy, warm", "A blue fleece hoodie, 2 lbs."))
FAQ = faq_to_text([FaqItem("Is it warm?", "Yes, brushed fleece."), FaqItem("Colour?", "Blue.")])
SHORT = "<p>A blue fleece hoodie,\nwith a printed logo.</p>"
CONTENT = {
    DraftKind.DESCRIPTION: DESCRIPTION,
    DraftKind.SHORT_DESCRIPTION: SHORT,
    DraftKind.SEO: SEO,
    DraftKind.FAQ: FAQ,
}


def rows_of(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def span_of(data: bytes, external_id: str, column: str) -> tuple[int, int]:
    """Byte offsets of one cell, located by the parser we are testing, checked by the csv module."""
    catalog = parse_catalog(data)
    record = catalog.document.records[catalog.product_rows[external_id]]
    index = catalog.document.records[0].values().index(column)
    cell = record.cells[index]
    assert cell.value == rows_of(data)[catalog.product_rows[external_id]][index]
    text = catalog.document.text
    offset = 3 if catalog.document.bom else 0
    start = offset + len(text[: cell.start].encode("utf-8"))
    return start, start + len(text[cell.start : cell.end].encode("utf-8"))


@pytest.mark.parametrize("kind", list(CONTENT))
def test_woocommerce_round_trip_for_each_kind(woo_sample: bytes, kind: DraftKind) -> None:
    written = with_copy(parse_catalog(woo_sample), "woo-hoodie-with-logo", kind, CONTENT[kind])
    catalog = parse_catalog(written)
    assert catalog.errors == []
    assert catalog.listing("woo-hoodie-with-logo").text_for(kind) == CONTENT[kind]
    others = [item for item in catalog.listings if item.external_id != "woo-hoodie-with-logo"]
    before = [
        item
        for item in parse_catalog(woo_sample).listings
        if item.external_id != "woo-hoodie-with-logo"
    ]
    assert others == before


@pytest.mark.parametrize("kind", [DraftKind.DESCRIPTION, DraftKind.SEO, DraftKind.FAQ])
def test_shopify_round_trip_for_each_kind(shopify_sample: bytes, kind: DraftKind) -> None:
    written = with_copy(parse_catalog(shopify_sample), "merino-beanie", kind, CONTENT[kind])
    catalog = parse_catalog(written)
    assert catalog.errors == []
    assert catalog.listing("merino-beanie").text_for(kind) == CONTENT[kind]
    assert catalog.listing("linen-apron") == parse_catalog(shopify_sample).listing("linen-apron")


def test_a_shopify_csv_has_no_short_description_column(shopify_sample: bytes) -> None:
    with pytest.raises(ValidationError) as caught:
        with_copy(
            parse_catalog(shopify_sample), "merino-beanie", DraftKind.SHORT_DESCRIPTION, SHORT
        )
    assert caught.value.code == "unsupported_kind"
    assert "short_description" in caught.value.message


def test_a_short_description_lands_in_woocommerces_own_column(woo_sample: bytes) -> None:
    written = with_copy(
        parse_catalog(woo_sample), "woo-hoodie-with-logo", DraftKind.SHORT_DESCRIPTION, SHORT
    )
    before, after = rows_of(woo_sample), rows_of(written)
    column = before[0].index("Short description")
    assert after[0] == before[0]
    # WooCommerce's exporter writes a line break inside a cell as \n.
    assert after[3][column] == SHORT.replace("\n", "\\n")
    assert [c for c, value in enumerate(before[3]) if after[3][c] != value] == [column]
    assert after[:3] == before[:3] and after[4:] == before[4:]


def test_a_description_push_changes_only_that_cell_byte_for_byte(woo_sample: bytes) -> None:
    start, end = span_of(woo_sample, "woo-hoodie-with-logo", "Description")
    written = with_copy(
        parse_catalog(woo_sample), "woo-hoodie-with-logo", DraftKind.DESCRIPTION, DESCRIPTION
    )
    assert written[:start] == woo_sample[:start]
    tail = len(woo_sample) - end
    assert written[len(written) - tail :] == woo_sample[end:]
    new_cell = written[start : len(written) - tail].decode("utf-8")
    # Quoted as WooCommerce's exporter would, with its \n for a line break.
    assert new_cell == '"' + DESCRIPTION.replace('"', '""').replace("\n", "\\n") + '"'
    before, after = rows_of(woo_sample), rows_of(written)
    changed = [
        (r, c)
        for r, row in enumerate(before)
        for c, value in enumerate(row)
        if after[r][c] != value
    ]
    assert changed == [(3, before[0].index("Description"))]


def test_a_new_column_is_appended_with_an_empty_cell_on_every_other_row(woo_sample: bytes) -> None:
    written = with_copy(parse_catalog(woo_sample), "woo-hoodie-with-logo", DraftKind.FAQ, FAQ)
    before, after = rows_of(woo_sample), rows_of(written)
    assert after[0] == [*before[0], "Meta: copydesk_faq"]
    for r, row in enumerate(before[1:], start=1):
        expected = FAQ if r == 3 else ""
        assert after[r] == [*row, expected]
    # Every original line is still there, unchanged, in front of the new cell.
    old_lines, new_lines = woo_sample.split(b"\n"), written.split(b"\n")
    assert new_lines[0] == old_lines[0] + b',"Meta: copydesk_faq"'
    assert all(new.startswith(old) for old, new in zip(old_lines, new_lines, strict=True))


def test_woocommerce_seo_goes_to_our_meta_columns_or_rank_maths(woo_sample: bytes) -> None:
    written = with_copy(parse_catalog(woo_sample), "woo-cap", DraftKind.SEO, SEO)
    header = rows_of(written)[0]
    assert header[-2:] == ["Meta: _copydesk_seo_title", "Meta: _copydesk_seo_description"]

    with_rank_math = (
        b"ID,Type,SKU,Name,Description,Regular price,"
        b"Meta: rank_math_title,Meta: rank_math_description\n"
        b"5,simple,CAP,Cap,,18,Old title,Old description\n"
    )
    catalog = parse_catalog(with_rank_math)
    assert catalog.listing("CAP").seo == SeoCopy("Old title", "Old description")
    written = with_copy(catalog, "CAP", DraftKind.SEO, SEO)
    assert rows_of(written) == [
        rows_of(with_rank_math)[0],
        [
            "5",
            "simple",
            "CAP",
            "Cap",
            "",
            "18",
            "Hoodie with Logo | Cosy, warm",
            "A blue fleece hoodie, 2 lbs.",
        ],
    ]


def test_a_second_push_replaces_the_first(shopify_sample: bytes) -> None:
    first = with_copy(parse_catalog(shopify_sample), "gift-card", DraftKind.FAQ, FAQ)
    second_faq = faq_to_text([FaqItem("Does it expire?", "No.")])
    second = with_copy(parse_catalog(first), "gift-card", DraftKind.FAQ, second_faq)
    catalog = parse_catalog(second)
    assert catalog.listing("gift-card").text_for(DraftKind.FAQ) == second_faq
    assert rows_of(second)[0].count("FAQ (product.metafields.copydesk.faq)") == 1


def test_pushing_empty_content_clears_the_copy_for_a_revert(shopify_sample: bytes) -> None:
    catalog = parse_catalog(shopify_sample)
    assert catalog.listing("enamel-camp-mug").seo is not None
    cleared = parse_catalog(with_copy(catalog, "enamel-camp-mug", DraftKind.SEO, ""))
    assert cleared.listing("enamel-camp-mug").text_for(DraftKind.SEO) == ""


def test_bom_and_crlf_survive_a_push(woo_sample: bytes) -> None:
    windows = b"\xef\xbb\xbf" + woo_sample.replace(b"\n", b"\r\n")
    written = with_copy(parse_catalog(windows), "woo-belt", DraftKind.FAQ, FAQ)
    assert written.startswith(b"\xef\xbb\xbfID,Type,SKU")
    assert written.count(b"\r\n") == windows.count(b"\r\n")
    assert b"\n" not in written.replace(b"\r\n", b"")
    assert parse_catalog(written).listing("woo-belt").text_for(DraftKind.FAQ) == FAQ


def test_pushing_to_an_unknown_product_or_kind_is_refused(woo_sample: bytes) -> None:
    catalog = parse_catalog(woo_sample)
    with pytest.raises(NotFound):
        with_copy(catalog, "no-such-sku", DraftKind.DESCRIPTION, "<p>x</p>")
    with pytest.raises(ValidationError):
        with_copy(catalog, "woo-cap", DraftKind.REPLY, "Thanks!")
    with pytest.raises(ValidationError):
        with_copy(catalog, "woo-cap", DraftKind.FAQ, "not json")


@pytest.mark.parametrize(
    "content",
    [
        "",
        "<p>a\\nb</p>",  # a literal backslash-n, which WooCommerce escapes as \\n
        "<p>one</p>\r\n<p>two</p>",
        '<p>say "hi", twice</p>',
        " <p>padded</p> ",
        "<p>Café – 750 ml, 18/8 stainless steel</p>",
        "<p>a</p>\n\n<p>b</p>\\n",
    ],
)
def test_awkward_descriptions_come_back_unchanged(
    woo_sample: bytes, shopify_sample: bytes, content: str
) -> None:
    woo = parse_catalog(
        with_copy(parse_catalog(woo_sample), "woo-cap", DraftKind.DESCRIPTION, content)
    )
    assert woo.listing("woo-cap").description_html == content
    shop = parse_catalog(
        with_copy(parse_catalog(shopify_sample), "gift-card", DraftKind.DESCRIPTION, content)
    )
    assert shop.listing("gift-card").description_html == content
