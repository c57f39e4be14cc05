import {
  createElementObject,
  createLayerComponent,
  createPathComponent,
  extendContext,
  type EventedProps,
} from '@react-leaflet/core';
import {
  Marker,
  Polygon,
  type DivIcon,
  type LatLngExpression,
  type Map as LeafletMap,
  type PathOptions,
} from 'leaflet';
import type { ReactNode } from 'react';
import type { Theme } from '../../data/index.ts';
import { markHighlight } from './icons.ts';

/** What both kinds of place layer know about themselves. */
interface PlaceLayerProps extends EventedProps {
  readonly placeId: string;
  /** The selected event's theme when it happened at this place; null otherwise. */
  readonly highlight: Theme | null;
  readonly children?: ReactNode;
}

/**
 * Names a place layer's element and marks it with the selection's highlight. Leaflet builds
 * the element when the layer joins the map, and rebuilds a marker's when its icon changes;
 * each time, the element gets this again. `attribute` is `data-place-handle` on a handle
 * (so the map can hand focus back to it when its popup closes) and `data-place` on a shape
 * (Leaflet paths take no attributes of their own; styles and tests find it by this).
 */
function decorate(
  el: Element | undefined,
  attribute: string,
  placeId: string,
  highlight: Theme | null,
) {
  el?.setAttribute(attribute, placeId);
  markHighlight(el, highlight);
}

class PlaceMarker extends Marker {
  placeId = '';
  highlight: Theme | null = null;
  override onAdd(map: LeafletMap) {
    super.onAdd(map);
    this.decorate();
    return this;
  }
  override setIcon(icon: DivIcon) {
    super.setIcon(icon);
    this.decorate();
    return this;
  }
  decorate() {
    decorate(this.getElement(), 'data-place-handle', this.placeId, this.highlight);
  }
}

class PlaceShape extends Polygon {
  placeId = '';
  highlight: Theme | null = null;
  override onAdd(map: LeafletMap) {
    super.onAdd(map);
    this.decorate();
    return this;
  }
  decorate() {
    decorate(this.getElement(), 'data-place', this.placeId, this.highlight);
  }
}

interface HandleProps extends PlaceLayerProps {
  readonly position: LatLngExpression;
  readonly icon: DivIcon;
  readonly zIndexOffset: number;
}

/**
 * A place's handle on the map (a city's pin or an area's label), reachable with Tab. Built
 * the react-leaflet way: created once, then updated from props, so the element (and the
 * keyboard focus on it) survives a change of selection.
 */
export const PlaceHandle = createLayerComponent<PlaceMarker, HandleProps>(
  function createPlaceHandle({ position, icon, zIndexOffset, placeId, highlight }, context) {
    // Leaflet's own pan on focus measures the marker's spot, not the handle as drawn (a
    // name LabelPlacement moved): a click on a name near the frame's edge panned it from
    // under the pointer, and the click missed. FollowSelection pans for keyboard focus only.
    const marker = new PlaceMarker(position, {
      icon,
      zIndexOffset,
      keyboard: true,
      autoPanOnFocus: false,
    });
    marker.placeId = placeId;
    marker.highlight = highlight;
    return createElementObject(marker, extendContext(context, { overlayContainer: marker }));
  },
  function updatePlaceHandle(marker, props, prev) {
    if (props.position !== prev.position) marker.setLatLng(props.position);
    if (props.zIndexOffset !== prev.zIndexOffset) marker.setZIndexOffset(props.zIndexOffset);
    marker.highlight = props.highlight;
    if (props.icon !== prev.icon) marker.setIcon(props.icon);
    else if (props.highlight !== prev.highlight) marker.decorate();
  },
);

interface ShapeProps extends PlaceLayerProps {
  readonly positions: LatLngExpression[];
  readonly pathOptions: PathOptions;
  /** The shape's classes, set once at creation ("area", or "area area--shade"). */
  readonly className: string;
}

/** An approximate area's shading, in the selected event's colour when it happened there. */
export const PlaceArea = createPathComponent<PlaceShape, ShapeProps>(
  function createPlaceArea({ positions, pathOptions, className, placeId, highlight }, context) {
    // className takes effect only here, at creation.
    const shape = new PlaceShape(positions, { ...pathOptions, className });
    shape.placeId = placeId;
    shape.highlight = highlight;
    return createElementObject(shape, extendContext(context, { overlayContainer: shape }));
  },
  function updatePlaceArea(shape, props, prev) {
    if (props.positions !== prev.positions) shape.setLatLngs(props.positions);
    if (props.highlight !== prev.highlight) {
      shape.highlight = props.highlight;
      shape.decorate();
    }
  },
);
