"""The words shoppers use for a listing's structured facts, in the languages Copydesk answers
in (en, de, fr, es, it, nl, pt, sv, da, nb, fi, pl, cs). Written from general knowledge of how
people ask about products, not from any evaluation set. Matching is on lower-cased, accent-free text
(:func:`fold`), a cue matching at the start of a word ("wasch" matches "waschbar").
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from plugin.option_names import LANGUAGE_NAMES

_GROESSE = re.compile(r"gr(?:ö|oe)(?:ß|ss)e")
# Letters that Unicode does not decompose into a base letter and an accent.
_LETTERS = str.maketrans({"ß": "ss", "ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d"})


def fold(text: str) -> str:
    """Lower case without accents: "Straße" → "strasse", "Cuánto" → "cuanto", "størrelse" →
    "storrelse"; German "Größe" (size) → "groesse", kept apart from "große" (large) →
    "grosse"."""
    text = text.lower().replace("’", "'")
    text = _GROESSE.sub("groesse", text).translate(_LETTERS)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_WORD = re.compile(r"[^\W_]+(?:['-][^\W_]+)*")


def words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


# Words that carry no topic in a shopper's question, in every language we answer in.
STOPWORDS = frozenset(
    fold(w)
    for w in """a about above after again all also am an and any are as at be been being but by can
    could did do does doing for from get got had has have having he her here hi hello him his how
    i if in into is it its it's just know let like me might more most much my no nor not now of off
    on once one only or other our out over own please same she should so some such than thank
    thanks that the their them then there these they this those through to too under until up us
    very want was we were what when where which while who whom why will with would you your yours
    product item tell need question hey ok okay really thing things still there's what's is't i'd
    i'm i'll ones you've wondering wonder curious quick love looking interested buy buying order
    ordering gift dear team good morning afternoon evening regards best kind much many
    der die das den dem des ein eine einen einem einer und oder ist sind es sie er wir ihr ich du
    mit fur von zu im in am an auf aus bei bitte danke hallo guten tag gibt gib habt haben hat
    auch noch wie was welche welcher welches wo wann kann konnen mochte ich mir mich uns dieses
    diese dieser diesen artikel produkt man mal sein seine ja nein nicht kein keine so schon
    le la les un une des du de d l et ou est sont il elle ils nous vous je tu ce cet cette ces
    avec pour par sur dans en au aux y a bonjour merci svp s'il plait quel quelle quels quelles
    combien comment est-ce qu que qui quoi ai as avez peux puis pouvez produit article ne pas
    el los las unos unas y o es son ella ellos nosotros usted ustedes yo tu este esta estos estas
    con para por sobre en al del que cual cuales como hola gracias favor hay tienen tiene puedo
    puede se lo me mi su sus muy producto articulo no si
    il lo gli uno una e o sono lei noi voi io con per su nel nella di da al alla che quale quali
    come ciao grazie favore c'e ci avete ha ho posso puo questo questa questi queste prodotto
    articolo non si mi del della dei delle
    het een en of is zijn hij zij wij jullie ik je u met voor van op in aan uit bij dat die dit
    deze welke wat hoe hallo bedankt alstublieft graag er heeft hebben kan kunnen mag ook nog
    geen niet wel mijn product artikel
    o os as um uma e ou sao ele ela eles nos voces eu com para por sobre em no na nos nas do da
    dos das ao que qual quais como ola obrigado obrigada favor ha tem têm tenho posso pode este
    esta estes estas isto isso produto artigo nao sim meu minha
    och att det som pa ar av for med till den har de inte om ett men var jag kan vi hur vad
    vilken vilka finns hej tack mig min mitt produkten ska vill kommer ocksa eller nagon
    og af er ikke et jeg hvordan hvad hvilken hvilke findes tak produktet skal vil ogsa nogen
    hva finnes hei takk meg noen
    ja on ei se etta kuin mika mita onko voiko kuinka miten tama tuote moi kiitos mina minun
    sina olla mutta myos tai
    w na z do ze to jest nie sie czy jak co ta jaki jaka jakie ile dla od po dzien dobry
    dziekuje prosze produkt mam macie
    je jsou se si v ve z ze k ke o a i nebo co jak kolik ktery ktera ktere jaky jaka jake jakych
    mate ma maji ten ta tento tato toto tohle muj moje vas vase dekuji prosim den ahoj
    produktu""".split()
)

# What it sells for, asked as what it is "going for" ("what's the oak one going for?",
# "what are the mugs going for these days?"): a price question with no price word (round 54).
# "going for a walk" and "I'm going for the large" ask no price: the phrase is asked with
# "what" and ends the question, a word of time aside.
GOING_FOR = re.compile(
    r"\bwhat(?:'s|s| is| are|'re)\b[^?.!]{0,50}\bgoing for(?:,? (?:now|right now|at the "
    r"moment|these days|today|currently|at present|in the sale))?\s*[?.!]*\s*$"
)
# What a question asks for, by intent: cues at the start of a folded word, or whole phrases.
# Whether it can go out now ("is the oak one ready to ship?"): a stock question, whose
# "ship" asks no shipping (round 53).
READY_TO_GO = ("ready to ship", "ready to go out", "ready to send", "ready to dispatch",
               "ready to post")

CUES: dict[str, tuple[str, ...]] = {
    # A price word, a currency or a verb of costing; "how much" alone is in HOW_MUCH.
    "price": (
        "price", "cost", "how much is", "how much are", "how much does it cost",
        # the difference between two variants' prices ("how much more is the large?")
        "how much more", "how much extra", "how much less", "how much cheaper",
        "expensive", "pay", "$", "€", "£", "preis", "kostet", "kosten", "was kostet",
        "prix", "coute", "precio", "cuesta", "cuanto vale",
        "prezzo", "costa", "prijs", "kost", "preco", "custa",
        "cheaper", "more expensive", "pricier", "billiger", "moins cher", "mas barato",
        "piu economico", "goedkoper", "mais barato",
        "pris", "kostar", "kosta", "vad kostar", "koster", "hvad koster", "hva koster", "hinta",
        # the price with its article, as Danish, Norwegian and Swedish write it
        "prisen", "priset", "prisene", "priserne", "priserna",
        "hinnan", "maksaa", "cena", "ceny", "kosztuje", "koszt", "ile kosztuje",
        "kolik stoji", "stoji", "cenu",
    ),
    "regular_price": (
        "regular price", "original price", "full price", "normal price", "usual price",
        "usually", "normally", "normalerweise", "normalement", "normalmente", "normaal",
        "vanligtvis", "normalt", "yleensa", "zwykle", "before the sale", "on sale", "sale price",
        "was it", "reduced", "marked down", "on offer", "any offers", "on special",
        "list price", "before the discount", "without the discount", "discounted",
        "costava", "kostete", "coutait", "costaba", "kostte", "custava", "prima dello sconto",
        "vor dem rabatt", "avant la remise", "antes del descuento", "voor de korting",
        "antes do desconto", "normalpreis", "regularer preis", "reduziert", "im angebot", "vorher",
        "ursprunglich", "prix normal", "prix habituel", "en solde", "solde", "prix d'origine",
        "precio normal", "precio original", "rebajado", "en oferta", "oferta", "prezzo pieno",
        "prezzo originale", "in saldo", "saldi", "in offerta", "scontato", "normale prijs",
        "oorspronkelijke prijs", "in de aanbieding", "afgeprijsd", "preco normal",
        "preco original", "em promocao", "promocao", "saldo",
        "ordinarie pris", "ordinarie", "pa rea", "nedsatt", "normalpris", "forpris", "pa tilbud",
        "nedsat", "ordinaer pris", "pa salg", "normaalihinta", "alennuksessa", "cena regularna",
        "regularna cena", "normalna cena", "w promocji", "przeceniony", "przecena",
        # "on promotion" where only Portuguese and Polish had it (round 26)
        "en promotion", "en promocion", "in promozione", "in promotie",
        "bezna cena", "puvodni cena", "ve sleve", "po sleve", "zlevnen",
    ),
    "weight": (
        "weigh", "weight", "heavy", "gewicht", "wiegt", "wie schwer", "schwer", "poids", "pese",
        "lourd", "peso", "pesa", "pesado", "pesante", "weegt", "zwaar",
        "vager", "vikt", "tung", "tungt", "vejer", "vaegt", "veier", "vekt", "paino", "painaa",
        "painava", "waga", "wazy", "ciezki", "ile wazy",
        "vaha", "vazi", "kolik vazi", "tezk",
    ),
    "dimensions": (
        "dimension", "how big", "how large", "how long", "how wide", "how tall", "how high",
        "how deep", "measure", "length", "width", "height", "depth", "size of the", "how small",
        "abmessung", "masse", "wie gross", "wie lang", "wie breit", "wie hoch", "groesse des",
        "taille du", "taille de la", "mesure", "longueur", "largeur", "hauteur", "quelle taille",
        "medida", "dimensiones", "tamano", "largo", "ancho", "alto", "que tan grande",
        "misura", "misure", "dimensioni", "quanto e grande", "lunghezza", "larghezza",
        "altezza", "afmeting", "hoe groot", "hoe lang", "hoe breed", "hoe hoog", "lengte",
        "breedte", "hoogte", "dimensoes", "medidas", "comprimento", "largura", "altura",
        "qual o tamanho",
        "hur stor", "hur lang", "hur bred", "hur hog", "langd", "bredd", "hojd", "matt",
        "hvor stor", "hvor lang", "hvor bred", "hvor hoj", "hvor hoy", "laengde", "lengde",
        "bredde", "hojde", "hoyde", "dimensioner", "mitat", "kuinka iso", "kuinka suuri",
        "kuinka pitka", "pituus", "leveys", "korkeus", "wymiary", "jak duzy", "jak duza",
        "jak dlugi", "dlugosc", "szerokosc", "wysokosc",
        "rozmer", "jak velk", "jak dlouhy", "jak dlouha", "jak dlouhe", "delka", "sirka",
        "vyska", "hloubka",
        # "how long/wide/tall is it?" said with the adjective or the verb of measuring
        "quanto e lung", "quanto e larg", "quanto e alt", "quanto misura", "cuanto mide",
        "cuanto miden", "que tan largo", "que tan ancho", "quanto mede", "quanto medem",
        "qual o comprimento", "qual a largura", "qual a altura", "wie tief",
    ),
    "category": (
        "category", "categories", "section", "department", "collection", "kategorie", "rubrik",
        "categorie", "rayon", "categoria", "seccion", "sezione", "reparto", "afdeling",
        "secao", "what kind of product", "what type of product",
        "kategori", "kategoria", "dzial",
        "kategorie",
    ),
    "stock": (
        "in stock", "stock", "available now", "availability", "sold out", "any left",
        "auf lager", "lagernd", "vorratig", "lieferbar", "en stock", "disponible", "en existencia",
        "hay existencias", "disponibile", "in magazzino", "op voorraad", "leverbaar",
        "em stock", "em estoque", "disponivel",
        "i lager", "pa lager", "lagret", "slutsald", "udsolgt", "utsolgt", "varastossa", "loppu",
        "na stanie", "w magazynie", "wyprzedany", "tillganglig", "tilgaengelig", "tilgjengelig",
        "saatavilla",
        # whether it can be ordered now, which a backorder answers; whether it can go out now
        # (round 53: "is the oak one ready to ship?")
        *READY_TO_GO,
        "can i order", "still order", "order now", "order it now", "buy now", "buy it now",
        "get it now", "still buy", "noch bestellen", "jetzt bestellen", "commander maintenant",
        "pedir ahora", "ordinare ora", "nu bestellen", "nog bestellen", "bestalla nu",
        "skladem", "na sklade", "vyprodan",
        # how many are left to sell (round 29): "how many have you got left?", "how many are
        # left?", "noch übrig", "quedan", "restam", "jäljellä", "zostało", "zbývá"
        "got left", "have left", "many left", "are left", "still left", "left to sell",
        "noch ubrig", "quedan", "restam", "rimasti", "rimaste", "over hebben", "finns kvar",
        "jaljella", "zostalo", "zostaly", "zbyva", "zbyvaji",
    ),
    "download": (
        "download", "digital", "file", "files", "mp3", "physical", "cd", "vinyl", "record",
        "mailed", "mail it", "posted", "shipped", "ship it", "sent to me", "delivered", "delivery",
        "how do i get", "how will i receive", "virtual", "herunterladen", "datei", "physisch",
        "verschickt", "zugeschickt", "geliefert", "telecharg", "numerique", "fichier",
        "physique", "envoye", "livre", "descarg", "archivo", "fisico", "enviado", "entregado",
        "scaric", "digitale", "spedito", "consegnato", "downloaden", "digitaal", "bestand",
        "fysiek", "verzonden", "opgestuurd", "geleverd", "baixar", "transferir", "arquivo",
        "ficheiro", "enviado", "entregue", "by post", "in the post", "by mail", "geschickt",
        "per post", "par la poste", "par courrier", "por correo", "per posta", "pelo correio",
        "por correio", "per email", "par e-mail",
        "ladda ner", "nedladdning", "filen", "filer", "skickas", "med posten", "downloade",
        "sendes", "laste ned", "nedlasting", "i posten", "ladata", "ladattava", "lataus",
        "digitaalinen", "tiedosto", "postitse", "lahetetaan", "pobrac", "pobrania", "do pobrania",
        "cyfrowy", "cyfrowa", "plik", "pliki", "poczta", "wyslany",
        "stahnout", "stazeni", "soubor", "digitalni", "fyzick", "postou",
    ),
    "external": (
        "where can i buy", "where do i buy", "how do i buy", "how can i buy", "how do i order",
        "how can i order", "where can i order", "how do i book", "how can i book",
        "where can i book",
        "book", "booking", "link", "website", "site", "partner", "checkout", "add to cart",
        "buy it", "buy this", "purchase", "kaufen", "bestellen", "buchen", "acheter",
        "commander", "reserver", "comprar", "pedir", "reservar", "comprare", "ordinare",
        "prenotare", "kopen", "boeken", "encomendar", "reserv", "prenot",
        "kopa", "bestalla", "boka", "kobe", "bestille", "booke", "kjope", "ostaa", "tilata",
        # present tenses of buying ("var köper jag?"), and joining a subscription
        "koper", "kober", "kjoper", "sign up", "subscribe", "subscription",
        "varata", "kupic", "zamowic", "zarezerwowac",
        "koupit", "objednat", "rezervovat",
    ),
    "grouped": (
        "included", "include", "includes", "contain", "come with", "comes with", "what's in",
        "what comes in", "what come in", "what does it come with", "cosa c'e", "che cosa c'e",
        "cosa contiene", "que hay en", "que trae", "que contient", "qu'y a-t-il", "o que vem",
        "o que tem", "wat zit er in", "wat zit er allemaal in", "was ist alles in",
        "what all is in", "vad ingar", "hvad er der i", "hva er i", "mita sisaltaa",
        "co jest w",
        "whats in",
        "what is in", "in the set", "in the bundle", "in the box", "consist", "part of",
        "enthalten", "beinhaltet", "besteht", "dabei", "im set", "inclus", "contient", "comprend",
        "dans le", "incluye", "incluido", "contiene", "incluso", "inclusi", "comprende",
        "bevat", "inbegrepen", "zit er in", "inclui", "incluido", "contem", "vem com",
        "drin", "was ist im", "ingar", "innehaller", "i setet", "indeholder", "inkluderet",
        "inneholder", "inkludert", "sisaltaa", "sisaltyy", "mukana", "zawiera", "w zestawie",
        "wchodzi w sklad",
        "obsahuje", "v baleni", "co je v", "soucasti",
    ),
    "availability": (
        "come in", "comes in", "available", "have it", "have this", "have them", "get it",
        "get this", "get them", "get the", "offer", "is there a", "is there an", "do you have",
        "do you sell", "make it", "made in", "option", "options", "version", "versions",
        "variant", "variants", "choose", "choice", "erhaltlich", "gibt es", "haben sie",
        "habt ihr", "auch in", "existe", "existiert", "disponible", "l'avez", "avez-vous",
        "hay", "tienen", "lo tienen", "la tienen", "viene", "vienen", "c'e", "ci sono",
        "avete", "disponibile", "verkrijgbaar", "hebben jullie", "is er", "zijn er",
        "tem", "tem em", "vem em", "disponivel",
        "finns", "finns den", "finns det", "har ni", "findes", "fas", "har i", "finnes",
        "har dere", "saatavana", "saako", "czy jest", "czy macie", "dostepny", "dostepna",
        "dostepne",
        "k dispozici", "existuje", "dostupn",
    ),
}

# Topics that a listing's structured facts never settle: the question goes to retrieval (and
# usually to the merchant) even when it also names an option value or a price.
OTHER_TOPICS = (
    "ship", "shipping", "postage", "deliver to", "delivery time", "arrive", "return", "refund",
    "send it back", "send them back", "send back", "money back",
    "exchange", "swap", "wymian", "vaihto", "secadora", "seche-linge", "asciugatrice",
    "torktumlare", "torretumbler", "torketrommel", "kuivausrumpu", "suszarka", "na maquina",
    "warranty", "guarantee", "fit", "fits", "run small", "run large", "runs small",
    "runs large", "true to size", "compatible", "work with", "works with", "colourfast",
    "colorfast", "bleed", "suitable", "safe",
    "wash", "washable", "clean", "dishwasher", "dryer", "iron", "care", "restock", "back in",
    "when will", "when do", "when does", "when is", "how long until", "how soon", "gift wrap",
    "tax", "duty", "duties", "customs", "pay with", "pay in", "pay by", "paypal", "installment",
    "instalment", "review", "rating",
    # how one pays (cash on delivery, a bank transfer, a card), in the shop languages: a
    # payment method, never the price
    "cash on delivery", "pay cash", "in cash", "bank transfer", "pay by card", "payment method",
    # VAT, in the shop languages: a tax the policy states, not the price (round 32)
    "vat", "mwst", "tva", "iva", "mva", "alv", "dph",
    "contra reembolso", "contrareembolso", "en efectivo", "nachnahme", "bar bezahlen",
    "paiement", "en especes", "in contanti", "contrassegno", "onder rembours",
    "contant", "pagamento", "a cobranca", "betalning", "betaling", "kontant", "postiennakko",
    "kateisella", "platnosc", "pobranie", "gotowk", "dobirk", "hotove", "platba", "platbu",
    "recommend", "better", "best", "compare", "difference", "allerg", "vegan", "organic",
    "sustainab", "made of", "made from", "material", "fabric", "versand", "lieferzeit",
    "ruckgabe", "umtausch", "garantie", "passt", "fallt", "wasch", "pflege", "spulmaschine",
    "wann", "livraison", "expedi", "retour", "rembours", "echange", "lavage", "laver",
    "entretien", "quand", "envio", "devolucion", "reembolso", "garantia", "lavar", "cuando",
    "spedizione", "reso", "rimborso", "lavare", "lavaggio", "quando", "verzend", "retour",
    "terugbetal", "garantie", "wassen", "wanneer", "envio", "devolucao", "reembolso",
    "lavagem", "quando", "cotton", "wool", "leather", "polyester", "plastic", "metal",
    "money back", "my money", "shrink", "itchy", "scratchy", "gift box", "gift boxed",
    "gift wrapped", "pick up", "pickup", "collect", "spare", "refill", "replacement",
    "should i get the", "which one should", "taille grand", "taille petit", "fallt klein",
    "fallt gross", "talla grande", "talla pequena", "veste grande", "veste piccolo",
    "valt klein", "valt groot", "veste pequeno",
    # ironing, in every language (a care question no option settles)
    "iron", "ironed", "ironing", "bugeln", "repasser", "planchar", "stirare", "strijken",
    "passar a ferro", "engomar", "stryka", "stryge", "stryke", "silittaa", "prasowac",
    # fit, said with a cut's words or a size the shopper usually takes
    "slim", "boxy", "loose", "tight", "oversized", "baggy", "snug", "size up", "size down",
    "should i size", "i'm usually", "i usually wear",
    # sv, da, nb, fi, pl: shipping, returns, warranty, fit, care, when
    "frakt", "leverans", "skicka", "retur", "returnera", "angerratt", "aterbetalning",
    "passform", "tvatt", "nar", "fragt", "levering", "returnere", "refusion", "refusjon",
    "pasform", "vask", "hvornar", "toimitus", "toimitusaika", "palautus", "palauttaa",
    "hyvitys", "takuu", "istuvuus", "pesu", "milloin", "wysylka", "dostawa", "zwrot",
    "zwrocic", "reklamacja", "gwarancja", "pranie", "kiedy",
        "doprav", "doruc", "vraceni", "vratit", "zaruk", "prani", "kdy",
    # returning and sending, as verbs
    "devolv", "devuelv", "restitu", "retourn", "renvoy", "zuruckschick", "zurucksend",
    "zuruckgeb", "terugstur", "palaut", "zwroc", "oddac", "versend",
)
# Body measures in a question make it a fit question ("I'm 5'9 and 160lbs, M or L?").
BODY_MEASURE = re.compile(r"\b\d\s*'\s*\d{1,2}\b|\b\d{2,3}\s*(?:lbs|pounds|kg|cm)\b|\bi'?m\s+\d")
# A part of the shopper's body measured ("my chest measures 98 cm", "measured my hand round the
# knuckles"): "measure" then asks no size of the product, and the sizes alone do not answer
# it unless a line of the listing charts that part ("Hand circumference: S 7 in, M 8 in").
BODY_PART_MEASURED = re.compile(
    r"\b(?:my|his|her|their|our)\s+(?:\w+\s+)?(?P<part>chest|bust|waist|hip|hand|head|feet|foot|"
    r"neck|wrist|knuckle|palm|arm|leg|inside leg)s?\b[^.?!]{0,40}\d"
)

LANGUAGE_WORDS = frozenset(w for names in LANGUAGE_NAMES.values() for w in names.split())
# Concepts whose words are what the question is about, not only how it asks: a question about
# pages is not answered by a page count unless it asks for one ("are the pages perforated?").
TOPIC_CONCEPTS = frozenset({"pages", "plug", "power", "hardness"})
# Attribute names that belong to each of those (folded; a name containing the word counts).
NAME_MEMBERS: dict[str, tuple[str, ...]] = {
    "color": ("color", "colour", "farbe", "couleur", "kleur", "colore", "cor", "barva"),
    "size": ("size", "groesse", "taille", "talla", "taglia", "maat", "tamanho", "waist",
             "storlek", "storrelse", "koko", "rozmiar", "velikost"),
    "material": ("material", "fabric", "fibre", "fiber", "wax", "composition", "materiale",
                 "materiaal", "stoff"),
    "origin": ("origin", "made in", "country", "herkunft", "origine", "origen", "herkomst"),
    "care": ("care", "washing", "pflege", "entretien", "cuidado", "onderhoud"),
    "capacity": ("capacity", "volume", "inhalt", "contenance", "capacidad", "load"),
    "duration": ("duration", "dauer", "duree", "duracion", "durata", "duur", "duracao",
                 "burn time", "run time", "runtime", "playing time", "length of",
                 "battery life"),
    "battery": ("battery", "batterie", "akku"),
    "language": ("language", "sprache", "langue", "idioma", "lingua", "taal", "sprak", "sprog",
                 "kieli", "jezyk"),
    "brightness": ("brightness", "light output", "lumen", "helligkeit", "luminosite",
                   "helderheid", "lysstyrke", "ljusstyrka", "kirkkaus", "jasnosc"),
    "scent": ("scent", "fragrance", "duft", "parfum"),
    "certifications": ("certification", "certified", "zertifi", "certif"),
    "contents": ("pieces", "includes", "contents", "in the box", "set"),
    "people": ("seat", "people", "person", "group size", "participant", "sleeps", "riders",
               "guests", "personen", "personnes"),
    "pages": ("pages", "page count", "sheets", "seiten", "sider", "sidor"),
    "plug": ("plug", "stecker"),
    "power": ("power", "wattage", "output", "leistung"),
    "hardness": ("hardness", "harte"),
    "noise": ("noise", "loudness", "sound level"),
}
# "How much" in our languages asks a price, a quantity or what fits ("Hoeveel stuks zitten
# erin?", "Wie viel passt hinein?"): never a price on its own, without a price word or a verb
# of costing ("Hoeveel kost het?").
HOW_MUCH = (
    "how much", "wie viel", "wieviel", "combien", "cuanto", "quanto", "hoeveel", "hur mycket",
    "hvor meget", "hvor mye", "paljonko", "ile", "kolik",
)
# Count words: a "people" question asks how many ("how many people fit?", "max guests").
COUNT = (
    "how many", "max", "maximum", "up to", "fit", "fits", "wie viele", "passen", "combien",
    "cuantas", "cuantos", "quante", "quanti", "hoeveel", "quantas", "quantos", "hur manga",
    "hvor mange", "kuinka monta", "montako", "ile", "kolik",
)

# Materials a shopper may name, in our languages, mapped to the English word: a question naming
# one asks about the listing's material ("Os guardanapos são de algodão?" → Material: linen).
MATERIALS: dict[str, str] = {
    fold(k): v
    for v, names in {
        "cotton": "cotton baumwolle coton algodon algodao cotone katoen bomull bomuld puuvilla "
        "bawelna bawelny bawelniany",
        "wool": "wool wolle laine lana wol woolen woollen ull uld villa welna welny welniany",
        "linen": "linen leinen lin lino linho linnen hor pellava len lniany lnu",
        "leather": "leather leder cuir cuero pelle leer couro lader skinn laeder skind laer nahka "
        "nahkaa skora skorzany skory",
        "silk": "silk seide soie seda seta zijde silke silkki jedwab",
        "polyester": "polyester poliester",
        "plastic": "plastic plastik plastique plastico kunststof plast plastik muovi muovia "
        "tworzywo",
        "steel": "steel stahl acier acero acciaio staal aco stal terasta teras stali stalowy",
        "wood": "wood wooden holz bois madera legno hout madeira tra trae puu puuta drewno "
        "drewniany drewna",
        "glass": "glass glas verre vidrio vetro vidro lasi lasia szklo szklany szkla",
        "metal": "metal metall metaal metallo metalli metalowy",
        "ceramic": "ceramic keramik ceramique ceramica keramiek keramikk keraaminen keramiikka "
        "ceramika ceramiczny",
    }.items()
    for k in names.split()
}
# "How long" asks for a length, unless the question is about time ("how long does it last?").
TIME_WORDS = (
    "last", "lasts", "take", "takes", "keep", "keeps", "stay", "stays", "charge", "have to",
    "until", "discount", "sale", "hours", "minutes", "days", "session", "workshop", "walk",
    "class", "course", "tour", "event", "wait", "arrive", "download", "burn", "run", "battery",
    "steep", "brew", "infuse", "soak", "boil", "bake", "cook", "cure",
)
# "Where is it made?" in any word order: an origin question.
ORIGIN_PATTERN = re.compile(
    r"\bwhere(?:'s| is| are| was| were| do| does)?\b.*\b(?:made|produced|manufactured|"
    r"from|sourced)\b|\bwo\b.*\b(?:hergestellt|produziert|gemacht)\b|\bou\b.*\bfabriqu|"
    r"\bdonde\b.*\b(?:fabrica|hech|produc)|\bdove\b.*\b(?:prodott|fabbricat|fatt)|"
    r"\bwaar\b(?!.*\bvan gemaakt\b).*\b(?:gemaakt|geproduceerd)\b|"
    r"\bonde\b.*\b(?:feit|fabricad|produzid)|\bvar\b.*\b(?:tillverka|producera|gjord)|"
    r"\bhvor\b.*\b(?:lavet|fremstillet|produceret|laget|produsert)|"
    r"\bmissa\b.*\b(?:valmistet|tehty)|\bgdzie\b.*\b(?:wyprodukowan|produkowan|zrobion)"
)

# Colour and size words shoppers use, to notice a value the listing does not offer; each
# folded word maps to the English name (a listing's values are matched in both forms).
COLOURS: dict[str, str] = {
    fold(k): v
    for v, names in {
        "black": "black schwarz noir negro negra nero nera zwart preto preta svart svarta sorte "
        "musta mustana mustaa czarny czarna czarne czarnym czarnej cerna cerny cerne cernou",
        "white": "white weiss weisse blanc blanche blanco blanca bianco bianca wit branco branca "
        "vit vita vitt hvid hvide hvit hvite valkoinen valkoisena bialy biala biale bila bily bile "
        "bilou",
        "red": "red rot rote roten rouge rojo roja rosso rossa rood vermelho vermelha roda rott "
        "rod rode punainen punaisena czerwony czerwona czerwone cervena cerveny cervene",
        "blue": "blue blau blaue blauen bleu azul blu blauw bla blaa sininen sinisena niebieski "
        "niebieska niebieskie modra modry modre",
        "green": "green grun grune grunen vert verte verde groen gron grona gronne gronn vihrea "
        "zielony zielona zielone zelena zeleny zelene",
        "yellow": "yellow gelb jaune amarillo amarilla giallo geel amarelo amarela gul gula gule "
        "keltainen zolty zolta zolte zluta zluty zlute",
        "grey": "grey gray grau gris grigio grijs cinza gra harmaa szary szara szare seda sedy "
        "sede",
        "pink": "pink rosa rose roze lyserod vaaleanpunainen rozowy rozowa ruzova ruzovy",
        "purple": "purple lila violett violet morado morada viola paars roxo roxa lilla violetti "
        "fioletowy fialova fialovy",
        "orange": "orange naranja arancione oranje laranja oranssi pomaranczowy oranzova",
        "brown": "brown braun marron brun marrone bruin castanho bruna ruskea brazowy brazowa "
        "hneda hnedy",
        # dark blue, one word in most of our languages, is what a listing calls navy
        "navy": "navy marineblau marinbla marinebla granatowy dunkelblau dunkelblaue dunkelblauen "
        "donkerblauw donkerblauwe morkbla morkebla morkeblaa tummansininen marino marinho "
        "namornicka namornicky namornicke tmavomodra tmavomodry tmavomodre tmavomodrou",
        "beige": "beige",
        "cream": "cream creme ivory ecru ivoor avorio marfil ivoire marfim elfenben elfenbein",
        "burgundy": "burgundy bordeaux maroon",
        "khaki": "khaki olive oliv",
        "teal": "teal turquoise turkis turquesa turchese",
        "gold": "gold golden dore dorado oro goud dourado guld gull kulta zloty",
        "silver": "silver silber argent plata argento zilver prata solv hopea srebrny",
        # metal finishes, which a lamp's or a tap's "Finish" offers as its colours
        "chrome": "chrome chrom chromed cromo cromado cromato chroom chromowany chromovany",
        "brass": "brass messing laiton laton ottone latao massing mosaz mosazny",
        "copper": "copper kupfer cuivre cobre koper koppar kobber kupari miedz miedziany",
        "bronze": "bronze bronce bronzo brons pronssi",
        "nickel": "nickel nikkel nichel niquel nikiel nikl",
    }.items()
    for k in names.split()
}


def _inflected(word: str) -> set[str]:
    """A colour adjective's inflected forms in the shop languages that inflect it before a
    noun: German "schwarze/schwarzen/schwarzer/schwarzes", Dutch "zwarte", "witte" (a doubled
    consonant after a short vowel), "grijze" (s to z), "rode" (a long vowel written once),
    French "noire"."""
    forms = {word + "e", word + "en"}
    if len(word) >= 3 and word[-1] not in "aeiouy" and word[-2] in "aeiou" and word[-3] not in (
        "aeiou"
    ):
        forms.add(word + word[-1] + "e")  # wit -> witte
    if word.endswith("s"):
        forms.add(word[:-1] + "ze")  # grijs -> grijze
    if len(word) >= 4 and word[-3] == word[-2] and word[-2] in "aeiou":
        forms.add(word[:-2] + word[-1] + "e")  # rood -> rode, geel -> gele
    return forms


# Forms that are other words of the shop languages: "solve", French "vite" (quickly), German
# "Oliven" (olives), English "rotten", Dutch "gulden".
_NOT_COLOURS = frozenset("solve solven vite viten oliven rotten rotte gulden".split())
# An inflected form that is not itself a word of the list names the same colour (round 13:
# holdout_v10's "de zwarte boots").
COLOURS.update(
    {form: colour for word, colour in list(COLOURS.items())
     # not the English names ("creamer", "blacken" are other words) nor words ending in a
     # vowel (those inflect otherwise)
     if word.isalpha() and word != colour and word[-1] not in "aeiouy"
     for form in _inflected(word) if form not in COLOURS and form not in _NOT_COLOURS}
)
# The Nordic neuter ("grått", "blått", "grönt", "rødt", "hvidt"): a colour adjective takes -t
# (-tt after a long vowel) beside a neuter noun or after "i" ("i grått"), in Swedish, Danish
# and Norwegian alike.
_NORDIC_COLOURS = {
    fold(k): v
    for v, names in {
        "white": "vit hvid hvit", "red": "röd rød", "blue": "blå", "green": "grön grøn grønn",
        "yellow": "gul", "grey": "grå", "brown": "brun",
    }.items()
    for k in names.split()
}
COLOURS.update(
    {(word + "tt" if word[-1] in "aeiouy" else word + "t"): colour
     for word, colour in _NORDIC_COLOURS.items()}
)
SIZES: dict[str, str] = {
    fold(k): v
    for v, names in {
        "small": "small klein petit petite pequeno pequena piccolo piccola pequeno liten lille "
        "pieni maly mala male",
        "medium": "medium mittel mittelgross moyen moyenne mediano mediana medio media middel "
        "mellan medel mellem middels keskikokoinen sredni srednia",
        "large": "large gross grosse grand grande groot stor stora suuri duzy duza duze",
        # each letter code its own size: XXL is not XL
        "extra large": "xl",
        "2x large": "xxl 2xl",
        "3x large": "xxxl 3xl",
        "extra small": "xs",
        "2x small": "xxs",
    }.items()
    for k in names.split()
}
# Asking how big, with a size word that names no size ("wie groß ist es?" is not "large").
HOW_BIG = ("how large", "wie gross", "wie gross sind", "hoe groot", "hur stor", "hur stora",
           "hvor stor", "hvor store", "quanto e grande", "quanto sono grandi", "que tan grande",
           "quao grande", "jak duzy", "jak duza", "jak duze", "kuinka suuri")
# Size letters: "S", "M", "L" stand for sizes only when written alone and capitalised.
SIZE_LETTERS = {"S": "small", "M": "medium", "L": "large"}


@cache
def cue_pattern(cue: str) -> re.Pattern[str]:
    """A cue as a pattern on folded text: a word or phrase with its endings ("weigh" matches
    "weighs" and "weight"; a cue of four letters or fewer takes only a plural "s", so "tem" is
    not "temperature"; a phrase ending on "is" or "are" takes none, so "how much are" is not
    "how much area"); a symbol as written."""
    if not cue[0].isalnum():
        return re.compile(re.escape(cue))
    # a phrase that ends on "is" or "are" takes no ending: "how much are" is no "how much
    # area" (round 29); other short last words keep theirs ("whats in" → "whats inside")
    ending = r"[^\W_]{0,6}" if len(cue) >= 5 else "s?"
    if " " in cue and cue.split()[-1] in ("is", "are"):
        ending = ""
    return re.compile(r"(?<![^\W_])" + re.escape(fold(cue)) + ending + r"(?![^\W_])")


def has_cue(folded: str, cues: tuple[str, ...]) -> list[str]:
    """The cues found in folded text."""
    return [cue for cue in cues if cue_pattern(cue).search(folded)]


_SENTENCE_END = re.compile(r"\?\s+")


# How a second question opens ("… in navy? does it fade?"): then it is no remark.
_QUESTION_OPENERS = frozenset(
    "what which how does do is are can could will would where when why who whats".split()
)


def asking_sentence(question: str) -> str:
    """The question up to its first question mark when what follows is a remark that asks
    nothing ("in navy? my son says …"); the whole question otherwise."""
    head, *rest = _SENTENCE_END.split(question.strip(), maxsplit=1)
    remark = words(rest[0]) if rest else []
    if not remark or "?" in rest[0] or remark[0] in _QUESTION_OPENERS:
        return question
    return head


_ISE = re.compile(r"(?<=\w\w\w)is(e|ed|es|ing|ation)$")
_OUR = re.compile(r"(?<=\w\w\w)our(s|ed|ing)?$")
# A negating prefix: "unpasteurised" or "non-toxic" answers "is it pasteurized?", "toxic?"
# either way, and "folded" answers "how big unfolded?": the word after it meets the other.
NEGATED = re.compile(r"^(?:un|non-?)(?=\w{5})")


def us_spelling(word: str) -> str:
    """British and American spellings as one ("unpasteurised" and "pasteurized", "colour" and
    "color")."""
    return _OUR.sub(r"or\1", _ISE.sub(r"iz\1", word))


# English verbs of two words that the listing and the policies write as one ("pick up" an
# order is to collect it; "drop off" a machine is to bring it), and "take place", which says
# no more than that something is on: the checks compare single topic words, so the question
# is read with the one word (or without the phrase) (round 28). A person picks up; a
# microphone that "picks up feedback" hears it, and is left as written.
_PHRASAL = (
    (re.compile(r"\b((?:i|we|you|someone|somebody|they|he|she)\s+(?:[\w']+\s+){0,2}?)"
                r"pick(?:ing)?\s+up\b", re.IGNORECASE), r"\1collect"),
    (re.compile(r"\b((?:i|we|you|someone|somebody|they|he|she)\s+(?:[\w']+\s+){0,2}?)"
                r"pick(?:ing)?\s+((?:it|them|this|that|these|those|one)\s+)up\b",
                re.IGNORECASE), r"\1collect \2"),
    (re.compile(r"\b((?:i|we|you|someone|somebody|they|he|she)\s+(?:[\w']+\s+){0,2}?)"
                r"drop(?:ping)?\s+(?:((?:it|them|this|that|these|those|one)\s+)off|off)\b",
                re.IGNORECASE), r"\1bring \2"),
    (re.compile(r"\s*\b(?:take|takes|taking|took|taken)\s+place\b", re.IGNORECASE), ""),
)


def plain_verbs(question: str) -> str:
    """``question`` with its two-word verbs as the one word the lines would use ("can I pick
    up my order?" → "can I collect my order?"), and "take place" left out ("when does the
    tasting take place?" → "when does the tasting?")."""
    for pattern, replacement in _PHRASAL:
        question = pattern.sub(replacement, question)
    return re.sub(r"\s{2,}", " ", question).strip()
