"""A listing's own text read as words: one line of them, and whether they are placeholder filler.

Below generation and the guardrails alike, so a description the prompt shows the model as a fact
is the one the checks accept claims from, and a store's filler ("Lorem ipsum…", "Coming soon",
"TBD") is neither a fact nor copy worth keeping.
"""

from __future__ import annotations

import html
import re

_TAG = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")
_WORDS = re.compile(r"[^\W_]+")
_STUB_SENTENCE = re.compile(
    r"^(this is an? )?((simple|variable|grouped|external|affiliate|downloadable|virtual|sample|"
    r"test|new|demo|dummy)(,|\s+and)?\s+)*(product|item)( description)?[.!]?$",
    re.IGNORECASE,
)
_FILLER_PHRASES = (
    "lorem ipsum",
    "dolor sit amet",
    "consectetur adipiscing",
    "pellentesque habitant",
    "vestibulum tortor",
    "sed ut perspiciatis",
)
# A text made only of these words says nothing of the product: "TBD", "N/A", "Coming soon",
# "Product description coming soon", "Details to be confirmed", "Your text here", "New in!".
_PLACEHOLDER_WORDS = frozenset(
    "tbd tbc tba todo to do be follow follows following placeholder coming soon description "
    "product item full more details info information text copy here goes will added later "
    "confirmed announced determined n a na test sample example insert your new in".split()
)
# Words of the Latin filler texts; a text made mostly of them is filler even without "lorem".
_LATIN_WORDS = frozenset(
    "a ac ad aenean aliquam amet ante arcu at auctor augue bibendum commodo condimentum "
    "consectetur consequat cras cursus dapibus diam dictum dignissim dolor donec dui egestas "
    "eget eleifend elementum elit enim erat eros est et etiam eu euismod facilisis fames feugiat "
    "fringilla fusce gravida habitant hendrerit iaculis id in integer ipsum justo lacinia lacus "
    "laoreet lectus leo libero ligula lobortis lorem magna malesuada massa mattis mauris mi "
    "molestie mollis morbi nam nec neque netus nibh nisi nisl non nulla nullam nunc odio orci "
    "ornare pellentesque pharetra placerat porta porttitor posuere pretium proin pulvinar purus "
    "quam quis quisque rhoncus risus rutrum sagittis sapien scelerisque sed sem semper senectus "
    "sit sodales sollicitudin suscipit suspendisse tellus tempor tempus tincidunt tortor "
    "tristique turpis ultrices ultricies urna ut varius vehicula vel velit vestibulum vitae "
    "vivamus viverra volutpat vulputate".split()
)


def flat_text(markup: str) -> str:
    """The words of an HTML fragment on one line: each tag read as a space, whitespace collapsed.

    What prompts, the placeholder test and the output parser read. A reader's text, with blocks
    kept apart and lists bulleted, is ``plugin.services.diffing.html_to_text``; prompts made
    from it would change what the model writes."""
    text = _SPACE.sub(" ", html.unescape(_TAG.sub(" ", markup or ""))).strip()
    return re.sub(r" ([.,;:!?])", r"\1", text)


def is_placeholder(markup: str) -> bool:
    """True when a description carries no real information: empty, filler words only, lorem
    ipsum, or a stub. A short real text ("Handmade in Wales.") is not filler: it is a fact."""
    lowered = flat_text(markup).lower()
    if all(word in _PLACEHOLDER_WORDS for word in _WORDS.findall(lowered)):
        return True
    if any(phrase in lowered for phrase in _FILLER_PHRASES):
        return True
    if _STUB_SENTENCE.match(lowered):
        return True
    words = re.findall(r"[a-z]+", lowered)
    if len(words) >= 8:
        latin = sum(1 for w in words if w in _LATIN_WORDS)
        return latin / len(words) > 0.6
    return False
