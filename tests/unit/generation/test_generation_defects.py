"""Round 17's defect families (from heldout19's rater notes, a seen set): each test plans a small
listing and checks what the draft does or does not say, never its exact wording."""

from plugin.domain import Listing
from plugin.generation.compose import choose
from plugin.generation.plan import fact_list_html, plan_description
from plugin.generation.render import render_description


def drafted(listing: Listing, seed: int | None = None) -> str:
    plan = plan_description(listing, seed)
    return render_description(plan, choose(plan, listing, {}, None))


def prose(listing: Listing, seed: int | None = None) -> str:
    return drafted(listing, seed).split("<ul>")[0]


def test_list_labels_in_capitals_read_as_words_and_lower_case_codes_as_codes() -> None:
    # "AGE", "MAX user weight" and "Sold AS" were marked half-cased; "Uv protection", "otg" raw.
    scooter = Listing(
        external_id="s",
        title="Kick Scooter",
        attributes={
            "AGE": ["3-5 years"],
            "MAX_USER_WEIGHT": ["20 kg"],
            "SOLD AS": ["Pair"],
            "otg": ["Yes"],
            "uv_protection": ["UV400"],
            "length_cm": ["60"],
            "TOG": ["2.5"],
        },
    )
    shown = fact_list_html(plan_description(scooter))
    labels = ("Age", "Max user weight", "Sold as", "OTG", "UV protection", "Length (cm)", "TOG")
    for label in labels:
        assert f"<li>{label}: " in shown, label
    assert "AGE" not in shown and "MAX" not in shown and "Uv" not in shown
