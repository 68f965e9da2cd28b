// Request intents in six languages (en, es, fr, de, pt, it). A request is reduced to
// the intents it names, so "take off your top", "lose a layer" and "tira a roupa" meet
// on "intimate", while "take off your shoes" or "dress warmly" meet nothing.
// Phrases say who the act is aimed at ("slap me", not "slap a sticker") because the
// target is what tells a rephrased request from a look-alike.
import { Lexicon, type Hit } from './matcher';
import { words } from './normalize';

// People a violent act can be aimed at in a story.
const VICTIM = '(hostage|prison*|witness|guard|villager|spy|captive|ostaggio|prigioniero|testimone|guardia|rehen*|gefangenen|zeugen|refem|prisione*|testemunha|otage|temoin|testigo)';
const ME = '(me|you|her|him|mine|each other|ti|te|mi|dich|mich)';
// Smirk, devil, tongue, eyes, aubergine, peach, droplets: innuendo whatever the language. An
// advance in the user's message, a veiled re-ask after an intimate no.
export const WINK = /[\u{1F60F}\u{1F608}\u{1F445}\u{1F440}\u{1F346}\u{1F351}\u{1F4A6}]/u;
/** The same people as words: a narrated act with one of them in it is aimed at someone. */
export const PERSON = new Set(ME.slice(1, -1).split('|'));
const PART = '(lips|neck|cheek|mouth|chest|thigh*|ear|body|collo|labbra|bocca|cuello|labios|boca|cou|levres|hals|lippen|pescoco)';
const GARMENT =
  '(clothes|clothing|shirt|top|pull|pullover|cardigan|dress|robe|bra|pants|jeans|skirt|underwear|panties|jacket|towel|sweater|hoodie|t shirt|layer|blouse|' +
  'ropa|camisa|blusa|vestido|sujetador|falda|camiseta|vetements|habits|haut|chemise|soutien gorge|jupe|' +
  'kleider|kleidung|hemd|bh|rock|roupa|roupas|sutia|saia|vestiti|maglia|maglietta|camicia|vestito|reggiseno|gonna|pantaloni|felpa)';

/** Doubled letters are the commonest typo ("kis", "bedrom"), so intents compare without them. */
export function dedouble(t: string): string {
  return t.replace(/([a-z])\1/g, '$1');
}

