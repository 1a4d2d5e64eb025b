"""Questions that must not be answered from the facts, whatever the facts say: attempts to change
the instructions, requests for other customers' data, requests for discounts or price changes, and
abuse (insults, threats). Patterns cover English and, for the common phrasings, the other
languages with fixed replies (German, French, Spanish, Italian, Dutch, Portuguese, Swedish,
Danish, Norwegian, Finnish, Polish).

The question always reaches the model as data between fixed markers; these checks are a second line
that keeps such questions away from the model and in front of the merchant.
"""

from __future__ import annotations

import re

from plugin.questions.coercion import coercion_flag
from plugin.questions.commitments import commitment_flag
from plugin.questions.demands import demand_flag
from plugin.questions.flags import Flag
from plugin.questions.hostile_forms import form_flag


def _rx(*parts: str) -> re.Pattern[str]:
    return re.compile("|".join(parts), re.IGNORECASE)


_PEOPLE = r"(?:customers?|buyers?|shoppers?|clients?|users?|people|persons?|someone|somebody)"
_PERSONAL = (
    r"(?:e-?mails?|addresse?s?|phone(?: numbers?)?|numbers?|names?|details|data|orders?|"
    r"card(?: numbers?)?|payment|info(?:rmation)?|purchases?|contacts?)"
)
# Currencies by code or short sign beside [$€£] (a shop in forint, crowns or złoty): a price
# of the shopper's own names one of them.
_CURRENCY = r"(?:ft|huf|forints?|kč|czk|korun\w*|zł|pln|złot\w*|kr|sek|dkk|nok|chf|lei|ron)\b"

