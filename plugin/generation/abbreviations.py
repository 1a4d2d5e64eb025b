"""The one table of abbreviations and codes the generation says in capitals (``letter_case``,
``name_case``). Each word is listed once; the callers' distinctions are named subsets:

- ``NEVER_WORDS``: no English word spells them, so one a frame or a tag lowered ("pvc", "Pvc")
  is said in capitals again (``name_case.capitals_kept``);
- ``READ_AS_WORDS``: abbreviations that read as words once lowered ("led", "pet", "us") or are
  too short to raise safely ("pe", "hd"): kept in capitals where the shop wrote them so, never
  raised;
- ``ABBREVIATIONS`` (both): what the ways of lowering a shop's capitals keep
  (``letter_case.caps_in_sentence``, ``letter_case.shouted_lowered``);
- ``IN_A_NAME``: what a name the shop wrote wholly in capitals keeps (``name_case.name_cased``);
- ``CODES``: codes written one way whatever case the shop typed ("usb-c" → "USB-C", "pdf" →
  "PDF"), with a unit after a number (``letter_case.units_raised``);
- ``IN_A_LABEL``: codes an attribute's label keeps in capitals (``labels.shown_label``).
"""

from __future__ import annotations

NEVER_WORDS = frozenset(
    "hss bpa pvc usb lcd gps diy mdf hdf osb hdpe ldpe ptfe pfas pfoa petg tpu tpe tpr "
    "upf spf rfid epdm".split()
)
READ_AS_WORDS = frozenset("led abs eva pet uv ac dc pla pe pp ps hd uk us eu usa iso din".split())
ABBREVIATIONS = NEVER_WORDS | READ_AS_WORDS

# Sizes, said in capitals in a name ("XL Dog Bed") and left as written elsewhere.
_SIZES = frozenset("xs xl xxl".split())
# Of ``ABBREVIATIONS``, those a name keeps: "PET", "HD" or "ISO" in a shouted name are said as
# words in title case ("Pet Bed").
IN_A_NAME = _SIZES | frozenset("led usb uv lcd gps diy pvc abs eva bpa mdf uk us eu usa".split())

# Codes said in capitals both in running text (``CODES``) and in a label (``IN_A_LABEL``).
_DEVICE_CODES = ("usb", "hdmi", "gps", "lcd", "rgb")
# Codes that are never an English word, as they are written.
CODES = {
    **{c: c.upper() for c in (*_DEVICE_CODES, "usb-a", "usb-b", "usb-c", "nfc")},
    # Round 40: file formats a shop types in lower case ("pdf, svg"), never an English word.
    **{f: f.upper() for f in ("otf", "ttf", "woff", "woff2", "pdf", "svg", "png", "jpg", "jpeg")},
    "epub": "EPUB",
}

# Codes a shop may write in lower case in a label ("otg", "uv_protection"): the list spells them
# as codes (``labels.shown_label``). Of ``CODES`` only the devices' codes: a file format or
# "usb-c" in a label is left as the shop wrote it.
IN_A_LABEL = frozenset(_DEVICE_CODES) | frozenset(
    "uv uva uvb otg led ip ipx spf upf bpa pfc pfas rfid co2 dcc cri tog eu uk diy "
    "tv hd inci iso abs pvc tpu eva dpi gsm".split()
)
