// How each entity type is drawn: concentric rings around the party colour, used by the node programs and the legend alike.
import type { EntityType } from '../../src/types.js';

/** A ring's paint: the node's own (party) colour, a dark ink or the background paper. */
export type RingPaint = 'fill' | 'ink' | 'paper';

/** One ring, from the outside in; `size` is a fraction of the radius, or `fill` for the rest of the disc. */
export interface Ring {
  readonly paint: RingPaint;
  readonly size: number | 'fill';
}

/** The look of one entity type and its name in the legend. */
export interface NodeStyle {
  readonly name: string;
  readonly rings: readonly Ring[];
}

/** Ink and paper colours of the rings. */
export const RING_COLORS: Readonly<Record<Exclude<RingPaint, 'fill'>, string>> = { ink: '#222222', paper: '#ffffff' };

/** Entity types in legend order, each with a ring pattern no other type shares. */
export const NODE_STYLES: Readonly<Record<EntityType, NodeStyle>> = {
  Party: { name: 'Party', rings: [{ paint: 'ink', size: 0.25 }, { paint: 'fill', size: 'fill' }] },
  Person: { name: 'Person', rings: [{ paint: 'paper', size: 0.1 }, { paint: 'fill', size: 'fill' }] },
  Delegation: { name: 'Delegation', rings: [{ paint: 'fill', size: 0.25 }, { paint: 'paper', size: 0.2 }, { paint: 'fill', size: 'fill' }] },
  Talks: { name: 'Round of talks', rings: [{ paint: 'ink', size: 0.15 }, { paint: 'fill', size: 0.35 }, { paint: 'ink', size: 'fill' }] },
  Place: { name: 'Place', rings: [{ paint: 'fill', size: 0.55 }, { paint: 'ink', size: 'fill' }] },
  Organization: { name: 'Organization', rings: [{ paint: 'ink', size: 0.1 }, { paint: 'paper', size: 0.12 }, { paint: 'fill', size: 'fill' }] },
  Office: { name: 'Office', rings: [{ paint: 'fill', size: 0.18 }, { paint: 'paper', size: 'fill' }] },
  Topic: { name: 'Topic', rings: [{ paint: 'fill', size: 0.4 }, { paint: 'paper', size: 'fill' }] },
};

/** Entity types in the order the legend lists them. */
export const NODE_TYPES = Object.keys(NODE_STYLES) as EntityType[];
