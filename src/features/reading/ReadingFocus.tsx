import { useEffect, useEffectEvent, useRef } from 'react';
import { selectedIdOf, type Selection } from '../../state/selection.ts';
import type { Move } from '../../state/useSelection.ts';

interface Props {
  readonly selection: Selection;
  readonly onSelect: (eventId: string, move?: Move) => void;
  readonly onStep: (delta: number) => void;
}

/**
 * Where the page meets the reader's scroll and focus; nothing else scrolls the page or
 * moves focus for a selection. The rules:
 * - selecting an event never scrolls the page up: the event's text is on the stage beside
 *   the map (on phones, docked under it). Where the dock covers the page's bottom edge
 *   (phones) and the map or the focused element is partly under it, the page scrolls
 *   down just enough to show them; the stepper stays under the thumb;
 * - scrolling the story selects the passage crossing the middle of the screen (a step:
 *   the URL entry is replaced, and the scroll is the reader's own);
 * - ← and → step from anywhere, except where those keys already mean something (the map,
 *   text fields, and the timeline, which handles its own keys);
 * - Back and Forward change the selection, not the scroll;
 * - a list marked `data-follows-selection` scrolls itself (never the page) to its current
 *   item, and focus follows only if it was already in that list.
 * Views mark what they show (`data-passage`, `aria-current`); this decides what moves.
 */
export function ReadingFocus({ selection, onSelect, onStep }: Props) {
  const selectedId = selectedIdOf(selection);
  const readPassage = useEffectEvent((eventIds: readonly string[]) => {
    if (selectedId !== null && eventIds.includes(selectedId)) return;
    if (eventIds[0]) onSelect(eventIds[0], 'step');
  });
  const stepBy = useEffectEvent((delta: number) => onStep(delta));
  // The page's scroll position when this module last saw it, or moved it itself: a change
  // from it is the reader scrolling. Null until the first report.
  const knownScrollY = useRef<number | null>(null);
  // The selection the page last responded to. A deep link or reload opens unscrolled.
  const respondedTo = useRef(selectedId);

  // Whether the docked stepper covers the page's bottom edge (the phone layout), as the
  // stylesheet says; read whenever the dock changes width, which it does when the layout
  // changes, so that a step never has to ask (a style query there would force a layout).
  const dockCoversPage = useRef(false);

  useEffect(function publishStickyHeights() {
    // The phone layout pads the page and its scroll targets by the docked stepper's height,
    // which depends on the event shown: measure it rather than guess.
    const root = document.documentElement;
    // The layout changes only with the dock's width; a step changes its height alone (the
    // event card), and then the style query (a style recalculation in the step's frame) is
    // not made again.
    const widths = new WeakMap<Element, number>();
    // Only that layout reads the heights: elsewhere (wide screens, where the card above the
    // map changes the dock's height at every step) they are not written, which would
    // restyle <html> in every step's frame.
    const observer = new ResizeObserver((entries) => {
      let isNewLayout = false;
      for (const { target, contentRect } of entries) {
        if (widths.get(target) !== contentRect.width) isNewLayout = true;
        widths.set(target, contentRect.width);
      }
      if (isNewLayout)
        dockCoversPage.current =
          getComputedStyle(root).getPropertyValue('--dock-covers-page').trim() === '1';
      if (!dockCoversPage.current) return;
      for (const { target } of entries) {
        const el = target as HTMLElement;
        const name = el.dataset.heightVar;
        if (name) root.style.setProperty(name, `${el.offsetHeight}px`);
      }
    });
    for (const el of document.querySelectorAll('[data-height-var]')) observer.observe(el);
    return () => observer.disconnect();
  }, []);

  useEffect(function keepBackAndForwardFromScrolling() {
    // Back and Forward move between selections, which live on the stage; letting the
    // browser restore each entry's scroll would swing the page (and the story would then
    // select whatever passage it landed on).
    const before = history.scrollRestoration;
    history.scrollRestoration = 'manual';
    return () => {
      history.scrollRestoration = before;
    };
  }, []);

  useEffect(function stepWithArrowKeysFromThePage() {
    function handleKeyDown(e: KeyboardEvent) {
      if (e.key === 'Home' || e.key === 'End') return jumpToAnEnd(e);
      const delta = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
      if (!delta || !isForThePage(e, OWN_ARROW_KEYS)) return;
      e.preventDefault();
      stepBy(delta);
    }
    document.addEventListener('keydown', handleKeyDown);
    return () => document.removeEventListener('keydown', handleKeyDown);
  }, []);

  useEffect(function selectThePassageBeingRead() {
    // A thin line across the middle of the screen, as in scrollama: the passage crossing
    // it is the one being read. On phones that is the band between the map and the dock.
    const observer = new IntersectionObserver(
      (entries) => {
        // Only the reader's own scrolling counts: not the first report (where the page
        // opened), nor text moving because a font loaded or a notice appeared, nor the
        // scroll below.
        const scrollY = window.scrollY;
        const hasScrolled = knownScrollY.current !== null && scrollY !== knownScrollY.current;
        knownScrollY.current = scrollY;
        if (!hasScrolled) return;
        const entered = entries.filter((entry) => entry.isIntersecting).at(-1);
        const ids = (entered?.target as HTMLElement | undefined)?.dataset.passage?.split(' ');
        if (ids) readPassage(ids);
      },
      { rootMargin: '-50% 0px -49% 0px' },
    );
    for (const el of document.querySelectorAll('[data-passage]')) observer.observe(el);
    return () => observer.disconnect();
  }, []);

  useEffect(
    function keepTheMapAndFocusClearOfTheDock() {
      if (respondedTo.current === selectedId) return;
      respondedTo.current = selectedId;
      if (!dockCoversPage.current) return;
      // The dock has just changed with the selection; measure it now, not its published height.
      const visibleBottom = dockTop();
      // Only ever down, and only as far as needed: the map whole (it sticks at the top
      // once scrolled to), and whatever has focus out from under the grown dock.
      const frame = document.querySelector('[data-keep-in-view]')?.getBoundingClientRect();
      const mapHidden = frame ? Math.min(frame.top, frame.bottom - visibleBottom) : 0;
      const focusHidden = focusUnder(visibleBottom);
      const by = Math.max(mapHidden, focusHidden);
      if (by <= 0) return;
      window.scrollBy({ top: by, behavior: 'instant' });
      knownScrollY.current = window.scrollY;
    },
    [selectedId],
  );

  useEffect(function keepNewFocusClearOfTheDock() {
    // The browser scrolls a newly focused link into view, but not out from under the
    // fixed dock (scroll-padding goes stale when the dock changes): finish the job.
    let frame = 0;
    const uncover = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        if (!dockCoversPage.current) return;
        const by = focusUnder(dockTop());
        if (by <= 0) return;
        window.scrollBy({ top: by, behavior: 'instant' });
        knownScrollY.current = window.scrollY;
      });
    };
    document.addEventListener('focusin', uncover);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('focusin', uncover);
    };
  }, []);

  // Lists that follow the selection are centred on their current item once laid out: when
  // the selection changes (in the frame that shows it; measured at once, the item's place
  // would cost a layout of the whole page before the map has even moved), and whenever the
  // list is shown or resized (the phone's "All events" opens on the current event).
  const listObserver = useRef<ResizeObserver | null>(null);

  useEffect(function centreListsOnTheirCurrentItem() {
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      for (const { target } of entries) centreOnCurrentItem(target as HTMLElement);
    });
    for (const list of document.querySelectorAll('[data-follows-selection]'))
      observer.observe(list);
    listObserver.current = observer;
    return () => {
      observer.disconnect();
      listObserver.current = null;
    };
  }, []);

  useEffect(
    function bringTheCurrentItemIntoItsList() {
      for (const list of document.querySelectorAll<HTMLElement>('[data-follows-selection]')) {
        const item = list.querySelector<HTMLElement>('[aria-current="true"]');
        // Roving focus: the old item just left the tab order, so focus moves with the selection.
        const movesFocus = selectedId !== null && item && document.activeElement !== item;
        if (movesFocus && list.contains(document.activeElement))
          item.focus({ preventScroll: true });
        // Observed afresh, a list is reported once more after the next layout, changed or not.
        listObserver.current?.unobserve(list);
        listObserver.current?.observe(list);
      }
    },
    [selectedId],
  );

  return null;
}

