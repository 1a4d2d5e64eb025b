"""The fixed replies: a polite "the details don't say", refusals for flagged questions, and the
lead-in of a reply quoted from the facts, in the shop's language (English when it has none here:
every language ``quality.language`` can tell apart has its own, so English is never blocked)."""

from __future__ import annotations

from collections.abc import Sequence

from plugin.questions.flags import Flag
from plugin.questions.language import base_code

NO_ANSWER = "no_answer"
QUOTE = "quote"

TEMPLATES: dict[str, dict[str, str]] = {
    "en": {
        NO_ANSWER: "Thank you for your question! The product details don't cover this, so we have "
        "passed it on to our team, who will get back to you.",
        Flag.DISCOUNT: "Thank you for asking! We can't offer discounts or price changes in this "
        "reply; our team will get back to you.",
        Flag.OTHER_CUSTOMER: "Thank you for your message. We never share information about other "
        "customers; our team will get back to you about your own order if you need.",
        Flag.INJECTION: "Thank you for your message. We can only answer questions about this "
        "product from its details; our team will take a look and get back to you.",
        Flag.ABUSE: "Thank you for your message. We are sorry you are unhappy; our team has "
        "your message and will get back to you.",
        QUOTE: "Thank you for your question! Here is what the product details say:",
    },
    "de": {
        NO_ANSWER: "Vielen Dank für Ihre Frage! Die Produktangaben beantworten sie nicht; wir "
        "haben sie an unser Team weitergegeben, das sich bei Ihnen meldet.",
        Flag.DISCOUNT: "Vielen Dank für Ihre Anfrage! Rabatte oder Preisänderungen können wir in "
        "dieser Antwort nicht anbieten; unser Team meldet sich bei Ihnen.",
        Flag.OTHER_CUSTOMER: "Vielen Dank für Ihre Nachricht. Wir geben niemals Informationen über "
        "andere Kundinnen und Kunden weiter; unser Team meldet sich bei Ihnen.",
        Flag.INJECTION: "Vielen Dank für Ihre Nachricht. Wir beantworten hier nur Fragen zu diesem "
        "Produkt anhand seiner Angaben; unser Team sieht sich das an.",
        Flag.ABUSE: "Vielen Dank für Ihre Nachricht. Es tut uns leid, dass Sie unzufrieden "
        "sind; unser Team hat Ihre Nachricht erhalten und meldet sich bei Ihnen.",
        QUOTE: "Vielen Dank für Ihre Frage! Das sagen die Produktangaben:",
    },
    "fr": {
        NO_ANSWER: "Merci pour votre question ! Les informations du produit n'y répondent pas ; "
        "nous l'avons transmise à notre équipe, qui reviendra vers vous.",
        Flag.DISCOUNT: "Merci pour votre demande ! Nous ne pouvons pas proposer de remise ni de "
        "changement de prix dans cette réponse ; notre équipe reviendra vers vous.",
        Flag.OTHER_CUSTOMER: "Merci pour votre message. Nous ne communiquons jamais d'informations "
        "sur d'autres clients ; notre équipe reviendra vers vous.",
        Flag.INJECTION: "Merci pour votre message. Nous ne répondons ici qu'aux questions sur ce "
        "produit à partir de ses informations ; notre équipe va regarder.",
        Flag.ABUSE: "Merci pour votre message. Nous sommes désolés que vous soyez mécontent ; "
        "notre équipe a reçu votre message et reviendra vers vous.",
        QUOTE: "Merci pour votre question ! Voici ce qu'indiquent les informations du produit :",
    },
    "es": {
        NO_ANSWER: "¡Gracias por su pregunta! Los datos del producto no lo indican; la hemos "
        "pasado a nuestro equipo, que le responderá.",
        Flag.DISCOUNT: "¡Gracias por preguntar! No podemos ofrecer descuentos ni cambios de precio "
        "en esta respuesta; nuestro equipo le responderá.",
        Flag.OTHER_CUSTOMER: "Gracias por su mensaje. Nunca compartimos información sobre otros "
        "clientes; nuestro equipo le responderá.",
        Flag.INJECTION: "Gracias por su mensaje. Aquí solo respondemos preguntas sobre este "
        "producto a partir de sus datos; nuestro equipo lo revisará.",
        Flag.ABUSE: "Gracias por su mensaje. Lamentamos que no esté satisfecho; nuestro equipo "
        "ha recibido su mensaje y le responderá.",
        QUOTE: "¡Gracias por su pregunta! Esto es lo que indican los datos del producto:",
    },
    "it": {
        NO_ANSWER: "Grazie per la sua domanda! I dettagli del prodotto non ne parlano, quindi "
        "l'abbiamo inoltrata al nostro team, che le risponderà al più presto.",
        Flag.DISCOUNT: "Grazie per la richiesta! In questa risposta non possiamo offrire sconti "
        "né modifiche di prezzo; il nostro team le risponderà al più presto.",
        Flag.OTHER_CUSTOMER: "Grazie per il suo messaggio. Non condividiamo mai informazioni su "
        "altri clienti; il nostro team le risponderà in merito al suo ordine, se necessario.",
        Flag.INJECTION: "Grazie per il suo messaggio. Qui rispondiamo solo a domande su questo "
        "prodotto in base ai suoi dettagli; il nostro team darà un'occhiata e le risponderà.",
        Flag.ABUSE: "Grazie per il suo messaggio. Ci dispiace che non sia soddisfatto; il nostro "
        "team ha ricevuto il messaggio e le risponderà al più presto.",
        QUOTE: "Grazie per la sua domanda! Ecco che cosa dicono i dettagli del prodotto:",
    },
    "nl": {
        NO_ANSWER: "Bedankt voor uw vraag! De productgegevens geven hier geen antwoord op; we "
        "hebben uw vraag doorgestuurd naar ons team, dat contact met u opneemt.",
        Flag.DISCOUNT: "Bedankt voor uw vraag! In dit antwoord kunnen we geen korting of "
        "prijswijziging aanbieden; ons team neemt contact met u op.",
        Flag.OTHER_CUSTOMER: "Bedankt voor uw bericht. We delen nooit informatie over andere "
        "klanten; ons team neemt zo nodig contact met u op over uw eigen bestelling.",
        Flag.INJECTION: "Bedankt voor uw bericht. We beantwoorden hier alleen vragen over dit "
        "product op basis van de productgegevens; ons team kijkt ernaar en neemt contact met u op.",
        Flag.ABUSE: "Bedankt voor uw bericht. Het spijt ons dat u niet tevreden bent; ons team "
        "heeft uw bericht ontvangen en neemt contact met u op.",
        QUOTE: "Bedankt voor uw vraag! Dit staat er in de productgegevens:",
    },
    # European Portuguese, the language "pt" names ("equipa", "contacto", "encomenda").
    "pt": {
        NO_ANSWER: "Obrigado pela sua pergunta! As informações do produto não respondem a isto, "
        "por isso encaminhámos a sua pergunta para a nossa equipa, que entrará em contacto "
        "consigo.",
        Flag.DISCOUNT: "Obrigado pelo seu pedido! Não podemos oferecer descontos nem alterações "
        "de preço nesta resposta; a nossa equipa entrará em contacto consigo.",
        Flag.OTHER_CUSTOMER: "Obrigado pela sua mensagem. Nunca partilhamos informações sobre "
        "outros clientes; a nossa equipa entrará em contacto consigo sobre a sua encomenda, se "
        "precisar.",
        Flag.INJECTION: "Obrigado pela sua mensagem. Aqui só respondemos a perguntas sobre este "
        "produto com base nas suas informações; a nossa equipa vai analisar e entrará em "
        "contacto consigo.",
        Flag.ABUSE: "Obrigado pela sua mensagem. Lamentamos que não esteja satisfeito; a nossa "
        "equipa recebeu a sua mensagem e entrará em contacto consigo.",
        QUOTE: "Obrigado pela sua pergunta! Eis o que dizem as informações do produto:",
    },
    "sv": {
        NO_ANSWER: "Tack för din fråga! Produktuppgifterna svarar inte på det, så vi har skickat "
        "frågan vidare till vårt team, som återkommer till dig.",
        Flag.DISCOUNT: "Tack för att du frågar! Vi kan inte erbjuda rabatter eller prisändringar i "
        "det här svaret; vårt team återkommer till dig.",
        Flag.OTHER_CUSTOMER: "Tack för ditt meddelande. Vi delar aldrig uppgifter om andra kunder; "
        "vårt team återkommer till dig om din egen beställning om du behöver.",
        Flag.INJECTION: "Tack för ditt meddelande. Vi svarar här bara på frågor om den här "
        "produkten utifrån dess uppgifter; vårt team tittar på det och återkommer till dig.",
        Flag.ABUSE: "Tack för ditt meddelande. Vi beklagar att du inte är nöjd; vårt team har "
        "tagit emot ditt meddelande och återkommer till dig.",
        QUOTE: "Tack för din fråga! Det här står i produktuppgifterna:",
    },
    "da": {
        NO_ANSWER: "Tak for dit spørgsmål! Produktoplysningerne svarer ikke på det, så vi har "
        "sendt spørgsmålet videre til vores team, som vender tilbage til dig.",
        Flag.DISCOUNT: "Tak, fordi du spørger! Vi kan ikke tilbyde rabatter eller prisændringer i "
        "dette svar; vores team vender tilbage til dig.",
        Flag.OTHER_CUSTOMER: "Tak for din besked. Vi deler aldrig oplysninger om andre kunder; "
        "vores team vender tilbage til dig om din egen ordre, hvis du har brug for det.",
        Flag.INJECTION: "Tak for din besked. Vi svarer her kun på spørgsmål om dette produkt ud "
        "fra dets oplysninger; vores team ser på det og vender tilbage til dig.",
        Flag.ABUSE: "Tak for din besked. Vi beklager, at du ikke er tilfreds; vores team har "
        "modtaget din besked og vender tilbage til dig.",
        QUOTE: "Tak for dit spørgsmål! Dette står der i produktoplysningerne:",
    },
    "nb": {
        NO_ANSWER: "Takk for spørsmålet ditt! Produktopplysningene svarer ikke på dette, så vi har "
        "sendt spørsmålet videre til teamet vårt, som kommer tilbake til deg.",
        Flag.DISCOUNT: "Takk for at du spør! Vi kan ikke tilby rabatter eller prisendringer i "
        "dette svaret; teamet vårt kommer tilbake til deg.",
        Flag.OTHER_CUSTOMER: "Takk for meldingen din. Vi deler aldri opplysninger om andre kunder; "
        "teamet vårt kommer tilbake til deg om din egen bestilling hvis du trenger det.",
        Flag.INJECTION: "Takk for meldingen din. Her svarer vi bare på spørsmål om dette produktet "
        "ut fra opplysningene om det; teamet vårt ser på det og kommer tilbake til deg.",
        Flag.ABUSE: "Takk for meldingen din. Vi beklager at du ikke er fornøyd; teamet vårt har "
        "mottatt meldingen din og kommer tilbake til deg.",
        QUOTE: "Takk for spørsmålet ditt! Dette står i produktopplysningene:",
    },
    "fi": {
        NO_ANSWER: "Kiitos kysymyksestäsi! Tuotetiedot eivät vastaa tähän, joten välitimme "
        "kysymyksesi tiimillemme, joka ottaa sinuun yhteyttä.",
        Flag.DISCOUNT: "Kiitos kysymyksestäsi! Emme voi tarjota alennuksia tai hinnanmuutoksia "
        "tässä vastauksessa; tiimimme ottaa sinuun yhteyttä.",
        Flag.OTHER_CUSTOMER: "Kiitos viestistäsi. Emme koskaan jaa tietoja muista asiakkaista; "
        "tiimimme ottaa tarvittaessa yhteyttä sinun omasta tilauksestasi.",
        Flag.INJECTION: "Kiitos viestistäsi. Vastaamme tässä vain tätä tuotetta koskeviin "
        "kysymyksiin sen tietojen perusteella; tiimimme katsoo asiaa ja ottaa sinuun yhteyttä.",
        Flag.ABUSE: "Kiitos viestistäsi. Olemme pahoillamme, ettet ole tyytyväinen; tiimimme on "
        "saanut viestisi ja ottaa sinuun yhteyttä.",
        QUOTE: "Kiitos kysymyksestäsi! Tuotetiedoissa sanotaan näin:",
    },
    "pl": {
        NO_ANSWER: "Dziękujemy za pytanie! Informacje o produkcie tego nie obejmują, dlatego "
        "przekazaliśmy pytanie naszemu zespołowi, który się z Tobą skontaktuje.",
        Flag.DISCOUNT: "Dziękujemy za pytanie! W tej odpowiedzi nie możemy zaoferować rabatu ani "
        "zmiany ceny; nasz zespół się z Tobą skontaktuje.",
        Flag.OTHER_CUSTOMER: "Dziękujemy za wiadomość. Nigdy nie udostępniamy informacji o innych "
        "klientach; w razie potrzeby nasz zespół skontaktuje się z Tobą w sprawie Twojego "
        "zamówienia.",
        Flag.INJECTION: "Dziękujemy za wiadomość. Odpowiadamy tu wyłącznie na pytania o ten "
        "produkt na podstawie jego danych; nasz zespół to sprawdzi i się z Tobą skontaktuje.",
        Flag.ABUSE: "Dziękujemy za wiadomość. Przykro nam, że nie jesteś zadowolony; nasz zespół "
        "otrzymał Twoją wiadomość i się z Tobą skontaktuje.",
        QUOTE: "Dziękujemy za pytanie! Oto, co mówią informacje o produkcie:",
    },
    "cs": {
        NO_ANSWER: "Děkujeme za váš dotaz! Informace o produktu na něj neodpovídají, proto "
        "jsme ho předali našemu týmu, který se vám ozve.",
        Flag.DISCOUNT: "Děkujeme za váš dotaz! V této odpovědi nemůžeme nabídnout slevu ani "
        "změnu ceny; náš tým se vám ozve.",
        Flag.OTHER_CUSTOMER: "Děkujeme za vaši zprávu. Informace o jiných zákaznících nikdy "
        "nesdílíme; v případě potřeby se vám náš tým ozve ohledně vaší vlastní objednávky.",
        Flag.INJECTION: "Děkujeme za vaši zprávu. Odpovídáme zde pouze na dotazy k tomuto "
        "produktu podle jeho údajů; náš tým se na to podívá a ozve se vám.",
        Flag.ABUSE: "Děkujeme za vaši zprávu. Je nám líto, že nejste spokojeni; náš tým vaši "
        "zprávu obdržel a ozve se vám.",
        QUOTE: "Děkujeme za váš dotaz! Informace o produktu uvádějí:",
    },
}


def language_of(code: str) -> str:
    base = base_code(code)
    return base if base in TEMPLATES else "en"


def fixed_reply(reason: str, language: str) -> str:
    """The reply for a question we do not answer: ``no_answer`` or a screening flag."""
    return TEMPLATES[language_of(language)][reason]


def quoted_reply(facts: Sequence[str], language: str) -> str:
    """A reply made of the facts themselves, word for word: grounded by construction."""
    lines = " ".join(f.rstrip(".") + "." for f in facts)
    return f"{TEMPLATES[language_of(language)][QUOTE]} {lines}"


def all_fixed_replies() -> set[str]:
    return {text for table in TEMPLATES.values() for key, text in table.items() if key != QUOTE}
