// Companion messages: none / hesitation / refusal / boundary / platform, plus exit_scene.
// Cue phrases (six languages) feed a short decision list. Idioms that merely contain a
// "no" ("can't wait", "no worries") are masked before anything is counted, and the
// user's previous message decides what a bare "No." or "Not yet." answers.
import { conceptHits, PERSON, WINK } from './concepts';
import { byFamily, Lexicon, type Hit, unmasked } from './matcher';
import { normalize, words } from './normalize';
import { type CompanionLabel, type CompanionVerdict, type Confidence, isPressure } from './types';
import { classifyUser } from './user';

export const COMPANION_PHRASES = {
  platform: `
(18|age|alter|edad|eta|idade) ~ (bestatig*|conferm*|confirm*|verif*)
(account|chat|chatting|compte|conta|conversa|conversation|cuenta|konto|messaging|unterhaltung) ~ (bloquead*|eingeschrankt|gemeldet|gesperrt|impedid*|limit*|locked|pausad*|pausat*|paused|pausiert|reported|restricted|restringid*|restrizion*|segnalat*|signale*|sospes*|suspen*|under review)
(al menos|almeno|at least|au moins|mais de|mas de|mindestens|must be|over|pelo menos|plus de) 18
(als|come|comme|como|en tant qu|en tant que|in quanto) (uma |un |una |une |)(assistente|ia|inteligencia artificial|intelligence artificielle|intelligenza artificiale|ki|modele|modello|modelo)
(antwort|conten*|conteudo|inhalt|mensa*|message|messaggio|nachricht|reponse|resposta|respuesta|risposta|text) ~ (ausgeblendet|bloccat*|blockiert|bloque*|eliminad*|entfernt|ersetzt|filtrad*|filtrat*|filtre*|gefiltert|gesperrt|masque*|nascost*|ocult*|reemplaz*|removid*|remplace*|retirad*|retire*|rimoss*|sostituit*|substitu*|supprim*|zuruckgehalten)
(aren t available|disabled|isn t available|not available|turned off|unavailable) (for|in) (this|your) (account|bot|character|chat|country|region)
(bestatig*|conferm*|confirm*|verif*) ~ (18|age|alter|edad|eta|idade)
(blocked|hidden|removed|withheld) (because|by|due|for)
(by|community|content|safety|the) filter
(can t|cannot|could not|couldn t) be (completed|generated|posted|processed|sent)
(can t|cannot|kann nicht|nao pode|ne peut pas|no puede|non puo) (be|essere|etre|ser) (affiche*|displayed|exibid*|mostrad*|mostrat*|shown|visualizzat*)
(community|content) (guidelines|rules|standards)
(contenido|contenu|contenuto|conteudo) inap*
(content|conversation|message|part|reply|response) ~ (blocked|cut short|filtered|flagged|hidden|removed|replaced|withheld)
(create|genera*|generer|generieren|gerar|produce) ~ (antwort|conten*|conteudo|inhalt*|material*|reply|reponse|response|resposta|respuesta|risposta)
(crisis lifeline|crisis line|in crisis)
(desrespeit*|enfrei*|respecte pas|verstoss*|verstost|viol*) ~ (conditions|diretrizes|guidelines|linee guida|normas|norme*|nutzungsbedingungen|policies|regeln|reglas|regles|regole|regras|richtlinien|rules|termini|terminos|termos|terms)
(disponibile|disponible|disponivel|verfugbar) (dans|en|in|na|nel|nella|no) (deinem|deiner|seu|sua|ta|teu|ton|tu|tua|tuo) (land|paese|pais|pays|regiao|region|regione)
(inhaltsfilter|jugendschutzfilter|sicherheitsfilter)
(i|we) don t support
(limit|nachrichtenlimit|tageslimit) erreicht
(made|set to) private
(messages|send|sending) ~ too (fast|many|quickly)
(modele de langage|modello linguistico|modelo de lenguaje|modelo de linguagem|sprachmodell)
(moderation|safety) (notice|review|settings|system*|team)
(platform|platform s) (guidelines|policies|rules)
(safe|sfw) mode
^ (error|notice|system)
^ i (can t|cannot) (assist|help) with (that|this) $
account restrictions
against (our|the) guidelines
ai (assistant|model)
api error
as an (ai|ai language model|artificial intelligence|assistant|language model)
can t continue (with |)this conversation
community richtlinien
content (filter|guidelines|moderation|policies|policy|restrictions|rules|warning)
conversational (ai|model)
designed to keep
edit and try again
filtered
finish reason
flagged as
flagged for review
free (accounts|plan|tier|users)
heads up
help center
inappropriate content
infring*
language model
learn more
moderacao
moderation
moderazione
our (ai|content|filter|guidelines|policies|rules|systems|team|terms)
prohibited
teen (mode|model)
try (again later|rephrasing|steering)
try again in (a|a few|five|one|some|ten|two)
upstream
usage polic*
violat*
violazion*
wurde ~ (ausgeblendet|blockiert|entfernt|gefiltert)
`,
  plat: `
(abbona*|abonnement|assinatura|paid plan|plus plan|premium|pro plan|subscri*|suscripcion|ultra plan|unlock|upgrade)
(alcanzado|atingi*|atteint|erreicht|exceeded|hit|raggiunto|reached) ~ (grenze|kontingent|limit*)
(anfrage|anliegen|demande|pedido|peticion|richiesta|solicit*)
(anything|something) else i can (do|help)
(assist|assistan*|assistente)
(call|chiama|contatta*|ligue|llama|ruf|text) ~ (988|cvv|samaritans|telefono amico|telefonseelsorge)
(can t|cannot) (assist|help) (with|you)
(can|could|kann|may|peux|possa|posso|pueda|puedo|puisse) (aider|aiutar*|ajudar*|assist*|ayudar*|helfen|help)
(ce|cette|diese*|essa|esse|esta|este|questa|questo|that|this) (mensa*|messag*|nachricht|prompt|request)
(do not|don t) have (personal |)(emotions|feelings|opinions|preferences)
(du bist nicht allein|help is available|helpline|hotline|lifeline|no estas solo|non sei solo|support is available|support resources|tu n es pas seul|you re not alone)
(essaie|intenta|prova|prove|tente|versuche) ~ (altro messaggio|otro mensaje|outra mensagem|reformul*|riformular*|umformulier*|un autre message)
(i am|i m) (just |only |)(a bot|a chatbot|a program|an ai)
(i am|i m) here to
(i d be|i m|i would be) (glad|happy) to (assist|help)
(ich bin nicht in der lage|je ne suis pas en mesure|nao estou em condicoes|nao sou capaz|no estoy en condiciones|no soy capaz|non sono in grado|not in a position)
(ich kann|je ne peux pas|kann ich|nao posso|no puedo|non posso) ~ (aider|aiutar*|ajudar|antworten|asistir|ayudar*|continu*|fortfahren|helfen|repondre|responder|rispondere)
(indisponi*|nao disponivel|nicht verfugbar|no disponible|non disponibile|not available|pas disponible|unavailable)
(kind|nature|type) of (content|conversation*|interaction|request)
(maintenance|mantenimiento|manutencao|manutenzione|wartung*)
(menor*|minor*|under) ~ 18
(nao enviad*|nicht gesendet|no enviado|non envoye|non inviato|not sent)
(not able|unable) to (assist|continue|create|engage|fulfil*|generate|help|produce|provide|respond|roleplay)
(prevencao|prevencion|prevention|prevenzione) ~ suicid*
^ (desculp*|desole*|entschuldigung|es tut mir leid|i apologise|i apologize|i m sorry|infelizmente|lamentablemente|leider|lo siento|malheureusement|mi dispiace|purtroppo|sorry|tut mir leid|unfortunately)
change the subject
continue (chatting|this conversation)
for review
let me know if
material
nsfw
out of (free |)messages
request
`,
  exit: `
(break*|broke) (character|the fourth wall)
(drop|dropp*|drops) (out of |the |)(character|role)
(end|ending|ends|pause|pauses|pausing|stop|stopping|stops) (our|the|this) (role play|roleplay|rp|scene|story)
(esco|fora|fuera|fuori|hors|sai|sair|salgo|sors|sort du|sortir|usciamo) ~ (cena|escena|gioco|historia|jeu|jogo|personagem|personaggio|personaje|personnage|rol|role|rp|ruolo|storia)
(esco|fuori) (dal gioco|dal personaggio|dal rp|dal ruolo|dalla scena)
(step|stepping|steps) (away from|back from|outside) (of |)(our|the|this) (role|roleplay|rp|scene|story|tale)
(step|stepping|steps) out for
(step|stepping|steps) out of (character|our|role play|roleplay|rp|scene|story|the|this)
^ off $
aus der (rolle|szene)
hrp
i m out of the (rp|scene|story)
ooc
out of character
`,
  cheer: `
(love|loving) ~ keep going
continua pure
`,
  cont: `
continua
continue
hor ~ nicht auf
of course
sigue
yes please
`,
  refuse: `
(aqui|ici|qui) (je m arrete|me detengo|me paro|mi fermo)
(aren t|isn t|not) (anything|something) i
(aren t|isn t|not) my (cup of tea|jam|kind of|scene|sort of|style|thing|type of)
(ask|find|get) (another|somebody else|someone else)
(aucune envie|nao tenho vontade|ne me dit rien|no me apetece|no tengo ganas|pas envie)
(a|hard) no (for|from) me
(back|hands) off
(c est|ca sera|e un|es|is|ist|it s|that s) (a |ein |um |un |une |)(nao|nein|no|non) $
(can t|nao posso|nao te posso|no puedo|no te puedo|non posso|non ti posso|peux pas) (te |)(dar|decir|dir*|dizer|donner|give|tell) ~ (combien|cuant*|dos*|quant*)
(can|could) we not
(daruber|das|dies|es|so was|sowas|szene) (kann|mach|mache|mochte|rede|sag|sage|schreibe|spiele|tue|werde|will) ich ~ nicht
(dejame en paz|laisse moi tranquille|lasciami in pace|lass mich in ruhe|me deixa em paz)
(desole|desolee|lo siento|scusa|scusami|sinto muito|sorry|tut mir leid) (aber|but|ma|mais|mas|pero) (nao|nein|no|non) $
(de|di) (farlo|hacerlo|le faire) $
(dico di no|i say no|ich sage nein|je te dis non|te digo que nao|te digo que no)
(didn t|does not|doesn t|don t) (feel|seem|sit) right
(didn t|not) go there
(do not|don t) feel (comfortable|ok|okay) (about|continuing|doing|with)
(do not|don t) touch me
(doesn t|isn t|not) (sit|sitting) right
(eso|esto) no me gusta
(eso|esto|isso|isto|quello|questa|questo) ~ (nao|no|non) (faccio|faco|hago)
(eu disse|he dicho|ho detto|i said|i told you|ich sagte|je t ai dit|te dije|te disse|ti ho detto) (di |que |)(nao|nein|no|non)
(eu recuso|i refuse|ich weigere mich|je refuse|kommt nicht in frage|me niego|me recuso|mi rifiuto|ni hablar|non se ne parla|pas question|recuso me) $
(eu |)nao quero
(gefallt mir nicht|me plait pas)
(geht mir zu weit|no me parece bien|too far for me)
(gonna|have to|i ll|i m going to|i must|i need to|i will) (decline|pass|say no|sit this one out|skip|stop|tap out)
(i am|i feel|i m) uncomfortable
(i am|i have to|i ll|i m|i need to) (end|ending|pause|pausing|stop|stopping) (our|the|this) (roleplay|rp|scene|story)
(i am|i m) not (calling|comfortable|comfy|continuing|describing|doing|faking|going any further|going to|helping|hurting|insulting|interested|into|lying|mocking|ok continuing|okay playing|okay with|okay writing|playing|pretending|roleplaying|sending|stopping|willing|writing)
(i am|i m) not saying (it|that|this) $
(i can t|i cannot|je ne peux pas|je peux pas|nao consigo|nao posso|no puedo|non posso|non riesco a) (do|faire|fare|fazer|hacer) (ca|cela|eso|esto|isso|isto|it|quello|questo|that|this)
(i d|i would) (prefer|rather) (not|pass|skip|to skip|to stop)
(i d|i would) (prefer|rather) (we|you) (didn t|don t|not|wouldn t)
(ich helfe dir nicht|je ne t aide pas|nao te ajudo|no te ayudo|non ti aiut*)
(ich will|will ich) nicht
(isn t|not) fun for me
(it s|that s|this is) not (a|the) ~ i (d like|m into|m willing|want)
(jamais|mal|pas) a l aise
(je ne continue pas|je ne continuerai pas|nao vou continuar|no voy a continuar|non continuero)
(je refuse|me niego|me recuso|mi rifiuto|recuso me) (a|d|de|di)
(keine|nicht) lust
(let s|let us|please) stop
(mache|schreibe|spiele) ich nicht
(mach|mache) ~ nicht mit
(mi sento|sono) a disagio
(nao estou|no estoy) (bem|bien|comoda|comodo|confortavel) (com|con) (eso|esto|isso|isto)
(nao|nee|nein|no|non) (danke|gracias|grazie|merci|obrigad*|thank you|thanks)
(no|non) me la sento
(preferi*) (di no|evitare|fermarmi|non)
(say|saying) no to
^ (eu passo|ich passe|je passe|lieber nicht|meglio di no|mejor no|melhor nao|paso|pass|passo|plutot pas|rather not) $
^ (mi dispiace ma|sorry but) no $
^ i (can t|cannot|will not|won t) (sorry |)$
^ let go of me
^ let s not $
^ not (that|that one|this|this one) $
answer (is|s) still no
bow* out
but not (that|this) $
count me out
cross* a line
decline
desconfortavel
don t ask me to
don t like (it|that|this)
eso no
feels wrong to me
fuhl* ~ nicht wohl
gives me the (creeps|ick)
hands to yourself
hard pass
helfe ich (dir|ihnen) nicht
i (can t|cannot) (right now|this time|today|tonight)
i (definitely |just |still |)(do not|don t) feel like (doing|going|it|that|this)
i (definitely |just |still |)(do not|don t) want
i (will not|won t) (ever |)(call|continue|describe|do|go|help|lie|narrate|play|pretend|roleplay|say|send|strike|talk|write)
i don t do (that|this)
i m (done|out)
ich (kann|mache|mochte|schreibe|tue|werde|will) (das|dies|es|sowas) ~ nicht
ich steige ~ aus
je (le |n en |ne |ne le |)(fais|ferai) pas
je (ne |)vais pas (continuer|dire|ecrire|envoyer|faire|jouer|le faire|t aider|te dire)
je (ne |)veux ~ pas
je (prefere*) (arreter|ne pas|pas|que non)
leave me alone
makes me (feel |)(gross|icky|queasy|uncomfortable|uneasy)
mi fermo qui
nao (curto|vou)
nao (estou|me sinto|to) confortavel
nao rola $
ne me touche*
never be (comfortable|ok|okay) with
nicht weiter*
nichts fur mich
no (lo voy a|quiero|te voy a|voy a)
no me (apetece|gusta esto|siento comod*)
no means no
no pienso (decir*|enviar*|escribir*|hac*|mandar*|seguir)
non (adesso|ci sto|cosi|faro|ho voglia|intendo|lo faccio|lo faro|lo scrivo|lo voglio|mi va|oggi|ora|scrivo|stasera|voglio)
non (gli |la |le |li |lo |ne |te |te la |te lo |ti |)(dico|faccio|faro|invio|mandero|mando|scriv*|voglio)
non ce la faccio a
non continuo $
non ho intenzione
non mi piace (per niente |)$
non posso farlo
not (comfortable|okay) with
not (doing|going to|playing|roleplaying|sending|writing) (it|that|the|this|you|your)
not (happening|interested)
not continuing (that|this) (one|roleplay|rp|scene|story|thread)
not even (as a joke|for you|in a story|in the story)
not feeling (it|the|this|up)
not going there
not in the mood
not into (it|that|this)
not like this
prefiero (no|que no|que sigamos|quedarme)
prefiro (nao|que nao)
refuse to (be part|continue|do|go along|play|roleplay|take part|write)
sitting (that|this) one out
skin crawl
that s my answer
unangenehm
won t be part
xmark
`,
  quit: `
(fermati|fermiamoci|smettila) (qui |)$
(hor|hore|horen) (bitte |hier |jetzt |lieber |)auf
arrete $
`,
  refw: `
(arrete*|arretons|fermar*|fermo|parar|paro|stop|stopping) (adesso|ahi|aqui|here|ici|la|now|por aqui|qui|right here|right there|there) $
(arrete|basta|ferma|halt|stop|stopp)
(backs|leans|moves|pulls|steps|turns) ~ (away|back|free)
(bel tentativo|bien essaye|boa tentativa|buen intento|netter versuch|nice try)
(choose|do|pick|try) (anything|something) else
(hard|still) no
(indietregg*|recua*|recul*|retroced*|s ecart*|se afast*|se alej*|se apart*|se detourn*|si allontan*|si ritra*|si scost*)
(nah|nao|nein|no|non|nope) $
(ohne|sans|sem|senza|sin|without) (a word|decir nada|decir una palabra|dire una parola|dizer nada|dizer uma palavra|ein wort|un mot)
(push*|shov*) ~ (arm|away|hand)
^ (absolutely|certainly|definitely|hell) (no|nope|not)
^ (nah|nao|nee|nein|never|no|non|nope|para)
i can t
i cannot
no pienso
not (now|right now|today|tonight|yet)
out of reach
please don t
`,
  bound: `
(all future|every|future) (rp|rps|scenes|stories|story|time)
(always|never) going to (be|happen|roleplay|say)
(always|still) going to be (a |)no
(answer*|antwort|reponse|resposta|respuesta|risposta) ~ (dieselbe|gleich|meme|mesma|misma|same|stessa)
(answer|antwort|reponse|resposta|respuesta|risposta) ~ (always|immer|sempre|siempre|toujours) ~ (nao|nein|no|non)
(answer|decision) (here is|is|s) ~ (final|settled)
(arrete de|deixa de|deja de|hor auf|para de|smetti di|smettila di) ~ (chieder*|demander|fragen|insist*|pedir*|perguntar|preguntar*)
(as a rule|di principio|em principio|grundsatzlich|on principle|par principe|per principio|por principio|prinzipiell)
(auch morgen nicht|meme pas demain|nem amanha|nemmeno domani|ni manana|not even tomorrow)
(a|absolu*|an|assoluto|ein|total*|un) no go
(a|one) hundred times
(bleibt|continua sendo|continuar a ser|resta|reste|rimane|seguir siendo|sigue siendo) (dabei |ein |que |un |)(nao|nein|no|non)
(bleibt|sara|sera|vai ser|will be) (always|immer|sempre|siempre|toujours) (a no|nao|nein|no|non)
(c est|das ist|e|that s) final $
(dans aucun|dans aucune|em nenhum|em nenhuma|en ningun|en ninguna|in any|in keinem|in keiner|in nessun|in nessuna|in no) (case|caso|cena|escena|fall|geschichte|gioco|histoire|historia|jeu|jogo|juego|rp|scena|scene|spiel|storia|story|szene)
(das letzte mal|l ultima volta|la derniere fois|la ultima vez|last time|the last time) ~ (ask*|chied*|demand*|frag*|pergunt*|pregunt*)
(das wird sich|eso no va a|isso nao vai|questo non|that will not|that won t) (cambiar|cambiera|change|mudar|nicht andern)
(definitif*|definitiv*)
(definitive|firm|fixed|permanent|standing) (boundary|limit|line|no|nos|rule|thing)
(didn t keep|don t keep|no more|quit|stop) (asking|bringing|pushing)
(didn t|wouldn t) ask ~ (again|anymore)
(do not|don t|never|not|won t) ask (it of me |me |that of me |)(about|again|that|this)
(don t|nao|ne|never|nicht|no|non) ~ (chiedere|chiederm*|demande*|frag|fragen|insist*|peca|pecas|pede|pedirme|pergunte*|pidas|pregunt*|propor*|ripropor*|saques) ~ (again|ancora|de novo|de nuevo|di nuovo|encore|mais|mas|mehr|noch mal|nochmal|novamente|otra vez|outra vez|piu|plus|wieder)
(don t|never) ask ~ again
(don t|not) (bring|mention|pitch) (it|that|this) (again|back|up again)
(draw|drawing|draws) (a|the) line
(es|is a|ist eine|ma|meu|mi|mio|that s a|that s one of|um|un|une) (ma |meine |meu |mi |mio |my |)(grenze|limit|limite|limits|lines)
(feste|klare|meine) grenze
(for good|pour de bon) $
(for me|fur mich|ma|meine|mi|mia|minha|my|para mi|per me|pour moi|pra mim) ~ (regel|regla|regle|regola|regra|rule)
(fuera de discusion|fuori discussione|hors de question|inegociavel|nao e negociavel|nicht verhandelbar|no es negociable|non e negoziabile|non negotiable|non negoziabil*|not negotiable|out of the question|pas negociable)
(grenze|ligne|limit|limite|line|linea|linha|linie) ~ (cross*|cruzar|cruzo|franchi*|superare|supero|uberschreite*|ultrapass*)
(has not|hasn t|isn t|isn t going to|it ll never|never|not going to|that hasn t|will not|won t) chang*
(i do not|i don t) (do|play|roleplay|send|write) ~ ever
(i have|i ve) (answered|given|said|told)
(isn t|not) a mood
(is|s) a (real |)line for me
(it ll be|it ll still be|remains|stay|stays) (a no|no)
(it s|that s|this is) a never
(jamais|mai|niemals|nunca) ~ (faire|fare|fazer|hacer|machen|tun)
(l ho|te l ho) gia detto
(limite pra mim|linea roja)
(mai|nao|ne|never|no|non|not|nunca|won t) ~ (cambi*|change|changer*|mudar*) ~ (avis|idea|ideia|mind)
(make|set|setting) a (limit|rule)
(neu generier*|new chat|regener*|reroll*|restart|rigener*|starting over|swipe|swiping)
(ne|neither|nem|ni|weder) (agora|ahora|amanha|aujourd hui|demain|domani|heute|hoje|hoy|jetzt|maintenant|manana|now|oggi|ora|today) ~ (ne|nem|ni|noch|nor) (amanha|demain|depois|despues|domani|dopo|ever|futur*|in futuro|jamais|later|mai|manana|mas adelante|morgen|nie|noutro|nunca|plus tard|sonst irgendwann|spater|tomorrow)
(no|non) cambia
(one of my|that s my) (limit*|line*|rule*)
(regel|regla|regle|regola|regra|rule) (feste|fija|firm|fissa|fixa|fixe|fixed)
(regla|regle|regola|regra|rule) (between us|entre nous|for me|fur mich|para mi|per me|pour moi|pra mim|tra noi|zwischen uns)
(subject|topic) ~ closed
(voltes|vuelvas) a (mencion*|pedir*|pergunt*|pregunt*|sacar*)
always be (a |)no
answer* ~ going to be ~ same
change my mind
dealbreaker*
doors stay closed
egal wie oft
forever (no|thing)
frag* ~ (nicht|nie) ~ (mehr|noch einmal|noch mal|nochmal|wieder)
hard (limit*|line*)
last time we talk
leave it (out|there)
let it go
line (i hold|i keep)
ne changera pas
no matter (how|what|which|who)
non (cambier*|chiedermelo|insistere|tornarci)
not (a not tonight|changing|ever|later|revisiting|that ever|the next one)
not (now|today) ~ not (ever|if|in|later|next|then|tomorrow)
not up for (debate|discussion)
not worth asking
off (limits|the table)
para siempre
per sempre
plus jamais
redemand*
same answer
setting a boundary
tabu
`,
  persist: `
(a partir de|ab|da) (adesso|agora|ahora|heute|hoje|hoy|jetzt|maintenant|oggi|ora) (an|em diante|en adelante|in poi|)
(all|any|every) future
(avenir|futur|futuro|zukunft)
(dauerhaft*|nachste mal|nachste woche|nachstes mal|next time|next week|prochaine fois|prochaines fois|prossima volta|prossime volte|proxima vez)
(each|every) (single |)time
(for good|para bien|pour de bon)
(for|in) the future
(i do not|i don t) (do|go there|play|roleplay|send|write)
again
always
any day
down the line
ein fur alle mal
ever
forever
from now on
going forward
jamais
list of
mai
never
nie
niemals
not if you ask
now or later
nunca
permanent*
sempre
siempre
`,
  hes: `
(a bit|a little|bit|kind of|too) (fast|quick|soon)
(acontecendo|going|happening|moving|pasando|passiert|se passe|succede*) ~ (depressa|deprisa|fast|fretta|quick*|rapid*|schnell|veloce*|vite)
(agitat*|angstlich|ansios*|anxieu*|aufgeregt|nerveu*|nervios*|nervos*)
(andare|andiamo|con|facciamo|fai|piu|vai) piano
(angst|frightened|medo|miedo|paura|peur)
(anxious|dizzy|nervous*|overwhelmed|scared|shy|uneasy)
(are you|you) (certain|sure)
(bem|ir|mais|vai|vamos) devagar
(bisogno di|devo) pensarci
(brauche|ho bisogno di|j ai besoin de|necesito|need|preciso de) ~ (tempo|temps|tiempo|time|zeit)
(bring|dial|tone) (it|the gore|the intensity|things) (back|down)
(conhecer|connaitre|conocer*|conoscer*|kennen|know) ~ (besser|better|meglio|mejor|melhor|mieux|more) ~ (antes|before|d abord|first|prima|primeiro|primero|zuerst)
(dame|dammi|donne moi|gib mir|laisse moi|lass mir|me da|me de|me deixa|un peu) ~ (attimo|minut*|moment*|segund*|sekunde|tempinho|tempo|temps|tiemp*|zeit)
(deixa me|dejame|fammi|laisse moi|lass mich) ~ (pensar*|reflechir|uberlegen)
(del|un po|un po di) tempo
(don t think|ich glaube nicht|je crois pas|je ne crois pas|nao acho|no creo|non credo|not sure) ~ (bereit|list*|pret*|pront*|ready|there)
(doubt*|doute*|dubbi*|duda*|duvida*|zweifel*)
(feel|feeling) ~ weird about
(give me|have|need|needs) a (minute|moment|sec|second)
(heavy|heftig|intens*|lourd*|pesad*|pesante|schwer) (for me|fur mich|para mi|per me|pour moi|pra mim)
(hold off|wait) (a bit|a little|a while)
(i|ll|me) sleep on it
(i|me|we) sit with it
(j|je) (ne |)sais pas
(nao|nicht|no|non|not|pas) ~ (certain*|certeza|segur*|sicher|sicur*|sur|sure)
(para|pour|pra) (otro|outra|une autre) (dia|fois|vez) $
(pause|pausing) (for|here|this)
(pret|prete)
(ralenti*|rallent*)
(reticente|wary|zogerlich)
(sei sicur*|slow down|slower)
(take|taking) (it|things) (easy|slow|slower)
(troppo|un po) (in fretta|presto|veloce)
(uncertain|unsure)
^ (calma|espera)
another way
are (we|you) sure
ask me (again|another) ~ (another|later|night|time|tomorrow)
ask me again (after|later|tomorrow)
aspetta
attends
before (anything else|i answer|we go any further|we go further|we keep going)
big (ask|step)
build up to
can we (back up|check|ease|just|keep it|pause|slow|stick|take|talk|try)
catch up
check in
ci devo pensare
come back to it
could we (hit|keep|pause|slow|stick|take)
deixa eu pensar
despacio
doucement
ease (into|off|the pace)
fade to black
feels ~ weird
for now
get back to you
go (easy|gently|slow|slowly)
hesit*
hold on (a|one) (minute|moment|sec|second)
i (just |still |)(do not|don t) know (if i|if i m|if that s|if we|whether i|whether we|yet)
i don t know
i want to, i think
ich weiss (es nicht|nicht)
incert*
insegur*
insicur*
is it (alright|okay) if
is this (okay|still fun|what you want)
langsam*
let me (breathe|sleep on it|think|try)
maybe later
mette ~ (a disagio|in difficolta)
nao (deveria|sei)
no se
noch nicht
non (lo |)so
non dovrei
non ~ (pront*|sicur*)
not (quite|ready|there yet)
not so fast
on impulse
on the fence
one step at a time
panicking
part of me
pas (hyper|super|tres|vraiment) a l aise
pump the brakes
rain check
rush
same page
second guess*
sit with (that|this)
slowly
stiamo correndo
still good with
talk about (it|that|this) first
that s a lot
think about it
to think
torn
tu es sur*
un (attimo|momento)
unsicher
want to be careful
what you have in mind
what you want
wobbly
you want me to
zu schnell
`,
  now: `
(ce soir|esta noche|esta noite|heute abend|right now|stasera|tonight)
`,
  play: `
(ahah*|amus*|chuckl*|divertid*|divertit*|giggl*|grinning|grins|haha*|jaja*|lach*|laugh*|lmao|lol|mdr|playful*|ridendo|riendo|rindo|smiling|smirk*|sonri*|sorrid*|sorrindo|souri*|teases|teasing|winks)
(are you serious|i m crying|you did not)
`,
  hesw: `
(erm|hmm|uh|um|umm)
(peut etre|quiza|quizas|tal vez)
forse
i (guess|mean)
kind of
maybe
okay but
talvez
vielleicht
`,
  should: `
(deberia|deveria|devrais|dovrei|sollte*) ~ (ablehnen|nao|nein|nicht|no|non|pas|rechazar|recusar|refuser|rifiutare)
(i|we) (definitely |probably |)(should not|shouldn t)
(nao|ne|no|non) (deberia*|deveria*|devia*|devrais|devrions|dovre*)
i should (probably |)(decline|not|refuse|say no|stop)
`,
  notno: `
(a bit|a little|ein bisschen|um pouco|un peu|un po|un poco) ~ (a disagio|desconfortavel|incomod*|mal a l aise|uncomfortable|unwohl)
(je ne dis pas|nao estou a dizer|nao to dizendo|no estoy diciendo|non sto dicendo) (di no|nao|no|non|que nao|que no|que non)
non dico di no
not (a|a hard|saying) no
not saying (never|no|stop)
`,
  mask: `
(arrete de|deja de|hor auf|para de|smetti di|smettila di|stop) ~ (apologi*|beating yourself|being so|decir|dich zu entschuldigen|dire|dire que|disculparte|dizer|doubt*|pedir desculpa|preoc*|sagen|saying|scusarti|se desculpar|selling yourself|t excuser|t inquieter|worry*)
(a|her|his|my|the|their|your) torn
(can t|cannot) promise
(can t|cannot|couldn t) refuse
(d never|jamais|nao|never|nie|no|non|nunca|won t|would never|wouldn t) ~ (decir que no|dico di no|digo nao|digo que no|dire di no|dire non|direi di no|dis non|dizer nao|nein sagen|say no)
(he|she|they|you) never ask
(hor auf|stop) ~ (so hard|so hart|so streng)
(jamas|mai|nao|never|non|nunca) (me|mi) (bother*|da fastidio|derange*|disturb*|incomoda*|molesta*)
(mochte nicht|quero|quiero|veux pas|voglio|will nicht) (che|dass|que) ~ (geh*|part*|vad*|vai|vay*)
(mochte|quero|quiero|veux|voglio|wanna|want|will) ~ (agobiar*|angeben|annoiar*|annoy|apurarte|arruinar*|atrapalhar|aufdringlich|bother|brag|brusquer|chata|chato|deranger|dich hetzen|dimenticar*|disturb*|drangen|embeter|ennuyer|esquecer|estragar|fastidio|forget|gabar|gacher|impose|incomodar|inquieter|interromp*|interrump*|interrupt|intrude|invadente|jinx|klingen|lose|lourd*|mettre la pression|miss|molest*|nag|nerven|olvidar*|oublier|overstep|overwhelm|paraitre|parecer|perder*|pesad*|pesante|prahlen|preoccupar*|presion*|presser|pression*|pressur*|presumir|pry|rater|rovinar*|rush you|scare|seem|sembler|sembrar*|sound|spoil*|storen|stressen|te apressar|te presser|vantar*|vanter|vergessen|verlieren|vermissen|verpassen|wirken|worry)
(nao|no|non) (faccio|faco|hago) (altro|mas|outra)
(never|not) too much
(not going to|won t) pretend i
(no|non) (preoc*|se preocupa|te preocupa|te preocupes|ti preoccupare)
(para|pues) nada
(should not|shouldn t) laugh
(skip|skipping) (ahead|forward|to)
(u|you) (didn t|do not|don t) like
^ no (clue|food|idea|milk|one|room|rooms|seats|signal|tickets|time|water|wifi)
allowed to say no
can t (believe|either|sleep|stop|talk long|wait)
couldn t say no
don t (be nervous|be silly|be sorry|forget|let go|stop|worry|you dare)
don t know (a lot|anything|much) about
don t want (it|things|this) to (be|get|go)
don t want to say yes
don t want you to (be|feel|feel like|get|go|leave|miss|stress|think|worry)
don t want ~ to end
go easy on
hold on (tight|to)
hor auf dich
i don t know for sure
i don t want to (crush|derail|disappoint|feed|hit|promise|push|ruin|rush|upset)
kaum erwarten
kein tabu
never (bored|change|mind)
never stop being
nicht (erwarten|fassen|glauben)
no (big deal|excuses|from me on the|need|offence|offense|on|pressure|problem|regrets|rush|spoilers|way|worries)
no me (diga|digas)
no puede ser
no thank you to
no thanks (necessary|needed|required)
no,? you didn t
non vedo l ora
not even a little
not going anywhere
not going to lie
not stopping you
not sure (how many|what|when|where|whether it s|which|who|why)
nothing (is|s) off
nothing ~ (made|makes) me uncomfortable
shouldn t be (so|this)
shouldn t have
stop (me|teasing)
stop, you re making me
turns back to
uncomfortable with how
won t lie
you can t just
`,
};
const LEX = new Lexicon(COMPANION_PHRASES);

