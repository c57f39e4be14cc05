import { DomUtil, type Map as LeafletMap, type Point } from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import {
  LABEL_GAP,
  placeLabels,
  shift,
  type Box,
  type LabelRequest,
  type Offset,
} from './labelPlacement.ts';
import { nameSpots } from './BasemapLabels.tsx';
import { JUMP_END, JUMP_START } from './drawJumpsOnce.ts';
import { SCALE_MAX_WIDTH } from './ScaleBar.tsx';

/**
 * Most important first: the selected event's places, then the story's other places, then
 * countries, seas, capitals, and towns by size.
 */
const KIND_ORDER = ['country', 'sea', 'capital', 'city', 'town'];

interface Measured extends LabelRequest {
  /** The element moved (CSS `translate`, which leaves Leaflet's own `transform` alone) or hidden. */
  readonly el: HTMLElement;
  readonly order: number;
}

/** The map container's class while a zoom has left the basemap's names unplaced (map.css). */
const ZOOMING = 'is-zooming-names';

const center = (b: Box) => ({ x: (b.left + b.right) / 2, y: (b.top + b.bottom) / 2 });

/**
 * A place of the selected event keeps its name whatever it covers (it slides to stay in
 * view); the story's other places come first among the rest, but give way when there is
 * no room (a phone's Caribbean has none for central Caracas beside Caracas). A hidden
 * area label leaves the tab order with it; the list of places still reaches it.
 */
function storyRank(el: Element | null): { isRequired: boolean; order: number } {
  const isSelected = !!el?.classList.contains('is-selected');
  return { isRequired: isSelected, order: isSelected ? 0 : 1 };
}

/**
 * Reads the layout: where an element is drawn, in the map frame's pixels (Leaflet's
 * container points, from inside the frame's border), and the frame's size as drawn.
 */
interface Measure {
  (el: Element): Box;
  frameSize(): { x: number; y: number };
}

/**
 * The layout reads of one pass, which cost a layout only if something is measured at all:
 * the frame's place on the page is read with the first.
 */
function measurer(container: HTMLElement): Measure {
  let origin: { x: number; y: number } | undefined;
  const measure = (el: Element): Box => {
    if (!origin) {
      const frame = container.getBoundingClientRect();
      origin = { x: frame.left + container.clientLeft, y: frame.top + container.clientTop };
    }
    const r = el.getBoundingClientRect();
    return {
      left: r.left - origin.x,
      right: r.right - origin.x,
      top: r.top - origin.y,
      bottom: r.bottom - origin.y,
    };
  };
  return Object.assign(measure, {
    frameSize: () => ({ x: container.clientWidth, y: container.clientHeight }),
  });
}

/** A point as the shift that takes a box's origin there, or back (`by` −1). */
const offsetTo = (p: { x: number; y: number }, by = 1): Offset => ({ dx: by * p.x, dy: by * p.y });

/**
 * Where an element sits from its anchor (a story marker's spot, a control's corner of the
 * frame), by its look: measured the first time a look is seen, so a pass that only moves
 * the map reads no layout. A look is what sets the element's place (its classes, its
 * marker's classes and text), not the element itself: a cluster or a pin made again at
 * another zoom, which a long story's steps do all the time, is not measured again.
 */
const fromAnchor = new Map<string, Box>();

function anchoredBox(
  look: string,
  anchor: { x: number; y: number },
  measureFromAnchor: () => Box,
  mayKeep = true,
): Box {
  let box = fromAnchor.get(look);
  if (!box) {
    box = measureFromAnchor();
    if (mayKeep && box.right > box.left) fromAnchor.set(look, box);
  }
  return shift(box, offsetTo(anchor));
}

/** The parts of story markers that take or give room: names, pills, dots, clusters' discs. */
const STORY_PARTS = '.area-label__text, .place-pin__name, .place-pin__dot, .place-cluster__count';

/**
 * Where a story marker's part is drawn by default, in the frame's pixels: its marker's
 * spot, worked out from the view, plus where the part sits in the marker for the marker's
 * look (a selected pin is bigger). An area's pill moves as a whole: its shift
 * (`translate`) is its marker's, and is left out, like a name's own.
 */
function boxInFrame(map: LeafletMap, el: HTMLElement, measure: Measure): Box | null {
  const marker = el.closest<HTMLElement>('.leaflet-marker-icon');
  const position = marker && (DomUtil.getPosition(marker) as Point | undefined);
  if (!position) return null;
  const spot = map.layerPointToContainerPoint(position);
  const look = `${el.className}\n${marker.className}\n${marker.textContent}`;
  // Not kept while a zoom animates the markers (Leaflet's CSS transition): the marker is
  // drawn on its way to the spot it already has.
  const mayKeep = !marker.closest('.leaflet-zoom-anim');
  return anchoredBox(
    look,
    spot,
    () => {
      const shifted = el.classList.contains('area-label__text') ? marker : el;
      return shift(withoutShift(measure(el), shifted), offsetTo(spot, -1));
    },
    mayKeep,
  );
}

