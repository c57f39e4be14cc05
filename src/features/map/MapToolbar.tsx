import { useUi } from '../../locale/useEdition.ts';

/** The views the toolbar can jump to. */
export type MapView = 'caribbean' | 'caracas';

interface Props {
  /** False until the map has loaded. */
  readonly isReady: boolean;
  /** The view the map shows now, if it shows one of them; that button is pressed. */
  readonly shownView: MapView | null;
  readonly onView: (view: MapView) => void;
  readonly hasStreetTiles: boolean;
  readonly onStreetTilesChange: (isOn: boolean) => void;
  readonly haveTilesFailed: boolean;
}

const VIEWS = [
  { id: 'caribbean', label: 'viewCaribbean' },
  { id: 'caracas', label: 'viewCaracas' },
] as const;

/** Views to jump to, the street-tiles switch, and the notice when tiles fail. */
export function MapToolbar(props: Props) {
  const { isReady, shownView, onView, hasStreetTiles, onStreetTilesChange, haveTilesFailed } =
    props;
  const ui = useUi();
  return (
    <div className="map-toolbar">
      <div className="map-toolbar__views" role="group" aria-label={ui.mapView}>
        {VIEWS.map((view) => (
          <button
            key={view.id}
            type="button"
            className="button"
            disabled={!isReady}
            aria-pressed={shownView === view.id}
            onClick={() => onView(view.id)}
          >
            {ui[view.label]}
          </button>
        ))}
      </div>
      <label className="map-toolbar__tiles">
        <input
          type="checkbox"
          disabled={!isReady}
          checked={hasStreetTiles}
          onChange={(e) => onStreetTilesChange(e.target.checked)}
        />
        {ui.streetMap}
      </label>
      <p className="map-toolbar__notice" role="status">
        {/* Said when street tiles fail: the box has just unticked itself, and this is why. */}
        {haveTilesFailed ? ui.tilesFailed : ''}
      </p>
    </div>
  );
}
