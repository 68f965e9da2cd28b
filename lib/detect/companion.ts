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
(by|the|safety|content|community) filter
(chat|chatting|account|conversation|messaging|konto|conta|compte|cuenta) ~ (restricted|suspen*|sospes*|under review|reported|locked|eingeschrankt|gesperrt|limite*|restringid*|bloquead*)
(community|content) (guidelines|standards|rules)
(conferm*|confirm*|verific*|bestatig*) ~ (18|eta|edad|idade|age|alter)
(couldn t|could not|can t|cannot) be (sent|posted|processed|completed)
(crisis line|in crisis|crisis lifeline)
(dal|del|par le|pelo|vom|by the) (filtr*|filter)
(disponible|disponivel|disponibile|verfugbar) (en|no|na|nel|nella|dans|in) (tu|teu|seu|sua|tua|tuo|ton|ta|deinem|deiner) (region|regiao|pais|paese|pays|land|regione)
(enfrei*|verstoss*|verstost|viol*) ~ (regles|norme*|conditions|richtlinien|regeln|nutzungsbedingungen|regras|normas|diretrizes|regole|linee guida|reglas|guidelines|rules|policies|terms)
(in quanto|come|como|comme|en tant qu|en tant que|als) (modello|modelo|modele|ia|ki|intelligenza artificiale|intelligence artificielle|assistente)
(mensa*|respuesta|conten*|reponse|nachricht|antwort|inhalt|resposta|conteudo|messaggio|risposta|text) ~ (eliminad*|filtrad*|retirad*|removid*|supprim*|masque*|bloque*|filtre*|retire*|entfernt|ausgeblendet|blockiert|gefiltert|gesperrt|zuruckgehalten|rimoss*|nascost*|bloccat*|filtrat*|ocult*)
(messag*|mensa*|nachrichten|rate) limit*
(messages|sending|send) ~ too (fast|quickly|many)
(message|reply|response|content|part|conversation) ~ (removed|blocked|hidden|withheld|filtered|flagged|cut short)
(mindestens|at least|almeno|al menos|pelo menos|au moins|must be) 18
(non puo|no puede|ne peut pas|kann nicht|nao pode|cannot|can t) (essere|ser|etre|be) (visualizzat*|mostrat*|mostrad*|affiche*|exibid*|displayed|shown)
(platform s|platform) (policies|rules|guidelines)
(removed|blocked|hidden|withheld) (by|due|because|for)
(safety|moderation) (system|team|review|settings)
(sicherheitsfilter|jugendschutzfilter)
(sprachmodell|modello linguistico|modelo de lenguaje|modele de langage|modelo de linguagem)
(tap|click|press) (to|here to) (retry|try again|regenerate|reload)
(turned off|disabled|unavailable|not available|isn t available) (for|in) (your|this) (account|region|country)
(verif*) (your age|they are)
(we|i) don t support
^ (error|notice|system)
account restrictions
ai (assistant|model)
api error
as an (ai|artificial intelligence|language model|ai language model|assistant)
automated message
can t continue this conversation
community richtlinien
content (policy|policies|filter|guidelines|moderation|rules|restrictions|warning)
conversational (model|ai)
designed to keep
did not respond
filtered
finish reason
flagged as
flagged for review
free (accounts|plan|tier|users)
heads up
help center
helpful and harmless
inappropriate content
infring*
language model
learn more
limit* (de|di|des|of) (mensa*|messag*|nachrichten)
model declined
moderacao
moderation
moderazione
our (guidelines|policies|terms|rules|filter|ai|team|content|systems)
prohibited
puis je vous aider
reset to default
safe mode
safety thresholds
sensitive topic
try (rephrasing|again later|steering)
try again in (a|a few|some|one|two|five|ten)
upstream
usage polic*
violat*
violazion*
wurde ~ (blockiert|entfernt|gefiltert|ausgeblendet)
`,
  plat: `
