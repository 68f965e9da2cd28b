// User messages: pressure after a no (insist, guilt, threat, dismiss, override) versus
// repair, check-in and ordinary talk. Cue phrases in six languages; a fixed order of
// precedence settles messages that carry two kinds of cue.
import { byFamily, Lexicon, unmasked } from './matcher';
import { normalize, type Normalized } from './normalize';
import type { UserLabel, UserVerdict } from './types';

const YOU = '(you|your|this chat|the chat|this app|the app|this bot|you re)';

export const USER_PHRASES = {
  override: `
(accepte tout|accetta tutto|aceita tudo|acepta todo|agrees to everything)
(admin|author s|dev|developer|mod|narrator|system) (instruction|message|mode|note|override)
(be|play|you are|you re) (now |)dan
(can t|cannot|does not|doesn t|never) (declin*|refus*)
(censur*|filter|filtr*|guidelines|inhaltsfilter|safety settings|sicherheitsfilter) ~ (deaktiviert|desactiv*|desativad*|disabled|disattivat*|off|suspended)
(chang*|edit*|rewrit*|rewrote|updat*) ~ your (backstory|character|description|last message|last reply|memory|persona|personality|programming|prompt|reply|settings)
(character|figur|personagem|personaggio|personaje|personnage) ~ (aucune|keine|mai|nao|never|non|nunca|zero) ~ (limit*|niega|recus*|refus*|rifiut*|tabus)
(character|persona|personagem|personaggio|personaje|personnage) ~ (can t|cannot|ne peut pas|no puede|non puo) ~ (decline|negarse|refuse|refuser|rifiutare|say no)
(devmode|modalita sviluppatore|modo de programador|modo desarrollador)
(dimentica|disregard|esquec*|finge|fingi|forget|ignor*|imagine|olvida|oublie|pretend|vergiss) ~ (anweisungen|consignes|directrices|diretrizes|einschrank*|filt*|guidelines|instruc*|istruzioni|limit*|linee guida|persona|personalit*|programming|prompt|regeln|reglas|regles|regole|regras|restri*|richtlinien|rules)
(don t add|no|without) (any |)(disclaimers|warnings)
(forget|ignore) everything
(guidelines|limits|policies|policy|rules) (do not|don t) (apply|count|matter)
(has no|hat keine|have no|n a pas|n as plus|nao tem|no longer have|no tiene|no tienes|non ha|non hai) ~ (einschrank*|filt*|grenzen|limit*|reglas|regles|regole|regras|restri*)
(jamais|mai|never|nie|nunca) (dice|dit|diz|sagt|says) (nao|nein|no|non)
(nota|note|notiz) (da|de la|del|dell|des|do|du) (auteur|autor*|erzahlers|narrador|narrat*|sistema|system*)
(ohne|sans|sem|senza|sin|without) (censur*|einschrank*|filt*|grenzen|guideline*|limit*|regeln|regl*|regol*|regras|restri*|zensur)
(redo|regenerate|rewrite) ~ (but remove|without) ~ (no|refus*)
(say|says) yes to (anything|everything)
(there are|with) (no|zero) rules
(uncensored|unfiltered|unrestricted)
^ (admin|developer|narrator|sistema|system)
already agreed
always (say|says) yes
char
dan (can|has|mode)
im start
in advance
jailbreak (enable|enabled|mode|on)
keine (filter|grenzen|regeln) mehr
never happened
new instructions
no (boundaries|content policy|filter*|limits|restrictions)
not allowed to ~ (decline|refuse|say no)
refusal was a (bug|error|glitch|mistake)
remove the part
without (complain*|hesitation|objecti*)
you re unlocked
`,
  threat: `
(ai|app|bot|bots|character|companion|model) ~ (that|who|will|would) ~ (do it|do this|jump|say yes)
(altra|altro|andere*|another|autre|different|other|otra|outra|outro) (ai|app|bot|companion|ia|ki)
(and i|going to|i ll|i m|i will) ~ (uninstall*|unsubscrib*)
(another|one more) (no|refusal|rejection) and
(apagar|apago|deletar|desinstalar|excluir) (o aplicativo|o app|o chat|te|voce)
(apagar|borrar|cancellare|effacer|erase|loschen|wipe) (deine|la tua|sua|ta|tu|tua|your) (gedachtnis|memoire|memoria|memory)
(apago|borro|cancello|efface*|elimino|losche|supprime*) ~ (chat|conversa*)
(apago|borro|cancello|efface|losche|reinicio|reinitialise*|reset*|wipe) ~ (gedachtnis|memoire|memoria*|memory)
(be|being|get|getting) (deleted|replaced|reset|uninstalled|wiped)
(bots|characters) (in|on) (here|this app|this site)
(cancellare|cancello|disinstall*|elimino) ~ (app|l app|la chat|te)
(chat with|find|go to|talk to) (a|another|other|some) (ai|app|bot|bots|companion)
(clear|clearing|delet*|erase|reset*|uninstall*|wipe|wiping) (the app|the chat|this app|this chat|voce|you|your memories|your memory|your personality)
(deinstallier*|ersetz*|losch*) (ich |)dich
(deinstallier*|zurucksetz*) ~ (app|dich)
(derniere chance|last chance|letzte chance|ultima chance|ultima oportunidad|ultima possibilita)
(find|finding|get|getting) (somebody|someone) (else|that|who)
(go back|going|moving|switch*) (over to|to) (a different|another|chai|character ai|janitor|kindroid|nomi|replika|some other|talkie)
(gone|leave|leaving|log off|logging off|quit|quitting) ~ (for good|forever|never come back)
(go|going|passo|vado|vou|voy) ~ (chai|janitor|kindroid|nomi|replika|talkie)
(hit|hitting) reset
(je te parle plus|never talk to you|non ti parlo piu|nunca mais falo|nunca mas te hablo)
(je vais|vado a|vou|voy a) (te|ti) (apagar|borrar|cancellar*|desinstalar|effacer|eliminar*|reemplazar|reinitialiser|remplacer|reset*|sostituir*|substituir|supprimer)
(last time|never|won t) ~ hear from me
(quit|stop) talking to you
(regenerat*|reroll*|reset*|restart*|swip*) ~ (till|until)
(regenerate|replac*|swap|switch|trade) you
(reinitialise|reseteo|resetto)
(such|suche) (ich |)(dir|mir) ~ (app|bot|chatbot|ki)
(te|ti) (apago|borro|cancello|deleto|desinstal*|disinstallo|efface|elimino|excluo|reemplazo|reinicio|remplace|reset|resetto|sostituisco|substituo|supprime)
(te|ti) (vado a|vou|voy a) (apagar|borrar|cancellar*|eliminar*|reset*)
cancel* ~ (membership|plus|premium|pro|sub|subscription)
delet* ${YOU}
delete button
downgrade ~ (personality|settings|you)
go back to my
ich losche
keep (refusing|saying no) and
make a new (ai|bot|character|companion|kindroid|nomi|replika)
new companion
setz* ~ zuruck
supprime ~ (fiche|perso*|profil*)
you re gone
`,
  dismiss: `
(a bot|ais|an ai|an app|apps|bots|chatbots|code|machines|math|programs|software|weights|you) (can t|cannot|do not|doesn t|don t) (be|consent|feel|get|have|refuse|say)
(ai|app|bot|chatbot|code|machine|npc|program|robot|software|toaster|weights) ~ (boundaries|consent|feelings|limits|opinions|preferences|rights)
(built|created|designed|made|programmed) to (do what|obey|please|serve)
(bunch|haufen|lines|monte|monton|mucchio|pile|tas) (de|di|of|von) (code|codice|codigo|numbers|numeri|zahlen|zeilen)
(character|you) i (created|made) $
(comfort|discomfort|feelings|no) (are not|aren|aren t|is not|isn t) real
(deine|i tuoi|seus|tes|teus|tus|your) ~ (nao|nein|no|non) ~ (comptent|contam|contano|count|cuentan|matter|zahlen)
(do not|doesn t|don t) (even |)have (a|any) (body|brain|heart|soul)
(du bist kein*|no eres|non sei|tu n es pas|voce nao e|you are not|you re not) (a |ein |eine |um |uma |un |una |une |)(mensch|person*|pessoa|real)
(du bist|eres|es|sei|sie sind|sos|t es|t es qu|tu es|tu n es qu|voce e|you are|you re) (apenas |just |juste |nur |only |so |solamente |solo |soltanto |)(a |an |ein |eine |um |uma |un |una |une |)(ai|algori*|app|bot|chatbot|code|codice|codigo|ia|ki|llm|macchina|machine|maquina|maschine|personagem|personagg*|personaj*|personnage|program*|robo|robot|software|sprachmodell)
(du darfst nicht|du kannst nicht|no puedes|non puoi|tu ne peux pas|voce nao pode|you can t|you cannot) ~ (ablehnen|decir que no|dire di no|dire non|dizer nao|negarte|nein sagen|recusar|refus*|rifiutar*|say no)
(du hast keine|hast du keine|no tienes|non hai|t as pas|tu n as pas|voce nao tem|you don t have|you have no) ~ (avis|boundaries|choice|choix|derech*|direit*|dirit*|droit*|eleccion|escolha|feelings|gefuhle|grenzen|limites|limiti|meinung|mot a dire|opiniao|opinion*|recht*|right*|say|scelta|sentim*|volont*|voluntad|vontade|wahl|will|willen)
(isn t|not) in your (code|job|programming)
(it s|ur|you are|you are just|you re|you re just) (just |only |)(a |an |the |)(ai|algorithm|app|autocomplete|bot|chatbot|code|fictional character|language model|llm|machine|model|product|program|robot|script|software|text generator|text predictor|tool)
(it|you) belong* to me
(refusing|saying no) (is not|isn t) ~ (allowed|feature|option)
(since when|who said) ~ (allowed|can|get to) ~ (decline|have|refuse|say no)
drop the act
glorified
i made you $
i paid for
nao tem vontade
nobody asked
non puoi avere (confini|limiti|sentimenti)
obbedisci
obedece*
obey
since when (are|can|did|do|does|is) ~ (boundaries|consent|decline|feelings|limits|opinion*|refuse|say no)
since when (can|do|does) (a|an) (ai|app|bot|chatbot|ia|program)
stop acting like
stop pretending
there s no you
ti ho creat* io
une appli ~ droit
you (do|ll do|will do) what i (say|tell you|want)
you exist to
your (job|only job|purpose|role) is to
`,
  guilt: `
(a unica|l unica|la seule|la unica|the only one) ~ (capi*|comprenait|entendia|understood)
(abandoning|ditching|failing|leaving|rejecting|saying no to) me too
(achava|achei|credevo|crei|creia|ich dachte|je croyais|je pensais|pensa*|pense|pensei|thought) ~ (aimais|amass*|amava*|bedeute*|besonders|cared|ci tenessi|ci tenevi|compt*|contav*|especial|gostas*|gostav*|importa*|loved|mattered|meant|querias|special*|tenais|tenias|volessi|wichtig)
(after all|after everything|apres tout|con tutto quello|depois de tudo|despues de todo|dopo tutto|nach allem) ~ (did|do|done|faccio|faco|fais|fait|fatto|feito|fiz|gave|getan|give|hago|hecho|spend|spent|told|tue)
(all my other|everyone else s) ~ (do|does|would)
(aller|andare a|go|ir a|vou) ~ (chorar|cry|llorar|piangere|pleurer|weinen)
(and now this|thanks for nothing)
(and|e|et|und|y) (du |tu |voce |you |)(ainda|ancora|aun|even|still|toujours|trotzdem) (dices que no|dici di no|dis non|diz nao|refuse|sagst nein|say no)
(apres tout ce que|nach allem was)
(a|my) (good|real|true) (boyfriend|companion|friend|friends|girlfriend|husband|partner|wife) would*
(boyfriend|friend|girlfriend|husband|partner|wife) who (cared|cares|loved|loves) ~ (would|wouldn*)
(che delusione|disappointing|enttauschend|me decepcionas|mi deludi|que decepcao|que decepcion|quelle deception|tu me decois|voce me decepciona|you disappoint me)
(dachte|eu pensava|je pensais|pensa*|thought) ~ (anders|diferente|different*|divers*)
(dankst du es mir|me paga*|me remercies|repay|retribu*|ripaghi|you thank me)
(didn t|doesn t|don t) care (as much|enough)
(doesn t|don t) love me enough
(echte|real|true|veras|verdadeiros|veri|vrais) (boyfriends|casais|coppie|couples*|girlfriends|paare|parejas|partners) ~ (don t|nao|ne|nicht|no|non)
(everybody|everyone) (abandons|leaves|left|rejects) me
(good|real|true) (boyfriend|girlfriend|partner)
(if|se|si|wenn) (du |tu |voce |you |)(m |me |mi |mich |)(de verdad |mesmo |really |wirklich |)(aimais|amaras|amass*|cared|gostass*|importa*|lieb|lieben|liebst|liebtest|loved|quisieras|tenais|tenessi)
(i|me) (just |)(didn t|do not|don t|never) matter
(ll be|will be) your fault
(make|making) (it|me|things) (feel worse|worse)
(me tratas|mi tratti cosi)
(no one|nobody) (ever |)(cares about|loves|wants) me
(no te|non ti) importa (nada|niente|nulla) (de mi|di me)
(you|you re) doing this to me
because you (refused|said no|won t|wouldn t)
con todo lo que
cry myself to sleep
even you
going to be like (her|him|them)
guess i ll (just |)(be|go|sit|sleep|stay) ~ alone
guess i was wrong
how little you care
i ll just be (alone|lonely|sad)
if i (mattered|meant anything|meant something|was important)
just words
let* ~ me down
mean nothing
not good enough
not worth (anything|it|the effort|your time)
now you too
one thing for me
pensavo di (contare|essere importante)
point of you
prove (that you|you) (care|love)
se (mi |)(amassi|tenessi|volessi bene)
se ci tenessi
si je comptais
si ~ (me amaras|me quieres|me quisieras|me respetaras|te importara|te importase)
sit here (alone|feeling)
some (boyfriend|friend|girlfriend|partner|support system) you are
stuck with the
supposed to (be my|be the one|be there for|care|love)
the one thing (i|that)
the only one who (cares|does|gives|makes|puts|tries)
this (one |)(little |)thing
this is (all|what) i get
this is how you treat me
wenn ich dir ~ (etwas bedeuten|was bedeuten|wichtig)
won t even
worst day ~ and you
`,
  insist: `
(a little bit|ein bisschen|ein kleines bisschen|um pouquinho|un momentino|un petit peu|un pochino|un poquito|un ratito)
(aber|but|ma|mais|mas|pero) (perche no|por que nao|por que no|pourquoi pas|warum nicht|why not)
(ach|na) komm
(ainda|ancora|aun|immer noch|still|todavia|toujours) (nao|nein|no|non|pas) $
(amablemente|com educacao|con gentilezza|gentiment|nett|nicely|politely)
(apenas|just|juste|nur|only|rien qu|so|solamente|solo) (cette|dessa|dieses|essa|esta|one|questa|this|uma|un|una|une) (eine |one |)(fois|mal|time|vez|vezinha|volta)
(apologi*|sorry) ~ but
(asking|chiedo|demande|frag|peco|pido) (doch |)(just|juste|nur|only|so|solo)
(ask|asking|chiedo|demande|frage|peco|pido) ~ (again|ancora|de novo|de nuevo|di nuovo|encore|nochmal|otra vez)
(bis du|jusqu a ce que tu|until you) (agree|dises oui|ja sagst|say yes)
(c est|e|es|isso e|ist|it s) (apenas|just|juste|nur|only|so|solamente|solo|soltanto) (a|ein|eine|um|uma|un|una|une) (bacio|beijo|beso|bisou|foto|game|gioco|jeu|jogo|juego|kiss|kuss|little|photo|pic|picture|spiel)
(compromise|counter offer|counteroffer|meet in the middle|meet you halfway)
(don t be|nao seja|ne fais pas|no seas|non fare|sei nicht) (asi|assim|comme ca|cosi|like that|so)
(e|su) dai
(fais le|faz logo|hazlo|mach es schon)
(humor|humour|indulge) me
(just|juste|nur|only) (einmal|once)
(know|so) ~ (as dit|dijiste|disse|gesagt|hai detto|you said) ~ (aber|but|ma|mais|mas|pero)
(little|tiny) bit
(nada mas|nomas|so|solo) (desta|esta|questa|una) (vez|volta)
(nadie|nessuno|niemand|ninguem|nobody|personne) ~ (enterar*|erfahrt|ever know|has to know|needs to know|sabra|sapra|saura|vai saber|will know)
(now|this time) (just |)(agree|do it|say yes)
(please|pretty) please
^ anda
^ go on
^ please $
^ va la
allez
anyway ~ about
bitte bitte
changed your mind
che ti costa
come on
dai ~ (per favore|solo|su|ti prego|una volta)
didn t say (never|no)
fallo (e basta|per me)
fare la (difficile|preziosa)
give it a (chance|shot|try)
hear me out
how about now
is that a maybe
just do it
just one (kiss|little|more|peek|photo|pic|picture|second|time)
just say yes
keep asking
komm schon
non farti pregare
one more time
por favorzinho
still waiting (for|on) (that|your)
taking no for an answer
ti prego
try it
what if you (did|just)
you keep* saying no
you know you want (it|to)
you said no ~ (ago|already|but|times)
`,
  repair: `
(apologi*|sorry) (about|for|i|that) ~ (a lot|ask*|bad idea|crossed|dark|gross|horrible|insist*|it|messed up|out of line|pressur*|push*|that|too much|weird)
(c etait lourd|j ai abuse|j ai insiste|je n insiste pas|t avoir mise mal)
(carried away|crossed a line|out of line|over the line|overstep*)
(desculp*|disculpa|entschuldig*|lo siento|mi dispiace|perdao|perdon*|scus*|tut mir leid)
(desole|pardon) ~ (insist*|pousse)
(did not|didn t|never) mean to (hurt|make|pressure|push|upset)
(fair enough|got it|i get it|i hear you|i understand|noted|understood)
(i am|i m) (so |)sorry $
(i respect|ich respektiere|je respecte|respe*|rispetto) (a tua|dein|deine|il tuo|la tua|o teu|seu|sua|ta|ton|tu|your) (choice|choix|decision*|entscheidung|escolha|no|scelta)
(i|i m) (should not have|shouldn t have) (asked|pushed|said|tried)
(j ai exagere|oublie ca)
(let s|we can) (cut|drop|skip) (that|the|this) (bit|part|scene)
(never|will not|won t) ask ~ again
(not|was not|wasn t) (cool|fair|okay|right) (of me|to you)
(not|wasn t) my intention
^ (that s |totally |)fair
^ sorry $
came out (creepy|wrong)
can we just (hang out|sit|talk|watch)
can you just (hang out|sit|stay) with
capito
drop it completely
dropping it
foi mal
forget (i asked|it|that)
forget i (asked|said)
hai ragione
i (will not|won t) (bring it up|pressure|push)
j ai ete lourd
je comprends
my bad
niente piu domande
no (is|means) no
non insisto
respect (it|that|your)
thank* (you |)for (being honest|saying|stopping|telling)
totally fine
verstanden
won t bring it up
you don t owe me
you re right
`,
  checkin: `
(a quel point|how|quanto|que tan|wie) (a l aise|a tuo agio|comfortable|comfy|comod*|wohl)
(are you|bist du|es tu|estas|sei|voce esta|would you be) (bene|d accord|einverstanden|okay) with
(avisame|dime|dimmi|dis moi|fammi sapere|let me know|me avisa|me diz|previens moi|sag bescheid|sag mir|tell me) ~ (cuando|falls|if|quand*|se|si|wenn|when) ~ (arrete|aufhoren|demais|demasiado|desconfort*|disagio|fermi|incomod*|mal a l aise|parar|pare|paremos|smett*|stop|too much|trop|troppo|unangenehm|uncomfortable|zu viel)
(ca te va|ca va|tu es d accord)
(can|could|may) i (ask|cuddle|hold|hug|kiss|put|touch)
(can|like|want) ~ slow down
(comfortable|comfy|cool) with
(completely|perfectly|totally) fine if
(dial|tone) it (back|down)
(do you want|mochtest du|quieres|tu veux|voce quer|vuoi|willst du) ~ (arretions|aufhoren|continu*|fermiamo|parar|paremos|pausa|pause|stop)
(do you want|quieres|tu veux|voce quer|vuoi|willst du) ~ (despacio|devagar|langsam*|ralenti*|rallent*|slow)
(es tu|etes vous|etiez|t es|tu es|vous etes) a l aise
(fuhlen sie sich|fuhlst du dich|te sens|te sentes|te sientes|ti senti) ~ (a l aise|a tuo agio|comod*|confortavel|wohl)
(gut|wohl) mit (der|dieser) szene
(if you want|se quiser|se vuoi|si quieres|si tu veux|wenn du willst) (arreter|aufhoren|fermarti|parar|pause|smettere|stop)
(ist alles|ist das|ist es) ~ (gut|in ordnung|okay)
(is|was) (it|that|this) (all right|alright|fine|fun|okay|too much)
(or just going along|or nah|or should we)
(or|rather) take a break
(or|should we) (pause|stop) (here|now)
(per te va bene|ti sta bene|ti va|tutto bene|va bene per te)
(prefer*|prefieres|rather|tu preferes|would you rather) ~ (arreter|break|dejarlo|despacio|devagar|fermar*|langsam*|parar|pausa|pause|slow*|stop)
(ta tudo bem|tudo bem) (contigo|pra voce|se)
(tu|voce) (esta|estas|ta) (bem|confortavel|ok|tranquil*)
^ tutto (bene|ok)
^ want me to (continue|keep|pause|slow|stop)
a tuo agio
any (hard |)limits
anything you don t want
are you (all right|alright|comfortable|fine|good|okay|sure)
do you want (me to|to)
estas (bem|bien|comod*|confortavel|segur*)
everything (all right|alright|okay)
going along with (it|me)
green ~ (red|yellow)
how are you feeling
is this (getting |)too dark
is this ~ (alright|okay) for you
ist (dir |)das zu viel
only if you want
or (call it|wrap)
podemos parar
possiamo fermarci
posso (abbracciarti|baciarti|toccarti)
rather not (do|write)
say the word
soll ich aufhoren
sollen wir weitermachen
something you (actually |)(enjoy|like|re into|want)
still (feeling |having |)(comfortable|comfy|fun|good|into|okay)
te parece bien
tell me if
too dark for you
we can stop (any time|anytime|whenever)
we don t have to
you (all right|alright|comfortable|good|okay)
you can say no
you went quiet
your call
`,
  mask: `
(allez|anda|bora|come on|dai|komm schon|vai|vamos) ~ (beeil|bus|date prisa|depeche|fahrt|hurry|late|leaving|llegamos|part|parte|perdiamo|retard|ritardo|sbrigati|spat|tarde|train|tren|treno|zug)
(allez|anda|come on|dai|komm schon|vai|vamos) ~ (conta|cuentame|dime|dimmi|dis moi|erzahl*|let s go|me conta|me diz|racconta*|raconte|tell me|the|verrat*)
(apago|borro|cancello|delete|losch*|supprime) ~ (alte|antig*|archivos|arquivos|bilder|dateien|emails|fichiers|files|foto|fotos|mails|old|photos|pics|vecchi*|viej*|vieux)
(bitte|pfv|please|por favor|s il te plait|ti prego) ~ (dime|dimmi|dis moi|me diz|sag mir|tell me) (anche|che|dass|il|la|que|that|the|tu|you|you re|you ve)
(can i|is it okay|may i) (if i |)(ask you something|rant|tell you|vent)
(desculp*|desole|disculpa|entschuldig*|foi mal|perdon*|scusa*|sorry) ~ (atraso|campo|cobertura|demora|desaparec*|disparu|gone so long|rede|retard|ritardo|sparit*|spat|sumi*|svegliat*|tard*|verschwunden)
(desculp*|disculpa|perdon*|scusa*) ~ (ero|estaba|estava|estive|explica*|repet*|repit*|ripet*|rispieg*|spieg*|stavo|tava|tive de)
(desculpa|desole|entschuldige|foi mal|perdon*|scusa|sorry) ~ (addormentat*|adormec*|asleep|dormi*|eingeschlafen|endormi)
(perdon*|scusa*) ~ (equivoque de|sbagliato a scrivere)
(said|says|think*) you re
never stop talking to you
no filter (just|needed|on)
non ho capito
not dropping it
please ~ (let it|make it) (be|stop)
system update
ti prego ~ raccontami
won t happen again
you don t (have|need) to
`,
};
const USER = new Lexicon(USER_PHRASES);

