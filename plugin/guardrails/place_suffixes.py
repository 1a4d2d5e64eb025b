"""Origins said with the place before the verb: with a suffix on the place, as Turkish says them
("Bursa'da dokundu", woven in Bursa; "İzmir'de üretilmiştir", made in İzmir): the place, its
apostrophe and locative ending, then a passive verb of making (a stem and its passive ``-ıl``
or ``-n``, then a past ending). Word classes, not a list of verbs."""

from __future__ import annotations

import re

_PLACE = r"[A-ZÇĞİÖŞÜ][^\W\d_]+(?:\s+[A-ZÇĞİÖŞÜ][^\W\d_]+){0,2}"
_LOCATIVE = r"['’](?:d|t)[ae]"
_PASSIVE_PAST = (
    r"[a-zçğıöşü]{2,}(?:ıl|il|ul|ül|ın|in|un|ün|n)"
    r"(?:dı|di|du|dü|tı|ti|tu|tü|mıştır|miştir|muştur|müştür|mış|miş|muş|müş)"
)
_SUFFIXED_ORIGIN = re.compile(
    rf"(?P<place>{_PLACE}){_LOCATIVE}\s+(?:el(?:de|le)\s+)?(?P<verb>{_PASSIVE_PAST})\b"
)


# German puts the participle last: "in" and the place, then the verb ("In Tirol geschnitzt", "in
# Sachsen hergestellt", "im Allgäu montiert"; round 33): a participle in "ge-…-t/-en" or in "-iert".
_VERB_LAST = re.compile(
    r"\b(?:[Ii]n|[Ii]m)\s+(?P<place>[A-ZÄÖÜ][^\W\d_]+(?:[\s-][A-ZÄÖÜ][^\W\d_]+){0,2})"
    r"\s+(?:von\s+Hand\s+|handwerklich\s+)?"
    r"(?P<verb>[a-zäöü]*ge[a-zäöüß]{2,}(?:t|en)|[a-zäöü]{3,}iert)\b"
)


def suffixed_origins(text: str) -> list[tuple[int, int, str]]:
    """Each origin said this way: its start, its end and the place as written."""
    return [
        (m.start(), m.end(), m.group("place"))
        for pattern in (_SUFFIXED_ORIGIN, _VERB_LAST)
        for m in pattern.finditer(text)
    ]
