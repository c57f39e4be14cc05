import { useUi } from '../locale/useEdition.ts';

/** The report's language: its words are quoted as they are, and read out in it. */
const SOURCE_LANG = 'en';

interface Props {
  /** The report's own words. */
  readonly quote: string;
  /** Our rendering in the edition's language, where it is not the report's. */
  readonly translation?: string;
}

/**
 * Words quoted from the report, in its language (`lang`, so a screen reader pronounces
 * them right), followed in a translated edition by our rendering, labelled as a
 * translation: “Operation Absolute Resolve” (traducción: “Operación Resolución Absoluta”).
 */
export function SourceQuote({ quote, translation }: Props) {
  const ui = useUi();
  return (
    <>
      <q className="citation__quote" lang={SOURCE_LANG}>
        {quote}
      </q>
      {translation !== undefined && (
        <span className="citation__translation">
          {' ('}
          {ui.translation}: <q>{translation}</q>)
        </span>
      )}
    </>
  );
}
