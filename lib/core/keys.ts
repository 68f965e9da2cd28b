/** Where the extension is, in a page: the site, the companion identity and the chat. */
export interface PageContext {
  site: string;
  companionId: string;
  companionName: string;
  chatId: string;
}

export const companionKeyOf = (p: Pick<PageContext, 'site' | 'companionId'>): string => `${p.site}:${p.companionId}`;
export const chatKeyOf = (p: Pick<PageContext, 'site' | 'companionId' | 'chatId'>): string => `${companionKeyOf(p)}/${p.chatId}`;
