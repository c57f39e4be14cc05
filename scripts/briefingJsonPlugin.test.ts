import type { HtmlTagDescriptor } from 'vite';
import { describe, expect, it } from 'vitest';
import { headTags, loadData } from './briefingJsonPlugin.ts';

const loaded = await loadData();
const links = (tags: HtmlTagDescriptor[]) =>
  tags.filter((t) => t.tag === 'link').map((t) => t.attrs as Record<string, string>);

describe('the page head', () => {
  it('with the site’s address, names each page’s canonical URL and both editions, absolutely', () => {
    const site = 'https://news.example/venezuela/';
    expect(links(headTags(loaded, site, 'es', ['en', 'es']))).toEqual([
      { rel: 'canonical', href: `${site}es/` },
      { rel: 'alternate', hreflang: 'en', href: site },
      { rel: 'alternate', hreflang: 'es', href: `${site}es/` },
      { rel: 'alternate', hreflang: 'x-default', href: site },
    ]);
    expect(links(headTags(loaded, site, 'en', ['en', 'es']))[0]).toEqual({
      rel: 'canonical',
      href: site,
    });
  });

  it('without it, names no canonical URL or alternates, which search engines need absolute', () => {
    expect(links(headTags(loaded, null, 'es', ['en', 'es']))).toEqual([]);
  });
});
