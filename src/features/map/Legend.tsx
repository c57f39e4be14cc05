import { themes } from '../../data/index.ts';

/** What the colours and shapes on the map mean: a one-line key under the map. */
export function Legend() {
  return (
    <div className="legend">
      <h3 className="visually-hidden">Legend</h3>
      <ul className="legend__list">
        {themes.map((theme) => (
          <li key={theme.id}>
            <span className="theme-dot" data-theme={theme.id} aria-hidden="true" />
            {theme.label}
          </li>
        ))}
        <li>
          <span className="legend__pin" aria-hidden="true" />
          City
        </li>
        <li>
          <span className="legend__area" aria-hidden="true" />
          Approximate area
        </li>
      </ul>
      <p className="legend__note">The selected event’s places take its color.</p>
    </div>
  );
}
