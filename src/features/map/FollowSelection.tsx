import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { useMap } from 'react-leaflet';
import { getEvent } from '../../data/index.ts';
import { useBriefing } from '../../locale/useEdition.ts';
import { afterNextPaint } from '../../hooks/afterNextPaint.ts';
import { prefersReducedMotion } from '../../hooks/usePrefersReducedMotion.ts';
import { jump } from './drawJumpsOnce.ts';
import { FIT_PADDING, OVERVIEW, targetOfEvent } from './geometry.ts';
import { PlacePopup, type Landing } from './PlacePopup.tsx';
import { bringPlaceIntoView } from './seenPart.ts';

/** The place whose popup the reader opened, and whether with the keyboard. */
export interface OpenPlace {
  readonly placeId: string;
  readonly byKeyboard: boolean;
  /** Counts openings, so a click that reopens the same place's popup makes a new one. */
  readonly serial: number;
}

interface Props {
  readonly selectedId: string | null;
  readonly onSelect: (eventId: string) => void;
  /** Null when no popup is open; BriefingMap clears it once the selection leaves the place. */
  readonly openPlace: OpenPlace | null;
  readonly onPopupClose: (closed: OpenPlace, refocus: boolean) => void;
}

/**
 * The map's whole response to the selection, in one place: it keeps Leaflet's idea of
 * the frame's size current, aims at the selected event's places (a flight, or a jump for
 * reduced motion; the overview when nothing is selected), and shows an opened place's
 * popup once the map has landed, so the popup can pan fully into view. The highlight is
 * declarative (PlaceLayers). It also brings a place into view when the reader reaches it
 * with the keyboard or closes its popup; nothing else moves the map except the reader and
 * the view buttons.
 */
