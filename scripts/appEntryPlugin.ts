import type { Plugin } from 'vite';

/** The app's entry (React and everything it renders), built as an entry of its own. */
export const APP_ENTRY = 'src/hydrate.tsx';
const PLACEHOLDER = 'BRIEFING_APP_FILE';

/**
 * Builds the pages (`pages`: index.html, and each edition's es/index.html) and
 * src/hydrate.tsx as an entry of its own and tells src/main.tsx (the page's entry) its
 * file name, so the page can load the app after its first paint with a plain script
 * element: no import(), so no preload helper in the page's entry.
 */
export function appEntryPlugin(pages: Record<string, string> = { index: 'index.html' }): Plugin {
  return {
    name: 'briefing-app-entry',
    apply: 'build',
    config(config) {
      const input = config.build?.rollupOptions?.input;
      if (input) throw new Error('appEntryPlugin sets build.rollupOptions.input itself');
      return { build: { rollupOptions: { input: { ...pages, app: APP_ENTRY } } } };
    },
    // A placeholder until the file names are known.
    transform(code, id) {
      if (!id.endsWith('/src/main.tsx')) return undefined;
      return { code: code.replaceAll(PLACEHOLDER, JSON.stringify(PLACEHOLDER)), map: null };
    },
    generateBundle(_options, bundle) {
      const app = Object.values(bundle).find(
        (c) => c.type === 'chunk' && c.isEntry && c.facadeModuleId?.endsWith(`/${APP_ENTRY}`),
      );
      if (!app) throw new Error(`No chunk for ${APP_ENTRY}`);
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.code.includes(PLACEHOLDER)) continue;
        // Both live in assets/: the page's entry finds the app beside itself.
        const relative = `./${app.fileName.split('/').pop()}`;
        chunk.code = chunk.code.replaceAll(`"${PLACEHOLDER}"`, JSON.stringify(relative));
        chunk.code = chunk.code.replaceAll(`'${PLACEHOLDER}'`, JSON.stringify(relative));
        chunk.code = chunk.code.replaceAll(`\`${PLACEHOLDER}\``, JSON.stringify(relative));
      }
    },
  };
}
