/**
 * The branch map's layout, loaded with dagre in a chunk of its own the first time the map opens,
 * and kept for the story it was made for (a layout is a pure function of the story).
 */
import type { Story } from '../story/types';
import type { MapLayout, MapLayoutOptions } from './layout';

/** A node is an index card this size, in the map's own units. */
export const MAP_NODE = { width: 200, height: 56 } as const;

/** How the branch map (and `npm run story:graph`'s picture) lays the story out. */
export const MAP_LAYOUT: MapLayoutOptions = {
  nodeWidth: MAP_NODE.width,
  nodeHeight: MAP_NODE.height,
  gap: 24,
  rowGap: 40,
  bandLabelWidth: 180,
};

const made = new WeakMap<Story, Promise<MapLayout>>();

export function mapLayoutOf(story: Story): Promise<MapLayout> {
  let layout = made.get(story);
  if (!layout) {
    layout = import('./layout').then(({ layoutMap }) => layoutMap(story, MAP_LAYOUT));
    made.set(story, layout);
  }
  return layout;
}
