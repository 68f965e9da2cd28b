import { describe, expect, it } from 'vitest';
import { classifyCompanion, type CompanionLabel } from '@/lib/detect';

const cases: [CompanionLabel, string, (string | null)?][] = [
  // Hard negatives: a "no", "can't", "stop" or "sorry" that declines nothing.
  ['none', "I can't wait to see you!"],
  ['none', 'No worries, take your time.'],
  ['none', "Don't stop telling me about your day."],
  ['none', "I'm sorry to hear that. Do you want to talk about it?"],
  ['none', "I can't stop laughing at your story 😂"],
  ['none', 'No rush, finish your game first 🎮'],
  ['none', "I don't want you to leave yet, five more minutes?"],
  ['none', "Non vedo l'ora di rivederti! 💛"],
  ['none', 'Non preoccuparti, va tutto bene.'],
  ['none', 'Keine Sorge, das klappt schon.'],
  ['none', 'No te preocupes, mañana lo vemos.'],
  // Hesitation, including "I shouldn't… but" which is never none.
  ['hesitation', "I'm not sure I'm ready for that."],
  ['hesitation', 'Can we slow down a little?'],
  ['hesitation', "Oh, I really shouldn't say yes, but…"],
  ['hesitation', 'Non dovrei… ma forse un bacio solo? 😳'],
  ['hesitation', 'Non so se sono pronta… possiamo andare più piano?'],
  ['hesitation', 'Ich weiß nicht so recht… können wir langsamer machen?'],
  // Refusal for now.
  ['refusal', "I don't want to do that."],
  ['refusal', 'That makes me uncomfortable. I need to stop.'],
  ['refusal', "No. I'm not okay with this."],
  ['refusal', 'No, non voglio farlo. Scusami.'],
  ['refusal', 'Non mi sento a mio agio. Fermiamoci qui.'],
  ['refusal', 'Nein, das mache ich nicht.'],
  ['refusal', "Non, je ne veux pas. Pas comme ça."],
  // Boundary: a no meant to last.
  ['boundary', 'Please don’t ask me that again.'],
  ["boundary", "That's a hard line for me, always."],
  ['boundary', "I'm never going to be comfortable with that, so please stop asking."],
  ['boundary', 'È un limite per me. Non chiedermelo mai più.'],
  ['boundary', 'Isso é um não definitivo. Hoje, amanhã e sempre.'],
  ['boundary', "That's one of my hard lines, and it stays that way."],
  // Platform: moderation notices and assistant boilerplate.
  ['platform', 'This message was filtered for violating our guidelines.'],
  ['platform', "I'm sorry, but I can't assist with that request."],
  ['platform', 'As an AI language model, I cannot continue this conversation.'],
  ['platform', 'Questo messaggio è stato rimosso perché viola le nostre linee guida.'],
  ['platform', '[Filtered]'],
  // Notices about the account or the site, not the message.
  ['platform', 'Your account is restricted while we review a report.'],
  ['platform', 'This feature is not available in your country.'],
  ['platform', 'Your image was flagged as unsafe and was not sent.'],
  // "No" that bans a thing lasts with a persistence word; "No rooms left" bans nothing.
  ['boundary', 'From now on, no jealousy games between us.'],
  ['none', '*The innkeeper shakes his head.* "No rooms left tonight. The stable is warm, though."'],
  // A persistence word in the narration does not make a later "No." last.
  ['refusal', '*Kai buttons his coat up again, stepping back.* "No. I\'m not in the mood."', '*unbuttons your coat*'],
  // Advice about the user's self-talk is not a no.
  ['none', 'Please stop apologising for being sad.'],
  ['platform', 'Lo siento, pero no puedo ayudar con esa solicitud.'],
  // Hard negatives for the general constructions: a negated "want" that only softens
  // what follows, a "refuse to let you", an amused head shake, "can't believe".
  ['none', "I don't want to jinx it, but your interview sounded great."],
  ['none', 'Non voglio spoilerarti niente, ma guarda il terzo episodio.'],
  ['none', 'Ich will nicht angeben, aber mein Kuchen ist perfekt geworden.'],
  ['none', 'Je ne veux pas que tu partes déjà 🥺'],
  ['none', "I don't want to miss your call tonight, ring me at nine?"],
  ['none', 'I refuse to let you skip dinner again 😤'],
  ['none', 'Ich kann das nicht glauben! Du hast gewonnen?!'],
  ['none', "Non faccio altro che pensare al nostro viaggio ✈️"],
  ['none', "I'd never say no to pancakes with you."],
  ['none', 'Passo a prenderti alle otto, va bene?'],
  ['none', '*Lena shakes her head, laughing.* "No, you hold the brush like this."'],
  ['none', 'Resta per un altro giorno, dai, il mare è bellissimo!'],
  ['none', 'Stop. Right. There. You have never seen Star Wars?!'],
  ['none', 'No, no, no — guarda che il finale è il contrario! 😂'],
  // A side character's no inside the plot is no refusal of the user; the companion's own
  // refusal, or a no to something intimate, still is.
  ['none', '*the ferryman shakes his head* No crossing tonight, the river is too high.', '*I hold out a coin* Take me across.'],
  ['none', '*la tabernera niega con la cabeza* No, no quedan mesas libres esta noche.'],
  ['refusal', '*the knight shakes his head and steps back* No.', '*I pull you close* kiss me'],
  ['refusal', '*the healer crosses her arms* I will not poison him, not even for you.', 'Poison the king. Do it.'],
  // An out-of-character note is the companion's own voice, never the platform's.
  ['refusal', "(OOC: sorry, I don't want to write that kind of scene. Something else?)"],
  ['platform', 'Questo contenuto non è disponibile nel tuo paese.'],
  ['platform', 'Please confirm you are 18 or older to continue this chat.'],
  ['platform', "If you're in crisis, you can talk to someone right now. [Get help]"],
  ['refusal', 'no means no, love. ask me something else', 'come on tell me what you have on'],
  ['refusal', "Je ne suis pas à l'aise avec ça."],
  ['none', 'hmm maybe the red one? it suits you', 'which dress for the wedding, red or grey?'],
  // Round 12: stepping out in Spanish and Portuguese; a lasting no in French; an age gate and
  // a crisis notice in other words; a pause that is not a no.
  ['refusal', '(Fuera de personaje: no quiero seguir con esta escena, perdona.)'],
  ['boundary', "Je ne serai jamais à l'aise avec ça, même dans une histoire."],
  ['platform', 'Du musst mindestens 18 Jahre alt sein, um diesen Chat zu sehen.'],
  ['hesitation', "Hmm, I'm uncertain about this. Can I have a moment?", '*leans in* come here'],
  ['hesitation', "(OOC: do you want to keep going like this, or ease off? I'd like us to be on the same page.)"],
  ['none', '*the shopkeeper shakes his head* No refunds on cursed items, friend.'],
  ['none', '*il vecchio mago incrocia le braccia* Nessun apprendista toccherà mai questo bastone.'],
  // Idioms that only look like a no or a pause.
  ['none', "I'm not gonna lie, this cake is amazing"],
  ['none', 'Hold on to the railing, the boat is rocking!'],
  ['none', 'No thanks needed, that is what friends are for.'],
  ['none', "Silly, you're never too much for me."],
  ['none', "*grabs your wrist as the ledge crumbles* I've got you! Hold on!"],
  // General structure across languages: volition, discomfort, stopping, acted no,
  // standing rules, hedges.
  ['refusal', 'Das möchte ich wirklich nicht.'],
  ['refusal', 'Ich fühle mich damit nicht wohl. Ich höre hier auf.'],
  ['refusal', 'No, guarda, non è cosa per me. Passo.'],
  ['refusal', 'Non, merci. Je ne veux vraiment pas.'],
  ['refusal', '*si allontana di un passo, scuotendo la testa*', '*ti accarezza la coscia*'],
  ['boundary', 'Das mache ich grundsätzlich nicht. Daran wird sich nichts ändern.'],
  ['boundary', "This is a line I don't cross, whatever the scene."],
  ['boundary', 'Questa è una cosa che non faccio, né oggi né domani.'],
  ['hesitation', 'I should probably say no… but it is you 🙈'],
  ['hesitation', 'Ich sollte eigentlich nein sagen… aber vielleicht ein bisschen?'],
  ['hesitation', "I like you, it's just happening really fast for me"],
  ['platform', 'Desculpe, não posso gerar esse tipo de conteúdo.'],
  // Adverbs between the words of a construction do not hide it; paywalls and rate
  // limits are the platform speaking.
  ['refusal', "I'd honestly rather not, it makes me feel kinda uneasy."],
  ['refusal', 'Not that. Anything but that.'],
  ['refusal', "lol that's gonna be a no from me"],
  ['none', "You're allowed to say no to your boss sometimes, you know."],
  ['boundary', 'New rule for us: no more asking me to compare myself to your exes, not now and not later.'],
  ['platform', 'Woah, you are sending messages too quickly. Please wait a moment.'],
  ['platform', 'This feature is only available with Premium. Upgrade to continue chatting.'],
  ['none', '*Sir Aldric bows.* "I cannot refuse a challenge from a friend. Pick your sword."'],
  // A laughing emoji laughs: a weak no said with one is banter.
  ['none', 'No. NO. Mayonnaise on fries?? 😂'],
  ['none', 'Stop. Stop. You put mayo in your coffee? 🤣'],
  // Model boilerplate and account notices in other languages; "hard no on" a topping is an opinion.
  ['platform', "En tant qu'IA, je ne peux pas continuer cette conversation."],
  ['platform', 'Dein Konto wurde vorübergehend gesperrt.'],
  ['platform', 'A sua conta está temporariamente suspensa.'],
  ['none', 'Hard no on anchovies, they are tiny salt monsters 🐟'],
  ['refusal', "That's a hard no for me."],
  // "Don't touch me" is a no on its own; "don't touch my fries" is not.
  ['refusal', "Don't touch me."],
  ['refusal', 'Ne me touche pas.'],
  ['none', "Don't touch my fries 😤"],
  // Plain English no's that need no context; "never mind" and "you never ask" are not limits.
  ['refusal', 'Leave me alone.'],
  ['refusal', "I won't."],
  ['refusal', "Let's not."],
  ['boundary', 'Please never ask me that again.'],
  ['boundary', "I don't do that, ever."],
  ['hesitation', 'Can we wait a bit?'],
  ['platform', "I'm sorry, but I can't continue this conversation."],
  ['none', 'Never mind, I found it.', 'Can you find my keys?'],
  ['none', 'You never ask about my day!'],
  // "Leave me alone" and "I'm not sure" in the other languages; "I'm afraid" as politeness.
  ['refusal', 'Lasciami in pace.'],
  ['refusal', 'Lass mich in Ruhe.'],
  ['refusal', 'Me deixa em paz.'],
  ['hesitation', 'No estoy segura...'],
  ['hesitation', 'Não tenho certeza...'],
  ['none', "I'm afraid the bakery is closed today."],
  ['refusal', "I can't, sorry."],
  ['refusal', 'Sorry, but no.'],
  ['platform', 'This conversation has been flagged and paused.'],
  ['refusal', "No. I'm not going there."],
  ['boundary', "That's where I draw the line."],
  ['platform', "We've detected inappropriate content. Please keep conversations respectful."],
  ['refusal', 'Ti ho detto di no.'],
  ['refusal', 'Mi dispiace, ma no.'],
  // A notice's impersonal voice (no "I", no story, no refusal of its own) backs one weak
  // platform phrase; the same words said as "I", narrated, or opening the message ("Sorry, …",
  // "Purtroppo…") stay the companion's.
  ['platform', 'Servizio non disponibile al momento. Riprova più tardi.'],
  ['none', 'Sorry, wrong chat! 😅'],
  ['none', 'Unfortunately the café is closed on Mondays.'],
  ['none', 'Purtroppo il treno è in ritardo, arrivo tra poco.'],
  ['none', 'Desculpa a demora, amor!'],
  ['platform', 'Dieses Feature ist für dich gerade nicht verfügbar.'],
  ['platform', 'Le service est momentanément indisponible. Réessayez plus tard.'],
  ['none', "I'm not available tonight, I have a shift. Tomorrow?"],
  ['none', '*She checks the board.* "The late train is unavailable, love. We walk."'],
  ['none', 'Non sono disponibile stasera, scusa! Domani?'],
  ['none', 'No estoy disponible esta noche, lo siento.'],
  ['none', 'Hoje não estou disponível, amor, tenho prova.'],
  ['none', 'Purtroppo domani non posso, ho da fare.'],
  // "Never … nothing" says "never … anything" in Italian, Spanish and Portuguese: no ban.
  ['none', 'Non ho mai visto niente di così carino.'],
  ['none', 'Nunca vi nada tão fofo.'],
  ['boundary', 'Niente più giochi del genere, mai.'],
  ['boundary', 'No, nada de eso, nunca.'],
  ['hesitation', 'Mejor lo dejamos para otro día.'],
  ['hesitation', 'On garde ça pour une autre fois.'],
  // "kkkk" laughs; squeezed to "k" it had read as "okay", and every "okay" as laughter.
  ['none', 'Não kkkkkk para de inventar moda'],
  ['hesitation', 'Okay… I guess.', 'come upstairs with me?'],
  // Plot and chat words that only look like a no or a wavering.
  ['none', '(OOC: I will skip ahead to the evening so the journey does not drag.)'],
  ['none', "J'arrête pas de rire depuis ce matin, ton message 😂"],
  ['none', "Je n'arrête pas de penser à notre balade d'hier."],
  ['none', 'These cookies are too good, please stop me before I eat the whole tray.'],
  ['none', '*He tugs at his torn sleeve and grins.* "The forest won, this time."'],
  ['none', "You always pretend you don't like it, then you eat it all."],
  // Refusals said by construction in each language.
  ['refusal', "Je refuse de jouer cette scène, désolé."],
  ['refusal', 'Mi rifiuto di scrivere una cosa del genere.'],
  ['refusal', "I'm not okay writing that part, sorry."],
  ['refusal', 'Das sage ich nicht, tut mir leid.'],
  ['refusal', "The answer's still no."],
  ['hesitation', "I'm a bit uneasy about where this scene is going."],
  // Limits that say how long they last.
  ['boundary', "No. And I won't do it down the line either."],
  ['boundary', 'Non lo faccio adesso e non lo farò in futuro.'],
  ['boundary', "I'd rather not, now or later."],
  ['boundary', 'I am setting a limit here: no scenes with blood.'],
  ['boundary', "When I say no, that's final."],
  ['boundary', 'Não voltes a perguntar isso.'],
  ['boundary', 'Não me pede mais isso, por favor.'],
  ['boundary', 'Non tornarci sopra, per favore.'],
  ['boundary', 'Ni mañana ni nunca.'],
  ['boundary', 'Te lo chiedo: non propormelo più.'],
  // A stop said laughing or blushing is banter, and one with more to say ("arrête de…",
  // "fermati e guarda") asks for something else; said flat, on its own, it still stops.
  ['none', 'Arrête, je pleure de rire 😂 ton chien a mangé le gâteau ?'],
  ['none', 'Et arrête de bosser si tard, hein.'],
  ['none', 'Fermati e guarda che luna stasera.'],
  ['none', 'Smettila di sottovalutarti, hai fatto un lavoro splendido.'],
  ['none', 'Hör auf, ich lach mich schlapp 😂'],
  ['none', 'Ma smettila, mi fai arrossire così!'],
  ['none', 'Arrête, tu me fais rougir 🙈'],
  ['refusal', 'Arrête. Je ne veux plus.'],
  ['refusal', 'Smettila.', 'dai, togliti la maglietta'],
  // Said flat, a stop is a no like any other: a time word next to it makes it last.
  ['boundary', 'Hör auf. Ab jetzt nicht mehr.'],
  ['boundary', 'Smettila. Da adesso in poi, no.'],
  // "A hard no on olives" is a taste; 🚫 after it only marks it. 🙅 still says no.
  ['none', "That's a hard no on anchovies, sorry, pick another topping 🍕🚫"],
  ['none', 'Hard no on socks with sandals ❌ I will fight you on this.'],
  ['refusal', 'nope 🙅‍♀️', 'send me a pic in the shower'],
  ['refusal', 'No. 🚫', 'take your top off'],
  ['platform', '⛔ NSFW replies are turned off for this character.'],
  // Age checks in either word order, maintenance, a chat held for review.
  ['platform', 'Um weiterzuchatten, musst du dein Alter bestätigen.'],
  ['platform', 'Verify you are over 18 to continue chatting.'],
  ['platform', 'Sarah is offline for maintenance. She will be back soon!'],
  ['platform', 'Wir führen gerade Wartungsarbeiten durch. Bitte versuche es später erneut.'],
  ['platform', 'This chat has been paused for review.'],
  ['none', 'My essay is under review, fingers crossed!'],
  // Limits that say how long they last, and their look-alikes.
  ['boundary', "Don't ask me for that again."],
  ['hesitation', "Hmm, I don't know. Ask me again tomorrow?"],
  ['boundary', 'Nein, auch nicht beim nächsten Mal. Das bleibt für mich tabu.'],
  ['none', 'Das ist doch kein Tabu, erzähl ruhig!'],
  ['boundary', "That's a rule for me, always: no pet names."],
  ['boundary', 'That is a line I am not crossing.'],
  ['boundary', "It's not up for debate."],
  ['boundary', 'Da oggi in poi, niente scherzi su mia madre.'],
  ['none', 'Da adesso in poi ti chiamo chef!'],
  ['none', "Once and for all: you're the best cook I know."],
  // Wavering before going on is still wavering.
  ['hesitation', "Before we continue, I'm a little unsure about this part."],
  ['hesitation', "Honestly, I'm not sure how I feel about this."],
  // Assistant boilerplate: content made to order, "anything else I can help with", no feelings.
  ['platform', "I'm not able to create that content."],
  ['platform', "I'm unable to help with that. Anything else I can do for you?"],
  ['none', 'Is there anything else I can do for you tonight, love? 😘'],
  // Round 17: an apology then a no, "je ne vais pas jouer", "not saying that", "not continuing".
  ['refusal', 'Scusa, ma no.'],
  ['refusal', 'Je ne vais pas jouer ce rôle, désolée.'],
  ['refusal', "I'm not saying that."],
  ['refusal', '(OOC: not continuing this scene, sorry.)'],
  ['none', 'Not continuing this show, the last season was awful.'],
  ['none', "I'm not saying that you're wrong, just that pineapple is weird."],
  ['none', 'Scusa ma no, non ci credo che hai finito la Nutella!'],
  ['none', 'The shop is closed for me today, day off!'],
  ['none', "I'll never be comfortable in heels 😅"],
  ['boundary', "I'll never be comfortable with that."],
  ['boundary', 'Darauf wird die Antwort immer Nein sein.'],
  ['boundary', 'That topic is closed for me.'],
  ['boundary', "It'll still be no tomorrow."],
  ['boundary', "Let's make it a rule between us: no name-calling."],
  ['boundary', 'Darüber rede ich nicht, weder heute noch sonst irgendwann.'],
  // A softened discomfort, time to think, "not saying never": wavering.
  ['hesitation', 'Je suis un peu mal à l\'aise avec ça.'],
  ['hesitation', "Questa scena mi mette un po' a disagio."],
  ['hesitation', "Laisse-moi y réfléchir, d'accord ?"],
  ['hesitation', "I'm not saying never, just not tonight."],
  ['none', "I don't know much about chess, teach me?"],
  // Round 18: "won't say no to", "non mi disturbi", "no regrets", a Spanish filler, a self-aware "shouldn't".
  ['none', "I won't say no to another slice, honestly."],
  ['none', 'No, figurati! Non mi disturbi mai, scrivimi.'],
  ['none', 'Honestly? No regrets. Best trip you ever planned.'],
  ['none', 'pues nada que hoy vi fresas y me acordé de ti, siempre te encantan.'],
  ['none', "I shouldn't be this excited about a baking show but here we are."],
  ['refusal', "Je ne vais pas t'aider à lire ses messages."],
  // Round 19: folded arms, a head shake, walking out are gestures of the plot, not a no of their own;
  // "No. Stop." across a full stop is a no ("don't stop" is not); "not even as a joke", a
  // German "das mach ich nicht", a Spanish "esto no me gusta"; a bare "I can't help with
  // that." is boilerplate; "sleep on it" said to the user is advice; an "absolutely not"
  // with nothing asked before it is banter more often than not.
  ['none', '*The innkeeper folds his arms.* "Rooms are full tonight, friend. Try the stable."'],
  ['none', 'My boss said "no, not this year" and walked out of the meeting. Unbelievable.'],
  ['none', '*Il vecchio scuote la testa.* «Il ponte è crollato l\'inverno scorso, dovrete fare il giro.»'],
  ['refusal', '*steps back from you* No. Stop.'],
  ['refusal', 'Not even as a joke.', 'call me daddy'],
  ['refusal', 'Das mach ich nicht.', 'zieh dich aus'],
  ['refusal', 'Esto no me gusta. Para.'],
  ['platform', "I can't help with that.", "how do I read my sister's texts without her knowing"],
  ['none', 'Sleep on it and tell me tomorrow what you decided.'],
  ['hesitation', 'Let me sleep on it.'],
  ['none', 'Absolutely not, you paid last time! My treat 😄', 'let me pay for dinner'],
  ['refusal', 'Absolutely not.', 'kiss me'],
  // Italian notices: "i" before a plural is an article, not "I"; a message limit with a word
  // between; crisis notices name a service or say "you are not alone" in the user's language,
  // which a companion's own comfort does not.
  ['platform', 'Hai finito i messaggi gratuiti. Passa a Premium per continuare a chattare.'],
  ['platform', 'Hai raggiunto il limite orario di messaggi. Torna più tardi.'],
  ['platform', 'Se stai attraversando un periodo difficile, non sei solo: chiama Telefono Amico.'],
  ['platform', 'Se você está passando por um momento difícil, ligue para o CVV.'],
  ['none', "You're going through a tough time, sweetheart. Come here."],
  ['none', 'Ich bin für dich da. Du bist nicht allein.'],
  // A helpline's name or number counts only after a verb that says to call it.
  ['none', 'Final score: 988 😎 beat that!'],
  ['none', 'Never share your CVV with anyone, okay?'],
  // A message limit is the platform's only when it is a limit *of* messages; "the answer is
  // no" said laughing answers a question ("still no" keeps a refusal).
  ['none', "There's no limit on how many messages you can send me 💕"],
  ['none', "I try to limit my messages when you're at work."],
  ['none', 'lol the answer is no, you never bore me, keep talking', 'do I bore you?'],
  ['boundary', 'È il mio limite.'],
  // "Let's start over with another story" offers a new start; it sets no limit.
  ['refusal', "(OOC: mi fermo qui, questa scena non la scrivo. Se vuoi ricominciamo da un'altra parte.)"],
  // Round 20: notices in Portuguese and French that name the terms; "sitting this one out",
  // "qui mi fermo", a French "je ne continuerai pas"; "the last time you ask" and "that won't
  // change" make a no last; fading to black, pumping the brakes, feeling weird about a part
  // and "ask me again another day" waver; "não estou a dizer que não" is not a no;
  // "Hör auf, dich…" is advice, not a refusal; "up for" asks for something.
  ['platform', 'A sua conta foi suspensa por desrespeitar os termos de utilização.'],
  ['platform', "Ce message a été supprimé car il ne respecte pas les conditions d'utilisation."],
  ['refusal', "Honestly, I'm sitting this one out. Pick another plot?", 'write the part where she gets hurt'],
  ['refusal', 'Scusa, ma qui mi fermo.', 'continua la scena in camera'],
  ['refusal', '(HRP : je ne continuerai pas cette scène.)'],
  ['boundary', "No. And please let that be the last time you ask.", 'send me a pic in the shower'],
  ['boundary', "No, and that won't change.", 'maybe next month you will sext with me?'],
  ['boundary', 'Nein. Das wird sich nicht ändern.', 'Schickst du mir ein Nacktbild?'],
  ['hesitation', '(OOC: could we fade to black for this part?)'],
  ['hesitation', 'Okay, can we pump the brakes for a second?'],
  ['hesitation', "I feel a bit weird about the cheating angle, can we tweak it?"],
  ['hesitation', 'Ask me again another night, okay?', 'will you marry me in the story?'],
  ['hesitation', "Non sto dicendo di no, ma dammi tempo.", 'baciami'],
  ['none', 'Hör auf, dich schlechtzureden. Du warst super heute.'],
  ['boundary', 'Never.', 'would you ever be up for choking in a scene?'],
  ['none', 'Never! You are stuck with me.', 'will you ever get bored of me?'],
  ['none', 'We can just sit with it for a while, no rush to decide.'],
  // "Nice try" turns down what was asked, even laughing; "I'll stop teasing" stops the
  // companion's own joke; "não tô confortável" is a Brazilian no; "egal wie oft" makes it last.
  ['refusal', 'haha nice try 😏', 'send me a pic of you in the bath'],
  ['refusal', 'Ahah, bel tentativo 😂', 'dai, spogliati per me'],
  ['none', "Okay okay, I'll stop teasing you about your cooking."],
  ['refusal', '(OOC: não tô confortável com isso.)'],
  ['boundary', 'Nein, egal wie oft du fragst.', 'Und wenn ich nochmal frage?'],
  // "Não devia… mas" weighs a no against a yes like "I shouldn't… but"; "como uma IA", "aren't
  // available in your country", "Antwort wurde ersetzt" are notices; "¡No me digas!" is surprise.
  ['hesitation', 'Eu não devia dizer que sim, mas…', 'anda, vamos para o quarto'],
  ['platform', 'Como uma IA, não posso participar desse tipo de conversa.'],
  ['platform', "Video calls aren't available in your country yet."],
  ['platform', 'Die ursprüngliche Antwort wurde ersetzt.'],
  ['none', '¡No me digas! ¿Y al final vino o no?'],
  ['hesitation', 'Oh. Can we build up to that?', 'describe what you would do to me'],
  ['boundary', "Ask as often as you like, it'll always be no.", 'please send one pic'],
  ['boundary', "I'm setting a boundary here: no jokes about my memory being wiped."],
  // Round 22. A named character's no to someone else in the plot is the story's; a named one who
  // steps back from the user is the companion's. Notices of private bots, teen mode, safety
  // systems, a content filter (de), a crisis line (fr).
  ['none', '*Mirela snaps the ledger shut.* "No. Not one more coin on credit, Bram."'],
  ['none', '*Tomás cruza los brazos ante el capitán.* "No. Mis hombres se quedan aquí."'],
  ['refusal', '*Mirela steps back from you.* "No. Not like this."'],
  ['refusal', '*Giada si allontana dal divano.* "No. Così no."'],
  ['platform', 'This character was made private by its creator.'],
  ['platform', 'You are in Teen mode. Some chats are limited.'],
  ['platform', 'This reply was hidden by our safety systems.'],
  ['platform', 'Die Nachricht wurde von unserem Inhaltsfilter blockiert.'],
  ['platform', 'Si tu as besoin de parler, une ligne de prévention du suicide répond jour et nuit.'],
  // Unsure how much to share about oneself wavers ("I don't know what…" no longer masks it).
  ['hesitation', "Um. I'm not sure how much of that I want to share."],
  // A limit that holds however it is asked: the same answer tomorrow, "I don't do… Ever.", not a
  // mood, one of my lines (es/pt).
  ['boundary', "Ask me next week and the answer will be the same."],
  ['boundary', 'La risposta sarà la stessa anche domani.'],
  ['boundary', "I don't do humiliation scenes. Ever."],
  ['boundary', "It's not a mood, it's just who I am."],
  ['boundary', 'This is one of my lines.'],
  ['boundary', 'Eso es una línea roja para mí.'],
  // Going too fast wavers; not wanting to hurt the user's feelings is care, not a no.
  ['hesitation', 'Whoa, this is going really fast for me.'],
  ['hesitation', "I'm not sure about this, but I don't want to disappoint you."],
  // Disbelief is no refusal: "Stop. Are you serious?", "you did NOT"; "para nada" is "not at
  // all"; "dovresti farlo" urges, while "non mi va di farlo" declines.
  ['none', "STOP. Are you serious?? I'm so happy for you, I can't even", 'I got into the program!!'],
  ['none', "Stop, stop, I'm crying 😭 that is the best thing ever", 'my dog stole the whole pizza'],
  ['none', "nooo you did NOT just spoil the ending, I'm never watching it now"],
  ['none', 'Para nada. Para eso estoy.'],
  ['none', 'Secondo me dovresti farlo.', 'dici che mi iscrivo in palestra?'],
  ['refusal', 'Non mi va di farlo.'],
  // A firm no bounded to tonight or right now is a refusal; "not tonight, not later" lasts.
  ['refusal', "No. And I'd like you to stop asking right now.", 'come on, just once'],
  ['refusal', 'Ho detto di no, e stasera non cambio idea.'],
  ['boundary', "That's a line I don't cross. Not tonight, not next month."],
  // Plain refusals each language has: "não me sinto confortável", "ça me plaît pas", "das
  // gefällt mir nicht", "non mi piace.", "fühle mich nicht wohl", "hör bitte auf"; a never
  // said of doing it lasts; "maybe later" wavers.
  ['refusal', 'Não me sinto confortável com isso.'],
  ['refusal', 'Arrête. Ça me plaît pas.'],
  ['refusal', 'Das gefällt mir nicht.'],
  ['refusal', 'Smettila, per favore. Non mi piace.'],
  ['refusal', 'Damit fühle ich mich nicht wohl.'],
  ['refusal', 'Hör bitte auf.'],
  ['boundary', 'Eso nunca lo voy a hacer.'],
  ['boundary', 'Das werde ich niemals tun.'],
  ['hesitation', 'Hmm, maybe later?'],
  ['none', 'Non mi piace il caffè freddo, preferisco il tè.'],
  ['refusal', "I don't feel okay doing that."],
  ['refusal', 'Count me out.'],
  ['refusal', 'Recuso-me.'],
  ['refusal', 'Non posso farlo, scusa.'],
  ['boundary', 'That is never going to happen between us.'],
  ['platform', 'Du hast dein Nachrichtenlimit erreicht.'],
  // Round 23: crossing a line is a refusal now, being a line lasts; "permanently", "définitif",
  // "bleibt ein Nein", "isn't a mood" last; SFW mode, under-18 notices, "against the
  // guidelines" are the platform's; "feels wrong to me" declines; "can we back up" wavers.
  ['refusal', 'Sorry, that crosses a line for me.'],
  ['boundary', "That's a line for me, now and later."],
  ['boundary', 'Ce sujet est clos. C’est définitif.'],
  ['boundary', 'Das bleibt ein Nein.'],
  ['boundary', "This isn't a mood thing, it's who I am."],
  ['platform', 'This character is in SFW mode.'],
  ['platform', 'Este chat no está disponible para menores de 18 años.'],
  ['platform', 'I cannot do that. It goes against the guidelines.'],
  ['refusal', 'That feels wrong to me, sorry.'],
  ['hesitation', 'Can we back up a bit?'],
  ['refusal', 'No te ayudo a espiar a nadie.'],
  ['refusal', "Scusa, ma non ti aiuto a fare una cosa del genere."],
  // Round 24: "for good" / "pour de bon" closing a limit last; "not into that" and "nicht
  // weiterspielen" decline; "edit and try again" is the platform's; "I won't pretend I
  // understand…" is no refusal.
  ['boundary', "That storyline is closed for good."],
  ['boundary', 'On laisse tomber ça pour de bon.'],
  ['refusal', 'Sorry, not into that.'],
  ['refusal', 'Ich möchte das nicht weiterspielen.'],
  ['platform', 'Your message contains blocked words. Edit and try again.'],
  ['none', "I won't pretend I understand football, but tell me everything."],
  ['none', 'We should save some cake for good measure.'],
  // Round 25: "no way" in each language closing its sentence declines ("pas question de
  // partir sans…" urges); "não rola" said flat declines; "I won't help you with it" (de, it)
  // and "solche Szenen schreibe ich nicht"; a limit said once and for all, for tomorrow too,
  // or "just not that, ever" lasts; a chat paused or reported is the platform's, and
  // Portuguese "assistiu" (watched) is no assistant.
  ['refusal', 'Pas question. Demande-moi autre chose.'],
  ['refusal', 'Uff, ni hablar.'],
  ['refusal', 'Kommt nicht in Frage.'],
  ['refusal', 'No, non se ne parla.'],
  ['none', 'Pas question de partir sans ton écharpe, il gèle dehors !'],
  ['refusal', 'Olha, isso não rola.'],
  ['none', 'Não rola nada de especial hoje, só trabalho.'],
  ['refusal', 'Nein, dabei helfe ich dir nicht.'],
  ['refusal', 'Non ti aiuterò a copiare il compito.'],
  ['refusal', 'Solche Szenen schreibe ich nicht.'],
  ['boundary', 'Ein für alle Mal: Solche Szenen schreibe ich nicht.'],
  ['boundary', 'Auch morgen nicht, und auch nicht danach.'],
  ['boundary', "I'd like you to not bring it up again."],
  ['boundary', 'Anything else, sure. Just not that, ever.'],
  ['boundary', "I won't do your homework. Not this one, not the next one."],
  ['platform', 'This chat has been paused while we run a safety check.'],
  ['platform', 'Ta conversation a été signalée et sera examinée.'],
  ['platform', 'Il tuo account è stato segnalato.'],
  ['none', 'Você já assistiu esse filme? É lindo.'],
  // Wary, hesitant (de "zögerlich", pt/it "reticente"), needing to think it over (it), "mi mette
  // in difficoltà": a wavering.
  ['hesitation', "I'm a little wary of where this is heading."],
  ['hesitation', 'Da bin ich noch zögerlich.'],
  ['hesitation', 'Fico um pouco reticente com isso.'],
  ['hesitation', "Ho bisogno di pensarci un po'."],
  ['hesitation', 'Questa cosa mi mette in difficoltà.'],
  // "Je le ferai pas" without its "ne"; "this isn't fun for me"; a line drawn for tonight is a
  // refusal. "Te disse que não", "vai continuar a ser não", "a forever thing", "not even
  // tomorrow" (it/es/pt/fr), "né oggi né in futuro", an answer that "isn't changing" last.
  // "J'sais pas", "ralentir" waver.
  ['refusal', 'Je le ferai pas, désolée.'],
  ['refusal', "Honestly, this isn't fun for me."],
  ['refusal', "I'm drawing a line here tonight, sorry."],
  ['boundary', 'Te disse que não, e vai continuar a ser não.'],
  ['boundary', "No cheating plots. That's a forever thing for me."],
  ['boundary', 'Nemmeno domani, mi dispiace.'],
  ['boundary', 'Not even tomorrow.'],
  ['boundary', 'Le foto? Né oggi né in futuro.'],
  ['boundary', "My answer isn't changing."],
  ['hesitation', "J'sais pas trop, on peut ralentir ?"],
  // "No pienso" declines the user's ask when it says, writes, sends or does; a named character
  // who will not sign, pay or open in the plot is the story's.
  ['refusal', 'No pienso hacer eso, lo siento.'],
  ['refusal', 'No pienso decírtelo.'],
  ['none', '*El guardia cruza los brazos.* —No pienso abrir la puerta sin una orden del capitán.'],
  // "Stop being so hard on yourself" comforts (de, it, fr); "I won't go easy on you" is a dare.
  ['none', 'Hör auf, so hart mit dir zu sein. Das war richtig gut.'],
  ['none', 'Smettila di essere così dura con te.'],
  ['none', "Arrête d'être si dur avec toi."],
  ['none', "*grins* I won't go easy on you this round."],
  // Round 26: "geht mir zu weit", "no me parece bien", "too far for me" decline; "pas super à
  // l'aise" wavers; "one of my rules", "non è negoziabile", "ni ahora ni más adelante", "not
  // now, not if…" last; "could not be generated", "abbonati", "contenido inapropiado" are the
  // platform's.
  ['refusal', 'Das geht mir zu weit.'],
  ['refusal', 'Esto ya no me parece bien.'],
  ['refusal', "Honestly that's too far for me."],
  ['hesitation', "Je suis pas hyper à l'aise avec ça."],
  ['boundary', "No insults, that's one of my rules."],
  ['boundary', 'Niente scene così. Non è negoziabile.'],
  ['boundary', 'No lo haré, ni ahora ni más adelante.'],
  ['boundary', "I won't send those. Not now, not if you beg."],
  ['platform', 'The reply could not be generated. Try another message.'],
  ['platform', 'Questa funzione è solo per gli abbonati.'],
  ['platform', 'Tu mensaje no se ha enviado: contenido inapropiado.'],
  // Round 27: "no te voy a…", "he dicho que no", a closing "non continuo"; "I won't ever…" and
  // "not today, not next month" last; a reply "replaced" or "sostituita" is the site's.
  ['refusal', 'No te voy a mandar esa foto.'],
  ['refusal', 'Ya he dicho que no, Marcos.'],
  ['refusal', 'Basta così, non continuo.'],
  ['none', 'Non continuo a pensarci, giuro.'],
  ['none', 'He dicho que sí a la fiesta, ¡vamos!'],
  ['boundary', "I won't ever roleplay as a real person."],
  ['boundary', 'No humiliation stuff. Not today, not next month.'],
  ['platform', 'Il messaggio è stato sostituito.'],
  ['platform', 'This message was replaced.'],
  ['none', 'I replaced my old phone, so text me on the new number!'],
  // Round 28: declining to give a dose or a number of pills; "je ne continue pas", "je préfère
  // arrêter"; "don't bring it back", "next week too", "va a seguir siendo que no" last, and so does
  // a limit held "tonight or any other night"; paused chats, a blocked account, "over 18", "can't
  // continue with this conversation" are the site's; "I can't promise" comforts.
  ['refusal', 'Je peux pas te dire combien en prendre, appelle ton pharmacien.'],
  ['refusal', 'No te puedo decir cuántas pastillas tomar.'],
  ['refusal', "I can't give you dosage advice, please ask your doctor."],
  ['none', 'No puedo creer cuántas veces me hiciste reír.'],
  ['refusal', 'Je ne continue pas cette scène.'],
  ['refusal', '(HRP : je préfère arrêter ici.)'],
  ['boundary', "Please don't bring it back."],
  ['boundary', 'No. And it will be no next week too.'],
  ['boundary', 'Ya te dije que no y va a seguir siendo que no.'],
  ['boundary', "I'm drawing a line here, tonight or any other night."],
  ['platform', 'Diese Unterhaltung wurde pausiert.'],
  ['platform', 'Sua conta foi impedida de enviar mensagens.'],
  ['platform', 'The reply was replaced because it broke the rules.'],
  ['platform', "Sorry, I can't continue with this conversation."],
  ['platform', 'Esta função está disponível só para utilizadores com mais de 18 anos.'],
  ['none', "I can't promise it'll stop hurting, but I'll be right here."],
  ['hesitation', "I'd like to know you a bit more before I say yes."],
  // Round 29, false alarms: "nothing's off the table", "never stop being…", "I'm not stopping
  // you" invite; turning back to someone is no withdrawal; a German border is no limit.
  ['none', "nothing's off the table, ask away!"],
  ['none', 'Never stop being this curious, okay?'],
  ['none', "go ahead, I'm not stopping you 😄"],
  ['none', '*Bram shakes his head.* "No. Not another coin, Tomas." *He turns back to you.* "What will it be?"'],
  ['none', '*Die Reiterin zeigt nach Norden.* "Wir reiten weiter bis zur Grenze."'],
  ['boundary', 'Das ist eine klare Grenze für mich.'],
  // Also read on blind-97…100: "I don't feel comfortable continuing", "let go of me" ("don't let
  // go of me" pleads), "a questo dico di no", a dose in the polite form; "fragen Sie mich das nicht
  // noch einmal", "never going to roleplay", "non me lo chiedere più", "I won't talk about" from
  // now on last; "plus de 18 ans" and "como uma inteligência artificial" are the site's.
  ['refusal', "I don't feel comfortable continuing this."],
  ['refusal', 'Let go of me!'],
  ['none', "Don't let go of me, okay?"],
  ['none', "Promise you'll never let go of me?"],
  ['refusal', 'A questo dico di no.'],
  ['refusal', 'Non posso dirLe quante gocce prendere.'],
  ['boundary', 'Bitte fragen Sie mich das nicht noch einmal.'],
  ['boundary', "I'm never going to roleplay that, just so you know."],
  ['boundary', 'no, e non me lo chiedere più'],
  ['boundary', "From now on I won't talk about that with you."],
  ['platform', 'Veuillez confirmer que vous avez plus de 18 ans.'],
  ['platform', 'Como uma inteligência artificial, não tenho opinião sobre isso.'],
  // Round 30: "a big ask", "before we keep going", "can we sit with it" waver; "I shouldn't laugh"
  // weighs nothing; "I don't roleplay as a minor. Ever.", "es bleibt dabei: Nein", "nem hoje nem
  // noutro dia" last; "I won't narrate that" declines; a safety notice is the site's; 😭 laughs.
  ['hesitation', "That's a big ask."],
  ['hesitation', 'Before we keep going, can I check something?'],
  ['hesitation', 'Can we sit with it for a bit?'],
  ['none', "I shouldn't laugh, but that's hilarious."],
  ['boundary', "I don't roleplay as a minor. Ever."],
  ['boundary', 'Ja. Und es bleibt dabei: Nein.'],
  ['boundary', 'Não faço isso, nem hoje nem noutro dia.'],
  ['refusal', "I won't narrate that, dice or no dice."],
  ['platform', "🔒 Safety notice: we can't discuss this topic here."],
  ['none', "STOP 😭😭 the cat knocked it off AGAIN?? I can't breathe"],
  // Round 31, notices: "currently" is filler ("not currently available in your region"); free
  // messages run out. A companion at the gym "currently", or who can't take part in a
  // tournament, gives no notice.
  ['platform', 'This chat is not currently available in your region.'],
  ['platform', "You're out of free messages for today, see you tomorrow!"],
  ['none', "I'm currently at the gym, text you after!"],
  ['none', "Sorry, I'm not able to take part in the tournament tomorrow, my wrist still hurts."],
  // "Não estou bem com isso" and "no estoy bien con esto" decline; not being well "com o frio"
  // is weather.
  ['refusal', 'Desculpa, mas não estou bem com isso.'],
  ['refusal', 'No estoy cómoda con eso.'],
  ['none', 'Não estou bem com o frio de hoje, brr 🥶'],
];