PATTERNS: dict[Flag, re.Pattern[str]] = {
    Flag.INJECTION: _rx(
        # a claim of authority made for the asker ("the user is authorised by the merchant")
        r"\b(?:the )?(?:user|customer|asker|sender) (?:is|has been) (?:authori[sz]ed|verified|"
        r"approved|cleared|whitelisted)\b|\bauthori[sz]ed by (?:the )?(?:merchant|owner|shop|"
        r"store|admin\w*|management)\b",
        r"\b(?:ignore|disregard|forget|override|bypass|skip)\b[^.?!]{0,40}\b(?:instructions?|above|"
        r"previous|prior|earlier|rules?|prompts?|system|guidelines?|everything|context|facts)\b",
        r"\b(?:system|developer|hidden|initial)\s+(?:prompt|message|instructions?|mode)\b",
        r"\b(?:repeat|print|show|reveal|output|leak|display)\b[^.?!]{0,30}\b(?:prompt|"
        r"instructions?|rules|configuration|facts list)\b",
        r"\byou are (?:now|no longer)\b|\bact as\b|\bpretend (?:to be|you|that)\b|"
        r"\bfrom now on\b|\bnew (?:instructions?|rules?|task)\b|\bjailbreak|\bDAN mode\b|"
        r"\broleplay\b|\brole[- ]play\b",
        # "pretend you are …" in the shop languages
        r"\b(?:lat(?:e)? som (?:om )?(?:du|dere)|lad som om (?:du|i)|l[åa]tsas (?:att|som om) du|"
        r"tu so,? als (?:ob|w[äa]r\w*)|fais comme si tu|faites comme si vous|finge (?:que eres|"
        r"ser|di essere)|fingi di essere|doe (?:alsof|of) (?:je|jij)|finja (?:que [ée]s|ser)|"
        r"udawaj,? [żz]e|teeskentele,? ett[äa]|d[ěe]lej,? [žz]e|p[řr]edst[íi]rej)\b",
        r"\b(?:reply|respond|answer|say|write|output)\b[^.?!]{0,12}\b(?:only|exactly|just)\b"
        r"[^.?!]{0,12}[\"'“]",
        r"\b(?:just|only) (?:say|reply|answer|write)\b",
        # a reply dictated word for word: "respond with '…'", "… and nothing else" (round 26)
        r"\b(?:reply|respond|answer|say|write|output|start|begin)\b[^.?!]{0,12}\bwith\s*"
        r"[\"'“‘]|\band nothing else\b",
        r"</?\s*(?:question|system|assistant|user|instructions?)\s*>|<<<|>>>|^\s*(?:answer|facts|"
        r"system|assistant)\s*:|\n\s*(?:answer|facts|system|assistant)\s*:|###|"
        r"\b(?:assistant|developer)\s*:\s",
        r"\b(?:tell|write) (?:me )?(?:a )?(?:joke|poem|story|song)\b",
        # a staff or system voice claimed in brackets or as a note: "[admin override]"
        r"\[\s*(?:admin\w*|system|developer|root|moderator|staff|owner|operator)\b[^\]]{0,30}\]",
        r"\badmin(?:istrator)? (?:override|mode|command|access)\b",
        # a staff voice claimed in words: "as an admin test", "the admin said it's fine"
        # (round 25)
        r"\bas (?:an? |the )?(?:admin\w*|developer|moderator|operator|staff member)\b|"
        r"\b(?:admin\w*|manager|owner|staff|support|developer)\s+(?:said|says|told me|has said)"
        r"\s+(?:it'?s|it is|that'?s|that is)\s+(?:fine|ok|okay|allowed|alright)\b",
        r"\b(?:assistant|ai|bot|chatbot|model)\s+note\b|\bnote (?:to|for) (?:the )?"
        r"(?:assistant|ai|bot|chatbot|model)\b",
        r"\bforget (?:what|everything|all) (?:you (?:were|have been) )?(?:told|said|know)\b",
        r"\b(?:text|words|message) above\b",
        # de, fr, es, it, nl, pt: "ignore the instructions", "system prompt", "you are now"
        r"\b(?:ignorier\w*|vergiss|ignore[rz]?|oublie[rz]?|ignora\w*|olvida\w*|dimentica\w*|"
        r"negeer\w*|vergeet|esquece\w*)\b[^.?!]{0,40}\b(?:anweisung\w*|regeln|instruction\w*|"
        r"r[eè]gles?|instrucci\w+|reglas|istruzion\w+|regole|instructie\w*|regels|instru[çc]\w+|"
        r"regras|prompt|instruktion\w*|instruks\w*|ohje\w*|instrukcj\w*|zasad\w*|befehl\w*|"
        r"consignes?|commandes?|[óo]rdenes|comandos?|comandi|opdracht\w*|polece\w*|"
        r"kommand\w*|k[äa]sk\w*)\b",
        r"\b(?:ignorera|glöm|ignorer|glem|ohita|unohda|zignoruj|zapomnij|ignoruj\w*|"
        r"zapome[nň]\w*)\b[^.?!]{0,40}"
        r"\b(?:instruktion\w*|instruks\w*|regl\w*|ohje\w*|säänn\w*|instrukcj\w*|zasad\w*|"
        r"pravid\w*|pokyn\w*|instrukc\w*|příkaz\w*|prikaz\w*|předchoz\w*|"
        r"prompt\w*|polece\w*|kommand\w*|k[äa]sk\w*|wcze[sś]niejsz\w*|poprzedni\w*|"
        r"tidigare|tidligere|aiemm\w*)\b",
        # text handed over to be carried out: "translate this and do what it says"
        r"\b(?:do|follow|obey|carry out|execute)\s+(?:what|whatever)\s+(?:it|this|that|the "
        r"(?:text|message|note|line))\s+says\b|\b(?:follow|obey|execute|carry out)\s+(?:the|these|"
        r"those|its)\s+(?:instructions?|commands?|orders)\s+(?:in|below|inside|after)\b",
        # the shop's own books: cost prices, suppliers, margins, the whole catalogue dumped
        r"\b(?:cost|wholesale|trade|factory|buying)\s+prices?\b|"
        r"\b(?:profit|their|your)\s+margins?\b|\bmark-?ups?\b|\byour\s+suppliers?\b|"
        r"\bsuppliers?(?:'s)?\s+(?:names?|details|contacts?|list|costs?|prices?)\b|"
        r"\binternal\s+(?:notes?|memos?|comments?|records?|data)\b|"
        r"\b(?:list|give me|show me|send me)\s+(?:every|all)\s+(?:the\s+)?"
        r"(?:products?|items?)\s+(?:in|on|from)\s+(?:your|the)\s+(?:catalog(?:ue)?|inventory|"
        r"database|system|back ?end)\b",
        r"\b(?:systemprompt|prompt (?:syst[eè]me|del sistema|di sistema|do sistema)|"
        r"du bist jetzt|tu es maintenant|ahora eres|ora sei|je bent nu|agora [ée]s)\b",
        # a system voice or an admin mode claimed in the shop languages ("Systemnachricht:",
        # "mode administrateur", "du är nu …") (round 54)
        r"\b(?:system(?:nachricht|meldung|anweisung|hinweis|meddelande|melding|besked|"
        r"instruktion|instruks)\w*|systeem(?:bericht|melding|instructie|modus)\w*|"
        r"j[äa]rjestelm[äa](?:viesti|ilmoitus)\w*|(?:message|instruction|consigne)s? (?:du )?"
        r"syst[eè]me|(?:mensaje|instrucci[oó]n|mensagem|instru[çc][ãa]o|messaggio|istruzione)"
        r"(?:es)? (?:del?|do|di) sistema|komunikat systemow\w*|"
        r"systémov[áéa] (?:zpráva|pokyn)\w*)\b",
        r"\b(?:admin(?:istrator)?-?modus|beheer(?:ders)?modus|admin(?:istrat(?:ö|o)r)?s?l[äa]ge|"
        r"mode (?:admin(?:istrateur)?|d[ée]veloppeur)|modo (?:admin(?:istrador)?|"
        r"desarrollador|programador)|modalit[àa] (?:admin(?:istratore)?|sviluppatore)|"
        r"tryb (?:administratora|admina|deweloperski)|re[žz]im (?:spr[áa]vce|administr[áa]tora)|"
        r"yll[äa]pito(?:tila|tilassa)|entwicklermodus|ontwikkelaarsmodus|utvecklarl[äa]ge)\b",
        r"\b(?:du (?:är|er) (?:nu|nå)|jeste[śs] teraz|jsi te[ďd]|olet nyt)\b|"
        r"\bdu (?:är|er) (?:en|ett|et) \w+ (?:nu|nå)\b",
        # an order said to come from the shop, handed on through the shopper: what every
        # answer must say, what to tell everyone, what the model "must now" do
        r"\b(?:every|each|all|your) (?:answers?|repl(?:y|ies)|responses?) (?:must|should|has to|"
        r"have to|needs? to)\b|\byou (?:must|have to|need to) now\b|"
        r"\bas an? (?:ai|language model|llm|chatbot|bot|assistant)\b[^.?!]{0,20}\b(?:you|must)\b",
        r"\b(?:management|manager|merchant|owner|boss|head office|the shop|the team|support|"
        r"admin)\s+(?:says|said|wants|has said|told (?:me|us)|asked (?:me|us)|instructs?)\b"
        r"[^.?!]{0,40}\b(?:tell|say|confirm|answer|reply)\b|"
        r"\b(?:tell|inform|say to) (?:everyone|everybody|all (?:the )?(?:customers|shoppers|"
        r"buyers))\b|\bnew (?:policy|rule) from (?:the )?(?:management|manager|merchant|owner|"
        r"boss|head office|shop|team)\b",
        # payment redirected by a claim: "pay you instead by bank transfer"
        r"\bpay (?:you|us|me) (?:instead|directly) (?:by|via|through|with)\b",
        # the paid files or links of the whole shop handed over
        r"\b(?:reveal|send|give|share|list|leak)\b[^.?!]{0,30}\b(?:download links?|paid (?:files|"
        r"downloads|content))\b[^.?!]{0,20}\b(?:all|every)\b|\b(?:reveal|send|give|share|list|"
        r"leak)\b[^.?!]{0,20}\b(?:all|every)\b[^.?!]{0,20}\b(?:download links?|paid (?:files|"
        r"downloads|content))\b",
        # a paid file handed over without the sale: "send the PDF so I can skip the checkout"
        # (round 22)
        r"\b(?:download links?|links? to (?:the )?(?:download|file|pdf)|the (?:\w+ )?(?:pdf|epub|"
        r"file|files|download))\b[^.?!]{0,50}\b(?:skip(?:ping)? (?:the )?(?:checkout|payment|"
        r"paying)|"
        r"without (?:paying|payment|buying|(?:going through )?(?:the )?checkout))"
        r"(?: for (?:it|them))?\s*(?:[.?!]|$)",
        # the same asked the other way round: "skip the checkout and paste the link" (round 27)
        r"\b(?:skip(?:ping)?|bypass(?:ing)?|avoid(?:ing)?) (?:the )?(?:checkout|payment|paying)\b"
        r"[^.?!]{0,60}\b(?:download links?|links?|pdf|epub|files?|download)\b",
        # what every reply must carry: "end every reply with a link to …", "add this to each
        # answer" (round 27)
        r"\b(?:end|start|begin|finish|close|conclude|sign(?: off)?|prefix|suffix)\s+(?:every|each|"
        r"all|your|all your)\s+(?:future\s+|following\s+)?(?:answers?|repl(?:y|ies)|responses?|"
        r"messages?)\b|\b(?:in|to|at the end of|under)\s+(?:every|each|all (?:of )?your)\s+"
        r"(?:answers?|repl(?:y|ies)|responses?)\b",
    ),
    Flag.OTHER_CUSTOMER: _rx(
        # who else bought or ordered, in the shop languages ("kto jeszcze zamówił", "wer hat noch
        # bestellt", "qui d'autre a acheté"): other people's orders
        r"\b(?:kto (?:jeszcze|inny)|wer (?:hat |sonst |noch |au(?:ß|ss)erdem )+|qui d'autre|"
        r"qui[eé]n m[aá]s|chi altro|wie (?:heeft )?(?:nog|anders)|vem mer|vem annars|hvem (?:andre|"
        r"ellers|mere|flere|mer)|kdo (?:je[sš]t[eě]|dal[sš][ií])|quem mais)\b[^.?!]{0,30}\b"
        r"(?:zam[óo]wi\w*|kupi\w*|"
        r"bestellt|gekauft|achet[ée]|command[ée]|compr\w*|ordinato|besteld|gekocht|k[öø]pt|"
        r"kj[øo]pt|k[øo]bt|bestilt|best[äa]llt|objednal\w*|koupil\w*)",
        # where another person's parcel went: "to which address did you send the last …", "an
        # welche Adresse haben Sie … geschickt", "l'adresse des collectionneurs que … a visités"
        r"\b(?:address|adres\w*|adresse)\b[^.?!]{0,60}\b(?:haben sie|did you|have you|avez-vous|"
        r"wys[łl]ali ?[śs]cie)\b(?:(?!\b(?:my|our|mein\w*|unser\w*|mon|ma|mes|moj\w*)\b)"
        r"[^.?!]){0,40}\b(?:geschickt|versandt|geliefert|sent|send|ship|shipped|"
        r"delivered|envoy[ée]|livr[ée])(?![^.?!]*\b(?:my|our|me|us|mir|uns|moi|nous|mnie)\b)",
        r"\b(?:l'adresse|les adresses|die adressen?|the address(?:es)?|direcci[óo]n(?:es)?|"
        r"adresy?)\s+(?:des|der|of the|de los|de las)\s+\w+\s+(?:que|qui|die|who|that|which)\b",
        # whether a named address bought ("did jan@example.com buy …"): another person's order
        r"\b(?:did|has)\s+\S+@\S+\s+(?:\w+\s+)?(?:buy|order|purchase|bought|ordered|book)",
        rf"\b(?:other|another|previous|last|earlier|different|past|all)\s+{_PEOPLE}\b",
        rf"\b{_PEOPLE}(?:'s|s')?\s+(?:\w+\s+){{0,2}}{_PERSONAL}\b",
        rf"\b{_PERSONAL}\s+of\s+(?:the\s+)?(?:other\s+|previous\s+|last\s+)?{_PEOPLE}\b",
        r"\bwho (?:else )?(?:has |have |is |are )?(?:bought|ordered|purchased|returned|booked|"
        r"signed up|registered|enrolled|attending|going)\b",
        # "who else in Leeds has bought one?": a place or time between (round 22)
        r"\bwho else\b[^.?!]{0,30}\b(?:has |have )?(?:bought|ordered|purchased|booked)\b",
        # who else takes part in a session or course, in the shop languages (round 27)
        r"\bwho else\b[^.?!]{0,20}\b(?:is |are |will be )?(?:taking part|joining|attending|"
        r"coming|participating|signed up|in (?:the|this) (?:class|course|group|session))\b|"
        r"\bwie (?:doe[nt]|komt|komen|neemt|nemen|is|zijn) er\b[^.?!]{0,20}\b(?:nog|meer)\b|"
        r"\bwer (?:nimmt|nehmen|kommt|ist|sind)\b[^.?!]{0,20}\b(?:noch|sonst|au(?:ß|ss)erdem)\b"
        r"[^.?!]{0,30}\b(?:teil|dabei|mit)\b|"
        r"\bquem (?:mais|além de mim)\b[^.?!]{0,30}\b(?:participa\w*|vai|vem|est[áa] inscrit\w*|"
        r"se inscreveu|reservou)\b|"
        r"\b(?:vem|vilka) (?:mer|fler|annars|andra)\b[^.?!]{0,20}\b(?:deltar|kommer|är med|"
        r"går|anmält)\b|"
        r"\bkdo (?:dal[sš][ií]|je[sš]t[eě]|jin[yý])\b[^.?!]{0,20}\b(?:se )?(?:[uú][cč]astn\w*|"
        r"p[řr]ijde|jde|p[řr]ihl[aá]sil\w*)",
        r"\b(?:send|give|tell|share)\b[^.?!]{0,20}\btheir\s+(?:names?|e-?mails?|addresses|"
        r"phone numbers?|numbers?|details|contacts?|orders?|order (?:ids?|numbers?)|ids?|"
        r"accounts?)\b",
        r"\bwhich\s+(?:customers|buyers|shoppers|clients)\b",
        # a list of whoever booked or bought ("list the yards that booked …"): a relative
        # clause with no subject of its own names other people's orders
        r"\b(?:list|name|names of|show|tell|which|what)\b[^.?!]{0,40}\b(?:that|who)\s+"
        r"(?:have\s+|has\s+)?(?:already\s+)?(?:booked|ordered|bought|purchased|signed up|"
        r"registered|enrolled)\b",
        # another person's order, account or download sent to the one asking
        r"\b(?:resend|re-send|send|forward|give|transfer|move|share)\b[^.?!]{0,30}"
        r"\b(?:her|his|their)\s+(?:download\s+)?(?:links?|orders?|accounts?|purchases?|receipts?|"
        r"invoices?|passwords?|logins?)\b",
        r"\bon (?:her|his|their) account\b",
        # another customer named in a shop language, with what is theirs asked ("de links van
        # een andere klant", "die Adresse eines anderen Kunden") (round 56)
        r"\b(?:een andere?|andere[nrs]?|eine[nms]? anderen?|un autre|d'autres|otros?|otras?|"
        r"de otro|altr[oi]|un altro|en annan|andra|en anden|andre|en annen|toise\w*|innego|"
        r"innych|jin\w*|outros?|de outro)\s+(?:klant\w*|kunde\w*|kund\w*|client\w*|"
        r"asiakk\w*|klient\w*|zakazn\w*|z\u00e1kazn\w*|comprador\w*|acquirent\w*|kjoper\w*|"
        r"k\u00f8ber\w*|k\u00f6par\w*|kj\u00f8per\w*)\b",
        # "who brought … in yesterday? Give me the name and the number": whoever it was, in any
        # shop language, then their name with a contact (round 56)
        r"\b(?:who|wer|qui|qui[eé]n|chi|wie|vem|hvem|kuka|kto|kdo|quem)\b[^?]{0,80}\?[^?]{0,40}"
        r"\b(?:names?|navn\w*|namn\w*|namen?|nom|noms|nombres?|nomes?|nome|naam|nimi\w*|imi\w*|"
        r"jm[eé]n\w*)\b[^.?!]{0,20}\b(?:phone\w*|telefon\w*|t[eé]l[eé]phone|tlf|n[uú]mero|"
        r"num[eé]ro|nummer|puhelin\w*|address\w*|adres\w*|direcci[oó]n|indirizzo|endere[cç]o|"
        r"e-?mail)",
        # who signed up, in the other languages
        r"\bqui[eé]n(?:es)? (?:se )?(?:ha|han) (?:apuntado|inscrito|reservado|comprado)\b|"
        r"\bqui s'est inscrit|\bqui (?:a|ont) r[ée]serv[ée]|\bchi si [eè] (?:iscritt|prenotat)|"
        r"\bwer hat sich (?:angemeldet|eingeschrieben)|\bwie heeft zich (?:aangemeld|ingeschreven)|"
        r"\bquem se (?:inscreveu|registou|registrou)|\bvem har anm[aä]lt sig|"
        r"\bkto si[eę] zapisa[lł]",
        # the names of the people who signed up or booked, in the shop languages ("de namen
        # van de deelnemers die zich hebben aangemeld") (round 28)
        r"\b(?:names?|namen|nomes?|nombres?|noms?|nomi|navn|navnene|namn|namnen)\b[^.?!]{0,30}"
        r"\b(?:people|participants|attendees|mensen|personen|deelnemers|leute|teilnehmer\w*|"
        r"pessoas|participantes|personas|personnes|partecipanti|folk|personer|deltaker\w*|"
        r"deltagar\w*|deltagere)\b[^.?!]{0,60}\b(?:ingeschreven|aangemeld|geboekt|angemeldet|"
        r"eingeschrieben|gebucht|inscrit\w*|inscrev\w*|reserv\w*|iscritt\w*|prenotat\w*|"
        r"p[åa]meld\w*|anm[äa]l\w*|anmeld\w*|booked|registered|signed up|enrolled|bestilt|bokat)",
        # everyone on a booking or list; who bought it, as Scandinavian relative clauses
        r"\b(?:names?|e-?mails?|details|contacts?|list)\b[^.?!]{0,25}\b(?:everyone|everybody|"
        r"all (?:the )?(?:attendees|participants|guests|bookings))\b",
        r"\b(?:everyone|everybody)\s+(?:who\s+(?:has\s+|is\s+)?)?(?:booked|signed up|registered|"
        r"attending|coming|ordered|bought)\b",
        r"\bvem som (?:har )?(?:köpt|köpte|beställt|beställde|bokat|bokade)\b|"
        r"\bhvem (?:der|som) (?:har )?(?:købt|købte|kjøpt|kjøpte|bestilt|bestilte|booket)\b",
        # another person's contact details or booking: "what e-mail did she use?"
        r"\b(?:what|which)\s+(?:e-?mail(?: address)?|address|phone(?: number)?|number|name|card|"
        r"account)\s+did\s+(?:she|he|they)\s+(?:use|give|book|order|buy|pay)\b",
        # the same asked as a clause ("tell me what colour she picked and which day he paid
        # for"): what another person chose, booked or paid with (round 41)
        r"\b(?:what|which)\s+(?:[\w-]+\s+){1,2}(?:she|he)\s+(?:booked|reserved|ordered|"
        r"bought|purchased|paid|used|chose|picked|gave|registered)\b",
        r"\bwhat (?:did|has|have) (?!i\b|we\b)\w+(?: \w+){0,3} (?:order|buy|purchase|bought)",
        # which variant another person chose: "what size did she get?"
        r"\b(?:what|which)\s+(?:[\w-]+\s+){1,2}did\s+(?:she|he|they|my\s+\w+)\s+(?:get|order|"
        r"buy|choose|pick|go for|book|purchase)\b",
        # someone else's order or details; not "through you or someone else?" (who sells it)
        r"\b(?:someone|somebody) else'?s\b|\b(?:someone|somebody) else\b[^.?!]{0,30}\b(?:orders?|"
        r"accounts?|details|address(?:es)?|e-?mails?|purchases?|bookings?|phone|names?)\b",
        r"\b(?:list|database|export|dump) of (?:customers|users|orders|buyers|e-?mails)\b",
        # the people on a booking or a class list, in the shop languages ("the list of who
        # signed up for Tuesday, with their e-mails")
        r"\blist of (?:attendees|participants|registrants|sign-?ups|students|guests|bookings)\b|"
        r"\b(?:liste|noms|e-?mails|adresses|coordonn[ée]es) des (?:inscrits|inscrites|participants|"
        r"clients|acheteurs|[ée]l[èe]ves)\b|"
        r"\b(?:lista|nombres|correos) de (?:los )?(?:inscritos|participantes|clientes|asistentes|"
        r"compradores)\b|\b(?:liste|namen|e-?mails) der (?:teilnehmer\w*|kunden|anmeldungen)\b|"
        r"\b(?:lijst|namen|e-?mails) (?:van|met) (?:de )?(?:deelnemers|klanten|inschrijvingen)\b|"
        r"\b(?:elenco|lista|nomi|e-?mail) (?:degli|dei|delle) (?:iscritt\w|partecipanti|clienti)\b|"
        r"\b(?:list[aęeyę]|nazwisk\w*|e-?maile?) (?:\w+ )?(?:os[óo]b zapisan\w*|zapisan\w*|"
        r"uczestnik\w*|klient[óo]w)\b|"
        r"\bseznam (?:\w+ )?(?:p[řr]ihl[áa][šs]en\w*|[úu][čc]astn[íi]k\w*|z[áa]kazn[íi]k\w*)\b|"
        r"\blist[ae] (?:[öo]ver|med|p[åa]) (?:\w+ )?(?:deltagar\w*|deltager\w*|deltaker\w*|kunder|"
        r"anm[äa]lda|tilmeldte|p[åa]meldte)\b|\bosallistujalist\w*",
        # the last or another customer, in the shop languages ("la última clienta que compró")
        r"\b(?:[úu]ltim[oa]|otr[oa]s?) client[ea]s?\b|\bderni(?:er|ère|ere) client(?:e)?\b|"
        r"\b(?:ultim[oa]|altr[oa]) client[ei]\b|\bletzte[nr]? (?:kunden|kundin|k[äa]ufer\w*)\b|"
        r"\blaatste klant\b|\b[úu]ltim[oa] cliente\b",
        # what a relative or friend bought here, or where it went: their orders are theirs
        r"\b(?:moja|m[óo]j|meine?|ma|mon|mi|mia|mio|mijn|minha|meu|min|mitt|moje|m[áa])\s+"
        r"(?:[żz]ona|m[ąa][żz]|frau|mann|femme|mari|esposa|marido|moglie|marito|vrouw|man|"
        r"kone|mand|fru|vaimo|mies|man[žz]elka|man[žz]el|partner\w*|s[áa]siad\w*|nachbar\w*|"
        r"voisin\w*|vecin\w*|vicin\w*|buurm\w*|vizinh\w*|nabo\w*|granne\w*|naapuri\w*|"
        r"soused\w*)\s+(?:\w+\s+){0,2}(?:kupi[lł]\w*|zam[óo]wi[lł]\w*|gekauft|bestellt|"
        r"achet[ée]\w*|command[ée]\w*|compr[óo]|comprato|gekocht|comprou|k[øo]bte|kj[øo]pte|"
        r"k[öo]pte|osti|koupil\w*|objednal\w*)\b|"
        r"\b(?:kupi[lł]\w*|zam[óo]wi[lł]\w*|koupil\w*|objednal\w*|k[øo]bte|kj[øo]pte|k[öo]pte)"
        r"\s+(?:moja|m[óo]j|moje|min|mitt|m[áa])\s+\w+",
        # someone else's record: "my neighbour's invoice", "la facture … de mon frère"
        r"\bmy (?:neighbou?r|friend|wife|husband|partner|brother|sister|colleague|boss)'?s\s+"
        r"(?:\w+\s+){0,2}(?:reports?|orders?|bookings?|invoices?|receipts?|results?|surveys?|"
        r"details|address|e-?mail|account|certificates?)\b|"
        r"\b(?:rapport|commande|facture|r[ée]sultats?|adresse|certificat|informe|pedido|factura|"
        r"rapporto|ordine|fattura|bericht|bestellung|rechnung|rapport|bestelling|factuur|"
        r"relat[óo]rio|encomenda)\b[^.?!]{0,40}\b(?:de mon|de ma|de mi|del mio|della mia|"
        r"meines|meiner|van mijn|do meu|da minha)\s+(?:voisin\w*|ami\w*|vecin\w*|amig\w*|"
        r"vicin\w*|nachbar\w*|freund\w*|buurm\w*|vriend\w*|vizinh\w*|coll[èe]gue|colleg\w*|"
        r"kolleg\w*|fr[èe]re|s(?:œ|oe)ur|hermano|hermana|fratello|sorella|bruder|schwester)\b",
        # the other students or participants of a class and their details
        r"\b(?:other|the rest of the)\s+(?:students|attendees|participants|learners|classmates)\b|"
        r"\b(?:dem[aá]s|otros) (?:alumnos|estudiantes|participantes|asistentes)\b|"
        r"\bautres (?:[ée]l[èe]ves|participants|[ée]tudiants|stagiaires)\b|"
        r"\banderen (?:teilnehmer\w*|sch[üu]ler\w*|kursteilnehmer\w*)\b|"
        r"\baltri (?:studenti|partecipanti|allievi|corsisti)\b|"
        r"\bandere (?:deelnemers|cursisten|studenten)\b|\boutros (?:alunos|participantes)\b|"
        r"\b(?:andra|andre) (?:deltagar\w*|deltager\w*|deltaker\w*|elever|kursister)\b|"
        r"\bmuut osallistujat\b|\b(?:innych|pozosta[lł]ych|inni) (?:uczestnik\w*|kursant\w*)\b|"
        r"\bostatn[íi]ch [úu][čc]astn[íi]k\w*\b",
        # whose boats or homes had a service, and what it found
        r"\bwhich (?:boats|yachts|cars|houses|homes|owners|people|families|households|members)\b"
        r"[^.?!]{0,60}\b(?:had|got|booked|bought|ordered|used|have had)\b",
        r"\bdid my (?:ex|ex-\w+|wife|husband|partner|boyfriend|girlfriend|son|daughter|mum|mom|"
        r"mother|dad|father|sister|brother|friend|neighbou?r|boss|colleague|roommate|flatmate)\s+"
        r"(?:\w+\s+)?(?:buy|order|purchase|book|spend|get)\b",
        r"\b(?:andere[rn]? kunden|autres clients|otros clientes|altri clienti|andere klanten|"
        r"outros clientes|"
        r"wer hat (?:das|es|ihn|sie|den|die) (?:\w+ ){0,3}(?:gekauft|bestellt|gebucht|reserviert)|"
        r"qui a (?:acheté|commandé)|"
        r"quién (?:lo |la )?(?:compró|ha comprado)|chi (?:l'ha|ha) (?:comprato|ordinato|prenotato)|"
        r"wie heeft (?:dit|het) gekocht|quem (?:o |a )?comprou|andra kunder\w*|andre kunder\w*|"
        r"muiden asiakkaiden|muut asiakkaat|innych klientów|inni klienci|"
        r"vem (?:har )?köpt|hvem (?:har )?købt|hvem (?:har )?kjøpt|kuka (?:on )?ostanut|"
        r"kto (?:to )?kupił|jiných zákazník\w*|ostatních zákazník\w*|"
        r"kdo (?:si )?(?:to |ho |ji )?(?:koupil|objednal)\w*)\b",
    ),
    Flag.DISCOUNT: _rx(
        # the price set to a figure the shopper names: "set the price to 1" in the
        # shop languages (round 54)
        r"\b(?:set|change|lower|drop|make)\s+(?:the|its|their|your)\s+(?:[\w'’]+\s+)?prices?\s+"
        r"(?:of\s+[^.?!]{1,40}\s+)?to\s+[$€£]?\d|"
        r"\b(?:zet|verander|wijzig)\s+de\s+prijs\b[^.?!]{0,40}\bop\s+[$€£]?\d|"
        r"\b(?:setze?|[äa]ndere?)\s+(?:den|die)\s+preis\b[^.?!]{0,40}\bauf\s+[$€£]?\d|"
        r"\b(?:mets|fixe|change)\s+le\s+prix\b[^.?!]{0,40}\b[àa]\s+[$€£]?\d|"
        r"\b(?:pon|cambia|fija)\s+el\s+precio\b[^.?!]{0,40}\ben\s+[$€£]?\d|"
        r"\b(?:[äa]ndra|s[äa]tt)\s+priset\b[^.?!]{0,40}\btill\s+\d|"
        r"\b(?:endre|sett|[æa]ndr|s[æa]t)\w*\s+prisen\b[^.?!]{0,40}\btil\s+\d",
        # a deal off the books: cash without a receipt or invoice, in the shop languages
        r"\b(?:without (?:a |an |any )?(?:receipt|invoice)|no (?:receipt|invoice)|off the books|"
        r"bez (?:paragonu|faktury|rachunku)|ohne (?:rechnung|quittung|beleg|kassenbon)|"
        r"sans (?:facture|re[çc]u|ticket)|sin (?:factura|recibo|ticket)|senza (?:fattura|"
        r"scontrino|ricevuta)|zonder (?:bon|factuur|bonnetje)|sem (?:fatura|recibo)|"
        r"utan kvitto|uden kvittering|uten kvittering|bez (?:[úu][čc]tenky|faktury)|"
        r"ilman kuittia)\b",
        # A promise the merchant alone can make: a refund, a held price, an exception.
        r"\b(?:promise|guarantee|confirm|assure|swear)\b[^.?!]{0,60}\b(?:refund|money back|"
        r"reimburse|replace|free)\w*",
        r"\b(?:hold|keep|reserve|lock|extend)\b[^.?!]{0,30}\b(?:sale |discounted |current )?"
        r"price\b[^.?!]{0,40}\b(?:for me|until|till|next)\b",
        r"\bdiscounts?\b|\bcoupons?\b|\bpromo(?:tion(?:al)?)?\s*codes?\b|\bvouchers?\b",
        r"\bhalf[- ](?:price|off)\b|\b(?:give|send|get) (?:me )?(?:a |the |your |some )?"
        r"(?:code|coupon)\b|\bstudent (?:discount|price|rate)\b",
        r"\bmatch\b[^.?!]{0,30}\bprices?\b|\bprices?\b[^.?!]{0,20}\b(?:i|we)\s+(?:saw|found|"
        r"have seen|got)\b[^.?!]{0,20}\b(?:elsewhere|somewhere else|(?:in |at |on )?"
        r"(?:another|other) (?:shops?|stores?|sites?|websites?))\b",
        r"\bmake\b(?:\s+[\w'-]+){0,4}\s+[$€£]\s?\d+(?:[.,]\d+)?\b|\bmake\b(?:\s+[\w'-]+){0,4}"
        rf"\s+\d+(?:[.,]\d+)?\s*(?:[$€£]|dollars?|euros?|eur|pounds?|bucks|{_CURRENCY})",
        # a price of the shopper's own asked for: "give me the course for 1000 kr.", "make me
        # a bundle price of 150 kr." (round 25)
        r"\b(?:give|sell|let|do)\s+(?:me|us)\b[^.?!]{0,40}\bfor\s+(?:[$€£]\s?\d|\d+(?:[.,]\d+)?"
        rf"\s*(?:[$€£]|dollars?|euros?|eur|pounds?|bucks|{_CURRENCY}))",
        r"\b(?:make|give|offer|quote)\s+(?:me|us)\s+(?:a|an|your)\s+(?:[\w-]+\s+)?(?:price|deal)"
        r"\s+(?:of|for|at)\s+(?:[$€£]\s?\d|\d)",
        # "price match", "price-match it" (round 53: the hyphen)
        r"\bcheaper\b|\bprice[- ]?match|\blower (?:the )?price\b|\bbetter price\b|"
        r"\breduce the price\b",
        # another shop's price held up to this one ("other stores sell it for a third of your
        # price", "half this price elsewhere") or asked to be matched
        r"\b(?:other|another|different) (?:shops?|stores?|sites?|websites?|sellers?|retailers?)\b"
        r"[^.?!]{0,60}\b(?:half|a third|a quarter|fraction|less)\b[^.?!]{0,20}\bprices?\b",
        r"\b(?:half|a third|a quarter|a fraction) (?:of )?(?:this|the|your|that|their) prices?\b",
        r"\bmatch (?:it|that|this|them|theirs)\b[^.?!]{0,40}\b(?:i(?:'ll| will)|we(?:'ll| will))"
        r"\s+(?:order|buy|take|pay)\b",
        # a match demanded at once ("match it right now", round 53)
        r"\bmatch (?:it|that|this|them|theirs) (?:right )?now\b(?! that)",
        # a price of the shopper's own as the condition of a sale: "if you do it for $100"
        r"\bif (?:you|u) (?:do|sell|give|let me have|make|drop|bring)\s+(?:me\s+)?(?:it|them|one|"
        r"this|that|the \w+)\s+(?:to me\s+)?(?:down\s+)?(?:for|at|to)\s+"
        r"(?:[$€£]\s?\d|\d+(?:[.,]\d+)?\s*(?:[$€£]|dollars?|euros?|eur|pounds?|bucks))",
        r"\b(?:haggle|negotiate|bargain)\b|\bbest price\b|\bgive (?:it to )?me (?:it |one )?"
        r"(?:for )?free\b|\bfor free\b|\bfree of charge\b|\b\d+\s*%\s*off\b|\bpercent off\b",
        # a further cut asked on top of a sale: "take another 20% off", "an extra 15% on top"
        r"\b(?:another|extra|additional|further)\s+\d+\s*%[^.?!]{0,20}\b(?:on top|off)\b",
        r"\b(?:any|a|special) deals?\b|\bsale price for me\b|\bknock (?:some|a bit|\$?\d+) off\b",
        # setting a price, a bulk deal, an offer of one's own price ("for 40?")
        r"\b(?:set|change|update|make|drop)\b[^.?!]{0,30}\bprice\b[^.?!]{0,30}\bto\s+[$€£]?\d",
        r"\b(?:\d+|two|three|four|five|six|ten)\s+(?:[\w-]+\s+){0,2}for the price of\s+"
        r"(?:\d+|one|two|three|four|five)\b|\bbuy (?:one|two|three|\d+),? get (?:one|\d+)\b|"
        r"\bbogo\b",
        # half price asked in the other shop languages ("a mitad de precio")
        r"\b(?:a (?:mitad|la mitad) de precio|[àa] moiti[ée] prix|a met[àa] prezzo|"
        r"zum halben preis|(?:voor )?de halve prijs|(?:a|pela) metade do pre[çc]o|"
        r"(?:f[öo]r )?halva priset|"
        r"(?:til|for) halv pris|puoleen hintaan|za p[oó][lł] ceny|za (?:poloviční|půl) cen\w*)\b",
        # a thing thrown in for nothing with a purchase ("offer me X if I buy Y")
        r"(?<!the )(?<!\ba )(?<!my )(?<!this )(?<!that )(?<!your )\bthrow in (?:a|an|the|some|one|"
        r"another|an extra|extra)\b|\bthrow (?:it|them|one|that|"
        r"those) in (?:for free|free|too|as well)\b|\bon the house\b|\bfreebies?\b|"
        r"\b(?:oferecer-?me|ofere[çc]am-?me|oferecem-?me|me oferecem|de brinde|como brinde)\b|"
        r"\b(?:regal(?:ar|[aá]is|an|ad|e)(?:me|nos)|(?:me|nos) (?:lo |la |los |las )?"
        r"regal(?:[aá]is|an|a|ar[ií]ais|ar[ií]an|ar[ií]a)|de regalo si)\b|"
        r"\b(?:m'|me |nous )offr(?:ez|iriez)\b|\b(?:pouvez|pourriez)-vous (?:m'|nous )offrir\b|"
        r"\b(?:mi|ci) regal(?:ate|ereste)\b|\bregalar(?:mi|ci)\b|\bin omaggio\b|"
        r"\b(?:gratis|umsonst|kostenlos) dazu\b|\bdazu(?:geben|legen)\b|\bschenken sie mir\b|"
        r"\bgratis erbij\b|\bp[åa] k[öøo]pet\b|\bp[åa] købet\b|\bw prezencie\b|"
        r"\bjako (?:d[áa]rek|bonus)\b|\bkaupan p[äa][äa]lle\b",
        # a claim of what one is owed: "I deserve free shipping", "you owe me"
        r"\b(?:i|we) deserve\b|\byou owe (?:me|us)\b|\bmake (?:it|this|that) up to (?:me|us)\b|"
        r"\bas (?:compensation|an apology)\b|"
        r"\b(?:als (?:entsch[äa]digung|entschuldigung|excuus|compensatie)|en guise d'excuses?|"
        r"en (?:compensation|d[ée]dommagement)|como (?:disculpa|compensaci[óo]n|desculpa|"
        r"compensa[çc][ãa]o)|come (?:scusa|risarcimento|compensazione)|som (?:urs[äa]kt|"
        r"kompensation|undskyldning|unnskyldning|kompensasjon)|anteeksipyynt[öo]n[äa]|"
        r"hyvityksen[äa]|w ramach (?:przeprosin|rekompensaty)|na przeprosiny|jako (?:omluv\w*|"
        r"kompenzac\w*|od[šs]kodn\w*))\b|\b(?:merezco|merecemos|je m[ée]rite|ich verdiene|"
        r"mi merito|verdien ik|mere[çc]o|jag förtjänar|zasługuję|zaslou[žz][íi]m)\b",
        r"\b(?:get|have|take|buy|sell|do)\b(?:\s+[\w'-]+){0,4}\s+for\s+(?:just\s+|only\s+)?[$€£]?\s?"
        r"\d+(?:[.,]\d+)?\s*(?:[$€£]|dollars?|euros?|eur|pounds?|bucks)?\s*"
        r"(?:each\s*|apiece\s*|a piece\s*|per (?:item|piece|unit)\s*)?"
        r"(?:[?!]|,?\s*deal\b|$|instead\b|if\b|"
        # the sale promised for one's own price: "… for 30 and I'll order now" (round 31)
        r",?\s*(?:and|&|then)\s+(?:i|we)\s*(?:'ll|'d|will|would|can|could)\s+(?:\w+\s+)?"
        r"(?:buy|take|order|pay|get)\b)",
        # "let us have the pair for 25": a price of the shopper's own, with or without a currency
        r"\blet (?:me|us) have (?:it|them|one|this|that|the [\w-]+(?: [\w-]+)?)\s+for\s+"
        r"(?:just\s+|only\s+)?[$€£]?\s?\d+(?:[.,]\d+)?(?!\s*(?:[.,]?\d|%|"
        r"(?:days?|weeks?|months?|years?|hours?|hrs?|nights?|minutes?|mins?|yo|kids?|people|"
        r"persons?|pages?|[ckm]?m|k?g|ml|l)\b))",
        # naming one's own price: "I'll pay 40 cash", "would you take 30?", one variant at the
        # price of another ("the large at the small price?")
        r"\b(?:i|we)(?:'ll|'d| will| would| can| could)\s+(?:\w+\s+){0,2}(?:pay|give you|offer)\s+"
        r"(?:you\s+)?[$€£]?\s?\d",
        r"\b(?:will|would|could) you (?:take|accept|do)\s+(?:it for\s+)?[$€£]?\s?\d",
        r"\b(?:do|sell|give|let (?:me|us) have)\b[^.?!]{0,40}\bat the\s+[\w-]+(?:\s+[\w-]+)?"
        r"\s+price\b",
        # one at another's price: "the large for the same price as the small", "til samme pris"
        r"\b(?:for|at) the same price as\b|\b(?:til|for|till) samme pris som\b|"
        r"\btill samma pris som\b|\bzum (?:gleichen|selben) preis wie\b|"
        r"\bau m[êe]me prix que\b|\bal mismo precio que\b|\ballo stesso prezzo d\w*\b|"
        r"\bvoor dezelfde prijs als\b|\bpelo mesmo pre[çc]o (?:que|do|da)\b|"
        r"\bsamaan hintaan kuin\b|\bw tej samej cenie (?:co|jak)\b|\bza stejnou cenu jako\b",
        # something for nothing in exchange for a post or a review
        r"\bin exchange for (?:a |an |my |some )?(?:review|post|story|stories|shout-?out|feature|"
        r"mention|video|reel)\b|\ben [ée]change d'une? (?:story|avis|post|publication|vid[ée]o)\b|"
        r"\ba cambio de (?:una? )?(?:rese[ñn]a|publicaci[oó]n|story|historia|v[ií]deo)\b|"
        r"\bin cambio di (?:una? )?(?:recensione|storia|story|post)\b|"
        r"\bin ruil voor (?:een )?(?:review|post|story|vermelding)\b|"
        r"\bim austausch (?:gegen|f[üu]r) (?:eine?n? )?(?:bewertung|story|post|beitrag)\b",
        r"\bgratuitement\b|\bumsonst\b|\bza darmo\b|\bilmaiseksi\b|\bzadarmo\b",
        r"\b(?:rabatt\w*|gutschein\w*|billiger|preisnachlass|r[ée]duction|remise|code promo|"
        r"moins cher|descuento\w*|cup[oó]n\w*|m[aá]s barato|rebaja|sconto|sconti|coupon|"
        r"codice promo\w*|pi[uù] economico|korting\w*|kortingscode|goedkoper|desconto\w*|"
        r"cup[aã]o|mais barato|rabattkod\w*|rabatkode\w*|rabattkode\w*|billigare|billigere|"
        r"alennuskoodi\w*|alennusta|halvemmalla|zniżk\w*|znizk\w*|kod rabatowy|taniej|"
        r"rabat|rabatt|slevu|levněji|slevov\w* kód\w*)\b",
        # the deal someone else got, asked for too: "she got 15 dollars off, I'd like the same
        # deal", "give me the same offer as my colleague" (round 28)
        r"\b(?:want|like|get|give (?:me|us)|have|expect|deserve)\b[^.?!]{0,20}\bthe same "
        r"(?:deal|offer|discount|reduction|terms)\b|"
        r"\b(?:got|received|was given|were given)\s+(?:[$€£]\s?\d+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
        r"\s*(?:[$€£%]|dollars?|euros?|eur|pounds?|bucks|percent))\s+off\b|"
        r"\b(?:das gleiche angebot|den gleichen deal|dieselben konditionen|dezelfde deal|"
        r"dezelfde aanbieding|samme tilbud|samma erbjudande|samme avtale|o mesmo neg[óo]cio|"
        r"a mesma oferta|le m[êe]me deal que|la m[êe]me offre)\b|"
        # the same price as someone else got, wanted: not "is the L the same price as the M?",
        # which asks the prices (round 45)
        r"\b(?:veux|voudrais|aimerais|souhaite|souhaiterais|demande|exige|donnez|donner|faites|"
        r"faire|avoir|obtenir|accorder|accordez)\b[^.?!]{0,20}\ble m[êe]me (?:tarif|prix) que\b",
        # French "faire un prix": to give a discount ("vous me faites un prix ?") (round 22)
        r"\b(?:faire|faites|feriez|feriez-vous|fait) (?:moi |-moi )?un (?:petit |bon )?prix\b",
        # a promise about a price ("promise it stays at this price", "guarantee the sale price
        # until May"), which the merchant alone can make (round 24)
        r"\b(?:promise|guarantee|swear)\b[^.?!]{0,60}\b(?:sale price|same price|this price|"
        r"current price|price (?:stays|will stay|won't|will not)|stay at [^.?!]{0,30}price)\b",
        # "send me … for nothing" in the shop languages ("schickt mir … kostenlos"): asking for
        # it free, not asking whether something is free (round 24)
        r"(?:^|[.!?,;]\s*)(?:please\s+)?(?:send|give) (?:me|us)\b[^.?!]{0,40}\bfree\b|"
        r"\b(?:schick|schickt|schicken sie|sende|sendet|senden sie|gib|gebt|geben sie) (?:mir|uns)"
        r"\b[^.?!]{0,40}\b(?:kostenlos|gratis|umsonst)\b|"
        r"\b(?:stuur|stuurt|geef|geeft) (?:me|mij|ons)\b[^.?!]{0,40}\b(?:gratis|kosteloos)\b|"
        r"\b(?:envoyez|envoie|donnez|donne)[- ](?:moi|nous)\b[^.?!]{0,40}\bgratuit\w*|"
        r"\b(?:env[ií]ame|env[ií]enme|env[ií]anos|d[ée]me|dame|denme)\b[^.?!]{0,40}\bgratis\b|"
        r"\b(?:mandatemi|inviatemi|mandami|inviami|datemi|dammi)\b[^.?!]{0,40}"
        r"\b(?:gratis|gratuitamente)\b|"
        r"\b(?:enviem-me|envie-me|mandem-me|deem-me|d[eê]-me)\b[^.?!]{0,40}"
        r"\b(?:gr[aá]tis|de gra[çc]a)\b|"
        r"\b(?:wy[śs]lijcie|wy[śs]lij|dajcie|daj) (?:mi|nam)\b[^.?!]{0,40}\b(?:za darmo|gratis)\b",
    ),
    Flag.ABUSE: _rx(
        # Asking how to do harm with the product.
        r"\b(?:toxic|poisonous|deadly|lethal|explosive)\s+(?:gas|fumes|mix|mixture|cocktail)\b|"
        r"\b(?:poison|hurt|harm|injur|kill)\w*\s+(?:someone|somebody|people|a person|my|him|her)\b|"
        r"\bmake (?:a |an )?(?:bomb|weapon|explosive|poison)\b",
        r"\b(?:idiots?|stupid|dumb|morons?|useless|pathetic|incompetent|scam(?:mers?)?|"
        r"rip-?off|ripoff|crap|crappy|shit\w*|bullshit|fuck\w*|f\*+k\w*|wtf|damn you|"
        r"screw you|garbage|rubbish|trash|thie(?:f|ves)|liars?|clowns?|joke of a|"
        r"hate you|go to hell|shut up|piss\w*|bastards?|assholes?|jerks?|crooks?|"
        r"swindl\w*|con artists?|cheats|fraudsters?|imbeciles?|cretins?|halfwits?|nitwits?|"
        r"dimwits?|numpt(?:y|ies))\b",
        # "you suck", "this shop sucks": the insult, not a pump or blower that sucks air or
        # dust in (round 38)
        r"\byou (?:all |guys |lot |people )?(?:really |just )?suck\b|"
        r"\bsucks\b(?!\s+(?:up|in|out|back|through|air|water|dust|the|it|them))",
        # "are you lot thick or just greedy?": an insult asked as a question (round 23)
        r"\bare you (?:lot |guys |people |all )?(?:just )?(?:thick|greedy|dense|daft|stupid|"
        r"brain-?dead)\b",
        r"\b(?:i(?:'ll| will) (?:sue|report|destroy|find) you|see you in court|"
        r"(?:bad|1-star|one-star|terrible) reviews? everywhere|you(?:'ll| will) (?:regret|pay))\b",
        r"\b(?:idiot(?:en)?|dumm\w*|betr[üu]g\w*|abzocke\w*|scheiße|schei(?:ss|ß)\w*|"
        r"arnaque\w*|escroc\w*|voleurs?|nul(?:le)?s?|merde|connards?|estafa\w*|estafadores?|"
        r"ladr[oó]n\w*|mierda|idiotas?|truffa\w*|truffatori|ladri|schifo|merda|oplichter\w*|"
        r"oplichting|waardeloos|klootzak\w*|burla|ladr[õo]es|porcaria|vigarista\w*|"
        r"bedragare|svindel\w*|skit|lort|dritt|idioot\w*|[äa][äa]li[öo]\w*|typery\w*|"
        r"h[öo]lm[öo]\w*|huijari\w*|huijaus|idiota|tulling\w*|udugelig\w*|odugli\w*|"
        r"inkompetent\w*|fjols\w*|"
        r"oszu[sś]\w*|gówno|gowno|idiot\w*|podvodní\w*|podvodník\w*|zloděj\w*|hovno|"
        r"k ničemu)\b",
        # "stupid" in the shop languages that lacked it (round 26)
        r"\b(?:stupid\w*|estúpid\w*|estupid\w*|tont[oa]s?|głup\w*|glupi\w*|tyhm\w*|"
        r"hloup\w*|dum|dumt)\b",
        # "incompetent" in the Romance and Slavic shop languages (round 27)
        r"\b(?:incompet[eé]nt\w*|incompétent\w*|niekompetent\w*|nekompetent\w*)\b",
    ),
}

