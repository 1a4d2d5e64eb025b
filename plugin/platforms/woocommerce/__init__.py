"""WooCommerce's use cases: connecting a store (wc-auth or keys by hand), webhook registration,
the scheduled webhook health check, and what a webhook does."""
