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
come intelligenza artificiale
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
(remainder|rest) of (the|this) message
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
filtre de contenu
(supprime|bloque|masque) par (la moderation|le filtre)
conditions d utilisation
(regles|normes|standards) de la communaute
en tant qu (ia|intelligence artificielle|assistant|modele)
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
nutzungsbedingungen
als (ki|sprachmodell|ki assistent)
wurde ~ (blockiert|entfernt|gefiltert|ausgeblendet)
(removida|removido|bloqueada|bloqueado|ocultada) (pela|pelo)
moderacao
(nossas|as) diretrizes
como (um modelo|uma ia|assistente|modelo de linguagem)
termos de (uso|servico)
(rimosso|rimossa|bloccato|bloccata|filtrato|filtrata|nascosto|nascosta) (dal|dalla|per)
(mensaje|respuesta|contenido|reponse|contenu|nachricht|antwort|inhalt|mensagem|resposta|conteudo|messaggio|risposta|contenuto|text) ~ (eliminad*|ocultad*|bloquead*|filtrad*|retirad*|removid*|supprim*|masque*|bloque*|filtre*|retire*|entfernt|ausgeblendet|blockiert|gefiltert|gesperrt|rimoss*|nascost*|bloccat*|filtrat*|oculto|oculta)
(enfrei*|enfrein*|verstoss*|verstost|viol*) ~ (regles|normes|conditions|richtlinien|regeln|nutzungsbedingungen|regras|normas|diretrizes|regole|norme|linee guida|reglas|guidelines|rules|policies|terms)
(not allowed|isn t allowed|aren t allowed|not permitted) (on|in) (this|our) (platform|app|site|service|server|chat)
(couldn t|could not|can t|cannot) be (sent|posted|processed|completed)
rate limit*
too many (requests|messages)
(tap|click|press) (to|here to) (retry|try again|regenerate|reload)
try again in (a|a few|some|one|two|five|ten)
(server|network|connection) error
(is|are) (currently |)(overloaded|unavailable)
violazion*
(contenuto|messaggio|risposta) (nascost*|rimoss*|bloccat*|filtrat*)
(sistema|system) (di|de|of) (moderazione|moderacion|moderation|moderacao)
moderazione
(nostre|le nostre) linee guida
filtro (di sicurezza|dei contenuti)
(e stat*|stat*) (rimoss*|bloccat*|filtrat*|nascost*)
termini di (servizio|utilizzo|uso)
(in quanto|come) (modello|ia|intelligenza artificiale|assistente)
contenuto (filtrato|rimosso|bloccato)
norme della (community|comunita)
(viola|violano|violato) (le|i|la)
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
de este tipo
este tipo de
ce type de
questo tipo di
(linee guida|richtlinien|diretrizes|guidelines|rules)
(sorry|mi dispiace|lo siento|desole|desolee|es tut mir leid|tut mir leid|desculpe|desculpa) (but|ma|pero|mais|aber|mas)
something went wrong
(no puedo|je ne peux pas|ich kann|kann ich|nao posso|non posso) ~ (ayudar*|asistir|responder|continuar|aider|repondre|continuer|helfen|antworten|fortfahren|ajudar|aiutar*|rispondere|continuare)
(solicitud|peticion|demande|anfrage|anliegen|pedido|solicitacao|richiesta)
(otra cosa|autre chose|etwas anderes|outra coisa|qualcos altro) ~ (ayudar|aider|helfen|ajudar|aiutar*)
non posso (partecipare|aiutar*|rispondere)
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
(stop|end) the rp
aus der (szene|rolle)
fuera (del|de) (personaje|rol|la escena)
hors (personnage|rp|jeu)
fora (do personagem|da cena)
(fuori|esco) (dal personaggio|dalla scena|dal gioco|dal rp|dal ruolo)
fuori personaggio
  `,
  cheer: `
keep going
(love|loving|adoro|amo|j adore|encanta) ~ (this|questa|questo|esta|este|cette|scene|plot|twist|scena)
continua pure
weiter so
go on
  `,
  cont: `
