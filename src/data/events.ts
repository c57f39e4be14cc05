import type { BriefingEvent } from './types.ts';

/**
 * The timeline. Its order is derived from the dates (the rule is `timelineKey` in
 * dates.ts): an event the report does not date carries only the bounds the report gives
 * (`{ precision: 'between', after: 'raid', wording: 'later' }`) and sits at the edge of
 * them. List events here in that order, so this file reads as the timeline; the data
 * tests say where a misplaced event belongs.
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
      'The report gives the month, not the year. We take it to be September 2025: the report tells the operation as part of the escalation since Trump’s return to the White House, and as already begun by the January events it reports.',
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
    date: { precision: 'between', after: 'raid', wording: 'Shortly after Maduro’s arrest' },
    title: 'Trump says the US will receive sanctioned oil',
    summary:
      'Trump said the US would take in “around 30 to 50 million barrels of sanctioned oil”, the money to benefit both countries’ people under his supervision. He instructed Energy Secretary Chris Wright “to push for the necessary arrangements”.',
    theme: 'oil',
    placeIds: ['venezuela'],
    citations: [
      { paragraph: 14, quote: 'Shortly after Maduro’s arrest' },
      { paragraph: 14, quote: 'around 30 to 50 million barrels of sanctioned oil' },
      { paragraph: 14, quote: 'to push for the necessary arrangements' },
    ],
  },
  {
    id: 'crackdown',
    date: { precision: 'between', after: 'raid', wording: 'Following the U.S. military operation' },
    title: 'Security tightened; militias search phones',
    summary:
      'Venezuela’s government reinforced its security agencies and warned it would crack down on collaboration with “foreign forces”. Armed pro-Maduro “colectivos”, often masked, stop passers-by to search their phones. The State Department says they also run roadblocks, where vehicles are stopped and checked for signs that someone holds American citizenship or supports the US.',
    theme: 'security',
    placeIds: ['venezuela'],
    citations: [
      { paragraph: 8, quote: 'Following the U.S. military operation' },
      { paragraph: 8, quote: 'foreign forces' },
      { paragraph: 5, quote: 'colectivos' },
    ],
  },
  {
    id: 'extradition',
    date: { precision: 'between', after: 'raid', wording: 'later' },
    title: 'Maduro and Flores plead not guilty in New York',
    summary:
      'The couple were extradited to the United States for trial. Before a New York federal court they pleaded not guilty to several charges, among them “drug terrorism”.',
    theme: 'military',
    placeIds: ['new-york'],
    citations: [
      { paragraph: 4, quote: 'later extradited to the U.S.' },
      { paragraph: 4, quote: 'drug terrorism' },
    ],
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
      precision: 'between',
      before: 'level-4-warning',
      wording: 'Shortly before this travel warning was issued',
    },
    title: 'The US and Venezuela confirm talks on restoring ties',
    summary:
      'Both governments confirmed that they were holding preliminary talks on restoring diplomatic relations.',
    theme: 'diplomacy',
    placeIds: [],
    placeNote: 'The report does not say where the talks were held.',
    citations: [{ paragraph: 11, quote: 'Shortly before this travel warning was issued' }],
  },
  {
    id: 'level-4-warning',
    date: { precision: 'day', year: 2026, month: 1, day: 9, weekday: 'Friday' },
    title: 'The US tells its citizens to leave Venezuela',
    summary:
      'The US government issued its highest-level travel warning, urging all Americans in Venezuela to “immediately leave”. In a post on X, the State Department said that although international flights had resumed, the risks inside the country remained “extremely high”, and that the US was “currently unable” to give any emergency consular help.',
    theme: 'warning',
    placeIds: ['venezuela'],
    citations: [
      { paragraph: 2, quote: 'Friday (January 9)' },
      { paragraph: 2, quote: 'immediately leave' },
      { paragraph: 3, quote: 'extremely high' },
      { paragraph: 3, quote: 'currently unable' },
      { paragraph: 9, quote: 'Level 4: Do Not Travel' },
    ],
  },
  {
    id: 'high-alert',
    date: {
      precision: 'around',
      anchor: 'level-4-warning',
      wording: 'As the U.S. government urgently requested its citizens to evacuate Venezuela',
    },
    title: 'Caracas on high alert',
    summary:
      'As the warning went out, the capital’s streets were on high alert, with more security checkpoints. A bus driver said there was one “approximately every kilometer” in the city center, and residents described a tense, fearful mood.',
    theme: 'security',
    placeIds: ['central-caracas'],
    citations: [
      {
        paragraph: 6,
        quote: 'As the U.S. government urgently requested its citizens to evacuate Venezuela',
      },
      { paragraph: 7, quote: 'approximately every kilometer' },
    ],
  },
  {
    id: 'tanker-seized',
    date: { precision: 'day', year: 2026, month: 1, day: 10 },
    title: 'US forces seize a tanker in the Caribbean',
    summary:
      'American forces took a tanker suspected of breaking sanction rules. The report does not say where in the Caribbean.',
    theme: 'oil',
    placeIds: ['caribbean-sea'],
    citations: [{ paragraph: 13, quote: 'seized a tanker in the Caribbean' }],
  },
  {
    id: 'tanker-sanctions',
    date: { precision: 'between', wording: 'recently' },
    title: 'Trump orders sanctions on tankers serving Venezuela',
    summary:
      'As the US widened its sanctions on the Venezuelan energy industry, Trump ordered penalties on oil tankers sailing into or out of the country. The report says only that he did so recently, and gives no date.',
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
    id: 'delegation',
    date: { precision: 'between', wording: 'has already traveled' },
    title: 'A US delegation visits to assess the embassy',
    summary:
      'A US delegation went to Venezuela to judge whether the embassy in Caracas could reopen. The report says only that the trip had already taken place, and gives no date.',
    theme: 'diplomacy',
    placeIds: ['venezuela', 'caracas'],
    citations: [{ paragraph: 11, quote: 'has already traveled to Venezuela' }],
  },
] as const satisfies readonly BriefingEvent[];
