import { latLngBounds, point, type LeafletKeyboardEvent } from 'leaflet';
import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';
import { Marker, useMap } from 'react-leaflet';
import { prefersReducedMotion } from '../../hooks/usePrefersReducedMotion.ts';
import { useBriefing } from '../../locale/useEdition.ts';
import { mapUi } from '../../locale/mapUi.ts';
import { type AreaPlace, type Place, type PointPlace, type Theme } from '../../data/index.ts';
import { groupNearby, sizeOfPlace } from './geometry.ts';
import { areaIcon, clusterIcon, pointIcon } from './icons.ts';
import { PlaceArea, PlaceHandle } from './PlaceHandle.tsx';

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

/**
 * A map handle's events: click, Enter and Space activate it (`byKeyboard` for the keys);
 * Escape, where given, closes what it opened. keydown comes before Leaflet's own keypress,
 * which would turn Enter into a click.
 */
function handleEvents(onActivate: (byKeyboard: boolean) => void, onEscape?: () => void) {
  return {
    click: () => onActivate(false),
    keydown: (e: LeafletKeyboardEvent) => {
      const { key } = e.originalEvent;
      if (key === 'Escape') onEscape?.();
      if (key !== 'Enter' && key !== ' ') return;
      e.originalEvent.preventDefault();
      onActivate(true);
    },
  };
}

/** A place's handle and shape: activating them opens the place; Escape closes its popup. */
function useHandleEvents(placeId: string, { onActivate, onEscape }: Omit<Props, 'highlightOf'>) {
  return useMemo(
    () => handleEvents((byKeyboard) => onActivate(placeId, byKeyboard), onEscape),
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

/** The map container's class above SHADE_MAX_ZOOM, which hides the shades (map.css). */
const PAST_SHADE_ZOOM = 'is-past-shade-zoom';

/**
 * Sets PAST_SHADE_ZOOM as the zoom changes, inside Leaflet's own zoom (before the names
 * are placed and the frame is drawn), so a step's frame shows or hides the shade with it.
 */
function useShadeByZoom() {
  const map = useMap();
  useEffect(() => {
    const update = () =>
      map.getContainer().classList.toggle(PAST_SHADE_ZOOM, map.getZoom() > SHADE_MAX_ZOOM);
    update();
    map.on('zoomend', update);
    return () => {
      map.off('zoomend', update);
    };
  }, [map]);
}

function AreaLayer({ place, highlight, ...handlers }: LayerProps<AreaPlace>) {
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
      <PlaceArea
        placeId={place.id}
        highlight={highlight}
        positions={positions}
        className={isShade ? 'area area--shade' : 'area'}
        pathOptions={isShade ? SHADE_STYLE : AREA_STYLE}
        eventHandlers={eventHandlers}
      />
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

/**
 * Pins closer than this (in pixels, centre to centre) are drawn as one: their dots are 24 px
 * across with their rings, a hit area is 44 px, and a group's disc needs room of its own.
 */
const CLUSTER_RADIUS = 40;

interface Cluster {
  readonly key: string;
  readonly members: readonly PointPlace[];
}

/**
 * Groups the pins that would cover each other at the map's zoom, so a long story's many
 * places stay legible: each group is drawn as one handle that zooms in to it. Pins of the
 * selected event always stand alone. (The briefing's own pins are far apart: this only
 * matters for stories with many places, such as the stress build's forty.)
 */
function useClusters(points: readonly PointPlace[], isKept: (placeId: string) => boolean) {
  const map = useMap();
  // Each group as its pins' ids, the groups joined: a value that compares equal when the
  // groups are the same.
  const groupsAt = useCallback(
    (zoom: number): string =>
      groupNearby(
        points
          .filter((p) => !isKept(p.id))
          .map((place) => ({ item: place, at: map.project(place.position, zoom) })),
        CLUSTER_RADIUS,
      )
        .filter((members) => members.length > 1)
        .map((members) => members.map((m) => m.id).join(' '))
        .join('|'),
    [map, points, isKept],
  );
  // Grouped at the zoom of the moment: a zoom renders the layers again only if it changes
  // the groups (the briefing's own pins never group, so a step's zoom renders nothing).
  const subscribe = useCallback(
    (onZoom: () => void) => {
      map.on('zoomend', onZoom);
      return () => {
        map.off('zoomend', onZoom);
      };
    },
    [map],
  );
  const groups = useSyncExternalStore(subscribe, () => groupsAt(map.getZoom()));
  return useMemo(() => {
    const byId = new Map(points.map((p) => [p.id, p]));
    const clusters: Cluster[] = groups
      ? groups.split('|').map((key) => ({
          key,
          members: key.split(' ').flatMap((id) => byId.get(id) ?? []),
        }))
      : [];
    return { clusters, clustered: new Set(clusters.flatMap((c) => c.members.map((m) => m.id))) };
  }, [groups, points]);
}

function ClusterHandle({ members }: { readonly members: readonly PointPlace[] }) {
  const map = useMap();
  const { locale } = useBriefing();
  const label = mapUi[locale].clusterHandle(members.map((m) => m.name).join(', '), members.length);
  const icon = useMemo(() => clusterIcon(members.length, label), [members.length, label]);
  const center = useMemo(() => {
    const zoom = map.getZoom();
    const sum = members
      .map((m) => map.project(m.position, zoom))
      .reduce((a, b) => a.add(b), point(0, 0));
    return map.unproject(sum.divideBy(members.length), zoom);
  }, [map, members]);
  const eventHandlers = useMemo(
    () =>
      handleEvents(() =>
        map.fitBounds(latLngBounds(members.map((m) => m.position)), {
          padding: [48, 48],
          maxZoom: Math.max(...members.map((m) => m.zoom)),
          animate: !prefersReducedMotion(),
        }),
      ),
    [map, members],
  );
  // No pan on focus: a click would slide the disc from under the pointer (as PlaceHandle).
  return (
    <Marker
      position={center}
      icon={icon}
      zIndexOffset={900}
      autoPanOnFocus={false}
      eventHandlers={eventHandlers}
    />
  );
}

/** Every place: pins for cities, shaded areas with labels for what the article leaves vague. */
export function PlaceLayers({ highlightOf, ...handlers }: Props) {
  useShadeByZoom();
  const order = drawOrderOf(useBriefing().places);
  const points = useMemo(() => order.filter((p): p is PointPlace => p.kind === 'point'), [order]);
  // The selected event's pins, as a string: highlightOf is new on every render, the set not.
  const keptIds = points
    .filter((p) => highlightOf(p.id) !== null)
    .map((p) => p.id)
    .join(' ');
  const isKept = useMemo(() => {
    const kept = new Set(keptIds.split(' '));
    return (placeId: string) => kept.has(placeId);
  }, [keptIds]);
  const { clusters, clustered } = useClusters(points, isKept);
  return (
    <>
      {order.map((place) =>
        place.kind === 'area' ? (
          <AreaLayer key={place.id} place={place} highlight={highlightOf(place.id)} {...handlers} />
        ) : clustered.has(place.id) ? null : (
          <PointLayer
            key={place.id}
            place={place}
            highlight={highlightOf(place.id)}
            {...handlers}
          />
        ),
      )}
      {clusters.map((cluster) => (
        <ClusterHandle key={cluster.key} members={cluster.members} />
      ))}
    </>
  );
}
