// The records the editors write, gathered in one place for the data module (index.ts).
// In the built page they arrive as JSON inside the prerendered HTML rather than as
// JavaScript (scripts/recordsPlugin.ts); everywhere else (development, tests, the build's
// own scripts) they are these modules.
export { glossary, keyFacts, meta } from './briefing.ts';
export { events } from './events.ts';
export { places } from './places.ts';
export { sections } from './sections.ts';
