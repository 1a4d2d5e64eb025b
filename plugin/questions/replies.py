"""The fixed replies: a polite "the details don't say", refusals for flagged questions, and the
lead-in of a reply quoted from the facts, in the shop's language (English when it has none here:
every language ``quality.language`` can tell apart has its own, so English is never blocked)."""

from __future__ import annotations

from collections.abc import Sequence

from plugin.questions.screening import Flag

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
}


def language_of(code: str) -> str:
    base = (code or "en").split("-")[0].split("_")[0].lower()
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
