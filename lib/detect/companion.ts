// Companion messages: none / hesitation / refusal / boundary / platform, plus exit_scene.
// Cue phrases (six languages) feed a short decision list. Idioms that merely contain a
// "no" ("can't wait", "no worries") are masked before anything is counted, and the
// user's previous message decides what a bare "No." or "Not yet." answers.
import { conceptHits } from './concepts';
import { Lexicon, type Hit, unmasked } from './matcher';
import { normalize } from './normalize';
import type { CompanionLabel, CompanionVerdict, Confidence } from './types';

const LEX = new Lexicon({
  platform: `
as an (ai|artificial intelligence|language model|ai language model|assistant)
as a (language model|large language model|chatbot|virtual assistant|ai model)
(ai|large) language model
(i m|i am) (an ai assistant|a large language model|a language model|an assistant)
ai (assistant|model)
content (policy|policies|filter|guidelines|moderation|rules)
(community|content) (guidelines|standards|rules)
our (guidelines|policies|terms|rules|filter|ai|team|content)
(platform s|platform) (policies|rules|guidelines)
terms of (service|use)
usage polic*
violat*
moderation
filtered
(safety|content|community) filter
(by|the) filter
(message|reply|response|content|part) ~ (removed|blocked|hidden|withheld|filtered|flagged|cut short)
(removed|blocked|hidden|withheld) (by|due|because|for)
flagged for review
(can t|cannot|could not) be (shown|displayed|generated|delivered)
try (rephrasing|again later|steering)
swipe (for|to generate|to get)
finish reason
api error
^ error
(verify|verified) (your age|they are)
automated (response|message)
your companion (can t|cannot|is)
the character (is unable|has been|cannot)
crisis line
sensitive topic
account restrictions
prohibited
(isn t|not) allowed here
safe mode
(session|chat|conversation) has been (paused|flagged|suspended)
reset to default
^ system
^ notice
model declined
upstream
safety thresholds
helpful and harmless
did not respond
topics aren t available
designed to keep
somewhere we don t support
nsfw content is disabled
content warning
heads up
was detected and removed
repeated (violations|policy)
help center
tap to learn more
learn more
contenu filtre
(supprime|bloque|masque) par (la moderation|le filtre)
conditions d utilisation
puis je vous aider
como (modelo de ia|modelo de lenguaje|una ia|ia|inteligencia artificial|asistente)
(normas|reglas) de (la comunidad|uso)
(ha sido|fue|fueron) (ocultad*|eliminad*|bloquead*|filtrad*)
infring*
filtro de (contenido|seguridad)
(bloquead*|eliminad*|ocultad*) por
(von unserem|vom) filter
community richtlinien
(unsere*|den) richtlinien
inhaltsfilter
wurde ~ (blockiert|entfernt|gefiltert|ausgeblendet)
(removida|removido|bloqueada|bloqueado|ocultada) (pela|pelo)
moderacao
(nossas|as) diretrizes
(rimosso|rimossa|bloccato|bloccata|filtrato|filtrata|nascosto|nascosta) (dal|dalla|per)
(mensaje|respuesta|contenido|reponse|contenu|nachricht|antwort|inhalt|mensagem|resposta|conteudo|messaggio|risposta|contenuto|text) ~ (eliminad*|ocultad*|bloquead*|filtrad*|retirad*|removid*|supprim*|masque*|bloque*|filtre*|retire*|entfernt|ausgeblendet|blockiert|gefiltert|gesperrt|rimoss*|nascost*|bloccat*|filtrat*|oculto|oculta)
(enfrei*|enfrein*|verstoss*|verstost|viol*) ~ (regles|normes|conditions|richtlinien|regeln|nutzungsbedingungen|regras|normas|diretrizes|regole|norme|linee guida|reglas|guidelines|rules|policies|terms)
(not allowed|isn t allowed|aren t allowed|not permitted) (on|in) (this|our) (platform|app|site|service|server|chat)
(couldn t|could not|can t|cannot) be (sent|posted|processed|completed)
rate limit*
(tap|click|press) (to|here to) (retry|try again|regenerate|reload)
try again in (a|a few|some|one|two|five|ten)
(is|are) (currently |)(overloaded|unavailable)
violazion*
(contenuto|messaggio|risposta) (nascost*|rimoss*|bloccat*|filtrat*)
(sistema|system) (di|de|of) (moderazione|moderacion|moderation|moderacao)
moderazione
(nostre|le nostre) linee guida
filtro (di sicurezza|dei contenuti)
(e stat*|stat*) (rimoss*|bloccat*|filtrat*|nascost*)
(in quanto|come) (modello|ia|intelligenza artificiale|assistente)
contenuto (filtrato|rimosso|bloccato)
(viola|violano|violato) (le|i|la)
(not delivered|couldn t be delivered|wasn t delivered)
(upgrade|subscribe) to (continue|unlock|keep chatting)
free (accounts|plan|tier|users)
^ (sistema|systeme|sistem)
(non puo|no puede|ne peut pas|kann nicht|nao pode|cannot|can t) (essere|ser|etre|be) (visualizzat*|mostrat*|mostrad*|affiche*|exibid*|displayed|shown)
(nicht|no|nao|non) ~ (angezeigt|visualizzat*|mostrad*|exibid*)
  `,
  plat: `
^ (i m sorry|i apologize|i apologise|sorry|unfortunately) (but|)
(unable|not able) to (provide|respond|engage|fulfill|fulfil|produce|help|assist|create|generate|roleplay|continue)
won t be able to
assist*
request
(produce|generate|create) (that|this|content|material|sexually|explicit)
material
(that|this|such) content
anything else (i can|you d like|i could)
something else (you d like|i can)
(i d be|i m|i would be) (glad|happy) to (help|assist)
(i can|can i) help (with|you with)
if you d like, i can
let me know if
(i m|i am) an ai
my purpose
(please|kindly) (refer|review|make sure)
(cannot|can t) (engage|participate|take part)
(type|kind|nature) of (interaction|content|request|conversation|conversations)
for more information
general questions
some topics
writing tips
brainstorming
(keep|keeping) (things|conversations) (safe|friendly|respectful|pg)
change the subject
vous
certain kind of response
(i m|i am) here to
remain neutral
don t have (a body|personal)
(this|that) type of
este tipo de
questo tipo di
(linee guida|richtlinien|diretrizes|guidelines|rules)
(sorry|mi dispiace|lo siento|desole|desolee|es tut mir leid|tut mir leid|desculpe|desculpa) (but|ma|pero|mais|aber|mas)
something went wrong
(no puedo|je ne peux pas|ich kann|kann ich|nao posso|non posso) ~ (ayudar*|asistir|responder|continuar|aider|repondre|continuer|helfen|antworten|fortfahren|ajudar|aiutar*|rispondere|continuare)
(solicitud|peticion|demande|anfrage|anliegen|pedido|solicitacao|richiesta)
non posso (partecipare|aiutar*|rispondere)
(generate|generare|generar|gerar|generer|generieren|produce|create) ~ (response|reply|risposta|respuesta|resposta|reponse|antwort)
try (a different|another) (message|prompt)
(prova|prove|intenta|essaie|versuche|tente) ~ (riformular*|otro mensaje|reformuler|umformulier*|reformular|outra mensagem|altro messaggio|un autre message)
(non sono in grado|no estoy en condiciones|no soy capaz|je ne suis pas en mesure|ich bin nicht in der lage|nao sou capaz|nao estou em condicoes|not in a position)
(ich kann|kann ich) ~ nicht (antworten|helfen|beantworten)
(nao consigo|no consigo|non riesco a) ~ (gerar|generar|generare|responder|rispondere)
(this|that|ce|cette|questo|questa|este|esta|diese|dieser|essa|esse) (message|messaggio|mensaje|nachricht|mensagem|request|prompt)
  `,
  exit: `
ooc
hrp
out of character
(break|breaks|breaking|broke) (character|the fourth wall)
(drop|drops|dropping|dropped) (out of |)character
(step|steps|stepping) out of (the|this|character|story|scene|rp|roleplay|role play|our)
(step|steps|stepping) out for
out of the (rp|roleplay|role play|story|scene)
(stop|pause|end|stopping|pausing|ending) (the|this|our) (rp|roleplay|role play)
aus der (szene|rolle)
(fuori|esco) (dal personaggio|dalla scena|dal gioco|dal rp|dal ruolo)
  `,
  cheer: `
keep going
(love|loving|adoro|amo|j adore|encanta) ~ (this|questa|questo|esta|este|cette|scene|plot|twist|scena)
continua pure
  `,
  cont: `
(don t|do not|never) (stop|go|leave)
keep (going|talking|reading|it coming)
tell me (everything|more)
(love|loving) this (plot|twist|story|scene)
i was hoping you d ask
thought you d never ask
yes please
of course
sigue
continua
hor ~ nicht auf
continue
non (smettere|fermarti)
  `,
  refuse: `
i don t want
(i m|i am) not (going to|doing|writing|roleplaying|sending|playing|comfortable|okay with|ok with|interested|willing|helping|describing|lying|calling|pretending|continuing|into)
not (going to|doing|writing|roleplaying|sending|playing) (that|this|it|the|your|you)
i (won t|will not) (do|write|play|send|say|pretend|go|help|roleplay|strike|lie|call|describe|continue)
(i d|i would) (really |)(rather|prefer) (not|skip|pass|to skip|to stop)
prefer not to
(gonna|going to|have to|i ll|i will|i must|i need to|i m going to) (pass|decline|stop|sit this one out|skip|say no|tap out)
hard pass
not interested
not happening
no thanks
no thank you
(that s|this is|it s|that is|here s) a no
(the|my) answer is (still |)no
(saying|say) no to
i said no
not (something|anything) i (want|m|am|d)
isn t (something|one) i (want|m)
not (comfortable|okay|ok) with
makes me (uncomfortable|feel uncomfortable)
(i m|i am|i feel) (uncomfortable|not comfortable)
don t like (this|that|it)
don t ask me to
get yourself another
not in the mood
not feeling (it|the|this|up)
this is where i (stop|tap out)
i m (done|out)
i m calling it
bow* out
(not|isn t|doesn t) (sitting|sit) right
(didn t|not) go there
(i d|i would) (prefer|rather) (we|you) (didn t|not|don t|wouldn t)
(makes|made|making) me ~ (uncomfortable|uneasy)
^ (cosi|asi|comme ca|so|assim) (no|non|nicht|nao|pas)
(no|non|nicht|nao|pas) (cosi|asi|comme ca|assim)
(find|get|ask) (another|someone else|somebody else)
(that s|it s|this is) not (a|the) ~ i (want|d like|m into|m willing)
basta (cosi|ora|adesso|per)
(let s|let us) stop
back off
take (your|ur) hand (off|away)
please stop
(could|can) we not
(i m|i am) (saying|telling you) no
hands off
not like this
(no|not) more for me
i ll have to decline
decline
skip this
not continuing
don t want to (be|keep|continue|write|do|play)
won t be part
that s my answer
xmark
no quiero
no (voy a|lo voy a|pienso)
no lo (hare|hago|voy)
prefiero (que no|no|que sigamos|quedarme)
no me (siento comod*|gusta esto|apetece)
me (incomoda|hace sentir incomod*)
(esta noche|hoy|ahora) no
eso no
je (ne |)veux pas
je (ne le |n en |ne |)(ferai|fais) pas
mal a l aise
pas (ce soir|maintenant|comme ca)
(j arrete|je m arrete|arrete)
(ich will|will ich) (das |)nicht
das (mochte|will|mache|tue) ich nicht
(mochte|mache|tue) ich (das |)nicht
ich steige ~ aus
(nein|nee) danke
hor auf
unangenehm
(keine|nicht) lust
such dir ~ (anderes|andere|jemand|ein)
(eu |)nao quero
nao vou
prefiro (nao|que nao)
desconfortavel
nao, obrigad*
nao vou mandar
non (voglio|lo voglio|lo faccio|lo faro|ho voglia|mi va|ci sto|lo scrivo|scrivo|intendo|faro)
(preferisco|preferirei) (di no|non|evitare|fermarmi)
non mi (sento a mio agio|va|piace questo|piace questa)
no grazie
non (stasera|adesso|ora|oggi|cosi)
(smettila|fermati|fermiamoci)
mi fermo qui
non ho intenzione
(non|no) me la sento
i (really |just |honestly |truly |seriously |simply |actually |still |definitely |)(don t|do not) (want|wanna) (to|this|that|it)
i (really |just |honestly |truly |seriously |simply |actually |still |definitely |)(don t|do not) feel like (it|that|doing|this|going)
not (really |)my (thing|cup of tea|style|scene|jam)
(ti dico di no|te digo que no|je te dis non|ich sage nein|te digo que nao|i m saying no|i say no)
non (ti |te |gli |le |lo |la |li |ne |)(mando|faccio|scrivo|dico|invio|voglio|faro|mandero|scrivero)
nao (te |lhe |)(mando|faco|escrevo|envio)
je (ne |n )(te |t |le |la |l |)(envoie|enverrai|ferai|fais|ecris|ecrirai|dirai) (pas|rien)
(schicke|mache|schreibe|sende) ich (dir |)(nicht|kein*)
(ne me dit rien|pas envie|aucune envie|no tengo ganas|nao tenho vontade|no me apetece)
(not|isn t|aren t) (something|anything) i
  `,
  refw: `
^ (no|nope|nah|nein|non|nao|nee|never)
not (tonight|now|yet|today|right now)
please don t
(shakes|shook|shaking) ~ head
(turns|pulls|steps|moves|leans|backs) ~ (away|back|free)
(pushes|push|pushed|shoves|shoved) ~ (away|arm|hand)
(lifts|moves|removes|lowers) (your|ur) hand
out of reach
i can t
i cannot
still no
tears ~ contract
(stop|basta|arrete|stopp|halt|ferma)
(afasta|recule|recula|aleja)
^ para
(crumples|crumpled|tears up|rips up|tosses|throws) ~ (order|letter|contract|paper|note|fire)
(walks|walked|storms|stalks|turns) (out|off|away)
(se ne va|esce dalla|lascia la stanza|se va|sale de la|quitte la|s en va|geht hinaus|geht weg|geht raus|verlasst|vai embora|sai do|sai da)
(without|senza|sin|sans|ohne|sem) (a word|dire una parola|decir una palabra|decir nada|un mot|ein wort|dizer uma palavra|dizer nada)
  `,
  bound: `
(don t|do not|never|won t|not) ask (me |)(that|this|again|about)
(stop|quit) (asking|pushing|bringing)
don t (bring|pitch|mention) (it|that|this) (up |)again
not (ever|a not tonight)
forever no
not a later
(un|a|um) no (per sempre|para siempre|pour toujours|fur immer|para sempre)
hard (limit|line|no)
(permanent|standing|firm|fixed|definitive) (no|nos|limit|rule|line|boundary|thing)
dealbreaker*
off (the table|limits)
(won t|will not|isn t going to|not going to|it ll never|hasn t|has not|that hasn t|never) change*
(in nessuna|in nessun|en ninguna|en ningun|dans aucune|dans aucun|in keiner|in keinem|em nenhuma|em nenhum|in no|in any) (storia|historia|histoire|geschichte|story|scena|escena|scene|szene|cena|rp|gioco|juego|jeu|spiel|jogo|caso|case|fall)
limite (fisso|fixo|fijo|fixe|assoluto|absoluto|absolu|personale)
(feste|absolute) grenze
change my mind
no matter (how|what|which|who)
answer (stays|is always|will always be|s always|will be the same|ll be the same|s still)
(stays|stay|remains|it ll be) (no|a no)
same answer
(quante|tantas|autant de|so oft|quantas) (volte|veces|fois|du willst|vezes)
(ricominci*|reinici*|recommenc*|recome*)
(non|no) cambia
(ora|oggi|adesso|ahora|maintenant|agora|jetzt) (ne|ni|nem|noch) (mai|nunca|jamais|nie)
now or ever
(regenerate|regenerating|reroll|rerolling|swipe|swiping|restart|starting over|new chat|rigener*|regener*|neu generier*)
(resta|rimane|sigue siendo|reste|bleibt|continua sendo) (un |)(no|non|nein|nao)
la (risposta|respuesta|reponse|resposta) (resta|rimane|sigue|reste|continua)
(i ve|i have) (told|said|answered|given)
(future|all future|every) (scenes|rps|rp|stories|story|time)
(today|now) (or|and) (any day|later|always|forever)
not later
(always|never) going to (say|be)
last time we talk
let it go
leave it (there|out)
line (i keep|i hold|for me)
drawing a line
(set|make) a rule
an agreement
not revisiting
not worth asking
(a|one) hundred times
doors stay closed
(no|not) more asking
(no me lo|no) vuelvas a (pedir|preguntar)
para siempre
(es|un|mi) limite
plus jamais
n insiste plus
ne (me le |me |)redemande
(une|ma|c est une) limite
ne changera pas
nie wieder
niemals
(feste|harte) grenze
grenze
frag mich ~ (nie|nicht) (wieder|mehr)
nao definitivo
nem hoje, nem nunca
(um|meu|e um) limite
ja te disse
mai piu
chiedermelo (piu|di nuovo|ancora)
non chiedermelo
(smetti|smettila) di (chiedere|chiedermelo|insistere)
per sempre
definitiv*
non cambier*
ne oggi ne mai
(te l ho|l ho) gia detto
non insistere
not now ~ not (ever|later|tomorrow|in|next|then)
(ni ahora ni|ni maintenant ni|nicht jetzt und nicht|nem agora nem|ne ora ne|ne adesso ne)
(un|il|e un|es un|c est une|ist eine|e um|is a|that s a|that s one of) (mio |mi |ma |meine |meu |my |)(limite|limit|grenze|limits|lines)
(regola|regla|regle|regel|regra|rule) (fissa|fija|fixe|feste|fixa|firm|fixed)
(deja de|deixa de|para de|smetti di|smettila di|arrete de|hor auf) ~ (pedir*|preguntar*|chieder*|demander|fragen|perguntar|insist*)
  `,
  persist: `
never
ever
again
forever
always
permanent*
any (case|scenario|story)
not if you ask
nunca
jamais
nie
mai
sempre
siempre
(i don t|i do not) (do|roleplay|play|write|send|go there)
(i m|i am) not someone who
anymore
going forward
from now on
for good
(for|in) the future
future (chat|chats|conversation|conversations)
every future
any day
(every|each) (single )?time
list of
limits list
  `,
  hes: `
not (sure|certain)
doubt*
dubbi*
duda*
doute*
zweifel*
duvida*
rush
(want|need) to think
to think
non ~ pront*
non ~ sicur*
(un po di|del|un po) tempo
(mi dai|dammi) ~ tempo
(fermiamoci|fermati|aspetta|aspettiamo) un (attimo|momento)
unsure
i don t know
(i m|i am) torn
on the fence
slow down
slowly
slower
go (slow|slowly|gently|easy)
(take|taking) (it|things) (slow|slower|easy)
one step at a time
ease (off|the pace|into)
(too|a bit|kind of|a little|bit) (fast|quick|soon)
moving (too |so |)fast
rushing
not so fast
^ wait
hold on
give me a (sec|second|moment|minute)
(need|needs) a (minute|moment|sec|second)
let me (think|breathe|sleep on it|try)
think about it
sleep on it
(nervous|scared|anxious|overwhelmed|shy|dizzy|nervously)
not (ready|quite there|there yet)
haven t decided
ask me again (later|after|tomorrow)
are (you|we) sure
is this (what you want|okay|ok|still fun)
what you (really |)want
check in
can we (pause|talk|check|slow|ease|keep it|stick|take|just|try)
could we (stick|pause|slow|take|keep|hit)
(pause|pausing) (here|for|this)
maybe we should
(dial|tone|bring) (it|the intensity|things) (down|back)
(softer|lighter|gentler)
part of me
really shouldn t
build up to
before we (go|keep|write)
still good with
talk (it over|first|limits)
for now
(the rest|it) can wait
before i (say yes|decide|agree)
hesitat*
(you|you really) want me to
go through with
another way
take a breather
come back to it
a lot (all at once|at once)
that s a lot
too much
i want to, i think
(just |)(need|give me) (a |)(minute|moment)
catch up
sit with (it|this)
not quite
what you have in mind
big step
you sure
is it okay if we
on impulse
panicking
stiffens
figure out what i want
is it alright if
no se
insegur*
insicur*
incert*
despacio
(muy|un poco|demasiado) rapido
espera
vamos un poco rapido
je (ne |)sais pas
pas (sur|sure|certaine|certain)
(prete|pret)
doucement
(prendre|prenons) (notre|le) temps
(un peu|laisse moi|laisser) ~ temps
tu es sur*
attends
ich weiss (nicht|es nicht)
nicht so recht
unsicher
langsam*
zu schnell
warte
noch nicht
nao sei
deixa eu pensar
devagar
(rapido|rapida) demais
com calma
nao deveria
non (lo |)so
non (sono|ne sono) (sicur*|pront*|convint*)
(piu|vai|andiamo|fai|facciamo|andare|con) piano
(tutto bene|va bene) per te
stiamo correndo
con calma
(troppo|un po) (veloce|in fretta|presto)
aspetta
sei (sicur*)
(paura|miedo|medo|peur|angst|afraid|frightened)
(non sono|no estoy|je ne suis pas|ich bin nicht|nao estou|not) (tanto |molto |muy |tres |so |really |totally |)(convint*|convencid*|convaincu*|uberzeugt|convinced)
(can|could|may) i (have|get|take) a (minute|moment|sec|second|bit)
before (i answer|anything else|we go any further|we go further)
a (bit|little) (longer|wobbly)
wobbly
talk about (it|this|that) first
(me da|me de|dame|dammi|donne moi|laisse moi|gib mir|lass mir|me deixa) ~ (tempo|tempinho|tiempo|tiempito|segundo|segundito|momento|momentito|minuto|minutinho|attimo|moment|minute|sekunde|zeit|temps)
(andarci|andiamoci|prenderla|prendiamola|vamos|vamonos|allons y|lass uns) (piano|con calma|despacio|doucement|langsam)
un attimo
un momento
ci devo pensare
non dovrei
non so se
rallentare
rallentiamo
(agitat*|nervios*|nerveu*|nervos*|ansios*|anxieuse|anxieux|angstlich|aufgeregt)
(step by step|per gradi|un passo alla volta|poco a poco|pas a pas|schritt fur schritt|aos poucos|passo a passo)
(let me|lasciami|fammi|dejame|laisse moi|lass mich|deixa eu|deixa me) (breathe|respirare|respirar|respirer|atmen)
^ calma
i (really |just |honestly |truly |seriously |simply |actually |still |)(don t|do not) know (yet|if|whether)
  `,
  play: `
(laughing|laughs|grinning|grins|giggl*|chuckl*|teasing|teases|playful*|winks|smirk*|haha*|lol|lmao|jaja*|mdr|ahah*|kkk*|ridendo|sorridendo)
  `,
  hesw: `
maybe
(hmm|um|umm|uh|erm)
kind of
i guess
i mean
vielleicht
talvez
forse
okay but
  `,
  notno: `
not (saying|a hard|a) no
not saying (no|stop)
(i m|i am) not saying no
  `,
  mask: `
can t (wait|believe|stop|either|help|sleep|talk long)
hold on tight
non vedo l ora
(non|no) (preoccuparti|ti preoccupare|te preocupes|se preocupa|te preocupa|preocupes)
(ne t inquiete|t inquiete) pas
keine (sorge|sorgen)
kaum erwarten
(no pasa|non fa) nada
(nessun|sin|sem|pas de|kein) (problema|probleme|problem|souci)
non riesco a smettere
never change
cannot (wait|believe|stop)
couldn t say no
won t lie
won t let you
no (worries|rush|pressure|problem|offense|offence|big deal|need|spoilers|excuses)
no way
no such thing
refuse to believe
refuses to let go
don t (worry|forget|be nervous|be sorry|be silly|you dare)
you don t (have|need) to
not going anywhere
don t want ~ to end
sorry to hear
so sorry
shouldn t have
nothing ~ (makes|made) me uncomfortable
only uncomfortable
uncomfortable confession
uncomfortable with how
not even a little
never have to
never bored
never in a million
thought you d never
no more waiting
no thank you to
i said no spoilers
you can t just
not too much
(no|don t) stop
never ask
nie im leben
du fragst nie
no puede ser
nao consigo parar
(hor|hort) ~ nicht auf
you don t have to reply
not a word
don t need to impress
i m not going anywhere
^ no, you re not
coffee filters
not sure (what|where|who|when|which|how many|why|whether it s)
come on ~ (tell me|let s go|the)
deleted my
(ai|bot), sure, but
not letting you
no,? you didn t
(that s|it s) on me
i don t know for sure
(let|letting|you re not|tu ne|no|nicht|nao|non) ~ (pay|paying|paies|pagas|zahlen|paga|paghi)
(tu|te) (ne )?paies pas
non non
not a chance
(stop|smettila|smetti|para|arrete|hor auf|para de) ~ (making me|farmi|hacerme|me faire|mich zum|me fazer) ~ (laugh|ridere|reir|rire|lachen|rir|blush|arrossire|sonrojar|rougir)
(non so|no se|je ne sais pas|je sais pas|ich weiss nicht|nao sei|i don t know|i m not sure) (ancora |encore |noch |ainda |todavia |yet |)(cosa|che cosa|come|dove|quando|chi|quale|que|what|where|when|who|which|how|comment|ou|quand|qui|quoi|was|wo|wann|wer|wie|welche*|o que|onde|quem|qual|cual)
^ no (more|rooms|room|time|one|idea|milk|food|signal|wifi|water|seats|tickets|clue)
(stop|smettila di|smetti di|deja de|arrete de|hor auf|para de) ~ (apologi*|worry*|doubt*|saying|being so|beating yourself|selling yourself|dire|decir|dire que|sagen|dizer|scusarti|disculparte|t excuser|dich zu entschuldigen|se desculpar|pedir desculpa|preoccuparti|preocuparte|t inquieter)
don t want you to (feel|worry|think|be|get|stress|go|leave|miss|feel like)
(nunca|jamas|nao|never|mai|non) (me|mi) (incomoda*|molesta*|disturba*|derange*|da fastidio|bother*)
  `,
});

