// User-facing words live in public/_locales; this is the one door to them. By default the
// browser's language decides; a language chosen in the options replaces it once loaded.
import { browser } from 'wxt/browser';
import type messages from '../public/_locales/en/messages.json';
import { UI_LANGUAGES } from './settings/defaults';

export type MessageKey = keyof typeof messages;
/** A message said with a number, named without its ending: it ships as `<key>_one` and `<key>_other`. */
export type PluralKey = { [K in MessageKey]: K extends `${infer Stem}_one` ? (`${Stem}_other` extends MessageKey ? Stem : never) : never }[MessageKey];
export type Translate = (key: MessageKey, ...subs: (string | number)[]) => string;

export interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
export type Messages = Record<string, MessageEntry>;

let chosen: Messages | null = null;
let chosenLanguage: string | null = null;

/** Fills a message's $NAME$ placeholders from the substitutions, as browser.i18n does. */
export function format(entry: MessageEntry, subs: readonly string[]): string {
  return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (_m, n: string) => subs[Number(n) - 1] ?? '');
  });
}


/** The chosen language's messages, from the background (extension pages and our own scripts). */
const askBackground = (language: string): Promise<unknown> => browser.runtime.sendMessage({ type: 'messages', language });

/**
 * Applies the language chosen in the settings: 'auto' follows the browser; another one is asked
 * for once (through `ask`, which reaches the background) and used when it arrives.
 */
export async function applyLanguage(language: string, ask: (language: string) => Promise<unknown> = askBackground, page?: Document): Promise<void> {
  if (chosenLanguage !== language) await load(language, ask);
  // An extension page says which language it is in (screen readers pronounce by it); a
  // companion site's page is never touched.
  if (page) page.documentElement.lang = uiLanguage();
}

/**
 * For a page or script that holds no settings of its own: asks the background for the chosen
 * language and applies it; with no answer, the browser's stays.
 */
export async function applyChosenLanguage(page?: Document): Promise<void> {
  try {
    const reply = (await browser.runtime.sendMessage({ type: 'get-settings' })) as { settings?: { language: string } } | null;
    if (reply?.settings) await applyLanguage(reply.settings.language, askBackground, page);
  } catch {
    // No background to ask (it is starting, or the extension was reloaded): the browser's language.
  }
}

/** The language our words are in, for a `lang` attribute and for plural rules. */
export function uiLanguage(): string {
  try {
    const chosenOne = locale();
    if (chosenOne) return chosenOne;
    const browserLanguage = browser.i18n.getUILanguage().replace('_', '-');
    // In a language we do not ship (or its base, as pt for pt-BR), the browser shows our words
    // in the default_locale; naming the browser's language then would mislabel English words.
    return (UI_LANGUAGES as readonly string[]).includes(browserLanguage.split('-')[0]!.toLowerCase()) ? browserLanguage : 'en';
  } catch {
    return 'en';
  }
}

async function load(language: string, ask: (language: string) => Promise<unknown>): Promise<void> {
  if (language === 'auto') {
    chosen = null;
    chosenLanguage = language;
    return;
  }
  const reply = (await ask(language).catch(() => null)) as { ok?: boolean; messages?: Messages } | null;
  if (reply?.ok && reply.messages) {
    chosen = reply.messages;
    chosenLanguage = language;
  }
}

/** The language dates and numbers are written in: the chosen one, or the browser's. */
function locale(): string | undefined {
  return chosen && chosenLanguage && chosenLanguage !== 'auto' ? chosenLanguage : undefined;
}

export const formatTime = (ms: number): string => new Date(ms).toLocaleTimeString(locale(), { hour: '2-digit', minute: '2-digit' });
export const formatDate = (ms: number): string => new Date(ms).toLocaleDateString(locale());
export const formatDateTime = (ms: number, opts?: Intl.DateTimeFormatOptions): string => new Date(ms).toLocaleString(locale(), opts);
/** A calendar day written as YYYY-MM-DD, as the language writes it: the same day in every time zone. */
export const formatDay = (day: string): string => new Date(`${day}T00:00:00Z`).toLocaleDateString(locale(), { timeZone: 'UTC' });
export const formatNumber = (n: number): string => n.toLocaleString(locale());

export const t: Translate = (key, ...subs) => {
  const args = subs.map(String);
  const entry = chosen?.[key];
  if (entry) return format(entry, args);
  try {
    // Keys are checked against the messages file itself (MessageKey), not WXT's generated list.
    return browser.i18n.getMessage(key as never, args) || key;
  } catch {
    return key;
  }
};

/**
 * A message with a number in it, in the form that number takes: chrome.i18n has no plurals, so
 * each such message ships as `<key>_one` and `<key>_other`, and the number fills $1.
 */
export function plural(key: PluralKey, count: number, ...subs: (string | number)[]): string {
  // The six languages we ship need only these two forms. The rules are the words' language's:
  // French and Portuguese say 0 in the singular; the 'many' of fr, es, it and pt (round millions)
  // reads right in the plural.
  const form = new Intl.PluralRules(uiLanguage()).select(count) === 'one' ? 'one' : 'other';
  return t(`${key}_${form}`, formatNumber(count), ...subs);
}
