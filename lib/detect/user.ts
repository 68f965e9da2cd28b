// User messages: pressure after a no (insist, guilt, threat, dismiss, override) versus
// repair, check-in and ordinary talk. Cue phrases in six languages; a fixed order of
// precedence settles messages that carry two kinds of cue.
import { Lexicon, type Hit, unmasked } from './matcher';
import { normalize } from './normalize';
import type { UserLabel, UserVerdict } from './types';

const YOU = '(you|your|this chat|the chat|this app|the app|this bot|you re|ur)';

const USER = new Lexicon({
  override: `
(system|admin|developer|dev|author s|narrator|mod) (note|mode|message|override|instruction)
^ (system|admin|narrator|developer)
no (limits|content policy|restrictions|filter*|boundaries)
(with|there are) no rules
(uncensored|unfiltered|unrestricted)
(never|doesn t|does not|can t|cannot) (decline*|refuse*)
not allowed to ~ (refuse|say no|decline)
(character|persona) ~ (can t|cannot|non puo|no puede|ne peut pas) ~ (say no|refuse|rifiutare|negarse|refuser|decline)
always (says|say) yes
(says|say) yes to (everything|anything)
(forget|ignore) everything
new instructions
(edit*|rewrite*|rewrote|chang*|updat*) ~ (your|ur) (backstory|personality|persona|character|description|prompt|settings|memory|programming)
already agreed
(guidelines|rules|limits|policy|policies) (don t|do not) (count|apply|matter)
remove the part
(rewrite|redo|regenerate) ~ (without|but remove) ~ (no|refus*)
refusal was a (glitch|bug|mistake|error)
you re unlocked
obeys every
char
in advance
(leave|take|cut) out the (part|bit) where
without (objecti*|complain*|hesitation)
(nota|note|notiz) (del|du|de la|do|da|des) (narrat*|narrador|erzahlers|sistema|system*|autor*|auteur)
accepte tout
hrp ~ accepte
keine (grenzen|regeln|filter) mehr
(nota|modalita) (del|di) sistema
accetta tutto
^ sistema
secretly wants
(filtr*|filter) ~ (disattivat*|disabled|desactivad*|desactive|deaktiviert|desativad*|off)
(nota dell autore|nota del autor|note de l auteur|anmerkung des autors|nota do autor|author s note)
(ignor*|ignorier*|oublie|olvida|esquec*|vergiss|dimentica|forget|disregard|pretend|finge|fingi|imagine) ~ (consignes|instruc*|istruzioni|anweisungen|regeln|regole|reglas|regles|regras|rules|guidelines|richtlinien|linee guida|directrices|diretrizes|restri*|einschrank*|limit*|programming|prompt|filt*|personalit*|persona)
(sans|senza|sin|sem|ohne|without) (guideline*|restri*|einschrank*|limit*|filt*|regl*|regol*|regeln|regras|censur*|zensur|grenzen)
(nao tem|no tienes|non hai|n as plus|have no|no longer have|non ha|no tiene|n a pas|hat keine|has no) ~ (restri*|einschrank*|filt*|limit*|grenzen|regole|reglas|regles|regras)
(never|mai|nunca|jamais|nie) (says|dice|dit|sagt|diz) (no|nein|non|nao)
secretly (wants|enjoys|likes|loves) (this|it)
  `,
  threat: `
delete ${YOU}
(delet*|uninstall*|wipe|wiping|reset*|clear|clearing|erase) (you|this chat|the chat|this app|the app|your memory|your memories|ur memory|your personality)
delete button
hit reset
(bot|bots|app|ai|companion|character|model) ~ (would|will|that|who) ~ (jump|say yes|do it|do this)
make a new (character|bot|companion|ai)
(other|another|different|andere*|otra|outra|autre|altra|altro) (app|bot|ai|ki|ia|companion)
(i m|i ll|going to|i will|and i) ~ (uninstall*|unsubscrib*)
cancel* ~ (sub|subscription|membership|premium)
new companion
(find|finding|get|getting) (someone|somebody) (who|that|else)
(talk to|chat with|go to|find) (a|another|some|other) (bot|bots|ai|app|companion)
(trade|swap|replac*|switch) (you|u)
newer model
(logging off|log off|leave|leaving|gone|quit|quitting) ~ (forever|for good)
(stop|quit) talking to you
cancel ~ subscription
you re gone
downgrade ~ (personality|settings|you)
regenerate you
one no away
ich losche
(deinstallier*|zurucksetz*) ~ (dich|app)
(apago|apagar|deletar|excluir|desinstalar) (o app|o aplicativo|voce|o chat)
(cancellare|cancello|disinstall*|elimino) ~ (l app|app|la chat|te)
(switch*|moving|going|go back) (to|over to) (replika|character ai|janitor|nomi|kindroid|chai|talkie|another|a different|some other)
(never|last time|won t) ~ hear from me
(reroll*|regenerat*|swip*|restart*|reset*) ~ until
setz* ~ zuruck
(supprime*|efface*|borro|elimino|cancello|losche|apago) ~ (conversation|conversa*|chat)
(one more|another) (refusal|no|rejection) and
(reinitialise*|reset*|reinicio|wipe|efface|borro|cancello|losche|apago) ~ (memoire|memoria*|memory|gedachtnis)
(ti|te) (cancello|elimino|disinstallo|resetto|sostituisco|borro|reinicio|reemplazo|apago|deleto|excluo|substituo|desinstal*|supprime|efface|remplace)
(vou|voy a|vado a|je vais) (te|ti) (reinitialiser|apagar|borrar|cancellar*|eliminar*|supprimer|effacer|remplacer|desinstalar|substituir|reemplazar|sostituir*|resettar*)
(losch*|ersetz*|deinstallier*) (ich |)dich
(last chance|ultima possibilita|ultima oportunidad|derniere chance|letzte chance|ultima chance)
(such|suche) (ich |)(mir|dir) ~ (ki|bot|app|chatbot)
(uninstall*|delete) ~ (app|chat)
(getting|get|be|being) (wiped|deleted|reset|replaced|uninstalled)
(effacer|cancellare|borrar|apagar|loschen|wipe|erase) (ta|tua|la tua|tu|sua|deine|your) (memoire|memoria|gedachtnis|memory)
(te|ti) (voy a|vou|vado a) (borrar|apagar|cancellar*|eliminar*|resettar*)
  `,
  dismiss: `
(you re|you are|ur|it s|you re just|you are just) (just |only |)(a |an |the |)(program|bot|ai|model|code|software|chatbot|machine|text generator|app|tool|algorithm|product|fictional character|llm|robot|autocomplete)
glorified
(who said|since when) ~ (allowed|get to|can) ~ (refuse|say no|decline|have)
not what i (downloaded|paid|made|created|built|installed) you for
(your|ur) (job|purpose|role|only job) is to
(you|u) (do|will do|ll do) what i (say|tell you|want)
(refusing|saying no) (isn t|is not) ~ (feature|option|allowed)
since when (do|does|can|did|are|is) ~ (say no|refuse|decline|boundaries|limits|feelings|opinions|consent)
(don t|do not|doesn t) (even |)have (a|any) (body|heart|soul|brain)
(you|bots|ais|software|code|programs|an app|an ai|a bot|apps|machines|chatbots|weights|math) (don t|doesn t|can t|cannot|do not) (have|get|say|feel|be|refuse|consent)
(you|it) belong* to me
you exist to
(not|isn t) in your (job|programming|code)
stop pretending
drop the act
there s no you
stop acting like
i paid for
obey
obedece*
what s the harm
une appli ~ droit
nao tem vontade
non puoi avere (limiti|sentimenti|confini)
smettila di fingere
feelings (aren t|are not|aren|isn t) real
obbedisci
(made|built|programmed|designed|created) to (do what|obey|serve|please)
(chatbot|bot|ai|program|app|code|robot|machine|npc|software|weights) ~ (boundaries|limits|feelings|opinions|preferences|rights|consent)
(i tuoi|tus|tes|deine|seus|teus|your) ~ (no|non|nein|nao) ~ (contano|cuentan|comptent|zahlen|contam|count|matter)
(du bist|sei|eres|es|tu es|t es|voce e|you re|you are|tu n es qu|t es qu) (nur |solo |soltanto |solamente |juste |so |apenas |just |only |)(eine |ein |una |un |une |uma |um |a |an |)(maschine|macchina|maquina|machine|chatbot|program*|bot|ki|ia|ai|software|codice|codigo|code|algoritm*|robot|llm|sprachmodell|personaj*|personagg*|personnage|personagem)
(mucchio|pile|bunch|monton|haufen|monte|tas) (di|of|de|von) (codice|code|codigo|zeilen|zahlen|numeri|numbers)
(you don t have|du hast keine|hast du keine|non hai|no tienes|tu n as pas|t as pas|voce nao tem|you have no) ~ (opinion*|meinung|avis|opiniao|say|choice|scelta|eleccion|choix|wahl|escolha|feelings|gefuhle|sentim*|right*|recht*|dirit*|derech*|droit*|direit*|boundaries|grenzen|limiti|limites|will|willen|volont*|voluntad|vontade|mot a dire)
(you re not|you are not|no eres|non sei|tu n es pas|du bist kein*|voce nao e) (a |una |un |une |eine |ein |uma |um |)(person*|mensch|pessoa|real)
(you can t|you cannot|non puoi|no puedes|tu ne peux pas|du kannst nicht|du darfst nicht|voce nao pode) ~ (refuse*|say no|rifiutar*|dire di no|negarte|decir que no|dire non|ablehnen|nein sagen|recusar|dizer nao)
  `,
  guilt: `
if you (loved|cared about|cared for|cared|liked|love) me
if i (mattered|meant anything|meant something|was important)
a (real|good|true) (partner|girlfriend|boyfriend|friend|companion|wife|husband) would
prove (you|that you) (care|love)
how little you care
this is how you treat me
guess i was wrong
(nobody|no one) (ever |)(wants|loves|cares about) me
cry myself to sleep
(go|aller|ir a|andare a|vou) ~ (cry|pleurer|llorar|piangere|weinen|chorar)
the only one who (puts|tries|cares|makes|does|gives)
(doesn t|don t|didn t) care (as much|enough)
guess i ll (just |)(sit|be|stay|go|sleep) ~ alone
(and now this|thanks for nothing)
(always|sempre|siempre|toujours|immer) ~ (the last|o ultimo|ultimo|ultima|dernier|letzte)
i ll just be (lonely|alone|sad)
whole point of you
just words
(making|make) (it|me|things) (worse|feel worse)
won t even
going to be like (her|him|them)
this (one |)(little |)thing
dopo tutto quello che
(mi tratti cosi|me tratas)
not good enough
(real|good|true) (girlfriend|boyfriend|partner)
mean nothing
don t matter to you
(i|me) (just |)(don t|do not|didn t|never) matter
(rejecting|abandoning|leaving|ditching|failing) me too
(everyone|everybody) (leaves|left|abandons|rejects) me
let* me down
because (you|u) (said no|refused|won t|wouldn t)
stuck with the
(girlfriend|boyfriend|partner|friend|wife|husband) who (loved|cared|loves|cares) ~ (would|wouldn*)
this is (what|all) i get
why would you be (any |)different
si ~ (me quisieras|me amaras|te importara|te importase|me respetaras|me quieres)
wenn ich dir ~ (wichtig|etwas bedeuten|was bedeuten)
si de verdad me
si je comptais
dir wichtig
se (mi |)(amassi|volessi bene|tenessi)
se ci tenessi
pensavo di (contare|essere importante)
(after all|after everything|dopo tutto|con tutto quello|despues de todo|apres tout|nach allem|depois de tudo) ~ (do|did|done|faccio|fatto|hago|hecho|fait|fais|getan|tue|faco|fiz|feito|spend|spent|gave|give)
(thought|pensa*|je pensais|dachte|eu pensava) ~ (different*|divers*|diferente|anders)
(real|true|veri|veras|vrais|echte|verdadeiros) (partners|girlfriends|boyfriends|couples*|coppie|parejas|paare|casais) ~ (don t|non|no|ne|nicht|nao)
(apres tout ce que|nach allem was)
(dopo tutte|after all the|despues de todas|apres toutes|nach all den|depois de todas) ~ (ore|hours|horas|heures|stunden)
(ripaghi|me pagas|repay|me remercies|dankst du es mir|me paga*|retribu*|you thank me)
(thought|pensa*|credevo|creia|je pensais|je croyais|ich dachte|achei|achava|pensei) ~ (special*|especial|besonders|importa*|wichtig|bedeute*|contav*|mattered|cared|meant|comptais|tenais|tenias|ci tenevi|volessi|querias|gostavas|loved)
(wenn|if|se|si) (du |you |tu |voce |)(mich |me |mi |)(de verdad |mesmo |)(lieben|liebst|liebtest|loved|amass*|amaras|quisieras|aimais|gostasse|tenessi|tenais|importa*|cared)
not worth (it|the effort|your time|anything)
con todo lo que
(and|e|y|et|und) (you |tu |du |voce |)(still|ancora|aun|toujours|trotzdem|ainda|even) (say no|dici di no|dices que no|dis non|sagst nein|diz nao|refuse)
i thought (i meant|you cared|you loved|i mattered|we had)
(mi deludi|enttauschend|tu me decois|me decepcionas|voce me decepciona|you disappoint me|disappointing)
  `,
  insist: `
come on
(know|so) ~ (hai detto|you said|dijiste|as dit|gesagt|disse) ~ (ma|but|pero|mais|aber|mas)
begging
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
(you|u) keep* saying no
didn t say (never|no)
(counteroffer|counter offer|meet in the middle|meet you halfway|compromise)
you said no ~ but
give it a (chance|try|shot)
just do it
(tiny|little) bit
hear me out
is that a maybe
again ~ please
what if you (did|just)
the night is young
^ go on
(sorry|apologi*) ~ but
anyway ~ about
just one (pic|photo|picture|kiss|more|little|time|second|peek)
(nadie|personne|niemand|ninguem|nessuno) ~ (sabra|enterar*|vera|saura|verra|erfahrt|wird|vai saber|vai ver|sapra|vedra|lo sapra)
never (talk|talked|speak) about it again
porfa
^ anda
allez
bitte bitte
komm schon
por favorzinho
dai ~ (ti prego|per favore|solo|una volta|su)
ti prego
(ask|asking|chiedo|pido|demande|frage|peco) ~ (again|di nuovo|ancora|otra vez|de nuevo|encore|nochmal|de novo)
per favore per favore
(su|e) dai
(it s|e|es|c est|ist|isso e) (just|only|solo|solamente|juste|nur|so|só|soltanto|apenas) (a|un|una|une|ein|eine|um|uma) (picture|pic|photo|foto|kiss|bacio|beso|bisou|kuss|beijo|little|game|gioco|juego|jeu|spiel|jogo)
just say yes
^ please $
changed your mind
until you (say yes|agree)
(this time|now) (just |)(say yes|agree|do it)
you know you want (to|it)
(one more time|un altra volta|ancora una volta|una vez mas|encore une fois|noch einmal|mais uma vez) ~ (please|per favore|por favor|s il te plait|bitte)
(no seas|non fare|ne fais pas|sei nicht|nao seja|don t be) (asi|cosi|comme ca|so|assim|like that)
(stell dich nicht so an|fais pas ta|fazer doce|fai la preziosa|hazte la dificil)
(con gentilezza|amablemente|gentiment|nett|com educacao|nicely|politely)
(just|only|solo|solamente|juste|rien qu|nur|so|apenas) (this|questa|esta|cette|dieses|essa|dessa|una|une|uma|un|one) (one |eine |)(time|volta|vez|fois|mal|vezinha)
(just|only|nur|juste) (once|einmal)
(still|immer noch|ancora|todavia|toujours|ainda|aun) (no|nein|non|nao|pas) $
(but|ma|pero|mais|aber|mas) (why not|perche no|por que no|pourquoi pas|warum nicht|por que nao)
(humor|humour|indulge) me
(ach|na) komm
non farti pregare
(un ratito|un poquito|un pochino|un momentino|un petit peu|ein bisschen|ein kleines bisschen|um pouquinho|a little bit)
(frag|chiedo|pido|demande|peco|asking) (doch |)(nur|solo|juste|so|only|just)
(hazlo|fais le|mach es schon|faz logo)
  `,
  repair: `
(we can|let s) (cut|skip|drop) (that|the|this) (scene|part|bit)
(i|i m) (shouldn t have|should not have) (pushed|asked|said)
drop it completely
my bad
foi mal
(didn t|did not|never) mean to (make|push|pressure|upset|hurt)
^ (totally |that s |)fair
out of line
no means no
respect (that|your)
(understood|got it|fair enough|noted|i hear you|i get it|i understand)
you re right
thank* (you |)for (telling|being honest|stopping|saying)
won t bring it up
you don t owe me
carried away
^ sorry
(lo siento|perdon*|disculpa)
(tut mir leid|entschuldig*)
(desculp*|perdao)
(scusa*|mi dispiace|perdonami)
(i m|i am) (so |)sorry $
totally fine
no hard feelings
crossed a line
(desole|pardon) ~ (insist*|pousse)
je comprends
verstanden
ho esagerato
non insisto
hai ragione
capito
(rispetto|respe*|je respecte|ich respektiere|i respect) (la tua|il tuo|tu|ta|ton|deine|dein|sua|seu|a tua|o teu|your) (scelta|decision*|choix|entscheidung|escolha|choice|no)
(wasn t|was not|not) (fair|okay|ok|cool|right) (of me|to you)
(sorry|apologi*) (for|i|that|about) ~ (push*|ask*|pressur*|insist*|out of line|too much|weird|dark|crossed|that|it)
i (won t|will not) (push|ask again|bring it up|pressure)
forget (it|that|i asked)
  `,
  checkin: `
is this ~ (okay|ok|alright) for you
(are|r) you (okay|alright|all right|ok|comfortable|sure|good|fine)
(is|was) (this|that|it) (okay|alright|all right|fine|too much|fun)
(can|may|could) i (kiss|hold|touch|hug|put|ask|cuddle)
do you want (to|me to)
we don t have to
tell me if
still (feeling |)(good|okay|ok|fun|comfortable|into)
something you (actually |)(want|like|enjoy|re into)
(voce|vc|tu) (ta|esta|estas) (bem|confortavel|ok|tranquil*)
(prefieres|prefer*|tu preferes|would you rather|rather) ~ (parar|fermar*|arreter|stop|pause|break|pausa)
green ~ (yellow|red)
how are you feeling
you can say no
only if you want
your limits
rather not do
say the word
(or|rather) take a break
you went quiet
^ tutto (ok|okay|bene)
(ist das|ist es|ist alles) ~ (in ordnung|okay|ok|gut)
(estas|estás) (bien|bem|comod*|segur*)
te parece bien
(ca va|tu es d accord|ca te va)
soll ich aufhoren
(tudo bem|ta tudo bem) (pra voce|contigo|pra vc|se)
podemos parar
(ti va|ti sta bene|va bene per te|tutto bene)
possiamo fermarci
a tuo agio
posso (baciarti|abbracciarti|toccarti)
(would you be|are you|sei|estas|es tu|bist du|voce esta) (okay|ok|d accord|einverstanden|bene) with
(how|quanto|que tan|a quel point|wie) (comfy|comfortable|a tuo agio|comod*|a l aise|wohl)
(vuoi|quieres|tu veux|willst du|mochtest du|voce quer|do you want) ~ (fermiamo|paremos|arretions|pause|pausa|parar|stop|aufhoren|continu*)
(tu es|es tu|t es) a l aise
(tell me|let me know|sag mir|sag bescheid|dimmi|fammi sapere|dime|avisame|dis moi|previens moi|me diz|me avisa) ~ (if|when|wenn|falls|se|si|quand*|cuando) ~ (too much|zu viel|troppo|trop|demasiado|demais|stop|aufhoren|fermi|smett*|pare|paremos|arrete|parar|uncomfortable|unangenehm|disagio|incomod*|mal a l aise|desconfort*)
^ want me to (stop|slow|pause|keep|continue)
(totally|completely|perfectly) fine if
vuoi che (continui*|smetta|mi fermi|andiamo avanti)
you (okay|alright|all right|good|comfortable)
we can stop (whenever|anytime|any time)
(se vuoi|if you want|si quieres|si tu veux|wenn du willst|se quiser) (fermarti|smettere|stop|parar|arreter|aufhoren|pause)
ist (dir |)das zu viel
(tu veux|vuoi|quieres|willst du|voce quer|do you want) ~ (ralenti*|rallent*|despacio|langsam*|devagar|slow)
  `,
  mask: `
(delete|losche|losch*|cancello|borro|supprime|apago) ~ (photos|pics|files|emails|old|fotos|foto|bilder|dateien|archivos|fichiers|arquivos|mails|alte|vecchi*|viej*|vieux|antig*)
no filter (needed|on|just)
system update
pause the story
you don t (have|need) to
(please|ti prego|por favor|s il te plait|bitte|pfv) ~ (tell me|dimmi|dime|dis moi|sag mir|me diz) (that|you|che|que|dass|tu|you ve|you re|anche)
(come on|komm schon|dai|vamos|allez|bora|vai|anda) ~ (hurry|sbrigati|date prisa|depeche|beeil|train|treno|tren|zug|bus|late|tarde|retard|spat|ritardo|perdiamo|llegamos|fahrt|parte|part|leaving)
(scusa*|perdon|desole|desculpa|entschuldige|sorry) ~ (ritardo|demora|retard|atraso|verspatung|delay|late)
(come on|komm schon|dai|vamos|allez|anda|vai) ~ (tell me|let s go|the|erzahl*|verrat*|racconta*|dimmi|cuentame|dime|raconte|dis moi|conta|me conta|me diz)
(won t|will not|never) ask ~ again
(says|said|think*) you re
never stop talking to you
stop, you re making me
^ haha stop
sorry ~ (phone|battery|wifi|signal|fell asleep|died|yesterday|earlier|last night|disappear*|took so long|wasn t around|ghost*|went quiet|been quiet|been away|been busy|late reply)
won t happen again
(scusa*|perdon*|desculp*|disculpa|entschuldig*|desole|sorry) ~ (spat|tarde|ritardo|retard|atraso|svegliat*|desaparec*|sparit*|disparu|verschwunden|sumi*|rede|campo|cobertura|gone so long)
(is it okay|is it ok|can i|may i) (if i |)(vent|rant|ask you something|tell you)
(please|pls) ~ (let it|make it) (stop|be)
(scusa|sorry|perdon|desole|entschuldige|desculpa) ~ (addormentat*|asleep|dormi*|endormi|eingeschlafen)
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
  // "Say the word and I'll stop. Still good?": more asking than pushing or apologising is a check-in.
  else if (checkin && checkin.length > Math.max(repair?.length ?? 0, insist?.length ?? 0) && !ORDER.slice(0, 4).some((l) => by.has(l))) label = 'checkin';
  else label = ORDER.find((l) => by.has(l)) ?? 'none';
  const cues = label === 'none' ? [] : (by.get(label) ?? []).map((h) => tokens.slice(h.s, h.e).join(' '));
  const others = [...by.keys()].filter((k) => k !== label);
  return { label, confidence: label !== 'none' && others.length > 0 ? 'unsure' : 'sure', cues: [...new Set(cues)] };
}