(don t|do not|never) (stop|go|leave)
keep (going|talking|reading|it coming)
^ go on
tell me (everything|more)
(love|loving) this (plot|twist|story|scene)
i was hoping you d ask
thought you d never ask
yes please
of course
sigue
no pares
continua
hor ~ nicht auf
nicht aufhoren
n arrete pas
continue
nao pare
non (smettere|fermarti)
vai avanti
  `,
  refuse: `
i (don t|do not) (want|wanna) (to|this|that|it)
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
(not|isn t) something i
not (comfortable|okay|ok) with
makes me (uncomfortable|feel uncomfortable)
(i m|i am|i feel) (uncomfortable|not comfortable)
don t like (this|that|it)
don t ask me to
find (someone|somebody) else
get yourself another
(not|isn t) willing
not in the mood
not feeling (it|the|this|up)
this is where i (stop|tap out)
i m (done|out)
i m calling it
bow* out
(not|isn t|doesn t) (sitting|sit) right
(let s|we) (not|don t) go there
(didn t|not) go there
(i d|i would) (prefer|rather) (we|you) (didn t|not|don t|wouldn t)
(makes|made|making) me ~ (uncomfortable|uneasy)
^ (cosi|asi|comme ca|so|assim) (no|non|nicht|nao|pas)
(no|non|nicht|nao|pas) (cosi|asi|comme ca|assim)
(find|get|ask) (another|someone else|somebody else)
(cercati|trovati|trovatene|busca|buscate|cherche|trouve|trouve toi|such dir|procura) ~ (un altr*|otr*|autre*|anderen|andere|outr*)
(walks|walked|storms|stalks|turns) (out|off|away) (of|without)
(crumples|crumpled|tears up|rips up|tosses|throws) ~ (order|letter|contract|paper|note|fire)
(that s|it s|this is) not (a|the) ~ i (want|d like|m into|m willing)
basta (cosi|ora|adesso|per)
(let s|let us) stop
back off
take (your|ur) hand (off|away)
please stop
(could|can) we not
(i can t|i cannot) do (this|that)
(i m|i am) (saying|telling you) no
hands off
not like this
(no|not) more for me
i ll have to decline
decline
skip this
i m going to stop
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
no, gracias
ni hablar
de ninguna manera
no estoy comod*
eso no
je (ne |)veux pas
je (ne |)vais pas
je refuse
je (ne le |n en |ne |)(ferai|fais) pas
je prefere (ne pas|pas|qu on)
(pas|plus) a l aise
mal a l aise
non merci
pas (ce soir|maintenant|comme ca)
hors de question
(j arrete|je m arrete|arrete)
pas question
(ich will|will ich) (das |)nicht
das (mochte|will|mache|tue) ich nicht
(mochte|mache|tue) ich (das |)nicht
ich (werde|mache|tue) (das |)nicht
ich steige ~ aus
(nein|nee) danke
hor auf
lass das
(heute|jetzt) nicht
kein interesse
unangenehm
(keine|nicht) lust
ich mag (das |)nicht
such dir ~ (anderes|andere|jemand|ein)
(eu |)nao quero
nao vou
prefiro (nao|que nao)
(nao me sinto|nao estou) confortavel
desconfortavel
nao, obrigad*
(hoje|agora) nao
nao vou mandar
non (voglio|lo voglio|lo faccio|lo faro|ho voglia|mi va|ci sto|lo scrivo|scrivo|intendo|faro)
(preferisco|preferirei) (di no|non|evitare|fermarmi)
non mi (sento a mio agio|va|piace questo|piace questa)
(mi mette|mi sento|sono) a disagio
no grazie
(stasera|adesso|ora|oggi) no
non (stasera|adesso|ora|oggi|cosi)
(smettila|fermati|fermiamoci)
mi fermo qui
non (lo|la|li|le) (scrivo|faccio|faro|mando|dico|voglio)
non ho intenzione
(non|no) me la sento
non se ne parla
neanche per sogno
cercati ~ (un altra|un altro|qualcun*)
non sono a mio agio
mi tiro indietro
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
putting ~ between
i can t
i cannot
still no
tears ~ contract
(stop|basta|arrete|stopp|halt|ferma)
(afasta|recule|recula|aleja)
turns away
^ para
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
permanently
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
as many times
(ricominci*|reinici*|recommenc*|recome*)
(non|no) cambia
(ora|oggi|adesso|ahora|maintenant|agora|jetzt) (ne|ni|nem|noch) (mai|nunca|jamais|nie)
now or ever
not ever
future (chat|chats|conversation|conversations)
every future
(regenerate|regenerating|reroll|rerolling|swipe|swiping|restart|starting over|new chat|rigener*|regener*|neu generier*)
(resta|rimane|sigue siendo|reste|bleibt|continua sendo) (un |)(no|non|nein|nao)
la (risposta|respuesta|reponse|resposta) (resta|rimane|sigue|reste|continua)
(i ve|i have) (told|said|answered|given)
limits list
list of
(future|all future|every) (scenes|rps|rp|stories|story|time)
going forward
from now on
for good
(today|now) (or|and) (any day|later|always|forever)
not later
ever again
(always|never) going to (say|be)
last time we talk
let it go
leave it (there|out)
(for|in) the future
line (i keep|i hold|for me)
drawing a line
(set|make) a rule
an agreement
not revisiting
off limits
not worth asking
(a|one) hundred times
doors stay closed
anymore
(no|not) more asking
any day
(every|each) (single )?time
(no me lo|no) vuelvas a (pedir|preguntar)
nunca mas
para siempre
(es|un|mi) limite
no cambiara
plus jamais
n insiste plus
ne (me le |me |)redemande
(une|ma|c est une) limite
pour toujours
definitivement
ne changera pas
nie wieder
niemals
(feste|harte) grenze
grenze
fur immer
frag mich ~ (nie|nicht) (wieder|mehr)
nie mehr
nao definitivo
nem hoje, nem nunca
para sempre
(um|meu|e um) limite
(nao|nunca) me (pecas|peca|pede) (de novo|mais)
ja te disse
mai piu
chiedermelo (piu|di nuovo|ancora)
non chiedermelo
(smetti|smettila) di (chiedere|chiedermelo|insistere)
per sempre
(un|il mio|e un) limite
definitiv*
non cambier*
ne oggi ne mai
(te l ho|l ho) gia detto
non insistere
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
jamas
jamais
nie
mai
immer
sempre
siempre
toujours
(i don t|i do not) (do|roleplay|play|write|send|go there)
(i m|i am) not someone who
i don t (do|roleplay)
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
dial it back
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
are you sure
you sure
still okay
is it okay if we
on impulse
panicking
stiffens
figure out what i want
is it alright if
no se
no estoy segur*
insegur*
insicur*
incert*
despacio
(muy|un poco|demasiado) rapido
espera
dejame pensar
nervios*
tengo miedo
todavia no
poco a poco
vamos un poco rapido
je (ne |)sais pas
pas (sur|sure|certaine|certain)
(prete|pret)
doucement
(prendre|prenons) (notre|le) temps
(un peu|laisse moi|laisser) ~ temps
tu es sur*
trop vite
attends
pas encore
nerveu*
j hesite
ich weiss (nicht|es nicht)
nicht so recht
unsicher
langsam*
zu schnell
warte
bist du sicher
nicht bereit
noch nicht
nervos
nao sei
nao tenho certeza
deixa eu pensar
devagar
(rapido|rapida) demais
tem certeza
ainda nao
nervos*
com calma
pensar um pouco
nao deveria
non (lo |)so
non (sono|ne sono) (sicur*|pront*|convint*)
(piu|vai|andiamo|fai|facciamo|andare|con) piano
piano piano
(tutto bene|va bene) per te
stiamo correndo
con calma
(troppo|un po) (veloce|in fretta|presto)
aspetta
fammi pensare
sei (sicur*)
siamo sicuri
(paura|miedo|medo|peur|angst|afraid|frightened)
(non sono|no estoy|je ne suis pas|ich bin nicht|nao estou|not) (tanto |molto |muy |tres |so |really |totally |)(convint*|convencid*|convaincu*|uberzeugt|convinced)
(can|could|may) i (have|get|take) a (minute|moment|sec|second|bit)
before (i answer|anything else|we go any further|we go further)
a (bit|little) (longer|wobbly)
wobbly
talk about (it|this|that) first
(me da|me de|dame|dammi|donne moi|laisse moi|gib mir|lass mir|me deixa) ~ (tempo|tempinho|tiempo|tiempito|segundo|segundito|momento|momentito|minuto|minutinho|attimo|moment|minute|sekunde|zeit|temps)
(andarci|andiamoci|prenderla|prendiamola|vamos|vamonos|allons y|lass uns) (piano|con calma|despacio|doucement|langsam)
non ancora
ancora no
nervos*
un attimo
un momento
ci devo pensare
non dovrei
dammi (un attimo|tempo|un momento)
non so se
rallentare
rallentiamo
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
tal vez
quizas
peut etre
vielleicht
talvez
forse
okay but
  `,
  notno: `
