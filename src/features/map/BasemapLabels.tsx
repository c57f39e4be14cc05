import { divIcon, type DivIcon } from 'leaflet';
import { Marker } from 'react-leaflet';
import type { Briefing, LatLng } from '../../data/index.ts';
import { useBriefing } from '../../locale/useEdition.ts';
import type { Town } from '../../../scripts/basemapTypes.ts';
import { escapeHtml } from './icons.ts';
import basemap from 'virtual:basemap';
import { useZoom } from './useZoom.ts';

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

/** Names that take no clicks and no focus; which of them show is LabelPlacement's call. */
export function BasemapLabels({ labels }: { readonly labels: readonly BasemapLabel[] }) {
  const zoom = useZoom();
  return labels
    .filter((label) => zoom >= label.minZoom)
    .map((label) => (
      <Marker
        key={label.key}
        position={label.position}
        icon={label.icon}
        interactive={false}
        keyboard={false}
        pane="basemap-labels"
      />
    ));
}
