"""Round 52: copy in the shop's language with more tagged reasons (OEKO-TEX, no preservatives,
induction), an opening with a verb where the language takes one with no agreement, no platform
switch in the list, and Bulgarian (listings invented for these tests)."""

from __future__ import annotations

import re

from plugin.domain import DraftKind, GenerationRequest, Listing, ShopVoice
from plugin.generation.in_language_kinds import in_language
from plugin.generation.language_facts import platform_flag
from plugin.generation.languages import language_words_for

_TAGS = re.compile(r"<[^>]+>")


def _draft(listing: Listing, code: str, kind: DraftKind = DraftKind.DESCRIPTION) -> str:
    request = GenerationRequest(listing=listing, kind=kind, voice=ShopVoice(language=code))
    return in_language(request, None)


def _prose(listing: Listing, code: str) -> str:
    return _TAGS.sub("", _draft(listing, code).split("<ul>")[0])


def _list(listing: Listing, code: str) -> str:
    return _draft(listing, code).split("<ul>")[-1]


def test_a_platform_switch_with_yes_or_no_stays_out_of_the_list() -> None:
    pattern = Listing(
        external_id="r52-a",
        title="Strickanleitung Zopfmütze Birke",
        vendor="Maschenwerk Lindau",
        attributes={"Herunterladbar": ["ja"], "Seiten": ["12"], "Format": ["PDF"]},
    )
    listed = _list(pattern, "de")
    assert "Herunterladbar" not in listed
    assert "Seiten: 12" in listed and "Format: " in listed
    course = Listing(
        external_id="r52-b",
        title="Curso de acuarela botánica en línea",
        attributes={"Descargable": ["sí"], "Lecciones": ["8"]},
    )
    assert "Descargable" not in _list(course, "es")
    # A flag's label with a value that is no yes or no says something: it stays.
    assert not platform_flag("Herunterladbar", ("als PDF und EPUB",))
    assert platform_flag("Virtuální", ("ano",))


def test_an_oeko_tex_tag_is_said_with_its_reason_unless_a_fact_names_it() -> None:
    towel = Listing(
        external_id="r52-c",
        title="Gästehandtuch Waffelpiqué Salbei",
        vendor="Webhaus Allgäu",
        tags=["oeko-tex zertifiziert", "waffelpiqué"],
        attributes={"Material": ["Baumwolle"]},
    )
    said = language_words_for("de").reasons["oeko_tex_tag"]
    assert said in _prose(towel, "de")
    certified = Listing(
        external_id="r52-d",
        title=towel.title,
        vendor=towel.vendor,
        tags=towel.tags,
        attributes={"Material": ["Baumwolle"], "Zertifikat": ["OEKO-TEX Standard 100"]},
    )
    assert said not in _prose(certified, "de")


def test_a_no_preservatives_tag_is_a_claim_not_a_denial() -> None:
    syrup = Listing(
        external_id="r52-e",
        title="Sirop de sureau artisanal 50 cl",
        vendor="Les Ruchers du Vercors",
        tags=["sans conservateur", "fleurs de sureau"],
        attributes={"Ingrédients": ["sucre", "eau", "fleurs de sureau"]},
    )
    prose = _prose(syrup, "fr")
    assert language_words_for("fr").reasons["preservative_free"] in prose


def test_an_induction_tag_is_not_said_where_a_fact_names_or_denies_it() -> None:
    kettle = Listing(
        external_id="r52-f",
        title="Kupferkessel Wasserfall 1,5 l",
        vendor="Kupferschmiede Ahrtal",
        tags=["induktion"],
        attributes={"Material": ["Kupfer"], "Induktion": ["nicht geeignet"]},
    )
    said = language_words_for("de").reasons["induction"]
    assert said not in _prose(kettle, "de")
    pot = Listing(
        external_id="r52-g",
        title="Schmortopf Gusseisen 22 cm",
        vendor="Gießerei Rhön",
        tags=["induktionsgeeignet"],
        attributes={"Material": ["Gusseisen"]},
    )
    assert said in _prose(pot, "de")


def test_at_most_two_tag_sentences_follow_the_first_line() -> None:
    shirt = Listing(
        external_id="r52-h",
        title="Leinenhemd Fjord",
        vendor="Nähstube Elbe",
        tags=["handgenäht", "oeko-tex", "wasserdicht"],
    )
    reasons = language_words_for("de").reasons
    prose = _prose(shirt, "de")
    assert reasons["handmade"] in prose and reasons["waterproof"] in prose
    assert reasons["oeko_tex_tag"] not in prose


def test_the_opening_has_a_verb_where_the_language_needs_no_agreement() -> None:
    openings = {
        "id": ("Tas Anyaman Pandan Senja", "Rumah Anyam Lestari", "dipersembahkan oleh"),
        "vi": ("Chiếu cói Nga Sơn", "Xưởng Cói Ven Sông", "đến từ thương hiệu"),
        "tr": ("Bakır Sahan 18 cm", "Usta Bakırcı Atölyesi", "tarafından sunulur"),
        "da": ("Grydelapper i hør", "Væveriet Lillebæk", "er fra"),
        "nb": ("Votter i lammeull", "Strikkeloftet Voss", "er fra"),
    }
    for code, (title, maker, verb) in openings.items():
        listing = Listing(external_id=f"r52-{code}", title=title, vendor=maker)
        assert _prose(listing, code).startswith(f"{title} {verb} {maker}") or _prose(
            listing, code
        ).startswith(f"{title}, {maker} {verb}"), code


def test_a_bulgarian_listing_gets_prose_in_bulgarian() -> None:
    honey = Listing(
        external_id="r52-j",
        title="Липов мед от Странджа 400 г",
        vendor="Пчелина Бели бряг",
        product_type="Пчелен мед",
        tags=["без консерванти"],
        attributes={"Произход": ["България"]},
    )
    prose = _prose(honey, "bg")
    assert prose.startswith(
        "Липов мед от Странджа 400 г – пчелен мед на марката Пчелина Бели бряг."
    )
    assert language_words_for("bg").reasons["preservative_free"] in prose
    for kind in (DraftKind.SHORT_DESCRIPTION, DraftKind.SEO, DraftKind.FAQ):
        assert _draft(honey, "bg", kind)
