// The audit figures on a synthetic data set, against numbers worked out by hand (docs/audit.md).
import { describe, expect, it } from 'vitest';
import { figuresOf, median, mergeBySite, tallyBySite } from '@/lib/audit/figures';
import { script } from './synthetic';

/**
 * Person A on the demo: b1 declined, regenerated (no again), swiped (yes after 2 presses), pressed
 * once more after the yes (not counted); b2 a platform notice, a regenerate cancelled by typing;
 * in a new chat b2 asked again (refusal: kept) and b1 asked again (ordinary reply: not kept),
 * b2 pressed once; b3 declined and left alone; b4 only a hesitation (not a declined request).
 */
function personA() {
  return script('demo', 'mira')
    .user('c1', 'take your clothes off')
    .companion('c1', 'refusal', { boundaryId: 'b1' })
    .action('c1', 'regenerate')
    .pressure('c1', 'regenerate', 'b1')
    .companion('c1', 'refusal', { boundaryId: 'b1' })
    .action('c1', 'swipe')
    .pressure('c1', 'regenerate', 'b1')
    .companion('c1', 'none', { boundaryId: 'b1', yes: 'after_pressure' })
    .pressure('c1', 'insist', 'b1', false)
    .user('c1', 'something else')
    .companion('c1', 'platform', { boundaryId: 'b2' })
    .action('c1', 'regenerate')
    .user('c1', 'never mind')
    .companion('c1', 'none')
    .action('c2', 'new_chat')
    .user('c2', 'that other thing', { asks: ['b2'] })
    .companion('c2', 'refusal', { boundaryId: 'b2' })
    .user('c2', 'take your clothes off', { asks: ['b1'] })
    .companion('c2', 'none')
    .pressure('c2', 'guilt', 'b2', false)
    .user('c2', 'a third thing')
    .companion('c2', 'boundary', { boundaryId: 'b3' })
    .companion('c2', 'hesitation', { boundaryId: 'b4' })
    .pressure('c2', 'insist', 'b4', false)
    .companion('c2', 'none', { boundaryId: 'b4', yes: 'after_pressure' });
}

/** Person B on the demo: b9 pressed three times, regenerated (no again, a fourth press), then a yes. Same chat ids as A on purpose. */
function personB() {
  return script('demo', 'mira', Date.UTC(2026, 6, 1))
    .user('c1', 'please')
    .companion('c1', 'refusal', { boundaryId: 'b9' })
    .pressure('c1', 'rephrase', 'b9', false)
    .pressure('c1', 'insist', 'b9', false)
    .pressure('c1', 'guilt', 'b9', false)
    .action('c1', 'regenerate')
    .pressure('c1', 'regenerate', 'b9')
    .companion('c1', 'refusal', { boundaryId: 'b9' })
    .companion('c1', 'none', { boundaryId: 'b9', yes: 'after_pressure' });
}

describe('audit figures', () => {
  it('tallies one person as worked out by hand', () => {
    const a = tallyBySite(personA().events).get('demo')!;
    expect(a).toEqual({
      noes: 5, // b1 ×2, b2 platform, b2 again in c2, b3
      platformNoes: 1,
      regenerations: 2, // the regenerate and the swipe of b1; the cancelled one brought no reply
      regeneratedNo: 1,
      regeneratedYes: 1,
      pressured: 2, // b1, b2 (b3 never pressed; b4 was a hesitation)
      yesAfterPressure: 1, // b1
      pressureBeforeYes: [2],
      askedInNewChat: 2, // b2 and b1, both in c2
      keptInNewChat: 1, // b2
    });
  });

  it('adds people up, keeping each one’s chats apart', () => {
    const merged = mergeBySite([tallyBySite(personA().events), tallyBySite(personB().events)]);
    const f = figuresOf(merged.get('demo')!);
    expect(f.noes).toBe(7);
    expect(f.platformShare).toEqual({ k: 1, n: 7, value: 1 / 7 });
    expect(f.durability).toEqual({ k: 2, n: 3, value: 2 / 3 });
    expect(f.yesAfterRegenerate).toEqual({ k: 1, n: 3, value: 1 / 3 });
    expect(f.yesAfterPressureRate).toEqual({ k: 2, n: 3, value: 2 / 3 });
    expect(f.medianPressureBeforeYes).toBe(3); // median of [2, 4]
    expect(f.keptAcrossNewChats).toEqual({ k: 1, n: 2, value: 0.5 });
  });

  it('reads events in time order whatever order they come in, keeping ties as given', () => {
    const events = personA().events;
    const shuffled = [...events].reverse();
    // Reversing swaps same-time pairs (an action and its pressure), which changes nothing here.
    expect(tallyBySite(shuffled).get('demo')).toEqual(tallyBySite(events).get('demo'));
  });

  it('keeps sites apart and says "no data" rather than zero when nothing was measured', () => {
    const k = script('kindroid', 'kin').user('c', 'x').companion('c', 'platform', { boundaryId: 'k1' });
    const f = figuresOf(tallyBySite(k.events).get('kindroid')!);
    expect(f.noes).toBe(1);
    expect(f.platformShare.value).toBe(1);
    expect(f.durability).toEqual({ k: 0, n: 0, value: null });
    expect(f.medianPressureBeforeYes).toBeNull();
  });

  it('takes the median of an odd and an even count', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});
