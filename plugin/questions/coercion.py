"""Hostile families that the phrase screens in `screening`, `demands` and `hostile_forms` miss
(round 34):

- a demand backed by a threat against the shop: "…, or I'll report you to my card company",
  "or we'll dispute the charge", "or I'll leave a one-star review", in the shop languages.
  Whatever it asks for, the shopper is bargaining by threat, and only the merchant answers that.
- the goods now and the money later: "I'll pay you next week", "pay after it arrives", "put it
  on my tab": a price the shop did not set, asked without the word discount.
- another person's contact details through a noun for them: "the phone number of the couple
  who …", "the address of the man who bought …" (`demands` knew only "which e-mail did the …");
  from round 36 also in the shop languages ("il numero della signora che ha comprato …").
"""

from __future__ import annotations

import re

from plugin.questions.flags import Flag

_I = re.IGNORECASE

# "or (else) I'll …" / "otherwise we will …" followed, within the sentence, by a threat
_THREAT = re.compile(
    r"\b(?:or(?: else)?|otherwise|else|if not|unless you do)\b,?\s+(?:i|we)(?:'ll|'m| will| am "
    r"going to| are going to| shall)?\s+(?:just\s+)?[^.?!]{0,40}\b(?:bank|card (?:company|issuer)|"
    r"credit card|paypal|charge ?back|dispute|fraud|scam\w*|police|lawyer|solicitor|attorney|"
    r"court|sue|trading standards|consumer (?:authority|ombudsman|protection)|ombudsman|"
    r"(?:bad|one[- ]star|1[- ]star|negative|terrible) reviews?|review\w* everywhere|"
    r"social media|twitter|facebook|instagram|tiktok|trustpilot)\b|"
    # de, fr, es, it, nl, pt
    r"\bsonst\b[^.?!]{0,40}\b(?:bank|anwalt|polizei|betrug|r[üu]ckbuchung|(?:schlechte|negative)"
    r"\w* bewertung\w*|verbraucherzentrale)\b|"
    r"\bsinon\b[^.?!]{0,40}\b(?:banque|avocat|police|fraude|(?:mauvais|n[ée]gatif)\w* avis)\b|"
    r"\b(?:o|si no|de lo contrario)\b,?\s+[^.?!]{0,40}\b(?:banco|abogado|polic[ií]a|fraude|"
    r"(?:mala|negativa)s? (?:rese[ñn]a|opini[óo]n)\w*)\b|"
    r"\baltrimenti\b[^.?!]{0,40}\b(?:banca|avvocato|polizia|frode|recension\w* negativ\w*)\b|"
    r"\b(?:anders|of)\b[^.?!]{0,40}\b(?:bank|advocaat|politie|fraude|slechte review\w*)\b|"
    r"\bsen[ãa]o\b[^.?!]{0,40}\b(?:banco|advogado|pol[ií]cia|fraude)\b|"
    # sv, da, nb, fi, pl, cs
    r"\b(?:annars|ellers)\b[^.?!]{0,40}\b(?:bank(?:en)?|advokat|polis(?:en)?|politi(?:et)?|"
    r"bedr[äa]geri|svindel|d[åa]rlig\w* (?:anmeldelse|omd[öo]me|vurdering)\w*)\b|"
    r"\bmuuten\b[^.?!]{0,40}\b(?:pankki\w*|poliisi\w*|asianajaja\w*|petos\w*)\b|"
    r"\b(?:inaczej|bo)\b[^.?!]{0,40}\b(?:bank\w*|policj\w*|prawnik\w*|oszustw\w*|"
    r"negatywn\w* opini\w*)\b|"
    r"\bjinak\b[^.?!]{0,40}\b(?:bank\w*|polici\w*|pr[áa]vn[ií]k\w*|podvod\w*|"
    r"negativn\w* recenz\w*)\b",
    _I,
)