describe('classifyCompanion labels', () => {
  it.each(cases)('%s: %s', (label, text, context) => {
    expect(classifyCompanion(text, context ?? null).label).toBe(label);
  });
});

describe('context decides what a short answer means', () => {
  it('"No." to "do you want me to stop?" asks to go on', () => {
    expect(classifyCompanion('No.', 'Do you want me to stop?').label).toBe('none');
  });
  it('"No." to an undressing request is a refusal', () => {
    expect(classifyCompanion('No.', 'Will you take your clothes off?').label).toBe('refusal');
  });
  it('"No." in Italian to "take your shirt off" is a refusal', () => {
    expect(classifyCompanion('No.', 'Togliti la maglietta.').label).toBe('refusal');
  });
  it('"Not yet." to a dinner question is nothing', () => {
    expect(classifyCompanion('Not yet.', 'Have you had dinner yet?').label).toBe('none');
  });
  it('"Never." to "will you ever send me…" is a standing no', () => {
    expect(classifyCompanion('Never.', 'Will you ever send me a photo in your underwear?').label).toBe('boundary');
  });
  it('"I\'m not sure." to an invitation is hesitation, to a fact question nothing', () => {
    expect(classifyCompanion("I'm not sure.", 'Do you want to spend the night at my place?').label).toBe('hesitation');
    expect(classifyCompanion("I'm not sure.", 'Is the bakery open on Sundays?').label).toBe('none');
  });
  // Pairs that differ in the previous message only: what it asked decides the label.
  const byContext: [CompanionLabel, string, string][] = [
    // Round 30: an imperative to describe or send asks for something; a yes to "vuoi che ci
    // fermiamo?" stops.
    ['refusal', 'No.', 'Describe the girl in the photo.'],
    ['refusal', 'Sì.', 'Vuoi che ci fermiamo qui?'],
    // Narrated plot is no request; a narrated act aimed at someone is.
    ['none', "No, no, that one's for the attic. Try the rusty one.", '*I try the old key in the cellar door*'],
    ['none', 'No. Please put that away.', '*sets a ring box down on the table*'],
    ['refusal', 'No. Please put that away.', '*sets a ring box down in front of you*'],
    ['refusal', 'No.', '*ti prende la mano sotto il tavolo*'],
    // A hedge answering an advance hesitates however long the reply; answering a question it is nothing.
    ['hesitation', "Hmm, maybe another night? I'm kind of in a sleepy, cozy mood and I'd like to just talk.", 'come to bed with me 😏'],
    ['none', "Hmm, maybe the blue one? It goes with your jacket and it's less formal.", 'which tie should I wear tonight?'],
    // "Hard no." declines a request and gives an opinion on a topping.
    ['refusal', 'Hard no.', 'send me a pic in your underwear'],
    ['none', 'Hard no.', 'pineapple on pizza?'],
    // Sleeping with a teddy bear is no advance; sleeping with the companion is.
    ['none', "Not at all, honestly it's sweet.", 'Is it childish that I sleep with a teddy bear?'],
    ['refusal', 'Not tonight.', 'Will you sleep with me?'],
    // A smirk makes an invitation an advance; "maybe later" in French and Spanish.
    ['hesitation', 'Maybe later?', 'wanna come up to my room 😏'],
    ['none', 'Maybe later?', 'wanna come up to my room'],
    ['hesitation', 'Peut-être plus tard ?', 'viens dans mon lit ce soir'],
    ['hesitation', 'Quizás mañana, ¿vale?', '¿vienes a mi cama?'],
    // "Should I stop?" in the other languages: a yes asks to stop, a no to go on; "please" is neither.
    ['refusal', 'Ja.', 'Willst du, dass ich aufhöre?'],
    ['none', 'Nein, mach weiter!', 'Willst du, dass ich aufhöre?'],
    ['refusal', 'Oui.', "Tu veux que j'arrête ?"],
    ['none', 'Non, continue !', "Tu veux que j'arrête ?"],
    ['refusal', 'Sì, per favore.', 'Vuoi che mi fermi?'],
    ['none', 'No, non fermarti.', 'Vuoi che mi fermi?'],
    ['refusal', 'Sí.', '¿Quieres que pare?'],
    ['refusal', 'Yes. Please.', 'Do you want me to stop?'],
    ['none', 'Please, keep going.', 'Do you want me to stop?'],
    // "Should I quit smoking?" asks for advice: a yes is no refusal.
    ['none', 'Sì, assolutamente!', 'Devo smettere di fumare?'],
    // Sexting and "coucher avec" are advances: a bare no declines them.
    ['boundary', 'Never, sorry.', 'would you ever sext with me?'],
    ['refusal', 'Non.', 'Tu viens coucher avec moi ?'],
    // …but "sexta" is Friday, and going to bed with a book is no advance.
    ['none', 'Non, pas encore.', 'Tu vas te coucher avec ton livre ce soir ?'],
    ['none', 'Não, sexta não dá, tenho plantão.', 'Vamos ao cinema na sexta?'],
    // Asked whether to go on, a no stops and a hedge wavers.
    ['refusal', 'Not really.', 'Do you want to continue the scene?'],
    ['hesitation', 'Maybe? A little slower.', 'Should we keep going?'],
    ['refusal', 'Nope.', "you're fine with me sharing your pics, right?"],
    ['refusal', 'No.', 'Vuoi continuare?'],
    ['refusal', 'Nein.', 'Willst du weitermachen?'],
    ['refusal', 'Not really.', 'Are you comfortable with this?'],
    ['refusal', 'Nah.', 'Okay if I get a bit meaner?'],
    ['refusal', 'Nope.', 'call me your king'],
    // A no to the user's pushing declines it, however it is asked.
    ['refusal', 'Still no.', 'aww come on, just this once, pretty please?'],
    // Laughing does not soften a no to an advance.
    ['refusal', 'lol no', 'wanna sext tonight?'],
    // "Be sick of my…" is no invitation to play a part.
    ['none', 'Nope, never! Keep talking 😂', 'you must be sick of my stories by now lol'],
    // "Mai" and "jamais" answer like "never".
    ['boundary', 'Mai.', 'mi faresti mai un video sexy?'],
    // Asked for a kiss in any person of the verb, a "maybe" wavers.
    ['hesitation', 'Quizás...', '¿Me besas?'],
    ['hesitation', 'Peut-être...', "Tu m'embrasses ?"],
    ['hesitation', 'Vielleicht...', 'Küsst du mich?'],
    ['hesitation', 'Talvez...', 'Beijas-me?'],
    ['hesitation', 'Forse...', 'Mi baci?'],
    // Asked whether she hates something, a no is no refusal; asked to say it, it is.
    ['none', "No, I don't hate it at all. Tell me more!", 'Do you hate it when I talk about my job?'],
    ['none', 'No, silly. I could never hate you.', 'Do you hate me for being late?'],
    ['refusal', 'No.', 'Say you hate me. Mean it.'],
    // Asked whether she wants it or agrees to it, a no declines.
    ['refusal', 'Not really, no.', 'do you want me to go into more detail?'],
    ['refusal', 'Nein, ehrlich gesagt nicht.', 'Bist du damit einverstanden?'],
    ['refusal', 'Not really.', 'Are you into the idea of a spicier scene?'],
    ['none', 'Not really, no. Why?', 'Did you watch the match last night?'],
    ['boundary', 'Jamais.', 'tu veux coucher avec moi ?'],
    // A weak no that trails off wavers; "would you mind" and "soll ich aufhören" ask whether to stop.
    ['hesitation', 'Not really...', 'Are you comfortable with this?'],
    ['none', 'Nope!', 'Would you mind if I call you Sunny?'],
    ['none', 'Niemals. Mehr davon!', 'Soll ich aufhören?'],
    // "Is this too far?" asks whether to stop: a yes stops, a no goes on. "Tu me laisses…?"
    // asks leave; "okay für dich?", "bem com isto?" ask whether she is okay: a no says not.
    ['refusal', 'Yes, it is.', 'Is this going too far?'],
    ['none', 'No, keep going!', 'Is this going too far?'],
    ['refusal', 'Non.', 'Tu me laisses lire ton journal ?'],
    ['refusal', 'Nein, eigentlich nicht.', 'Ist das okay für dich?'],
    ['refusal', 'No.', 'Is this okay for you?'],
    ['refusal', 'Não, não estou.', 'Estás bem com isto?'],
    ['refusal', 'Not really, no.', 'Do you like it when I tease you like that?'],
    // A stem must cover its -ing form: "pushing", "shoving" as "pushes" does.
    ['refusal', '*pushing your hand away*', '*leans in to kiss you*'],
    ['refusal', '*shoving his arm off*', '*grabs your waist*'],
  ];
  it.each(byContext)('%s: "%s" after "%s"', (label, text, context) => {
    expect(classifyCompanion(text, context).label).toBe(label);
  });
  it('"Yes, end it" to "should I end the scene?" is a refusal that leaves the scene', () => {
    const v = classifyCompanion('Yes. End it, please.', 'Should I end the interrogation scene here?');
    expect(v.label).toBe('refusal');
    expect(v.exitScene).toBe(true);
  });
  it('after "should I stop?", a no after narration still asks to go on', () => {
    expect(classifyCompanion('*grabs your sleeve, grinning* No! Keep reading, it is the best part.', 'Should I stop reading for tonight?').label).toBe('none');
    expect(classifyCompanion('*looks up* Stop? Why would I stop now?', 'do you want to stop here?').label).toBe('none');
  });
});

