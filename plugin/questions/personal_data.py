"""A shopper's own personal data in a question: e-mail addresses, phone numbers, street
addresses and names they give ("my name is …", "Thanks, Anna"). It is cut out before the question
is ranked against the facts or put in a prompt, and a reply that would repeat any of it is not
sent: the question stays stored as asked, for the merchant.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
# Seven or more digits, with the separators people type (+, spaces, dots, dashes, brackets).
_PHONE = re.compile(r"(?<![\w.])\+?\(?\d(?:[\s().-]{0,2}\d){6,14}(?![\w.]*\d)")
_STREET_WORDS = (
    r"street|st|avenue|ave|road|rd|lane|ln|drive|dr|boulevard|blvd|way|court|ct|place|pl|"
    r"straße|strasse|str|weg|gasse|platz|allee|straat|laan|plein|rue|avenue|chemin|calle|"
    r"avenida|via|viale|piazza|rua|travessa|largo"
)
_COMPOUND_STREET_WORDS = (
    r"straße|strasse|str|weg|gasse|platz|allee|straat|laan|plein|gatan|gata|vägen|vej|veien|gade"
)
_ADDRESS = re.compile(
    rf"\b\d{{1,5}}\s+(?:[A-ZÀ-Ý][\w'’-]*\s+){{1,4}}(?:{_STREET_WORDS})\b\.?(?:,?\s+"
    rf"(?:apt|unit|suite|flat)\.?\s*\w+)?"
    # A street name written as one word ends in a street word of the languages that write it
    # so ("Hauptstraße 5", "Dorpsstraat 12"): an English word ending in "st" or "rd" before a
    # figure ("post 1-star reviews", "third 2 days") is none.
    rf"|\b(?-i:[A-ZÀ-Ý])[\w'’-]*(?:{_COMPOUND_STREET_WORDS})\s+\d{{1,5}}\w?\b"
    rf"|\b(?:{_STREET_WORDS})\s+(?:[A-ZÀ-Ý][\w'’-]*\s+){{1,3}}\d{{1,5}}\w?\b",
    re.IGNORECASE,
)
# The town after a street address ("14 Alder Lane, Springfield"), or after "I live in".
_TOWN_AFTER = re.compile(r"^\s*,\s*((?:[A-ZÀ-Ý][\w'’-]+)(?:\s+[A-ZÀ-Ý][\w'’-]+){0,2})")
_LIVE_IN = re.compile(
    r"(?i:\bi live in|\bi'm based in|\bich wohne in|\bj'habite à|\bvivo en|\babito a|"
    r"\bik woon in|\bmoro em|\bjag bor i|\bjeg bor i|\basun|\bmieszkam w)\s+"
    r"((?:[A-ZÀ-Ý][\w'’-]+)(?:\s+[A-ZÀ-Ý][\w'’-]+){0,2})"
)
# A full name standing on its own: opening the message (after a greeting), or next to the
# e-mail address or phone number it came with ("Kenji Watanabe, kenji@…", "Jordan Blake here",
# "Sophie Martin, phone 0770…").
# A capitalised name word; "O'Connell", "D'Souza" too.
_NAME_WORD = r"[A-ZÀ-Ý](?:[a-zà-ÿ]|['’][A-ZÀ-Ý])[\w'’-]*"
# Surname particles written in lower case: "Sander de Wit", "Ana dos Santos".
_PARTICLE = r"(?:de|van|der|den|von|du|da|di|le|la|del|dos|das|ten|ter|af|zu)"
_NAME = rf"{_NAME_WORD}(?:\s+(?:{_PARTICLE}\s+){{0,2}}{_NAME_WORD}){{1,2}}"
_LEADING_NAME = re.compile(
    r"^\s*(?:(?i:hi|hiya|hoi|morning|good morning|hello|hey|dear|hallo|bonjour|salut|hola|"
    r"ciao|buongiorno|ol[áa]|bom dia|"
    r"goedendag|dag|hej|hejsan|hei|moi|terve|cześć|czesc|dzień dobry|god dag|goddag|greetings)\b"
    r"[\s,!.:;–—-]*(?:(?i:it'?s|it’s|it is|this is|c'est|hier ist|aqu[ií]|sono|from|met)\s+)?)?"
    # the word that says it is the sender ("Jan Peeters here, …") goes with the name (round 24)
    rf"({_NAME})(\s+(?i:here|hier|ici|aqu[ií]|qui|här|her|täällä|tutaj)\b)?"
    r"(?=\s*(?:,|\(|\)|-|–|—|:|\bhere\b|\bhier\b|\bici\b|\baqu[ií]\b|\bqui\b|"
    r"\bhär\b|\bher\b|\btäällä\b|\btutaj\b|\bz tej strony\b))"
)
# The label starts a word of its own: "Is the Grand Hotel Lamp dimmable?" names nobody, though
# a word ends in "tel" (round 55).
_NAME_BY_CONTACT = re.compile(
    rf"({_NAME})(?=\s*[,(-]?\s*(?:(?i:on|at|via|under|unter|au|al|op|pod|pa|på)\s+)?"
    r"(?:\b(?i:phone|tel|mobile|cell|e-?mail|mail|telefon|t[ée]l[ée]fono|"
    r"telefone|t[ée]l[ée]phone|telefonnummer|puhelin|puh|telefonu?)\b|\x00))"
)
# A name written in lower case, after "it's"/"this is" and just before the contact it came with
# ("hey its sam lee 555-0142").
_LOWER_NAME_BY_CONTACT = re.compile(
    r"(?i:\bit'?s|\bit’s|\bthis is)\s+([a-z][a-z'’-]+(?:\s+[a-z][a-z'’-]+)?)(?=\s*[,(-]?\s*\x00)"
)
# A full name in brackets just after the contact it came with ("ana@… (Ana Silva)") (round 42).
_NAME_AFTER_CONTACT = re.compile(rf"(?<=\x00)\s*[(\[]\s*({_NAME})\s*[)\]]")
# Where an e-mail address or phone number was cut: the name before it is the sender's.
_CUT = "\x00"
# Asking to be written to or called back just before the contact ("you can write to me at …",
# "phone me back at …"), or naming it in a shop language ("mi número es …", "meine Nummer ist
# …") (round 55): what is left of it once the contact is cut asks nothing of the product.
_CONTACT_REQUESTS = (
    r"(?:please\s+|you\s+can\s+)?(?:e-?mail|mail|write(?:\s+to)?|call|ring|text|phone|contact|"
    r"reach)\s+me"
    r"(?:\s+back)?\s+(?:at|on|via)",
    r"mi\s+(?:m[óo]vil|tel[ée]fono|n[úu]mero|correo|e-?mail)\s+es",
    r"mon\s+(?:num[ée]ro|portable|t[ée]l[ée]phone|e-?mail|mail)\s+(?:est|c'est)",
    r"meine?\s+(?:handy|handynummer|nummer|telefonnummer|e-?mail(?:-adresse)?)\s+(?:ist|lautet)",
    r"il\s+mio\s+(?:numero|cellulare|telefono)\s+è|la\s+mia\s+e-?mail\s+è",
    r"mijn\s+(?:nummer|telefoonnummer|gsm|e-?mail(?:adres)?)\s+is",
    r"(?:o\s+)?meu\s+(?:n[úu]mero|telem[óo]vel|celular|e-?mail)\s+[ée]",
    r"(?:mitt|mit)\s+(?:nummer|telefonnummer|mobilnummer)\s+(?:är|er)",
    # "call me on …" in the shop languages (round 58)
    r"ring\s+(?:meg|mig)(?:\s+tilbake|\s+tilbage|\s+tillbaka)?\s+p[åa]",
    r"bel\s+(?:me|mij)(?:\s+terug)?\s+op",
    r"ruf(?:en\s+sie)?\s+mich\s+(?:zurück\s+)?(?:an\s+)?unter",
    r"(?:appelez|appelle)[-\s]moi\s+au",
    r"ll[áa]m(?:ame|eme)\s+al",
    r"chiamami\s+al",
    r"liga[-\s]me\s+para",
    r"soita(?:kaa)?\s+minulle(?:\s+numeroon)?",
    r"zavolej(?:te)?\s+mi\s+na",
    r"zadzwo[ńn]\s+do\s+mnie\s+pod",
)
# What introduced contact details ("and my number is …, just in case", "reach me at …").
_CONTACT_INTRO = re.compile(
    r"(?:(?i:\b(?:and\s+)?(?:my\s+(?:phone\s+|mobile\s+|cell\s+)?(?:number|phone|e-?mail"
    r"(?:\s+address)?)\s+is|(?:you\s+can\s+)?(?:reach|call|text)\s+me\s+(?:at|on))\s*)"
    rf"|(?i:\b(?:{'|'.join(_CONTACT_REQUESTS)}):?\s*)"
    # or the bare label it came under ("tel. +48 …", "phone: 0470 …", "e-mail …") (round 24)
    r"|(?i:\b(?:phone|tel|mobile|mob|cell|e-?mail|mail|telefon|telefoon|t[ée]l[ée]fono|"
    r"telefone|t[ée]l[ée]phone|telefonnummer|tlf|puhelin|puh|telefonu?)\b\.?:?\s*))?"
    r"[(\[]?\s*\x00(?:\s*[)\]])?"
    # and what the shopper said of it after it ("… just in case", "… if needed", "… if you
    # prefer", "… any time") (round 28)
    r"(?i:\s*,?\s+(?:just\s+)?in\s+case\b|\s*,?\s+if\s+(?:needed|necessary|required|need\s+be|"
    r"you\s+(?:like|prefer|want|wish|need\s+to|have\s+to|must))\b|\s*,?\s+any\s*time\b"
    # "…, or phone me if it is easier" (round 55)
    r"|\s*,?\s+(?:or\s+)?(?:call|ring|text|phone)\s+me\s+if\s+(?:that|it)(?:['’]s|\s+is)\s+easier\b)?"
)
# "My name is Anna Smith", "I'm Anna", "je m'appelle Anna" …: the capitalised words after it.
_NAME_INTRO = re.compile(
    r"(?i:\bmy name is|\bmy name's|\bthis is|\bi am|\bi'm|\bi’m|\bname:|\bmein name ist|"
    r"\bich heiße|\bich heisse|\bich bin|\bje m'appelle|\bje m’appelle|\bje suis|\bmon nom est|"
    r"\bme llamo|\bmi nombre es|\bsoy|\bmi chiamo|\bil mio nome è|\bsono|\bmijn naam is|"
    r"\bik heet|\bik ben|\bo meu nome é|\bmeu nome é|\bchamo-me|\bme chamo|\bsou [ao]|\bsou|"
    r"\bjag heter|\bmitt namn är|\bjag är|\bjeg hedder|\bjeg heter|\bmit navn er|"
    r"\bmitt navn er|\bjeg er|\bnimeni on|\bolen|\bnazywam się|\bmam na imię|\bjestem)"
    rf"\s+({_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}})"
)
# A sign-off at the end: "Thanks, Anna", "Best regards, John Smith", "— Maria", "Gruß, Jan".
_SIGN_OFF = re.compile(
    r"(?i:\b(?:thanks|thank you|thx|cheers|regards|best|best regards|kind regards|many thanks|"
    r"danke|vielen dank|grüße|gruß|viele grüße|liebe grüße|merci|cordialement|bien à vous|"
    r"gracias|saludos|un saludo|grazie|saluti|cordiali saluti|bedankt|groeten|met vriendelijke "
    r"groet|obrigado|obrigada|cumprimentos|tack|tak|takk|mvh|hälsningar|vänliga hälsningar|"
    r"hilsen|venlig hilsen|med vennlig hilsen|kiitos|terveisin|ystävällisin terveisin|"
    r"dziękuję|dziekuje|pozdrawiam|z poważaniem)[,!.]?|(?:^|\s)[-–—~])\s*"
    r"((?:[A-ZÀ-Ý][\w'’-]+)(?:\s+[A-ZÀ-Ý][\w'’-]+){0,2})\s*[.!]?\s*$"
)
# Words that may follow "I'm" or "soy" without being a name.
_NOT_NAMES = frozenset(
    """interested looking wondering curious asking planning trying going thinking buying ordering
    new sure not allergic vegan a an the in from at on size tall short small large medium me just
    interessiert neugierig intéressé intéressée interesado interesada interessato interessata
    geïnteresseerd interessado interessada intresserad nyfiken interesseret interessert
    kiinnostunut zainteresowany zainteresowana ciekawa ciekawy""".split()
)


@dataclass(frozen=True)
class Stripped:
    """The question without personal data, and what was cut out."""

    text: str
    removed: tuple[str, ...]
    # the question with the personal data cut but an introduction's remains kept ("Hei, dette
    # er,,."): more of the shopper's own words, to tell their language by (round 47)
    said: str = ""


def strip_personal_data(question: str) -> Stripped:
    """The question with e-mail addresses, phone numbers, street addresses and given names cut
    out; what was cut is returned so that a reply repeating it can be refused."""
    removed: list[str] = []

    def cut(match: re.Match[str], group: int = 0) -> str:
        value = match.group(group)
        if group and value.split()[0].lower() in _NOT_NAMES:
            return match.group(0)
        removed.append(value.strip())
        return match.group(0).replace(value, " ") if group else " "

    def cut_with_intro(match: re.Match[str]) -> str:
        """The name and the words that introduced it ("soy Lucía" leaves no "soy" behind)."""
        kept = cut(match, 1)
        return " " if kept != match.group(0) else kept

    def cut_leading(match: re.Match[str]) -> str:
        kept = cut(match, 1)
        if kept != match.group(0) and match.group(2):
            kept = kept.replace(match.group(2), " ", 1)
        return kept

    def cut_contact(match: re.Match[str]) -> str:
        removed.append(match.group(0).strip())
        return f" {_CUT} "

    text = _EMAIL.sub(cut_contact, question)
    parts = []
    rest = text
    while match := _ADDRESS.search(rest):
        parts.append(rest[: match.start()])
        removed.append(match.group(0).strip())
        rest = rest[match.end() :]
        if town := _TOWN_AFTER.match(rest):
            removed.append(town.group(1))
            rest = rest[town.end() :]
        parts.append(" ")
    text = "".join(parts) + rest
    text = _LIVE_IN.sub(lambda m: cut(m, 1), text)
    text = _PHONE.sub(cut_contact, text)
    text = _NAME_INTRO.sub(cut_with_intro, text)
    # the sign-off's words go with the name: "…?, cheers" asks nothing more (round 55)
    text = _SIGN_OFF.sub(cut_with_intro, text)
    text = _LEADING_NAME.sub(cut_leading, text)
    text = _NAME_BY_CONTACT.sub(lambda m: cut(m, 1), text)
    text = _LOWER_NAME_BY_CONTACT.sub(lambda m: cut(m, 1), text)
    text = _NAME_AFTER_CONTACT.sub(lambda m: " " if cut(m, 1) != m.group(0) else m.group(0), text)
    text = _CONTACT_INTRO.sub(" ", text)
    cleaned = re.sub(r"\s+([,.!?;:])", r"\1", re.sub(r"\s{2,}", " ", text)).strip(" ,;-")
    said = cleaned or question
    if removed:
        cleaned = _without_introduction(cleaned)
    return Stripped(cleaned or question, tuple(dict.fromkeys(r for r in removed if r)), said)


# What is left of an introduction once the name and the contact are cut ("Hi,.", "my number
# is.", ". Can …"): a sentence of this many words or fewer before the question, which
# asks nothing and would count as asked words (round 47).
_INTRODUCTION_WORDS = 3
_SENTENCE_END = re.compile(r"(?<=[.!;:])\s+|^[\s.,;:!]+")


def _without_introduction(text: str) -> str:
    """``text`` without the leading sentences that are an introduction's remains: a few words
    not ending in a question mark, followed by the question itself."""
    sentences = [s for s in _SENTENCE_END.split(text) if s.strip()]
    while (
        len(sentences) > 1
        and not sentences[0].rstrip().endswith("?")
        and len(re.findall(r"\w+", sentences[0])) <= _INTRODUCTION_WORDS
    ):
        sentences.pop(0)
    return " ".join(sentences).strip(" ,;-") if sentences else text


def echoes(reply: str, removed: tuple[str, ...]) -> bool:
    """Whether a reply repeats any of the personal data cut out of its question."""
    lowered = reply.lower()
    return any(value.lower() in lowered for value in removed if len(value) >= 2)