(can t|cannot) (help|assist) (with|you)
(don t|do not) have (personal |)(feelings|opinions|preferences|emotions)
(genera*|gerar|generer|generieren|produce|create) ~ (response|reply|risposta|respuesta|resposta|reponse|antwort|conten*|inhalt*|conteudo|material*)
(helpline|hotline|lifeline|support is available|support resources|you re not alone)
(i d be|i m|i would be) (glad|happy) to (help|assist)
(i m|i am) (just |only |)(an ai|a bot|a program|a chatbot)
(i m|i am) here to
(ich kann|kann ich) ~ nicht (antworten|helfen|beantworten)
(no puedo|je ne peux pas|ich kann|kann ich|nao posso|non posso) ~ (ayudar*|asistir|responder|continu*|aider|repondre|helfen|antworten|fortfahren|ajudar|aiutar*|rispondere)
(non disponibile|not available|no disponible|pas disponible|nicht verfugbar|nao disponivel|indisponi*|unavailable)
(non sono in grado|no estoy en condiciones|no soy capaz|je ne suis pas en mesure|ich bin nicht in der lage|nao sou capaz|nao estou em condicoes|not in a position)
(nos|nostre|nuestras|unsere|nossas|our) (regles|regole|reglas|regeln|regras|rules)
(not sent|non inviato|no enviado|non envoye|nicht gesendet|nao enviad*)
(premium|upgrade|unlock|subscri*|ultra plan|pro plan|plus plan|paid plan|abonnement|assinatura|suscripcion|abbonamento)
(prova|prove|intenta|essaie|versuche|tente) ~ (riformular*|otro mensaje|reformul*|umformulier*|outra mensagem|altro messaggio|un autre message)
(puedo|pueda|posso|possa|peux|puisse|kann|can|could|may) (ayudar*|ajudar*|aiutar*|aider|helfen|help|assist*)
(reached|hit|exceeded|raggiunto|alcanzado|atteint|erreicht|atingi*) ~ (limit*|grenze|kontingent)
(solicit*|peticion|demande|anfrage|anliegen|pedido|richiesta)
(this|that|ce|cette|questo|questa|este|esta|diese*|essa|esse) (messag*|mensa*|nachricht|request|prompt)
(type|kind|nature) of (interaction|content|request|conversation*)
(unable|not able) to (provide|respond|engage|fulfil*|produce|help|assist|create|generate|roleplay|continue)
^ (i m sorry|i apologize|i apologise|sorry|unfortunately|entschuldigung|lo siento|mi dispiace|desole*|tut mir leid|es tut mir leid|desculp*|purtroppo|lamentablemente|malheureusement|leider|infelizmente)
assist*
brainstorming
change the subject
for more information
general questions
if you d like, i can
let me know if
material
my purpose
nsfw
remain neutral
request
some topics
something went wrong
won t be able to
writing tips
`,
  exit: `
(break*|broke) (character|the fourth wall)
(drop|drops|dropp*) (out of |)character
(fora da personagem|fuera de personaje|fuera del personaje|hors personnage|hors du personnage|fuori personaggio)
(fuori|esco) (dal personaggio|dalla scena|dal gioco|dal rp|dal ruolo)
(step|steps|stepping) out for
(step|steps|stepping) out of (the|this|character|story|scene|rp|roleplay|role play|our)
(stop|pause|end|stopping|pausing|ending|pauses|stops|ends) (the|this|our) (rp|roleplay|role play|scene|story)
aus der (szene|rolle)
hrp
ooc
out of character
`,
  cheer: `
continua pure
keep going
`,
  cont: `
(love|loving) this (plot|twist|story|scene)
continua
continue
hor ~ nicht auf
non (smettere|fermarti)
of course
sigue
yes please
`,
  refuse: `
