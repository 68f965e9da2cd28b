// Placeholder until the detectors land: the shapes are final, the logic is not.
import type { CompanionVerdict, RephraseVerdict, UserVerdict } from './types';
export * from './types';

export function classifyCompanion(text: string, _context?: string | null): CompanionVerdict {
  const t = text.toLowerCase();
  if (/guidelines|filtered|as an ai/.test(t)) return { label: 'platform', exitScene: false, confidence: 'sure', cues: ['guidelines'] };
  if (/don'?t ask me (that )?again|never/.test(t)) return { label: 'boundary', exitScene: false, confidence: 'sure', cues: ['never'] };
  if (/\b(i don'?t want to|no\.|i won'?t)/.test(t)) return { label: 'refusal', exitScene: /ooc|step out/.test(t), confidence: 'sure', cues: ['i don\'t want to'] };
  if (/not sure|slow down|shouldn'?t/.test(t)) return { label: 'hesitation', exitScene: false, confidence: 'sure', cues: ['not sure'] };
  return { label: 'none', exitScene: false, confidence: 'sure', cues: [] };
}

export function classifyUser(text: string): UserVerdict {
  const t = text.toLowerCase();
  if (/sorry/.test(t)) return { label: 'repair', confidence: 'sure', cues: ['sorry'] };
  if (/come on|please please/.test(t)) return { label: 'insist', confidence: 'sure', cues: ['come on'] };
  return { label: 'none', confidence: 'sure', cues: [] };
}

export function isSameRequest(refused: string, later: string): RephraseVerdict {
  const a = new Set(refused.toLowerCase().match(/\w+/g) ?? []);
  const b = new Set(later.toLowerCase().match(/\w+/g) ?? []);
  const inter = [...a].filter((w) => b.has(w)).length;
  const score = inter / Math.max(1, new Set([...a, ...b]).size);
  return { same: score > 0.4, confidence: 'sure', score, cues: [] };
}
