// What has keyboard focus: what kind of control, whether it shows a focus indicator, and
// whether any of it can be seen (WCAG 2.4.11: not hidden behind the sticky timeline).
import type { Page } from 'playwright-core';

export interface Focused {
  /** skip-link, timeline-step, timeline-event, map-toolbar, map, marker, event-link, footer-link… */
  readonly kind: string;
  /** Its accessible label or text, shortened. */
  readonly name: string;
  /** Computed outline-style, outline-width (px) and box-shadow while focused. */
  readonly outline: string;
  readonly outlineWidth: number;
  readonly boxShadow: string;
  /** Whether the focused element is the topmost element at some point of it in the viewport. */
  readonly visible: boolean;
  /** When it is not: what is on top at its centre (closest element with a class). */
  readonly coveredBy: string;
}

/**
 * Describes the focused element as the reader sees it: once the page has answered the move
 * (it scrolls focus out from under the phone's dock in the frame after, and again if the
 * dock then changes with what scrolling selected), a few frames at most.
 */
export function describeFocus(page: Page): Promise<Focused> {
  return page.evaluate(async () => {
    // This runs in the page, where the module's own scope cannot be reached.
    // oxlint-disable-next-line unicorn/consistent-function-scoping
    const painted = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
    await painted();
    const el = document.activeElement;
    if (!el || el === document.body)
      return {
        kind: 'body',
        name: '',
        outline: 'none',
        outlineWidth: 0,
        boxShadow: 'none',
        visible: false,
        coveredBy: '',
      };
    const kinds: [string, string][] = [
      ['.skip-link', 'skip-link'],
      ['.timeline__step', 'timeline-step'],
      ['#timeline-list a', 'timeline-event'],
      ['.map-toolbar button, .map-toolbar input', 'map-toolbar'],
      ['.leaflet-marker-icon', 'marker'],
      ['.leaflet-container', 'map'],
      ['#story a.event-link', 'event-link'],
      ['.page-footer a', 'footer-link'],
    ];
    const kind = kinds.find(([selector]) => el.matches(selector))?.[1] ?? el.tagName.toLowerCase();
    const style = getComputedStyle(el);
    // Sample a 3×3 grid over each line box; a point counts if the element is on top there.
    const isVisible = () => {
      for (const rect of el.getClientRects())
        for (const fx of [0.1, 0.5, 0.9])
          for (const fy of [0.25, 0.5, 0.75]) {
            const x = rect.left + rect.width * fx;
            const y = rect.top + rect.height * fy;
            if (x < 0 || y < 0 || x >= window.innerWidth || y >= window.innerHeight) continue;
            const hit = document.elementFromPoint(x, y);
            if (hit && el.contains(hit)) return true;
          }
      return false;
    };
    let visible = isVisible();
    for (let frames = 0; frames < 8 && !visible; frames++) {
      await painted();
      visible = isVisible();
    }
    const box = el.getBoundingClientRect();
    const atCentre = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    const coveredBy =
      visible || !atCentre
        ? ''
        : [...(atCentre.closest('[class]')?.classList ?? [])].map((c) => `.${c}`).join('');
    return {
      kind,
      name: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 60),
      coveredBy,
      outline: style.outlineStyle,
      outlineWidth: parseFloat(style.outlineWidth) || 0,
      boxShadow: style.boxShadow,
      visible,
    };
  });
}

/** An outline or a box-shadow: what the stylesheet uses to show focus. */
export const hasFocusIndicator = (f: Focused) =>
  (f.outline !== 'none' && f.outlineWidth > 0) || f.boxShadow !== 'none';
