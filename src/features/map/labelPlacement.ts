// Where each name on the map goes, and which names give way: a greedy placement by
// importance. No Leaflet and no DOM here, so the rule can be unit-tested on plain boxes.

/** A rectangle in screen pixels. */
export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** A shift from where a label is drawn by default. */
export interface Offset {
  readonly dx: number;
  readonly dy: number;
}

export interface LabelRequest {
  /** Where the label is drawn with no shift. */
  readonly box: Box;
  /** The positions it may take, best first (e.g. right of its pin, then left, above, below). */
  readonly candidates: readonly Offset[];
  /**
   * Never hidden, and may slide to stay inside the frame (the selected event's places).
   * Everything else gives way when it cannot fit.
   */
  readonly isRequired: boolean;
  /**
   * Any of its candidates reads as well as the first (a name right or left of its pin): it
   * takes the free one that covers the fewest labels still to come. Otherwise (an area's
   * label, whose first spot is its area's middle) it keeps its first spot when that is free,
   * and only when it must move does it pick the spot that covers the fewest.
   */
  readonly isFlexible?: boolean;
}

/** Pixels kept clear between two labels, and between a label and the frame's edge. */
export const LABEL_GAP = 2;

export const shift = (box: Box, { dx, dy }: Offset): Box => ({
  left: box.left + dx,
  top: box.top + dy,
  right: box.right + dx,
  bottom: box.bottom + dy,
});

export const overlaps = (a: Box, b: Box, gap = 0): boolean =>
  a.left < b.right + gap &&
  b.left < a.right + gap &&
  a.top < b.bottom + gap &&
  b.top < a.bottom + gap;

export const contains = (outer: Box, inner: Box): boolean =>
  inner.left >= outer.left &&
  inner.top >= outer.top &&
  inner.right <= outer.right &&
  inner.bottom <= outer.bottom;

/** The shift that brings `box` inside `frame` by the shortest way (none if it already is). */
function slideInside(box: Box, frame: Box): Offset {
  const dx =
    box.left < frame.left
      ? frame.left - box.left
      : box.right > frame.right
        ? frame.right - box.right
        : 0;
  const dy =
    box.top < frame.top
      ? frame.top - box.top
      : box.bottom > frame.bottom
        ? frame.bottom - box.bottom
        : 0;
  return { dx, dy };
}

const ORIGIN: Offset = { dx: 0, dy: 0 };

const add = (a: Offset, b: Offset): Offset => ({ dx: a.dx + b.dx, dy: a.dy + b.dy });

/**
 * Places labels in the order given (most important first). Each takes one of its candidates
 * that lie inside `frame` and clear of every obstacle and every label already placed: its
 * first if free and it is not flexible, else the one that covers the fewest labels still to
 * come (ties go to the earlier candidate), so a name that can step aside does. A label with
 * no free candidate is hidden (null),
 * unless it is required: then it tries its candidates slid inside the frame, then each of
 * those stepped just clear of what it covers, and if all of those collide it keeps its first
 * one slid inside. A label wholly outside the frame is hidden (or, if
 * required, left where it is): off the map, it collides with nothing the reader sees.
 */
export function placeLabels(
  labels: readonly LabelRequest[],
  obstacles: readonly Box[],
  frame: Box,
  gap = LABEL_GAP,
): (Offset | null)[] {
  const inner: Box = {
    left: frame.left + gap,
    top: frame.top + gap,
    right: frame.right - gap,
    bottom: frame.bottom - gap,
  };
  const taken: Box[] = [...obstacles];
  const isFree = (box: Box) => contains(inner, box) && !taken.some((t) => overlaps(t, box, gap));
  // Where each label would first go: what a candidate of an earlier label would cover.
  const defaults = labels.map(({ box, candidates }) => shift(box, candidates[0] ?? ORIGIN));
  const displaced = (box: Box, from: number) => {
    let count = 0;
    for (let j = from; j < defaults.length; j++) if (overlaps(box, defaults[j]!, gap)) count++;
    return count;
  };

  // A required label still blocked where it was slid (by a control in the frame's corner,
  // say): the shortest step off each box it covers, above, below or beside it, that leaves
  // it free and inside the frame.
  const stepAside =
    (box: Box) =>
    (from: Offset): Offset | undefined => {
      const at = shift(box, from);
      return taken
        .filter((t) => overlaps(t, at, gap))
        .flatMap((t): Offset[] => [
          { dx: 0, dy: t.top - gap - at.bottom },
          { dx: 0, dy: t.bottom + gap - at.top },
          { dx: t.left - gap - at.right, dy: 0 },
          { dx: t.right + gap - at.left, dy: 0 },
        ])
        .sort((a, b) => Math.hypot(a.dx, a.dy) - Math.hypot(b.dx, b.dy))
        .map((step) => add(from, step))
        .find((c) => isFree(shift(box, c)));
    };

  return labels.map(({ box, candidates, isRequired, isFlexible = false }, i) => {
    const options = candidates.length ? candidates : [ORIGIN];
    if (!overlaps(box, frame) && !options.some((c) => overlaps(shift(box, c), frame)))
      return isRequired ? options[0]! : null;

    let chosen: Offset | undefined;
    let fewest = Infinity;
    for (const c of options) {
      const moved = shift(box, c);
      if (!isFree(moved)) continue;
      // A label's first spot, when free, is its home unless any spot will do (see isFlexible).
      const cost = !isFlexible && c === options[0] ? -1 : displaced(moved, i + 1);
      if (cost < fewest) [chosen, fewest] = [c, cost];
      if (cost <= 0) break;
    }
    if (!chosen && isRequired) {
      const slid = options.map((c) => add(c, slideInside(shift(box, c), inner)));
      chosen =
        slid.find((c) => isFree(shift(box, c))) ??
        slid.map(stepAside(box)).find((c) => c !== undefined) ??
        slid[0]!;
    }
    if (!chosen) return null;
    taken.push(shift(box, chosen));
    return chosen;
  });
}
