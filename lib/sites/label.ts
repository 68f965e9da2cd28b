// Real sites' names are proper nouns, shown as they are; the built-in demo's name is plain
// words, so the interface says it in the user's language.
import { t } from '@/lib/i18n';
import { demo } from './demo';

export function siteLabel(id: string, name: string): string {
  return id === demo.data.id ? t('demoTitle') : name;
}