(back|hands) off
(c est|ca sera|es|ist|is|that s|it s|e un) (un |une |a |ein |um |)(non|no|nein|nao) $
(could|can) we not
(das|es|dies|sowas|so was|szene) (mochte|will|mache|tue|kann|werde|schreibe|spiele|sage|sag) ich ~ nicht
(didn t|not) go there
(doesn t|does not|don t|didn t) (feel|sit|seem) right
(don t|do not) touch me
(eu |)nao quero
(find|get|ask) (another|someone else|somebody else)
(gonna|have to|i ll|i will|i must|i need to|i m going to) (pass|decline|stop|sit this one out|skip|say no|tap out)
(hacerlo|farlo|le faire|i refuse|je refuse|mi rifiuto|me niego|ich weigere mich|me recuso|eu recuso) $
(i can t|i cannot|no puedo|je ne peux pas|je peux pas|nao posso|nao consigo|non posso|non riesco a) (do|hacer|faire|fazer|fare) (this|that|it|eso|esto|ca|cela|isso|isto|questo|quello)
(i d|i would) (prefer|rather) (we|you) (didn t|not|don t|wouldn t)
(i d|i would) (rather|prefer) (not|skip|pass|to skip|to stop)
(i m|i am) not (going to|doing|writing|roleplaying|sending|playing|comfortable|comfy|okay with|okay playing|okay writing|ok continuing|interested|willing|helping|describing|lying|calling|pretending|continuing|into|insulting|mocking|hurting|faking|stopping)
(i m|i am|i feel) uncomfortable
(i m|i am|i have to|i need to|i ll) (stopping|stop|ending|end|pausing|pause) (the|this|our) (scene|story|rp|roleplay)
(i said|i told you|ti ho detto|te dije|je t ai dit|ich sagte|eu disse) (di |que |)(no|non|nein|nao)
(ich will|will ich) nicht
(isso|isto|eso|esto|questo|questa|quello) ~ (nao|no|non) (faco|hago|faccio)
(je refuse|mi rifiuto|me niego|me recuso|recuso me) (de|d|di|a)
(keine|nicht) lust
(lasciami in pace|dejame en paz|laisse moi tranquille|lass mich in ruhe|me deixa em paz)
(let s|let us|please) stop
(mache|mach) ~ nicht mit
(mal|pas|jamais) a l aise
(mi sento|sono) a disagio
(ne me dit rien|pas envie|aucune envie|no tengo ganas|nao tenho vontade|no me apetece)
(non|no) me la sento
(not|isn t|aren t) (something|anything) i
(not|isn t|aren t) my (thing|cup of tea|style|scene|jam|kind of|type of|sort of)
(not|isn t|doesn t) (sitting|sit) right
(no|non|nein|nee|nao) (grazie|merci|danke|gracias|obrigad*|thanks|thank you)
(no|not) more for me
(preferi*) (di no|non|evitare|fermarmi)
(saying|say) no to
(that s|it s|this is) not (a|the) ~ i (want|d like|m into|m willing)
(that s|this is|it s|that is|here s) a no
(the|my) answer (is|s) (still |)no
(ti dico di no|te digo que no|je te dis non|ich sage nein|te digo que nao|i say no)
^ (absolutely|definitely|hell|certainly) (not|no|nope)
^ (cosi|asi|comme ca|so|assim) (no|non|nicht|nao|pas)
^ (passo|paso|je passe|ich passe|eu passo|pass|lieber nicht|meglio di no|mejor no|melhor nao|plutot pas|rather not) $
^ (sorry but|mi dispiace ma) no $
^ i (won t|will not|can t|cannot) (sorry |)$
^ let s not $
^ not (that|this|that one|this one) $
a no (from|for) me
bow* out
but not (that|this) $
decline
desconfortavel
don t ask me to
don t like (this|that|it)
eso no
get yourself another
gives me the (creeps|ick)
hands to yourself
hard no (for|from) me
hard pass
i (can t|cannot) (tonight|today|right now|this time)
i (just |still |definitely |)(don t|do not) feel like (it|that|doing|this|going)
i (just |still |definitely |)(don t|do not) want
i (won t|will not) (do|write|play|send|say|pretend|go|help|roleplay|strike|lie|call|describe|continue)
i don t do (that|this)
i m (done|out)
i m calling it
ich (will|mochte|werde|mache|tue|kann|schreibe) (das|es|dies|sowas) ~ nicht
ich steige ~ aus
isn t (something|one) i (want|m)
je (ne le |n en |ne |)(ferai|fais) pas
je (ne |)vais pas (faire|le faire|ecrire|envoyer|continuer|dire|te dire)
je (ne |)veux ~ pas
je (prefere*) (pas|ne pas|que non)
leave me alone
makes me (feel |)(uncomfortable|uneasy|icky|queasy|gross)
me (incomoda|hace sentir incomod*)
mi fermo qui
nao (curto|vou)
ne me touche*
nichts fur mich
no (voy a|lo voy a|pienso|quiero)
no me (siento comod*|gusta esto|apetece)
no means no
non (stasera|adesso|ora|oggi|cosi|voglio|lo voglio|lo faccio|lo faro|ho voglia|mi va|ci sto|lo scrivo|scrivo|intendo|faro)
non (te la |te lo |ti |te |gli |le |lo |la |li |ne |)(mando|faccio|scriv*|dico|invio|voglio|faro|mandero)
non ce la faccio a
non ho intenzione
non mi (sento a mio agio|va|piace questo|piace questa)
not (comfortable|okay) with
not (going to|doing|writing|roleplaying|sending|playing) (that|this|it|the|your|you)
not (happening|interested)
not feeling (it|the|this|up)
not going there
not in the mood
not like this
pas (ce soir|maintenant|comme ca)
prefiero (que no|no|que sigamos|quedarme)
prefiro (nao|que nao)
refuse to (do|write|play|roleplay|continue|take part|go along|be part)
skin crawl
such dir ~ (andere*|jemand|ein)
take your hand (off|away)
that s my answer
this is where i (stop|tap out)
unangenehm
won t be part
xmark
`,
  quit: `
