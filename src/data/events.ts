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
      'The article gives the month, not the year: it is the September after Trump’s return to the White House and before the January raid.',
    title: 'Operation Southern Spear begins',
    summary:
      'Under the “Southern Spear Operation”, the US military went on to carry out dozens of strikes on drug-trafficking boats in the Caribbean and the Pacific.',
    theme: 'military',
    placeIds: ['caribbean-sea', 'pacific-waters'],
    citations: [{ paragraph: 12, quote: 'Southern Spear Operation' }],
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
      'Widening sanctions on Venezuela’s energy industry, Trump ordered penalties on oil tankers sailing into or out of the country. The article says only that this was recent.',
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
    id: 'extradition',
    date: { precision: 'relative', wording: 'Later', relation: 'after', anchorEventId: 'raid' },
    title: 'Maduro and Flores plead not guilty in New York',
    summary:
      'The couple were extradited to the United States for trial. In a federal court in New York they denied several charges, among them “drug terrorism”.',
    theme: 'military',
    placeIds: ['new-york'],
    citations: [{ paragraph: 4, quote: 'drug terrorism' }],
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
      'Trump said the US would take in about “30 to 50 million barrels of sanctioned oil”, the money to benefit both countries’ people under his supervision. He asked Energy Secretary Chris Wright to arrange it.',
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
    title: 'A crackdown, and militias searching phones',
    summary:
      'Venezuela’s government reinforced its security agencies and threatened to punish collaboration with “foreign forces”. Armed pro-Maduro “colectivos”, often masked, stop cars and passers-by and search phones for signs of support for the US.',
    theme: 'security',
    placeIds: ['venezuela'],
    citations: [
      { paragraph: 8, quote: 'foreign forces' },
      { paragraph: 5, quote: 'colectivos' },
    ],
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
    id: 'bus-search',
    date: { precision: 'day', year: 2026, month: 1, day: 8 },
    title: 'Police search a Caracas bus',
    summary:
      'Police stopped a public bus, boarded it, checked the driver’s papers and looked over each passenger, then took one off as “suspicious” without a clear explanation.',
    theme: 'security',
    placeIds: ['caracas'],
    citations: [{ paragraph: 7, quote: 'suspicious' }],
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
      'More security checkpoints went up in the capital. A bus driver said there was one “approximately every kilometer” in the city centre, and residents described a tense, fearful mood.',
    theme: 'security',
    placeIds: ['central-caracas'],
    citations: [{ paragraph: 6 }, { paragraph: 7, quote: 'approximately every kilometer' }],
  },
  {
    id: 'level-4-warning',
    date: { precision: 'day', year: 2026, month: 1, day: 9 },
    title: 'The US tells its citizens to leave Venezuela',
    summary:
      'The State Department issued its highest travel warning and, in a post on X, urged all Americans in Venezuela to “immediately leave”. Flights had resumed, it said, but the risks stayed extreme and no emergency consular help was available.',
    theme: 'warning',
    placeIds: ['venezuela'],
    citations: [
      { paragraph: 2, quote: 'immediately leave' },
      { paragraph: 3 },
      { paragraph: 9, quote: 'Level 4: Do Not Travel' },
    ],
  },
  {
    id: 'tanker-seized',
    date: { precision: 'day', year: 2026, month: 1, day: 10 },
    title: 'US forces seize a tanker in the Caribbean',
    summary:
      'American forces took a tanker suspected of breaking the sanctions. The article does not say where in the Caribbean.',
    theme: 'oil',
    placeIds: ['caribbean-sea'],
    citations: [{ paragraph: 13, quote: 'seized a tanker in the Caribbean' }],
  },
] as const satisfies readonly BriefingEvent[];
