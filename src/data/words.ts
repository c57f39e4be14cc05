import type { EditionWords } from './types.ts';

/** The English edition's words around the data (the Spanish ones are in es.ts). */
export const englishWords: EditionWords = {
  dateLocale: 'en-US',
  abbreviatesLoneMonth: true,
  around: (date) => `Around ${date}`,
  after: (date) => `After ${date}`,
  before: (date) => `Before ${date}`,
  between: (after, before) => `Between ${after} and ${before}`,
  noDate: 'Date not reported',
  timingNotReported: 'timing not reported',
  withWeekday: (weekday, date) => `${weekday}, ${date}`,
  timingNote: {
    before: 'The report gives no date, only ',
    after: '. Where this event sits in the timeline is our choice, not the report’s.',
  },
  approximateArea: 'approximate area',
  dateline: (date) => `Covers events up to ${date}`,
};
