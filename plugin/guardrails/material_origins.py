"""A material's origin said as the listing gives it: "Danish linen" when the listing's material
attribute, in its shop language, reads "Materiale: dansk hør". The listing gives that country for
its material only, and the claim says it of a material, so it is no origin claim for the whole
product; whether the material is the listing's is the material rule's to judge."""

from __future__ import annotations

from plugin.guardrails.claims import Claim
from plugin.guardrails.vocabulary import MATERIAL_LABELS_ABROAD, MATERIALS

_ENGLISH_LABELS = frozenset("material materials fabric fabrics composition".split())


def of_the_material(claim: Claim, parts: set[str]) -> bool:
    """The claim is a place's adjective or name right before a material ("Norwegian wool"), and
    the listing gives that place for its material (the parts are a material label or the
    material itself)."""
    about = claim.about or ""
    if not about or not claim.text.startswith(about):
        return False
    rest = claim.text[len(about) :].strip()
    material = MATERIALS.pattern.match(rest) if rest else None
    if not material:
        return False
    labels = _ENGLISH_LABELS | MATERIAL_LABELS_ABROAD
    return any(part.lower() in labels or part.lower() == material.group().lower() for part in parts)
