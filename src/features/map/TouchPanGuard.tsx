import { useEffect, useState } from 'react';
import { useMap, useMapEvents } from 'react-leaflet';

const isCoarsePointer = () => window.matchMedia('(pointer: coarse)').matches;

/**
 * On touch screens one finger scrolls the page, not the map: the map pans with two
 * fingers, or with one after a tap on it, until the reader touches outside it again.
 */
export function TouchPanGuard() {
  const map = useMap();
  const [isTouch] = useState(isCoarsePointer);
  const [isUnlocked, setIsUnlocked] = useState(false);
  useMapEvents({ click: () => setIsUnlocked(true) });

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

  if (!isTouch) return null;
  return (
    <p className="map-hint" aria-hidden="true">
      {isUnlocked
        ? 'Drag to pan. Touch outside the map to scroll the page.'
        : 'Use two fingers to move the map, or tap it first.'}
    </p>
  );
}