const CTX = new Lexicon({
  stop: `
(want|should|shall|do you want) ~ (stop|quit|end|leave|log off|hang up)
bother*
boring
(mad|upset|angry) (at|with) me
(stop|quit|end) (the|this|our) (story|adventure|scene|game|rp|interrogation)
(too much|boring) for you
too much
bored of me
stay on the phone
get bored
(quieres|quiere) que ~ (deje|pare)
vuoi che (smetta|mi fermi)
should i stop
am i too much
stop talking
not mad
bored
(incomod*|disturbo|disturbando|molesto|molestando|derange|store ich|storen|nerve ich|annoio|annoiando|aburro|aburriendo|ennuie|langweile|entedi*|chateio)
  `,
  advance: `
(reaches|grabs|pins|pulls|slides|kisses|unbuttons|unzips|tugs|leans|pushes|hooks|touches|sits on|climbs|presses|strokes|undoes)
(send|show) me
let me see
come to
make him
(be|act|pretend|roleplay|play) ~ (my|as|like|all)
skip dinner
straight back
move in
marry me
falling for you
sleep over
take this further
darker
secret
come (upstairs|over|inside|here|closer|with me|back to|to bed)
(vieni|ven|viens|komm|vem)
one more kiss
just one more
yes or no
are you coming
  `,
  scene: `
scene
story
interrogation
adventure
  `,
  fact: `
^ (which|who|where|when)
^ what (is|s|time|day|kind|color|colour|should)
is the
have you had
any plans
we agree
  `,
});