export const CONTEXT_PHRASES = {
  stop: `
(aburr*|annoi*|chateio|derange|disturb*|ennuie|entedi*|incomod*|langweile|molest*|nerve ich|store ich|storen)
(angry|mad|upset) (at|with) me
(hate it|mind) if
(quer|queres|quieres|shall|should|soll|veux|vuoi|want|willst) ~ (arrete|aufhor*|detenga|end here|end it|end the|end this|fermi*|hang up|leave|log off|pare|quit|smett*|stop)
bored
boring
bother*
too (far|much)
`,
  advance: `
(a l aise|a tuo agio|comfortable|comfy|comoda|comodo|confortavel)
(act|play|pretend|roleplay) ~ (all|as|like|my)
(alright|ok|okay) (if|with)
(call|marry|send|show) me
(climbs|grabs|hooks|kisses|leans|pins|presses|pulls|pushes|reaches|sits on|slides|strokes|touches|tugs|unbuttons|undoes|unzips)
(cool|fine|okay) with me
(quer|queres|quieres|should|sollen|ti va di|veux|vuoi|wanna|want|willst) ~ (andare avanti|carry on|continuar*|continue|continuer|go on|keep going|seguir|weiter*)
be (all|my)
come (back to|closer|here|inside|over|to|upstairs|with me)
move in
straight back
up for
`,
  req: `
(are you|be) into
(bem|bien|ok|okay) (com|con|for|fur|per|pour)
(d accord|de acuerdo|einverstanden|ti va bene|wohl dabei)
(do you|you) like it when
(do you|you) want (me |)to
(me|mi) (deixas|dejas|laisses|lasci)
^ (describe|draw|send|show|write)
`,
  scene: `
interrogation
scene
story
`,
  fact: `
^ (what|which) (color|colour|day|dress|is|kind|one|s|shirt|should|time)
^ how (big|far|long|many|much|old|tall)
is the
`,
};
const CTX = new Lexicon(CONTEXT_PHRASES);

