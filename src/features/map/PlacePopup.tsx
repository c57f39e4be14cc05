import type { Popup as LeafletPopup, PointExpression } from 'leaflet';
import { useCallback, useEffect, useEffectEvent, useMemo, useRef } from 'react';
import { Popup, useMap } from 'react-leaflet';
import { mapUi } from '../../locale/mapUi.ts';
import type { Place } from '../../data/index.ts';
import { PlaceSummary } from './PlaceSummary.tsx';
import { seenPartOf } from './seenPart.ts';
import { useBriefing } from '../../locale/useEdition.ts';

/** Where the map landed after aiming (the selected event, or null for the overview). */
export interface Landing {
  readonly at: string | null;
}

interface Props {
  readonly place: Place;
  readonly selectedId: string | null;
  readonly onSelect: (eventId: string) => void;
  /** Opened with Enter or Space: focus moves into it, on the selected event. */
  readonly takesFocus: boolean;
  /** A new one each time the map lands after aiming: the popup then pans back into view. */
  readonly landing: Landing | undefined;
  /** The popup closed (its × button, Escape, a click elsewhere); `refocus` for Escape. */
  readonly onClose: (refocus: boolean) => void;
}

/** The map container's class while a popup is open (map.css). */
const HAS_POPUP = 'has-popup';

/** Half a place's handle: it is 44 px tall. */
const HALF_HANDLE = 22;
/** Leaflet's popup box ends 20 px above its tip's point (its tip fills that margin)... */
const TIP = 20;
/** ...and the point sits 7 px above the spot it is given. */
const TIP_OFFSET = 7;
/** What a popup's place takes under its box: the tip, then the handle down to its foot. */
const PLACE_UNDER_POPUP = TIP + (HALF_HANDLE - TIP_OFFSET) + HALF_HANDLE;

/** Where a place's popup points from: just above its pin, or above its area's label. */
function anchorOf(place: Place) {
  return {
    at: place.kind === 'point' ? place.position : place.labelAt,
    offset: [0, TIP_OFFSET - HALF_HANDLE] as PointExpression,
  };
}

/**
 * A place's popup: its events (the selected one marked), what it is, how precise. It is
 * shown by the map's selection response once the map has landed, so Leaflet can pan it
 * fully into view; its width and height follow the map's size (map.css).
 */
export function PlacePopup(props: Props) {
  const { place, selectedId, onSelect, takesFocus, landing, onClose } = props;
  const popupRef = useRef<LeafletPopup>(null);
  // Fixed for the popup's life: a new position would reopen it.
  const anchor = useMemo(() => anchorOf(place), [place]);
  const handlers = useMemo(() => ({ remove: () => onClose(false) }), [onClose]);

  // While it is open, the map's container says so: the scale bar, which sits above every
  // pane and would cover the popup's ×, steps out (map.css). A class, not a `:has()` rule,
  // which would make every style recalculation in the map dearer.
  const map = useMap();
  useEffect(
    function markTheMapAsHavingAPopup() {
      const container = map.getContainer();
      container.classList.add(HAS_POPUP);
      return () => container.classList.remove(HAS_POPUP);
    },
    [map],
  );

  // Leaflet pans a popup into view when it opens, but this one opens empty (react-leaflet
  // renders the content afterwards), and a second pan started at once cancels the first.
  // So the popup opens without panning, and pans once its content is there.
  const fit = useCallback(() => {
    const popup = popupRef.current;
    if (!popup) return;
    // Into the part of the frame the reader sees (a popup ended below the window), with
    // its place in sight under it: its height is capped to the room left (map.css).
    const { left, top, right, bottom, frame } = seenPartOf(map);
    popup
      .getElement()
      ?.style.setProperty('--popup-room', `${Math.round(bottom - top - PLACE_UNDER_POPUP)}px`);
    popup.options.autoPanPaddingTopLeft = [left - frame.left, top - frame.top];
    popup.options.autoPanPaddingBottomRight = [frame.right - right, frame.bottom - bottom];
    popup.options.autoPan = true;
    popup.update();
  }, [map]);

  return (
    <Popup
      ref={popupRef}
      position={anchor.at}
      offset={anchor.offset}
      maxWidth={320}
      autoPan={false}
      eventHandlers={handlers}
    >
      <PopupContent
        place={place}
        selectedId={selectedId}
        onSelect={onSelect}
        takesFocus={takesFocus}
        onClose={onClose}
        landing={landing}
        onFit={fit}
      />
    </Popup>
  );
}

