"""Shopify: OAuth install, webhooks and the Admin GraphQL API (version ``documents.API_VERSION``).

``plugin.bootstrap`` wires it into the app: the store factory, bulk operations for full syncs of
large catalogues, the webhook processor, the App Bridge session-token verifier, the ``/shopify``,
``/shopify/proxy`` (storefront questions) and ``/webhooks/shopify`` routes, and the periodic
check that our webhook subscriptions still exist.
"""
