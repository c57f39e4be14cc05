import type { Marker as LeafletMarker, Polygon as LeafletPolygon } from 'leaflet';
import { useEffect, useMemo, useRef } from 'react';
import { Polygon } from 'react-leaflet';
import {
  eventsAtPlace,
  getEvent,
  places,
  type AreaPlace,
  type PointPlace,
  type Theme,
} from '../../data/index.ts';
import { sizeOfPlace } from './geometry.ts';
import { areaIcon, markHighlight, pointIcon } from './icons.ts';
import { activatePlace, PlaceMarker } from './PlaceMarker.tsx';
import { useZoom } from './useZoom.ts';

interface Props {
  readonly selectedId: string | null;
  readonly onSelect: (eventId: string) => void;
}

interface LayerProps<P> extends Props {
  readonly place: P;
  readonly highlight: Theme | null;
}

function PointLayer({ place, ...rest }: LayerProps<PointPlace>) {
  const markerRef = useRef<LeafletMarker>(null);
  const count = eventsAtPlace(place.id).length;
  // Built once per place: a new icon would replace the element and lose keyboard focus.
  const icon = useMemo(() => pointIcon(place, count), [place, count]);
  return (
    <PlaceMarker
      {...rest}
      place={place}
      position={place.position}
      icon={icon}
      zIndexOffset={1000}
      markerRef={markerRef}
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

function AreaLayer({ place, highlight, selectedId, onSelect }: LayerProps<AreaPlace>) {
  const zoom = useZoom();
  const isShade = place.drawAs === 'shade';
  const markerRef = useRef<LeafletMarker>(null);
  const polygonRef = useRef<LeafletPolygon>(null);

  const positions = useMemo(
    () => place.outline.map((p) => [p.lat, p.lng] as [number, number]),
    [place],
  );
  const count = eventsAtPlace(place.id).length;
  // Where the label goes when it would cover another is LabelPlacement's rule.
  const icon = useMemo(() => areaIcon(place, count), [place, count]);

  const polygonHandlers = useMemo(
    () => ({
      click: () => {
        markerRef.current?.openPopup();
        activatePlace(place.id, selectedId, onSelect);
      },
    }),
    [place.id, selectedId, onSelect],
  );

  useEffect(function highlightSelectedArea() {
    const el = polygonRef.current?.getElement();
    // Names the shape for tests and styles; Leaflet paths take no attributes of their own.
    el?.setAttribute('data-place', place.id);
    markHighlight(el, highlight);
  });

  return (
    <>
      {(!isShade || zoom <= SHADE_MAX_ZOOM) && (
        <Polygon
          ref={polygonRef}
          positions={positions}
          // className takes effect only at creation; react-leaflet applies pathOptions later.
          className={isShade ? 'area area--shade' : 'area'}
          pathOptions={isShade ? SHADE_STYLE : AREA_STYLE}
          eventHandlers={polygonHandlers}
        />
      )}
      <PlaceMarker
        place={place}
        position={place.labelAt}
        icon={icon}
        zIndexOffset={500}
        highlight={highlight}
        selectedId={selectedId}
        onSelect={onSelect}
        markerRef={markerRef}
      />
    </>
  );
}

// Larger areas first: shapes drawn later sit on top, so a small area inside a large one
// (central Caracas inside Venezuela) still takes its own clicks.
const drawOrder = [...places].sort((a, b) => sizeOfPlace(b) - sizeOfPlace(a));

/** Every place: pins for cities, shaded areas with labels for what the article leaves vague. */
export function PlaceLayers({ selectedId, onSelect }: Props) {
  const selected = selectedId ? getEvent(selectedId) : undefined;
  const highlightOf = (placeId: string) =>
    selected && (selected.placeIds as readonly string[]).includes(placeId) ? selected.theme : null;
  return drawOrder.map((place) => {
    const shared = { highlight: highlightOf(place.id), selectedId, onSelect };
    return place.kind === 'area' ? (
      <AreaLayer key={place.id} place={place} {...shared} />
    ) : (
      <PointLayer key={place.id} place={place} {...shared} />
    );
  });
}
