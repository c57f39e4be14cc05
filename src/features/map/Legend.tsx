import { useBriefing, useUi } from '../../locale/useEdition.ts';

/** What the colours and shapes on the map mean: a one-line key under the map. */
export function Legend() {
  const { themes } = useBriefing();
  const ui = useUi();
  return (
    <div className="legend">
      <h3 className="visually-hidden">{ui.legend}</h3>
      <ul className="legend__list">
        {themes.map((theme) => (
          <li key={theme.id}>
            <span className="theme-dot" data-theme={theme.id} aria-hidden="true" />
            {theme.label}
          </li>
        ))}
        <li>
          <span className="legend__pin" aria-hidden="true" />
          {ui.legendCity}
        </li>
        <li>
          <span className="legend__area" aria-hidden="true" />
          {ui.legendArea}
        </li>
      </ul>
      <p className="legend__note">{ui.legendNote}</p>
    </div>
  );
}