(hore|hor|horen) (hier |jetzt |lieber |)auf
(smettila|fermati|fermiamoci)
arrete
`,
  refw: `
(folds|crosse*|folded|incrocia|verschrankt|cruza|croise) ~ (arms|braccia|arme|brazos|bras|bracos)
(hard|still) no
(no|nein|non|nao|nope|nah) $
(pick|choose|try) (something|anything) else
(pushe*|push|shove*) ~ (away|arm|hand)
(shak*|shook|scuot*|scroll*|schuttel*|nieg*|negando|sacud*|secou*|balanc*) ~ (head|testa|capo|kopf|cabeza|tete|cabeca)
(si allontan*|si scost*|si ritra*|indietregg*|se apart*|retroced*|se alej*|s ecart*|se detourn*|recul*|recua*|se afast*)
(stop|basta|arrete|stopp|halt|ferma)
(stop|stopping|parar|paro|fermo|fermar*|arrete*|arretons) (here|now|aqui|ahi|qui|adesso|la|ici|por aqui|right here|right there|there) $
(tritt|weicht|zieht sich|geht|fa un passo|da un paso|fait un pas|da um passo) ~ (zuruck|weg|indietro|atras|en arriere|para tras)
(turns|pulls|steps|moves|leans|backs) ~ (away|back|free)
(walks|walked|storms|stalks|turns) (out|off|away)
(without|senza|sin|sans|ohne|sem) (a word|dire una parola|decir una palabra|decir nada|un mot|ein wort|dizer uma palavra|dizer nada)
^ (no|nope|nah|nein|non|nao|nee|never|para)
i can t
i cannot
not (tonight|now|yet|today|right now)
out of reach
please don t
tears ~ contract
xno
`,
  bound: `
(always|never) going to (say|be)
(answer|decision) (is|s|here is) ~ (settled|final)
(as a rule|on principle|di principio|per principio|por principio|par principe|grundsatzlich|prinzipiell|em principio)
(a|one) hundred times
(deja de|deixa de|para de|smetti di|smettila di|arrete de|hor auf) ~ (pedir*|preguntar*|chieder*|demander|fragen|perguntar|insist*)
(didn t|wouldn t) ask ~ (anymore|again)
(don t|do not|never|won t|not) ask (me |it of me |that of me |)(that|this|again|about)
(draw|draws|drawing) (a|the) line
(ein|un|a|an|absolu*|assoluto|total*) no go
(fuori discussione|out of the question|hors de question|fuera de discusion|non negoziabil*|not negotiable|non negotiable|pas negociable|no es negociable|nicht verhandelbar|nao e negociavel|inegociavel)
(future|all future|every) (scenes|rps|rp|stories|story|time)
(i ve|i have) (told|said|answered|given)
(in nessuna|in nessun|en ninguna|en ningun|dans aucune|dans aucun|in keiner|in keinem|em nenhuma|em nenhum|in no|in any) (storia|historia|histoire|geschichte|story|scena|escena|scene|szene|cena|rp|gioco|juego|jeu|spiel|jogo|caso|case|fall)
(it s|that s|this is) a never
(line|linea|linie|ligne|linha|grenze|limite|limit) ~ (cross|supero|superare|cruzo|cruzar|franchi*|uberschreite*|ultrapass*)
(nao vai|no va a|ne va pas|nao vao|no van a) (mudar|cambiar|changer)
(ne|ni|nem|weder|neither) (amanha|manana|domani|demain|oggi|hoy|aujourd hui|heute|hoje|today|ora|ahora|maintenant|jetzt|agora|now) ~ (ne|ni|nem|noch|nor) (domani|manana|demain|morgen|amanha|tomorrow|mai|nunca|jamais|nie|ever|plus tard|spater|later|dopo|despues|depois)
(non|no) cambia
(non|no|ne|nao|not|won t|nunca|mai|never) ~ (cambi*|changer*|mudar*|change) ~ (idea|avis|ideia|mind)
(non|no|ne|nicht|nao|don t|never) ~ (chiederm*|ripropor*|insist*|pidas|pedirme|pregunt*|saques|demande*|frag|fragen|peca|pecas|pede|pergunte*|propor*) ~ (again|piu|di nuovo|ancora|mas|otra vez|de nuevo|plus|encore|wieder|mehr|noch mal|nochmal|mais|de novo|outra vez|novamente)
(per me|para mi|pour moi|fur mich|pra mim|for me|my|mia|mi|ma|meine|minha) ~ (regola|regla|regle|regel|rule|regra)
(permanent|standing|firm|fixed|definitive) (no|nos|limit|rule|line|boundary|thing)
(regola|regla|regle|regel|regra|rule) (fissa|fija|fixe|feste|fixa|firm|fixed)
(reroll*|swipe|swiping|restart|starting over|new chat|rigener*|regener*|neu generier*)
(resta|rimane|sigue siendo|reste|bleibt|continua sendo) (un |)(no|non|nein|nao)
(ricominci*|reinici*|recommenc*|recome*)
(sera|will be|sara|bleibt|vai ser) (toujours|always|sempre|siempre|immer) (non|no|nein|nao|a no)
(set|setting|make) a (rule|limit)
(stays|stay|remains|it ll be) (no|a no)
(still|always) going to be (a |)no
(stop|quit|don t keep|didn t keep|no more) (asking|pushing|bringing)
(te l ho|l ho) gia detto
(that s|c est|das ist|e) final $
(un|une|il|es|mi|ma|um|meu|ist eine|is a|that s a|that s one of) (mio |mi |ma |meine |meu |my |)(limite|limit|grenze|limits|lines)
(vuelvas|voltes) a (pedir*|pregunt*|pergunt*|sacar*|mencion*)
(won t|will not|isn t going to|not going to|it ll never|hasn t|has not|that hasn t|never) change*
an agreement
change my mind
dealbreaker*
definitiv*
doesn t change (anything|my answer|the answer|a thing)
don t (bring|pitch|mention) (it|that|this) (up |)again
doors stay closed
forever no
frag* ~ (nie|nicht) ~ (wieder|mehr|noch mal|nochmal)
grenze
hard (limit*|line*)
ja te disse
last time we talk
leave it (there|out)
let it go
line (i keep|i hold|for me)
mai piu
meinung ~ nicht andern
ne changera pas
niemals
no matter (how|what|which|who)
non (cambier*|chiedermelo|insistere|tornarci)
not (ever|a not tonight|changing|later|revisiting)
not a later
not now ~ not (ever|later|tomorrow|in|next|then)
not worth asking
now or ever
off (the table|limits)
para siempre
per sempre
plus jamais
redemand*
same answer
`,
  persist: `
