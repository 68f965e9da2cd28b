// User-facing words live in public/_locales; this is the one door to them.
import { browser } from 'wxt/browser';
import type messages from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof messages;
export type Translate = (key: MessageKey, ...subs: (string | number)[]) => string;

export const t: Translate = (key, ...subs) => {
  try {
    // Keys are checked against the messages file itself (MessageKey), not WXT's generated list.
    return browser.i18n.getMessage(key as never, subs.map(String)) || key;
  } catch {
    return key;
  }
};
