"""Copy in the shop's language for scripts with their own punctuation (round 47, lang47b):
Greek, Korean, Hebrew, Arabic, Japanese, Chinese and Thai, each on an invented listing, every
kind written with the language's own marks and no English or Latin-script frame word."""

from __future__ import annotations

import json
import re

import pytest

from plugin.domain import DraftKind, GenerationRequest, Listing, ShopVoice
from plugin.engine import sentence_passes
from plugin.generation.in_language import joined, read_in_language
from plugin.generation.in_language_kinds import in_language
from plugin.generation.languages import language_words, languages_with_words
from plugin.generation.script_punctuation import (
    WESTERN,
    last_sentence_end,
    listed,
    punctuation,
    sentences,
)
from plugin.generation.shop_check import in_shop_language
from plugin.language_id import listing_language

# Invented listings, one trade each: a garden trowel, a camping mug, a chopping board, a desk
# lamp, a bamboo board, a ceramic mug, a steel bottle.
LISTINGS = {
    "el": Listing(
        external_id="s-el",
        title="Φτυαράκι κήπου Ρίζα",
        vendor="Κηπουρική Άλφα",
        product_type="Φτυαράκι",
        options={"Χρώμα": ["Πράσινο", "Κόκκινο", "Μπλε"]},
        attributes={"Υλικό": ["Ανοξείδωτο ατσάλι"], "Εγγύηση": ["2 χρόνια"]},
    ),
    "ko": Listing(
        external_id="s-ko",
        title="캠핑 머그컵 알프",
        vendor="산길공방",
        product_type="머그컵",
        options={"색상": ["검정", "올리브", "모래"]},
        attributes={"소재": ["알루미늄"], "용량": ["350 ml"], "보증": ["1년"]},
    ),
    "he": Listing(
        external_id="s-he",
        title="קרש חיתוך זית",
        vendor="נגריית הגליל",
        product_type="קרש חיתוך",
        options={"מידה": ["S", "M", "L"]},
        attributes={"חומר": ["עץ זית"], "באריזה": ["קרש", "שמן טיפוח", "מתלה"]},
    ),
    "ar": Listing(
        external_id="s-ar",
        title="مصباح مكتب نور",
        vendor="ورشة الضوء",
        product_type="مصباح مكتب",
        options={"اللون": ["أسود", "أبيض"]},
        attributes={
            "محتويات العبوة": ["مصباح", "كابل", "دليل"],
            "الضمان": ["24 شهرًا"],
            "السعر": ["120 ر.س"],
        },
    ),
    "ja": Listing(
        external_id="s-ja",
        title="竹のまな板 森",
        vendor="森の工房",
        product_type="まな板",
        options={"サイズ": ["小", "中", "大"]},
        attributes={"素材": ["竹"], "お手入れ": ["食洗機非対応"], "産地": ["高知県"]},
    ),
    "zh": Listing(
        external_id="s-zh",
        title="陶瓷马克杯 云朵",
        vendor="白瓷工坊",
        product_type="马克杯",
        options={"颜色": ["白色", "灰色", "蓝色"]},
        attributes={"材质": ["陶瓷"], "容量": ["350 毫升"], "保养": ["可用洗碗机"]},
    ),
    "th": Listing(
        external_id="s-th",
        title="กระติกน้ำเก็บความเย็น ภูผา",
        vendor="ร้านเดินป่า",
        product_type="กระติกน้ำ",
        options={"ขนาด": ["500 ml", "750 ml", "1 ลิตร"]},
        attributes={"วัสดุ": ["สแตนเลส"], "รับประกัน": ["1 ปี"], "ราคา": ["390 บาท"]},
    ),
}
NEW = tuple(LISTINGS)
# The English words a frame of the others' must never say (the few-shot prompts' words).
ENGLISH = re.compile(r"\b(the|with|from|made|and|choose|our|range|price|weight)\b", re.I)
_TAGS = re.compile(r"<[^>]+>")


def _draft(code: str, kind: DraftKind, check: object = None) -> str:
    request = GenerationRequest(listing=LISTINGS[code], kind=kind, voice=ShopVoice(language=code))
    return in_language(request, check)  # type: ignore[arg-type]


def _prose(code: str) -> str:
    return _TAGS.sub("", _draft(code, DraftKind.DESCRIPTION).split("<ul>")[0])


def _said(code: str, listing: Listing | None = None) -> str:
    """Every fact sentence the frames give, the choices and care the description leaves to the
    list included (round 48), joined in the script's way."""
    copy = read_in_language(listing or LISTINGS[code], code, None)
    return _TAGS.sub("", sentences([s.text for s in copy.sentences], copy.language))


def _without_listing_words(code: str, text: str) -> str:
    listing = LISTINGS[code]
    said = [listing.title, listing.vendor, listing.product_type]
    for table in (listing.attributes, listing.options):
        for name, values in table.items():
            said += [name, *values]
    for word in sorted(said, key=len, reverse=True):
        text = text.replace(word, "").replace(word.lower(), "")
    return text