/**
 * Measures the story markers' parts in a look not seen before (each look once: a pin as
 * selected, say), before a jump moves anything: then placing the names after the jump
 * reads no layout of its own, which would be a second layout pass, of everything the jump
 * moved.
 */
function learnLooks(map: LeafletMap): void {
  const container = map.getContainer();
  const measure = measurer(container);
  for (const el of container.querySelectorAll<HTMLElement>(STORY_PARTS))
    boxInFrame(map, el, measure);
}

/** A story area's label: centred on its anchor, else a label's height or two below or above, or to the side. */
function areaLabel(map: LeafletMap, el: HTMLElement, measure: Measure): Measured | null {
  const text = el.querySelector<HTMLElement>('.area-label__text');
  const pill = text && boxInFrame(map, text, measure);
  if (!pill) return null;
  const h = pill.bottom - pill.top + 2 * LABEL_GAP;
  const w = (pill.right - pill.left) / 2 + 2 * LABEL_GAP;
  const candidates = [
    { dx: 0, dy: 0 },
    { dx: 0, dy: h },
    { dx: 0, dy: -h },
    { dx: 0, dy: 2 * h },
    { dx: 0, dy: -2 * h },
    { dx: w, dy: 0 },
    { dx: -w, dy: 0 },
  ];
  return { el, box: pill, candidates, ...storyRank(el) };
}

/** A pin's name: right of its dot, else left, above or below it. */
function pinName(map: LeafletMap, el: HTMLElement, measure: Measure): Measured | null {
  const dotEl = el.parentElement?.querySelector<HTMLElement>('.place-pin__dot');
  const dot = dotEl && boxInFrame(map, dotEl, measure);
  const box = boxInFrame(map, el, measure);
  if (!dot || !box) return null;
  const d = center(dot);
  const b = center(box);
  const gap = 2 * LABEL_GAP;
  const candidates: Offset[] = [
    { dx: dot.right + gap - box.left, dy: d.y - b.y },
    { dx: dot.left - gap - box.right, dy: d.y - b.y },
    { dx: d.x - b.x, dy: dot.top - gap - box.bottom },
    { dx: d.x - b.x, dy: dot.bottom + gap - box.top },
  ];
  return { el, box, candidates, isFlexible: true, ...storyRank(el.parentElement) };
}

/**
 * A map control's box (zoom buttons, scale, credits), in the frame's pixels: from its
 * corner of the frame, which follows the frame's size, measured again only when its look
 * changes (the credits for street tiles come and go). The corner it is measured from is
 * the frame as drawn (the map's own idea of its size may not have caught up yet).
 */
function controlBox(el: HTMLElement, size: Point, measure: Measure): Box {
  const isScale = el.classList.contains('leaflet-control-scale');
  const cornerOf = (frame: { x: number; y: number }) => ({
    x: el.closest('.leaflet-right') ? frame.x : 0,
    y: el.closest('.leaflet-bottom') ? frame.y : 0,
  });
  const look = `${el.className}\n${isScale ? '' : el.textContent}`;
  return anchoredBox(look, cornerOf(size), () => {
    let box = measure(el);
    // Names keep clear of all the room the scale bar may take (its longest), whose width
    // changes with the zoom, rather than measure it at every zoom.
    if (isScale) {
      const bars = [...el.children].map(
        (bar) => Number.parseFloat((bar as HTMLElement).style.width) || 0,
      );
      box = {
        ...box,
        left: box.right - (box.right - box.left - Math.max(0, ...bars) + SCALE_MAX_WIDTH),
      };
    }
    return shift(box, offsetTo(cornerOf(measure.frameSize()), -1));
  });
}

/** A drawn name's width and height: its text never changes, so it is measured once. */
const sizes = new WeakMap<HTMLElement, { width: number; height: number }>();

function sizeOf(el: HTMLElement): { width: number; height: number } {
  let size = sizes.get(el);
  if (!size) {
    const { width, height } = el.getBoundingClientRect();
    size = { width, height };
    if (width > 0) sizes.set(el, size);
  }
  return size;
}

/**
 * A basemap name: where its place is, or not at all. Its box is worked out, not measured
 * where it is drawn: its marker is moved to its spot only when the name is shown
 * (BasemapLabels), and the name is centred on it (map.css).
 */
