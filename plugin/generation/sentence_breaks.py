"""Where one English sentence ends and the next begins: the one place the short description,
the SEO meta and the FAQ passes (``kinds_*``, ``kind_again``, ``seo_meta``,
``short_description``, ``output``) take their sentence splitting from.

The variants differ on purpose; each keeps the drafts its callers wrote before they shared it:

- ``SENTENCE_END``: any whitespace after ".", "!" or "?" and before a capital letter. The
  default: split a kind's plain text into sentences to drop, reorder or count them. A run of
  whitespace is one break, and "approx. 5 cm" or "e.g. a mat" stays one sentence.
- ``SPACED_END``: exactly one space after the mark and before a capital letter. For a pass that
  joins the pieces back with one space and must leave every other whitespace as it stood (a
  newline or two spaces after a mark stay inside the sentence).
- ``SPACE_AFTER_END``: one space after the mark, whatever follows. For a pass that reads a
  sentence only to decide something of it and joins the pieces back with one space: the pieces
  are smaller (it also breaks before a lower-case word or a number), never larger.
- ``CLOSING_END``: not a split but the end itself, found with ``finditer``: the mark and any
  closing quote or bracket after it, before whitespace or the text's end. For cutting raw model
  text at its last whole sentence (``output``), where a sentence may end in a quotation.

>>> SENTENCE_END.split("A tin of tea.  Loose leaf, approx. 50 g.")
['A tin of tea.', 'Loose leaf, approx. 50 g.']
>>> SPACED_END.split("A tin of tea.  Loose leaf. It keeps.")
['A tin of tea.  Loose leaf.', 'It keeps.']
>>> SPACE_AFTER_END.split("Loose leaf, approx. 50 g.")
['Loose leaf, approx.', '50 g.']
>>> [m.end() for m in CLOSING_END.finditer('It says "steep it." Then')]
[19]
"""

from __future__ import annotations

import re

SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
SPACED_END = re.compile(r"(?<=[.!?]) (?=[A-Z])")
SPACE_AFTER_END = re.compile(r"(?<=[.!?]) ")
CLOSING_END = re.compile(r"[.!?](?:[\"')\]]*)(?=\s|$)")