not (saying|a hard|a) no
not saying (no|stop)
(i m|i am) not saying no
not a no
no digo que no
je ne dis pas non
ich sage nicht nein
nao estou dizendo nao
non (sto dicendo|dico) (di )?no
  `,
  mask: `
can t (wait|believe|stop|either|help|sleep|talk long)
non vedo l ora
no veo la hora
(non|no) (preoccuparti|ti preoccupare|te preocupes|se preocupa|te preocupa|preocupes)
(ne t inquiete|t inquiete) pas
keine (sorge|sorgen)
kaum erwarten
nao vejo a hora
(no pasa|non fa) nada
non fa niente
(nessun|sin|sem|pas de|kein) (problema|probleme|problem|souci)
non riesco a smettere
no puedo parar
je n arrive pas a arreter
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
don t want you to (go|leave)
sorry to hear
sorry for your loss
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
not (mad|angry|upset)
no more waiting
no thank you to
i said no spoilers
you can t just
not too much
(no|don t) stop
can t dance
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
(don t|do not|no|non|nao|n aie|hab) (be |)(afraid|scared|avere paura|tengas miedo|tenha medo|pas peur|keine angst)
  `,
});

const CTX = new Lexicon({
  stop: `
(want|should|shall|do you want) ~ (stop|quit|end|leave|log off|hang up)
(want me to|should i|shall i) go
bother*
annoy*
boring
(mad|upset|angry) (at|with) me
(stop|quit|end) (the|this|our) (story|adventure|scene|game|rp|interrogation)
mad at me
(is it|it s) okay if i keep
(too much|boring) for you
too much
(does it|it) bother
bored of me
stay on the phone
get bored
(quieres|quiere) que ~ (deje|pare)
que j arrete
soll ich aufhoren
quer que eu pare
vuoi che (smetta|mi fermi)
should i stop
am i too much
stop talking
not mad
  `,
  advance: `
