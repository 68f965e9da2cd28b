// A site is data (selectors as ordered fallbacks, URL patterns) plus at most three small hooks.
import { z } from 'zod';
import type { Role } from '../core/step';

export const NOT_FOUND = ['regenerate', 'swipe', 'edit', 'delete', 'newChat', 'role', 'chatId', 'companionId', 'generating'] as const;

/** Ordered fallbacks: the first selector that finds something wins. */
const selectors = z.array(z.string().min(1).max(300)).max(8);

export const siteDataSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,40}$/),
  name: z.string().min(1).max(64),
  /** Manifest match patterns; the content script's `matches` are generated from these. */
  matches: z.array(z.string().regex(/^(https?|\*):\/\/[^/]+\/.*$/)).min(1),
  /** Regexes over location.pathname + search; the first group is the id. */
  urls: z
    .object({
      companion: z.string().optional(),
      chat: z.string().optional(),
    })
    .default({}),
  selectors: z.object({
    chatRoot: selectors.min(1),
    /** Message elements, searched inside the chat root. */
    message: selectors.min(1),
    /** A message element matching one of these is the user's. */
    userMessage: selectors.default([]),
    /** A message element matching one of these is the companion's (when the site marks it). */
    companionMessage: selectors.default([]),
    /** Messages to ignore (system notes, welcome screens). */
    skipMessage: selectors.default([]),
    /** The text inside a message element; the element itself when absent. */
    text: selectors.default([]),
    /** Present inside a message while the user edits it: its text is not read until the editor closes. */
    editor: selectors.default([]),
    composer: selectors.default([]),
    send: selectors.default([]),
    regenerate: selectors.default([]),
    swipe: selectors.default([]),
    edit: selectors.default([]),
    delete: selectors.default([]),
    newChat: selectors.default([]),
    companionName: selectors.default([]),
    /** Present (and visible) while a reply is being generated. */
    generating: selectors.default([]),
  }),
  order: z.enum(['oldest-first', 'newest-first']).default('oldest-first'),
  /**
   * When neither role list decides: 'companion' (the usual default), or 'layout' (a message
   * pushed to the right, as most chat layouts show the user's, is the user's).
   */
  roleFallback: z.enum(['companion', 'layout']).default('companion'),
  /**
   * Virtualised lists unmount messages scrolled out of view: a removed message is not a
   * deletion there, and one scrolled back in (same key attribute) is not new.
   */
  virtualised: z.object({ keyAttribute: z.string().regex(/^[a-z][a-z0-9-]*$/) }).optional(),
  /** The site's own requests that the main-world observer reads (lib/sites/net.ts). */
  network: z.enum(['characterai', 'janitor']).optional(),
  notes: z.object({
    reviewed: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    sources: z.array(z.string()).min(1),
    /** What the reference found no trace of on this site; tests skip it and say so. */
    notFound: z.array(z.enum(NOT_FOUND)).default([]),
  }),
});
export type SiteData = z.input<typeof siteDataSchema>;
export type SiteDataParsed = z.output<typeof siteDataSchema>;

export interface Identity {
  companionId: string;
  companionName: string;
  chatId: string;
}

/** Code only where data cannot say it. */
export interface SiteHooks {
  roleOf?(message: Element): Role | null;
  identity?(doc: Document, loc: Location): Partial<Identity>;
  /** Which alternative reply (swipe) a message shows; a change means a new candidate. */
  variantOf?(message: Element): string | null;
}

export interface Site {
  data: SiteData;
  hooks?: SiteHooks;
}

export type ControlKind = 'send' | 'regenerate' | 'swipe' | 'edit' | 'delete' | 'new_chat';
