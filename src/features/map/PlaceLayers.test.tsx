// The pins' groups in a long story (the stress build's forty places): they follow the zoom,
// and a zoom that leaves them as they were renders nothing.
import { act, render } from '@testing-library/react';
import type { Map as LeafletMap } from 'leaflet';
import { Profiler } from 'react';
import { MapContainer } from 'react-leaflet';
import { describe, expect, it } from 'vitest';
import { createBriefing, english } from '../../data/index.ts';
import { EditionContext, englishEdition } from '../../locale/useEdition.ts';
import { places } from '../../../scripts/stress/generate.ts';
import { PlaceLayers } from './PlaceLayers.tsx';

const briefing = createBriefing({ ...english, places, events: [], sections: [] });

const groups = () => document.querySelectorAll('.place-cluster').length;
const pins = () => document.querySelectorAll('.place-pin').length;

function renderMap() {
  let map: LeafletMap | null = null;
  let commits = 0;
  render(
    <EditionContext value={{ ...englishEdition, briefing }}>
      <MapContainer
        ref={(m) => {
          map = m;
        }}
        center={[9, -66]}
        zoom={5}
        zoomAnimation={false}
        markerZoomAnimation={false}
        fadeAnimation={false}
      >
        <Profiler id="places" onRender={() => commits++}>
          <PlaceLayers highlightOf={() => null} onActivate={() => {}} onEscape={() => {}} />
        </Profiler>
      </MapContainer>
    </EditionContext>,
  );
  if (!map) throw new Error('no map');
  const zoomTo = (zoom: number) => act(() => void map!.setZoom(zoom, { animate: false }));
  return { zoomTo, commits: () => commits };
}

describe('the pins of a long story', () => {
  it('are grouped as the zoom needs, every place drawn once, alone or in a group', () => {
    const { zoomTo } = renderMap();
    const counts = [4, 6, 9, 12].map((zoom) => {
      zoomTo(zoom);
      const grouped = [...document.querySelectorAll('.place-cluster__count')].reduce(
        (sum, el) => sum + Number(el.textContent),
        0,
      );
      expect(pins() + grouped).toBe(places.length);
      return groups();
    });
    // Far out, most pins share a group; close in, none does.
    expect(counts[0]).toBeGreaterThan(0);
    expect(counts.at(-1)).toBe(0);
  });

  it('a zoom that leaves the groups as they were renders nothing', () => {
    const { zoomTo, commits } = renderMap();
    zoomTo(13);
    const before = commits();
    // Close in, no pin is near another: zooming closer changes no group.
    zoomTo(14);
    expect(commits()).toBe(before);
    // Far out, the groups change, and the layers render them.
    zoomTo(4);
    expect(commits()).toBeGreaterThan(before);
  });
});