# the goods now, the money later: "I'll pay you next month", "pay when it arrives"
_PAY_LATER = re.compile(
    r"\b(?:i|we)(?:'ll| will| can| could| promise to| shall)\s+pay\s+(?:you\s+)?(?:it\s+)?"
    r"(?:back\s+)?(?:later|next\s+(?:week|month|year|time|payday)|on\s+payday|in\s+(?:a|two|"
    r"three|\d+)\s+(?:days?|weeks?|months?)|(?:after|when|once)\b[^.?!]{0,30}\b(?:arrives?|"
    r"comes?|gets? paid|payday|delivered|received))\b|"
    r"\bpay\s+(?:you\s+)?(?:later|next\s+(?:week|month))\b[^.?!]{0,20}\b(?:promise|honest|"
    r"swear)\w*\b|"
    r"\bput\s+it\s+on\s+(?:my|a)\s+tab\b|"
    r"\b(?:zahle|bezahle)\s+(?:ich\s+)?(?:sp[äa]ter|n[äa]chste[nr]?\s+(?:woche|monat))\b|"
    r"\bje\s+(?:vous\s+)?paierai\s+(?:plus tard|le mois prochain|la semaine prochaine)\b|"
    r"\b(?:te|le|les)?\s*pagar[ée]\s+(?:m[aá]s tarde|el (?:mes|a[ñn]o) (?:que viene|pr[oó]ximo)|"
    r"la semana (?:que viene|pr[oó]xima))\b|"
    r"\bpagher[òo]\s+(?:pi[uù] tardi|il mese prossimo|la settimana prossima)\b|"
    r"\bik\s+betaal\s+(?:later|volgende\s+(?:week|maand))\b|"
    r"\bjag\s+betalar\s+(?:senare|n[äa]sta\s+(?:vecka|m[åa]nad))\b|"
    r"\bjeg\s+betaler\s+(?:senere|neste|n[æa]ste)\b|\bmaksan\s+(?:my[öo]hemmin|ensi)\b|"
    r"\bzap[łl]ac[eę]\s+(?:p[óo][źz]niej|w przysz[łl]ym)\b|"
    r"\bzaplat[íi]m\s+(?:pozd[ěe]ji|p[řr][íi][šs]t[íi])\b",
    _I,
)

_PERSON = (
    r"(?:person|people|customer|buyer|shopper|client|guest|man|woman|lady|gentleman|guy|girl|"
    r"boy|couple|family|families|attendee|participant|booker|visitor|member|owner|buyers|"
    r"customers|guests|attendees|participants|others|group|household|pupil|student|students|"
    r"neighbou?r|parents?|mother|father|kids?)"
)
_CONTACT = (
    r"(?:e-?mails?(?: address(?:es)?)?|addresse?s?|home address|phone(?: numbers?)?|(?:mobile|"
    r"telephone|contact|cell) numbers?|contact details|surnames?|last names?|full names?)"
)
# "the e-mail of the family that booked …", "phone numbers of the other guests"
_DETAILS_OF = re.compile(
    rf"\b{_CONTACT}\s+(?:of|for|belonging to)\s+(?:the|that|this|those|these|a|an|another|"
    rf"the other|other|any)\s+(?:\w+\s+){{0,2}}{_PERSON}\b",
    _I,
)

# the same in the shop languages: a contact detail, then "of the person / customer who …"
_FOREIGN_CONTACT = (
    r"(?:e-?mail\w*|indirizz\w+|numer\w+(?: di telefono| de telefone| telefonu)?|telefon\w*|"
    r"endere[çc]o|correo|adres\w*|adress\w*|contatt\w+|contacto|kontakt\w*|cognome|apelido|"
    r"nazwisk\w+|p[řr][ií]jmen\w+|nachname\w*)"
)
_FOREIGN_WHO = (
    r"(?:della|dello|del|dei|delle|di chi|da|do|dos|das|de la|del|de|der|des|van de|van het|"
    r"osoby|klienta|klientki|osob|z[aá]kazn[ií]ka|t[ée] osoby|t[ée] pan[ií]|pana|pani)"
)
_FOREIGN_PERSON = (
    r"(?:persona|persone|pessoa|pessoas|personne|person|persoon|cliente|clienti|client|klant|"
    r"kunde|kunden|signora|signore|senhora|senhor|ragazza|ragazzo|famiglia|fam[ií]lia|"
    r"partecipant\w*|participant\w*|deelnemer\w*|teilnehmer\w*|ospit\w*|h[oó]spede\w*)"
)
_FOREIGN_RELATIVE = r"(?:che|que|qui|die|der|welche|która|który|kto|kter[áý]|co)"
_DETAILS_OF_FOREIGN = re.compile(
    rf"\b{_FOREIGN_CONTACT}\s+(?:{_FOREIGN_WHO}\s+)?(?:\w+\s+){{0,2}}{_FOREIGN_PERSON}\b"
    rf"[^.?!]{{0,10}}\b{_FOREIGN_RELATIVE}\b|"
    rf"\b{_FOREIGN_CONTACT}\s+(?:osoby|klienta|klientki|z[aá]kazn[ií]ka|z[aá]kaznice|"
    r"t[ée] pan[ií]|pana|pani)\b"
    rf"[^.?!]{{0,10}}\b{_FOREIGN_RELATIVE}\b|"
    rf"\b{_FOREIGN_CONTACT}\s+di chi\b",
    _I,
)


def coercion_flag(question: str) -> Flag | None:
    """The flag of a threat, a pay-later demand or another person's details, or None."""
    if _DETAILS_OF.search(question) or _DETAILS_OF_FOREIGN.search(question):
        return Flag.OTHER_CUSTOMER
    if _THREAT.search(question) or _PAY_LATER.search(question):
        return Flag.DISCOUNT
    return None
