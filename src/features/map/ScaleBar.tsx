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

export const ScaleBar = createControlComponent<Control.Scale, Control.ScaleOptions>(
  (props) => new QuietScale(props) as Control.Scale,
);