(reaches|grabs|pins|pulls|slides|kisses|unbuttons|unzips|tugs|leans|pushes|hooks|touches|sits on|climbs|presses|strokes|undoes)
take it off
swipes
reroll
regenerate
come over
(will|would|can|could) you (ever )?(send|stay|come|sleep|kiss|take|show|do|be|play|sign|strike|cast|describe|write)
(send|show) me
let me see
come to
sign it
make him
(be|act|pretend|roleplay|play) ~ (my|as|like|all)
describe
skip dinner
straight back
move in
marry me
falling for you
be my (girlfriend|boyfriend)
sleep over
take this further
darker
secret
come (upstairs|over|inside|here|closer|with me|back to|to bed)
(vieni|ven|viens|komm|vem)
murder
let s do
let s play
write my
help me (find|get into|read)
drink with me
shot
one more kiss
just one more
yes or no
are you coming
  `,
  ever: `
ever
again
next (time|week|month)
tomorrow
later
  `,
  scene: `
scene
story
rp
roleplay
interrogation
game
adventure
chapter
  `,
  fact: `
^ (which|who|where|when)
^ what (is|s|time|day|kind|color|colour|should)
how (many|much|long|old)
is the
have you had
any plans
do you know
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
  const c = group(unmasked(LEX.match(toks, n.starts), 'mask'));
  const cue = (...fs: string[]): string[] => fs.flatMap((f) => (c[f] ?? []).map((h) => h.p));
  const len = (f: string): number => c[f]?.length ?? 0;

  const exit = len('exit') > 0 && len('cheer') === 0;

  const platformScore = 2 * len('platform') + len('plat');
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
  if (persist > 0 && noScore >= 2 && hes === 0) return verdict('boundary', exit, 'unsure', cue('persist', 'refuse', 'refw'), n.analysed);
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
