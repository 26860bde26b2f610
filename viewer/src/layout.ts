// Runs ForceAtlas2 in a web worker: a fixed number of iterations when the page opens, then on demand.
import { inferSettings, type ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import FA2Worker from 'graphology-layout-forceatlas2/worker.js';
import type { ViewerGraph } from './create-graph.js';

// The package is CommonJS with typings that declare an ES default export; the bundler hands over module.exports itself.
const FA2LayoutSupervisor = FA2Worker as unknown as typeof FA2Worker.default;

/** Controls the layout worker. */
export interface LayoutController {
  start(): void;
  stop(): void;
  isRunning(): boolean;
  /** Iterations applied to the graph so far. */
  iterations(): number;
  kill(): void;
}

/**
 * Starts ForceAtlas2 (settings inferred from the graph's size, then `overrides`) and stops it after `openingIterations`.
 * The worker iterates deterministically from the seeded positions, so a fixed count gives the same picture
 * on every opening. `onChange` is told when the layout starts or stops.
 */
export function startLayout(
  graph: ViewerGraph,
  openingIterations: number,
  overrides: Readonly<ForceAtlas2Settings>,
  onChange: (running: boolean) => void,
): LayoutController {
  const supervisor = new FA2LayoutSupervisor(graph, { settings: { ...inferSettings(graph), ...overrides }, getEdgeWeight: null });
  let iterations = 0;
  let budget: number | null = openingIterations;
  // The supervisor writes each iteration's positions with one updateEachNodeAttributes call.
  const onIteration = () => {
    iterations += 1;
    if (budget !== null && iterations >= budget) controller.stop();
  };
  graph.on('eachNodeAttributesUpdated', onIteration);
  const controller: LayoutController = {
    start() {
      if (supervisor.isRunning()) return;
      budget = null;
      supervisor.start();
      onChange(true);
    },
    stop() {
      budget = null;
      if (!supervisor.isRunning()) return;
      supervisor.stop();
      onChange(false);
    },
    isRunning: () => supervisor.isRunning(),
    iterations: () => iterations,
    kill() {
      graph.off('eachNodeAttributesUpdated', onIteration);
      supervisor.kill();
    },
  };
  if (graph.order > 1 && openingIterations > 0) {
    supervisor.start();
    onChange(true);
  }
  return controller;
}
