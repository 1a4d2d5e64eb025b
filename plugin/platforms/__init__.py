"""The platforms' use cases, between the services and the entry points: installing and connecting
stores, what each platform's webhooks do, Shopify's session tokens and bulk syncs, WooCommerce's
webhook health, and importing and exporting catalogue files.

Each speaks to its platform through the adapters (``adapters/``), which only translate between
the platform and our ports, and to our data through the services.
"""
