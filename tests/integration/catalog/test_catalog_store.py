"""The catalogue store on a real file: the StoreAdapter port, atomic rewrites, export."""

from __future__ import annotations

import shutil
import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest

from adapters.catalog import CatalogStore, export_catalog, parse_catalog
from plugin.domain import DraftKind, FaqItem, Platform, SeoCopy, faq_to_text, seo_to_text
from plugin.errors import StoreError
from plugin.ports import StoreAdapter

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
WOO_SAMPLE = FIXTURES / "woocommerce" / "sample_products.csv"
SHOPIFY_SAMPLE = FIXTURES / "shopify_csv" / "products_export.csv"


@pytest.fixture
def woo_store(tmp_path: Path) -> CatalogStore:
    path = tmp_path / "instance" / "catalogs" / "demo.csv"
    path.parent.mkdir(parents=True)
    shutil.copyfile(WOO_SAMPLE, path)
    return CatalogStore(path)


@pytest.fixture
def shopify_store(tmp_path: Path) -> CatalogStore:
    path = tmp_path / "shop.csv"
    shutil.copyfile(SHOPIFY_SAMPLE, path)
    return CatalogStore(path)


def test_it_is_a_store_adapter_for_the_catalog_platform(woo_store: CatalogStore) -> None:
    assert isinstance(woo_store, StoreAdapter)
    assert woo_store.platform is Platform.CATALOG


def test_fetch_and_pull_read_the_file(woo_store: CatalogStore) -> None:
    hoodie = woo_store.fetch("woo-hoodie-with-logo")
    assert hoodie is not None and hoodie.title == "Hoodie with Logo"
    assert woo_store.fetch("no-such-sku") is None
    everything = list(woo_store.pull())
    # No per-row dates in a CSV: a date does not narrow the pull, hashes tell what changed.
    assert list(woo_store.pull(updated_since=datetime.now(UTC))) == everything
    assert len(everything) == 18


def test_push_then_fetch_returns_exactly_what_was_pushed(
    woo_store: CatalogStore, shopify_store: CatalogStore
) -> None:
    contents = {
        DraftKind.DESCRIPTION: "<p>Warm, blue and soft.</p>\n<ul><li>2 lbs</li></ul>",
        DraftKind.SEO: seo_to_text(SeoCopy("Hoodie with Logo", "Blue fleece, 2 lbs.")),
        DraftKind.FAQ: faq_to_text([FaqItem("Is it blue?", "Yes.")]),
    }
    for store, external_id in ((woo_store, "woo-hoodie-with-logo"), (shopify_store, "linen-apron")):
        for kind, content in contents.items():
            store.push(external_id, kind, content)
        listing = store.fetch(external_id)
        assert listing is not None
        for kind, content in contents.items():
            assert listing.text_for(kind) == content


def test_push_rewrites_atomically_and_leaves_no_temporary_file(woo_store: CatalogStore) -> None:
    mode = 0o640
    woo_store.path.chmod(mode)
    woo_store.push("woo-cap", DraftKind.DESCRIPTION, "<p>A yellow cap.</p>")
    leftovers = [p.name for p in woo_store.path.parent.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []
    assert woo_store.path.stat().st_mode & 0o777 == mode


def test_concurrent_pushes_from_several_threads_all_land(woo_store: CatalogStore) -> None:
    skus = ["woo-tshirt", "woo-beanie", "woo-belt", "woo-cap", "woo-sunglasses", "woo-polo"]
    failures: list[BaseException] = []

    def push(sku: str) -> None:
        try:
            woo_store.push(sku, DraftKind.DESCRIPTION, f"<p>New copy for {sku}.</p>")
        except BaseException as exc:  # collected and re-raised in the main thread
            failures.append(exc)

    threads = [threading.Thread(target=push, args=(sku,)) for sku in skus]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    for sku in skus:
        listing = woo_store.fetch(sku)
        assert listing is not None and listing.description_html == f"<p>New copy for {sku}.</p>"


def test_export_writes_a_file_that_imports_to_the_same_listings(
    woo_store: CatalogStore, tmp_path: Path
) -> None:
    woo_store.push("woo-hoodie-with-logo", DraftKind.DESCRIPTION, "<p>Approved copy.</p>")
    out = tmp_path / "export" / "products.csv"
    out.parent.mkdir()
    export_catalog(woo_store.path, out)
    assert out.read_bytes() == woo_store.path.read_bytes()
    exported = parse_catalog(out.read_bytes())
    assert exported.format == "woocommerce"
    assert exported.listings == list(woo_store.pull())
    assert exported.listing("woo-hoodie-with-logo").description_html == "<p>Approved copy.</p>"
    original = WOO_SAMPLE.read_bytes()
    changed = [
        a.external_id
        for a, b in zip(parse_catalog(original).listings, exported.listings, strict=True)
        if a.content_hash() != b.content_hash()
    ]
    assert changed == ["woo-hoodie-with-logo"]


def test_a_missing_or_broken_file_is_a_store_error(tmp_path: Path) -> None:
    missing = CatalogStore(tmp_path / "gone.csv")
    with pytest.raises(StoreError) as caught:
        missing.fetch("x")
    assert caught.value.code == "not_found" and not caught.value.retryable

    broken_path = tmp_path / "broken.csv"
    broken_path.write_bytes(b'ID,Type,SKU,Name\n1,simple,A,"never closed\n')
    with pytest.raises(StoreError, match="never closed"):
        list(CatalogStore(broken_path).pull())


def test_a_short_description_goes_into_a_woocommerce_csv_and_is_refused_by_a_shopify_one(
    woo_store: CatalogStore, shopify_store: CatalogStore
) -> None:
    woo_store.push("woo-hoodie-with-logo", DraftKind.SHORT_DESCRIPTION, "<p>Blue fleece.</p>")
    listing = woo_store.fetch("woo-hoodie-with-logo")
    assert listing is not None and listing.short_description_html == "<p>Blue fleece.</p>"

    before = shopify_store.path.read_bytes()
    with pytest.raises(StoreError) as caught:
        shopify_store.push("linen-apron", DraftKind.SHORT_DESCRIPTION, "<p>Linen.</p>")
    assert caught.value.code == "unsupported_kind" and not caught.value.retryable
    assert shopify_store.path.read_bytes() == before


def test_pushing_to_a_product_that_is_gone_is_a_store_error(woo_store: CatalogStore) -> None:
    before = woo_store.path.read_bytes()
    with pytest.raises(StoreError) as caught:
        woo_store.push("no-such-sku", DraftKind.DESCRIPTION, "<p>x</p>")
    assert caught.value.code == "not_found"
    assert woo_store.path.read_bytes() == before


def test_replace_swaps_in_a_reimported_file(tmp_path: Path) -> None:
    store = CatalogStore(tmp_path / "catalogs" / "shop.csv")
    store.replace(WOO_SAMPLE.read_bytes())
    assert len(list(store.pull())) == 18
    store.replace(SHOPIFY_SAMPLE.read_bytes())
    assert store.read().format == "shopify"
    assert store.path.read_bytes() == SHOPIFY_SAMPLE.read_bytes()
