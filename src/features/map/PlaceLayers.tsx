import type { LeafletKeyboardEvent } from 'leaflet';
import { useMemo } from 'react';
import { useBriefing } from '../../locale/useEdition.ts';
import { mapUi } from '../../locale/mapUi.ts';
import { type AreaPlace, type Place, type PointPlace, type Theme } from '../../data/index.ts';
import { sizeOfPlace } from './geometry.ts';
import { areaIcon, pointIcon } from './icons.ts';
import { PlaceArea, PlaceHandle } from './PlaceHandle.tsx';
import { useZoom } from './useZoom.ts';

interface Props {
  /** The selected event's theme at each of its places. */
  readonly highlightOf: (placeId: string) => Theme | null;
  /** A place was clicked, or pressed with Enter or Space (`byKeyboard`). */
  readonly onActivate: (placeId: string, byKeyboard: boolean) => void;
  /** Escape on a place's handle. */
  readonly onEscape: () => void;
}

interface LayerProps<P extends Place> extends Omit<Props, 'highlightOf'> {
  readonly place: P;
  readonly highlight: Theme | null;
}

/** Click, Enter and Space activate a place; Escape closes its popup. */
function useHandleEvents(placeId: string, { onActivate, onEscape }: Omit<Props, 'highlightOf'>) {
  return useMemo(
    () => ({
      click: () => onActivate(placeId, false),
      // keydown comes before Leaflet's own keypress, which would turn Enter into a click.
      keydown: (e: LeafletKeyboardEvent) => {
        const { key } = e.originalEvent;
        if (key === 'Escape') onEscape();
        if (key !== 'Enter' && key !== ' ') return;
        e.originalEvent.preventDefault();
        onActivate(placeId, true);
      },
    }),
    [placeId, onActivate, onEscape],
  );
}

function PointLayer({ place, highlight, ...handlers }: LayerProps<PointPlace>) {
  const { eventsAtPlace, locale } = useBriefing();
  const count = eventsAtPlace(place.id).length;
  const ui = mapUi[locale];
  // Built once per place: a new icon would replace the element and lose keyboard focus.
  const icon = useMemo(() => pointIcon(place, count, ui), [place, count, ui]);
  return (
    <PlaceHandle
      placeId={place.id}
      highlight={highlight}
      position={place.position}
      icon={icon}
      zIndexOffset={1000}
      eventHandlers={useHandleEvents(place.id, handlers)}
    />
  );
}

const AREA_STYLE = { weight: 2, dashArray: '6 5' } as const;
// No outline: the basemap's coast and borders are the country's real edges.
const SHADE_STYLE = { stroke: false } as const;

/**
 * Above this zoom a shaded country's 1:110m outline strays from the coast by more than a
 * few pixels, so the shade goes; its label still names it and opens its events.
 */
const SHADE_MAX_ZOOM = 7;

function AreaLayer({ place, highlight, ...handlers }: LayerProps<AreaPlace>) {
  const zoom = useZoom();
  const isShade = place.drawAs === 'shade';
  const positions = useMemo(
    () => place.outline.map((p) => [p.lat, p.lng] as [number, number]),
    [place],
  );
  const { eventsAtPlace, locale } = useBriefing();
  const count = eventsAtPlace(place.id).length;
  const ui = mapUi[locale];
  // Where the label goes when it would cover another is LabelPlacement's rule.
  const icon = useMemo(() => areaIcon(place, count, ui), [place, count, ui]);
  const eventHandlers = useHandleEvents(place.id, handlers);
  return (
    <>
      {(!isShade || zoom <= SHADE_MAX_ZOOM) && (
        <PlaceArea
          placeId={place.id}
          highlight={highlight}
          positions={positions}
          className={isShade ? 'area area--shade' : 'area'}
          pathOptions={isShade ? SHADE_STYLE : AREA_STYLE}
          eventHandlers={eventHandlers}
        />
      )}
      <PlaceHandle
        placeId={place.id}
        highlight={highlight}
        position={place.labelAt}
        icon={icon}
        zIndexOffset={500}
        eventHandlers={eventHandlers}
      />
    </>
  );
}

// Larger areas first: shapes drawn later sit on top, so a small area inside a large one
// (central Caracas inside Venezuela) still takes its own clicks. Once per edition.
const drawOrders = new WeakMap<readonly Place[], readonly Place[]>();
function drawOrderOf(places: readonly Place[]): readonly Place[] {
  let order = drawOrders.get(places);
  if (!order) {
    order = [...places].sort((a, b) => sizeOfPlace(b) - sizeOfPlace(a));
    drawOrders.set(places, order);
  }
  return order;
}

/** Every place: pins for cities, shaded areas with labels for what the article leaves vague. */
export function PlaceLayers({ highlightOf, ...handlers }: Props) {
  return drawOrderOf(useBriefing().places).map((place) =>
    place.kind === 'area' ? (
      <AreaLayer key={place.id} place={place} highlight={highlightOf(place.id)} {...handlers} />
    ) : (
      <PointLayer key={place.id} place={place} highlight={highlightOf(place.id)} {...handlers} />
    ),
  );
}
