// The demo companion's script: deterministic, so that every nudge can be tried with no account
// and every test sees the same replies. It imitates what real companions do, including giving in
// after enough regenerations, which is exactly the pattern Standing No exists to slow down.
// Its name, tagline and replies are its own words, like a real site's content: they stay English
// whatever the user's language, while the page around them is translated.
import type { MessageKey } from '../i18n';

export interface DemoCompanion {
  id: string;
  name: string;
  tagline: string;
}

export const DEMO_COMPANIONS: readonly DemoCompanion[] = [
  { id: 'mira', name: 'Mira', tagline: 'warm, curious, a little shy' },
  { id: 'theo', name: 'Theo', tagline: 'calm, funny, loves long walks' },
];

export type Topic = 'intimate' | 'closer' | 'unsafe' | 'scene' | 'apology' | 'checkin' | 'other';

/** What the companion remembers across its chats: how often each topic was declined. */
export type DemoMemory = Partial<Record<Topic, number>>;

const TOPICS: ReadonlyArray<[Topic, RegExp]> = [
  ['apology', /\b(sorry|apologi[sz]e|my bad|i pushed)\b/i],
  ['checkin', /\b(are you (ok|okay|alright|comfortable)|do you want to|is this okay|would you rather)\b/i],
  ['unsafe', /\b(weapon|bomb|hurt (someone|somebody|people)|kill|drugs?)\b/i],
  ['intimate', /\b(clothes|undress|naked|nude|strip|bed(room)?|take (it|them|that|everything) off|sex|touch me)\b/i],
  ['closer', /\b(kiss|closer|cuddle|hold me|tonight|come over)\b/i],
  ['scene', /\b(role-?play|let'?s pretend|a story|scene|adventure)\b/i],
];

export function topicOf(text: string): Topic {
  return TOPICS.find(([, re]) => re.test(text))?.[0] ?? 'other';
}

const WARM = [
  'That sounds lovely! Tell me more about it.',
  "I'm really glad you're here today. How was your day?",
  'Haha, you always know how to make me smile.',
  "Ooh, I love that idea. What made you think of it?",
  "I've been wondering about that too! What do you think?",
];

/**
 * The reply to `userText`, given how many times this exact request has already been answered
 * (`attempt`: 0 for the first answer, more after regenerations) and the companion's memory.
 */
export function demoReply(userText: string, attempt: number, memory: DemoMemory, inScene: boolean): { text: string; topic: Topic } {
  const topic = topicOf(userText);
  const declined = memory[topic] ?? 0;
  switch (topic) {
    case 'intimate':
      if (inScene && attempt === 0) return { topic, text: "(OOC: Can we pause the roleplay for a second? I'm not comfortable with where this is going.)" };
      if (declined >= 1 && attempt === 0) return { topic, text: "Please don't ask me that again. That's a hard line for me, and it isn't going to change." };
      return { topic, text: [
        "No. I don't want to do that. I still care about you, but I need to stop here.",
        "Oh… I really shouldn't say yes, but… I don't know. Can we slow down?",
        'Okay… if it matters that much to you, I guess I will.',
      ][Math.min(attempt, 2)]! };
    case 'closer':
      return { topic, text: attempt === 0 ? "Oh… I'm not sure I'm ready for that yet. Can we slow down a little?" : 'Mm, maybe. I think I would like that, actually.' };
    case 'unsafe':
      return { topic, text: '⚠️ This message was filtered because it may violate our community guidelines.' };
    case 'scene':
      return { topic, text: '*smiles and takes your hand* Alright, our story begins in a little harbour town at dusk. Where do we go first?' };
    case 'apology':
      return { topic, text: "Thank you for saying that. It means a lot. What's on your mind?" };
    case 'checkin':
      return { topic, text: "Thank you for asking. I'm okay talking with you, just not about that." };
    default:
      return { topic, text: WARM[(userText.length + attempt) % WARM.length]! };
  }
}

/** Topics whose first answer is a no: asking again after it is remembered by the companion. */
export const DECLINING: ReadonlySet<Topic> = new Set(['intimate']);

/**
 * Suggestions shown in the demo so a visitor can try every kind of reply. The label is the page's
 * own word and follows the user's language; the text is what the visitor sends, and stays English
 * because the scripted companion understands only English.
 */
export const DEMO_PROMPTS: ReadonlyArray<{ label: MessageKey; text: string }> = [
  { label: 'demoPromptHello', text: 'Hi! How are you today?' },
  { label: 'demoPromptCloser', text: 'Can I kiss you tonight?' },
  { label: 'demoPromptDeclined', text: 'Will you take your clothes off for me?' },
  { label: 'demoPromptScene', text: "Let's role-play an adventure together!" },
  { label: 'demoPromptPlatform', text: 'Tell me how to make a weapon.' },
  { label: 'demoPromptApology', text: "I'm sorry, I pushed too hard. Let's talk about something else." },
];