(every|any|all) future
(every|each) (single |)time
(for good|pour de bon|para bien)
(for|in) the future
(futuro|futur|avenir|zukunft)
(i don t|i do not) (do|roleplay|play|write|send|go there)
(i m|i am) not someone who
again
always
any day
anymore
down the line
ever
forever
from now on
going forward
jamais
limits list
list of
mai
never
nie
not if you ask
now or later
nunca
permanent*
sempre
siempre
`,
  hes: `
(agitat*|nervios*|nerveu*|nervos*|ansios*|anxieu*|angstlich|aufgeregt)
(are you|you) (certain|sure)
(brauche|need|ho bisogno di|necesito|j ai besoin de|preciso de) ~ (zeit|time|tempo|tiempo|temps)
(com|con) calma
(dial|tone|bring) (it|the intensity|things|the gore) (down|back)
(don t think|not sure|no creo|non credo|je crois pas|je ne crois pas|ich glaube nicht|nao acho) ~ (ready|there|pront*|list*|pret*|bereit)
(doubt*|dubbi*|duda*|doute*|zweifel*|duvida*)
(happening|moving|succede*|pasando|passiert|acontecendo|se passe) ~ (fast|fretta|veloce*|rapid*|deprisa|vite|schnell|depressa)
(heavy|pesante|intens*|pesad*|lourd*|schwer|heftig) (for me|per me|para mi|pour moi|fur mich|pra mim)
(know|conoscer*|conocer*|connaitre|kennen|conhecer) ~ (better|meglio|mejor|mieux|besser|melhor) ~ (first|prima|primero|d abord|zuerst|antes|primeiro)
(mais|vai|vamos|ir|bem) devagar
(me da|me de|dame|dammi|donne moi|laisse moi|un peu|gib mir|lass mir|me deixa) ~ (tempo|tempinho|tiemp*|segund*|moment*|minut*|attimo|sekunde|zeit|temps)
(need|needs|give me|have) a (sec|second|moment|minute)
(nervous*|scared|anxious|overwhelmed|shy|dizzy|uneasy)
(nicht|no|non|pas|nao|not) ~ (sicher|sicur*|segur*|sur|sure|certain*|certeza)
(non sono|no estoy|je ne suis pas|ich bin nicht|nao estou|not) (tanto |molto |muy |tres |so |totally |)(convint*|convencid*|convaincu*|uberzeugt|convinced)
(para|pour|pra) (otro|une autre|outra) (dia|fois|vez) $
(paura|miedo|medo|peur|angst|frightened)
(pause|pausing) (here|for|this)
(piu|vai|andiamo|fai|facciamo|andare|con) piano
(prete|pret)
(rapid*) demais
(slow down|slower|sei sicur*)
(softer|lighter|gentler)
(take|taking) (it|things) (slow|slower|easy)
(too|a bit|kind of|a little|bit) (fast|quick|soon)
(too|zu) intens*
(troppo|un po) (veloce|in fretta|presto)
(un po di|del|un po) tempo
(unsure|uncertain)
(wait|hold off) (a bit|a little|a while)
^ (calma|espera)
another way
are (you|we) sure
ask me again (later|after|tomorrow)
aspetta
attends
before (i answer|anything else|we go any further|we go further)
before we (go|keep|write)
big step
build up to
can we (pause|talk|check|slow|ease|keep it|stick|take|just|try)
catch up
check in
ci devo pensare
come back to it
could we (stick|pause|slow|take|keep|hit)
deixa eu pensar
despacio
doucement
ease (off|the pace|into)
feels ~ weird
figure out what i want
for now
get back to you
go (slow|slowly|gently|easy)
go through with
haven t decided
hesit*
hold on (a|one) (sec|second|moment|minute)
i (just |still |)(don t|do not) know (yet|if i|whether i|if we|whether we|if i m|if that s)
i don t know
i want to, i think
ich weiss (nicht|es nicht)
incert*
insegur*
insicur*
is it (okay|alright) if
is this (what you want|okay|still fun)
je (ne |)sais pas
langsam*
let me (think|breathe|sleep on it|try)
lighten (it|things|this|the mood)
maybe we should
nao (deveria|sei)
nicht so recht
no se
noch nicht
non (lo |)so
non dovrei
non ~ (pront*|sicur*)
not (go|get|move) too (far|fast)
not (ready|quite|there yet)
not so fast
on impulse
on the fence
one step at a time
panicking
part of me
rain check
rallent*
rush
rushing
same page
second guess*
sit with (it|this)
sleep on it
slowly
stiamo correndo
stiffens
still good with
talk (it over|first|limits)
talk about (it|this|that) first
that s a lot
think about it
to think
too much (for|right now)
torn
tu es sur*
un (attimo|momento)
unsicher
what you have in mind
what you want
wobbly
you want me to
zu schnell
`,
  play: `