function basemapLabel(el: HTMLElement, at: { x: number; y: number }): Measured {
  const kind = KIND_ORDER.indexOf(el.dataset.label ?? '');
  // Bigger places first within a kind: rank is GeoNames' population.
  const rank = Number(el.dataset.labelRank) || 0;
  const { width, height } = sizeOf(el);
  return {
    el,
    box: {
      left: at.x - width / 2,
      right: at.x + width / 2,
      top: at.y - height / 2,
      bottom: at.y + height / 2,
    },
    candidates: [{ dx: 0, dy: 0 }],
    isRequired: false,
    order: 3 + (kind < 0 ? KIND_ORDER.length : kind) - rank / 1e12,
  };
}

/**
 * A basemap name shows, or leaves the page's layout: a map holds a couple of hundred
 * names and shows a few dozen, and a hidden one still laid out and painted (`visibility`)
 * costs every step its share. A name about to be measured for the first time is laid out
 * but unseen (`isLaidOut`).
 */
function showName(el: HTMLElement, isShown: boolean, isLaidOut = isShown): void {
  const marker = el.parentElement;
  const display = isLaidOut ? '' : 'none';
  if (marker && marker.style.display !== display) marker.style.display = display;
  // Unplaced, the stylesheet hides it: a name never shown is never restyled (a write
  // before the pass's measuring would cost a second layout).
  const visibility = isShown ? 'visible' : '';
  if (el.style.visibility !== visibility) el.style.visibility = visibility;
}

/** The shift this pass last gave a label (CSS `translate`), or none. */
function shiftOf(el: HTMLElement): Offset {
  const [dx = 0, dy = 0] = el.style.translate.split(' ').map((v) => Number.parseFloat(v) || 0);
  return { dx, dy };
}

const round = (px: number) => Math.round(px * 100) / 100;

/** Where a label's box is drawn by default: its box now, less the shift it was given. */
function withoutShift(box: Box, el: HTMLElement): Box {
  const { dx, dy } = shiftOf(el);
  return shift(box, { dx: -dx, dy: -dy });
}

/**
 * How far from the view a basemap name's spot may be and the name still reach into it, in
 * pixels: half the longest name (names are centred on their spot).
 */
const NEAR_VIEW = 160;

/**
 * Works out where every name on the map is, in the frame's pixels (from the view, and
 * sizes measured once), decides which show and where, and applies it.
 */
function placeAll(map: LeafletMap): void {
  const container = map.getContainer();
  const zoom = map.getZoom();
  const size = map.getSize();
  const frame: Box = { left: 0, top: 0, right: size.x, bottom: size.y };
  const measure = measurer(container);
  const q = (selector: string) => [...container.querySelectorAll<HTMLElement>(selector)];
  // A basemap name waits for its zoom (its marker stays once made), and one whose spot is
  // far from the view cannot show: both are hidden and not measured. The others' boxes are
  // worked out from where they belong (basemapLabel).
  const inReach: { el: HTMLElement; at: Point }[] = [];
  const outOfReach: HTMLElement[] = [];
  for (const el of q('[data-label]')) {
    const spot = el.parentElement && nameSpots.get(el.parentElement);
    const at = spot && map.layerPointToContainerPoint(spot);
    const mayShow =
      !!at &&
      Number(el.dataset.minZoom) <= zoom &&
      at.x > -NEAR_VIEW &&
      at.x < size.x + NEAR_VIEW &&
      at.y > -NEAR_VIEW &&
      at.y < size.y + NEAR_VIEW;
    if (at && mayShow) inReach.push({ el, at });
    else outOfReach.push(el);
  }
  // A name not yet measured is laid out first (unseen: the stylesheet hides it until it is
  // placed), and measured in the same layout pass as anything else measured.
  for (const { el } of inReach) if (!sizes.has(el)) showName(el, false, true);
  const names = inReach.map(({ el, at }) => basemapLabel(el, at));
  // Every story label where it is drawn by default (less the shift it was given last time,
  // so nothing is reset first, which would restyle every label twice per pass). Basemap
  // names stay hidden until placed, by the stylesheet: a name that has just appeared never
  // shows over another before its turn.
  const labels = [
    ...q('.leaflet-marker-icon.area-label').map((el) => areaLabel(map, el, measure)),
    ...q('.place-pin__name').map((el) => pinName(map, el, measure)),
    ...names,
  ].filter((l): l is Measured => l !== null);
  labels.sort((a, b) => a.order - b.order);
  // Names stay clear of the pins, of the map's own controls (zoom, scale, credits), and of
  // the touch hint that sits over a phone's map (there only while it shows).
  const obstacles = [
    ...[...q('.place-pin__dot'), ...q('.place-cluster__count')].map((el) =>
      boxInFrame(map, el, measure),
    ),
    ...q('.leaflet-control').map((el) => controlBox(el, size, measure)),
    ...q('.map-hint').map((el) => measure(el)),
  ].filter((box): box is Box => box !== null);

  const placed = placeLabels(labels, obstacles, frame);
  // Then write only what changed: a step moves a few names, and an untouched one is not
  // restyled.
  for (const el of outOfReach) showName(el, false);
  labels.forEach(({ el }, i) => {
    const offset = placed[i];
    // A shown basemap name's marker goes to its spot (a hidden one's stays where it was).
    const marker = el.parentElement;
    const spot = offset && el.dataset.label && marker && nameSpots.get(marker);
    if (spot && !DomUtil.getPosition(marker).equals(spot)) DomUtil.setPosition(marker, spot);
    if (el.dataset.label) showName(el, !!offset);
    else {
      const visibility = offset ? 'visible' : 'hidden';
      if (el.style.visibility !== visibility) el.style.visibility = visibility;
    }
    const was = shiftOf(el);
    // Rounded as the style will hold it, so an unmoved name compares equal next time.
    const now = offset ? { dx: round(offset.dx), dy: round(offset.dy) } : was;
    if (now.dx !== was.dx || now.dy !== was.dy)
      el.style.translate = now.dx || now.dy ? `${now.dx}px ${now.dy}px` : '';
  });
}

