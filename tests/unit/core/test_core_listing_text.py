"""Placeholder descriptions: one rule for what the prompt shows as a fact, what the checks accept
claims from and what auto-generation treats as missing copy."""

from plugin.listing_text import is_placeholder

LOREM = (
    "<p>Pellentesque habitant morbi tristique senectus et netus et malesuada fames ac turpis "
    "egestas. Vestibulum tortor quam, feugiat vitae, ultricies eget, tempor sit amet, ante.</p>"
)


def test_placeholders_are_recognised() -> None:
    for text in (
        "",
        "   <p> </p>",
        "<p>-</p>",
        LOREM,
        "<p>Lorem ipsum dolor sit amet.</p>",
        "This is a simple product.",
        "This is a variable product",
        "This is a simple, virtual product.",
        "Description",
        "Donec eu libero sit amet quam egestas semper aenean ultricies mi vitae est",
        "TBD",
        "TBC.",
        "N/A",
        "Coming soon!",
        "<p>Product description coming soon.</p>",
        "Full details to follow",
        "Description to be confirmed",
        "Your text here",
        "Sample",
        "<p>New in!</p>",
    ):
        assert is_placeholder(text), text


def test_real_copy_is_not_a_placeholder() -> None:
    for text in (
        "<p>A warm hoodie in blue.</p>",
        "This is a product you will love: soft, warm and blue.",
        "Simple.",
        "Handmade in Wales.",
        "<p>500 ml</p>",
        "<p>Stoneware mug. More colours coming soon.</p>",
        "New in navy.",
        "手工制作的陶瓷杯",
    ):
        assert not is_placeholder(text), text
