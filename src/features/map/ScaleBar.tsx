import { Control } from 'leaflet';
import { createControlComponent } from '@react-leaflet/core';

/**
 * Leaflet's scale bar, rewritten only when it changes. The stock one sets each bar's
 * width and markup on every `move`, a jump fires several, and each new markup is parsed
 * as HTML and laid out again; its text is plain, so this writes text, and only a new one.
 */
const QuietScale = Control.Scale.extend({
  _updateScale(
    this: { options: { maxWidth: number } },
    bar: HTMLElement,
    text: string,
    ratio: number,
  ) {
    const width = `${Math.round(this.options.maxWidth * ratio)}px`;
    if (bar.style.width !== width) bar.style.width = width;
    if (bar.textContent !== text) bar.textContent = text;
  },
});

/**
 * The bars' longest, in pixels. A bar is at least half of it (Leaflet rounds the distance
 * down to 1, 2, 3 or 5 times a power of ten), and half of Leaflet's 100 px was narrower
 * than "1000 mi" or "1000 km": the words ran past the bar's end.
 */
export const SCALE_MAX_WIDTH = 130;

export const ScaleBar = createControlComponent<Control.Scale, Control.ScaleOptions>(
  (props) => new QuietScale({ maxWidth: SCALE_MAX_WIDTH, ...props }) as Control.Scale,
);