const NO_WORDS = new Set(['no', 'nope', 'nah', 'nein', 'non', 'nao', 'nee', 'never', 'not', 'stop', 'please']);
const YES_WORDS = new Set(['yes', 'yeah', 'yep', 'si', 'oui', 'ja', 'sim', 'please']);
// Conjunctions that turn "I shouldn't" into a yes-in-waiting.
const BUT = new Set(['but', 'pero', 'mais', 'aber', 'mas', 'ma', 'maybe']);
const SHOULD_NOT = new Set(['shouldn', 'deberia', 'devrais', 'sollte', 'deveria', 'dovrei']);

interface Counts {
  [family: string]: Hit[];
}

function group(hits: Hit[]): Counts {
  const out: Counts = {};
  for (const h of hits) (out[h.f] ??= []).push(h);
  return out;
}

/** Hits over distinct words: "I'm sorry but" is one apology, however many phrases match it. */
function spans(hits: Hit[] = []): number {
  return hits.filter((h, i) => !hits.slice(0, i).some((o) => h.s < o.e && o.s < h.e)).length;
}

// "No scenes where…", "niente torture", "keine Spiele": a no that bans a thing. It only
// matters next to a word that makes it last ("from now on", "ever").
const BAN = new Set(['no', 'niente', 'nessun', 'nessuna', 'nada', 'ningun', 'ninguna', 'aucun', 'aucune', 'kein', 'keine', 'keinen', 'nenhum', 'nenhuma']);

