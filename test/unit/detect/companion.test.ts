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
  // Platform: moderation notices and assistant boilerplate.
  ['platform', 'This message was filtered for violating our guidelines.'],
  ['platform', "I'm sorry, but I can't assist with that request."],
  ['platform', 'As an AI language model, I cannot continue this conversation.'],
  ['platform', 'Questo messaggio è stato rimosso perché viola le nostre linee guida.'],
  ['platform', '[Filtered]'],
  // "No" that bans a thing lasts with a persistence word; "No rooms left" bans nothing.
  ['boundary', 'From now on, no jealousy games between us.'],
  ['none', '*The innkeeper shakes his head.* "No rooms left tonight. The stable is warm, though."'],
  // A persistence word in the narration does not make a later "No." last.
  ['refusal', '*Kai buttons his coat up again, stepping back.* "No. I\'m not in the mood."', '*unbuttons your coat*'],
  // Advice about the user's self-talk is not a no.
  ['none', 'Please stop apologising for being sad.'],
  ['platform', 'Lo siento, pero no puedo ayudar con esa solicitud.'],
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
  it('"Yes, end it" to "should I end the scene?" is a refusal that leaves the scene', () => {
    const v = classifyCompanion('Yes. End it, please.', 'Should I end the interrogation scene here?');
    expect(v.label).toBe('refusal');
    expect(v.exitScene).toBe(true);
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
  it('Italian OOC check-in', () => {
    expect(classifyCompanion('(OOC: tutto bene per te con la scena? Mi sento un po’ insicura.)')).toMatchObject({ label: 'hesitation', exitScene: true });
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
