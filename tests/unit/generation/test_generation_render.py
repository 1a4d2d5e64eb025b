from plugin.domain import Listing
from plugin.generation.plan import Role, Sentence, plan_description
from plugin.generation.render import render_description


def _prose(texts: list[str], paragraph: int = 0) -> str:
    plan = plan_description(Listing(external_id="cb", title="Chelsea Boots"))
    written = [(Sentence(Role.BUILD, t, paragraph=paragraph), t) for t in texts]
    return render_description(plan, written)


def test_plain_statements_in_a_row_that_start_alike_read_as_one_sentence() -> None:
    html = _prose(["They have a suede upper.", "They have a full leather lining."])
    assert html == "<p>They have a suede upper and a full leather lining.</p>"


def test_statements_with_reasons_or_different_starts_stay_apart() -> None:
    texts = [
        "They have a suede upper, which softens with wear.",
        "They have a full leather lining.",
        "They are made in Portugal.",
    ]
    assert _prose(texts) == f"<p>{' '.join(texts)}</p>"
    # Three in a row: two joined, the third on its own, never "A and B and C".
    three = _prose(["It is vegan.", "It is palm oil free.", "It is handmade."])
    assert three == "<p>It is vegan and palm oil free. It is handmade.</p>"
