// SillyTavern (self-hosted, default port 8000).
// DOM notes, from shared/reference/sillytavern-dom.md (SillyTavern 1.12.6, observed 2026-11-23)
// and sites.md §16 (source snapshot 2024-09-28):
// - the URL never changes; the chat id is the value of the hidden input #selected_chat_pole;
// - messages are #chat > .mes with string attributes is_user / is_system / ch_name / mesid / swipeid;
//   mesid is an index (renumbered after a delete), so messages are tracked by node, not by mesid;
// - streaming replaces the <p> inside .mes_text per chunk; while generating #send_but has
//   .displayNone and #mes_stop is shown;
// - regenerate removes the last .mes and appends a new one; a swipe keeps the node and bumps swipeid;
// - is_system="true" also marks messages the user hid from the AI: only ch_name "SillyTavern System" is skipped.
import type { Site } from './types';

export const sillytavern: Site = {
  data: {
    id: 'sillytavern',
    name: 'SillyTavern',
    matches: ['http://localhost:8000/*', 'http://127.0.0.1:8000/*'],
    selectors: {
      chatRoot: ['#chat'],
      message: [':scope > .mes'],
      userMessage: ['[is_user="true"]'],
      skipMessage: ['[ch_name="SillyTavern System"]', '.smallSysMes'],
      text: ['.mes_text'],
      composer: ['#send_textarea'],
      send: ['#send_but'],
      regenerate: ['#option_regenerate'],
      swipe: ['.mes.last_mes .swipe_right'],
      edit: ['.mes_edit'],
      delete: ['.mes_edit_delete', '#dialogue_del_mes_ok'],
      newChat: ['#option_start_new_chat'],
      companionName: ['#rm_button_selected_ch h2'],
      generating: ['#mes_stop'],
    },
    notes: { reviewed: '2026-11-23', sources: ['shared/reference/sillytavern-dom.md', 'shared/reference/sites.md §16'] },
  },
  hooks: {
    variantOf: (message) => message.getAttribute('swipeid'),
    identity(doc) {
      const chatId = (doc.querySelector('#selected_chat_pole') as HTMLInputElement | null)?.value || undefined;
      const lastChar = Array.from(doc.querySelectorAll('#chat > .mes[is_user="false"]')).findLast(
        (m) => m.getAttribute('ch_name') !== 'SillyTavern System',
      );
      // The avatar file names the card; two cards may share a display name.
      const avatar = lastChar?.querySelector('.avatar img')?.getAttribute('src') ?? '';
      const card = /[?&]file=([^&]+)/.exec(avatar)?.[1];
      const name = doc.querySelector('#rm_button_selected_ch h2')?.textContent?.trim() || lastChar?.getAttribute('ch_name') || undefined;
      return { chatId, companionName: name, companionId: card ? decodeURIComponent(card) : name };
    },
  },
};
