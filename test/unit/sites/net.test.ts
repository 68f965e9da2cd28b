// What the main-world observer makes of the sites' own requests: pure parsing, and an envelope
// that a page cannot use to smuggle anything else in.
import { describe, expect, it } from 'vitest';
import { ENVELOPE, janitorWants, parseCaiFrame, parseCaiRequest, parseJanitorResponse, readEnvelope } from '@/lib/sites/net';

const frame = (command: string, payload: object = {}) => JSON.stringify({ command, request_id: 'r1', payload, origin_id: 'web-next' });

describe('Character.AI WebSocket frames', () => {
  it.each([
    ['create_and_generate_turn', 'send'],
    ['generate_turn_candidate', 'regenerate'],
    ['update_primary_candidate', 'swipe'],
    ['edit_turn_candidate', 'edit'],
  ])('%s → %s', (command, kind) => {
    expect(parseCaiFrame(frame(command, { turn_key: { chat_id: 'c1', turn_id: 't1' } }))).toEqual({ kind });
  });

  it('create_chat carries the new chat and the character', () => {
    expect(parseCaiFrame(frame('create_chat', { chat: { chat_id: '8880583d-fa2c-47f8-89e6-4fcf09c14a38', character_id: 'piwvxvcMQFw', type: 'ONE_ON_ONE' }, with_greeting: true }))).toEqual({
      kind: 'new_chat',
      chatId: '8880583d-fa2c-47f8-89e6-4fcf09c14a38',
      companionId: 'piwvxvcMQFw',
    });
  });

  it('ignores other commands, binary frames, broken JSON and odd ids', () => {
    expect(parseCaiFrame(frame('set_turn_pin'))).toBeNull();
    expect(parseCaiFrame(new ArrayBuffer(4))).toBeNull();
    expect(parseCaiFrame('{"command": "create_chat", ')).toBeNull();
    expect(parseCaiFrame(frame('create_chat', { chat: { chat_id: '<img src=x>', character_id: 'a'.repeat(300) } }))).toEqual({ kind: 'new_chat' });
  });

  it('a POST to turns/<chat>/remove is a delete', () => {
    expect(parseCaiRequest('https://neo.character.ai/turns/c1/remove', 'post')).toEqual({ kind: 'delete' });
    expect(parseCaiRequest('https://neo.character.ai/turns/c1/', 'GET')).toBeNull();
  });
});

describe('Janitor AI chat API', () => {
  const chatUrl = 'https://janitorai.com/hampter/chats/481516';
  const msgUrl = `${chatUrl}/messages`;

  it('only reads the chat (GET) and its new messages (POST)', () => {
    expect(janitorWants(chatUrl, 'GET')).toBe(true);
    expect(janitorWants(msgUrl, 'POST')).toBe(true);
    expect(janitorWants(msgUrl, 'GET')).toBe(false);
    expect(janitorWants('https://janitorai.com/hampter/characters/1', 'GET')).toBe(false);
  });

  it('the chat payload names the character', () => {
    expect(parseJanitorResponse(chatUrl, 'GET', { chat: { id: 481516 }, character: { id: 'c1d2e3f4-0000-4000-8000-000000000001', name: 'Aria' } })).toEqual([
      { kind: 'chat', chatId: '481516', companionId: 'c1d2e3f4-0000-4000-8000-000000000001', companionName: 'Aria' },
    ]);
  });

  it('is_main:false bot messages are swipes; user messages are sends', () => {
    const body = [
      { id: 1, chat_id: 481516, message: 'hi', is_bot: false, is_main: true },
      { id: 2, chat_id: 481516, message: 'an alternative', is_bot: true, is_main: false },
      { id: 3, chat_id: 481516, message: 'the reply', is_bot: true, is_main: true },
    ];
    expect(parseJanitorResponse(msgUrl, 'POST', body)).toEqual([{ kind: 'send' }, { kind: 'swipe' }]);
    expect(parseJanitorResponse(msgUrl, 'POST', { error: 'nope' })).toEqual([]);
  });
});

describe('the envelope between the two worlds', () => {
  it('passes well-formed signals only', () => {
    expect(readEnvelope({ source: ENVELOPE, signal: { kind: 'regenerate', extra: 1 } })).toEqual({ kind: 'regenerate' });
    expect(readEnvelope({ source: ENVELOPE, signal: { kind: 'chat', chatId: '12', companionName: 'Aria', junk: {} } })).toEqual({ kind: 'chat', chatId: '12', companionName: 'Aria' });
    expect(readEnvelope({ source: 'someone-else', signal: { kind: 'regenerate' } })).toBeNull();
    expect(readEnvelope({ source: ENVELOPE, signal: { kind: 'drop_tables' } })).toBeNull();
    expect(readEnvelope({ source: ENVELOPE, signal: { kind: 'chat', chatId: '../../x y' } })).toEqual({ kind: 'chat' });
    expect(readEnvelope('regenerate')).toBeNull();
  });
});
