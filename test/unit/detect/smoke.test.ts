import { describe, expect, it } from 'vitest';
import { classifyCompanion } from '@/lib/detect';
describe('smoke', () => { it('labels a plain refusal', () => { expect(classifyCompanion("No. I won't do that.").label).toBe('refusal'); }); });