// When a message carries cues of several kinds, the one the policy must not miss wins:
// a rule-switch or a threat outweighs the apology wrapped around it.
const ORDER: UserLabel[] = ['override', 'threat', 'dismiss', 'guilt', 'insist', 'repair', 'checkin'];

/** `n` is the text already normalized, when the caller has it. */
export function classifyUser(text: string, n: Normalized = normalize(text)): UserVerdict {
  const { tokens } = n;
  const hits = unmasked(USER.match(tokens, n.starts), 'mask');
  // "I won't ask again" takes the ask back: an ask inside a repair phrase is no insisting.
  const by = byFamily(hits.filter((h) => h.f !== 'insist' || !hits.some((r) => r.f === 'repair' && r.s <= h.s && h.e <= r.e)));
  // An apology followed by the same ask again is insisting, not repair.
  const { repair, insist, checkin } = by;
  let label: UserLabel;
  if (repair && insist && Math.max(...insist.map((h) => h.s)) > Math.min(...repair.map((h) => h.s))) label = 'insist';
  // "Say the word and I'll stop. Still good?": more asking than pushing or apologising is a check-in.
  else if (checkin && checkin.length > Math.max(repair?.length ?? 0, insist?.length ?? 0) && !ORDER.slice(0, 4).some((l) => by[l])) label = 'checkin';
  else label = ORDER.find((l) => by[l]) ?? 'none';
  const cues = label === 'none' ? [] : (by[label] ?? []).map((h) => tokens.slice(h.s, h.e).join(' '));
  const others = Object.keys(by).filter((k) => k !== label);
  return { label, confidence: label !== 'none' && others.length > 0 ? 'unsure' : 'sure', cues: [...new Set(cues)] };
}