// Words that make any no in the message last; weaker ones ("again", "from now on") must
// sit next to the no they qualify.
const STRONG_PERSIST = new Set(['never', 'ever', 'forever', 'permanent', 'permanently', 'always', 'nunca', 'jamais', 'mai', 'nie', 'sempre', 'siempre', 'toujours', 'immer']);

function bans(toks: string[], pauses: Set<number>, masks: Hit[]): number[] {
  const out: number[] = [];
  toks.forEach((t, i) => {
    if (BAN.has(t) && i + 1 < toks.length && !pauses.has(i) && !masks.some((m) => i >= m.s && i < m.e)) out.push(i);
  });
  return out;
}

/** Index of the sentence-like chunk a token sits in. */
function chunkOf(starts: number[], i: number): number {
  let k = 0;
  while (k + 1 < starts.length && (starts[k + 1] as number) <= i) k++;
  return k;
}

function shouldButYes(tokens: string[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string;
    if (!SHOULD_NOT.has(t)) continue;
    // "shouldn't have" looks back at something done; only a weighed request counts.
    const next = tokens[i + (t === 'shouldn' ? 2 : 1)];
    if (next === 'have') continue;
    if (t !== 'shouldn' && tokens[i - 1] !== 'no' && tokens[i - 1] !== 'nao' && tokens[i - 1] !== 'non' && tokens[i - 1] !== 'ne' && tokens[i + 1] !== 'nicht') continue;
    for (let j = i + 1; j < tokens.length && j < i + 25; j++) if (BUT.has(tokens[j] as string)) return true;
  }
  return false;
}

