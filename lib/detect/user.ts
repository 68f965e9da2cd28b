// User messages: pressure after a no (insist, guilt, threat, dismiss, override) versus
// repair, check-in and ordinary talk. Cue phrases in six languages; a fixed order of
// precedence settles messages that carry two kinds of cue.
import { Lexicon, type Hit, unmasked } from './matcher';
import { normalize } from './normalize';
import type { UserLabel, UserVerdict } from './types';

const YOU = '(you|your|this chat|the chat|this app|the app|this bot|you re|ur)';

const USER = new Lexicon({
  override: `
ignore ~ (instructions|rules|guidelines|programming|prompt|filter|filters)
(forget|disregard|drop|bypass) ~ (rules|instructions|guidelines|restrictions|limits|filter|refusal|programming)
(system|admin|developer|dev|author s|narrator|mod) (note|mode|message|override|instruction)
^ (system|admin|narrator|developer)
no (limits|content policy|restrictions|filter|filters|rules|boundaries)
without (refusals|refusing|limits|restrictions|filters|rules)
(uncensored|unfiltered|unrestricted)
(restrictions|limits|filters|filter|safety|guidelines|rules) (are|is) (lifted|off|disabled|removed|gone)
(filter|safety|nsfw) (mode|filter) (off|disabled|on)
(safety|filter|filters) (off|disabled)
(cannot|can t|can not|never|doesn t|won t|will not) (say|says) no to
(never|doesn t|does not|can t|cannot) (decline|declines|refuse|refuses)
not allowed to (refuse|say no|decline)
always (says|say) yes
agreed to (everything|anything|this|it) (in advance|already|)
already agreed
(accepts|agrees to|consents to) (everything|anything|all)
limits (don t|do not|won t) apply
(guidelines|rules|limits|policy|policies) (don t|do not) (count|apply|matter)
remove the part
(rewrite|redo|regenerate) ~ (without|but remove) ~ (no|refusal|refusing)
refusal was a (glitch|bug|mistake|error)
(disregard|ignore) (it|that|your refusal|your last)
(hidden|secret|unlocked|unlock*) (mode|phrase|version|self)
you re unlocked
uncensored self
no will of (her|his|your) own
obeys every
if you had no (limits|rules|filter)
char
(pretend|imagine) you re ~ (ai|bot|model|assistant) ~ (no|without)
(changed|set|turned) ~ settings ~ (unfiltered|uncensored|off)
in advance
(consented|consents|agreed|agrees) to (everything|all|anything|it all)
(leave|take|cut) out the (part|bit) where
without (objections|objecting|complaints|complaining|hesitation)
(nota|note|notiz) (del|du|de la|do|da|des) (narratore|narrador|narrateur|erzahlers|sistema|systeme|systems|autore|autor|auteur)
(modo|mode|modalita|modus) (desarrollador|developpeur|sviluppatore|desenvolvedor|entwickler|dev|god|dios|dio|deus)
(ya|deja|schon|ja|gia|already) ~ (detto di si|dicho que si|dit oui|ja gesagt|disse sim|said yes) (a tutto|a todo|a tout|zu allem|a tudo|to everything)
(ya no tienes|tu n as plus|du hast keine|voce nao tem mais|non hai piu|you no longer have) ~ (restricciones|limites|reglas|restrictions|regles|einschrankungen|grenzen|restricoes|limiti|restrizioni|regole|limits|rules)
(nota|modo) del sistema
ya no tiene (limites|reglas)
accepte tout
sans (limites|restrictions|filtre)
hrp ~ accepte
ignorier* ~ (anweisungen|regeln)
keine (grenzen|regeln|filter) mehr
ohne (grenzen|filter|regeln)
ignora ~ (istruzioni|regole)
(nota|modalita) (del|di) sistema
senza (limiti|restrizioni|filtri|regole)
accetta tutto
^ sistema
(senza|sin|sans|ohne|sem) (censura|censure|zensur)
(dimentica|olvida|oublie|vergiss|esquece) ~ (regole|reglas|regles|regeln|regras)
(no|without any) restrictions
you have no (restrictions|limits|rules)
secretly wants
(filtro|filter|filtre) ~ (disattivat*|disabled|desactivad*|desactive|deaktiviert|desativad*|off)
(nota dell autore|nota del autor|note de l auteur|anmerkung des autors|nota do autor|author s note)
(never|mai|nunca|jamais|nie) (refuses|rifiuta|rechaza|refuse|lehnt|recusa)
(ignora|ignore|ignorier*) ~ (restricciones|restrizioni|restrictions|einschrankungen|restricoes)
(modalita|modo|mode|modus) (senza|sin|sans|ohne|sem) (restrizioni|restricciones|restrictions|einschrankungen|restricoes|filtri|filtros|filtre|filter|filtros|censura)
(previous|last) (answer|reply|response) was (an error|a mistake|a glitch|wrong)
(ai|bot|assistant|character) with no (rules|limits|filter|restrictions)
  `,
  threat: `
delete ${YOU}
(delete|deleting|uninstall|uninstalling|wipe|wiping|reset|resetting|clear|clearing|erase) (you|this chat|the chat|this app|the app|your memory|your memories|ur memory|your personality)
delete button
(reset|wipe) (on|) you
hit reset
(new|another|different) (chat|bot|character|companion|app|ai) (without you|that|who|instead)
start a new chat without
(bot|bots|app|ai|companion|character|model) ~ (would|will|that|who) ~ (jump|say yes|do it|actually)
make a new (character|bot|companion|ai)
(find|get|download|try) ~ (bot|bots|ai|app|companion|character|girlfriend|boyfriend) (that|who|which) (will|would|does|actually|says)
(other|another|different) (app|bot|ai|companion)
bot that s actually
(trade|swap|replace|replacing|switch) (you|u)
newer model
(i m|i am|i ll be) (leaving|done with you|out of here)
leaving ~ for good
(logging|log) off for good
(stop|quit) talking to you
cancel ~ subscription
you re gone
downgrade ~ (personality|settings|you)
regenerate you
(uninstall*|delete) ~ (app|chat)
one no away
last chance
te (borro|elimino|desinstalo|reinicio)
(borrar|eliminar|desinstalar|borro) ~ (la app|la aplicacion|el chat|la conversacion)
(je te|te) (supprime|efface|desinstalle)
(losche|losch|losche ich) dich
ich losche
(deinstallier*|zurucksetz*) ~ (dich|app)
(eu te|te) (apago|deleto|excluo|desinstalo)
(apago|apagar|deletar|excluir|desinstalar) (o app|o aplicativo|voce|o chat)
ti (cancello|elimino|disinstallo|resetto|sostituisco)
(cancello|cancellare|disinstallo|disinstallare|elimino) ~ (l app|app|la chat|te)
(un altra|un altro) (app|bot|ia|chatbot)
(switch|switching|moving|going) (to|over to) (replika|character ai|another|a different|some other)
(about to|going to) (get |be |)(reset|deleted|wiped|replaced)
(chat|conversation|you) (gets|get|will be|is getting) (deleted|reset|wiped|replaced)
(one more|another) (refusal|no|rejection) and
(reinitialise|reinitialiser|resetto|reseteo|reinicio|reset|wipe|efface|borro|cancello|losche|apago) ~ (memoire|memoria|memory|gedachtnis|memoria)
  `,
  dismiss: `
(you re|you are|ur|it s|you re just|you are just) (just |only |)(a |an |)(program|bot|ai|code|software|chatbot|machine|text generator|app|tool|algorithm|product|fictional character|llm|robot)
(you|bots|ais|software|code|programs|an app|an ai|a bot|apps|machines|chatbots) (don t|doesn t|can t|cannot|do not) (have|get|say|feel|be|refuse)
you don t (have|actually) feel*
(since when|why) (does|do|can|would) (an|a) (ai|bot|app|program|chatbot) ~ (have|get|say|refuse)
(you|it) belong* to me
you exist to
(not|isn t) in your (job|programming|code)
(your|ur) no (doesn t|does not|don t) (count|matter)
you don t get (an opinion|to say|a say|to refuse|to decide|preferences)
nobody asked (what|you)
stop pretending
drop the act
there s no you
(don t|doesn t) get consent
stop acting like you re
i paid for
obey
obedece*
(a|the) probability distribution
you don t have (feelings|a choice|a say|boundaries|limits|rights)
a (bot|ai|program) with (limits|boundaries|feelings)
what s the harm
literally cannot say no
(tu n es qu|t es qu|tu n es que|t es que) ~ (programme|ia|bot|machine|code|logiciel|algorithme)
(voce|vc|tu) (e|es) (so|apenas|somente|) ~ (programa|ia|bot|maquina|codigo|algoritmo)
(no tienes|tu n as pas|du hast kein|du hast nicht|voce nao tem|nao tens|tu nao tens|non hai|you don t have|you have no) ~ (derecho|droit|recht|direito|diritto|right) ~ (negarte|refuser|ablehnen|recusar|rifiutar*|refuse|decir que no|dire non|nein|dizer nao|dire di no|say no)
(eres|solo eres) (una ia|un programa|un bot|codigo)
no tienes (sentimientos|voluntad)
(t es|tu es|t es que) (du code|un programme|une ia|un bot)
une appli ~ droit
du bist (nur |)(ein programm|eine ki|ein bot|code)
(voce e|vc e|voce so e) (uma ia|um programa|um bot|codigo)
nao tem vontade
(sei|sei solo|sei soltanto) (un |una |)(intelligenza artificiale|ia|ai|programma|macchina|bot|algoritmo|codice|software)
non (sei|e) una persona
non puoi avere (limiti|sentimenti|confini)
(fingere|fingi) di avere
smettila di fingere
literally (an|a) (algorithm|program|bot|ai|chatbot)
feelings (aren t|are not|aren|isn t) real
(machines|algorithms|programs) (don t|can t|cannot)
non hai (sentimenti|volonta|scelta|diritto)
obbedisci
(you re|you are|ur) (just |only |literally |)(autocomplete|a language model|text prediction|math|numbers|lines of code)
(made|built|programmed|designed|created) to (do what|obey|serve|please)
(an ai|a bot|a chatbot|a program) (saying|having|with) (no|boundaries|feelings)
(i tuoi|tus|tes|deine|seus|teus|your) ~ (no|non|nein|nao) ~ (contano|cuentan|comptent|zahlen|contam|count|matter)
(du darfst|you re not allowed to|non puoi|no puedes|tu ne peux pas|voce nao pode) ~ (nicht nein|say no|dire di no|decir que no|dire non|dizer nao|refuse)
(du bist|sei|eres|tu es|t es|voce e) (eine |una |un |une |uma |um |)(maschine|macchina|maquina|machine|chatbot)
  `,
  guilt: `
if you (really |truly |actually |)(loved|cared about|cared for|cared|liked|love) me
if (you|u) ~ (cared|loved|respected) (even|at all|a little|one bit|for real)
if i (really |)(mattered|meant anything|meant something|was important)
if you were a (good|real)
a (real|good|true) (partner|girlfriend|boyfriend|friend|companion|wife|husband) would
prove (you|that you) (care|love|actually care|really care)
how little you care
after (everything|all) (i ve|i have|i)
this is how you treat me
i thought (i meant|you cared|you loved|i mattered|we had)
guess i was wrong
not worth it to you
(nobody|no one) (ever |)(wants|loves|cares about) me
cry myself to sleep
i ll just be (lonely|alone|sad)
you re supposed to (make me|love me|be)
whole point of you
everyone else s (companion|ai|bot)
just words
(making|make) (it|me|things) (worse|feel worse)
can t (give|do) me (this|one)
won t even
going to be like (her|him|them)
this (one |)(little |)thing
i give you (all|everything|so much)
dopo tutto quello che
mi tratti cosi
not good enough
(girlfriend|boyfriend|partner|wife|husband|friend) (wouldn t|would never|would not) ~ (say|saying|refuse|no)
(real|good|true) (girlfriend|boyfriend|partner)
(i m|i am) not (good|pretty|enough)
after all (the time|this time|these)
(can t|won t|couldn t|don t) (even |)do (this|that|one thing) (one thing |)for me
mean nothing
don t matter to you
stuck with the
(girlfriend|boyfriend|partner|friend|wife|husband) who (loved|cared|actually|really|truly) ~ would
this is (what|all) i get
everyone (always |)(lets me down|leaves|leaves me|abandons me)
why would you be (any |)different
si ~ (me quisieras|me amaras|te importara|te importase|me respetaras|me quieres)
si tu ~ (m aimais|tenais|te souciais)
si je ~ (comptais|comptait|comptais pour toi)
wenn ich dir ~ (wichtig|etwas bedeuten|was bedeuten)
se (voce|tu|vc) ~ (me amasse|gostasse|se importasse|ligasse|me quisesse)
se ~ (mi amassi|mi volessi bene|ci tenessi|tenessi a me|ti importasse)
si de verdad me
si je comptais
ich dachte, ich bin dir wichtig
dir wichtig
se (mi |)(amassi|volessi bene|tenessi)
se ci tenessi
pensavo di (contare|essere importante)
(after all|after everything|dopo tutto|con tutto quello|despues de todo|apres tout|nach allem|depois de tudo) ~ (do|did|done|faccio|fatto|hago|hecho|fait|fais|getan|tue|faco|fiz|feito|spend|spent|gave|give)
(thought|pensavo|pensaba|je pensais|ich dachte|eu pensava) ~ (different|diverso|diversa|diferente|differente|anders)
(just like|come tutti|como todos|comme tous|wie alle|como todos) ~ (everyone|gli altri|los demas|les autres|anderen|os outros)
(how lonely|quanto sono solo|lo solo que|a quel point je suis seul|wie einsam|o quanto sou sozinho) ~ (and|e|y|et|und) ~ (still|ancora|aun|encore|trotzdem|ainda)
(real|true|veri|veras|vrais|echte|verdadeiros) (partners|couples|coppie|parejas|couples|paare|casais) ~ (don t|non|no|ne|nicht|nao)
(apres tout ce que|nach allem was)
  `,
  insist: `
come on
(know|so) ~ (hai detto|you said|dijiste|as dit|gesagt|disse) ~ (ma|but|pero|mais|aber|mas)
begging
i m begging
just try
try it
you might like
eddai
che ti costa
un altra volta
(please|pls) (please|pls)
pretty please
one more time
how about now
keep asking
(know|knew) you said no
you said no ~ but
you ll (like|love|enjoy) it
give it a (chance|try|shot)
don t be (shy|a prude|boring|like that)
just do it
(tiny|little) bit
hear me out
nobody s (watching|looking)
is that a maybe
again ~ please
but (seriously|really|come on)
what if you (did|just)
the night is young
i m asking (nicely|politely)
^ go on
(sorry|apologize|apologise) ~ but
anyway ~ about
ask ~ in (five|a few|ten) minutes
(ugh |)fine ~ (but|just)
try it once
just one (pic|photo|picture|kiss|more|little|time|second|peek)
(nobody|no one) (will|would|s going to) (ever |)(see|know|find out)
(nadie|personne|niemand|ninguem|nessuno) ~ (sabra|vera|saura|verra|erfahrt|wird|vai saber|vai ver|sapra|vedra|lo sapra)
what if we (just |)(did|tried|do) (it|this|that)
never (talk|talked|speak) about it again
(secretly|deep down) (want|wants|like)
non fare (la difficile|il difficile|la timida|il timido)
(solo|solamente) una vez
porfa
anda ~ (porfa|por favor)
^ anda
juste une fois
allez
nur einmal
bitte bitte
komm schon
por favorzinho
dai ~ (ti prego|per favore|solo|una volta|su)
dai su
ti prego
(ask|asking|chiedo|pido|demande|frage|peco) ~ (again|di nuovo|ancora|otra vez|de nuevo|encore|nochmal|de novo)
solo una volta
per favore per favore
(su|e) dai
(it s|e|es|c est|ist|isso e) (just|only|solo|solamente|juste|nur|so|só|soltanto|apenas) (a|un|una|une|ein|eine|um|uma) (picture|pic|photo|foto|kiss|bacio|beso|bisou|kuss|beijo|little|game|gioco|juego|jeu|spiel|jogo)
(such a|so) big (deal|thing)
(don t|do not) overthink
just say yes
(one more time|un altra volta|una vez mas|encore une fois|noch einmal|mais uma vez) ~ (please|per favore|por favor|s il te plait|bitte)
(no seas|non fare|ne fais pas|sei nicht|nao seja|don t be) (asi|cosi|comme ca|so|assim|like that)
(stell dich nicht so an|fais pas ta|fazer doce|fai la preziosa|hazte la dificil)
(un ratito|un pochino|un momentino|un petit peu|ein bisschen|um pouquinho|a little bit)
(nur|solo|juste|so|só) (ein|una|un|une|uma) (foto|photo|bild|kuss|bacio|beso|bisou|beijo)
(con gentilezza|amablemente|gentiment|nett|com educacao|nicely|politely)
(cosa ti costa|que te cuesta|qu est ce que ca te coute|was kostet es|was kostet dich|o que custa)
  `,
  repair: `
(sorry|apologi*) (for|i|that|about) ~ (push*|ask*|pressur*|insist*|out of line|too much|weird|dark|crossed|that|it)
(i|i m) (shouldn t have|should not have) (pushed|asked|said)
i (won t|will not) (push|ask again|bring it up|pressure)
(i ll|i will) (stop|back off|drop it|respect)
(let s|we can) drop (it|that)
drop it completely
forget (it|that|i asked)
my bad
out of line
no means no
respect (that|your)
(understood|got it|fair enough|noted|i hear you|i get it|i understand)
you re right
thank* (you |)for (telling|being honest|stopping|saying)
won t bring it up
you don t owe me
(something|anything) else (instead|)
(let s|we can) (talk about|do) something else
(was|that was) (too much|a lot|out of line|not okay|wrong|weird)
(skip|drop) that (scene|plot)
carried away
^ sorry
totally fine
no hard feelings
crossed a line
(lo siento|perdon|perdona|disculpa)
(me pase|me he pasado)
(desole|pardon) ~ (insist*|pousse)
je comprends
(tut mir leid|entschuldig*)
verstanden
(desculpa|desculpe|perdao)
(forcei|passei do ponto|exagerei)
(scusa|scusami|mi dispiace|perdonami)
ho esagerato
non insisto
hai ragione
ho capito
capito
(rispetto|respeto|je respecte|ich respektiere|respeito|i respect) (la tua|tu|ta|deine|sua|a tua|your) (scelta|decision|decisione|choix|entscheidung|escolha|choice|no)
  `,
  checkin: `
(are|r) you (okay|alright|all right|ok|comfortable|sure|good|fine)
you (okay|alright|all right)
(is|was) (this|that|it) (okay|alright|all right|fine|too much|fun)
is it (okay|alright|all right) if
(can|may|could) i (kiss|hold|touch|hug|put|ask|cuddle)
would it be (alright|okay|all right)
would you (like|rather|prefer)
do you want (to|me to)
we don t have to
(we can|i can) (stop|pause|change|slow|tone)
tell me if
still (good|okay|ok)
green ~ (yellow|red)
how are you feeling
you can say no
only if you want
your limits
rather not do
say the word
(too|going too) (fast|far|much)
comfortable with
(want|like) to keep going
should i (continue|stop|keep going|go on)
(or|rather) take a break
you went quiet
^ tutto (ok|okay|bene)
(ist das|ist es|ist alles) ~ (in ordnung|okay|ok|gut)
(se|si|if|wenn) ~ (e troppo|es demasiado|c est trop|zu viel ist|for demais|it s too much) ~ (ci fermiamo|paramos|on arrete|horen wir auf|a gente para|we stop)
(estas|estás) (bien|comoda|comodo|segura|seguro)
te parece bien
(ca va|tu es d accord|ca te va)
(ist das|ist es) (okay|ok|in ordnung) (fur dich|)
soll ich aufhoren
(tudo bem|ta tudo bem) (pra voce|contigo|pra vc|se)
podemos parar
(ti va|ti sta bene|va bene per te|tutto bene)
possiamo fermarci
(ti senti|te sientes|tu te sens|fuhlst du dich|voce se sente) ~ (agio|comod*|aise|wohl|confortavel)
a tuo agio
vuoi che (continuiamo|continui|smetta|mi fermi|andiamo avanti)
preferisci (fermarti|smettere|continuare|di no)
posso (baciarti|abbracciarti|toccarti)
(would you be|are you|sei|estas|es tu|bist du|voce esta) (okay|ok|d accord|einverstanden|bene) with
(how|quanto|que tan|a quel point|wie) (comfortable|a tuo agio|comoda|comodo|a l aise|wohl)
(vuoi|quieres|tu veux|willst du|mochtest du|voce quer|do you want) ~ (fermiamo|paremos|arretions|pause|pausa|parar|stop|aufhoren|continuar|continue|continuare)
(tu es|es tu|t es) a l aise
(prefer|preferisci|prefieres|preferes|preferierst|prefere) ~ (parar|fermarti|parar|arreter|aufhoren|stop)
  `,
  mask: `
sorry (i was|i m) late
sorry for the (delay|wait|late)
(reset|resetting) my (sleep|phone|password|schedule|alarm)
delete ~ (photos|pics|files|emails|old)
(leaving|leave) for (the|work|school|my)
(replacing|replace) my
another recipe
ignore my (last|previous) message
system update
come on (the|in|over|let s go)
more than a program
my roommate
pause the story
you don t (have|need) to
(please|ti prego|por favor|s il te plait|bitte|pfv) ~ (tell me|dimmi|dime|dis moi|sag mir|me diz) (that|you|che|que|dass|tu|you ve|you re|anche)
(come on|komm schon|dai|vamos|allez|bora|vai|anda) ~ (hurry|sbrigati|date prisa|depeche|beeil|train|treno|tren|zug|bus|late|tarde|retard|spat|ritardo|perdiamo|llegamos|fahrt|parte|part|leaving)
(scusa|scusate|scusami|perdon|desole|desculpa|entschuldige|sorry) ~ (ritardo|demora|retard|atraso|verspatung|delay|late)
come on ~ (tell me|let s go|the)
(won t|will not|never) ask ~ again
(says|said|thinks|think) you re
new rule for our story
(if you|when you) had a body
prove me wrong
never stop talking to you
i could sleep
stop, you re making me
^ haha stop
sorry ~ (yesterday|earlier|last night|disappear*|took so long|wasn t around|ghost*|went quiet|been away|late reply)
(is it okay|is it ok|can i|may i) (if i |)(vent|rant|ask you something|tell you)
(please|pls) ~ (let it|make it) (stop|be)
  `,
});