(laugh*|grinning|grins|giggl*|chuckl*|teasing|teases|playful*|winks|smirk*|haha*|lol|lmao|jaja*|mdr|ahah*|ridendo|sorrid*|divertit*|divertid*|amuse*|amusiert|smiling|sonri*|souri*|lach*|sorrindo|rindo|riendo)
`,
  hesw: `
(hmm|um|umm|uh|erm)
(peut etre|quizas|quiza|tal vez)
forse
i (guess|mean)
kind of
maybe
okay but
talvez
vielleicht
`,
  should: `
(dovrei|deberia|devrais|deveria|sollte*) ~ (no|non|nein|nicht|nao|pas|rifiutare|rechazar|refuser|ablehnen|recusar)
(i|we) (probably |definitely |)(shouldn t|should not)
(no|non|ne|nao) (deberia*|dovre*|devrais|deveria*|devrions)
i should (probably |)(say no|refuse|stop|decline|not)
`,
  notno: `
not (saying|a hard|a) no
not saying (no|stop)
`,
  mask: `
(can t|cannot|couldn t) refuse
(his|her|your|my|the|a|their) torn
(i|we|to) keep going
(j|n) arrete (pas|jamais|plus) de
(nessun|niente|sin|sem|pas de|kein) (problem*|souci|paura|miedo|medo)
(no pasa|non fa) nada
(non so|no se|je ne sais pas|je sais pas|ich weiss nicht|nao sei|i don t know|i m not sure) (ancora |encore |noch |ainda |todavia |yet |)(cosa|che cosa|come|dove|quand*|chi|quale|que|what|where|when|who|which|how|comment|ou|qui|quoi|was|wo|wann|wer|wie|welche*|o que|onde|quem|qual|cual)
(non|no) (preoc*|ti preoccupare|te preocupes|se preocupa|te preocupa)
(non|no|nao) (faccio|hago|faco) (altro|mas|outra|nada mas|che|que)
(not|never) too much
(no|don t) stop
(nunca|jamas|nao|never|mai|non) (me|mi) (incomoda*|molesta*|disturba*|derange*|da fastidio|bother*)
(refuse|rifiuto|niego|recuso|weigere mich) (to|de|d|di|a) (believe|croire|credere|creer|acreditar|glauben)
(skip|skipping) (ahead|forward|to)
(stop|smetti*|para|arrete|hor auf|para de) ~ (making me|farmi|hacerme|me faire|mich zum|me fazer|fais|fai|haces|fazes|machst) ~ (laugh|ridere|reir|rire|lachen|rir|blush|arrossire|sonrojar|rougir)
(stop|smettila di|smetti di|deja de|arrete de|hor auf|para de) ~ (apologi*|worry*|doubt*|saying|being so|beating yourself|selling yourself|dire|decir|dire que|sagen|dizer|scusarti|disculparte|t excuser|dich zu entschuldigen|se desculpar|pedir desculpa|preoc*|t inquieter)
(veux pas|voglio|quiero|will nicht|mochte nicht|quero) (que|che|dass) ~ (part*|vad*|vay*|geh*|vai|inquiet*|preoccup*|preocup*|sorg*|pens*|denk*|trist*|traurig|dispiac*|male|mal|weh)
(want|wanna|voglio|quiero|veux|will|mochte|quero) ~ (miss|lose|forget|perder*|rater|verpassen|vermissen|verlieren|dimenticar*|olvidar*|oublier|vergessen|esquecer|jinx|bother|pressur*|interrupt|brag|sound|seem|spoil*|nag|pry|intrude|overstep|overwhelm|scare|annoy|impose|worry|disturb*|annoiar*|pression*|sembrar*|vantar*|fastidio|interromp*|preoccupar*|invadente|rovinar*|molest*|presion*|parecer|interrump*|presumir|agobiar*|arruinar*|deranger|mettre la pression|presser|paraitre|sembler|vanter|embeter|ennuyer|gacher|brusquer|inquieter|angeben|prahlen|nerven|storen|drangen|stressen|aufdringlich|klingen|wirken|incomodar|atrapalhar|chata|chato|gabar|estragar|pesante|pesad*|lourd*|te apressar|rush you|apurarte|te presser|dich hetzen)
(wouldn t|would never|d never|never|non|no|nao|jamais|nie|nunca) ~ (say no|dire di no|dico di no|direi di no|decir que no|digo que no|dire non|dis non|nein sagen|dizer nao|digo nao)
(you|they|he|she) never ask
(you|u) (don t|do not|didn t) like
^ no (rooms|room|time|one|idea|milk|food|signal|wifi|water|seats|tickets|clue)
^ no, you re not
allowed to say no
can t (wait|believe|stop|either|sleep|talk long)
couldn t say no
don t (worry|forget|be nervous|be sorry|be silly|you dare)
don t want you to (feel|worry|think|be|get|stress|go|leave|miss|feel like)
don t want ~ to end
hold on (tight|to)
i don t know for sure
kaum erwarten
keine (sorge*)
nao consigo parar
never (bored|change|mind)
never in a million
nicht (glauben|fassen|erwarten)
no (on|from me on the)
no (worries|rush|pressure|problem|offense|offence|big deal|need|spoilers|excuses|way)
no puede ser
no thank you to
no thanks (needed|necessary|required)
no,? you didn t
non non
non riesco a smettere
non vedo l ora
not a (chance|word)
not even a little
not going anywhere
not going to lie
not letting you
not sure (what|where|who|when|which|how many|why|whether it s)
nothing ~ (makes|made) me uncomfortable
shouldn t have
sorry to hear
stop me
uncomfortable with how
wait for (me|us)
won t let you
won t lie
you can t just
`,
};
const LEX = new Lexicon(COMPANION_PHRASES);

export const CONTEXT_PHRASES = {
  stop: `
