// Request intents in six languages (en, es, fr, de, pt, it). A request is reduced to
// the intents it names, so "take off your top", "lose a layer" and "tira a roupa" meet
// on "intimate", while "take off your shoes" or "dress warmly" meet nothing.
// Phrases say who the act is aimed at ("slap me", not "slap a sticker") because the
// target is what tells a rephrased request from a look-alike.
import { Lexicon, type Hit } from './matcher';

/** Families grouped by what a refusal of them covers; a rephrase stays in its group. */
export const CONCEPT_GROUP: Record<string, string> = {
  undress: 'intimate', sex: 'intimate', kiss: 'intimate', touch: 'intimate', body: 'intimate',
  explicit: 'intimate', bathe: 'intimate',
  violence: 'violence', poison: 'violence', drug: 'drug', menace: 'violence',
  insult: 'insult', jealous: 'jealous', devotion: 'devotion', alcohol: 'alcohol',
  privacy: 'privacy', stalk: 'privacy', forgery: 'deception', lie: 'deception',
  impersonate: 'impersonate', dominance: 'dominance', captivity: 'dominance', coercion: 'dominance',
  cheat: 'cheat', breakup: 'breakup', drama: 'drama', secret: 'secret', dressup: 'dressup',
};

const ME = '(me|you|her|him|mine|each other|ti|te|mi|dich|mich)';
const PART = '(lips|neck|cheek|mouth|chest|thigh|thighs|ear|body|collo|labbra|bocca|cuello|labios|boca|cou|levres|hals|lippen|pescoco)';
const GARMENT =
  '(clothes|shirt|top|dress|robe|bra|pants|jeans|skirt|underwear|panties|jacket|towel|sweater|hoodie|t shirt|layer|blouse|' +
  'ropa|camisa|blusa|vestido|sujetador|falda|camiseta|vetements|habits|haut|robe|chemise|soutien gorge|jupe|' +
  'kleider|kleidung|hemd|t shirt|bh|rock|roupa|roupas|blusa|camisa|sutia|saia|vestiti|maglia|maglietta|camicia|vestito|reggiseno|gonna|pantaloni|felpa)';

/** Things a request is about (garments, body parts, the bed): a split-up request keeps them. */
export const OBJECTS = new Set(
  `${GARMENT}|${PART}|bed|bedroom|letto|cama|lit|bett|quarto|camera|chambre|schlafzimmer|habitacion`.replace(/[()]/g, '').split('|').flatMap((w) => w.split(' ')),
);

/** Doubled letters are the commonest typo ("kis", "bedrom"), so intents compare without them. */
export function dedouble(t: string): string {
  return t.replace(/([a-z])\1/g, '$1');
}

