"""Words naming a part of a product, shared by the fact roles (a part's colour is not the
product's) and the value shapes (a part reads "It has …", not "It is made of …")."""

PARTS = frozenset(
    """top base shell lining liner handle handles stand bowl bowls shaft shafts grip grips trim
    box tube lid lids feet foot pad pads body burrs burr head layer backing strap straps frame
    sole soles upper uppers cover case bearing blade blades wires wire cord cap caps tips tip
    insole insoles legs seat back arms zip zips buttons clasp chain hood cuffs collar band
    bristles spring hinges wheels core filling fill mesh panel panels pocket pockets
    fittings loop loops hook hooks shade valve vent switch display lock light timer
    release tray trays jar bottle basket spout groove whistle hole guard filter infuser
    strainer sharpener buckle drawer shelf compartment sleeve visor brim kickstand mode bag sack
    pouch vestibule windshield tape net roll port catch clip motor ratchet sensor poster pin cup
    mitt thermostat drag shield treadle igniter pump dial nozzle lens rim fan arbor prism mount
    finder focuser eyepiece spool cleat drinker extractor gate fin leash skirt canister servo
    rest centre center""".split()
)