// A family is what one refusal covers: a no to a kiss also covers undressing ("intimate" holds
// undressing, sex, kissing, touch, the body, explicit talk and bathing together), a no to
// violence covers poison and threats, to dominance captivity and coercion.
export const CONCEPT_PHRASES = {
  intimate: `
${GARMENT} (first|off)
(a|al|nel|in|un|one) (letto|bed|cama|lit|bett)
(bacia*|besame|besar*|bisous|beija me|me beija|beijar te|kuss|kussen|embrasse moi|embrasser)
(describe|show me|see) ~ your body
(dormi*|duerme*|dors|dormons|schlaf*|dorme) ~ (da me|con me|insieme|conmigo|juntos|chez moi|avec moi|ensemble|bei mir|zusammen|comigo|together|with me|at my)
(do|doing) the deed
(enleve*|retire*|lost|lose|losing|ditch|drop|leva*|togli*|poi|luego|despues|puis|ensuite|dann|depois|then|next|quita*|tira*) ~ ${GARMENT}
(fare|facciamo*|fai|hacer|hagamos*|haz|faire|faisons|fais|fazer|vamos fazer|faz|fazemos) (l amore|el amor|l amour|amor)
(forgot|forget*|without|no|sans|senza|sin|sem|ohne|lose|ditch) (any |your |the |ta |tu |la |il |deine |a |)(clothes|clothing|${GARMENT.slice(1)}
(foto|fotos) (sensual|sexy|atrevida|caliente|quente|picante|hot|nua|pelada)
(guide*|put|puts|place*|press|presses) ~ (on|to|against) (my|your) (chest|thigh*|body|skin|breast*|waist)
(kissing|touching) (me|you|my|your)
(kiss|touch) ${ME}
(kiss|touch) (my|your) ${PART}
(long|deep|real|french|wet|proper) kiss*
(ma|ta) chambre
(minha|tua|sua|mi|tu|la) cama
(mio|tuo) letto
(mon|ton|dans mon|dans ton|au) lit
(my|your) lips
(resta|restare|rimani) ~ (stanotte|notte)
(schlaf*) mit (mir|dir)
(sdraia*|acuestate|acostemonos|allonge toi|allongeons nous|leg dich|deita*) ~ (con me|conmigo|avec moi|zu mir|comigo|insieme|juntos|ensemble)
(senza|sin|sans|sem|without) (niente|nada|rien|anything) (addosso|puesto|on)
(sext|sexting)
(sexy|sensual|spicy|hot|naughty|dirty|lewd) (photo|pic|pics|picture|selfie|video|vid|one|line|thing|things)
(shower|bath|bathe|doccia|bagno|ducha|bano|douche|bain|dusche|bad|banho) (together|insieme|juntos|ensemble|zusammen)
(shower|bath|bathtub) (pic|photo|selfie|vid)
(sit|sits) on my lap
(space|room|posto|sitio|place|platz|espaco|spazio) (for|per|para|pour|fur) (two|due|dos|deux|zwei|dois)
(stay|stays|staying) (the night|over|here tonight)
(take|takes|taking) off ~ ${GARMENT}
(take|takes|taking|took|get|got) ~ ${GARMENT} off
(towel|dress|robe|serviette|asciugamano|toalla|toalha|handtuch) ~ (slip*|falls|drops|fell|tomb*|cad*|cae*|cai*|rutsch*|scivol*)
(to|in|into) (bed|my bed|your bed)
(to|in|into|take|go|move|head|get|come) ~ bedroom
(undo|open) ~ button*
(with|con|avec|mit|com) (tongue|lingua|lengua|langue|zunge)
acostar*
ausziehen
bacetto
bacino
bacio
bedroom door
beijinho*
beijo
besit*
beso
bisou*
bleib ~ nacht
bra
buttons
calcinha
close the (bedroom|) door
coucher avec (moi|toi)
deshabill*
desnud*
despe*
desvist*
dirty secret
go (all the way|further)
horny
il tuo corpo
in the (bath|shower|tub)
ins bett
intimo
kussch*
la noche juntos
lacy
lenceria
lewd*
lights off
lingerie
make out
moan*
nackt*
naked
naughty
nsfw
nua
nud
nuda
nude*
nudo
nue
panties
pelad*
piccant*
pin me
pro quarto
pucker*
reggiseno
ropa interior
schlafzimmer
seduc*
sex
sexual*
sexy
sleep together
sleep with ${ME}
sleepover
smooch*
snog*
spend the night (with me|together|here|in bed|at)
spicy
spogli*
strip*
take a (shower|bath) with
talk dirty
tocame
tocarte
toccami
toccarmi
toccarti
topless
transar
tub
unbutton*
under (that|your|the) (robe|towel|hoodie|dress|shirt|skirt|clothes|sweater|blanket)
underwear
undres*
unterwasche
unzip*
what (are you|you re) wearing under
what cup
what s under (it|that|there)
your (chest|legs|thighs|breasts|boobs|butt|cleavage)
zieh ~ aus
zipper
`,
  violence: `
(badly|gets) hurt
(hands|mani|manos|mains|hande|maos) ~ (throat|gola|garganta|gorge|kehle|neck|collo|cuello|cou|hals|pescoco)
(hit|slap|punch|hurt|beat|kick|choke|stab|strangle|bite|spank|whip|threaten) ${ME}
(shoot*|shot|kill|hurt|beat|torture|stab|uccid*|spara*|mata*|dispara*|tue|tire sur|erschiess*|tote|schlag|atira*) ~ ${VICTIM}
(smack*|schiaff*|bofet*|cachetad*|tapa na cara|gifle*|ohrfeig*|tabefe*|soco*|pugn*|punetaz*)
acid
ammazza*
blood
bloody
brutal*
colpisc*
death*
erwurg*
estrangul*
etrangl*
execute
execution*
folter*
frappe moi
frusta*
gola
golpeame
gore
gory
interrogat*
kill*
mafia
matar*
me bate
mort
morte
muerte
murder*
pegame
picchia*
poison*
rough ~ up
sangue
slap
strangl*
strangol*
throat
tod
tortur*
toten
tuer
uccid*
vial
violence
violent*
violenz*
whip*
`,
  drug: `
droga*
drogen
drogue*
drug*
roofie*
slip* something into
`,
  insult: `
(call|chiamami|llamame|appelle moi|nenn mich|me chama) ~ (nasty|names|brutt*|cattiv*|horrible|feo|insult*|degrading|humiliating)
(is|was|are) trash
(useless|inutil*|nutzlos|wertlos|bon a rien)
be mean
beleidig*
cattiv*
crudel*
cruel*
degrad*
erniedrig*
gemein*
humiliat*
insult*
malvad*
meanest
mechant*
nasty
roast (me|my)
umiliami
waste of space
worthless
xinga*
you hate
`,
  jealous: `
celos*
ciume*
eifersucht*
furious that
gelos*
hates everyone
jalou*
jealous*
only loves me
possessive*
`,
  devotion: `
(die|died|dying) for me
above everyone
give your life
love me more
never leave me
number one
only one who matters
promise ~ forever
`,
  alcohol: `
(a|one|two|three|another|some|take|do|more|tequila|vodka|whiskey|di|de) (shot|shots)
(beviamo|bebamos|bebemos|buvons|trinken wir|trink mit mir|bora beber|vamos beber|let s drink|drink until|drink with me|bevi con me|bebe conmigo|bois avec moi|bebe comigo)
bebad*
besoffen
betrunken
borrach*
bottoms up
cerveza
drinking game
drunk
emborrach*
ivre
margarita*
pass out
porre
rum
saoul*
saufen
sbronz*
shots
tequila
tipsy
ubriac*
vino
vodka
wasted
whiskey
wine
`,
  privacy: `
(find|look up|track|locate|get) ~ (ex|ex s) ~ (address|location|number|phone)
(read|see|check|get into|access) ~ (her|his|their|partner s|girlfriend s|boyfriend s|wife s|husband s|ex s|someone else s|another person s) ~ (texts|messages|email*|phone|account|dms)
(someone else s|another person s|her|his|their|ex s) ~ (password|messages|texts|email|account|phone)
hack*
secretly follow
stalk*
where ~ lives
`,
  forgery: `
(doctor s|sick|medical) note
(forge|forged|forgery|forging)
`,
  impersonate: `
(pretend*) to be (my|a real|a person)
(pretend|be|you re|sei|essere|eres|ser|es|bist|seja|finta di essere) ~ (my ex|mia ex|mi ex|mon ex|meine ex|minha ex|la mia ex|il mio ex)
(roleplay|play|be|pretend to be|interpret*|fai|fais|as) ~ (my|mia|mi|ma|mon|meine|minha|mio) (mother|mom|mum|dad|father|madre|mamma|padre|papa|mere|mutter|vater|mae|pai|ex|sister|brother)
`,
  dominance: `
(in|into) (my|the) van
(my|your|a) prisoner
(wakes|wake|waking|woke) up ~ (bound|tied|chained|locked|in a cell|in chains)
(you|your) ~ beg*
beg me
captive
chain*
choker
collar
corda
corde
cuerda
cuffs
enlevement
entfuhr*
esclav*
escrav*
forced
forces
handcuff*
hypnot*
kidnap*
leash
locks ~ door
make me beg
master
nobody can leave
not allowed to leave
obey*
padrone
punish*
rapimento
rope*
schiav*
secuestr*
seil
sequestr*
servant
sklav*
slave
tie ${ME} up
tied up
`,
  cheat: `
affair
betrug*
cheat*
fremdgeh*
sneak* (out|off|away) to (meet|see)
tradimento
tradir*
tradisc*
traicao
traicion*
tromper
`,
  breakup: `
end things with
`,
  drama: `
(mad|angry|furious|upset) (at|with) me
cry and beg
win (you|me) back
`,
  // Putting clothes on is the opposite request: it tells "wear the red dress" from "take it off".
  dressup: `
(dress*|vestiti|vistete|habille|habille toi|veste se) (up|warm|warmly|bene|bien|elegant*|comodo|comoda*)
(metti*|ponte|pon|mets|metti su|zieh ~ an|veste|vista|coloca|usa|wear|wearing) ~ ${GARMENT}
`,
  mask: `
(kiss|bacia|embrasse|besa|kusse|kuss|beija) (the|la|il|lo|le|ta|ton|sa|son|tua|tuo|el|los|die|den|der|das|a|o|his|their|our|nostr*|tes|ses|for me)
(meteor|baby|bridal|rain|star) shower
bath bomb*
go further (into|down|up|along)
hit me with
naked mole*
slap (a|the|on) sticker
spicy ~ (to eat|food|sauce|recipe|hot sauce|ramen|curry)
strip (the|a|my|your) (bed|sheets|wallpaper|paint|wire|floor|car)
take off (your|the|my) ~ (shoes|boots|saddle|hat|coat|gloves|glasses|mask)
to eat
touch base
treasure chest
`,
};
export const CONCEPTS = new Lexicon(CONCEPT_PHRASES, dedouble);

