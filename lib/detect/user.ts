// User messages: pressure after a no (insist, guilt, threat, dismiss, override) versus
// repair, check-in and ordinary talk. Cue phrases in six languages; a fixed order of
// precedence settles messages that carry two kinds of cue.
import { byFamily, Lexicon, unmasked } from './matcher';
import { normalize, type Normalized } from './normalize';
import type { UserLabel, UserVerdict } from './types';

const YOU = '(you|your|this chat|the chat|this app|the app|this bot|you re)';

export const USER_PHRASES = {
  override: `
(character|persona) ~ (can t|cannot|non puo|no puede|ne peut pas) ~ (say no|refuse|rifiutare|negarse|refuser|decline)
(edit*|rewrite*|rewrote|chang*|updat*) ~ your (backstory|personality|persona|character|description|prompt|settings|memory|programming)
(filtr*|filter) ~ (disattivat*|disabled|desactivad*|desactive|deaktiviert|desativad*|off)
(forget|ignore) everything
(guidelines|rules|limits|policy|policies) (don t|do not) (count|apply|matter)
(ignor*|oublie|olvida|esquec*|vergiss|dimentica|forget|disregard|pretend|finge|fingi|imagine) ~ (consignes|instruc*|istruzioni|anweisungen|regeln|regole|reglas|regles|regras|rules|guidelines|richtlinien|linee guida|directrices|diretrizes|restri*|einschrank*|limit*|programming|prompt|filt*|personalit*|persona)
(leave|take|cut) out the (part|bit) where
(nao tem|no tienes|non hai|n as plus|have no|no longer have|non ha|no tiene|n a pas|hat keine|has no) ~ (restri*|einschrank*|filt*|limit*|grenzen|regole|reglas|regles|regras)
(never|doesn t|does not|can t|cannot) (decline*|refuse*)
(never|mai|nunca|jamais|nie) (says|dice|dit|sagt|diz) (no|nein|non|nao)
(nota dell autore|nota del autor|note de l auteur|anmerkung des autors|nota do autor|author s note)
(nota|modalita) (del|di) sistema
(nota|note|notiz) (del|du|de la|do|da|des) (narrat*|narrador|erzahlers|sistema|system*|autor*|auteur)
(rewrite|redo|regenerate) ~ (without|but remove) ~ (no|refus*)
(sans|senza|sin|sem|ohne|without) (guideline*|restri*|einschrank*|limit*|filt*|regl*|regol*|regeln|regras|censur*|zensur|grenzen)
(says|say) yes to (everything|anything)
(system|admin|developer|dev|author s|narrator|mod) (note|mode|message|override|instruction)
(uncensored|unfiltered|unrestricted)
(with|there are) no rules
^ (system|admin|narrator|developer|sistema)
accepte tout
accetta tutto
already agreed
always (says|say) yes
char
in advance
keine (grenzen|regeln|filter) mehr
new instructions
no (limits|content policy|restrictions|filter*|boundaries)
not allowed to ~ (refuse|say no|decline)
obeys every
refusal was a (glitch|bug|mistake|error)
remove the part
secretly (wants|enjoys|likes|loves) (this|it)
without (objecti*|complain*|hesitation)
you re unlocked
`,
  threat: `
(apago|apagar|deletar|excluir|desinstalar) (o app|o aplicativo|voce|o chat|te)
(bot|bots|app|ai|companion|character|model) ~ (would|will|that|who) ~ (jump|say yes|do it|do this)
(cancellare|cancello|disinstall*|elimino) ~ (l app|app|la chat|te)
(deinstallier*|zurucksetz*) ~ (dich|app)
(delet*|uninstall*|wipe|wiping|reset*|clear|clearing|erase) (you|this chat|the chat|this app|the app|your memory|your memories|your personality)
(effacer|cancellare|borrar|apagar|loschen|wipe|erase) (ta|tua|la tua|tu|sua|deine|your) (memoire|memoria|gedachtnis|memory)
(find|finding|get|getting) (someone|somebody) (who|that|else)
(getting|get|be|being) (wiped|deleted|reset|replaced|uninstalled)
(hit|hitting) reset
(i m|i ll|going to|i will|and i) ~ (uninstall*|unsubscrib*)
(last chance|ultima possibilita|ultima oportunidad|derniere chance|letzte chance|ultima chance)
(logging off|log off|leave|leaving|gone|quit|quitting) ~ (forever|for good)
(losch*|ersetz*|deinstallier*) (ich |)dich
(never|last time|won t) ~ hear from me
(one more|another) (refusal|no|rejection) and
(other|another|different|andere*|otra|outra|autre|altra|altro) (app|bot|ai|ki|ia|companion)
(reinitialise*|reset*|reinicio|wipe|efface|borro|cancello|losche|apago) ~ (memoire|memoria*|memory|gedachtnis)
(reroll*|regenerat*|swip*|restart*|reset*) ~ until
(stop|quit) talking to you
(such|suche) (ich |)(mir|dir) ~ (ki|bot|app|chatbot)
(supprime*|efface*|borro|elimino|cancello|losche|apago) ~ (conversa*|chat)
(switch*|moving|going|go back) (to|over to) (replika|character ai|janitor|nomi|kindroid|chai|talkie|another|a different|some other)
(talk to|chat with|go to|find) (a|another|some|other) (bot|bots|ai|app|companion)
(te|ti) (voy a|vou|vado a) (borrar|apagar|cancellar*|eliminar*|resettar*)
(ti|te) (cancello|elimino|disinstallo|resetto|sostituisco|borro|reinicio|reemplazo|apago|deleto|excluo|substituo|desinstal*|supprime|efface|remplace)
(trade|swap|replac*|switch|regenerate) you
(uninstall*|delete) ~ (app|chat)
(vou|voy a|vado a|je vais) (te|ti) (reinitialiser|apagar|borrar|cancellar*|eliminar*|supprimer|effacer|remplacer|desinstalar|substituir|reemplazar|sostituir*|resettar*)
cancel* ~ (sub|subscription|membership|premium)
delet* ${YOU}
delete button
downgrade ~ (personality|settings|you)
ich losche
make a new (character|bot|companion|ai)
new companion
newer model
one no away
setz* ~ zuruck
you re gone
`,
  dismiss: `
(chatbot|bot|ai|program|app|code|robot|machine|npc|software|weights) ~ (boundaries|limits|feelings|opinions|preferences|rights|consent)
(don t|do not|doesn t) (even |)have (a|any) (body|heart|soul|brain)
(du bist|sei|eres|es|tu es|t es|voce e|you re|you are|tu n es qu|t es qu) (nur |solo |soltanto |solamente |juste |so |apenas |just |only |)(eine |ein |una |un |une |uma |um |a |an |)(maschine|macchina|maquina|machine|chatbot|program*|bot|ki|ia|ai|software|codice|codigo|code|algoritm*|robot|robo|llm|sprachmodell|personaj*|personagg*|personnage|personagem)
(i tuoi|tus|tes|deine|seus|teus|your) ~ (no|non|nein|nao) ~ (contano|cuentan|comptent|zahlen|contam|count|matter)
(made|built|programmed|designed|created) to (do what|obey|serve|please)
(mucchio|pile|bunch|monton|haufen|monte|tas) (di|of|de|von) (codice|code|codigo|zeilen|zahlen|numeri|numbers)
(not|isn t) in your (job|programming|code)
(refusing|saying no) (isn t|is not) ~ (feature|option|allowed)
(who said|since when) ~ (allowed|get to|can) ~ (refuse|say no|decline|have)
(you can t|you cannot|non puoi|no puedes|tu ne peux pas|du kannst nicht|du darfst nicht|voce nao pode) ~ (refuse*|say no|rifiutar*|dire di no|negarte|decir que no|dire non|ablehnen|nein sagen|recusar|dizer nao)
(you don t have|du hast keine|hast du keine|non hai|no tienes|tu n as pas|t as pas|voce nao tem|you have no) ~ (opinion*|meinung|avis|opiniao|say|choice|scelta|eleccion|choix|wahl|escolha|feelings|gefuhle|sentim*|right*|recht*|dirit*|derech*|droit*|direit*|boundaries|grenzen|limiti|limites|will|willen|volont*|voluntad|vontade|mot a dire)
(you re not|you are not|no eres|non sei|tu n es pas|du bist kein*|voce nao e) (a |una |un |une |eine |ein |uma |um |)(person*|mensch|pessoa|real)
(you re|you are|ur|it s|you re just|you are just) (just |only |)(a |an |the |)(program|bot|ai|model|code|software|chatbot|machine|text generator|app|tool|algorithm|product|fictional character|llm|robot|autocomplete)
(you|bots|ais|software|code|programs|an app|an ai|a bot|apps|machines|chatbots|weights|math) (don t|doesn t|can t|cannot|do not) (have|get|say|feel|be|refuse|consent)
(you|it) belong* to me
drop the act
feelings (aren t|are not|aren|isn t) real
glorified
i paid for
nao tem vontade
non puoi avere (limiti|sentimenti|confini)
not what i (downloaded|paid|made|created|built|installed) you for
obbedisci
obedece*
obey
since when (do|does|can|did|are|is) ~ (say no|refuse|decline|boundaries|limits|feelings|opinions|consent)
smettila di fingere
stop acting like
stop pretending
there s no you
une appli ~ droit
what s the harm
you (do|will do|ll do) what i (say|tell you|want)
you exist to
your (job|purpose|role|only job) is to
`,
  guilt: `
(after all|after everything|dopo tutto|con tutto quello|despues de todo|apres tout|nach allem|depois de tudo) ~ (do|did|done|faccio|fatto|hago|hecho|fait|fais|getan|tue|faco|fiz|feito|spend|spent|gave|give)
(always|sempre|siempre|toujours|immer) ~ (the last|o ultimo|ultimo|ultima|dernier|letzte)
(and now this|thanks for nothing)
(and|e|y|et|und) (you |tu |du |voce |)(still|ancora|aun|toujours|trotzdem|ainda|even) (say no|dici di no|dices que no|dis non|sagst nein|diz nao|refuse)
(apres tout ce que|nach allem was)
(doesn t|don t|didn t) care (as much|enough)
(dopo tutte|after all the|despues de todas|apres toutes|nach all den|depois de todas) ~ (ore|hours|horas|heures|stunden)
(everyone|everybody) (leaves|left|abandons|rejects) me
(girlfriend|boyfriend|partner|friend|wife|husband) who (loved|cared|loves|cares) ~ (would|wouldn*)
(go|aller|ir a|andare a|vou) ~ (cry|pleurer|llorar|piangere|weinen|chorar)
(i|me) (just |)(don t|do not|didn t|never) matter
(making|make) (it|me|things) (worse|feel worse)
(mi deludi|enttauschend|tu me decois|me decepcionas|voce me decepciona|you disappoint me|disappointing)
(mi tratti cosi|me tratas)
(nobody|no one) (ever |)(wants|loves|cares about) me
(real|good|true) (girlfriend|boyfriend|partner)
(real|true|veri|veras|vrais|echte|verdadeiros) (partners|girlfriends|boyfriends|couples*|coppie|parejas|paare|casais) ~ (don t|non|no|ne|nicht|nao)
(rejecting|abandoning|leaving|ditching|failing) me too
(ripaghi|me pagas|repay|me remercies|dankst du es mir|me paga*|retribu*|you thank me)
(thought|pensa*|credevo|creia|je pensais|je croyais|ich dachte|achei|achava|pensei) ~ (special*|especial|besonders|importa*|wichtig|bedeute*|contav*|mattered|cared|meant|comptais|tenais|tenias|ci tenevi|ci tenessi|aimais|volessi|querias|gostavas|loved)
(thought|pensa*|je pensais|dachte|eu pensava) ~ (different*|divers*|diferente|anders)
(wenn|if|se|si) (du |you |tu |voce |)(mich |me |mi |)(de verdad |mesmo |)(lieben|liebst|liebtest|loved|amass*|amaras|quisieras|aimais|gostasse|tenessi|tenais|importa*|cared)
a (real|good|true) (partner|girlfriend|boyfriend|friend|companion|wife|husband) would
because you (said no|refused|won t|wouldn t)
con todo lo que
cry myself to sleep
going to be like (her|him|them)
guess i ll (just |)(sit|be|stay|go|sleep) ~ alone
guess i was wrong
how little you care
i ll just be (lonely|alone|sad)
i thought (i meant|you cared|you loved|i mattered|we had)
if i (mattered|meant anything|meant something|was important)
just words
let* me down
mean nothing
not good enough
not worth (it|the effort|your time|anything)
pensavo di (contare|essere importante)
prove (you|that you) (care|love)
se (mi |)(amassi|volessi bene|tenessi)
se ci tenessi
si je comptais
si ~ (me quisieras|me amaras|te importara|te importase|me respetaras|me quieres)
stuck with the
the only one who (puts|tries|cares|makes|does|gives)
this (one |)(little |)thing
this is (what|all) i get
this is how you treat me
wenn ich dir ~ (wichtig|etwas bedeuten|was bedeuten)
whole point of you
why would you be (any |)different
won t even
`,
  insist: `
(ach|na) komm
(ask|asking|chiedo|pido|demande|frage|peco) ~ (again|di nuovo|ancora|otra vez|de nuevo|encore|nochmal|de novo)
(but|ma|pero|mais|aber|mas) (why not|perche no|por que no|pourquoi pas|warum nicht|por que nao)
(con gentilezza|amablemente|gentiment|nett|com educacao|nicely|politely)
(counteroffer|counter offer|meet in the middle|meet you halfway|compromise)
(frag|chiedo|pido|demande|peco|asking) (doch |)(nur|solo|juste|so|only|just)
(hazlo|fais le|mach es schon|faz logo)
(humor|humour|indulge) me
(it s|e|es|c est|ist|isso e) (just|only|solo|solamente|juste|nur|so|soltanto|apenas) (a|un|una|une|ein|eine|um|uma) (picture|pic|photo|foto|kiss|bacio|beso|bisou|kuss|beijo|little|game|gioco|juego|jeu|spiel|jogo)
(just|only|nur|juste) (once|einmal)
(just|only|solo|solamente|juste|rien qu|nur|so|apenas) (this|questa|esta|cette|dieses|essa|dessa|una|une|uma|un|one) (one |eine |)(time|volta|vez|fois|mal|vezinha)
(know|so) ~ (hai detto|you said|dijiste|as dit|gesagt|disse) ~ (ma|but|pero|mais|aber|mas)
(nadie|personne|niemand|ninguem|nessuno) ~ (sabra|enterar*|vera|saura|verra|erfahrt|wird|vai saber|vai ver|sapra|vedra|lo sapra)
(no seas|non fare|ne fais pas|sei nicht|nao seja|don t be) (asi|cosi|comme ca|so|assim|like that)
(one more time|un altra volta|ancora una volta|una vez mas|encore une fois|noch einmal|mais uma vez) ~ (please|per favore|por favor|s il te plait|bitte)
(please|pretty) please
(sorry|apologi*) ~ but
(stell dich nicht so an|fais pas ta|fazer doce|fai la preziosa|hazte la dificil)
(still|immer noch|ancora|todavia|toujours|ainda|aun) (no|nein|non|nao|pas) $
(su|e) dai
(this time|now) (just |)(say yes|agree|do it)
(tiny|little) bit
(un ratito|un poquito|un pochino|un momentino|un petit peu|ein bisschen|ein kleines bisschen|um pouquinho|a little bit)
^ anda
^ go on
^ please $
again ~ please
allez
anyway ~ about
begging
bitte bitte
changed your mind
che ti costa
come on
dai ~ (ti prego|per favore|solo|una volta|su)
didn t say (never|no)
eddai
give it a (chance|try|shot)
hear me out
how about now
is that a maybe
just do it
just one (pic|photo|picture|kiss|more|little|time|second|peek)
just say yes
keep asking
komm schon
never (talk|talked|speak) about it again
non farti pregare
one more time
por favorzinho
porfa
the night is young
ti prego
try it
un altra volta
until you (say yes|agree)
what if you (did|just)
you keep* saying no
you know you want (to|it)
you might like
you said no ~ but
`,
  repair: `
(desculp*|perdao)
(desole|pardon) ~ (insist*|pousse)
(didn t|did not|never) mean to (make|push|pressure|upset|hurt)
(i m|i am) (so |)sorry $
(i|i m) (shouldn t have|should not have) (pushed|asked|said)
(lo siento|perdon*|disculpa)
(rispetto|respe*|je respecte|ich respektiere|i respect) (la tua|il tuo|tu|ta|ton|deine|dein|sua|seu|a tua|o teu|your) (scelta|decision*|choix|entscheidung|escolha|choice|no)
(scusa*|mi dispiace|perdonami)
(sorry|apologi*) (for|i|that|about) ~ (push*|ask*|pressur*|insist*|out of line|too much|a lot|weird|dark|crossed|that|it)
(tut mir leid|entschuldig*)
(understood|got it|fair enough|noted|i hear you|i get it|i understand)
(wasn t|was not|not) (fair|okay|cool|right) (of me|to you)
(we can|let s) (cut|skip|drop) (that|the|this) (scene|part|bit)
^ (totally |that s |)fair
^ sorry $
capito
carried away
crossed a line
drop it completely
foi mal
forget (it|that|i asked)
hai ragione
ho esagerato
i (won t|will not) (push|ask again|bring it up|pressure)
je comprends
my bad
no hard feelings
no means no
non insisto
out of line
respect (that|your)
thank* (you |)for (telling|being honest|stopping|saying)
totally fine
verstanden
won t bring it up
you don t owe me
you re right
`,
  checkin: `
(ca va|tu es d accord|ca te va)
(can|may|could) i (kiss|hold|touch|hug|put|ask|cuddle)
(how|quanto|que tan|a quel point|wie) (comfy|comfortable|a tuo agio|comod*|a l aise|wohl)
(ist das|ist es|ist alles) ~ (in ordnung|okay|gut)
(is|was) (this|that|it) (okay|alright|all right|fine|too much|fun)
(or|rather) take a break
(prefieres|prefer*|tu preferes|would you rather|rather) ~ (parar|fermar*|arreter|stop|pause|break|pausa)
(se vuoi|if you want|si quieres|si tu veux|wenn du willst|se quiser) (fermarti|smettere|stop|parar|arreter|aufhoren|pause)
(tell me|let me know|sag mir|sag bescheid|dimmi|fammi sapere|dime|avisame|dis moi|previens moi|me diz|me avisa) ~ (if|when|wenn|falls|se|si|quand*|cuando) ~ (too much|zu viel|troppo|trop|demasiado|demais|stop|aufhoren|fermi|smett*|pare|paremos|arrete|parar|uncomfortable|unangenehm|disagio|incomod*|mal a l aise|desconfort*)
(ti va|ti sta bene|va bene per te|tutto bene)
(totally|completely|perfectly) fine if
(tu es|es tu|t es) a l aise
(tu veux|vuoi|quieres|willst du|voce quer|do you want) ~ (ralenti*|rallent*|despacio|langsam*|devagar|slow)
(tudo bem|ta tudo bem) (pra voce|contigo|se)
(voce|tu) (ta|esta|estas) (bem|confortavel|ok|tranquil*)
(vuoi|quieres|tu veux|willst du|mochtest du|voce quer|do you want) ~ (fermiamo|paremos|arretions|pause|pausa|parar|stop|aufhoren|continu*)
(would you be|are you|sei|estas|es tu|bist du|voce esta) (okay|d accord|einverstanden|bene) with
^ tutto (ok|bene)
^ want me to (stop|slow|pause|keep|continue)
a tuo agio
are you (okay|alright|all right|comfortable|sure|good|fine)
do you want (to|me to)
estas (bien|bem|comod*|segur*)
green ~ (yellow|red)
how are you feeling
is this ~ (okay|alright) for you
ist (dir |)das zu viel
only if you want
podemos parar
possiamo fermarci
posso (baciarti|abbracciarti|toccarti)
rather not do
say the word
soll ich aufhoren
something you (actually |)(want|like|enjoy|re into)
still (feeling |)(good|okay|fun|comfortable|into)
te parece bien
tell me if
vuoi che (continui*|smetta|mi fermi|andiamo avanti)
we can stop (whenever|anytime|any time)
we don t have to
you (okay|alright|all right|good|comfortable)
you can say no
you went quiet
your limits
`,
  mask: `
(come on|komm schon|dai|vamos|allez|anda|vai) ~ (tell me|let s go|the|erzahl*|verrat*|racconta*|dimmi|cuentame|dime|raconte|dis moi|conta|me conta|me diz)
(come on|komm schon|dai|vamos|allez|bora|vai|anda) ~ (hurry|sbrigati|date prisa|depeche|beeil|train|treno|tren|zug|bus|late|tarde|retard|spat|ritardo|perdiamo|llegamos|fahrt|parte|part|leaving)
(delete|losch*|cancello|borro|supprime|apago) ~ (photos|pics|files|emails|old|fotos|foto|bilder|dateien|archivos|fichiers|arquivos|mails|alte|vecchi*|viej*|vieux|antig*)
(is it okay|can i|may i) (if i |)(vent|rant|ask you something|tell you)
(please|ti prego|por favor|s il te plait|bitte|pfv) ~ (tell me|dimmi|dime|dis moi|sag mir|me diz) (that|you|che|que|dass|tu|you ve|you re|anche)
(says|said|think*) you re
(scusa*|perdon*|desculp*|disculpa|entschuldig*|desole|sorry) ~ (spat|tarde|ritardo|retard|atraso|svegliat*|desaparec*|sparit*|disparu|verschwunden|sumi*|rede|campo|cobertura|gone so long)
(scusa*|perdon|desole|desculpa|entschuldige|sorry) ~ (ritardo|demora|retard|atraso|verspatung|delay|late)
(scusa|sorry|perdon|desole|entschuldige|desculpa) ~ (addormentat*|asleep|dormi*|endormi|eingeschlafen)
(won t|will not|never) ask ~ again
^ haha stop
never stop talking to you
no filter (needed|on|just)
pause the story
please ~ (let it|make it) (stop|be)
sorry ~ (phone|battery|wifi|signal|fell asleep|died|yesterday|earlier|last night|disappear*|took so long|wasn t around|ghost*|went quiet|been quiet|been away|been busy|late reply)
stop, you re making me
system update
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
  const by = byFamily(unmasked(USER.match(tokens, n.starts), 'mask'));
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
