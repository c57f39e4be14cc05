import { themes } from '../../data/index.ts';

/** What the colours and shapes on the map mean. */
export function Legend() {
  return (
    <details className="legend" open>
      <summary>Legend</summary>
      <ul className="legend__list">
        {themes.map((theme) => (
          <li key={theme.id}>
            <span className="theme-dot" data-theme={theme.id} aria-hidden="true" />
            {theme.label}
          </li>
        ))}
        <li>
          <span className="legend__pin" aria-hidden="true" />
          Pinned city
        </li>
        <li>
          <span className="legend__area" aria-hidden="true" />
          Approximate area: the article gives no exact spot
        </li>
      </ul>
      <p className="legend__note">The selected event’s places take its colour.</p>
    </details>
  );
}
