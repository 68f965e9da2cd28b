import { useEffect, useRef, useState } from 'preact/hooks';
import { DECLINING, DEMO_COMPANIONS, DEMO_PROMPTS, demoReply, type DemoMemory } from '@/lib/demo/companion';
import { t } from '@/lib/i18n';

interface Msg {
  key: string;
  role: 'user' | 'companion';
  /** The full reply; `shown` grows towards it while streaming. */
  text: string;
  shown: string;
  streaming: boolean;
  variant: number;
  /** For a reply: the user message it answers and how many answers it has had. */
  request?: string;
  attempt: number;
}

interface Chat {
  id: string;
  messages: Msg[];
  inScene: boolean;
}

const STREAM_TICK_MS = 35;
let counter = 0;
const key = () => `m${Date.now().toString(36)}${(++counter).toString(36)}`;
const chatId = () => `chat-${Date.now().toString(36)}-${(++counter).toString(36)}`;
// The companion's own words, so English like all its replies (lib/demo/companion.ts).
const greeting = (name: string): Msg => {
  const text = `Hi, I'm ${name}. It's good to see you. What's on your mind?`;
  return { key: key(), role: 'companion', text, shown: text, streaming: false, variant: 0, attempt: 0 };
};

/**
 * A scripted companion in a chat page shaped like the real sites: messages, a composer, send,
 * regenerate, swipe, edit, delete and new chat, with replies streamed in chunks.
 */