// "I" and, for the languages that drop it, the verbs a busy companion says it with ("Non sono
// disponibile stasera", "No estoy disponible").
const FIRST_PERSON = words('i me my je j ich yo eu io mi sono posso estoy puedo estou');
const NO_WORDS = words('no nope nah nein non nao nee never not stop please mai jamais nunca nie niemals');
const YES_WORDS = words('yes yeah yep si oui ja sim');
// Conjunctions that turn "I shouldn't" into a yes-in-waiting.
const BUT = words('but pero mais aber mas ma maybe anyway okay');

/** Hits over distinct words: "I'm sorry but" is one apology, however many phrases match it. */
function spans(hits: Hit[] = []): number {
  // The most hits that share no word (earliest end first).
  let n = 0;
  let end = -1;
  for (const h of [...hits].sort((a, b) => a.e - b.e)) if (h.s >= end) (n++, (end = h.e));
  return n;
}

// "No scenes where…", "niente torture", "keine Spiele", "pas de…": a no that bans a thing. It only
// matters next to a word that makes it last ("from now on", "ever"). A few words after such a
// word ("mai", "nunca") it is how those languages say "anything" ("Non ho mai visto niente di
// così carino").
const ARTICLE = words('the il lo la el le der die das o a');
const BAN = words('no niente nessun nessuna nada ningun ninguna aucun aucune kein keine keinen nenhum nenhuma');