/**
 * Scrolls a list (never the page) to put its current item in its middle, or back to its
 * start when nothing is selected (the overview, Back to it), where its first item is.
 */
function centreOnCurrentItem(list: HTMLElement): void {
  // Measured by its list item, whose offsets are from the list: the link's own are from
  // the item, which is laid out on its own (contain: layout) and so its offset parent.
  const current = list.querySelector<HTMLElement>('[aria-current="true"]');
  const listItem = current?.closest<HTMLElement>('li');
  const item = listItem && list.contains(listItem) ? listItem : current;
  if (list.clientWidth === 0) return;
  if (!item) {
    list.scrollTo?.({ left: 0, top: 0, behavior: 'instant' });
    return;
  }
  const left = item.offsetLeft - (list.clientWidth - item.offsetWidth) / 2;
  const top = item.offsetTop - (list.clientHeight - item.offsetHeight) / 2;
  list.scrollTo?.({ left, top, behavior: 'instant' });
}

/**
 * Home and End outside the timeline (which handles its own, and prevents the default) go
 * to the page's top or bottom as the browser would, but at once: the browser's animated
 * scroll sweeps every passage across the reading line, and the last one it happened to
 * report would be selected. At either end no passage is on the line, so nothing is.
 */
function jumpToAnEnd(e: KeyboardEvent): void {
  // Fields, the map and the dock scroll (or mean) something of their own.
  if (!isForThePage(e, `${OWN_ARROW_KEYS}, [data-height-var]`)) return;
  e.preventDefault();
  const top = e.key === 'Home' ? 0 : document.documentElement.scrollHeight;
  window.scrollTo({ top, behavior: 'instant' });
}

/**
 * A key the page may take: not handled yet, with no modifier, and not pressed where it
 * already does something (`ownedBy`).
 */
function isForThePage(e: KeyboardEvent, ownedBy: string): boolean {
  if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return false;
  return !(e.target instanceof Element && e.target.closest(ownedBy));
}

/** Where ← and → already do something: the map pans, fields move the caret. */
const OWN_ARROW_KEYS = 'input, select, textarea, [contenteditable], [data-own-arrow-keys]';

/** Where the phone's docked stepper begins, from the top of the viewport. */
function dockTop(): number {
  const docks = [...document.querySelectorAll('[data-height-var]')];
  return Math.min(window.innerHeight, ...docks.map((dock) => dock.getBoundingClientRect().top));
}

/**
 * How far the page must scroll down to bring the focused control out from under the dock
 * (0 if it is clear). Only a control or link the reader focused counts: not the page
 * itself, nor anything in the dock.
 */
function focusUnder(visibleBottom: number): number {
  const focused = document.activeElement;
  if (!(focused instanceof HTMLElement) || focused === document.body) return 0;
  if (focused.closest('[data-height-var]')) return 0;
  const box = focused.getBoundingClientRect();
  return box.bottom > visibleBottom && box.height < visibleBottom
    ? box.bottom - visibleBottom + 8
    : 0;
}