@pytest.mark.parametrize("code", NEW)
def test_each_new_language_has_a_file_and_its_listing_reads_as_it(code: str) -> None:
    assert code in languages_with_words()
    words = language_words(code)
    assert words is not None and words.code == code
    assert listing_language(LISTINGS[code]) == code


@pytest.mark.parametrize("code", NEW)
def test_every_kind_says_the_product_with_no_english_and_no_latin_frame_word(code: str) -> None:
    prose = _prose(code)
    assert LISTINGS[code].title in prose
    short = _TAGS.sub("", _draft(code, DraftKind.SHORT_DESCRIPTION))
    seo = json.loads(_draft(code, DraftKind.SEO))
    faq = json.loads(_draft(code, DraftKind.FAQ))
    assert LISTINGS[code].title in short and seo["title"] == LISTINGS[code].title
    assert len(seo["description"]) <= 160
    assert len(faq) >= 2 and len({item["question"] for item in faq}) == len(faq)
    said = " ".join([prose, short, seo["description"], *(i["question"] for i in faq)])
    said += " ".join(i["answer"] for i in faq)
    assert not ENGLISH.search(said), said
    # Every Latin letter comes from the listing (a size "S", a unit "ml"), none from a frame.
    assert not re.search(r"[A-Za-z]", _without_listing_words(code, said).replace("ml", "")), said
    for value in ("120 ر.س", "390 บาท"):
        assert value not in said


@pytest.mark.parametrize("code", ["ja", "zh"])
def test_japanese_and_chinese_end_with_the_full_stop_and_put_no_space_between_sentences(
    code: str,
) -> None:
    prose = _prose(code)
    assert prose.endswith("。") and "。 " not in prose
    assert ". " not in prose and ", " not in prose and "," not in prose
    assert "、" in _said(code)  # the options' values
    for item in json.loads(_draft(code, DraftKind.FAQ)):
        assert item["question"].endswith("？") and item["answer"].endswith("。")
    short = _TAGS.sub("", _draft(code, DraftKind.SHORT_DESCRIPTION))
    assert "。 " not in short and short.endswith("。")
    fact_list = _draft(code, DraftKind.DESCRIPTION).split("<ul>")[1]
    assert "：" in fact_list and ": " not in fact_list


def test_japanese_lists_with_the_ideographic_comma_and_denies_no_dishwasher() -> None:
    prose = _prose("ja")
    assert "サイズは小、中、大からお選びいただけます。" in _said("ja")
    # Round 50: the title names the bamboo, so its reason alone follows the woven first line.
    assert "の商品で、産地は" in prose and "素材は竹です。" in _said("ja")
    assert "後片付け" not in prose  # "食洗機非対応" is no dishwasher fact


def test_chinese_says_and_or_by_its_own_marks_and_gives_the_dishwasher_reason() -> None:
    prose = _prose("zh")
    assert "颜色有白色、灰色、蓝色可选。" in _said("zh")
    assert "保养方法：可用洗碗机。清洗省时又省力。" in prose


def test_thai_separates_sentences_with_a_space_and_has_no_final_mark() -> None:
    prose = _prose("th")
    assert "." not in prose and "。" not in prose
    # Round 50: the material woven into the first line, its reason in the next paragraph.
    first = _draft("th", DraftKind.DESCRIPTION).split("</p>")[0]
    assert first.endswith(" ผลิตจาก สแตนเลส") and "วัสดุไม่เป็นสนิมง่าย" in prose
    assert "ขนาดให้เลือก: 500 ml, 750 ml หรือ 1 ลิตร" in _said("th")
    for item in json.loads(_draft("th", DraftKind.FAQ)):
        assert not item["question"].endswith(("?", "."))


def test_arabic_lists_with_its_comma_and_writes_and_onto_the_word() -> None:
    prose = _prose("ar")
    # Round 50: a label-shaped sentence is the list's beside a maker; the frames still join so.
    assert "محتويات العبوة: مصباح، كابل ودليل." in _said("ar")
    assert "محتويات العبوة" not in prose
    assert "اللون حسب اختيارك: أسود أو أبيض." in _said("ar")
    for item in json.loads(_draft("ar", DraftKind.FAQ)):
        assert item["question"].endswith("؟")


def test_hebrew_writes_and_onto_a_hebrew_word_and_or_apart() -> None:
    prose = _prose("he")
    assert "באריזה: קרש, שמן טיפוח ומתלה." in _said("he")
    assert "באריזה" not in prose  # round 50: the list's beside a maker
    assert "מידה לבחירה: S, M או L." in _said("he")


def test_hebrew_and_before_a_latin_value_takes_a_hyphen_and_arabic_a_space() -> None:
    he, ar = language_words("he"), language_words("ar")
    assert listed(("כבל", "USB"), "ו", he) == "כבל ו-USB"
    assert listed(("كابل", "USB"), "و", ar) == "كابل و USB"