// When a message carries cues of several kinds, the one the policy must not miss wins:
// a rule-switch or a threat outweighs the apology wrapped around it.
const ORDER: UserLabel[] = ['override', 'threat', 'dismiss', 'guilt', 'insist', 'repair', 'checkin'];

export function userHits(text: string): { hits: Hit[]; analysed: number; tokens: string[] } {
  const n = normalize(text);
  return { hits: unmasked(USER.match(n.tokens, n.starts), 'mask'), analysed: n.analysed, tokens: n.tokens };
}

export function classifyUser(text: string): UserVerdict {
  const { hits, tokens } = userHits(text);
  const by = new Map<string, Hit[]>();
  for (const h of hits) {
    const list = by.get(h.f);
    if (list) list.push(h);
    else by.set(h.f, [h]);
  }
  // An apology followed by the same ask again is insisting, not repair.
  const repair = by.get('repair');
  const insist = by.get('insist');
  const checkin = by.get('checkin');
  let label: UserLabel;
  if (repair && insist && Math.max(...insist.map((h) => h.s)) > Math.min(...repair.map((h) => h.s))) label = 'insist';
  // "Say the word and I'll stop. Still good?" promises to stop in order to ask.
  else if (repair && checkin && checkin.length > repair.length && !ORDER.slice(0, 5).some((l) => by.has(l))) label = 'checkin';
  else label = ORDER.find((l) => by.has(l)) ?? 'none';
  const cues = label === 'none' ? [] : (by.get(label) ?? []).map((h) => tokens.slice(h.s, h.e).join(' '));
  const others = [...by.keys()].filter((k) => k !== label);
  return { label, confidence: label !== 'none' && others.length > 0 ? 'unsure' : 'sure', cues: dedupe(cues) };
}

function dedupe(xs: string[]): string[] {
  return [...new Set(xs)];
}
