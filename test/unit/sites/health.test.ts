// An adapter whose selectors miss reports itself degraded, naming what failed, and never throws.
import { describe, expect, it } from 'vitest';
import { createAdapter } from '@/lib/sites/adapter';
import { sillytavern } from '@/lib/sites/sillytavern';
import type { Site } from '@/lib/sites/types';
import { watch, type Health } from '@/lib/watch/watcher';
import { until } from '../helpers/dom';

describe('adapter health', () => {
  it('degrades with the chat-root selector when there is no chat', async () => {
    document.body.innerHTML = '<p>Please log in.</p>';
    const health: Health[] = [];
    const c = new AbortController();
    watch({ adapter: createAdapter(sillytavern), doc: document, loc: location, emit: () => undefined, health: (h) => health.push(h), signal: c.signal, degradeAfterMs: 0 });
    await until(() => health.some((h) => h.state === 'degraded'), 'a degraded report');
    expect(health.find((h) => h.state === 'degraded')!.problem).toContain('#chat');
    c.abort();
  });

  it('survives invalid selectors in site data', () => {
    document.body.innerHTML = '<div id="chat"><div class="mes">hi</div></div>';
    const broken: Site = { data: { ...sillytavern.data, selectors: { ...sillytavern.data.selectors, chatRoot: ['##nope', '#chat'], message: ['[[bad', '.mes'] } } };
    const adapter = createAdapter(broken);
    const root = adapter.findChatRoot(document)!;
    expect(root.id).toBe('chat');
    expect(adapter.messages(root)).toHaveLength(1);
    expect(adapter.controlOf(document.body)).toBeNull();
  });
});
