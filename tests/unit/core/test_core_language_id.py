"""The listing's language (plugin/language_id.py): from its words, over every language py3langid
knows, script-aware, None when unsure; and the notice a draft carries when it is not the shop's."""

from __future__ import annotations

import pytest

from plugin.domain import DraftKind, Listing, Variant
from plugin.guardrails import check
from plugin.language_id import (
    base_code,
    language_name,
    language_notice,
    listing_language,
    listing_words,
)
from plugin.questions import language as questions_language


def _listing(
    title: str,
    product_type: str = "",
    categories: tuple[str, ...] = (),
    tags: tuple[str, ...] = (),
    attributes: dict[str, list[str]] | None = None,
    options: dict[str, list[str]] | None = None,
    vendor: str = "",
    sku: str = "",
) -> Listing:
    return Listing(
        external_id="x1",
        title=title,
        product_type=product_type,
        categories=list(categories),
        tags=list(tags),
        attributes=attributes or {},
        options=options or {},
        vendor=vendor,
        sku=sku,
    )


# Invented listings of other trades, each wholly in one language.
LISTINGS = {
    "fi": _listing(
        "Puinen leikkuulauta pähkinäpuusta",
        "Keittiövälineet",
        ("Keittiö > Leikkuulaudat",),
        ("käsintehty", "puu", "keittiö"),
        {"Materiaali": ["pähkinäpuu"], "Hoito": ["öljytään säännöllisesti"]},
    ),
    "de": _listing(
        "Handgeschmiedetes Gartenmesser mit Eschengriff",
        "Gartenwerkzeug",
        ("Garten > Messer",),
        ("geschmiedet", "für den Garten"),
        {"Klinge": ["Kohlenstoffstahl"], "Griff": ["Eschenholz, geölt"]},
    ),
    "fr": _listing(
        "Couverture en laine mérinos tissée à la main",
        "Linge de maison",
        ("Maison > Couvertures",),
        ("laine", "fait main"),
        {"Matière": ["laine mérinos"], "Entretien": ["lavage à la main à l'eau froide"]},
    ),
    "es": _listing(
        "Cesta de mimbre con asas de cuero",
        "Cestería",
        ("Hogar > Cestas",),
        ("hecho a mano", "mimbre natural"),
        {"Material": ["mimbre y cuero"], "Uso": ["para guardar la ropa de la casa"]},
    ),
    "it": _listing(
        "Tagliere in legno di ulivo con manico",
        "Utensili da cucina",
        ("Cucina > Taglieri",),
        ("fatto a mano", "legno di ulivo"),
        {"Materiale": ["legno di ulivo massello"], "Cura": ["lavare a mano e asciugare"]},
    ),
    "nl": _listing(
        "Gevlochten fietsmand van wilgentenen",
        "Fietsaccessoires",
        ("Fietsen > Manden",),
        ("handgemaakt", "voor het stuur"),
        {"Materiaal": ["wilgenteen"], "Bevestiging": ["met twee leren riempjes aan het stuur"]},
    ),
    "pt": _listing(
        "Manta de algodão tecida em tear manual",
        "Têxteis para a casa",
        ("Casa > Mantas",),
        ("feito à mão", "algodão"),
        {"Material": ["algodão orgânico"], "Lavagem": ["lavar à mão em água fria"]},
    ),
    "sv": _listing(
        "Handtäljd smörkniv i björk",
        "Köksredskap",
        ("Kök > Knivar",),
        ("handgjord", "björk", "för frukostbordet"),
        {"Material": ["björkträ"], "Skötsel": ["diskas för hand och oljas ibland"]},
    ),
    "pl": _listing(
        "Ręcznie szyta torba z lnu z długim paskiem",
        "Torby",
        ("Akcesoria > Torby",),
        ("rękodzieło", "len"),
        {"Materiał": ["len naturalny"], "Pielęgnacja": ["prać ręcznie w zimnej wodzie"]},
    ),
    "cs": _listing(
        "Ručně pletená vlněná čepice s bambulí",
        "Čepice",
        ("Oblečení > Čepice",),
        ("ručně pletené", "vlna"),
        {"Materiál": ["ovčí vlna"], "Údržba": ["prát ručně ve studené vodě"]},
    ),
    "hu": _listing(
        "Kézzel festett kerámia bögre",
        "Konyhai eszközök",
        ("Konyha > Bögrék",),
        ("kézműves", "kerámia"),
        {"Anyag": ["mázas kerámia"], "Ápolás": ["kézzel mosogatni ajánlott"]},
    ),
    "tr": _listing(
        "El yapımı bakır cezve ve ahşap saplı kaşık",
        "Mutfak gereçleri",
        ("Mutfak > Cezveler",),
        ("el yapımı", "bakır"),
        {"Malzeme": ["dövme bakır"], "Bakım": ["elde yıkayınız ve kurulayınız"]},
    ),
    "el": _listing(
        "Χειροποίητη κεραμική κούπα για καφέ",
        "Είδη κουζίνας",
        ("Κουζίνα > Κούπες",),
        ("χειροποίητο", "κεραμικό"),
        {"Υλικό": ["κεραμικό"]},
    ),
    "ru": _listing(
        "Деревянная разделочная доска из дуба",
        "Кухонная утварь",
        ("Кухня > Доски",),
        ("ручная работа", "дерево"),
        {"Материал": ["массив дуба"], "Уход": ["мыть вручную и смазывать маслом"]},
    ),
    "uk": _listing(
        "Дерев'яна ложка ручної роботи з горіха",
        "Кухонне приладдя",
        ("Кухня > Ложки",),
        ("ручна робота", "горіх"),
        {"Матеріал": ["горіхова деревина"], "Догляд": ["мити вручну, іноді змащувати олією"]},
    ),
    "he": _listing(
        "קערת עץ זית בעבודת יד",
        "כלי מטבח",
        ("מטבח > קערות",),
        ("עבודת יד", "עץ זית"),
        {"חומר": ["עץ זית"]},
    ),
    "ar": _listing(
        "وعاء خشبي مصنوع يدويا من خشب الزيتون",
        "أدوات المطبخ",
        ("المطبخ > أوعية",),
        ("صناعة يدوية", "خشب"),
        {"المادة": ["خشب الزيتون"]},
    ),
    "th": _listing(
        "ตะกร้าสานไม้ไผ่ทำมือ",
        "ของใช้ในบ้าน",
        ("บ้าน > ตะกร้า",),
        ("งานทำมือ", "ไม้ไผ่"),
        {"วัสดุ": ["ไม้ไผ่"]},
    ),
    "ja": _listing(
        "手作りの竹かご（小）",
        "生活雑貨",
        ("キッチン > かご",),
        ("手作り", "竹"),
        {"素材": ["竹"]},
    ),
    "zh": _listing(
        "手工竹编收纳篮",
        "家居用品",
        ("家居 > 收纳",),
        ("手工", "竹子"),
        {"材质": ["天然竹子"]},
    ),
    "ko": _listing(
        "수제 대나무 바구니",
        "생활용품",
        ("주방 > 바구니",),
        ("수제", "대나무"),
        {"소재": ["대나무"]},
    ),
    "ka": _listing(
        "ხელნაკეთი ხის კოვზი",
        "სამზარეულოს ნივთები",
        ("სამზარეულო > კოვზები",),
        ("ხელნაკეთი",),
        {"მასალა": ["კაკლის ხე"]},
    ),
    "hy": _listing(
        "Ձեռագործ փայտե գդալ",
        "Խոհանոցային պարագաներ",
        ("Խոհանոց > Գդալներ",),
        ("ձեռագործ",),
        {"Նյութ": ["ընկույզի փայտ"]},
    ),
    "en": _listing(
        "Hand-forged garden trowel with an ash handle",
        "Garden tools",
        ("Garden > Hand tools",),
        ("hand forged", "gardening", "gift for gardeners"),
        {"Blade": ["carbon steel"], "Handle": ["oiled ash wood"]},
    ),
}


