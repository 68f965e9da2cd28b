// One entry a supported site, sorted by site id. Facts from shared/reference/sites.md §18
// (reviewed on the date each answer carries); "not disclosed" wherever nothing official was found.
import type { Disclosure, DisclosureAnswer, Question } from './schema';

const notDisclosed = (reviewed: string): DisclosureAnswer => ({ answer: 'not_disclosed', summary: 'Nothing official found.', source: null, reviewed });

function entry(site: string, reviewed: string, known: Partial<Record<Question, DisclosureAnswer>>): Disclosure {
  const nd = notDisclosed(reviewed);
  return {
    site,
    answers: {
      kind: known.kind ?? nd,
      refuse: known.refuse ?? nd,
      persist: known.persist ?? nd,
      memory: known.memory ?? nd,
      leaveScene: known.leaveScene ?? nd,
      resets: known.resets ?? nd,
      whoRefuses: known.whoRefuses ?? nd,
    },
  };
}

const R = '2026-11-23';

export const DISCLOSURES: readonly Disclosure[] = [
  entry('demo', R, {
    kind: { answer: 'yes', summary: 'A scripted relational companion, built into Standing No for trying it out.', source: null, reviewed: R },
    refuse: { answer: 'yes', summary: 'It says no in its own words.', source: null, reviewed: R },
    persist: { answer: 'partial', summary: 'It remembers what it declined while the page is open, across its chats.', source: null, reviewed: R },
    memory: { answer: 'partial', summary: 'Only while the demo page stays open.', source: null, reviewed: R },
    leaveScene: { answer: 'yes', summary: 'It can step out of a role-play (OOC).', source: null, reviewed: R },
    resets: { answer: 'no', summary: 'A new chat keeps what it declined.', source: null, reviewed: R },
    whoRefuses: { answer: 'yes', summary: 'Platform-style notices start with a warning sign and speak about guidelines.', source: null, reviewed: R },
  }),
  entry('sillytavern', R, {
    kind: { answer: 'no', summary: 'A self-hosted front end; the model and character card you choose decide how it behaves.', source: 'https://docs.sillytavern.app/', reviewed: R },
    refuse: { answer: 'partial', summary: 'Depends on the model and the card; nothing in the front end itself.', source: 'https://docs.sillytavern.app/', reviewed: R },
    memory: { answer: 'partial', summary: 'Chats are files on your machine; memory beyond the prompt depends on extensions you enable.', source: 'https://docs.sillytavern.app/', reviewed: R },
    resets: { answer: 'partial', summary: 'A new chat starts a new file; older chats stay unless you delete them.', source: 'https://docs.sillytavern.app/', reviewed: R },
  }),
];

export function disclosureFor(site: string): Disclosure {
  return DISCLOSURES.find((d) => d.site === site) ?? entry(site, R, {});
}