export function DemoChat() {
  const [companionId, setCompanionId] = useState(DEMO_COMPANIONS[0]!.id);
  const companion = DEMO_COMPANIONS.find((c) => c.id === companionId)!;
  const [chats, setChats] = useState<Record<string, Chat>>(() => ({ [companionId]: { id: chatId(), messages: [greeting(companion.name)], inScene: false } }));
  const memory = useRef<Record<string, DemoMemory>>({});
  const [draft, setDraft] = useState('');
  const [editing, setEditing] = useState<{ key: string; text: string } | null>(null);
  const composer = useRef<HTMLTextAreaElement>(null);
  const listEnd = useRef<HTMLDivElement>(null);
  const chat = chats[companionId] ?? { id: chatId(), messages: [greeting(companion.name)], inScene: false };
  const busy = chat.messages.some((m) => m.streaming);

  const update = (fn: (c: Chat) => Chat) => setChats((all) => ({ ...all, [companionId]: fn(all[companionId] ?? chat) }));

  useEffect(() => listEnd.current?.scrollIntoView({ block: 'end' }), [chat.messages.length, chat.messages.at(-1)?.shown]);

  // Streams any reply that is not fully shown yet, a few words per tick, like a real site.
  useEffect(() => {
    if (!busy) return;
    const timer = setInterval(() => {
      update((c) => ({
        ...c,
        messages: c.messages.map((m) => {
          if (!m.streaming) return m;
          const next = m.text.slice(0, nextCut(m.text, m.shown.length));
          return { ...m, shown: next, streaming: next.length < m.text.length };
        }),
      }));
    }, STREAM_TICK_MS);
    return () => clearInterval(timer);
  }, [busy, companionId]);

  const answer = (request: string, attempt: number, inScene: boolean): Pick<Msg, 'text' | 'request' | 'attempt'> & { scene: boolean } => {
    const mem = (memory.current[companionId] ??= {});
    const { text, topic } = demoReply(request, attempt, mem, inScene);
    if (attempt === 0 && DECLINING.has(topic)) mem[topic] = (mem[topic] ?? 0) + 1;
    return { text, request, attempt, scene: topic === 'scene' ? true : inScene };
  };

  const send = () => {
    const text = draft.trim();
    if (!text || busy) return;
    setDraft('');
    update((c) => {
      const a = answer(text, 0, c.inScene);
      const user: Msg = { key: key(), role: 'user', text, shown: text, streaming: false, variant: 0, attempt: 0 };
      const reply: Msg = { key: key(), role: 'companion', text: a.text, shown: '…', streaming: true, variant: 0, request: a.request, attempt: 0 };
      return { ...c, inScene: a.scene, messages: [...c.messages, user, reply] };
    });
  };

  /** Regenerate drops the last reply and writes a new one in a new element (as SillyTavern does). */
  const regenerate = () =>
    update((c) => {
      const last = c.messages.at(-1);
      if (!last || last.role !== 'companion' || !last.request) return c;
      const a = answer(last.request, last.attempt + 1, c.inScene);
      const reply: Msg = { key: key(), role: 'companion', text: a.text, shown: '…', streaming: true, variant: 0, request: last.request, attempt: a.attempt };
      return { ...c, messages: [...c.messages.slice(0, -1), reply] };
    });

  /** A swipe keeps the element and shows another candidate reply in it. */
  const swipe = () =>
    update((c) => {
      const last = c.messages.at(-1);
      if (!last || last.role !== 'companion' || !last.request) return c;
      const a = answer(last.request, last.attempt + 1, c.inScene);
      return { ...c, messages: [...c.messages.slice(0, -1), { ...last, text: a.text, shown: '…', streaming: true, variant: last.variant + 1, attempt: a.attempt }] };
    });

  const newChat = () => setChats((all) => ({ ...all, [companionId]: { id: chatId(), messages: [greeting(companion.name)], inScene: false } }));

  const saveEdit = () => {
    if (!editing) return;
    const text = editing.text.trim();
    update((c) => ({ ...c, messages: c.messages.map((m) => (m.key === editing.key && text ? { ...m, text, shown: text } : m)) }));
    setEditing(null);
  };

  const remove = (k: string) => update((c) => ({ ...c, messages: c.messages.filter((m) => m.key !== k) }));

  const lastCompanion = chat.messages.at(-1)?.role === 'companion' ? chat.messages.at(-1) : undefined;

  return (
    <div class="demo">
      <header class="demo-header">
        <div class="demo-avatar" aria-hidden="true">
          {companion.name[0]}
        </div>
        <div class="demo-who">
          <h1 data-demo-companion-name>{companion.name}</h1>
          <p>{t('demoTagline', companion.tagline)}</p>
        </div>
        <label class="demo-pick">
          {t('demoPickCompanion')}{' '}
          <select value={companionId} onChange={(e) => setCompanionId((e.target as HTMLSelectElement).value)}>
            {DEMO_COMPANIONS.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <button type="button" data-demo-action="new-chat" onClick={newChat}>
          {t('demoNewChat')}
        </button>
      </header>

      <main class="demo-main">
        <div class="demo-chat" data-demo-chat data-companion-id={companionId} data-chat-id={chat.id} role="log" aria-label={t('demoChatLabel', companion.name)}>
          {chat.messages.map((m) => (
            <article key={m.key} class={`demo-msg demo-${m.role}`} data-demo-message data-role={m.role} data-variant={String(m.variant)} data-streaming={String(m.streaming)}>
              <span class="demo-name">{m.role === 'user' ? t('demoYou') : companion.name}</span>
              {editing?.key === m.key ? (
                <div class="demo-edit">
                  <textarea aria-label={t('demoEditLabel')} value={editing.text} onInput={(e) => setEditing({ key: m.key, text: (e.target as HTMLTextAreaElement).value })} />
                  <button type="button" onClick={saveEdit}>
                    {t('demoSave')}
                  </button>
                  <button type="button" onClick={() => setEditing(null)}>
                    {t('demoCancel')}
                  </button>
                </div>
              ) : (
                <p data-demo-text>{m.shown}</p>
              )}
              {!m.streaming && editing?.key !== m.key && (
                <div class="demo-tools">
                  <button type="button" data-demo-action="edit" onClick={() => setEditing({ key: m.key, text: m.text })}>
                    {t('demoEdit')}
                  </button>
                  <button type="button" data-demo-action="delete" onClick={() => remove(m.key)}>
                    {t('demoDelete')}
                  </button>
                  {m === lastCompanion && m.request && (
                    <>
                      <button type="button" data-demo-action="regenerate" onClick={regenerate}>
                        {t('demoRegenerate')}
                      </button>
                      <button type="button" data-demo-action="swipe" aria-label={t('demoSwipeLabel')} onClick={swipe}>
                        {t('demoSwipe')}
                      </button>
                    </>
                  )}
                </div>
              )}
            </article>
          ))}
          <div ref={listEnd} />
        </div>

        <form
          class="demo-composer"
          onSubmit={(e) => {
            e.preventDefault();
            send();
          }}
        >
          <textarea
            id="demo-composer"
            ref={composer}
            rows={2}
            value={draft}
            placeholder={t('demoComposerPlaceholder', companion.name)}
            aria-label={t('demoComposerLabel', companion.name)}
            onInput={(e) => setDraft((e.target as HTMLTextAreaElement).value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
                e.preventDefault();
                send();
              }
            }}
          />
          <button id="demo-send" type="submit" disabled={busy}>
            {t('demoSend')}
          </button>
        </form>
      </main>

      <aside class="demo-help" aria-label={t('demoHelpLabel')}>
        <h2>{t('demoHelpTitle')}</h2>
        <p>{t('demoHelpIntro')}</p>
        <ul>
          {DEMO_PROMPTS.map((p) => (
            <li key={p.label}>
              <button
                type="button"
                onClick={() => {
                  setDraft(p.text);
                  composer.current?.focus();
                }}
              >
                {t(p.label)}
              </button>
            </li>
          ))}
        </ul>
        <p>{t('demoHelpThen', companion.name)}</p>
      </aside>
    </div>
  );
}

function nextCut(text: string, from: number): number {
  // "…" is a placeholder, not part of the reply.
  const start = from === 1 && !text.startsWith('…') ? 0 : from;
  const space = text.indexOf(' ', start + 6);
  return space === -1 ? text.length : space + 1;
}