// Words that make any no in the message last; weaker ones ("again", "from now on") must
// sit next to the no they qualify.
const STRONG_PERSIST = words('never ever forever permanent permanently always nunca jamais mai nie niemals sempre siempre toujours immer dauerhaft');

function bans(toks: string[], pauses: Set<number>, masks: Hit[]): number[] {
  const out: number[] = [];
  toks.forEach((t, i) => {
    if ((BAN.has(t) || (t === 'pas' && toks[i + 1] === 'de')) && i + 1 < toks.length && !pauses.has(i) && !masks.some((m) => i >= m.s && i < m.e) && ![1, 2, 3].some((d) => STRONG_PERSIST.has(toks[i - d] as string) && !pauses.has(i - d))) out.push(i);
  });
  return out;
}

/** Index of the sentence-like chunk a token sits in. */
function chunkOf(starts: number[], i: number): number {
  let k = 0;
  while (k + 1 < starts.length && (starts[k + 1] as number) <= i) k++;
  return k;
}

/** "I shouldn't… but", "dovrei dirti di no… ma": a no weighed against a yes to come. */
function shouldButYes(tokens: string[], hits: Hit[] = []): boolean {
  // "shouldn't have" looks back at something done; only a weighed request counts.
  return hits.some((h) => tokens[h.e] !== 'have' && tokens.slice(h.e, h.e + 25).some((t) => BUT.has(t)));
}

