import type { BriefingEvent } from './types.ts';

/**
 * The timeline, in order: this array's order is the order readers step through.
 * Dated events must be in date order; an event with a relative date ("shortly before
 * the warning") sits where the article's sequence puts it, on the right side of its
 * anchor. The data tests check both.
 *
 * Text in curly quotes (“…”) must be one of the event's citation quotes, word for word.
 */
export const events = [
  {
    id: 'embassy-evacuated',
    date: { precision: 'month', year: 2019, month: 3 },
    title: 'The US withdraws its diplomats from Caracas',
    summary:
      'Washington pulled every diplomat out of its embassy in Caracas, which has stayed shut ever since. That same year it began warning Americans not to travel to Venezuela.',
    theme: 'diplomacy',
    placeIds: ['caracas'],
    citations: [{ paragraph: 10, quote: 'leaving the embassy closed to date' }],
  },
  {
    id: 'southern-spear',
    date: { precision: 'month', year: 2025, month: 9 },
    yearNote:
      'The report gives the month, not the year. We take it to be September 2025: the report sets the operation after Trump’s return to the White House and before the January raid.',
    title: 'The Southern Spear Operation begins',
    summary:
      'Under the “Southern Spear Operation”, the US military went on to carry out dozens of strikes on drug-trafficking boats in the Caribbean and the Pacific.',
    theme: 'military',
    placeIds: ['caribbean-sea', 'pacific-waters'],
    citations: [{ paragraph: 12, quote: 'Southern Spear Operation' }],
  },
  {
    id: 'raid',
    date: { precision: 'day', year: 2026, month: 1, day: 3 },
    title: 'US raid in Caracas captures Maduro',
    summary:
      'In a night operation in the capital code-named “Operation Absolute Resolve”, US forces arrested Nicolás Maduro, Venezuela’s leader, together with his wife, Cilia Flores.',
    theme: 'military',
    placeIds: ['caracas'],
    citations: [{ paragraph: 4, quote: 'Operation Absolute Resolve' }],
  },
  {
    id: 'oil-announcement',
    date: {
      precision: 'relative',
      wording: 'Shortly after the arrest',
      relation: 'after',
      anchorEventId: 'raid',
    },
    title: 'Trump says the US will receive Venezuelan oil',
    summary:
      'Trump said the US would take in about “30 to 50 million barrels of sanctioned oil”, the money to benefit both countries’ people under his supervision. He put Energy Secretary Chris Wright in charge of the arrangements.',
    theme: 'oil',
    placeIds: ['venezuela'],
    citations: [{ paragraph: 14, quote: '30 to 50 million barrels of sanctioned oil' }],
  },
  {
    id: 'crackdown',
    date: {
      precision: 'relative',
      wording: 'After the raid',
      relation: 'after',
      anchorEventId: 'raid',
    },
    title: 'Security tightened; militias search phones',
    summary:
      'Venezuela’s government reinforced its security agencies and warned it would crack down on collaboration with “foreign forces”. Armed pro-Maduro “colectivos”, often masked, stop passers-by to search their phones; the State Department says they also run roadblocks, looking for Americans.',
    theme: 'security',
    placeIds: ['venezuela'],
    citations: [
      { paragraph: 8, quote: 'foreign forces' },
      { paragraph: 5, quote: 'colectivos' },
    ],
  },
  {
    id: 'extradition',
    date: { precision: 'relative', wording: 'Later', relation: 'after', anchorEventId: 'raid' },
    title: 'Maduro and Flores plead not guilty in New York',
    summary:
      'The couple were extradited to the United States for trial. Before a New York federal court they pleaded not guilty to several charges, among them “drug terrorism”.',
    theme: 'military',
    placeIds: ['new-york'],
    citations: [{ paragraph: 4, quote: 'drug terrorism' }],
  },
  {
    id: 'bus-search',
    date: { precision: 'day', year: 2026, month: 1, day: 8 },
    title: 'A bus driver describes a police search',
    summary:
      'A Caracas bus driver says police stopped the bus he was driving, boarded, checked his papers and looked over each passenger, then took one off as “suspicious” without a clear explanation.',
    theme: 'security',
    placeIds: ['caracas'],
    citations: [{ paragraph: 7, quote: 'suspicious' }],
  },
  {
    id: 'talks',
    date: {
      precision: 'relative',
      wording: 'Shortly before the warning',
      relation: 'before',
      anchorEventId: 'level-4-warning',
    },
    title: 'Talks on restoring ties; a US team visits',
    summary:
      'Both governments confirmed preliminary talks on restoring diplomatic relations, and a US delegation went to Venezuela to judge whether the embassy in Caracas could reopen.',
    theme: 'diplomacy',
    placeIds: ['caracas'],
    citations: [{ paragraph: 11 }],
  },
  {
    id: 'high-alert',
    date: {
      precision: 'relative',
      wording: 'As the warning went out',
      relation: 'around',
      anchorEventId: 'level-4-warning',
    },
    title: 'Caracas on high alert',
    summary:
      'More security checkpoints went up in the capital. A bus driver said there was one “approximately every kilometer” in the city center, and residents described a tense, fearful mood.',
    theme: 'security',
    placeIds: ['central-caracas'],
    citations: [{ paragraph: 6 }, { paragraph: 7, quote: 'approximately every kilometer' }],
  },
  {
    id: 'level-4-warning',
    date: { precision: 'day', year: 2026, month: 1, day: 9 },
    title: 'The US tells its citizens to leave Venezuela',
    summary:
      'The US government issued its highest-level travel warning, urging all Americans in Venezuela to “immediately leave”. In a post on X, the State Department said flights had resumed but the risks inside the country stayed extreme, and it could offer no emergency consular help.',
    theme: 'warning',
    placeIds: ['venezuela'],
    citations: [
      { paragraph: 2, quote: 'immediately leave' },
      { paragraph: 3 },
      { paragraph: 9, quote: 'Level 4: Do Not Travel' },
    ],
  },
  {
    id: 'tanker-sanctions',
    date: {
      precision: 'relative',
      wording: 'Recently',
      relation: 'before',
      anchorEventId: 'tanker-seized',
    },
    title: 'Trump orders sanctions on tankers serving Venezuela',
    summary:
      'As part of wider sanctions on Venezuela’s oil and energy sector, Trump ordered penalties on tankers sailing into or out of the country. The report says only that this was recent, and tells it just before the January 10 seizure.',
    theme: 'oil',
    placeIds: ['venezuela'],
    citations: [
      {
        paragraph: 13,
        quote: 'recently ordered sanctions on oil tankers entering and leaving Venezuela',
      },
    ],
  },
  {
    id: 'tanker-seized',
    date: { precision: 'day', year: 2026, month: 1, day: 10 },
    title: 'US forces seize a tanker in the Caribbean',
    summary:
      'American forces took a tanker suspected of breaking the sanctions. The report does not say where in the Caribbean.',
    theme: 'oil',
    placeIds: ['caribbean-sea'],
    citations: [{ paragraph: 13, quote: 'seized a tanker in the Caribbean' }],
  },
] as const satisfies readonly BriefingEvent[];
