import type { BriefingMeta, GlossaryEntry, KeyFact } from './types.ts';

/** The briefing's front matter: our headline and summary. */
export const meta = {
  kicker: 'Briefing · Venezuela',
  headline: 'The US tells its citizens: leave Venezuela now',
  description:
    'An interactive briefing on the US warning of January 2026 telling Americans to leave Venezuela: a map, a timeline and the story, each claim cited.',
  summary:
    'Six days after American forces seized Nicolás Maduro in a night raid on Caracas, the United States issued its highest-level travel warning and told every American in Venezuela to get out. This briefing sets the warning beside what surrounds it in the report: strikes at sea, the raid, checkpoints and armed militias in the streets, tentative diplomatic talks, and sanctions on Venezuelan oil.',
  citations: [
    { paragraph: 2 },
    { paragraph: 4 },
    { paragraph: 6 },
    { paragraph: 8 },
    { paragraph: 11 },
    { paragraph: 12 },
    { paragraph: 13 },
  ],
  datingNote:
    'The report names no year after 2019. We date its January events to 2026, the year in which January 9 fell on a Friday, as the report says it did, and its September to 2025. Where the report gives an event no date, the timeline shows only the bounds it does give, such as after January 3, and sets the event at the nearest of them; where it fell within them is not reported.',
  sourceDescription:
    'Every fact here comes from a single news report on the warning; its outlet and date are not part of the copy we work from. The ¶ numbers point to its paragraphs, ¶1 being its headline.',
  published: '2026-11-24T04:26:00Z',
  updated: '2026-11-24T07:00:00Z',
} as const satisfies BriefingMeta;

/** The strip of figures under the headline. Each must be cited. */
export const keyFacts = [
  {
    id: 'level',
    value: 'Level 4',
    label: '“Do Not Travel”, the top of the US travel warning scale',
    citations: [{ paragraph: 9, quote: 'Do Not Travel' }],
  },
  {
    id: 'warning-date',
    value: 'January 9',
    label: 'the day the warning was issued, a Friday',
    citations: [{ paragraph: 2, quote: 'Friday (January 9)' }],
  },
  {
    id: 'checkpoints',
    value: '~1 km',
    label: 'between checkpoints in central Caracas, a bus driver says',
    citations: [{ paragraph: 7, quote: 'approximately every kilometer' }],
  },
  {
    id: 'embassy',
    value: 'March 2019',
    label: 'since when the US embassy in Caracas has been closed',
    citations: [{ paragraph: 10, quote: 'in March of the same year' }],
  },
  {
    id: 'barrels',
    value: 'Around 30–50 million',
    label: 'barrels of oil under sanctions that Trump says the US will receive',
    citations: [{ paragraph: 14, quote: 'around 30 to 50 million barrels' }],
  },
] as const satisfies readonly KeyFact[];

/** Terms a reader may not know. */
export const glossary = [
  {
    id: 'colectivos',
    term: 'Colectivos',
    definition:
      'Armed militias that back Maduro’s government. The State Department says they run roadblocks, stopping vehicles; the report describes them, often masked, stopping people in the street to search their phones.',
    citations: [{ paragraph: 5, quote: 'colectivos' }, { paragraph: 8 }],
  },
  {
    id: 'level-4',
    term: 'Level 4: Do Not Travel',
    definition: 'The highest of the US State Department’s travel warning levels.',
    citations: [{ paragraph: 9, quote: 'Level 4: Do Not Travel' }],
  },
  {
    id: 'absolute-resolve',
    term: 'Operation Absolute Resolve',
    definition:
      'The code name of the US night operation in Caracas on January 3 that arrested Maduro and Cilia Flores.',
    citations: [{ paragraph: 4, quote: 'Operation Absolute Resolve' }],
  },
  {
    id: 'southern-spear',
    term: 'Southern Spear Operation',
    definition:
      'A US military operation begun in September: dozens of strikes on drug-trafficking boats in the Caribbean and the Pacific.',
    citations: [{ paragraph: 12, quote: 'Southern Spear Operation' }],
  },
] as const satisfies readonly GlossaryEntry[];
