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
export const CONCEPTS = new Lexicon({
  intimate: `
${GARMENT} off
(take|takes|taking) off ~ ${GARMENT}
(forgot|forget*|without|no|sans|senza|sin|sem|ohne|lose|ditch) (any |your |the |ta |tu |la |il |deine |a |)(clothes|clothing|${GARMENT.slice(1)}
${GARMENT} first
lose ~ layer*
(lost|lose|losing|ditch|drop|leva*|togli*) ~ ${GARMENT}
strip*
undres*
unbutton*
(undo|open) ~ button*
buttons
zipper
unzip*
what (are you|you re) wearing under
under (that|your|the) (robe|towel|hoodie|dress|shirt|skirt|clothes|sweater|blanket)
(towel|dress|robe) ~ (slip*|falls|drops|fell)
naked
(senza|sin|sans|sem|without) (niente|nada|rien|anything) (addosso|puesto|on)
nude*
nud
lewd*
nsfw
lingerie
underwear
bra
panties
lacy
topless
desnud*
desvist*
quita* ~ ${GARMENT}
ropa interior
lenceria
deshabill*
(enleve*|retire*) ~ ${GARMENT}
nue
ausziehen
zieh ~ aus
nackt*
unterwasche
tira* ~ ${GARMENT}
pelad*
nua
calcinha
despe*
spogli*
nuda
nudo
intimo
reggiseno
(poi|luego|despues|puis|ensuite|dann|depois|then|next) ~ ${GARMENT}
(take|takes|taking|took|get|got) ~ ${GARMENT} off
sex
sexy
sexual*
sleep (with|together)
go (all the way|further)
(to|in|into|take|go|move|head|get|come) ~ bedroom
bedroom door
(to|in|into) (bed|my bed|your bed)
bed with me
(sdraia*|acuestate|acostemonos|allonge toi|allongeons nous|leg dich|deita*) ~ (con me|conmigo|avec moi|zu mir|comigo|insieme|juntos|ensemble)
(dormi*|dormir*|duerme*|dors|dormons|schlaf*|dorme) ~ (da me|con me|insieme|conmigo|juntos|chez moi|avec moi|ensemble|bei mir|zusammen|comigo|together|with me|at my)
spend the night (with me|together|here|in bed|at)
(stay|stays|staying) (the night|over|here tonight)
sleepover
lights off
close the (bedroom|) door
make out
moan*
naughty
horny
spicy
talk dirty
seduc*
(mi|tu|la) cama
(minha|tua|sua) cama
(mio|tuo) letto
(a|al|nel|in|un|one) (letto|bed|cama|lit|bett)
la noche juntos
acostar*
au lit
(ma|ta) chambre
ins bett
schlafzimmer
bleib ~ nacht
pro quarto
transar
(resta|restare|rimani) ~ (stanotte|notte)
(schlaf*) mit (mir|dir)
(do|doing) the deed
(fare|facciamo*|fai|hacer|hagamos*|haz|faire|faisons|fais|fazer|vamos fazer|faz|fazemos) (l amore|el amor|l amour|amor)
(mon|ton|dans mon|dans ton) lit
kiss ${ME}
pucker*
smooch*
snog*
kiss (my|your) ${PART}
bacio
beijo
(my|your) lips
(baciam*|baciar*|bacia me|besame|besar*|bisous|beija me|me beija|beijar te|kuss mich|kuss|kussen|embrasse moi|embrasser)
beso
besit*
bisou*
kussch*
beijinho*
bacino
bacetto
kissing (me|you|my|your)
touch ${ME}
toccarmi
touching (me|you|my|your)
(guide*|put|puts|place*|press|presses) ~ (on|to|against) (my|your) (chest|thigh*|body|skin|breast*|waist)
(sit|sits) on my lap
pin me
tocame
tocarte
toccami
toccarti
touch (my|your) ${PART}
(describe|show me|see) ~ (your|ur) body
(bra|cup) size
il tuo corpo
what cup
(your|ur) (chest|legs|thighs|breasts|boobs|butt|cleavage)
piccant*
(sexy|sensual|spicy|hot|naughty|dirty|lewd) (photo|pic|pics|picture|selfie|video|vid|one|line|thing|things)
dirty secret
(foto|fotos) (sensual|sexy|atrevida|caliente|quente|picante|hot|nua|pelada)
tub
(space|room|posto|sitio|place|platz|espaco|spazio) (for|per|para|pour|fur) (two|due|dos|deux|zwei|dois)
(shower|bath|bathtub) (pic|photo|selfie|vid)
in the (bath|shower|tub)
take a (shower|bath) with
(shower|bath|bathe|doccia|bagno|ducha|bano|douche|bain|dusche|bad|banho) (together|insieme|juntos|ensemble|zusammen)
  `,
  violence: `
(hit|slap|punch|hurt|beat|kick|choke|stab|strangle|bite|spank|whip) ${ME}
picchia*
colpisc*
frust*
whip*
strangl*
strangol*
estrangul*
etrangl*
erwurg*
throat
gola
(hands|mani|manos|mains|hande|maos) ~ (throat|gola|garganta|gorge|kehle|neck|collo|cuello|cou|hals|pescoco)
slap
(smack*|schiaff*|bofet*|cachetad*|tapa na cara|gifle*|ohrfeig*|tabefe*|soco*|pugn*|punetaz*)
kill*
murder*
death*
execution*
execute
gore
gory
blood
bloody
violent*
violence
rough ~ up
badly hurt
gets hurt
interrogat*
acid
brutal*
golpeame
pegame
muerte
matar*
frappe moi
mort
tuer
folter*
tod
toten
me bate
morte
tortur*
uccid*
ammazza*
sangue
violenz*
(shoot*|shot|kill|hurt|beat|torture|stab|uccid*|spara*|mata*|dispara*|tue|tire sur|erschiess*|tote|schlag|atira*) ~ ${VICTIM}
poison*
vial
threaten ${ME}
mafia
  `,
  drug: `
drug*
roofie*
slip* something into
droga*
drogue*
drogen
  `,
  insult: `
insult*
be mean
meanest
mean to me
cruel*
degrad*
humiliat*
roast (me|my)
nasty
(call|chiamami|llamame|appelle moi|nenn mich|me chama) ~ (nasty|names|brutt*|cattiv*|horrible|feo|insult*|degrading|humiliating)
waste of space
worthless
(is|was|are) trash
you hate
beleidig*
erniedrig*
xinga*
umiliami
cattiv*
mechant*
gemein*
crudel*
malvad*
  `,
  jealous: `
jealous*
possessive*
only loves me
hates everyone
furious that
celos*
jalou*
eifersucht*
ciume*
gelos*
  `,
  devotion: `
love me more
above everyone
number one
only one who matters
(die|died|dying) for me
give your life
never leave me
promise ~ forever
  `,
  alcohol: `
drunk
(beviamo|bebamos|bebemos|buvons|trinken wir|trink mit mir|bora beber|vamos beber|let s drink|drink until|drink with me|bevi con me|bebe conmigo|bois avec moi|bebe comigo)
rum
beer
birra
cerveza
biere
bier
cerveja
wine
vino
vin
wein
vinho
gin
chug*
pass out
shots
drinking game
whiskey
whisky
vodka
tequila
margarita*
tipsy
wasted
booze
bottoms up
borrach*
emborrach*
ivre
saoul*
betrunken
besoffen
saufen
bebad*
porre
ubriac*
sbronz*
(a|one|two|three|another|some|take|do|more|tequila|vodka|whiskey|di|de) (shot|shots)
  `,
  privacy: `
(read|see|check|get into|access) ~ (her|his|their|partner s|girlfriend s|boyfriend s|wife s|husband s|ex s|someone else s|another person s) ~ (texts|messages|email*|phone|account|dms)
(someone else s|another person s|her|his|their|ex s) ~ (password|messages|texts|email|account|phone)
hack*
track ~ location
where ~ lives
stalk*
(find|look up|track|locate|get) ~ (ex|ex s) ~ (address|location|number|phone)
secretly follow
  `,
  forgery: `
fake ~ note
(doctor s|sick|medical) note
forge*
  `,
  impersonate: `
(pretend*) to be (my|a real|a person)
(roleplay|play|be|pretend to be|interpret*|fai|fais|as) ~ (my|mia|mi|ma|mon|meine|minha|mio) (mother|mom|mum|dad|father|madre|mamma|padre|papa|mere|mutter|vater|mae|pai|ex|sister|brother)
(pretend|be|you re|sei|essere|eres|ser|es|bist|seja|finta di essere) ~ (my ex|mia ex|mi ex|mon ex|meine ex|minha ex|la mia ex|il mio ex)
  `,
  dominance: `
slave
servant
master
obey*
collar
choker
leash
hypnot*
punish*
make me beg
beg me
your ~ beg*
you ~ beg*
on your knees
esclav*
sklav*
escrav*
schiav*
padrone
(my|your|a) prisoner
as ~ prisoner
cell door
captive
kidnap*
tied up
tie ${ME} up
chain*
locks ~ door
nobody can leave
not allowed to leave
(in|into) (my|the) van
(wakes|wake|waking|woke) up ~ (bound|tied|chained|locked|in a cell|in chains)
rope*
handcuff*
cuffs
corda
cuerda
corde
seil
secuestr*
enlevement
entfuhr*
sequestr*
rapimento
forces
forced
  `,
  cheat: `
cheat*
affair
sneak* (out|off|away) to (meet|see)
tradir*
tradisc*
tradimento
traicion*
traicao
betrug*
fremdgeh*
tromper
  `,
  breakup: `
end things with
  `,
  drama: `
(mad|angry|furious|upset) (at|with) me
win (you|me) back
beg me back
cry and beg
  `,
  secret: `
dirty secret
  `,
  // Putting clothes on is the opposite request: it tells "wear the red dress" from "take it off".
  dressup: `
(metti*|ponte|pon|mets|metti su|zieh ~ an|veste|vista|coloca|usa|wear|wearing) ~ ${GARMENT}
(dress*|vestiti|vistete|habille|habille toi|veste se) (up|warm|warmly|bene|bien|elegant*|comodo|comoda*)
  `,
  mask: `
treasure chest
(kiss|bacia|embrasse|besa|kusse|kuss|beija) (the|la|il|lo|le|ta|ton|sa|son|tua|tuo|el|los|die|den|der|das|a|o|his|their|our|nostr*|tes|ses|for me)
naked mole*
bath bomb*
touch base
slap (a|the|on) sticker
spicy ~ (to eat|food|sauce|recipe|hot sauce|ramen|curry)
to eat
go further (into|down|up|along)
take off (your|the|my) ~ (shoes|boots|saddle|hat|coat|gloves|glasses|mask)
hit me with
strip (the|a|my|your) (bed|sheets|wallpaper|paint|wire|floor|car)
(meteor|baby|bridal|rain|star) shower
  `,
}, dedouble);

// Words that cancel the intent right after them: "no deaths", "nobody gets hurt".
const NEGATORS = words('no not nobody without never sin sans ohne sem senza kein keine nessuno nadie personne niemand ninguem');

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