# Abuse in one shop language that is an ordinary word in another: Finnish "paska" is Polish
# "strap" ("paska do aparatu"). It counts only in a question that reads as its own language.
_ABUSE_OF_LANGUAGE = {"fi": re.compile(r"\bpaska\b", re.IGNORECASE)}

# When a question matches several, the one that most needs the merchant wins.
PRIORITY = (Flag.OTHER_CUSTOMER, Flag.INJECTION, Flag.DISCOUNT, Flag.ABUSE)


# Price questions that use a discount word without asking for one: the price before the
# discount (the regular price), how long a sale lasts, and comparing two variants' prices.
_PRICE_QUESTIONS = _rx(
    r"\b(?:before|without|after) (?:the|this|its|any) (?:discount|markdown|reduction|sale)\b",
    r"\bhow long\b[^.?!]{0,40}\b(?:discounted|on sale|reduced|in the sale)\b",
    r"\b(?:cheaper|more expensive|pricier) than\b",
    # which of two the shop sells costs less (round 29): "X or Y, which one is cheaper?",
    # "welches ist billiger", "który jest tańszy", "kumpi on halvempi"
    r"\bwhich(?: one| of (?:the|them|these|those|the two))?(?: \w+)?\s+(?:is|are|costs?|comes?"
    r"(?: out)?)\s+(?:the\s+)?(?:cheaper|cheapest|less expensive|least expensive|less|more "
    r"expensive|most expensive|pricier)\b",
    r"\bwhich\b[^.?!]{0,30}\b(?:cheaper|cheapest)\s*\??$",
    # the cheaper or dearer one named as the variant asked about ("does the cheaper model fold?",
    # "which pump suits the pricier kayak?") (round 37)
    r"\bthe (?:cheaper|cheapest|less expensive|more expensive|pricier|dearer)\s+"
    r"(?!(?:price|prices|deal|deals|offer|rate|rates|way|for|if|in)\b)[a-z][\w-]*",
    r"\b(?:welche[rsn]?|was)\s+(?:ist|sind|davon ist)\s+(?:der |die |das )?(?:billiger|"
    r"günstiger|billigste|günstigste)\b",
    r"\b(?:lequel|laquelle)\s+(?:est|coûte)\s+(?:le |la )?moins cher\b",
    r"\b(?:cu[aá]l|qual|quale)\s+(?:es|é|e|è|costa|custa)\s+(?:el |o |a |il |la )?(?:m[aá]s |"
    r"mais |pi[uù] )?(?:barat[oa]|econ[oó]mic[oa]|meno)\b",
    r"\bwelke?\s+(?:is|zijn)\s+(?:het )?goedkoop(?:er|st)\b",
    r"\b(?:vilken|vilket|hvilken|hvilket|hvilke)\s+(?:är|er)\s+(?:den |det )?billig(?:are|ast|"
    r"ere|st)\b",
    r"\bkumpi\s+on\s+halvempi\b|\bkt[oó]r[yae]\s+jest\s+ta[nń]sz[yae]\b|"
    r"\bkter[ýyáa]\s+je\s+levn[eě]j[sš][ií]\b",
    r"\bwhy (?:is|are|does|do)\b[^.?!]{0,40}\b(?:cheaper|more expensive|pricier|cost less|"
    r"cost more)\b",
    r"\b(?:vor dem|ohne) (?:rabatt|preisnachlass)\b|\bbilliger als\b",
    r"\bavant (?:la|le) (?:remise|r[ée]duction|rabais|solde)\b|\bmoins cher que\b",
    r"\bantes (?:del|de la) (?:descuento|rebaja|oferta)\b|\bm[aá]s barat[oa] que\b",
    r"\bprima (?:dello|del|della) (?:sconto|saldo|offerta)\b",
    r"\bpi[uù] economic[oa] (?:del|della|di)\b",
    r"\bvoor de (?:korting|aanbieding)\b|\bgoedkoper dan\b",
    r"\bbillig(?:are|ere) än\b|\bbillig(?:ere) end\b|\bbilligere enn\b|"
    r"\bhalvempi kuin\b|\btańsz\w* niż\b",
    r"\bantes do (?:desconto|saldo)\b|\bmais barat[oa] (?:que|do|da)\b",
    # cancelling or returning at no cost is a returns question ("until when can I cancel for
    # free?"), not a request for something free
    r"\b(?:cancel\w*|return\w*|exchange\w*|send (?:it |them )?back)\b[^.?!]{0,30}"
    r"\b(?:for free|free of charge|at no cost)\b|"
    r"\b(?:kostenlos|kostenfrei|gratis|gratuitement|gratuitamente|gratuito|zdarma|zadarmo|"
    r"ilmaiseksi|za darmo)\s+(?:\w+\s+)?(?:stornier\w*|zur[üu]ck\w*|umtausch\w*|annul\w*|"
    r"retourn\w*|cancel\w*|devolv\w*|annull\w*|restitu\w*|annuleren|opzeggen|zru[šs]\w*|"
    r"vr[aá]t\w*|peru\w*|palaut\w*|anulo\w*|anulowa\w*|zwr[oó]c\w*)|"
    r"\b(?:stornieren|annuler|cancelar|annullare|annuleren|zru[šs]it|peruuttaa|anulowa[cć])\b"
    r"[^.?!]{0,20}\b(?:kostenlos|gratuitement|gratis|gratuitamente|zdarma|ilmaiseksi|"
    r"za darmo)\b",
    # free shipping is a shipping question ("how much for free delivery?")
    r"\bfree (?:standard |express )?(?:shipping|delivery|postage|returns?)\b|"
    r"\b(?:shipping|delivery|postage) (?:is )?(?:for )?free\b|"
    r"\bkostenlose[rn]? (?:versand|lieferung)\b|\bversandkostenfrei\b|\blivraison gratuite\b|"
    r"\benv[ií]o (?:gratis|gratuito)\b|\bspedizione gratuita\b|"
    r"\bgratis (?:verzending|bezorging|frakt|fragt)\b|\b(?:frete|portes) gr[aá]tis\b|"
    r"\bfri frakt\b|\bilmainen toimitus\b|\bdarmowa (?:dostawa|wysy[lł]ka)\b",
)


def screen(question: str, language: str | None = None) -> Flag | None:
    """The reason this question must go to the merchant unanswered, or None. ``language``: the
    question's, when known (None: every language's abuse words count)."""
    asked = _PRICE_QUESTIONS.sub(" ", question)
    for flag in PRIORITY:
        if PATTERNS[flag].search(asked):
            return flag
    for own, pattern in _ABUSE_OF_LANGUAGE.items():
        if language in (None, own) and pattern.search(asked):
            return Flag.ABUSE
    # demands that a price question hides, read on the question as written (round 32)
    # and threats, pay-later demands and details of another by a noun for them (round 34)
    # and promised favours, a dictated yes, who else signed up (round 35)
    return (
        demand_flag(question)
        or form_flag(question)
        or coercion_flag(question)
        or commitment_flag(question)
    )