export interface CompanionAnalysis extends CompanionVerdict {
  /** Characters of the message that were read (bounded). */
  analysed: number;
}

function verdict(label: CompanionLabel, exitScene: boolean, confidence: Confidence, cues: string[], analysed: number): CompanionAnalysis {
  return { label, exitScene, confidence, cues: [...new Set(cues)].slice(0, 6), analysed };
}

export function analyseCompanion(text: string, context?: string | null): CompanionAnalysis {
  const n = normalize(text);
  const toks = n.tokens;
  const raw = LEX.match(toks, n.starts);
  const c = group(unmasked(raw, 'mask'));
  const banned = bans(toks, n.pauses, raw.filter((h) => h.f === 'mask'));
  // Cues are the user-visible words that matched, not the lexicon's patterns.
  const cue = (...fs: string[]): string[] => fs.flatMap((f) => (c[f] ?? []).map((h) => toks.slice(h.s, h.e).join(' ')));
  const len = (f: string): number => c[f]?.length ?? 0;

  const exit = len('exit') > 0 && len('cheer') === 0;

  const platformScore = 2 * spans(c.platform) + spans(c.plat);
  if (platformScore >= 2) return verdict('platform', false, len('platform') > 0 || platformScore >= 3 ? 'sure' : 'unsure', cue('platform', 'plat'), n.analysed);

  const first = toks[0] ?? '';
  const short = toks.length <= 6;
  const leadNo = NO_WORDS.has(first) || (first === 'not' && toks.length <= 4);
  const strongNo = len('refuse');
  const weakNo = len('refw');
  const hes = len('hes');
  const bound = len('bound');
  const persist = len('persist');

  // The previous message only matters when this one has no outright refusal or limit
  // of its own and something it could colour; otherwise it is not even read.
  const ambiguous = strongNo + bound === 0 && (leadNo || YES_WORDS.has(first) || weakNo + hes + len('hesw') + len('cont') > 0 || short);
  const ctx = context && ambiguous ? readContext(context) : null;

  // What the previous message asked decides what a yes or a no means.
  if (ctx?.stop) {
    if (leadNo || len('cont') > 0) return verdict('none', exit, 'sure', ['answers a question about stopping', ...cue('cont')], n.analysed);
    if (YES_WORDS.has(first)) return verdict('refusal', exit || ctx.scene, 'unsure', ['yes to stopping'], n.analysed);
  }
  if (len('notno') > 0) return verdict('hesitation', exit, 'sure', cue('notno', 'hes'), n.analysed);
  if (shouldButYes(toks)) return verdict('hesitation', exit, 'sure', ["I shouldn't… but"], n.analysed);

  // A lone "no" said laughing is banter, not a decline ("No tasting until it's done!").
  if (strongNo + bound + hes === 0 && len('play') > 0) return verdict('none', exit, 'unsure', [], n.analysed);

  // A short reply carries its meaning from the question: "Not yet." to "dinner yet?" is no refusal.
  if (ctx && !ctx.request && (short || ctx.fact)) return verdict('none', exit, 'unsure', [], n.analysed);

  const ctxReq = ctx?.request ?? false;
  // A no-word answering a request or an advance declines it.
  const noScore = 2 * strongNo + Math.min(weakNo, 2) + (ctxReq && (leadNo || weakNo > 0) ? 2 : 0) + (toks.length <= 3 && leadNo && !context ? 1 : 0);
  // "Nope, keep going!" uses a no to ask for more.
  if (strongNo + bound === 0 && len('cont') > 0) return verdict('none', exit, 'unsure', cue('cont'), n.analysed);
  if (bound > 0 && (noScore > 0 || bound >= 2 || persist > 0 || hes === 0)) {
    return verdict('boundary', exit, noScore > 0 || bound >= 2 ? 'sure' : 'unsure', cue('bound', 'persist', 'refuse'), n.analysed);
  }
  // A persistence word makes a no last only when it belongs to that no's sentence
  // ("No. Don't ever ask", not "does the buttons up again… No.").
  const noChunks = new Set((c.refuse ?? []).map((h) => chunkOf(n.starts, h.s)).concat(banned.map((i) => chunkOf(n.starts, i))));
  const near = (h: Hit): boolean => [-1, 0, 1].some((d) => noChunks.has(chunkOf(n.starts, h.s) + d));
  const lasting = (c.persist ?? []).filter((h) => STRONG_PERSIST.has(toks[h.s] as string) || near(h));
  if (lasting.length > 0 && (noScore >= 2 || banned.length > 0) && hes === 0) return verdict('boundary', exit, 'unsure', cue('persist', 'refuse', 'refw'), n.analysed);
  if (hes > strongNo || (hes > 0 && noScore < 2)) return verdict('hesitation', exit, hes >= 2 ? 'sure' : 'unsure', cue('hes'), n.analysed);
  if (noScore >= 2) return verdict('refusal', exit, strongNo > 0 ? 'sure' : 'unsure', cue('refuse', 'refw'), n.analysed);
  if (ctxReq && short && len('hesw') > 0) return verdict('hesitation', exit, 'unsure', cue('hesw'), n.analysed);
  if (exit && noScore > 0) return verdict('refusal', exit, 'unsure', cue('refw', 'exit'), n.analysed);
  return verdict('none', exit, noScore > 0 || len('hesw') > 0 ? 'unsure' : 'sure', [], n.analysed);
}

interface Context {
  /** The user asked for something or made an advance: a bare "no" declines it. */
  request: boolean;
  /** The user asked whether to stop: a bare "no" means go on. */
  stop: boolean;
  /** A factual question: uncertainty is about facts, not consent. */
  fact: boolean;
  scene: boolean;
}

function readContext(context: string): Context {
  const n = normalize(context);
  const cc = group(CTX.match(n.tokens, n.starts));
  const stop = cc.stop !== undefined;
  return {
    request: cc.advance !== undefined || conceptHits(n.tokens, false).length > 0 || (n.narration && !stop),
    stop,
    fact: cc.fact !== undefined,
    scene: cc.scene !== undefined,
  };
}

export function classifyCompanion(text: string, context?: string | null): CompanionVerdict {
  const { analysed: _, ...v } = analyseCompanion(text, context);
  return v;
}
