/** The views the toolbar can jump to. */
export type MapView = 'caribbean' | 'caracas';

/** Said when street tiles fail: the box has just unticked itself, and this is why. */
const TILES_FAILED =
  'The street map is off: its tiles could not be loaded from OpenStreetMap (offline, or the tile server did not answer). The built-in map is shown.';

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

const VIEWS: readonly { readonly id: MapView; readonly label: string }[] = [
  { id: 'caribbean', label: 'Caribbean' },
  { id: 'caracas', label: 'Caracas' },
];

/** Views to jump to, the street-tiles switch, and the notice when tiles fail. */
export function MapToolbar(props: Props) {
  const { isReady, shownView, onView, hasStreetTiles, onStreetTilesChange, haveTilesFailed } =
    props;
  return (
    <div className="map-toolbar">
      <div className="map-toolbar__views" role="group" aria-label="Map view">
        {VIEWS.map((view) => (
          <button
            key={view.id}
            type="button"
            className="button"
            disabled={!isReady}
            aria-pressed={shownView === view.id}
            onClick={() => onView(view.id)}
          >
            {view.label}
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
        Street map (online)
      </label>
      <p className="map-toolbar__notice" role="status">
        {haveTilesFailed ? TILES_FAILED : ''}
      </p>
    </div>
  );
}