/**
 * Keeps the map's names legible: after every move, zoom, resize or change of markers, each
 * name takes its best free spot, most important first, and a name with none is hidden.
 * It is a pass over the drawn names rather than a layer of its own, because the rule needs
 * each name's size as the browser sets it, and the names belong to several layers (the
 * story's pins and areas, the basemap's countries, seas and towns).
 * The map is `aria-busy` from the moment it starts to move, or Caracas's detail starts to
 * load, or markers change, until the names are placed again.
 */
export function LabelPlacement() {
  const map = useMap();

  useEffect(
    function placeLabelsWhenTheMapChanges() {
      const container = map.getContainer();
      let frame = 0;
      let isMoving = false;
      let loads = 0;
      // Inside a reset of the view (a jump), whose first frame has the names placed already.
      let isResetting = false;
      const setBusy = (isBusy: boolean) => container.setAttribute('aria-busy', String(isBusy));
      const placeNow = () => {
        cancelAnimationFrame(frame);
        placeAll(map);
        setBusy(isMoving || loads > 0);
        if (!isMoving) container.classList.remove(ZOOMING);
      };
      const place = () => {
        setBusy(true);
        cancelAnimationFrame(frame);
        frame = requestAnimationFrame(placeNow);
      };
      const handlers = {
        movestart: () => {
          isMoving = true;
          setBusy(true);
        },
        // A zoom moves every name towards or away from its centre, unplaced: the basemap's
        // names are hidden until they are placed at the new zoom. Not for a jump: its first
        // frame has them placed already, and hiding them would restyle every name twice.
        zoomstart: () => {
          if (!isResetting) container.classList.add(ZOOMING);
        },
        viewprereset: () => {
          isResetting = true;
        },
        moveend: () => {
          isMoving = false;
          place();
        },
        resize: place,
        // A jump of our own (a step, made in the step's own task by FollowSelection): new
        // looks are measured before it moves anything, and the names placed at its end,
        // before the frame that shows it; a frame callback asked for now would run a frame
        // later.
        [JUMP_START]: () => learnLooks(map),
        [JUMP_END]: placeNow,
        viewreset: () => {
          isResetting = false;
          place();
        },
        // Fired by CaracasDetail around the fetch of its chunk, whose names come after.
        detailloading: () => {
          loads++;
          setBusy(true);
        },
        detailload: () => {
          loads = Math.max(0, loads - 1);
          place();
        },
      };
      map.on(handlers);
      // Markers come and go (names by zoom, Caracas's detail once loaded), and a selected pin
      // grows: both change what fits where.
      // Street tiles, loading one by one, change no name's room.
      const tiles = map.getPane('tilePane');
      const observer = new MutationObserver((records) => {
        if (records.some((r) => !tiles?.contains(r.target))) place();
      });
      const pane = map.getPane('mapPane');
      if (pane)
        observer.observe(pane, {
          childList: true,
          subtree: true,
          attributes: true,
          attributeFilter: ['class'],
        });
      place();
      return () => {
        cancelAnimationFrame(frame);
        observer.disconnect();
        map.off(handlers);
      };
    },
    [map],
  );
  return null;
}
