"""Shopify's use cases: the OAuth and managed installs, session tokens, webhook topics, and full
syncs through bulk operations."""
