"""Use cases: sync listings, generate drafts, review them, publish them, answer questions."""