@pytest.mark.parametrize("language", sorted(LISTINGS))
def test_a_listing_is_in_the_language_of_its_words(language: str) -> None:
    assert listing_language(LISTINGS[language]) == language


def test_english_with_a_few_foreign_words_stays_english() -> None:
    listing = _listing(
        "Ramekins for crème brûlée, set of four",
        "Bakeware",
        ("Kitchen > Bakeware",),
        ("baking", "dessert dishes", "oven safe"),
        {"Material": ["glazed stoneware"], "Care": ["dishwasher safe"]},
        vendor="Maison Dufresne Céramique",
    )
    assert listing_language(listing) == "en"


def test_an_english_listing_with_a_tag_in_another_script_stays_english() -> None:
    listing = _listing(
        "Indigo-dyed cotton table runner",
        "Table linen",
        ("Home > Table linen",),
        ("indigo", "hand dyed", "藍染"),
        {"Material": ["cotton"], "Care": ["wash cold, dry flat"]},
    )
    assert listing_language(listing) == "en"


def test_a_listing_in_two_latin_languages_is_unsure_or_the_first() -> None:
    # "native / other" on every label: either unsure, or the first (German here) is fine.
    listing = _listing(
        "Bienenwachskerze / Bougie en cire d'abeille",
        "Kerzen / Bougies",
        ("Wohnen / Maison > Kerzen / Bougies",),
        attributes={"Material / Matière": ["Bienenwachs / cire d'abeille"]},
    )
    assert listing_language(listing) in (None, "de")