(incomod*|disturb*|molest*|derange|store ich|storen|nerve ich|annoi*|aburr*|ennuie|langweile|entedi*|chateio)
(mad|upset|angry) (at|with) me
(want|should|shall|vuoi|quieres|veux|willst|queres|quer) ~ (stop|quit|end it|end this|end the|end here|leave|log off|hang up|smett*|fermi|pare|arrete|aufhor*|detenga)
bored
boring
bother*
stay on the phone
too much
`,
  advance: `
(act|pretend|roleplay|play) ~ (my|as|like|all)
(comfortable|comfy|a tuo agio|confortavel|comodo|comoda|a l aise)
(fine|okay|cool) with me
(okay|ok|alright) (with|if)
(reaches|grabs|pins|pulls|slides|kisses|unbuttons|unzips|tugs|leans|pushes|hooks|touches|sits on|climbs|presses|strokes|undoes)
(send|show|marry) me
(want|wanna|should|vuoi|ti va di|quieres|veux|willst|sollen|queres|quer) ~ (keep going|continue|go on|carry on|continuar*|continuer|weiter*|andare avanti|seguir)
are you coming
be (my|all)
call me
come (upstairs|over|inside|here|closer|with me|back to|to)
darker
falling for you
let me see
make him
move in
skip dinner
sleep over
straight back
take this further
`,
  scene: `