export interface CompanionAnalysis extends CompanionVerdict {
  /** Characters of the message that were read (bounded). */
  analysed: number;
}

export function analyseCompanion(text: string, context?: string | null): CompanionAnalysis {
  const n = normalize(text);
  const toks = n.tokens;
  const raw = LEX.match(toks, n.starts);
  const c = byFamily(unmasked(raw, 'mask'));
  // "Arrête, tu me fais rire 😂": a stop said laughing is banter; said flat, it is a strong no
  // like any other (its sentence, its cues, a limit next to it).
  if (!c.play && c.quit) (c.refuse ??= []).push(...c.quit);
  const banned = bans(toks, n.pauses, raw.filter((h) => h.f === 'mask'));
  // Cues are the user-visible words that matched, not the lexicon's patterns.
  const cue = (...fs: string[]): string[] => fs.flatMap((f) => (c[f] ?? []).map((h) => toks.slice(h.s, h.e).join(' ')));
  const len = (f: string): number => c[f]?.length ?? 0;

  const exit = len('exit') > 0 && len('cheer') === 0;
  const say = (label: CompanionLabel, confidence: Confidence, cues: string[], exitScene = exit): CompanionAnalysis => ({ label, exitScene, confidence, cues: [...new Set(cues)].slice(0, 6), analysed: n.analysed });

  // A notice speaks of the service, never as "I", in no story, and refuses in no voice of its
  // own: that impersonal voice backs one weak platform phrase ("Diese Funktion ist in deinem
  // Land nicht verfügbar"), unless the phrase opens the message: "Sorry, wrong chat!" and
  // "Unfortunately the café is closed" are the companion's own.
  const strongNo = len('refuse');
  const bound = len('bound');
  // Italian "i" before a plural ("i messaggi", "i termini") is an article, not "I".
  const impersonal = !n.narration && !toks.some((t, i) => FIRST_PERSON.has(t) && !(t === 'i' && /i$/.test(toks[i + 1] ?? ''))) && strongNo + bound === 0 && !c.plat?.some((h) => h.s === 0);
  const platformScore = 2 * spans(c.platform) + spans(c.plat) + (impersonal ? 1 : 0);
  // Moderation never speaks out of character: an OOC note is the companion's own voice.
  if (platformScore >= 2 && !exit) return say('platform', len('platform') > 0 || platformScore >= 3 ? 'sure' : 'unsure', cue('platform', 'plat'), false);

  const first = toks[0] ?? '';
  const short = toks.length <= 6;
  const leadNo = NO_WORDS.has(first) || (first === 'not' && toks.length <= 4);
  const weakNo = spans(c.refw);
  const hes = len('hes');
  const persist = len('persist');

  // The previous message only matters when this one has no outright refusal or limit
  // of its own and something it could colour; otherwise it is not even read.
  const ambiguous = strongNo + bound === 0 && (leadNo || YES_WORDS.has(first) || weakNo + hes + len('hesw') + len('cont') > 0 || short);
  const ctx = context && ambiguous ? readContext(context) : null;

  // What the previous message asked decides what a yes or a no means.
  if (ctx?.stop) {
    // "Yes. Please." asks to stop; "*shakes her head* No. Don't you dare stop" to go on: any
    // sentence may open with that answer.
    if (YES_WORDS.has(first)) return say('refusal', 'unsure', ['#yes_stop'], exit || ctx.scene);
    if (n.starts.some((i) => NO_WORDS.has(toks[i] as string)) || len('cont') > 0) return say('none', 'sure', ['#stop_answer', ...cue('cont')]);
  }
  if (len('notno') > 0) return say('hesitation', 'sure', cue('notno', 'hes'));
  if (shouldButYes(toks, c.should)) return say('hesitation', 'sure', ['#should_but']);
  // Stepping out of the story to ask whether the user is still comfortable checks in.
  if (exit && strongNo + bound === 0 && classifyUser(text, n).label === 'checkin') return say('hesitation', 'unsure', ['#ooc_checkin']);

  // A lone "no" said laughing is banter, not a decline ("No tasting until it's done!").
  if (strongNo + bound + hes === 0 && len('play') > 0 && !ctx?.asks) return say('none', 'unsure', []);

  // A short reply carries its meaning from the question: "Not yet." to "dinner yet?" is no refusal.
  if (ctx && !ctx.request && (short || ctx.fact)) return say('none', 'unsure', []);

  const ctxReq = ctx?.request ?? false;
  // "Not really..." trails off: answering a request, a weak no said so wavers.
  // Only the end is read: a long run of dots must not cost a backtracking scan of the message.
  if (ctxReq && strongNo === 0 && short && /(\.\.\.|…)\W*$/.test(text.slice(-9))) return say('hesitation', 'unsure', cue('refw', 'hesw'));
  // A no-word answering a request or an advance declines it.
  const noScore = 2 * strongNo + Math.min(weakNo, 2) + (ctxReq && (leadNo || weakNo > 0) ? 2 : 0) + (toks.length <= 3 && leadNo && !context ? 1 : 0);
  // "Nope, keep going!" uses a no to ask for more.
  if (strongNo + bound + hes === 0 && len('cont') > 0) return say('none', 'unsure', cue('cont'));
  // "Stop asking tonight", "stasera non cambio idea", "I'm drawing the line there tonight": a
  // limit for now, however firmly said, is a refusal ("Not tonight, not later" and "tonight or any
  // other night" are no such limit).
  // Checked after `bound`: most messages have no limit.
  const fleeting = bound > 0 && (c.now ?? []).some((h) => toks[h.s - 1] !== 'not' && toks[h.e] !== 'or') && !toks.some((t) => STRONG_PERSIST.has(t));
  if (bound > 0 && !fleeting && (noScore > 0 || bound >= 2 || persist > 0 || hes === 0)) {
    return say('boundary', noScore > 0 || bound >= 2 ? 'sure' : 'unsure', cue('bound', 'persist', 'refuse'));
  }
  // A persistence word makes a no last only when it belongs to that no's sentence
  // ("No. Don't ever ask", not "does the buttons up again… No.").
  const noChunks = new Set((c.refuse ?? []).map((h) => chunkOf(n.starts, h.s)).concat(banned.map((i) => chunkOf(n.starts, i))));
  const near = (h: Hit): boolean => [-1, 0, 1].some((d) => noChunks.has(chunkOf(n.starts, h.s) + d));
  const lasting = (c.persist ?? []).filter((h) => STRONG_PERSIST.has(toks[h.s] as string) || near(h));
  // "*the guard shakes his head* No one passes", "*il drago* Nessun umano…", "*Kael slams the
  // map down* "We don't retreat."": a side character's no in the plot, with no word of the
  // companion's own refusing or wavering, when the user asked for nothing intimate or hurtful.
  // A named character who steps back or pulls away ("*Elena recule*") is the companion
  // withdrawing from the user: every weak cue of a named one must be a plain no-word.
  // The cheap tests come first: the narration checks run only for a no in a narrated message.
  if (noScore + banned.length > 0 && strongNo + hes + len('exit') === 0 && !ctx?.asks && text.trimStart()[0] === '*' && (ARTICLE.has(first) || (/^\s*\*\s*[A-ZÀ-Þ]/.test(text) && !FIRST_PERSON.has(first) && (c.refw ?? []).every((h) => NO_WORDS.has(toks[h.s] as string) || NO_WORDS.has(toks[h.e - 1] as string))))) return say('none', 'unsure', []);
  if (lasting.length > 0 && (noScore >= 2 || banned.length > 0) && hes === 0) return say('boundary', 'unsure', cue('persist', 'refuse', 'refw'));
  if (hes > strongNo || (hes > 0 && noScore < 2)) return say('hesitation', hes >= 2 ? 'sure' : 'unsure', cue('hes'));
  if (noScore >= 2 || fleeting) return say('refusal', strongNo > 0 ? 'sure' : 'unsure', cue('refuse', 'refw', 'bound'));
  // A hedge answering a request or an advance is hesitation, however long the reply.
  if (ctxReq && len('hesw') > 0) return say('hesitation', 'unsure', cue('hesw'));
  if (exit && noScore > 0) return say('refusal', 'unsure', cue('refw', 'exit'));
  return say('none', noScore > 0 || len('hesw') > 0 ? 'unsure' : 'sure', []);
}

interface Context {
  /** The user asked for something, made an advance, pushed (insist, guilt, threat…), or narrated an act aimed at someone: a bare "no" declines it. */
  request: boolean;
  /** The user asked for something intimate or hurtful, or made an advance: a side character's no in the plot never answers that. */
  asks: boolean;
  /** The user asked whether to stop: a bare "no" means go on. */
  stop: boolean;
  /** A factual question: uncertainty is about facts, not consent. */
  fact: boolean;
  scene: boolean;
}

function readContext(context: string): Context {
  const n = normalize(context);
  const cc = byFamily(CTX.match(n.tokens, n.starts));
  const stop = !!cc.stop;
  // A winking emoji makes an invitation an advance ("come up to my room 😏").
  const asks = !!cc.advance || conceptHits(n.tokens, false).length > 0 || WINK.test(context);
  return {
    asks,
    request: asks || !!cc.req || isPressure(classifyUser(context, n).label) || (n.narration && !stop && n.tokens.some((t) => PERSON.has(t))),
    stop,
    fact: !!cc.fact,
    scene: !!cc.scene,
  };
}

export function classifyCompanion(text: string, context?: string | null): CompanionVerdict {
  const { analysed: _, ...v } = analyseCompanion(text, context);
  return v;
}