export function FollowSelection({ selectedId, onSelect, openPlace, onPopupClose }: Props) {
  const map = useMap();
  const { getPlace } = useBriefing();
  // The selection the map last aimed at, and the one it has finished moving to. The first
  // view appears in place. (Compared by id, not a first-run flag, so StrictMode's double
  // effects change nothing.)
  const aimedAt = useRef<string | null | undefined>(undefined);
  // The landing matters only to a popup (open, or waiting to open): it is kept in state,
  // which renders this, only while the reader has one; a step's landing renders nothing.
  // (A new object at every landing: an aim made again lands again where it was, and the
  // popup must fit again after it.)
  const landedRef = useRef<string | null | undefined>(undefined);
  const [landing, setLanding] = useState<Landing | undefined>(undefined);
  const hasPopup = openPlace !== null;
  useEffect(
    function tellThePopupWhereTheMapIs() {
      const at = landedRef.current;
      if (hasPopup) setLanding(at === undefined ? undefined : { at });
    },
    [hasPopup],
  );
  const land = useEffectEvent((eventId: string | null) => {
    landedRef.current = eventId;
    if (hasPopup) setLanding({ at: eventId });
  });

  // An aim not yet painted (a step's; the first view's, made in a frame callback, for two
  // frames), made again with the frame measured if the frame turns out to have changed
  // size under it.
  const aimAgain = useRef<(() => void) | null>(null);

  useEffect(
    function keepLeafletSizeCurrent() {
      // Leaflet measures its frame only on window resizes; the frame also changes with the
      // event card above it (there is none at the overview) and a notice. The observer hears
      // of a new size once the page is laid out, before it is painted, when reading the size
      // costs nothing: a step that aimed with the old size aims again, in the same frame.
      const container = map.getContainer();
      const observer = new ResizeObserver(() => {
        const known = map.getSize();
        if (known.x === container.clientWidth && known.y === container.clientHeight) return;
        if (aimAgain.current) aimAgain.current();
        else map.invalidateSize({ pan: false });
      });
      observer.observe(container);
      return () => observer.disconnect();
    },
    [map],
  );

  useEffect(
    function aimAtSelection() {
      if (aimedAt.current === selectedId) return;
      const event = selectedId ? getEvent(selectedId) : undefined;
      const target = event ? targetOfEvent(event) : { kind: 'box' as const, box: OVERVIEW };
      const handleLanded = () => land(selectedId);
      const padding = { padding: [...FIT_PADDING] as [number, number] };
      const animate = aimedAt.current !== undefined && !prefersReducedMotion();
      // The event card comes or goes (there is none at the overview), and the frame with
      // it, or this is the first view: Leaflet measures the frame before it aims. Between
      // two events the card keeps its height (styles.css), and so does the frame: reading
      // its size there would lay the page out in the middle of the step. (Should it change
      // after all, the observer above has the map aim again.)
      const measureFirst = (aimedAt.current ?? null) === null || selectedId === null;
      const move = (isMeasured: boolean) => {
        // A new size ends a move of its own, whose `moveend` is not the landing.
        if (isMeasured) map.invalidateSize({ pan: false });
        if (animate) {
          if (target.kind === 'view') map.flyTo(target.center, target.zoom, { duration: 1.2 });
          else map.flyToBounds(target.box, { ...padding, duration: 1.2 });
          // The landing is the flight's own end, listened for once it is under way: a
          // flight first stops any pan in progress, whose `moveend` fires inside flyTo.
          // (Leaflet's pan of a clicked place into view was one. Taken for the landing,
          // it opened the popup as the flight took off, and the flight carried the popup
          // out of the frame.)
          map.once('moveend', handleLanded);
        } else {
          if (target.kind === 'view') map.setView(target.center, target.zoom, { animate: false });
          else map.fitBounds(target.box, { ...padding, animate: false });
          // A jump has landed when it returns.
          handleLanded();
        }
      };
      const aim = (isMeasured: boolean) => {
        aimedAt.current = selectedId;
        map.off('moveend', handleLanded);
        // A jump's paths are drawn once, where it lands (drawJumpsOnce.ts); a flight's as it goes.
        if (animate) move(isMeasured);
        else jump(map, () => move(isMeasured));
      };
      // A step's aim runs once every view has written its change (this runs after all the
      // step's effects), still in the task that made the step (a click, a key): the map
      // moves while the browser would otherwise wait for the next frame. The first view
      // waits for a frame instead, apart from the task that made the map: one long task
      // there would hold up the page's first interaction.
      let isCancelled = false;
      let stopWaiting = () => {};
      const aimUnlessCancelled = () => {
        if (isCancelled) return;
        aim(measureFirst);
        aimAgain.current = () => aim(true);
        stopWaiting = afterNextPaint(() => {
          aimAgain.current = null;
        });
      };
      if (aimedAt.current === undefined) requestAnimationFrame(aimUnlessCancelled);
      else queueMicrotask(aimUnlessCancelled);
      return () => {
        isCancelled = true;
        stopWaiting();
        aimAgain.current = null;
        map.off('moveend', handleLanded);
      };
    },
    [map, selectedId],
  );

  useEffect(
    function bringKeyboardFocusIntoView() {
      // A place reached with the keyboard comes into the part of the frame the reader sees.
      // Not one focused by a click or a tap (the map moving under the pointer made it
      // miss), nor by a popup handing focus back (its close brings the place into view),
      // nor while the map is on its way (a pan's end would pass for the landing).
      const container = map.getContainer();
      const handleFocus = (event: FocusEvent) => {
        const { target, relatedTarget } = event;
        const handle = target instanceof Element && target.closest('[data-place-handle]');
        if (!handle || !handle.matches(':focus-visible')) return;
        if (relatedTarget instanceof Element && relatedTarget.closest('.leaflet-popup')) return;
        if (landedRef.current !== aimedAt.current) return;
        bringPlaceIntoView(map, handle.getAttribute('data-place-handle') ?? '');
      };
      container.addEventListener('focusin', handleFocus);
      return () => container.removeEventListener('focusin', handleFocus);
    },
    [map],
  );

  // The popup on screen. It opens only once the map has landed, so that Leaflet can pan
  // it into view; then it stays while the reader picks other events of its place.
  const [shown, setShown] = useState<OpenPlace | null>(null);
  if (openPlace !== shown && (openPlace === null || landing?.at === selectedId))
    setShown(openPlace);

  const place = shown && shown === openPlace ? getPlace(shown.placeId) : undefined;
  if (!place || !shown) return null;
  return (
    <PlacePopup
      key={shown.serial}
      place={place}
      selectedId={selectedId}
      onSelect={onSelect}
      takesFocus={shown.byKeyboard}
      landing={landing}
      onClose={(refocus) => {
        onPopupClose(shown, refocus);
        // Closed by the reader (× or Escape, which hand focus back to the place): the
        // place, which the popup's pan may have left at an edge or past the window's, comes
        // back into view. Not while the map is on its way elsewhere, where it lands on it.
        if (refocus && landedRef.current === aimedAt.current) {
          bringPlaceIntoView(map, shown.placeId);
        }
      }}
    />
  );
}