def test_a_listing_in_another_script_beside_english_is_in_the_first() -> None:
    listing = _listing(
        "Κεραμική κούπα / Ceramic mug",
        "Κούπες / Mugs",
        attributes={"Υλικό / Material": ["κεραμικό / ceramic"]},
    )
    assert listing_language(listing) == "el"


@pytest.mark.parametrize(
    "listing",
    [
        Listing(
            external_id="id-bag",
            title="Tas Anyaman Pandan Motif Kawung",
            categories=["Kerajinan > Tas anyaman"],
            tags=["anyaman tangan", "pandan alami"],
            attributes={"Bahan": ["daun pandan"], "Ukuran": ["32 x 22 cm"]},
        ),
        Listing(
            external_id="id-shawl",
            title="Selendang Lurik Tenun Gedog",
            categories=["Kerajinan > Kain tenun"],
            tags=["tenun tangan", "pewarna alami"],
            attributes={"Bahan": ["katun"], "Pewarna": ["alami (tingi)"]},
        ),
    ],
)
def test_an_indonesian_craft_listing_is_indonesian_though_javanese_words_pull(
    listing: Listing,
) -> None:
    # The identifier splits such listings between Indonesian and Javanese; a shop writes them in
    # Indonesian, and left unsure they got English copy over Indonesian labels.
    assert listing_language(listing) == "id"


def test_too_few_words_is_unsure() -> None:
    assert listing_language(_listing("Kit 40 cm")) is None
    assert listing_language(_listing("", sku="AB-1234")) is None


def test_skus_vendor_numbers_and_units_are_not_words() -> None:
    listing = _listing(
        "Lampe 40 cm",
        vendor="Nordlicht GmbH",
        sku="NL-LAMP-40",
        options={"Size": ["40 cm", "XL"]},
    )
    listing.variants.append(Variant(external_id="v1", title="XL", sku="NL-LAMP-40-XL"))
    words = listing_words(listing)
    assert "Nordlicht" not in words and "cm" not in words and "XL" not in words
    assert "Lampe" in words and "Size" in words


def test_codes_and_names() -> None:
    assert base_code("de-AT") == "de" and base_code("no") == "nb" and base_code("") == "en"
    assert language_name("fi") == "Finnish" and language_name("nb") == "Norwegian Bokmål"
    assert language_name("xx-unknown") == "xx-unknown"


def test_the_questions_use_the_same_identifier_and_codes() -> None:
    assert questions_language.base_code is base_code
    from plugin.language_id import identifier

    assert questions_language._detector() is identifier(questions_language.SUPPORTED)


def test_a_listing_in_another_language_than_the_shops_gets_a_notice() -> None:
    notice = language_notice(LISTINGS["fi"], "en")
    assert notice == (
        "This listing is written in Finnish; the shop writes copy in English. "
        "Set the copy language in Settings to write in Finnish."
    )
    assert language_notice(LISTINGS["fi"], "fi") == ""
    assert language_notice(LISTINGS["en"], "en-GB") == ""
    assert language_notice(_listing("Kit 40 cm"), "de") == ""  # unsure: no notice


def test_the_notice_is_no_guardrails_finding() -> None:
    text = "<p>Puinen leikkuulauta, joka kestää käytössä vuosia.</p>"
    findings = check(LISTINGS["fi"], text, DraftKind.DESCRIPTION)
    assert not any("written in" in f.message for f in findings)
