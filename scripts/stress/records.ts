// What the data module imports from events.ts, places.ts and sections.ts, in the stress build.
export { events, mapLabels, places, sections } from './generate.ts';