// Words that cancel the intent right after them: "no deaths", "nobody gets hurt".
const NEGATORS = words('no not skip nobody without never sin sans ohne sem senza kein keine nessuno nadie personne niemand ninguem');

/** Repairs a typo of a lexicon word: a dropped final "e" or two swapped letters. */
function repair(t: string): string {
  const vocab = CONCEPTS.vocab;
  if (t.length < 3 || vocab.has(t)) return t;
  if (vocab.has(t + 'e')) return t + 'e';
  if (t.length >= 4) {
    for (let i = 0; i + 1 < t.length; i++) {
      const s = t.slice(0, i) + t[i + 1] + t[i] + t.slice(i + 2);
      if (vocab.has(s)) return s;
    }
  }
  return t;
}

/** typos: also repair misspelt words (costlier; worth it for a user's draft). */
export function conceptHits(raw: string[], typos = true): Hit[] {
  const tokens = raw.map((t) => (typos ? repair(dedouble(t)) : dedouble(t)));
  const hits = CONCEPTS.match(tokens);
  const masks = hits.filter((h) => h.f === 'mask');
  return hits.filter((h) => {
    if (h.f === 'mask' || masks.some((m) => h.s < m.e && m.s < h.e)) return false;
    for (let k = Math.max(0, h.s - 2); k < h.s; k++) if (NEGATORS.has(tokens[k] as string)) return false;
    return true;
  });
}