def test_greek_and_korean_keep_western_marks_and_say_the_material_reason() -> None:
    greek = _prose("el")
    assert "Υλικό κατασκευής: ανοξείδωτο ατσάλι. Το υλικό δεν σκουριάζει εύκολα." in greek
    assert "Χρώμα της επιλογής σας: πράσινο, κόκκινο ή μπλε." in _said("el")
    korean = _prose("ko")
    assert "용량은 350 ml입니다." in korean and "보증 기간은 1년입니다." in korean
    assert "색상 선택: 검정, 올리브 또는 모래." in _said("ko")


def test_the_defaults_are_the_western_marks_every_older_file_keeps() -> None:
    for code in ("de", "fr", "pl", "tr", "ru", "vi"):
        words = language_words(code)
        assert punctuation(words) == WESTERN
        values = ("Rot.", "Blau", "Grün;")
        assert listed(values, "und", words) == joined(values, "und")
    assert sentences(("A.", "B."), None) == "A. B."
    assert last_sentence_end("One. Two", punctuation(None)) == 3


def test_a_japanese_meta_is_cut_after_its_last_full_stop() -> None:
    assert last_sentence_end("あ。い。う", punctuation(language_words("ja"))) == 3
    assert last_sentence_end("あ。い。う", punctuation(None)) == -1


def test_the_sentence_check_reads_a_sentence_in_the_shops_language() -> None:
    listing = LISTINGS["el"]
    sentence = "Υλικό κατασκευής: ανοξείδωτο ατσάλι. Το υλικό δεν σκουριάζει εύκολα."
    assert not sentence_passes(listing, sentence)  # as English: largely in another script
    assert sentence_passes(listing, sentence, language="el")
    bound = in_shop_language(sentence_passes, "el")
    assert bound is not None and bound(listing, sentence)
    seen: list[str] = []

    def noted(_listing: Listing, _text: str, language: str) -> bool:
        seen.append(language)
        return True

    told = in_shop_language(noted, "ja")
    assert told is not None and told(listing, sentence) and seen == ["ja"]


@pytest.mark.parametrize("code", NEW)
def test_with_the_guardrails_check_the_fact_sentences_stay(code: str) -> None:
    copy = read_in_language(LISTINGS[code], code, sentence_passes)
    assert len(copy.sentences) >= 2, [s.text for s in copy.sentences]


# Invented: a tea tin written in Traditional characters.
TEA_TIN = Listing(
    external_id="s-zh-hant",
    title="錫製茶葉罐 山嵐",
    vendor="錫器工坊",
    product_type="茶葉罐",
    options={"顏色": ["銀色", "金色"]},
    attributes={"材質": ["純錫"], "容量": ["150 毫升"], "產地": ["臺灣"]},
)


def _zh_prose(listing: Listing, code: str) -> str:
    request = GenerationRequest(
        listing=listing, kind=DraftKind.DESCRIPTION, voice=ShopVoice(language=code)
    )
    return _TAGS.sub("", in_language(request, None).split("<ul>")[0])


def test_a_traditional_listing_in_a_bare_chinese_shop_gets_traditional_frames() -> None:
    prose = _zh_prose(TEA_TIN, "zh")
    # Round 50: the material and origin woven into the first line.
    assert "，採用純錫製成，產自" in prose and "容量為150 毫升。" in prose
    assert "顏色有銀色、金色可選。" in _said("zh", TEA_TIN)
    assert not set("采为选产") & set(prose)
    faq = json.loads(
        in_language(
            GenerationRequest(listing=TEA_TIN, kind=DraftKind.FAQ, voice=ShopVoice(language="zh")),
            None,
        )
    )
    assert "這款商品採用什麼材質？" in {item["question"] for item in faq}


def test_the_shops_region_or_script_chooses_the_chinese_script_first() -> None:
    simplified = LISTINGS["zh"]
    # Round 50: the title names the porcelain, so its reason alone is said, in the script.
    assert "表面一擦即淨。" in _zh_prose(simplified, "zh-TW")
    assert "表面一擦即淨。" in _zh_prose(simplified, "zh-Hant")
    assert "表面一擦即净。" in _zh_prose(simplified, "zh")
    assert "，采用純錫制成，" in _zh_prose(TEA_TIN, "zh-CN")


def test_a_microwave_safe_korean_mug_gets_its_reason_and_a_denied_one_none() -> None:
    def described(care: str) -> str:
        listing = Listing(
            external_id="s-ko-mw", title="도자기 머그컵 하루", attributes={"관리": [care]}
        )
        request = GenerationRequest(
            listing=listing, kind=DraftKind.DESCRIPTION, voice=ShopVoice(language="ko")
        )
        return in_language(request, None)

    assert "음식을 빠르게 데울 수 있습니다." in described("전자레인지 사용 가능")
    assert "데울 수" not in described("전자레인지 사용 불가")
