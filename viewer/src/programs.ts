// Sigma programs: one node-border program per entity type (its rings), straight and curved arrows for claims.
import { createNodeBorderProgram } from '@sigma/node-border';
import { EdgeCurvedArrowProgram, indexParallelEdgesIndex, DEFAULT_EDGE_CURVATURE } from '@sigma/edge-curve';
import type { EdgeProgramType, NodeProgramType } from 'sigma/rendering';
import { EdgeArrowProgram } from 'sigma/rendering';
import type { EntityType } from '../../src/types.js';
import { parallelCurvature, type ViewerGraph } from './create-graph.js';
import { NODE_STYLES, RING_COLORS, type Ring } from './node-styles.js';

function border(ring: Ring) {
  return {
    size: ring.size === 'fill' ? ({ fill: true } as const) : { value: ring.size },
    color: ring.paint === 'fill' ? { attribute: 'color' } : { value: RING_COLORS[ring.paint] },
  };
}

/** A node program for each entity type, keyed by the type (the nodes' `type` attribute). */
export function nodePrograms(): Record<EntityType, NodeProgramType> {
  const entries = Object.entries(NODE_STYLES).map(([type, style]) => [type, createNodeBorderProgram({ borders: style.rings.map(border) })]);
  return Object.fromEntries(entries) as Record<EntityType, NodeProgramType>;
}

/** Edge programs: a claim alone between two nodes is a straight arrow, parallel claims are curved arrows. */
export function edgePrograms(): Record<'straight' | 'curved', EdgeProgramType> {
  return { straight: EdgeArrowProgram, curved: EdgeCurvedArrowProgram };
}

/**
 * Marks parallel claims (same two nodes, either direction) as curved, each with its own curvature,
 * so that two claims between the same nodes are not drawn on top of each other.
 */
export function curveParallelEdges(graph: ViewerGraph): void {
  indexParallelEdgesIndex(graph, { edgeIndexAttribute: 'parallelIndex', edgeMinIndexAttribute: 'parallelMinIndex', edgeMaxIndexAttribute: 'parallelMaxIndex' });
  graph.updateEachEdgeAttributes((_edge, attributes) => {
    const { parallelIndex, parallelMinIndex, parallelMaxIndex, ...rest } = attributes as typeof attributes & {
      parallelIndex?: number | null;
      parallelMinIndex?: number | null;
      parallelMaxIndex?: number | null;
    };
    void parallelMinIndex;
    if (typeof parallelIndex !== 'number' || typeof parallelMaxIndex !== 'number' || parallelIndex === 0) {
      return { ...rest, type: 'straight', curvature: 0 };
    }
    return { ...rest, type: 'curved', curvature: parallelCurvature(parallelIndex, parallelMaxIndex, DEFAULT_EDGE_CURVATURE) };
  });
}
