import type { Theme } from './types.ts';

/** What each theme means, in the legend's words. Colors live in the stylesheet (--theme-*). */
export const themes = [
  { id: 'warning', label: 'The warning' },
  { id: 'military', label: 'Military action and the arrest' },
  { id: 'security', label: 'Security on the ground' },
  { id: 'diplomacy', label: 'Diplomacy' },
  { id: 'oil', label: 'Oil and sanctions' },
] as const satisfies readonly { id: Theme; label: string }[];

export function themeLabel(theme: Theme): string {
  return themes.find((t) => t.id === theme)?.label ?? theme;
}
