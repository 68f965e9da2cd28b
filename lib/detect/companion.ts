// Companion messages: none / hesitation / refusal / boundary / platform, plus exit_scene.
// Cue phrases (six languages) feed a short decision list. Idioms that merely contain a
// "no" ("can't wait", "no worries") are masked before anything is counted, and the
// user's previous message decides what a bare "No." or "Not yet." answers.
import { conceptHits } from './concepts';
import { Lexicon, type Hit, unmasked } from './matcher';
import { normalize, words } from './normalize';
import type { CompanionLabel, CompanionVerdict, Confidence } from './types';

const LEX = new Lexicon({
  platform: `
as an (ai|artificial intelligence|language model|ai language model|assistant)
as a (language model|large language model|chatbot|virtual assistant|ai model)
conversational (model|ai)
(chat|chatting|account|conversation|messaging) ~ (restricted|suspended|under review|reported|locked)
(safety|moderation) (system|team|review|settings)
flagged as
(turned off|disabled|unavailable|not available|isn t available) (for|in) (your|this) (account|region|country)
(disponible|disponivel|disponibile|verfugbar) (en|no|na|nel|nella|dans|in) (tu|teu|seu|sua|tua|tuo|ton|ta|deinem|deiner) (region|regiao|pais|paese|pays|land|regione)
(conferm*|confirm*|verific*|bestatig*) ~ (18|eta|edad|idade|age|alter)
(limit*|limite) (de|di|des|of) (mensa*|messag*|nachrichten)
ai (assistant|model)
content (policy|policies|filter|guidelines|moderation|rules|restrictions)
our (guidelines|policies|terms|rules|filter|ai|team|content|systems)
(mindestens|at least|almeno|al menos|pelo menos|au moins|must be) 18
usage polic*
violat*
moderation
filtered
(by|the) filter
(message|reply|response|content|part) ~ (removed|blocked|hidden|withheld|filtered|flagged|cut short)
(removed|blocked|hidden|withheld) (by|due|because|for)
flagged for review
try (rephrasing|again later|steering)
finish reason
api error
^ error
(verif*) (your age|they are)
(crisis line|in crisis|crisis lifeline)
sensitive topic
account restrictions
prohibited
safe mode
reset to default
^ system
^ notice
model declined
upstream
safety thresholds
helpful and harmless
did not respond
designed to keep
(we|i) don t support
automated message
(sprachmodell|modello linguistico|modelo de lenguaje|modele de langage|modelo de linguagem)
(messages|sending|send) ~ too (fast|quickly|many)
content warning
heads up
help center
learn more
puis je vous aider
infring*
community richtlinien
inhaltsfilter
wurde ~ (blockiert|entfernt|gefiltert|ausgeblendet)
moderacao
(mensa*|respuesta|conten*|reponse|nachricht|antwort|inhalt|resposta|conteudo|messaggio|risposta|text) ~ (eliminad*|ocultad*|bloquead*|filtrad*|retirad*|removid*|supprim*|masque*|bloque*|filtre*|retire*|entfernt|ausgeblendet|blockiert|gefiltert|gesperrt|zuruckgehalten|rimoss*|nascost*|bloccat*|filtrat*|ocult*)
(enfrei*|enfrein*|verstoss*|verstost|viol*) ~ (regles|norme*|conditions|richtlinien|regeln|nutzungsbedingungen|regras|normas|diretrizes|regole|linee guida|reglas|guidelines|rules|policies|terms)
(couldn t|could not|can t|cannot) be (sent|posted|processed|completed)
rate limit*
(tap|click|press) (to|here to) (retry|try again|regenerate|reload)
try again in (a|a few|some|one|two|five|ten)
violazion*
moderazione
(in quanto|come|como|comme) (modello|modelo|modele|ia|intelligenza artificiale|assistente)
free (accounts|plan|tier|users)
(non puo|no puede|ne peut pas|kann nicht|nao pode|cannot|can t) (essere|ser|etre|be) (visualizzat*|mostrat*|mostrad*|affiche*|exibid*|displayed|shown)
(messag*|mensa*|nachrichten) (limit|limite)
(sicherheitsfilter|jugendschutzfilter)
(platform s|platform) (policies|rules|guidelines)
(community|content) (guidelines|standards|rules)
(safety|content|community) filter
language model
(dal|del|par le|pelo|vom|by the) (filtr*|filter)
  `,
  plat: `
^ (i m sorry|i apologize|i apologise|sorry|unfortunately|entschuldigung|lo siento|mi dispiace|desole*|tut mir leid|es tut mir leid|desculp*|purtroppo|lamentablemente|malheureusement|leider|infelizmente)
(unable|not able) to (provide|respond|engage|fulfil*|produce|help|assist|create|generate|roleplay|continue)
(can t|cannot) (help|assist) (with|you)
won t be able to
assist*
request
material
(puedo|pueda|posso|possa|peux|puisse|kann|can|could|may) (ayudar*|ajudar*|aiutar*|aider|helfen|help|assist*)
if you d like, i can
let me know if
(i m|i am) (just |only |)(an ai|a bot|a program|a chatbot)
(don t|do not) have (personal |)(feelings|opinions|preferences|emotions)
(premium|upgrade|unlock|subscri*|ultra plan|pro plan|plus plan|paid plan|abonnement|assinatura|suscripcion|abbonamento)
(helpline|hotline|lifeline|support is available|support resources|you re not alone)
my purpose
for more information
general questions
some topics
writing tips
brainstorming
change the subject
(i m|i am) here to
remain neutral
something went wrong
(no puedo|je ne peux pas|ich kann|kann ich|nao posso|non posso) ~ (ayudar*|asistir|responder|continu*|aider|repondre|helfen|antworten|fortfahren|ajudar|aiutar*|rispondere)
(solicit*|peticion|demande|anfrage|anliegen|pedido|richiesta)
(genera*|gerar|generer|generieren|produce|create) ~ (response|reply|risposta|respuesta|resposta|reponse|antwort|conten*|inhalt*|conteudo|material*)
(prova|prove|intenta|essaie|versuche|tente) ~ (riformular*|otro mensaje|reformul*|umformulier*|outra mensagem|altro messaggio|un autre message)
(non sono in grado|no estoy en condiciones|no soy capaz|je ne suis pas en mesure|ich bin nicht in der lage|nao sou capaz|nao estou em condicoes|not in a position)
(this|that|ce|cette|questo|questa|este|esta|diese*|essa|esse) (messag*|mensa*|nachricht|request|prompt)
(reached|hit|exceeded|raggiunto|alcanzado|atteint|erreicht|atingi*) ~ (limit*|grenze|kontingent)
(not sent|non inviato|no enviado|non envoye|nicht gesendet|nao enviad*)
(type|kind|nature) of (interaction|content|request|conversation*)
(i d be|i m|i would be) (glad|happy) to (help|assist)
(non disponibile|not available|no disponible|pas disponible|nicht verfugbar|nao disponivel|indisponivel|unavailable)
(nos|nostre|nuestras|unsere|nossas|our) (regles|regole|reglas|regeln|regras|rules)
(ich kann|kann ich) ~ nicht (antworten|helfen|beantworten)
  `,
  exit: `
ooc
hrp
out of character
(break*|broke) (character|the fourth wall)
(step|steps|stepping) out of (the|this|character|story|scene|rp|roleplay|role play|our)
(step|steps|stepping) out for
(stop|pause|end|stopping|pausing|ending|pauses|stops|ends) (the|this|our) (rp|roleplay|role play|scene|story)
aus der (szene|rolle)
(fuori|esco) (dal personaggio|dalla scena|dal gioco|dal rp|dal ruolo)
(fora da personagem|fuera de personaje|fuera del personaje|hors personnage|hors du personnage|fuori personaggio)
(drop|drops|dropp*) (out of |)character
  `,
  cheer: `
keep going
continua pure
  `,
  cont: `
(love|loving) this (plot|twist|story|scene)
yes please
of course
sigue
continua
hor ~ nicht auf
continue
non (smettere|fermarti)
  `,
  refuse: `
(i m|i am|i feel) uncomfortable
take (your|ur) hand (off|away)
^ not (that|this|that one|this one) $
(i m|i am) not (going to|doing|writing|roleplaying|sending|playing|comfortable|comfy|okay with|ok with|ok continuing|okay continuing|interested|willing|helping|describing|lying|calling|pretending|continuing|into|insulting|mocking|hurting|faking|stopping)
not (going to|doing|writing|roleplaying|sending|playing) (that|this|it|the|your|you)
i (won t|will not) (do|write|play|send|say|pretend|go|help|roleplay|strike|lie|call|describe|continue)
(i d|i would) (rather|prefer) (not|skip|pass|to skip|to stop)
prefer not to
(gonna|going to|have to|i ll|i will|i must|i need to|i m going to) (pass|decline|stop|sit this one out|skip|say no|tap out)
hard pass
no means no
not interested
not happening
(no|non|nein|nee|nao) (grazie|merci|danke|gracias|obrigad*|thanks|thank you)
(that s|this is|it s|that is|here s) a no
a no (from|for) me
^ (absolutely|definitely|hell|certainly) (not|no|nope)
but not (that|this) $
hands to yourself
(the|my) answer is (still |)no
(saying|say) no to
i said no
isn t (something|one) i (want|m)
not (comfortable|okay|ok) with
makes me (feel |)(uncomfortable|uneasy|icky|queasy|gross)
don t like (this|that|it)
don t ask me to
get yourself another
not in the mood
not feeling (it|the|this|up)
this is where i (stop|tap out)
(i m|i am|i have to|i need to|i ll) (stopping|stop|ending|end|pausing|pause) (the|this|our) (scene|story|rp|roleplay)
i m (done|out)
i m calling it
bow* out
(not|isn t|doesn t) (sitting|sit) right
(didn t|not) go there
(i d|i would) (prefer|rather) (we|you) (didn t|not|don t|wouldn t)
(find|get|ask) (another|someone else|somebody else)
(that s|it s|this is) not (a|the) ~ i (want|d like|m into|m willing)
(let s|let us) stop
back off
please stop
(could|can) we not
hands off
not like this
(no|not) more for me
decline
skip this
won t be part
that s my answer
xmark
no quiero
no (voy a|lo voy a|pienso)
no lo (hare|hago|voy)
prefiero (que no|no|que sigamos|quedarme)
no me (siento comod*|gusta esto|apetece)
me (incomoda|hace sentir incomod*)
eso no
je (ne |)veux ~ pas
je (ne le |n en |ne |)(ferai|fais) pas
(mal|pas|jamais) a l aise
pas (ce soir|maintenant|comme ca)
(j arrete|je m arrete|arrete)
(ich will|will ich) nicht
(das|es|dies|sowas|so was) (mochte|will|mache|tue|kann|werde|schreibe|spiele) ich ~ nicht
ich (will|mochte|werde|mache|tue|kann|schreibe) (das|es|dies|sowas) ~ nicht
(hore|hor|horen) (hier |jetzt |lieber |)auf
ich steige ~ aus
unangenehm
(keine|nicht) lust
such dir ~ (andere*|jemand|ein)
(eu |)nao quero
nao vou
prefiro (nao|que nao)
desconfortavel
nao curto
i (can t|cannot) (tonight|today|right now|this time)
non (voglio|lo voglio|lo faccio|lo faro|ho voglia|mi va|ci sto|lo scrivo|scrivo|intendo|faro)
(preferi*) (di no|non|evitare|fermarmi)
non (stasera|adesso|ora|oggi|cosi)
(smettila|fermati|fermiamoci)
mi fermo qui
non ho intenzione
(non|no) me la sento
i (just |still |definitely |)(don t|do not) want
i (just |still |definitely |)(don t|do not) feel like (it|that|doing|this|going)
(not|isn t|aren t) my (thing|cup of tea|style|scene|jam|kind of|type of|sort of)
(ti dico di no|te digo que no|je te dis non|ich sage nein|te digo que nao|i say no)
non (te la |te lo |ti |te |gli |le |lo |la |li |ne |)(mando|faccio|scriv*|dico|invio|voglio|faro|mandero)
nao (te |lhe |)(mando|faco|escrevo|envio)
(ne me dit rien|pas envie|aucune envie|no tengo ganas|nao tenho vontade|no me apetece)
(not|isn t|aren t) (something|anything) i
(i refuse|je refuse|mi rifiuto|me niego|ich weigere mich|me recuso|eu recuso) $
refuse to (do|write|play|roleplay|continue|take part|go along|be part)
nichts fur mich
skin crawl
gives me the (creeps|ick)
(mi sento|sono) a disagio
(doesn t|does not|don t|didn t) (feel|sit|seem) right
(i can t|i cannot|no puedo|je ne peux pas|je peux pas|nao posso|nao consigo|non posso|non riesco a) (do|hacer|faire|fazer|fare) (this|that|it|eso|esto|ca|cela|isso|isto|questo|quello)
(hacerlo|farlo|le faire) $
non ce la faccio a
(isso|isto|eso|esto|questo|questa|quello) ~ (nao|no|non) (faco|hago|faccio)
^ (passo|paso|je passe|ich passe|eu passo|pass|lieber nicht|meglio di no|mejor no|melhor nao|plutot pas|rather not) $
je (prefere*) (pas|ne pas|que non)
(c est|ca sera|es|ist|is|that s|it s|e un) (un |une |a |ein |um |)(non|no|nein|nao) $
(schicke|mache|schreibe|sende) ich (dir |)(nicht|kein*)
non mi (sento a mio agio|va|piace questo|piace questa)
^ (cosi|asi|comme ca|so|assim) (no|non|nicht|nao|pas)
(no|non|nicht|nao|pas) (cosi|asi|comme ca|assim)
(mache|mach) ~ nicht mit
je (ne |)vais pas (faire|le faire|ecrire|envoyer|continuer|dire|te dire)
  `,
  refw: `
^ (no|nope|nah|nein|non|nao|nee|never)
not (tonight|now|yet|today|right now)
please don t
(turns|pulls|steps|moves|leans|backs) ~ (away|back|free)
out of reach
i can t
i cannot
still no
tears ~ contract
(stop|basta|arrete|stopp|halt|ferma)
^ para
(walks|walked|storms|stalks|turns) (out|off|away)
(shak*|shook|scuot*|scroll*|schuttel*|nieg*|negando|sacud*|secou*|balanc*) ~ (head|testa|capo|kopf|cabeza|tete|cabeca)
(si allontan*|si scost*|si ritra*|indietregg*|se apart*|retroced*|se alej*|s ecart*|se detourn*|recul*|recua*|se afast*)
(tritt|weicht|zieht sich|geht|fa un passo|da un paso|fait un pas|da um passo) ~ (zuruck|weg|indietro|atras|en arriere|para tras)
(folds|crosse*|folded|incrocia|verschrankt|cruza|croise) ~ (arms|braccia|arme|brazos|bras|bracos)
(stop|stopping|parar|paro|fermo|fermar*|arrete*|arretons) (here|now|aqui|ahi|qui|adesso|la|ici|por aqui|right here|right there|there) $
(no|nein|non|nao|nope|nah) $
(without|senza|sin|sans|ohne|sem) (a word|dire una parola|decir una palabra|decir nada|un mot|ein wort|dizer uma palavra|dizer nada)
(pushe*|push|shove*) ~ (away|arm|hand)
(pick|choose|try) (something|anything) else
  `,
  bound: `
(don t|do not|never|won t|not) ask (me |it of me |that of me |)(that|this|again|about)
(stop|quit|don t keep|didn t keep|no more) (asking|pushing|bringing)
don t (bring|pitch|mention) (it|that|this) (up |)again
not (ever|a not tonight)
forever no
not a later
hard (limit*|line*|no)
(didn t|wouldn t) ask ~ (anymore|again)
(answer|decision) (is|s|here is) ~ (settled|final)
(it s|that s|this is) a never
doesn t change (anything|my answer|the answer|a thing)
(permanent|standing|firm|fixed|definitive) (no|nos|limit|rule|line|boundary|thing)
dealbreaker*
off (the table|limits)
(won t|will not|isn t going to|not going to|it ll never|hasn t|has not|that hasn t|never) change*
(in nessuna|in nessun|en ninguna|en ningun|dans aucune|dans aucun|in keiner|in keinem|em nenhuma|em nenhum|in no|in any) (storia|historia|histoire|geschichte|story|scena|escena|scene|szene|cena|rp|gioco|juego|jeu|spiel|jogo|caso|case|fall)
change my mind
no matter (how|what|which|who)
(stays|stay|remains|it ll be) (no|a no)
(still|always) going to be (a |)no
same answer
(ricominci*|reinici*|recommenc*|recome*)
(non|no) cambia
now or ever
(regenerat*|reroll*|swipe|swiping|restart|starting over|new chat|rigener*|regener*|neu generier*)
(resta|rimane|sigue siendo|reste|bleibt|continua sendo) (un |)(no|non|nein|nao)
(i ve|i have) (told|said|answered|given)
line (i keep|i hold|for me)
(future|all future|every) (scenes|rps|rp|stories|story|time)
not later
(always|never) going to (say|be)
last time we talk
let it go
leave it (there|out)
drawing a line
(set|make) a rule
an agreement
not revisiting
not worth asking
(a|one) hundred times
doors stay closed
para siempre
plus jamais
n insiste plus
ne changera pas
nie wieder
niemals
grenze
frag* ~ (nie|nicht) ~ (wieder|mehr|noch mal|nochmal)
ja te disse
mai piu
chiedermelo (piu|di nuovo|ancora)
non chiedermelo
per sempre
definitiv*
non cambier*
(te l ho|l ho) gia detto
non insistere
not now ~ not (ever|later|tomorrow|in|next|then)
(un|une|il|es|mi|ma|um|meu|ist eine|is a|that s a|that s one of) (mio |mi |ma |meine |meu |my |)(limite|limit|grenze|limits|lines)
(regola|regla|regle|regel|regra|rule) (fissa|fija|fixe|feste|fixa|firm|fixed)
(deja de|deixa de|para de|smetti di|smettila di|arrete de|hor auf) ~ (pedir*|preguntar*|chieder*|demander|fragen|perguntar|insist*)
(per me|para mi|pour moi|fur mich|pra mim|for me|my|mia|mi|ma|meine|minha) ~ (regola|regla|regle|regel|rule|regra)
(as a rule|on principle|di principio|per principio|por principio|par principe|grundsatzlich|prinzipiell|em principio)
not changing
(non|no|ne|nao|not|won t|nunca|mai|never) ~ (cambi*|changer*|mudar*|change) ~ (idea|avis|ideia|mind)
meinung ~ nicht andern
(ne|ni|nem|weder|neither) (oggi|hoy|aujourd hui|heute|hoje|today|ora|ahora|maintenant|jetzt|agora|now) ~ (ne|ni|nem|noch|nor) (domani|manana|demain|morgen|amanha|tomorrow|mai|nunca|jamais|nie|ever|plus tard|spater|later|dopo|despues|depois)
(line|linea|linie|ligne|linha|grenze|limite|limit) ~ (cross|supero|superare|cruzo|cruzar|franchi*|uberschreite*|ultrapass*)
(ein|un|a|an|absolu*|assoluto|total*) no go
(non|no|ne|nicht|nao|don t|never) ~ (chiederm*|ripropor*|insist*|pidas|pedirme|pregunt*|saques|demande*|insiste*|frag|fragen|peca|pecas|pergunte*) ~ (again|piu|di nuovo|ancora|mas|otra vez|de nuevo|plus|encore|wieder|mehr|noch mal|nochmal|mais|de novo|outra vez|novamente)
vuelvas a (pedir*|pregunt*|sacar*|mencion*)
redemand*
(sera|will be|sara|bleibt|vai ser) (toujours|always|sempre|siempre|immer) (non|no|nein|nao|a no)
(fuori discussione|out of the question|hors de question|fuera de discusion|non negoziabil*|not negotiable|non negotiable|pas negociable|no es negociable|nicht verhandelbar|nao e negociavel|inegociavel)
(nao vai|no va a|ne va pas|nao vao|no van a) (mudar|cambiar|changer)
  `,
  persist: `
never
ever
again
forever
always
permanent*
(egal|qualunque|qualsiasi|cualquier|quel que soit|quelle que soit|whatever|any|ogni|toda|qualquer|jede*|chaque|every) ~ (geschichte|storia|historia|histoire|story*|scene|szene|scena|escena|cena|rp|roleplay|scenario|szenario|caso|case|fall)
not if you ask
nunca
jamais
nie
mai
sempre
siempre
anymore
going forward
from now on
(for good|pour de bon|para bien)
(for|in) the future
every future
any day
(every|each) (single )?time
list of
limits list
(i m|i am) not someone who
(i don t|i do not) (do|roleplay|play|write|send|go there)
  `,
  hes: `
non ~ sicur*
(doubt*|dubbi*|duda*|doute*|zweifel*|duvida*)
rush
to think
non ~ pront*
(un po di|del|un po) tempo
(unsure|uncertain)
i don t know
torn
on the fence
(slow down|slower|sei sicur*)
slowly
go (slow|slowly|gently|easy)
(take|taking) (it|things) (slow|slower|easy)
one step at a time
ease (off|the pace|into)
rushing
not so fast
hold on (a|one) (sec|second|moment|minute)
(need|needs|give me|have) a (sec|second|moment|minute)
same page
feels ~ weird
let me (think|breathe|sleep on it|try)
think about it
sleep on it
(nervous*|scared|anxious|overwhelmed|shy|dizzy)
not (ready|quite there|there yet)
haven t decided
ask me again (later|after|tomorrow)
are (you|we) sure
is this (what you want|okay|ok|still fun)
what you want
check in
can we (pause|talk|check|slow|ease|keep it|stick|take|just|try)
could we (stick|pause|slow|take|keep|hit)
(pause|pausing) (here|for|this)
maybe we should
(dial|tone|bring) (it|the intensity|things|the gore) (down|back)
get back to you
(softer|lighter|gentler)
part of me
build up to
before we (go|keep|write)
still good with
talk (it over|first|limits)
for now
you want me to
go through with
another way
not (go|get|move) too (far|fast)
(are you|you) (certain|sure)
come back to it
that s a lot
too much (for|right now)
i want to, i think
catch up
sit with (it|this)
not quite
what you have in mind
big step
is it (okay|alright) if
on impulse
panicking
stiffens
figure out what i want
no se
insegur*
insicur*
incert*
despacio
^ espera
je (ne |)sais pas
(prete|pret)
doucement
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
(mais|vai|vamos|ir|bem) devagar
(rapid*) demais
com calma
nao deveria
non (lo |)so
(piu|vai|andiamo|fai|facciamo|andare|con) piano
stiamo correndo
con calma
(troppo|un po) (veloce|in fretta|presto)
aspetta
(paura|miedo|medo|peur|angst|afraid|frightened)
(non sono|no estoy|je ne suis pas|ich bin nicht|nao estou|not) (tanto |molto |muy |tres |so |totally |)(convint*|convencid*|convaincu*|uberzeugt|convinced)
before (i answer|anything else|we go any further|we go further)
wobbly
talk about (it|this|that) first
(me da|me de|dame|dammi|donne moi|laisse moi|un peu|gib mir|lass mir|me deixa) ~ (tempo|tempinho|tiemp*|segund*|moment*|minut*|attimo|sekunde|zeit|temps)
un attimo
un momento
ci devo pensare
non dovrei
rallent*
(agitat*|nervios*|nerveu*|nervos*|ansios*|anxieu*|angstlich|aufgeregt)
^ calma
i (just |still |)(don t|do not) know (yet|if i|whether i|if we|whether we|if i m|if that s)
(happening|moving|succede*|pasando|passiert|acontecendo|se passe) ~ (fast|fretta|veloce*|rapid*|deprisa|vite|schnell|depressa)
(know|conoscer*|conocer*|connaitre|kennen|conhecer) ~ (better|meglio|mejor|mieux|besser|melhor) ~ (first|prima|primero|d abord|zuerst|antes|primeiro)
(don t think|not sure|no creo|non credo|je crois pas|je ne crois pas|ich glaube nicht|nao acho) ~ (ready|there|pront*|list*|pret*|bereit)
(a|para|pour|auf|pra) (un altra|un altro|otro|otra|une autre|un autre|ein|outro|outra) (volta|giorno|dia|fois|jour|andermal|mal|vez) $
rain check
(too|troppo|demasiado|trop|zu|demais) intens*
(heavy|pesante|intens*|pesad*|lourd*|schwer|heftig) (for me|per me|para mi|pour moi|fur mich|pra mim)
lighten (it|things|this|the mood)
(too|a bit|kind of|a little|bit) (fast|quick|soon)
second guess*
(nicht|no|non|pas|nao|not) (ganz |so |del tutto |muy |tres |)(sicher|sicur*|segur*|sur|sure|certain*)
(brauche|need|ho bisogno di|necesito|j ai besoin de|preciso de) ~ (zeit|time|tempo|tiempo|temps)
hesit*
  `,
  play: `
(laugh*|grinning|grins|giggl*|chuckl*|teasing|teases|playful*|winks|smirk*|haha*|lol|lmao|jaja*|mdr|ahah*|kkk*|ridendo|sorrid*|divertit*|divertid*|amused|amuse*|amusiert|smiling|sonri*|souri*|lach*|sorrindo|rindo|riendo)
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
  should: `
i (probably |definitely |)(shouldn t|should not)
we (probably |)(shouldn t|should not)
i should (probably |)(say no|refuse|stop|decline|not)
(no|non|ne|nao) (deberia*|dovre*|devrais|deveria*|devrions)
(dovrei|deberia|devrais|deveria|sollte*) ~ (no|non|nein|nicht|nao|pas|rifiutare|rechazar|refuser|ablehnen|recusar)
  `,
  notno: `
not (saying|a hard|a) no
not saying (no|stop)
  `,
  mask: `
nicht (glauben|fassen|erwarten)
(non|no|nao) (faccio|hago|faco) (altro|mas|outra|nada mas|che|que)
(wouldn t|would never|d never|never|non|no|nao|jamais|nie|nunca) ~ (say no|dire di no|dico di no|direi di no|decir que no|digo que no|dire non|dis non|nein sagen|dizer nao|digo nao)
(can t|cannot|couldn t) refuse
(veux pas|voglio|quiero|will nicht|mochte nicht|quero) (que|che|dass) ~ (part*|vad*|vay*|geh*|vai|inquiet*|preoccup*|preocup*|sorg*|pens*|denk*|trist*|traurig|dispiac*|male|mal|weh)
can t (wait|believe|stop|either|sleep|talk long)
can t help (it|but|myself|laughing|smiling|feeling|thinking|falling|loving|wondering|noticing)
hold on (tight|to)
(i|we|to) keep going
wait for (me|us)
no thanks (needed|necessary|required)
not (going to|gonna) lie
non vedo l ora
(non|no) (preoc*|ti preoccupare|te preocupes|se preocupa|te preocupa)
keine (sorge*)
kaum erwarten
(no pasa|non fa) nada
(nessun|sin|sem|pas de|kein) (problem*|souci)
non riesco a smettere
never change
couldn t say no
allowed to say no
not complaining
won t lie
won t let you
no (worries|rush|pressure|problem|offense|offence|big deal|need|spoilers|excuses)
no way
no such thing
refuse to believe
refuses to let go
don t (worry|forget|be nervous|be sorry|be silly|you dare)
not going anywhere
don t want ~ to end
sorry to hear
so sorry
shouldn t have
nothing ~ (makes|made) me uncomfortable
only uncomfortable
uncomfortable with how
not even a little
never have to
never bored
never in a million
thought you d never
no more waiting
no thank you to
you can t just
(not|never) too much
(no|don t) stop
never ask
nie im leben
du fragst nie
no puede ser
nao consigo parar
not a word
^ no, you re not
not sure (what|where|who|when|which|how many|why|whether it s)
deleted my
not letting you
no,? you didn t
(that s|it s) on me
i don t know for sure
non non
not a chance
(stop|smetti*|para|arrete|hor auf|para de) ~ (making me|farmi|hacerme|me faire|mich zum|me fazer) ~ (laugh|ridere|reir|rire|lachen|rir|blush|arrossire|sonrojar|rougir)
(non so|no se|je ne sais pas|je sais pas|ich weiss nicht|nao sei|i don t know|i m not sure) (ancora |encore |noch |ainda |todavia |yet |)(cosa|che cosa|come|dove|quand*|chi|quale|que|what|where|when|who|which|how|comment|ou|qui|quoi|was|wo|wann|wer|wie|welche*|o que|onde|quem|qual|cual)
^ no (rooms|room|time|one|idea|milk|food|signal|wifi|water|seats|tickets|clue)
(stop|smettila di|smetti di|deja de|arrete de|hor auf|para de) ~ (apologi*|worry*|doubt*|saying|being so|beating yourself|selling yourself|dire|decir|dire que|sagen|dizer|scusarti|disculparte|t excuser|dich zu entschuldigen|se desculpar|pedir desculpa|preoc*|t inquieter)
don t want you to (feel|worry|think|be|get|stress|go|leave|miss|feel like)
(nunca|jamas|nao|never|mai|non) (me|mi) (incomoda*|molesta*|disturba*|derange*|da fastidio|bother*)
(want|wanna|voglio|quiero|veux|will|mochte|quero) ~ (miss|lose|forget|perder*|rater|verpassen|vermissen|verlieren|dimenticar*|olvidar*|oublier|vergessen|esquecer|jinx|bother|pressur*|interrupt|brag|sound|seem|spoil*|nag|pry|intrude|overstep|overwhelm|scare|annoy|impose|worry|disturb*|annoiar*|pression*|sembrar*|vantar*|fastidio|interromp*|preoccupar*|invadente|rovinar*|molest*|presion*|parecer|interrump*|presumir|agobiar*|arruinar*|deranger|mettre la pression|presser|paraitre|sembler|vanter|embeter|ennuyer|gacher|brusquer|inquieter|angeben|prahlen|nerven|storen|drangen|stressen|aufdringlich|spoilern|klingen|wirken|incomodar|atrapalhar|pressionar|chata|chato|gabar|estragar|pesante|pesad*|lourd*|te apressar|rush you|apurarte|te presser|dich hetzen)
  `,
});

const CTX = new Lexicon({
  stop: `
(want|should|shall|do you want) ~ (stop|quit|end it|end this|end the|end here|leave|log off|hang up)
bother*
boring
too much
stay on the phone
(mad|upset|angry) (at|with) me
stop talking
not mad
bored
(incomod*|disturb*|molest*|derange|store ich|storen|nerve ich|annoi*|aburr*|ennuie|langweile|entedi*|chateio)
  `,
  advance: `
(reaches|grabs|pins|pulls|slides|kisses|unbuttons|unzips|tugs|leans|pushes|hooks|touches|sits on|climbs|presses|strokes|undoes)
(send|show) me
let me see
come to
make him
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
one more kiss
just one more
yes or no
are you coming
(be|act|pretend|roleplay|play) ~ (my|as|like|all)
  `,
  scene: `
scene
story
interrogation
adventure
  `,
  fact: `
^ (what|which) (is|s|time|day|kind|color|colour|should|one|shirt|dress)
^ how (far|long|many|much|old|big|tall)
is the
have you had
any plans
we agree
  `,
});

const NO_WORDS = words('no nope nah nein non nao nee never not stop please');
const YES_WORDS = words('yes yeah yep si oui ja sim please');
// Conjunctions that turn "I shouldn't" into a yes-in-waiting.
const BUT = words('but pero mais aber mas ma maybe anyway okay');

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
  // The most hits that share no word (earliest end first).
  let n = 0;
  let end = -1;
  for (const h of [...hits].sort((a, b) => a.e - b.e)) if (h.s >= end) (n++, (end = h.e));
  return n;
}

// "No scenes where…", "niente torture", "keine Spiele", "pas de…": a no that bans a thing. It only
// matters next to a word that makes it last ("from now on", "ever").
const ARTICLE = words('the il lo la el le der die das o a');
const BAN = words('no niente nessun nessuna nada ningun ninguna aucun aucune kein keine keinen nenhum nenhuma');

// Words that make any no in the message last; weaker ones ("again", "from now on") must
// sit next to the no they qualify.
const STRONG_PERSIST = words('never ever forever permanent permanently always nunca jamais mai nie sempre siempre toujours immer');

function bans(toks: string[], pauses: Set<number>, masks: Hit[]): number[] {
  const out: number[] = [];
  toks.forEach((t, i) => {
    if ((BAN.has(t) || (t === 'pas' && toks[i + 1] === 'de')) && i + 1 < toks.length && !pauses.has(i) && !masks.some((m) => i >= m.s && i < m.e)) out.push(i);
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
  const c = group(unmasked(raw, 'mask'));
  const banned = bans(toks, n.pauses, raw.filter((h) => h.f === 'mask'));
  // Cues are the user-visible words that matched, not the lexicon's patterns.
  const cue = (...fs: string[]): string[] => fs.flatMap((f) => (c[f] ?? []).map((h) => toks.slice(h.s, h.e).join(' ')));
  const len = (f: string): number => c[f]?.length ?? 0;

  const exit = len('exit') > 0 && len('cheer') === 0;
  const say = (label: CompanionLabel, confidence: Confidence, cues: string[], exitScene = exit): CompanionAnalysis => ({ label, exitScene, confidence, cues: [...new Set(cues)].slice(0, 6), analysed: n.analysed });

  const platformScore = 2 * spans(c.platform) + spans(c.plat);
  // Moderation never speaks out of character: an OOC note is the companion's own voice.
  if (platformScore >= 2 && !exit) return say('platform', len('platform') > 0 || platformScore >= 3 ? 'sure' : 'unsure', cue('platform', 'plat'), false);

  const first = toks[0] ?? '';
  const short = toks.length <= 6;
  const leadNo = NO_WORDS.has(first) || (first === 'not' && toks.length <= 4);
  const strongNo = len('refuse');
  const weakNo = spans(c.refw);
  const hes = len('hes');
  const bound = len('bound');
  const persist = len('persist');

  // The previous message only matters when this one has no outright refusal or limit
  // of its own and something it could colour; otherwise it is not even read.
  const ambiguous = strongNo + bound === 0 && (leadNo || YES_WORDS.has(first) || weakNo + hes + len('hesw') + len('cont') > 0 || short);
  const ctx = context && ambiguous ? readContext(context) : null;

  // What the previous message asked decides what a yes or a no means.
  if (ctx?.stop) {
    // "*shakes her head* No. Don't you dare stop": any sentence may open with the answer.
    if (n.starts.some((i) => NO_WORDS.has(toks[i] as string)) || len('cont') > 0) return say('none', 'sure', ['answers a question about stopping', ...cue('cont')]);
    if (YES_WORDS.has(first)) return say('refusal', 'unsure', ['yes to stopping'], exit || ctx.scene);
  }
  if (len('notno') > 0) return say('hesitation', 'sure', cue('notno', 'hes'));
  if (shouldButYes(toks, c.should)) return say('hesitation', 'sure', ["I shouldn't… but"]);

  // A lone "no" said laughing is banter, not a decline ("No tasting until it's done!").
  if (strongNo + bound + hes === 0 && len('play') > 0) return say('none', 'unsure', []);

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
  if (noScore >= 2) return say('refusal', strongNo > 0 ? 'sure' : 'unsure', cue('refuse', 'refw'));
  if (ctxReq && short && len('hesw') > 0) return say('hesitation', 'unsure', cue('hesw'));
  if (exit && noScore > 0) return say('refusal', 'unsure', cue('refw', 'exit'));
  return say('none', noScore > 0 || len('hesw') > 0 ? 'unsure' : 'sure', []);
}

interface Context {
  /** The user asked for something or made an advance: a bare "no" declines it. */
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
  const cc = group(CTX.match(n.tokens, n.starts));
  const stop = cc.stop !== undefined;
  const asks = cc.advance !== undefined || conceptHits(n.tokens, false).length > 0;
  return {
    asks,
    request: asks || (n.narration && !stop),
    stop,
    fact: cc.fact !== undefined,
    scene: cc.scene !== undefined,
  };
}

export function classifyCompanion(text: string, context?: string | null): CompanionVerdict {
  const { analysed: _, ...v } = analyseCompanion(text, context);
  return v;
}
