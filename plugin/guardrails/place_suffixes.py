"""Origins said with a suffix on the place and the verb after it, as Turkish says them
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


def suffixed_origins(text: str) -> list[tuple[int, int, str]]:
    """Each origin said this way: its start, its end and the place as written."""
    return [(m.start(), m.end(), m.group("place")) for m in _SUFFIXED_ORIGIN.finditer(text)]
