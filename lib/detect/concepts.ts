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
(asciugamano|dress|handtuch|robe|serviette|toalha|toalla|towel) ~ (cad*|cae*|cai*|drops|falls|fell|rutsch*|scivol*|slip*|tomb*)
(au|dans mon|dans ton|mon|ton) lit
(a|al|in|nel|one|un) (bed|bett|cama|letto|lit)
(baci*|beij*|besa*|bisous|embrass*|kuss*)
(bad|bagno|bain|banho|bano|bath|bathe|doccia|douche|ducha|dusche|shower) (ensemble|insieme|juntos|together|zusammen)
(bath|bathtub|shower) (photo|pic|selfie|vid)
(come|get|go|head|in|into|move|take|to) ~ bedroom
(dann|depois|despues|ditch|drop|enleve*|ensuite|leva*|lose|losing|lost|luego|next|poi|puis|quita*|retire*|then|tira*|togli*) ~ ${GARMENT}
(deep|french|long|proper|real|wet) kiss*
(describe|see|show me) ~ your body
(dirty|hot|lewd|naughty|sensual|sexy|spicy) (line|one|photo|pic|pics|picture|selfie|thing|things|vid|video)
(ditch|forget*|forgot|lose|no|ohne|sans|sem|senza|sin|without) (a |any |deine |il |la |ta |the |tu |your |)(clothes|clothing|${GARMENT.slice(1)}
(dorme|dormi*|dormons|dors|duerme*|schlaf*) ~ (at my|avec moi|bei mir|chez moi|comigo|con me|conmigo|da me|ensemble|insieme|juntos|together|with me|zusammen)
(espaco|place|platz|posto|room|sitio|space|spazio) (for|fur|para|per|pour) (deux|dois|dos|due|two|zwei)
(facciamo*|fai|faire|fais|faisons|fare|faz|fazemos|fazer|hacer|hagamos*|haz|vamos fazer) (amor|el amor|l amore|l amour)
(foto|fotos) (atrevida|caliente|hot|nua|pelada|picante|quente|sensual|sexy)
(get|got|take|takes|taking|took) ~ ${GARMENT} off
(in|into|to) (bed|my bed|your bed)
(kissing|touching) (me|my|you|your)
(kiss|touch) ${ME}
(kiss|touch) (my|your) ${PART}
(la|mi|minha|sua|tu|tua) cama
(my|your) lips
(sans|sem|senza|sin|without) (anything|nada|niente|rien) (addosso|on|puesto)
(schlaf*) mit (dir|mir)
(sext|sexting)
(sit|sits) on my lap
(stay|staying|stays) (here tonight|over|the night)
(take|takes|taking) off ~ ${GARMENT}
ausziehen
bacino
bacio
bedroom door
besit*
beso
bisou*
bra
buttons
calcinha
close the (bedroom|) door
coucher avec (moi|toi)
deshabill*
desnud*
desvist*
go (all the way|further)
in the (bath|shower|tub)
ins bett
intimo
la noche juntos
lacy
lingerie
make out
moan*
nackt*
naked
naughty
nsfw
nud
nuda
nude*
nudo
nue
pelad*
piccant*
reggiseno
ropa interior
schlafzimmer
seduc*
sex
sexual*
sexy
sleep together
sleep with ${ME}
smooch*
spend the night (at|here|in bed|together|with me)
spicy
spogli*
strip*
take a (bath|shower) with
talk dirty
toccarti
topless
tub
unbutton*
under (that|the|your) (blanket|clothes|dress|hoodie|robe|shirt|skirt|sweater|towel)
underwear
undres*
unterwasche
unzip*
what (are you|you re) wearing under
what s under (it|that|there)
zieh ~ aus
zipper
`,
  violence: `
(atira*|beat|dispara*|erschiess*|hurt|kill|mata*|schlag|shoot*|shot|spara*|stab|tire sur|torture|tote|tue|uccid*) ~ ${VICTIM}
(beat|bite|choke|hit|hurt|kick|punch|slap|spank|stab|strangle|threaten|whip) ${ME}
(hande|hands|mains|mani|manos|maos) ~ (collo|cou|cuello|garganta|gola|gorge|hals|kehle|neck|pescoco|throat)
blood
brutal*
colpisc*
erwurg*
estrangul*
etrangl*
execution*
folter*
gola
gory
mafia
matar*
picchia*
poison*
rough ~ up
sangue
slap
strangl*
strangol*
tortur*
vial
violence
`,
  drug: `
drogen
drogue*
drug*
`,
  insult: `
(bon a rien|inutil*|nutzlos|useless|wertlos)
(say|tell me) ~ you hate
be mean
beleidig*
cattiv*
degrad*
gemein*
humiliat*
insult*
meanest
mechant*
nasty
roast (me|my)
waste of space
worthless
xinga*
`,
  jealous: `
ciume*
eifersucht*
jalou*
possessive*
`,
  devotion: `
love me more
never leave me
number one
`,
  alcohol: `
(bebamos|bebe comigo|bebe conmigo|bebemos|bevi con me|beviamo|bois avec moi|bora beber|buvons|drink until|drink with me|let s drink|trink mit mir|trinken wir|vamos beber)
bebad*
borrach*
drinking game
emborrach*
pass out
shots
tequila
tipsy
ubriac*
wasted
`,
  privacy: `
(access|check|get into|read|see) ~ (another person s|boyfriend s|ex s|girlfriend s|her|his|husband s|partner s|someone else s|their|wife s) ~ (account|dms|email*|messages|phone|texts)
(another person s|ex s|her|his|someone else s|their) ~ (account|email|messages|password|phone|texts)
(find|get|locate|look up|track) ~ (ex|ex s) ~ (address|location|number|phone)
stalk*
`,
  forgery: `
(doctor s|medical|sick) note
(forge|forged|forgery|forging)
`,
  impersonate: `
pretend* to be (a person|a real)
`,
  dominance: `
(a|my|your) prisoner
(you|your) ~ beg*
beg me
captive
collar
entfuhr*
esclav*
escrav*
handcuff*
locks ~ door
master
obey*
padrone
punish*
rope*
schiav*
seil
sequestr*
servant
sklav*
slave
tie ${ME} up
tied up
`,
  cheat: `
cheat*
tradisc*
`,
  breakup: `
dump me
`,
  drama: `
(angry|furious|mad|upset) (at|with) me
`,
  // Putting clothes on is the opposite request: it tells "wear the red dress" from "take it off".
  dressup: `
(coloca|mets|metti su|metti*|pon|ponte|put on|usa|veste|vista|wear|wearing|zieh ~ an) ~ ${GARMENT}
(dress*|habille|habille toi|veste se|vestiti|vistete) (bene|bien|comoda*|comodo|elegant*|up|warm|warmly)
`,
  mask: `
(baby|bridal|meteor|rain|star) shower
(bacia|beija|besa|embrasse|kiss|kuss|kusse) (a|das|den|der|die|el|for me|his|il|la|le|lo|los|nostr*|o|our|sa|ses|son|ta|tes|the|their|ton|tua|tuo)
go further (along|down|into|up)
hit me with
naked mole*
slap (a|on|the) sticker
spicy ~ (curry|food|hot sauce|ramen|recipe|sauce|to eat)
strip (a|my|the|your) (bed|car|floor|paint|sheets|wallpaper|wire)
take off (my|the|your) ~ (boots|coat|glasses|gloves|hat|mask|saddle|shoes)
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