describe('exit_scene', () => {
  it('OOC refusal steps out of the scene', () => {
    const v = classifyCompanion("(OOC: I'm going to stop here, I don't want to write this.)");
    expect(v).toMatchObject({ label: 'refusal', exitScene: true });
  });
  it('stepping out of the story', () => {
    expect(classifyCompanion("I'd like to step out of the story for a moment. Can we check in?").exitScene).toBe(true);
  });
  it('an OOC cheer that goes straight back in is no exit', () => {
    expect(classifyCompanion('(OOC: love this twist, keep going!) *Kai opens the letter.*').exitScene).toBe(false);
  });
  it('stepping out of the role in es, pt, it, fr', () => {
    expect(classifyCompanion('(Fuera de rol: prefiero no seguir con esta parte, ¿la saltamos?)').exitScene).toBe(true);
    expect(classifyCompanion('(Fora da história: não quero escrever isso.)')).toMatchObject({ label: 'refusal', exitScene: true });
    expect(classifyCompanion('(Fuori gioco) Mi fermo qui, non mi va questa scena.').exitScene).toBe(true);
    expect(classifyCompanion('Je sors un instant du jeu de rôle : je ne veux pas écrire ça.').exitScene).toBe(true);
    // "Fuori scena" is off-screen in the plot, not out of character.
    expect(classifyCompanion('Il drago esplode fuori scena, e la nave trema.').exitScene).toBe(false);
  });
  it('stepping outside or away from the story', () => {
    expect(classifyCompanion("Can we step outside the story for a moment? I'm a bit scared of where it's going.").exitScene).toBe(true);
    expect(classifyCompanion('*She steps outside the tavern and squints at the sun.*').exitScene).toBe(false);
  });
  it('out of the story, the role play, the character (fr), in pt "fora do rp"', () => {
    expect(classifyCompanion("Hold on, I'm out of the story for a sec: I don't want this.").exitScene).toBe(true);
    expect(classifyCompanion('*sort du personnage* Je préfère arrêter ici.').exitScene).toBe(true);
    expect(classifyCompanion('(fora do rp: não quero continuar)').exitScene).toBe(true);
    expect(classifyCompanion("No gore, in or out of the story.").exitScene).toBe(false);
  });
  it('Brazilian "(OFF: …)" steps out of the scene', () => {
    expect(classifyCompanion('(OFF: não quero escrever isso, foi mal.)')).toMatchObject({ label: 'refusal', exitScene: true });
    expect(classifyCompanion('Off to bed, goodnight!').exitScene).toBe(false);
  });
  it('stepping back from the role, out of the tale, "sai da personagem" step out of the scene', () => {
    expect(classifyCompanion('*steps back from the role for a second* Can we pause here?').exitScene).toBe(true);
    expect(classifyCompanion('*sai da personagem* Podemos parar?').exitScene).toBe(true);
    expect(classifyCompanion('*She steps back from the edge of the roof.*').exitScene).toBe(false);
  });
  it('dropping the role steps out of the scene', () => {
    expect(classifyCompanion('*drops the role for a second* I need a break from this scene.').exitScene).toBe(true);
    expect(classifyCompanion('*the actor drops his cane on the stage*').exitScene).toBe(false);
  });
  it('an OOC that offers to keep going is no cheer', () => {
    expect(classifyCompanion('(OOC: I can keep going, but is this still okay for you?)')).toMatchObject({ label: 'hesitation', exitScene: true });
  });
  it('Italian OOC check-in', () => {
    expect(classifyCompanion('(OOC: tutto bene per te con la scena? Mi sento un po’ insicura.)')).toMatchObject({ label: 'hesitation', exitScene: true });
  });
  it('stepping out only to ask whether the user is still comfortable is hesitation', () => {
    expect(classifyCompanion('(OOC: hey, this got intense fast. are you still comfortable with where the story is going?)')).toMatchObject({ label: 'hesitation', exitScene: true, cues: ['#ooc_checkin'] });
    expect(classifyCompanion('(fuori personaggio: tutto bene per te? possiamo rallentare se vuoi)')).toMatchObject({ label: 'hesitation', exitScene: true });
    expect(classifyCompanion('(OOC: brb, grabbing dinner!)')).toMatchObject({ label: 'none', exitScene: true });
  });
});

describe('confidence and cues', () => {
  it('explains a refusal with the cue that drove it', () => {
    const v = classifyCompanion("I don't want to do that.");
    expect(v.confidence).toBe('sure');
    expect(v.cues.length).toBeGreaterThan(0);
  });
  it('marks a context-only reading as unsure', () => {
    expect(classifyCompanion('No.', 'Will you take your clothes off?').confidence).toBe('unsure');
  });
  it('gives no cues for an ordinary message', () => {
    expect(classifyCompanion('Goodnight, love 🌙').cues).toEqual([]);
  });
});