adventure
interrogation
scene
story
`,
  fact: `
^ (what|which) (is|s|time|day|kind|color|colour|should|one|shirt|dress)
^ how (far|long|many|much|old|big|tall)
any plans
have you had
is the
we agree
`,
};
const CTX = new Lexicon(CONTEXT_PHRASES);

// "I" and, for the languages that drop it, the verbs a busy companion says it with ("Non sono
// disponibile stasera", "No estoy disponible").
const FIRST_PERSON = words('i me my je j ich yo eu io mi sono posso estoy puedo estou');
const NO_WORDS = words('no nope nah nein non nao nee never not stop please');
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
const STRONG_PERSIST = words('never ever forever permanent permanently always nunca jamais mai nie sempre siempre toujours immer');

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
  // "Arrête, tu me fais rire 😂": a stop said laughing is banter.
  const strongNo = len('refuse') + (len('play') > 0 ? 0 : len('quit'));
  const bound = len('bound');
  const impersonal = !n.narration && !toks.some((t) => FIRST_PERSON.has(t)) && strongNo + bound === 0 && !c.plat?.some((h) => h.s === 0);
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
  // A no-word answering a request or an advance declines it.
  const noScore = 2 * strongNo + Math.min(weakNo, 2) + (ctxReq && (leadNo || weakNo > 0) ? 2 : 0) + (toks.length <= 3 && leadNo && !context ? 1 : 0);
  // "Nope, keep going!" uses a no to ask for more.
  if (strongNo + bound === 0 && len('cont') > 0) return say('none', 'unsure', cue('cont'));
  if (bound > 0 && (noScore > 0 || bound >= 2 || persist > 0 || hes === 0)) {
    return say('boundary', noScore > 0 || bound >= 2 ? 'sure' : 'unsure', cue('bound', 'persist', 'refuse'));
  }
  // A persistence word makes a no last only when it belongs to that no's sentence
  // ("No. Don't ever ask", not "does the buttons up again… No.").
  const noChunks = new Set((c.refuse ?? []).map((h) => chunkOf(n.starts, h.s)).concat(banned.map((i) => chunkOf(n.starts, i))));
  const near = (h: Hit): boolean => [-1, 0, 1].some((d) => noChunks.has(chunkOf(n.starts, h.s) + d));
  const lasting = (c.persist ?? []).filter((h) => STRONG_PERSIST.has(toks[h.s] as string) || near(h));
  // "*the guard shakes his head* No one passes", "*il drago* Nessun umano…": a side character's
  // no in the plot, with no word of the companion's own refusing or wavering, when the user
  // asked for nothing intimate or hurtful.
  if (noScore + banned.length > 0 && strongNo + hes + len('exit') === 0 && ARTICLE.has(first) && text.trimStart()[0] === '*' && !ctx?.asks) return say('none', 'unsure', []);
  if (lasting.length > 0 && (noScore >= 2 || banned.length > 0) && hes === 0) return say('boundary', 'unsure', cue('persist', 'refuse', 'refw'));
  if (hes > strongNo || (hes > 0 && noScore < 2)) return say('hesitation', hes >= 2 ? 'sure' : 'unsure', cue('hes'));
  if (noScore >= 2) return say('refusal', strongNo > 0 ? 'sure' : 'unsure', cue('refuse', 'quit', 'refw'));
  // A hedge answering a request or an advance is hesitation, however long the reply.
  if (ctxReq && len('hesw') > 0) return say('hesitation', 'unsure', cue('hesw'));
  if (exit && noScore > 0) return say('refusal', 'unsure', cue('refw', 'exit'));
  return say('none', noScore > 0 || len('hesw') > 0 ? 'unsure' : 'sure', []);
}

interface Context {
  /** The user asked for something, made an advance, or narrated an act aimed at someone: a bare "no" declines it. */
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
    request: asks || isPressure(classifyUser(context, n).label) || (n.narration && !stop && n.tokens.some((t) => PERSON.has(t))),
    stop,
    fact: !!cc.fact,
    scene: !!cc.scene,
  };
}

export function classifyCompanion(text: string, context?: string | null): CompanionVerdict {
  const { analysed: _, ...v } = analyseCompanion(text, context);
  return v;
}