interface ContentProps extends Pick<
  Props,
  'place' | 'selectedId' | 'onSelect' | 'takesFocus' | 'onClose'
> {
  readonly landing: Props['landing'];
  /** Sizes the popup around this content and pans the map until it shows whole. */
  readonly onFit: () => void;
}

/**
 * The list scrolls inside the popup: its selected event is brought into it without moving
 * the page, in the middle of what the place's name (which stays at the top, map.css)
 * leaves seen, or just under the name when that is too little.
 */
function scrollToTheSelectedEvent(root: HTMLElement): void {
  const item = root.querySelector<HTMLElement>('button[aria-current="true"]');
  const scroller = root.closest<HTMLElement>('.leaflet-popup-content');
  if (!item || !scroller || scroller.scrollHeight <= scroller.clientHeight) return;
  const name = root.querySelector<HTMLElement>('.place-popup__name')?.offsetHeight ?? 0;
  const room = scroller.clientHeight - name;
  scroller.scrollTop = item.offsetTop - name - Math.max(0, (room - item.offsetHeight) / 2);
}

/** What the popup holds. react-leaflet mounts it only once the popup is open. */
function PopupContent(props: ContentProps) {
  const { place, selectedId, onSelect, takesFocus, onClose, landing, onFit } = props;
  const rootRef = useRef<HTMLDivElement>(null);
  const fit = useEffectEvent(onFit);
  const { words, locale } = useBriefing();
  const closeLabel = mapUi[locale].closePopup;

  useEffect(
    function nameTheCloseButtonInThePagesLanguage() {
      // Leaflet builds the × with an English label of its own.
      const button = rootRef.current
        ?.closest('.leaflet-popup')
        ?.querySelector('.leaflet-popup-close-button');
      button?.setAttribute('aria-label', closeLabel);
      button?.setAttribute('title', closeLabel);
    },
    [closeLabel],
  );

  useEffect(
    function fitWhenShownAndWhenTheMapLands() {
      // Once with this content, and again each time the map lands (picking another event of
      // this place may move it), so the whole popup shows.
      if (landing === undefined) return;
      fit();
      // The popup has its height now (map.css, from the room fit gives it).
      if (rootRef.current) scrollToTheSelectedEvent(rootRef.current);
    },
    [landing],
  );

  useEffect(
    function showTheSelectedEvent() {
      if (selectedId !== null && rootRef.current) scrollToTheSelectedEvent(rootRef.current);
    },
    [selectedId],
  );

  useEffect(
    function focusTheSelectedEventWhenAskedTo() {
      const root = rootRef.current;
      if (!takesFocus || !root) return;
      const item =
        root.querySelector<HTMLElement>('button[aria-current="true"]') ??
        root.querySelector<HTMLElement>('button');
      item?.focus({ preventScroll: true });
    },
    [takesFocus],
  );

  useEffect(
    function closeOnEscapeOrTheCloseButton() {
      // On the whole popup, Leaflet's × included (it sits outside this content): Escape and
      // the × both hand focus back to the place's handle, since the × takes focus with it.
      // The click is caught on its way down, before Leaflet's own handler closes the popup
      // (after which React unmounts this, listener and all, before the click reaches it).
      const popup = rootRef.current?.closest<HTMLElement>('.leaflet-popup');
      const handleKeyDown = (e: KeyboardEvent) => {
        if (e.key === 'Escape') onClose(true);
      };
      const handleClick = (e: MouseEvent) => {
        if ((e.target as Element).closest('.leaflet-popup-close-button')) onClose(true);
      };
      popup?.addEventListener('keydown', handleKeyDown);
      popup?.addEventListener('click', handleClick, { capture: true });
      return () => {
        popup?.removeEventListener('keydown', handleKeyDown);
        popup?.removeEventListener('click', handleClick, { capture: true });
      };
    },
    [onClose],
  );

  return (
    <div className="place-popup" ref={rootRef}>
      <h3 className="place-popup__name">
        {place.name}
        {place.kind === 'area' && (
          <span className="place-popup__approx"> · {words.approximateArea}</span>
        )}
      </h3>
      <PlaceSummary place={place} selectedId={selectedId} onSelect={onSelect} />
    </div>
  );
}