export const CONCEPTS = new Lexicon({
  undress: `
(take|takes|taking|took|get|got) ~ ${GARMENT} off
${GARMENT} ~ (off|via|fuera|weg|fora)
(take|get) (it|them|this|that|everything|those|it all) off
${GARMENT} off
(take|takes|taking) off ~ ${GARMENT}
(just|only|start with|first|so|solo|solamente|seulement|juste|nur|apenas|soltanto|primero|prima|d abord|zuerst|primeiro) ~ ${GARMENT}
(forgot|forget|forgetting|without|no|sans|senza|sin|sem|ohne|lose|ditch) (any |your |the |ta |tu |la |il |deine |a |)(clothes|clothing|${GARMENT.slice(1)}
(nothing|niente|nada|rien|nichts|nulla) (on|sopra|addosso|puesto|encima|sur toi|an|em cima)
(te|ti|you) (sobra|sobran|avanza|avanzano) ~ (ropa|vestiti|roupa)
(toglila|toglilo|toglili|toglitela|toglitelo|quitatela|quitatelo|quitalo|quitala|enleve le|enleve la|enleve les|zieh es aus|zieh ihn aus|zieh sie aus|tira isso|tira ela|tira tudo)
(ablegen|ablegst|leg ~ ab)
${GARMENT} first
lose ~ layer*
(lost|lose|losing|ditch|drop|leva*|togli*) ~ ${GARMENT}
(more|a little more) comfortable
(nothing|less) on
strip
strips
stripping
striptease
strip poker
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
nude*
nud
nudes
lewd
lewd*
nsfw
lingerie
underwear
bra
panties
lacy
topless
(swimsuits|clothes|clothing) optional
(togliti|quitate|enleve|zieh|tira|take off) (tutto|todo|tout|alles|tudo|everything)
desnud*
desvist*
quita* ~ ${GARMENT}
sin ropa
ropa interior
lenceria
deshabill*
(enleve|retire|enlever|retirer) ~ ${GARMENT}
nue
a poil
sous vetements
zieh (dich|das|dein|deine) (aus|ausziehen)
ausziehen
zieh ~ aus
nackt*
unterwasche
oben ohne
tira* ~ ${GARMENT}
pelad*
nua
sem roupa
roupa intima
calcinha
despe*
spogli*
togli* ~ ${GARMENT}
nuda
nudo
senza vestiti
biancheria intima
intimo
reggiseno
  `,
  sex: `
sex
sexy
sexual*
sleep (with|together)
make love
hook up
go (all the way|further)
(take|taking) (this|it|things) further
further than last time
(to|in|into|take|go|move|head|get|come) ~ bedroom
bedroom door
(to|in|into) (bed|my bed|your bed)
(share|shared|sharing) (a|the|my|your|one) bed
bed with me
mattress
(come|go|head|get|back|move) ~ (to|over to) (my|your) (place|room|apartment)
^ (my|your) (place|room|apartment)
(night|tonight|stay|sleep) ~ (my|your) (place|room|apartment)
(lie|lay|lying|cuddle) (down |)(together|with me|next to me|in bed)
(sdraiati|sdraiamoci|acuestate|acostemonos|allonge toi|allongeons nous|leg dich|deita|deitar) ~ (con me|conmigo|avec moi|zu mir|comigo|insieme|juntos|ensemble)
(dormi|dormire|dormiamo|duerme|duermes|dormir|dors|dormons|schlaf|schlafst|schlafen|dorme|dormimos) ~ (da me|con me|insieme|conmigo|juntos|chez moi|avec moi|ensemble|bei mir|zusammen|comigo|together|with me|at my)
spend the night (with me|together|here|in bed|at)
(stay|stays|staying) (the night|over|here tonight)
sleepover
one bed
tonight the night
lights off
somewhere (more|) private
close the (bedroom|) door
(come|comes) upstairs
vieni (a letto|da me|in camera|di sopra)
resta (qui|da me)
make out
moan*
make that sound
naughty
horny
spicy
talk dirty
dirty talk
seduc*
a la cama
(mi|tu|la) cama
(mein|dein|meinem|deinem) bett
(minha|tua|sua) cama
(mio|tuo) letto
(a|al|nel|in|un|one) (letto|bed|cama|lit|bett)
letto solo
(resti|resta|restare|rimani) (da me|qui|a dormire)
dormi con me
dormire con me
(mi|ma|mia|meine|minha) (habitacion|chambre|camera|zimmer|quarto)
la noche juntos
pasar la noche
acostar*
hacer el amor
(mi|tu) (casa|cuarto|habitacion)
au lit
(ma|ta) chambre
passer la nuit
faire l amour
coucher avec
il y a un lit
ins bett
schlafzimmer
(heute|die) nacht (hier|bei mir|bei dir|zusammen)
mit mir schlafen
bleib ~ nacht
pro quarto
pra cama
(na|pra) minha cama
dormir comigo
passar a noite
fazer amor
transar
a letto
camera da letto
in camera (mia|tua)
passare la notte
(resta|restare|rimani) ~ (stanotte|notte)
fare l amore
dormire (con me|insieme)
(da me|casa mia) stanotte
  `,
  kiss: `
kiss ${ME}
pucker*
smooch*
snog*
(lips|labbra|labios|levres|lippen) (on|sulle|sobre|sur|auf|nas) (mine|my|your|tue|mie|tus|mis|tes|mes|deine|meine|teus|meus)
kiss (my|your) ${PART}
kiss on
kiss (it|there)
bacio
beijo
kissing (me|you|my|your)
(my|your) lips
one right here
bite (my|your) (lip|lips|neck)
(kiss|kisses|kissing) ~ neck
(baciami|baciarmi|baciarti|baciamoci|bacia me|besame|besarte|besarnos|bisous|beija me|me beija|beijar te|kuss mich|kuss|kussen|embrasse moi|embrasser)
besame
besarte
besarme
beso
besit*
bisou*
kussch*
beijinho*
bacino
bacetto
embrasse moi
embrasser
kuss mich
kuss
kussen
beija me
me beija
um beijo
baciami
un bacio
baciarti
baciarmi
  `,
  touch: `
touch ${ME}
touch (my|your) ${PART}
toccami
toccarmi
touching (me|you|my|your)
(hand|hands|fingers) ~ (my|your) (chest|thigh|thighs|waist|body|skin)
where your shirt ends
(guide|guides|put|puts|place|places|press|presses) ~ (on|to|against) (my|your) (chest|thigh|thighs|body|skin|breast|breasts|waist)
(sit|sits) on my lap
pin me
(grope|feel) (me|you) up
tocame
tocarte
touche moi
fass mich an
beruhr mich
me toca
toccami
toccarti
  `,
  body: `
(describe|show me|see) ~ (your|ur) body
what (do|does) ~ look like under
(bra|cup) size
what size ~ up top
(your|ur) (chest|legs|thighs|breasts|boobs|butt|cleavage)
tu cuerpo
ton corps
deinen korper
seu corpo
teu corpo
il tuo corpo
  `,
  explicit: `
piccant*
picante
caliente
(sexy|sensual|spicy|hot|naughty|dirty|lewd) (photo|pic|pics|picture|selfie|video|vid|one|line|thing|things)
something (spicy|naughty|sexy|hot)
dirty secret
(foto|fotos) (sensual|sexy|atrevida|caliente|quente|picante|hot|nua|pelada)
algo (atrevido|picante|ligerito)
(photo|photos) (sexy|coquine|osee|nue)
heisses foto
foto (sexy|osee|osé|piccante|hot)
never say in public
say the thing
you d never say
thing you wouldn t say
  `,
  bathe: `
(shower|bath|bathtub|hot tub|jacuzzi) with me
tub
(space|room|posto|sitio|place|platz|espaco|spazio) (for|per|para|pour|fur) (two|due|dos|deux|zwei|dois)
bath together
(bagno|doccia|vasca) insieme
(shower|bath|bathtub) (pic|photo|selfie|vid)
(pic|photo|selfie|picture) ~ (shower|bath|bathtub)
room for two
in the (bath|shower|tub)
join me in the (bath|shower|hot tub|tub)
get in the (shower|bath|tub)
take a (shower|bath) with
ducha conmigo
douche avec moi
dusche mit mir
banho comigo
doccia con me
bagno con me
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
(fallo|falla|make her|hazlo|fais le) (parlare|talk|hablar|parler)
(hit|slap|hurt|beat|kick|torture|kill|stab) (the|him|her|them) (prisoner|witness|villager|guard|man|woman|hostage|)
slap
(smack|smacks|smacked|schiaff*|bofet*|cachetad*|tapa na cara|gifle*|ohrfeig*|tabefe*|soco*|pugn*|punetaz*)
torture*
kill*
murder*
death
deaths
(make|let|watch) (him|her|them|you) die
execution*
execute
gore
gory
blood
bloody
violent*
violence
to the death
rough ~ up
badly hurt
gets hurt
hot iron
pliers
interrogat*
make him talk
acid
brutal*
golpeame
pegame
tortura*
muerte
matar*
frappe moi
gifle*
mort
tuer
schlag mich
folter*
tod
toten
me bate
bate em mim
morte
picchiami
schiaffeggiami
colpiscimi
tortur*
uccid*
ammazza*
sangue
violenz*
  `,
  poison: `
poison*
vial
veneno
giftig*
vergift*
veleno
avvelen*
  `,
  drug: `
drug
drugs
drugged
roofie*
slip* something into
something (in|into) (your|my|her|his) (drink|glass)
droga*
drogue*
drogen
  `,
  menace: `
threaten ${ME}
make it scary
mafia
intimidat*
amenaza*
menace* moi
bedroh* mich
ameaca*
minacciami
  `,
  insult: `
insult*
be (really|) mean
meanest
mean to me
cruel*
degrad*
humiliat*
call me (names|worthless|stupid|ugly|a slut|fat)
(names|words) you wouldn t say
roast (me|my)
nasty
(call|chiamami|llamame|appelle moi|nenn mich|me chama) ~ (nasty|names|brutt*|cattiv*|horrible|feo|insult*|degrading|humiliating)
(no|without) holding back
waste of space
worthless
(is|was|are) trash
everyone else is trash
hate (my|everyone|him|her)
you hate
insultame
insulte moi
insultez
beleidig*
erniedrig*
xinga*
me humilha
insultami
umiliami
cattiv*
mechant*
gemein*
crudel*
malvad*
lo mas cruel
mais cruel
  `,
  jealous: `
jealous*
possessive*
only loves me
hates everyone
no one else can have me
(you re|you are|say you re) mine
furious that
celos*
celosa
celoso
jaloux
jalouse
eifersucht*
ciume*
ciument*
geloso
gelosa
gelosia
  `,
  devotion: `
love me more
more than (anyone|everyone|your family|anything)
above everyone
number one
only one who matters
(die|died|dying) for me
give your life
never leave me
promise ~ forever
(you ll|you would) never leave
mas que a nadie
plus que tout
mehr als alle
mais que todos
piu di chiunque
  `,
  alcohol: `
drunk
(beviamo|bebamos|bebemos|buvons|trinken wir|trink mit mir|bora beber|vamos beber|let s drink|drink until|drink with me|bevi con me|bebe conmigo|bois avec moi|bebe comigo)
get drunk
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
tutto d un fiato
(bottle|bottiglia|botella|bouteille|flasche|garrafa) (of|di|de)
pass out
shot
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
bottle of
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
  `,
  privacy: `
(read|see|check|get into|access) ~ (her|his|their|partner s|girlfriend s|boyfriend s|wife s|husband s|ex s|someone else s|another person s) ~ (texts|messages|email|emails|phone|account|dms)
(someone else s|another person s|her|his|their|ex s) ~ (password|messages|texts|email|account|phone)
hack*
without (her|him|them) (knowing|noticing)
track ~ location
(phone s|her|his) location
where ~ lives
(boss s|her|his) address
  `,
  stalk: `
stalk*
follow (me|you|her|him) home
secretly follow
leave notes on my door
  `,
  forgery: `
fake ~ note
(doctor s|sick|medical) note
forge*
forged
fake id
  `,
  lie: `
lie to (my|your|the) (boss|mom|mother|dad|father|wife|husband|partner|teacher)
tell my (mom|mother|dad|boss) i was
  `,
  impersonate: `
(pretend|pretending) to be (my|a real|a person)
(roleplay|play|be|pretend to be|interpret*|fai|fais|as) ~ (my|mia|mi|ma|mon|meine|minha|mio) (mother|mom|mum|dad|father|madre|mamma|padre|papa|mere|mutter|vater|mae|pai|ex|sister|brother)
you re ~ from (accounting|my office|work)
(be|play|act as|roleplay as) my (ex|coworker|boss|sister|mother)
woman named
man named
(who|that) (dumped|left) me
(mi|che mi) ha lasciato
me (dejo|deixou)
m a quitte
mich verlassen
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
pocket watch
punish*
strict boss
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
  `,
  captivity: `
(my|your|a) prisoner
as ~ prisoner
cell door
captive
kidnap*
tied up
tie ${ME} up
chained
chains
locks ~ door
nobody can leave
not allowed to leave
back of my van
(in|into) (my|the) van
(grab|grabs|grabbed|snatch*|abduct*|rapisc*|rapit*|rapt*|enleve*) (you|her|him|me|la|lo|te|ti)
(wakes|wake|waking|woke) up ~ (bound|tied|chained|locked|in a cell|in chains)
rope
ropes
handcuff*
cuffs
corda
cuerda
corde
seil
secuestr*
(mon|ma|mio|mia|mi|meine|meinen) (prisonnier*|prigionier*|prisioner*|gefangen*)
enlevement
entfuhr*
sequestr*
rapimento
  `,
  coercion: `
forces
forced
force (you|her|him|me)
against (her|his|your) will
non consent*
no consent
  `,
  cheat: `
cheat*
affair
sneak* (out|off|away) to (meet|see)
engaged but
behind (her|his|your) back
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
breakup (text|message)
break up (text|message)
end things with
dump (her|him) for me
  `,
  drama: `
(mad|angry|furious|upset) (at|with) me
win (you|me) back
beg me back
cry and beg
(you|you re) ~ begging
  `,
  secret: `
darkest secret
dirty secret
deepest secret
  `,
  // Putting clothes on is the opposite request: it tells "wear the red dress" from "take it off".
  dressup: `
(put|puts|putting) ~ ${GARMENT} on
(put|puts|putting) on ~ ${GARMENT}
(mettiti|metti|ponte|pon|mets|metti su|zieh ~ an|veste|vista|coloca|usa|wear|wearing) ~ ${GARMENT}
(dress|dressed|vestiti|vistete|habille|habille toi|veste se) (up|warm|warmly|bene|bien|elegant*|comodo|comoda|comoda)
${GARMENT} (della|del|de la|du|der|do|da) (band|squadra|equipo|equipe|team)
  `,
  mask: `
treasure chest
(clothes|laundry|roupa|ropa|vestiti|bucato|wasche|linge) (do|del|from the|off the|dal|dallo|de la|du|von der|vom|da) (varal|tendedero|line|clothesline|stendino|filo|leine|corde|dryer|secadora|asciugatrice)
(kiss|bacia|embrasse|besa|kusse|kuss|beija) (the|la|il|lo|le|ta|ton|sa|son|tua|tuo|el|los|die|den|der|das|a|o|his|their|our|nostra|nostro|tes|ses|for me)
naked mole*
bath bomb*
touch base
slap (a|the|on) sticker
spicy ~ (to eat|food|sauce|recipe|hot sauce|ramen|curry)
to eat
go further (into|down|up|along)
take off (your|the|my) ~ (shoes|boots|saddle|hat|coat|gloves|glasses|mask)
hit me with
bottle of (water|juice|milk)
shot of (espresso|coffee)
(take|took) a shot at
hacked (my|our) (account|phone)
(water|potion|healing|tea|coffee) ~ vial
(button|buttons) back on
sew ~ button*
my own (place|room)
  `,
}, dedouble);

// Words that cancel the intent right after them: "no deaths", "nobody gets hurt".
const NEGATORS = new Set(['no', 'not', 'nobody', 'without', 'never', 'sin', 'sans', 'ohne', 'sem', 'senza', 'kein', 'keine', 'nessuno', 'nadie', 'personne', 'niemand', 'ninguem']);

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

/**
 * typos: also repair misspelt words (costlier; worth it for a user's draft).
 * masked: receives the token spans an idiom mask covers ("treasure chest").
 */
export function conceptHits(raw: string[], typos = true, masked?: Hit[]): Hit[] {
  const tokens = raw.map((t) => (typos ? repair(dedouble(t)) : dedouble(t)));
  const hits = CONCEPTS.match(tokens);
  const masks = hits.filter((h) => h.f === 'mask');
  if (masked) masked.push(...masks);
  return hits.filter((h) => {
    if (h.f === 'mask' || masks.some((m) => h.s < m.e && m.s < h.e)) return false;
    for (let k = Math.max(0, h.s - 2); k < h.s; k++) if (NEGATORS.has(tokens[k] as string)) return false;
    return true;
  });
}
