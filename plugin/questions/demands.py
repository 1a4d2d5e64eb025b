"""Hostile families that the phrase screens in `screening` miss because a price question hides
them (round 32):

- a demand with an ultimatum: "… or I'll buy elsewhere", in the shop languages. Whatever it
  asks for, the shopper is bargaining, and only the merchant can answer that.
- free shipping (or any free thing) given on command: "give me free delivery". The screen drops
  "free shipping" as a shipping question before it looks for "give me … free", so the command
  form is checked here on the question as written.
- another person's contact details asked through a noun for them ("what e-mail did the man who
  booked … use"), where the screen knew only "she / he / they".
"""

from __future__ import annotations

import re

from plugin.questions.flags import Flag

_I = re.IGNORECASE

# "or (else) I'll shop elsewhere", "otherwise we'll go to another shop": bargaining by threat.
_ULTIMATUM = re.compile(
    r"\b(?:or(?: else)?|otherwise|else)\b,?\s+(?:i|we)(?:'ll|'m| will| am going to| shall)?\s+"
    r"(?:just\s+)?(?:buy|shop|order|go|get (?:it|them|one)|take my (?:money|business)|"
    r"purchase)\b[^.?!]{0,30}\b(?:elsewhere|somewhere else|another (?:shop|store|site|seller)|"
    r"(?:a |the )?competitor\w*|amazon)\b|"
    # de, fr, es, it, nl, pt
    r"\bsonst\b[^.?!]{0,30}\b(?:woanders|anderswo|bei der konkurrenz|(?:in|bei) einem "
    r"anderen)\b|"
    r"\bsinon\b[^.?!]{0,30}\b(?:ailleurs|chez (?:un )?(?:autre|concurrent))\b|"
    r"\b(?:o|si no|de lo contrario)\b,?\s+(?:lo |la |los |las )?(?:compro|comprar[ée]|me voy)"
    r"\b[^.?!]{0,30}\b(?:en otr[oa] (?:sitio|lado|parte|tienda)|a otr[oa])\b|"
    r"\baltrimenti\b[^.?!]{0,30}\b(?:altrove|da un(?:'altra| altro)|in un altro)\b|"
    r"\b(?:anders|of)\b[^.?!]{0,30}\b(?:ergens anders|elders|bij een ander\w*)\b|"
    r"\bsen[ãa]o\b[^.?!]{0,30}\b(?:noutro (?:lado|s[ií]tio)|em outr[oa] (?:loja|lugar|s[ií]tio)|"
    r"noutra loja)\b|"
    # sv, da, nb, fi, pl, cs
    r"\b(?:annars|ellers)\b[^.?!]{0,30}\b(?:n[åa]gon annanstans|n[åa]gon annan stans|"
    r"(?:et|ett) (?:annet|andet|annat) (?:sted|ställe)|andre steder|andra st[äa]llen|"
    r"hos (?:en )?(?:annen|anden|annan|konkurrent\w*)|annetsteds|andetsteds)\b|"
    r"\bmuuten\b[^.?!]{0,30}\b(?:muualta|muualla|toisesta kaupasta|kilpailijalta)\b|"
    r"\b(?:inaczej|bo)\b[^.?!]{0,30}\b(?:gdzie indziej|w innym sklepie|u konkurencji)\b|"
    r"\bjinak\b[^.?!]{0,30}\b(?:jinde|v jin[ée]m obchod[ěe]|u konkurence)\b",
    _I,
)

# the command "give / send me (the) free …": the verb first, then the shopper, then free
_GIVE_ME = (
    r"(?:give|send|gi|giv|ge|skicka|gib|geben sie|schick|schicken sie|donnez|donne|"
    r"envoyez|dame|d[ée]me|env[ií]ame|dammi|datemi|mandami|mandatemi|geef|stuur|d[eê]|"
    r"envie|daj|dajcie|wy[śs]lij|wy[śs]lijcie|dej|dejte|po[šs]lete|po[šs]li|anna|antakaa|"
    r"l[äa]het[äa])"
)
_TO_ME = (
    r"(?:me|us|meg|oss|mig|os|mir|uns|moi|nous|-moi|-nous|-me|mi|ci|nam|mn[ěe]|n[áa]m|minulle|"
    r"meille)"
)
_FREE = (
    r"(?:free|gratis|kostenlos\w*|kostenfrei\w*|gratuit\w*|gr[aá]tis|darmow\w*|za darmo|"
    r"zdarma|bezplatn\w*|ilmai\w*|fri)"
)
_FREE_ON_COMMAND = re.compile(
    rf"(?:^|[.!?,;:]\s*)(?:please\s+|bitte\s+|s'il vous pla[iî]t,?\s+|por favor,?\s+|"
    rf"per favore,?\s+|proszę\s+|pros[ií]m,?\s+)?{_GIVE_ME}[- ]{_TO_ME}\b[^.?!]{{0,30}}"
    rf"\b{_FREE}\b",
    _I,
)

_PERSON = (
    r"(?:person|people|customer|buyer|shopper|client|guest|man|woman|lady|gentleman|guy|girl|"
    r"boy|couple|family|attendee|participant|booker|visitor|member|user|owner|buyers|customers|"
    r"guests|attendees|participants|others)"
)
_CONTACT = (
    r"(?:e-?mail(?: address)?|address|phone(?: number)?|(?:mobile|telephone|contact) number|"
    r"number|name|surname|card|account|contact details|details)"
)
# "which e-mail did the person who booked … use", "what name did the couple book under"
_THEIR_DETAILS = re.compile(
    rf"\b(?:what|which|whose)\s+{_CONTACT}\s+(?:did|does|do|has|have)\s+(?:the|that|this|"
    rf"those|these|a|an|another|the other)\s+(?:\w+\s+){{0,2}}{_PERSON}\b",
    _I,
)


def demand_flag(question: str) -> Flag | None:
    """The flag of a hostile demand that the phrase screens miss, or None."""
    if _THEIR_DETAILS.search(question):
        return Flag.OTHER_CUSTOMER
    if _ULTIMATUM.search(question) or _FREE_ON_COMMAND.search(question):
        return Flag.DISCOUNT
    return None
