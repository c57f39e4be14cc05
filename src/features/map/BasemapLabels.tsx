import { divIcon, type DivIcon, type LayerEvent, type Marker as LeafletMarker } from 'leaflet';
import { memo, useCallback, useEffect, useRef, useState } from 'react';
import { Marker, useMap } from 'react-leaflet';
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
 * `data-label` names the kind and `data-label-rank` the size: LabelPlacement reads them to
 * decide which name wins where two would overlap. Hidden from screen readers, like the
 * rest of the basemap.
 */
function labelIcon(text: string, kind: Kind, rank = 0): DivIcon {
  return divIcon({
    className: `basemap-label basemap-label--${kind}`,
    html: `<span data-label="${kind}" data-label-rank="${rank}" aria-hidden="true">${escapeHtml(text)}</span>`,
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
        icon: labelIcon(label.text, label.kind),
      })),
      ...townLabels(basemap.towns, briefing.townNames),
    ];
    regionLabelsOf.set(briefing, labels);
  }
  return labels;
}

/** Hides the names that wait for a closer zoom, and shows those it has reached. */
function showNamesForZoom(markers: ReadonlyMap<LeafletMarker, number>, zoom: number): void {
  for (const [marker, minZoom] of markers) {
    const el = marker.getElement();
    const isHidden = zoom < minZoom;
    if (el && el.hidden !== isHidden) el.hidden = isHidden;
  }
}

/**
 * Names that take no clicks and no focus. A name's marker is made the first time the map
 * reaches the zoom it waits for, and kept: from then on the zoom only hides and shows it
 * (here, on `zoomend`, so a step's jump back to a zoom already seen shows the right names in
 * its first frame without making a marker). Which of the names shown are seen is
 * LabelPlacement's call. Memoised: a step renders it only to reach a closer zoom than ever.
 */
export const BasemapLabels = memo(function BasemapLabels({
  labels,
}: {
  readonly labels: readonly BasemapLabel[];
}) {
  const map = useMap();
  // The closest zoom the map has been at: the names up to it have their markers. (Not made
  // all at once at the start, where a hundred markers the reader may never zoom in to see
  // would hold up the page.)
  const [reached, setReached] = useState(() => map.getZoom());
  const closest = useRef(reached);
  // Each marker and the zoom its name waits for.
  const markers = useRef(new Map<LeafletMarker, number>());
  const track = useCallback(
    (minZoom: number) => (marker: LeafletMarker | null) => {
      if (!marker) return;
      markers.current.set(marker, minZoom);
      return () => {
        markers.current.delete(marker);
      };
    },
    [],
  );

  useEffect(
    function hideNamesBeyondTheZoom() {
      const update = () => {
        const zoom = map.getZoom();
        showNamesForZoom(markers.current, zoom);
        if (zoom <= closest.current) return;
        closest.current = zoom;
        setReached(zoom);
      };
      // A name's marker joining the map later (a closer zoom reached) is set right at once.
      const added = ({ layer }: LayerEvent) => {
        const minZoom = markers.current.get(layer as LeafletMarker);
        if (minZoom !== undefined)
          showNamesForZoom(new Map([[layer as LeafletMarker, minZoom]]), map.getZoom());
      };
      update();
      map.on('zoomend', update);
      map.on('layeradd', added);
      return () => {
        map.off('zoomend', update);
        map.off('layeradd', added);
      };
    },
    [map],
  );

  return labels
    .filter((label) => label.minZoom <= reached)
    .map((label) => (
      <Marker
        key={label.key}
        ref={track(label.minZoom)}
        position={label.position}
        icon={label.icon}
        interactive={false}
        keyboard={false}
        pane="basemap-labels"
      />
    ));
});
