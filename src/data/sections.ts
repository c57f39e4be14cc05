import type { Section } from './types.ts';

/**
 * The story, in reading order. Write in our own words; `[words](event-id)` links to an
 * event, and text in curly quotes (“…”) must be one of the section's citation quotes.
 */
export const sections = [
  {
    id: 'the-warning',
    heading: 'The warning: leave now',
    body: [
      'On Friday, January 9, the United States [issued its most serious travel warning](level-4-warning), telling all Americans in Venezuela to “immediately leave” and pointing to a security situation it called volatile and unpredictable.',
      'The State Department made the announcement on X. International flights are running again, it said, but the dangers inside the country remain “extremely high”, and the US is “currently unable” to give its citizens there any emergency consular help.',
    ],
    eventIds: ['level-4-warning'],
    citations: [
      { paragraph: 2, quote: 'immediately leave' },
      { paragraph: 3, quote: 'extremely high' },
      { paragraph: 3, quote: 'currently unable' },
    ],
  },
  {
    id: 'the-raid',
    heading: 'Six days earlier: the raid',
    body: [
      'The warning followed a US military raid. On the night of [January 3](raid), in an operation code-named “Operation Absolute Resolve”, American forces arrested Nicolás Maduro, Venezuela’s leader, together with his wife, Cilia Flores, in Caracas.',
      'The couple were then [extradited to the United States](extradition) to stand trial. Before a New York federal court both pleaded not guilty to several charges, among them “drug terrorism”.',
    ],
    eventIds: ['raid', 'extradition'],
    citations: [
      { paragraph: 2 },
      { paragraph: 4, quote: 'Operation Absolute Resolve' },
      { paragraph: 4, quote: 'drug terrorism' },
    ],
  },
  {
    id: 'checkpoints',
    heading: 'Checkpoints and colectivos',
    body: [
      'In Caracas the streets are on high alert, with more security checkpoints than before; residents describe a tense, fearful mood since Maduro’s arrest. A bus driver in his 40s told reporters there is [a checkpoint roughly every kilometer](high-alert) across the center of the city.',
      'On [January 8](bus-search), he said, police stopped his bus, boarded, checked his papers and studied each passenger, then took one off as “suspicious” without giving a clear reason.',
      'The government has [reinforced its security services](crackdown) and warned that it would crack down on anyone collaborating with “foreign forces”. Alongside the official forces, armed pro-Maduro militias known as “colectivos”, often masked, stop people at random in the street to search their phones for messages backing the US or criticizing the government. The State Department says they also run roadblocks, stopping vehicles and looking for signs that people hold American citizenship or support the US.',
    ],
    eventIds: ['high-alert', 'bus-search', 'crackdown'],
    citations: [
      { paragraph: 6 },
      { paragraph: 7, quote: 'suspicious' },
      { paragraph: 8, quote: 'foreign forces' },
      { paragraph: 5, quote: 'colectivos' },
    ],
  },
  {
    id: 'the-risks',
    heading: 'The risks the State Department lists',
    body: [
      'Venezuela stays at “Level 4: Do Not Travel”, the top of the US scale. The State Department [spells out the dangers](level-4-warning) Americans face there: arbitrary detention, torture in custody, terrorism, kidnapping, serious crime, social unrest, and poor medical and public health care.',
    ],
    eventIds: ['level-4-warning'],
    citations: [{ paragraph: 9, quote: 'Level 4: Do Not Travel' }],
  },
  {
    id: 'the-advice',
    heading: 'Advice for Americans still there',
    body: [
      'The State Department told Americans who remain to follow flight information closely, get out as soon as they can, keep several ways of reaching people outside the country, and draw up plans for an emergency.',
      'It singles out the roadblocks: armed pro-government “colectivos” stop vehicles and look for signs that the people inside hold American citizenship or support the US. And, as [the warning](level-4-warning) says, no US consular help is available in an emergency.',
    ],
    eventIds: ['level-4-warning'],
    citations: [{ paragraph: 5, quote: 'colectivos' }, { paragraph: 3 }],
  },
  {
    id: 'embassy-and-talks',
    heading: 'A closed embassy, and new talks',
    body: [
      'Washington has warned Americans away from Venezuela since 2019. In [March of that year](embassy-evacuated) it withdrew every diplomat from its embassy in Caracas, which has been closed ever since.',
      '[Shortly before the warning](talks), the two countries confirmed preliminary talks on restoring diplomatic relations; the report does not say where. A US delegation [has already been to Venezuela](delegation) to judge whether the Caracas embassy could reopen, though the report gives no date for its trip.',
    ],
    eventIds: ['embassy-evacuated', 'talks', 'delegation'],
    citations: [{ paragraph: 10 }, { paragraph: 11 }],
  },
  {
    id: 'southern-spear',
    heading: 'Southern Spear: strikes at sea',
    body: [
      'Since Donald Trump’s return to the presidency, the US government has sharply stepped up its pressure on Venezuela’s socialist government and on international drug cartels.',
      'Under the “Southern Spear Operation”, launched in [September](southern-spear), the US military has struck drug-trafficking boats dozens of times in the Caribbean and the Pacific.',
    ],
    eventIds: ['southern-spear'],
    citations: [{ paragraph: 12, quote: 'Southern Spear Operation' }],
  },
  {
    id: 'oil-and-sanctions',
    heading: 'Oil and sanctions',
    body: [
      'The US has also widened sanctions on Venezuela’s energy industry. [Recently](tanker-sanctions), Trump ordered penalties on tankers sailing into or out of the country, and on [January 10](tanker-seized) US forces took a tanker suspected of breaching sanction rules somewhere in the Caribbean.',
      '[Soon after Maduro’s arrest](oil-announcement), Trump said the US would receive “around 30 to 50 million barrels of sanctioned oil”, with the proceeds, under his oversight, to benefit the people of both countries. He instructed Energy Secretary Chris Wright “to push for the necessary arrangements”, and said American energy companies would be encouraged to invest in rebuilding Venezuela’s oil production.',
    ],
    eventIds: ['tanker-sanctions', 'tanker-seized', 'oil-announcement'],
    citations: [
      { paragraph: 13 },
      { paragraph: 14, quote: 'around 30 to 50 million barrels of sanctioned oil' },
      { paragraph: 14, quote: 'to push for the necessary arrangements' },
    ],
  },
] as const satisfies readonly Section[];
