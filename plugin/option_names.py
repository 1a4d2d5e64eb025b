"""The names a product option or attribute goes by and the words shoppers use for it, in the
languages Copydesk reads.

Below questions and generation alike: a question's "which colours?" finds the listing's
"Farbe" option by these names, and an FAQ never asks a label in another language than its own.
"""

from __future__ import annotations

# Languages' names after the word that says "in" before them ("auf Deutsch", "en inglés").
LANGUAGE_NAMES: dict[str, str] = {
    "in": "english german french spanish italian dutch portuguese swedish danish norwegian "
    "finnish polish inglese tedesco francese spagnolo italiano olandese portoghese",
    "auf": "englisch deutsch franzosisch spanisch italienisch niederlandisch",
    "en": "anglais allemand francais espagnol italien neerlandais ingles aleman frances espanol "
    "italiano",
    "in het": "engels duits frans spaans italiaans nederlands",
    "em": "ingles alemao frances espanhol portugues",
    "pa": "engelska tyska svenska engelsk tysk dansk norsk",
    "po": "angielsku niemiecku polsku",
}

# Names an option or attribute goes by, and the words shoppers use for it.
NAME_SYNONYMS: dict[str, tuple[str, ...]] = {
    "color": (
        "color", "colour", "colors", "colours", "farbe", "farben", "couleur", "couleurs",
        "colores", "colore", "colori", "kleur", "kleuren", "cor", "cores", "shade", "shades",
        "farg", "farger", "farve", "farver", "farge", "vari", "varit", "vareja", "kolor", "kolory",
        # Finnish cases of "vari": in which colours, as a colour
        "vareissa", "varissa", "varia", "vareina", "varisena", "varinen",
        "kolorze", "kolorach",
        "barva", "barvy", "barvach", "barve", "barev",
    ),
    "size": (
        "size", "sizes", "sizing", "grosse", "grossen", "taille", "tailles", "talla", "tallas",
        "taglia", "taglie", "misura", "misure", "maat", "maten", "tamanho", "tamanhos", "tamano",
        "tamanos",
        "groesse", "groessen", "storlek", "storlekar", "storrelse", "storrelser", "koko", "koot",
        "kokoja", "rozmiar", "rozmiary", "rozmiarze", "rozmiarach",
        "velikost", "velikosti", "velikostech",
    ),
    "material": (
        "material", "materials", "made of", "made from", "fabric", "what is it made",
        "stoff", "woraus", "matiere", "tissu", "en quoi", "tela", "tejido", "de que esta hecho",
        "materiale", "tessuto", "di cosa", "materiaal", "stof", "waarvan", "tecido", "feito de",
        "de que e feito",
        "feitas", "feitos", "feita", "van gemaakt", "gjord av", "tillverkad av", "lavet af",
        "fremstillet af", "laget av", "materiale", "materiaali", "tehty", "valmistettu", "z czego",
        "wykonany", "wykonana", "zrobiony", "zrobiona", "material",
        "z ceho",
    ),
    "origin": (
        "origin", "where is it made", "where was it made", "where are they made", "made in",
        "where is it from", "where does it come from", "country", "produced", "manufactured",
        "herkunft", "hergestellt", "woher", "produziert", "origine", "fabrique", "provenance",
        "origen", "fabricado", "hecho en", "procedencia", "prodotto in", "fabbricato",
        "provenienza", "herkomst", "gemaakt in", "geproduceerd", "origem", "produzido",
        "ursprung", "tillverkad i", "oprindelse", "fremstillet i", "lavet i", "opprinnelse",
        "laget i", "produsert i", "alkupera", "valmistusmaa", "pochodzenie", "kraj pochodzenia",
        "wyprodukowany",
    ),
    "care": (
        "care", "wash", "washable", "washing", "washing machine", "clean", "dishwasher",
        "look after", "looking after", "take care of", "maintain", "maintenance",
        "machine wash", "tumble dry", "microwave", "pflege", "wasch",
        # a tumble dryer, in our languages; drying "in the machine" (pt)
        "dryer", "trockner", "seche-linge", "secadora", "asciugatrice", "droger",
        "torktumlare", "torretumbler", "kuivausrumpu", "suszarka", "na maquina",
        "spulmaschine", "reinig", "entretien", "laver", "lavage", "lave-vaisselle", "cuidado",
        "lavar", "lavado", "lavavajillas", "lavare", "lavaggio", "lavastoviglie", "wassen",
        "onderhoud", "vaatwasser", "lavagem", "maquina de lavar",
        "cuidar", "cuidados", "entretenir", "skotsel", "tvatta", "tvattas", "maskintvatt",
        "diskmaskin", "pleje", "vaske", "vaskes", "opvaskemaskine", "vedlikehold", "oppvaskmaskin",
        "hoito", "pesta", "konepesu", "astianpesukone", "pielegnacja", "prac", "zmywarka",
        "zmywarce", "czyscic", "iron", "bugeln", "repasser", "planchar", "stirare", "strijken",
        "engomar", "stryka", "stryge", "stryke", "silittaa", "prasowac",
    ),
    "capacity": (
        "capacity", "hold", "holds", "volume", "how many cups", "how much does it hold",
        "fassungsvermogen", "inhalt", "contenance", "capacidad", "capacita", "inhoud",
        "capacidade", "can it carry", "will it carry", "how much weight", "weight limit",
        "hold me", "support me", "max load", "maximum load", "how much fits",
        "wie viel passt", "wieviel passt", "tragen", "tragt", "combien contient", "supporte",
        "cuanto cabe", "soporta", "quanto contiene", "regge", "hoeveel past", "draagt",
        "quanto cabe", "suporta", "dragen", "kan dragen", "porter", "aguanta", "regge",
        "rymmer", "volym", "kapacitet", "rummer", "volumen", "rommer", "kapasitet", "volum",
        "tilavuus", "vetoisuus", "pojemnosc", "miesci",
        # "How much" with a unit of volume asks the capacity, never the price.
        "how many litres", "how many liters", "wie viele liter", "wieviel liter", "wie viel liter",
        "combien de litres", "cuantos litros", "quanti litri", "hoeveel liter", "quantos litros",
        "hur manga liter", "hvor mange liter", "montako litraa", "ile litrow",
        # cups, as "how many cups" asks
        "hoeveel kopjes", "hoeveel koppen", "wie viele tassen", "combien de tasses",
        "cuantas tazas", "quante tazze", "quantas chavenas", "quantas xicaras",
        "hur manga koppar", "hvor mange kopper", "montako kupillista", "kuinka monta kupillista",
        "ile filizanek",
    ),
    "duration": (
        "duration", "how long is the", "how long does the", "how long will the", "how long do",
        "dauer", "dauert", "wie lange", "duree", "combien de temps", "duracion", "cuanto dura",
        "durata", "quanto dura", "duur", "duurt", "hoe lang", "duracao", "quanto tempo",
        "hur lange", "varaktighet", "hvor laenge", "varighed", "hvor lenge", "varighet",
        "kuinka kauan", "kesto", "kestaa", "jak dlugo", "czas trwania", "trwa", "haller",
        # "how many hours", and "lasts" where the verb alone says it ("¿cuántas horas dura?")
        "how many hours", "wie viele stunden", "combien d'heures", "cuantas horas",
        "quante ore", "hoeveel uur", "quantas horas", "hur manga timmar", "hvor mange timer",
        "kuinka monta tuntia", "ile godzin", "dura", "durano", "duram",
        "jak dlouho", "vydrz", "kolik hodin", "doba",
    ),
    "battery": ("battery", "batteries", "akku", "batterie", "bateria", "batteria", "batterij",
                "batteri", "paristo", "akumulator"),
    "brightness": ("bright", "brightness", "lumens", "helligkeit", "hell", "lumineux",
                   "luminosite", "brillo", "brillante", "luminoso", "luminosita", "helderheid",
                   "fel", "felheid", "brilho", "ljusstark", "ljusstyrka", "lysstyrke",
                   "lysstaerke", "kirkas", "kirkkaus", "kirkkaampi", "jasny", "jasnosc"),
    "scent": ("scent", "smell", "fragrance", "duft", "geruch", "odeur", "parfum", "olor",
              "aroma", "profumo", "geur", "cheiro", "doft", "lukt", "lugt", "tuoksu", "haju",
              "zapach"),
    "certifications": ("certif", "certified", "zertifi", "certifie", "gecertificeerd",
                       "certyfik", "sertifi", "organic", "bio", "oko", "biologique",
                       "biologico", "ecologico", "biologisch", "organico", "ekologisk",
                       "okologisk", "luomu", "ekologiczny"),
    "contents": ("included", "include", "contain", "come with", "comes with", "in the box",
                 "pieces", "enthalten", "inclus", "contient", "incluye", "contiene", "bevat",
                 "inclui", "teile", "stuck", "pieces", "piezas", "pezzi", "onderdelen", "delen",
                 "pecas", "vem", "ingar", "innehaller", "foljer med", "medfolger",
                 "folger med", "indeholder", "inneholder", "sisaltaa", "zawiera",
                 "w zestawie"),
    # how many people it takes (seats, a group's size): asked with a count word (COUNT)
    "people": ("people", "persons", "person", "seats", "passengers", "participants", "guests",
               "personen", "teilnehmer", "sitzplatze", "personnes", "participants", "places",
               "personas", "plazas", "participantes", "persone", "posti", "partecipanti",
               "zitplaatsen", "deelnemers", "pessoas", "lugares", "personer", "platser",
               "deltagare", "pladser", "deltagere", "plasser", "deltakere", "henkiloa", "henkea",
               "hengelle", "osallistujaa", "osoby", "osob", "osoba", "miejsc", "uczestnikow"),
    "pages": ("pages", "page count", "seiten", "paginas", "hojas", "pagine", "pagina's",
              "bladzijden", "folhas", "sidor", "sider", "sivua", "sivuja", "stron", "strony"),
    "plug": ("plug", "socket", "stecker", "prise", "fiche", "enchufe", "clavija", "spina",
             "stekker", "ficha", "stickkontakt", "stik", "plugg", "stopsel", "pistoke",
             "wtyczka", "wtyczke", "wtyczki"),
    "power": ("watt", "wattage", "how powerful", "leistung", "puissance", "potencia",
              "potenza", "vermogen", "effekt", "teho", "moc"),
    "hardness": ("hardness", "how hard", "harte", "wie hart", "durete", "dureza", "durezza",
                 "hardheid", "hardhet", "hardhed", "kovuus", "twardosc"),
    "noise": ("loud", "noisy", "noise", "quiet", "silent", "tick", "ticking", "laut", "leise",
              "gerausch", "bruyant", "silencieux", "bruit", "ruidoso", "silencioso", "ruido",
              "rumoroso", "silenzioso", "rumore", "luid", "geluid", "barulhento", "barulho",
              "hogljudd", "tyst", "ljud", "larmende", "stoj", "lyd", "stoy", "meluisa",
              "hiljainen", "glosny", "cichy", "halas"),
    # the language a book, pattern or manual is written in: its word, or "in <a language>"
    "language": ("language", "languages", "sprache", "langue", "idioma", "lingua", "taal",
                 "sprak", "sprog", "kieli", "jezyk", "jezyku",
                 *(f"{prep} {name}" for prep, names in LANGUAGE_NAMES.items()
                   for name in names.split()),
                 "englanniksi", "saksaksi", "suomeksi"),
}
