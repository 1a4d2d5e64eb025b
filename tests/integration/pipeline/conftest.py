"""A catalogue shop imported from WooCommerce's own sample CSV."""

from __future__ import annotations

from pathlib import Path

import pytest
from flask import Flask

from plugin.platforms.catalog import import_catalog
from plugin.storage.db import db
from plugin.storage.models import Shop

SAMPLE = Path(__file__).parents[2] / "fixtures" / "woocommerce" / "sample_products.csv"


@pytest.fixture
def sample_shop(app: Flask) -> Shop:
    with app.app_context():
        import_catalog(db.session, "sample", SAMPLE.read_bytes())
        db.session.commit()
        shop = db.session.query(Shop).filter_by(name="sample").one()
        return shop
