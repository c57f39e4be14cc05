import { describe, expect, it } from 'vitest';
import {
  contains,
  overlaps,
  placeLabels,
  shift,
  type Box,
  type LabelRequest,
} from './labelPlacement.ts';

const frame: Box = { left: 0, top: 0, right: 400, bottom: 300 };
const box = (left: number, top: number, width = 60, height = 16): Box => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});
const at = (
  b: Box,
  isRequired = false,
  candidates = [{ dx: 0, dy: 0 }],
  isFlexible = false,
): LabelRequest => ({ box: b, candidates, isRequired, isFlexible });

describe('placeLabels', () => {
  it('keeps labels that fit where they are', () => {
    expect(placeLabels([at(box(10, 10)), at(box(100, 10))], [], frame)).toEqual([
      { dx: 0, dy: 0 },
      { dx: 0, dy: 0 },
    ]);
  });

  it('hides the less important of two overlapping labels', () => {
    expect(placeLabels([at(box(10, 10)), at(box(40, 15))], [], frame)).toEqual([
      { dx: 0, dy: 0 },
      null,
    ]);
  });

  it('tries the next candidate before giving up', () => {
    const candidates = [
      { dx: 0, dy: 0 },
      { dx: 0, dy: 30 },
    ];
    expect(placeLabels([at(box(10, 10)), at(box(40, 15), false, candidates)], [], frame)).toEqual([
      { dx: 0, dy: 0 },
      { dx: 0, dy: 30 },
    ]);
  });

  it('moves a flexible label to the candidate that leaves room for the labels after it', () => {
    const candidates = [
      { dx: 0, dy: 0 },
      { dx: 0, dy: 40 },
    ];
    // At its first candidate the first label would cover the second; below, it covers nothing.
    const flexible = at(box(10, 10), false, candidates, true);
    expect(placeLabels([flexible, at(box(40, 15))], [], frame)).toEqual([
      { dx: 0, dy: 40 },
      { dx: 0, dy: 0 },
    ]);
    // A label that is not flexible keeps its first free spot, and the one after gives way.
    const fixed = at(box(10, 10), false, candidates);
    expect(placeLabels([fixed, at(box(40, 15))], [], frame)).toEqual([{ dx: 0, dy: 0 }, null]);
  });

  it('once a label must leave its first spot, it takes the spot that covers the fewest', () => {
    const candidates = [
      { dx: 0, dy: 0 },
      { dx: 0, dy: 40 },
      { dx: 0, dy: -40 },
    ];
    // Home is blocked; below would cover the next label, above covers nothing.
    const blocked = at(box(100, 100), false, candidates);
    expect(placeLabels([blocked, at(box(110, 145))], [box(120, 105, 10, 10)], frame)).toEqual([
      { dx: 0, dy: -40 },
      { dx: 0, dy: 0 },
    ]);
  });

  it('hides a label the frame would cut, and one over an obstacle', () => {
    expect(
      placeLabels([at(box(370, 10)), at(box(100, 100))], [box(120, 105, 10, 10)], frame),
    ).toEqual([null, null]);
  });

  it('hides a label wholly outside the frame', () => {
    expect(placeLabels([at(box(500, 10))], [], frame)).toEqual([null]);
  });

  it('never hides a required label: it slides inside the frame', () => {
    const [offset] = placeLabels([at(box(370, 290), true)], [], frame);
    expect(offset).not.toBeNull();
    expect(contains(frame, shift(box(370, 290), offset!))).toBe(true);
  });

  it('keeps a required label even where everything collides, and others yield to it', () => {
    // A frame with no room to step aside in.
    const tight: Box = { left: 0, top: 0, right: 90, bottom: 30 };
    const placed = placeLabels(
      [at(box(10, 10), true), at(box(20, 12), true), at(box(30, 14))],
      [],
      tight,
    );
    expect(placed).toEqual([{ dx: 0, dy: 0 }, { dx: 0, dy: 0 }, null]);
  });

  it('steps a required label clear of a control it was slid under, inside the frame', () => {
    // The credits in the bottom-right corner; the selected area's name, centred on an area
    // at the frame's bottom edge, slides up inside the frame and lands on them.
    const credits: Box = { left: 200, top: 282, right: 400, bottom: 300 };
    const name = box(250, 290, 120, 24);
    const [offset] = placeLabels([at(name, true)], [credits], frame);
    const placed = shift(name, offset!);
    expect(overlaps(placed, credits)).toBe(false);
    expect(contains(frame, placed)).toBe(true);
    // By the shortest way: just above the credits.
    expect(placed.bottom).toBeGreaterThan(credits.top - 10);
  });

  it('steps the second of two overlapping required labels aside where there is room', () => {
    const placed = placeLabels([at(box(10, 10), true), at(box(20, 12), true)], [], frame);
    const [a, b] = [shift(box(10, 10), placed[0]!), shift(box(20, 12), placed[1]!)];
    expect(placed[0]).toEqual({ dx: 0, dy: 0 });
    expect(overlaps(a, b)).toBe(false);
  });

  it('leaves no two shown labels overlapping, whatever the input', () => {
    // A dense random scatter: the invariant, not a hand-picked case.
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const labels = Array.from({ length: 200 }, () =>
      at(box(random() * 420 - 10, random() * 320 - 10, 20 + random() * 80), false, [
        { dx: 0, dy: 0 },
        { dx: 20, dy: 0 },
        { dx: 0, dy: -20 },
      ]),
    );
    const placed = placeLabels(labels, [], frame);
    const shown = labels.flatMap((l, i) => (placed[i] ? [shift(l.box, placed[i])] : []));
    expect(shown.length).toBeGreaterThan(10);
    for (const [i, a] of shown.entries()) {
      expect(contains(frame, a)).toBe(true);
      for (const b of shown.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
    }
  });
});
