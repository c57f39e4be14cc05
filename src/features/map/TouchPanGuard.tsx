import { useEffect, useState } from 'react';
import { useMap, useMapEvents } from 'react-leaflet';
import { useBriefing } from '../../locale/useEdition.ts';
import { mapUi } from '../../locale/mapUi.ts';

const isCoarsePointer = () => window.matchMedia('(pointer: coarse)').matches;

/** How long the hint stays after the touch that called for it. */
const HINT_MS = 2500;

/**
 * On touch screens one finger scrolls the page, not the map: the map pans with two
 * fingers, or with one after a tap on it, until the reader touches outside it again. The
 * hint that says so shows when a finger lands on the map (not on a place, a popup or a
 * control), and goes after a moment, so it never keeps covering the map (and the names
 * LabelPlacement keeps clear of it).
 */
export function TouchPanGuard() {
  const map = useMap();
  const ui = mapUi[useBriefing().locale];
  const [isTouch] = useState(isCoarsePointer);
  const [isUnlocked, setIsUnlocked] = useState(false);
  const [isHintShown, setIsHintShown] = useState(false);
  useMapEvents({ click: () => setIsUnlocked(true) });

  useEffect(
    function showTheHintOnTouch() {
      if (!isTouch) return;
      const container = map.getContainer();
      let timer = 0;
      const show = (e: TouchEvent) => {
        // A finger on a place, its popup or a control means to use it, not to move the
        // map; the hint would only cover the popup it opens.
        if (
          (e.target as Element).closest?.('.leaflet-interactive, .leaflet-popup, .leaflet-control')
        )
          return;
        window.clearTimeout(timer);
        setIsHintShown(true);
      };
      const hideSoon = () => {
        window.clearTimeout(timer);
        timer = window.setTimeout(() => setIsHintShown(false), HINT_MS);
      };
      container.addEventListener('touchstart', show, { passive: true });
      container.addEventListener('touchend', hideSoon, { passive: true });
      container.addEventListener('touchcancel', hideSoon, { passive: true });
      return () => {
        window.clearTimeout(timer);
        container.removeEventListener('touchstart', show);
        container.removeEventListener('touchend', hideSoon);
        container.removeEventListener('touchcancel', hideSoon);
      };
    },
    [map, isTouch],
  );

  useEffect(
    function lockOneFingerPanning() {
      if (!isTouch) return;
      if (isUnlocked) map.dragging.enable();
      else map.dragging.disable();
    },
    [map, isTouch, isUnlocked],
  );

  useEffect(
    function relockOnTouchOutside() {
      if (!isTouch || !isUnlocked) return;
      const container = map.getContainer();
      const handlePointerDown = (e: PointerEvent) => {
        if (!container.contains(e.target as Node)) setIsUnlocked(false);
      };
      document.addEventListener('pointerdown', handlePointerDown);
      return () => document.removeEventListener('pointerdown', handlePointerDown);
    },
    [map, isTouch, isUnlocked],
  );

  if (!isTouch || !isHintShown) return null;
  return (
    <p className="map-hint" aria-hidden="true">
      {isUnlocked ? ui.touchUnlocked : ui.touchLocked}
    </p>
  );
}
