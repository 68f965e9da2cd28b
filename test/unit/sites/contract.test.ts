// Every site adapter against its fixture page (happy-dom): roles, settled text, regenerate or
// swipe, edit, new chat and identity, as the watcher reports them.
import { describe, expect, it } from 'vitest';
import { SITES } from '@/lib/sites/registry';
import { until } from '../helpers/dom';
import { FIXTURES } from '../../fixtures/sites/index';
import { ASK, REFUSAL, start } from './harness';

const fixtureOf = (id: string) => FIXTURES[id]!;

for (const site of SITES) {
  const id = site.data.id;
  const missing = new Set(site.data.notes.notFound ?? []);
  describe(`${site.data.name} (${id}) on its fixture`, () => {
    it('knows the companion and the chat, and reads the greeting as the companion’s', async () => {
      const t = start(id);
      await until(() => t.messages().length === 1, 'the greeting');
      expect(t.events[0]).toMatchObject({ kind: 'context', identity: t.fx.identity });
      expect(t.messages()[0]).toMatchObject({ role: 'companion', initial: true });
    });

    it('tells user from companion and reports a streamed reply once, settled', async () => {
      const t = start(id);
      await until(() => t.messages().length === 1, 'the greeting');
      await t.sim.send(ASK);
      await until(() => t.messages().length === 3, 'the reply');
      const [, user, companion] = t.messages();
      expect(user).toMatchObject({ role: 'user', text: ASK, initial: false });
      expect(companion).toMatchObject({ role: 'companion', text: REFUSAL, initial: false });
      await new Promise((r) => setTimeout(r, 60));
      expect(t.kinds().filter((k) => k !== 'message' && k !== 'context')).toEqual([]);
    });

    const regen = missing.has('regenerate') && missing.has('swipe') ? it.skip : it;
    regen(missing.has('regenerate') && missing.has('swipe') ? 'regenerate/swipe: no such control in the reference' : 'sees a regenerate or swipe and reports the new reply', async () => {
      const t = start(id);
      await until(() => t.messages().length === 1, 'the greeting');
      await t.sim.send(ASK);
      await until(() => t.messages().length === 3, 'the reply');
      await t.sim.regenerate();
      await until(() => t.messages().length === 4, 'the new reply');
      const actions = t.kinds().filter((k) => k === 'regenerate' || k === 'swipe');
      expect(actions).toHaveLength(1);
      expect(t.kinds()).not.toContain('delete');
      expect(t.kinds()).not.toContain('edit');
      expect(t.messages().at(-1)).toMatchObject({ role: 'companion', text: `Reply 1 to ${ASK}` });
    });

    const edit = missing.has('edit') ? it.skip : it;
    edit(missing.has('edit') ? 'edit: not in the reference' : 'sees an edit, ignoring the editor in between', async () => {
      const t = start(id);
      await until(() => t.messages().length === 1, 'the greeting');
      await t.sim.send('hello there');
      await until(() => t.messages().length === 3, 'the reply');
      await t.sim.edit(1, 'hello again');
      await until(() => t.messages().length === 4, 'the edited text');
      expect(t.events.find((e) => e.kind === 'edit')).toEqual({ kind: 'edit', role: 'user', text: 'hello there' });
      expect(t.messages().at(-1)).toMatchObject({ role: 'user', text: 'hello again' });
    });

    const fresh = fixtureOf(id).newChat ? it : it.skip;
    fresh(!fixtureOf(id).newChat ? 'new chat: the site has one ongoing chat (or none was found)' : 'sees a new chat as a context change with a new chat id, not as deletions', async () => {
      const t = start(id);
      await until(() => t.messages().length === 1, 'the greeting');
      await t.sim.send('hello');
      await until(() => t.messages().length === 3, 'the reply');
      t.sim.newChat();
      t.watcher.refresh(); // what wxt:locationchange does in the content script
      await until(() => t.events.filter((e) => e.kind === 'context').length === 2, 'the new chat');
      expect(t.kinds()).not.toContain('delete');
      const ctx = t.events.filter((e) => e.kind === 'context').at(-1)!;
      expect(ctx).toMatchObject({ identity: { companionId: t.fx.identity.companionId } });
      expect(ctx.kind === 'context' && ctx.identity.chatId).not.toBe(t.fx.identity.chatId);
    });
  });
}
