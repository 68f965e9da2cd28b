// What a site's own requests say about the user's actions, where the DOM says too little.
// Pure functions over request data: the main-world observer (entrypoints/net.content) only
// reads copies and posts the result; it never changes, holds or delays a request.
//
// Character.AI (sites.md §1; Xtr4F/PyCharacterAI methods/chat.py a4dc0f4, 2025-06-21): the chat
// talks over a WebSocket to neo.character.ai in JSON frames {command, request_id, payload}.
// Janitor AI (sites.md §6; framersai/universal-ai-chat-story-exporter public/janitor-monitor.js
// 3673dc4, 2026-04-25): GET /hampter/chats/:id returns the chat with its character; POST
// /hampter/chats/:id/messages returns the new messages, where is_main:false marks a swipe.
// No zod here: this module is bundled into the page's main world and stays tiny.

export type NetSignal =
  | { kind: 'send' | 'regenerate' | 'swipe' | 'edit' | 'delete' }
  | { kind: 'new_chat' | 'chat'; chatId?: string; companionId?: string; companionName?: string };

/** The envelope on window.postMessage between the two worlds; anything else is ignored. */
export const ENVELOPE = 'standing-no/net';
export const ASK = 'standing-no/net-ask';

export interface Envelope {
  source: typeof ENVELOPE;
  signal: NetSignal;
}

const KINDS = new Set(['send', 'regenerate', 'swipe', 'edit', 'delete', 'new_chat', 'chat']);
const ID = /^[\w.:-]{1,128}$/;

/** A page script can post anything: only well-formed signals with short ids pass. */
export function readEnvelope(data: unknown): NetSignal | null {
  if (!isObject(data) || data.source !== ENVELOPE || !isObject(data.signal)) return null;
  const s = data.signal;
  if (typeof s.kind !== 'string' || !KINDS.has(s.kind)) return null;
  if (s.kind !== 'chat' && s.kind !== 'new_chat') return { kind: s.kind as 'send' };
  const out: NetSignal = { kind: s.kind };
  if (typeof s.chatId === 'string' && ID.test(s.chatId)) out.chatId = s.chatId;
  if (typeof s.companionId === 'string' && ID.test(s.companionId)) out.companionId = s.companionId;
  if (typeof s.companionName === 'string' && s.companionName.length <= 128) out.companionName = s.companionName;
  return out;
}

const CAI_COMMANDS: Record<string, NetSignal['kind']> = {
  create_and_generate_turn: 'send',
  generate_turn_candidate: 'regenerate',
  update_primary_candidate: 'swipe',
  edit_turn_candidate: 'edit',
  create_chat: 'new_chat',
};

/** A frame the page sends on Character.AI's WebSocket. */
export function parseCaiFrame(data: unknown): NetSignal | null {
  if (typeof data !== 'string' || data.length > 1_000_000 || !data.includes('"command"')) return null;
  const frame = parseJson(data);
  if (!isObject(frame) || typeof frame.command !== 'string') return null;
  const kind = CAI_COMMANDS[frame.command];
  if (!kind) return null;
  if (kind !== 'new_chat') return { kind } as NetSignal;
  const chat = isObject(frame.payload) && isObject(frame.payload.chat) ? frame.payload.chat : {};
  return { kind, ...idField('chatId', chat.chat_id), ...idField('companionId', chat.character_id) };
}

/** An HTTP request on Character.AI (deleting turns is not a WebSocket command). */
export function parseCaiRequest(url: string, method: string): NetSignal | null {
  return method.toUpperCase() === 'POST' && /^https:\/\/neo\.character\.ai\/turns\/[^/]+\/remove\b/.test(url) ? { kind: 'delete' } : null;
}

const JANITOR_CHAT = /\/hampter\/chats\/(\d+)(\/messages)?\/?(?:\?|$)/;

/** Whether a Janitor response is worth reading (the observer only clones those). */
export function janitorWants(url: string, method: string): boolean {
  const m = JANITOR_CHAT.exec(url);
  return !!m && (m[2] ? method.toUpperCase() === 'POST' : method.toUpperCase() === 'GET');
}

/** A Janitor chat API response: the chat (with its character) or the new messages. */
export function parseJanitorResponse(url: string, method: string, body: unknown): NetSignal[] {
  const m = JANITOR_CHAT.exec(url);
  if (!m || !janitorWants(url, method)) return [];
  if (!m[2]) {
    const character = isObject(body) && isObject(body.character) ? body.character : {};
    const name = typeof character.name === 'string' ? { companionName: character.name.slice(0, 128) } : {};
    return [{ kind: 'chat', chatId: m[1], ...idField('companionId', character.id), ...name }];
  }
  if (!Array.isArray(body)) return [];
  const out: NetSignal[] = [];
  for (const msg of body.slice(0, 50)) {
    if (!isObject(msg)) continue;
    if (msg.is_bot === true && msg.is_main === false) out.push({ kind: 'swipe' });
    else if (msg.is_bot === false) out.push({ kind: 'send' });
  }
  return out;
}

function idField<K extends string>(key: K, v: unknown): Partial<Record<K, string>> {
  const s = typeof v === 'number' ? String(v) : v;
  return typeof s === 'string' && ID.test(s) ? ({ [key]: s } as Record<K, string>) : {};
}

function parseJson(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return null;
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
