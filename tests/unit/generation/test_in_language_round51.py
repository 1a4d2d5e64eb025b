"""Round 51: no cleaning claim from a material beside the listing's own care fact (a denied
one above all), and a tag's handwork said with its reason after the first line (listings
invented for these tests)."""

from __future__ import annotations

import re

from plugin.domain import DraftKind, GenerationRequest, Listing, ShopVoice
from plugin.generation.in_language_kinds import in_language
from plugin.generation.languages import language_words_for

_TAGS = re.compile(r"<[^>]+>")
KINDS = (DraftKind.DESCRIPTION, DraftKind.SHORT_DESCRIPTION, DraftKind.SEO, DraftKind.FAQ)


def _draft(listing: Listing, kind: DraftKind, code: str) -> str:
    request = GenerationRequest(listing=listing, kind=kind, voice=ShopVoice(language=code))
    return in_language(request, None)


def _prose(listing: Listing, code: str) -> str:
    return _TAGS.sub("", _draft(listing, DraftKind.DESCRIPTION, code).split("<ul>")[0])


def _wipes(code: str) -> str:
    return language_words_for(code).reasons["ceramic"]


def test_a_denied_care_fact_gives_no_cleaning_claim_in_any_kind() -> None:
    bowls = {
        "uk": Listing(
            external_id="r51-a",
            title="Миска Соняшник, 600 мл",
            attributes={"Матеріал": ["кераміка"], "Догляд": ["не мити в посудомийній машині"]},
        ),
        "de": Listing(
            external_id="r51-b",
            title="Müslischale Heidelbeere",
            attributes={"Material": ["Keramik"], "Pflege": ["nicht spülmaschinenfest"]},
        ),
        "es": Listing(
            external_id="r51-c",
            title="Cuenco Amapola 450 ml",
            attributes={"Material": ["cerámica"], "Cuidado": ["no apto para lavavajillas"]},
        ),
    }
    for code, bowl in bowls.items():
        for kind in KINDS:
            assert _wipes(code) not in _draft(bowl, kind, code), (code, kind)
        # The care fact is still in the list as the listing says it.
        assert "<li>" in _draft(bowl, DraftKind.DESCRIPTION, code)


def test_with_no_care_fact_the_material_keeps_its_reason() -> None:
    bowl = Listing(
        external_id="r51-d",
        title="Миска Соняшник, 600 мл",
        vendor="Гончарня Верба",
        attributes={"Матеріал": ["кераміка"]},
    )
    assert _wipes("uk") in _draft(bowl, DraftKind.DESCRIPTION, "uk")


def test_a_handwork_tag_is_said_with_its_reason_after_the_first_line() -> None:
    vase = Listing(
        external_id="r51-e",
        title="Váza Lesní jezírko",
        vendor="Sklárna Modrý kopec",
        tags=["ručně malované", "sklo"],
        attributes={"Materiál": ["sklo"]},
    )
    said = language_words_for("cs").reasons["handmade"]
    prose = _prose(vase, "cs")
    assert prose.startswith("Váza Lesní jezírko")
    assert said in prose
    for kind in (DraftKind.SHORT_DESCRIPTION, DraftKind.SEO):
        assert said in _draft(vase, kind, "cs")
    scarf = Listing(
        external_id="r51-f",
        title="Écharpe Brume d'automne",
        vendor="Atelier Quatre Laines",
        tags=["laine", "tricoté à la main"],
    )
    assert language_words_for("fr").reasons["handmade"] in _prose(scarf, "fr")
    # A shop's English tag counts too.
    mug = Listing(external_id="r51-g", title="Kubek Zimowy poranek", tags=["handmade"])
    assert language_words_for("pl").reasons["handmade"] in _prose(mug, "pl")


def test_no_handwork_reason_without_the_tag_or_where_it_is_denied() -> None:
    plain_vase = Listing(external_id="r51-h", title="Váza Lesní jezírko", tags=["sklo"])
    assert language_words_for("cs").reasons["handmade"] not in _prose(plain_vase, "cs")
    machine = Listing(
        external_id="r51-i", title="Schürze Feldweg", tags=["nicht handgenäht", "Leinen"]
    )
    assert language_words_for("de").reasons["handmade"] not in _prose(machine, "de")
    # A hand tool is no handwork ("ruční" alone is not a word of the family).
    mill = Listing(external_id="r51-j", title="Mlýnek na pepř Kmín", tags=["ruční mlýnek"])
    assert language_words_for("cs").reasons["handmade"] not in _prose(mill, "cs")


def test_every_language_with_handwork_words_has_its_sentence() -> None:
    from plugin.generation.languages import languages_with_words

    for code in languages_with_words():
        words = language_words_for(code)
        assert "handmade" in words.reasons, code
        assert words.reason_words["handmade"], code


def test_a_waterproof_tag_is_said_only_as_the_whole_tag() -> None:
    bag = Listing(
        external_id="r51-k",
        title="Torba rowerowa Mgła 18 l",
        vendor="Szprycha",
        tags=["wodoodporna", "na bagażnik"],
    )
    said = language_words_for("pl").reasons["waterproof"]
    assert said in _prose(bag, "pl")
    spray = Listing(external_id="r51-l", title="靴用スプレー 200ml", tags=["防水スプレー"])
    assert language_words_for("ja").reasons["waterproof"] not in _prose(spray, "ja")
    boots = Listing(external_id="r51-m", title="長靴 ミズバショウ", tags=["防水"])
    assert language_words_for("ja").reasons["waterproof"] in _prose(boots, "ja")


def test_no_tag_sentence_where_the_title_says_it_or_the_tag_is_a_harvest() -> None:
    cover = Listing(
        external_id="r51-n",
        title="Regenhülle wasserdicht für Kinderwagen",
        tags=["wasserdicht"],
    )
    assert language_words_for("de").reasons["waterproof"] not in _prose(cover, "de")
    tea = Listing(external_id="r51-o", title="Čaj od kadulje 40 g", tags=["ručno brano"])
    assert language_words_for("hr").reasons["handmade"] not in _prose(tea, "hr")
