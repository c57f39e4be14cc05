import { createElementObject, createLayerComponent } from '@react-leaflet/core';
import {
  divIcon,
  Marker,
  type DivIcon,
  type LatLng as LeafletLatLng,
  type LatLngExpression,
  type Map as LeafletMap,
  type MarkerOptions,
  type Point,
} from 'leaflet';
import { memo, useState } from 'react';
import { useMap, useMapEvents } from 'react-leaflet';
import type { Briefing, LatLng } from '../../data/index.ts';
import { useBriefing } from '../../locale/useEdition.ts';
import type { Town } from '../../../scripts/basemapTypes.ts';
import { escapeHtml } from './icons.ts';
import basemap from 'virtual:basemap';

/** A name on the basemap: orientation for the reader, not a story place. */
export interface BasemapLabel {
  readonly key: string;
  readonly position: LatLng;
  readonly minZoom: number;
  readonly icon: DivIcon;
}

type Kind = 'country' | 'sea' | 'city' | 'capital' | 'town';

/**
 * `data-label` names the kind, `data-label-rank` the size and `data-min-zoom` the zoom the
 * name waits for: LabelPlacement reads them to decide which names show, and which wins
 * where two would overlap. Hidden from screen readers, like the rest of the basemap.
 */
function labelIcon(text: string, kind: Kind, minZoom: number, rank = 0): DivIcon {
  return divIcon({
    className: `basemap-label basemap-label--${kind}`,
    html: `<span data-label="${kind}" data-label-rank="${rank}" data-min-zoom="${minZoom}" aria-hidden="true">${escapeHtml(text)}</span>`,
    iconSize: [0, 0],
  });
}

// Built once: the names never change, and new icons would rebuild every label on each zoom.
export function townLabels(
  towns: readonly Town[],
  names: Readonly<Record<string, string>> = {},
): BasemapLabel[] {
  return towns.map((town) => ({
    key: `${town.name} ${town.position.lat} ${town.position.lng}`,
    position: town.position,
    minZoom: town.minZoom,
    icon: labelIcon(
      names[town.name] ?? town.name,
      town.isCapital ? 'capital' : 'town',
      town.minZoom,
      town.population,
    ),
  }));
}

const regionLabelsOf = new WeakMap<Briefing, readonly BasemapLabel[]>();

/**
 * The editors' names for countries and seas (src/data), then GeoNames' capitals and cities,
 * in the edition's language (where its readers know a town by another name). Built once
 * per edition.
 */
export function useRegionLabels(): readonly BasemapLabel[] {
  const briefing = useBriefing();
  let labels = regionLabelsOf.get(briefing);
  if (!labels) {
    labels = [
      ...briefing.mapLabels.map((label) => ({
        key: label.text,
        position: label.position,
        minZoom: 0,
        icon: labelIcon(label.text, label.kind, 0),
      })),
      ...townLabels(basemap.towns, briefing.townNames),
    ];
    regionLabelsOf.set(briefing, labels);
  }
  return labels;
}

/**
 * Where each name's marker belongs at the current view, in Leaflet's layer points, by the
 * marker's element. A name's marker is moved there only when LabelPlacement shows it.
 */
export const nameSpots = new WeakMap<HTMLElement, Point>();

/* oxlint-disable no-underscore-dangle -- the marker's members are Leaflet's own, underscored names */
interface MarkerInternals {
  _icon?: HTMLElement;
  _map?: LeafletMap;
  _latlng: LeafletLatLng;
}

/**
 * Leaflet's marker, which notes where its name belongs instead of moving it there. A map
 * holds a couple of hundred names, a handful of them shown, and Leaflet moves (and
 * restacks, by latitude) every marker at every jump: a restyle of each, the bulk of a
 * step's layout. LabelPlacement moves the names it shows, and only those; a hidden name
 * stays where it was.
 */
const NameMarkerClass = Marker.extend({
  update(this: MarkerInternals) {
    if (this._icon && this._map)
      nameSpots.set(this._icon, this._map.latLngToLayerPoint(this._latlng).round());
    return this;
  },
  _animateZoom() {},
  _updateZIndex() {},
}) as typeof Marker;
/* oxlint-enable no-underscore-dangle */

/** A name's marker. A name never changes: its marker is made once and left alone. */
const NameMarker = createLayerComponent<Marker, MarkerOptions & { position: LatLngExpression }>(
  ({ position, ...options }, context) =>
    createElementObject(new NameMarkerClass(position, options), context),
  () => {},
);

/** The closest zoom the map has been at so far. */
function useClosestZoom(): number {
  const map = useMap();
  const [closest, setClosest] = useState(() => map.getZoom());
  useMapEvents({ zoomend: () => setClosest((zoom) => Math.max(zoom, map.getZoom())) });
  return closest;
}

/**
 * Names that take no clicks and no focus. A name's marker is made the first time the map
 * reaches the zoom it waits for, and kept (not made all at the start, where a hundred
 * markers the reader may never zoom in to see would hold up the page; not dropped and made
 * again on every zoom, which a step would wait for). Which of them show, at the zoom of the
 * moment, is LabelPlacement's call. Memoised: a step renders it only to reach a closer zoom
 * than ever.
 */
export const BasemapLabels = memo(function BasemapLabels({
  labels,
}: {
  readonly labels: readonly BasemapLabel[];
}) {
  const closest = useClosestZoom();
  return labels
    .filter((label) => label.minZoom <= closest)
    .map((label) => (
      <NameMarker
        key={label.key}
        position={label.position}
        icon={label.icon}
        interactive={false}
        keyboard={false}
        pane="basemap-labels"
      />
    ));
});
