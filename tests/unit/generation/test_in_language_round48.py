"""Round 48: copy in the shop's language leads with the product's main facts and leaves care,
storage and the choices to the list; values keep their codes and read as sentence case; a type
the title names in another ending is not said again; lead-time labels stay out (listings
invented for these tests)."""

from __future__ import annotations

import json
import re

from plugin.domain import DraftKind, GenerationRequest, Listing, ShopVoice
from plugin.generation.in_language import _title_names
from plugin.generation.in_language_kinds import in_language
from plugin.generation.letter_case import shouted_lowered

_TAGS = re.compile(r"<[^>]+>")

# A Spanish shop's clay pot: material, origin, care, storage and two choices.
POT = Listing(
    external_id="r48-1",
    title="Cazuela de barro Sierra",
    vendor="Alfarería Los Olmos",
    options={"Tamaño": ["20 cm", "28 cm"], "Acabado": ["Esmaltado", "Natural"]},
    attributes={
        "Material": ["barro refractario"],
        "Cuidados": ["Lavar a mano"],
        "Conservación": ["Lugar seco"],
        "Plazo de entrega": ["Listo para enviar"],
    },
)
# A Spanish shop's mug with care and a choice only.
MUG = Listing(
    external_id="r48-2",
    title="Taza Alba",
    options={"Color": ["Blanco", "Gris"]},
    attributes={"Cuidados": ["Lavar a mano"]},
)
# A French apron whose choice opens with a one-letter preposition.
APRON = Listing(
    external_id="r48-3",
    title="Tablier Brume",
    options={"Forme": ["À nouer", "Croisé"]},
    attributes={"Matière": ["coton"]},
)
# Polish glasses whose product type repeats the title's noun in another ending.
GLASSES = Listing(
    external_id="r48-4",
    title="Szklanki do herbaty z uchem",
    vendor="Huta Brzask",
    product_type="Szklanka do herbaty",
    attributes={"Materiał": ["szkło borokrzemowe"]},
)


def _draft(listing: Listing, kind: DraftKind, code: str) -> str:
    return in_language(
        GenerationRequest(listing=listing, kind=kind, voice=ShopVoice(language=code)), None
    )


def _prose(listing: Listing, code: str) -> str:
    return _TAGS.sub("", _draft(listing, DraftKind.DESCRIPTION, code).split("<ul>")[0])


def test_care_storage_and_choices_are_left_to_the_list_where_the_prose_has_a_main_fact() -> None:
    text = _draft(POT, DraftKind.DESCRIPTION, "es")
    prose = _prose(POT, "es")
    assert "barro refractario" in prose
    assert "Lavar" not in prose and "lavar" not in prose and "a elegir" not in prose
    assert "<li>Cuidados: Lavar a mano</li>" in text and "<li>Tamaño: 20 cm, 28 cm</li>" in text
    # The FAQ still answers the care and the choices.
    faq = json.loads(_draft(POT, DraftKind.FAQ, "es"))
    assert any("lavar a mano" in item["answer"] for item in faq)


def test_the_short_description_leads_with_the_main_facts() -> None:
    short = _TAGS.sub("", _draft(POT, DraftKind.SHORT_DESCRIPTION, "es"))
    # Round 50: the material woven into the first line, before anything else.
    assert "barro refractario" in short.split(".")[0]
    assert short.index("barro refractario") < short.index("lavar") if "lavar" in short else True


def test_with_no_main_fact_the_prose_keeps_its_care_and_choices() -> None:
    prose = _prose(MUG, "es")
    assert "lavar a mano" in prose and "blanco o gris" in prose


def test_storage_is_said_in_sentence_case() -> None:
    faq = json.loads(_draft(POT, DraftKind.FAQ, "es"))
    assert not any("Lugar seco" in item["answer"] for item in faq)


def test_a_lead_time_label_stays_out_of_every_kind() -> None:
    for kind in (DraftKind.DESCRIPTION, DraftKind.SHORT_DESCRIPTION, DraftKind.SEO):
        assert "Listo para enviar" not in _draft(POT, kind, "es")


def test_a_one_letter_preposition_opening_a_choice_is_lowered() -> None:
    faq = json.dumps(json.loads(_draft(APRON, DraftKind.FAQ, "fr")), ensure_ascii=False)
    assert "à nouer" in faq and "À nouer" not in faq


def test_a_type_the_title_names_in_another_ending_is_not_said_again() -> None:
    assert _title_names("szklanka do herbaty", "szklanki do herbaty z uchem")
    assert not _title_names("kubek", "szklanki do herbaty")
    first = _prose(GLASSES, "pl").split(".")[0]
    assert "Szklanka" not in first and "marki Huta Brzask" in first


def test_capitals_beside_a_script_with_no_case_are_a_code() -> None:
    assert shouted_lowered("ABS 抗菌塑料") == "ABS 抗菌塑料"
    assert shouted_lowered("ROCK SALT") != "ROCK SALT"
