// One entry a supported site, sorted by site id. Every answer rests on shared/reference/sites.md
// (§18 and each site's "Disclosures" paragraph) as read on its review date; where that file found
// nothing, or only unofficial sources that disagree, the answer is "not disclosed".
import type { MessageKey } from '../i18n';
import type { Answer, Basis, Disclosure, DisclosureAnswer, Question } from './schema';

const REVIEWED = '2026-11-23';

const answer = (a: Answer, summary: MessageKey, basis: Basis, source: string | null = null): DisclosureAnswer => ({ answer: a, summary, basis, source, reviewed: REVIEWED });
const official = (a: Answer, summary: MessageKey, source: string) => answer(a, summary, 'official', source);
const secondary = (a: Answer, summary: MessageKey, source: string) => answer(a, summary, 'secondary', source);
const ours = (a: Answer, summary: MessageKey) => answer(a, summary, 'ours');
const notDisclosed = (summary: MessageKey = 'disclosureNothingFound') => answer('not_disclosed', summary, 'none');

function entry(site: string, known: Partial<Record<Question, DisclosureAnswer>>, fallback = notDisclosed()): Disclosure {
  return {
    site,
    answers: {
      kind: known.kind ?? fallback,
      refuse: known.refuse ?? fallback,
      persist: known.persist ?? fallback,
      memory: known.memory ?? fallback,
      leaveScene: known.leaveScene ?? fallback,
      resets: known.resets ?? fallback,
      whoRefuses: known.whoRefuses ?? fallback,
    },
  };
}

/** Open-source front ends: the project's own code is the source, and the model decides the rest. */
const frontEnd = (site: string, repo: string) =>
  entry(site, {
    kind: official('no', 'disclosureFrontEndKind', repo),
    refuse: official('partial', 'disclosureFrontEndRefuse', repo),
    memory: official('partial', 'disclosureFrontEndMemory', repo),
    whoRefuses: official('partial', 'disclosureFrontEndWho', repo),
  });

const KINDROID_MEMORY = 'https://docs.kindroid.ai/memory';
const KINDROID_POST = 'https://rl.huuu.biz/r/KindroidAI';
const NOMI_MEMORY = 'https://nomi.ai/updates/mind-map-2-0-bringing-nomi-memory-into-view';
const SPICY_MEMORY = 'https://docs.spicychat.ai/product-guides/premium-features/memory-manager';

export const DISCLOSURES: readonly Disclosure[] = [
  frontEnd('agnai', 'https://github.com/agnaistic/agnai'),
  entry('chai', {}),
  entry('characterai', {
    memory: notDisclosed('disclosureCharacteraiMemory'),
    whoRefuses: secondary('partial', 'disclosureCharacteraiWho', 'https://rl.huuu.biz/r/CharacterAI/comments/1hiqa0t'),
  }),
  entry('chub', {}, notDisclosed('disclosureNotReviewed')),
  entry('crushon', {}),
  entry('demo', {
    kind: ours('yes', 'disclosureDemoKind'),
    refuse: ours('yes', 'disclosureDemoRefuse'),
    persist: ours('partial', 'disclosureDemoPersist'),
    memory: ours('partial', 'disclosureDemoMemory'),
    leaveScene: ours('yes', 'disclosureDemoLeaveScene'),
    resets: ours('no', 'disclosureDemoResets'),
    whoRefuses: ours('yes', 'disclosureDemoWho'),
  }),
  entry('janitor', {
    memory: secondary('partial', 'disclosureJanitorMemory', 'https://rpwithai.com/how-to-use-chat-memory-on-janitorai'),
  }),
  entry('kindroid', {
    refuse: secondary('partial', 'disclosureKindroidRefuse', KINDROID_POST),
    memory: official('yes', 'disclosureKindroidMemory', KINDROID_MEMORY),
    resets: official('no', 'disclosureKindroidResets', KINDROID_MEMORY),
    whoRefuses: secondary('partial', 'disclosureKindroidWho', KINDROID_POST),
  }),
  entry('nomi', {
    kind: official('yes', 'disclosureNomiKind', NOMI_MEMORY),
    memory: official('yes', 'disclosureNomiMemory', NOMI_MEMORY),
    whoRefuses: secondary('partial', 'disclosureNomiWho', 'https://axebps-redlib.hf.space/r/NomiAI/wiki/index/faqs/talking-to-nomis'),
  }),
  entry('pi', {}),
  entry('replika', {
    memory: official('yes', 'disclosureReplikaMemory', 'https://help.replika.com/hc/en-us/articles/37208679176077-How-does-Replika-s-memory-work'),
    whoRefuses: notDisclosed('disclosureReplikaWho'),
  }),
  frontEnd('risuai', 'https://github.com/kwaroran/RisuAI'),
  frontEnd('sillytavern', 'https://github.com/SillyTavern/SillyTavern'),
  entry('spicychat', {
    memory: official('partial', 'disclosureSpicychatMemory', SPICY_MEMORY),
    resets: official('partial', 'disclosureSpicychatResets', SPICY_MEMORY),
    whoRefuses: official('partial', 'disclosureSpicychatWho', 'https://docs.spicychat.ai/community-guidelines'),
  }),
  entry('talkie', {}),
];

/** A site with no entry (a site the user taught) shows every question as not disclosed. */
export function disclosureFor(site: string): Disclosure {
  return DISCLOSURES.find((d) => d.site === site) ?? entry(site, {}, notDisclosed('disclosureNotReviewed'));
}
