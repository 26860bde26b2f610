// Runs ForceAtlas2 in a web worker: a fixed number of iterations when the page opens, then on demand.
import { inferSettings, type ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import FA2Worker from 'graphology-layout-forceatlas2/worker.js';
import type { ViewerGraph } from './create-graph.js';

// The package is CommonJS with typings that declare an ES default export; the bundler hands over module.exports itself.
const FA2LayoutSupervisor = FA2Worker as unknown as typeof FA2Worker.default;

/** Options of startLayout. */
export interface LayoutOptions {
  /** Iterations run when the page opens. */
  readonly openingIterations: number;
  /** ForceAtlas2 settings laid over the inferred ones. */
  readonly overrides: Readonly<ForceAtlas2Settings>;
  /** Resolves once positions given to the graph are on screen: how long that takes paces the drawing. */
  readonly waitForFrame: () => Promise<void>;
  /** Told when the layout starts or stops. */
  readonly onChange: (running: boolean) => void;
}

/** Shortest time in milliseconds between two drawings of the running layout (about 30 per second). */
const MIN_DRAW_INTERVAL = 33;
/** After a drawing that took t, the next waits DRAW_SHARE × t, so that drawing takes at most a third of the time. */
const DRAW_SHARE = 2;

/** Controls the layout worker. */
export interface LayoutController {
  start(): void;
  stop(): void;
  isRunning(): boolean;
  /** Iterations run so far. */
  iterations(): number;
  kill(): void;
}

/**
 * Starts ForceAtlas2 (settings inferred from the graph's size, then `overrides`) and stops it after the opening
 * iterations. The worker iterates deterministically from the seeded positions, so a fixed count gives the same
 * picture on every opening. The worker moves a copy of the graph, and the drawn graph takes its positions only as
 * often as the screen keeps up (paced by `waitForFrame`), so that a slow renderer (no GPU, a large graph) does not
 * hold the iterations back; stopping draws the last positions at once.
 */
export function startLayout(graph: ViewerGraph, options: LayoutOptions): LayoutController {
  const moving = graph.copy();
  const supervisor = new FA2LayoutSupervisor(moving, { settings: { ...inferSettings(moving), ...options.overrides }, getEdgeWeight: null });
  let iterations = 0;
  let budget: number | null = options.openingIterations;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let drawing = false;
  let nextDrawAt = 0;
  let killed = false;
  const draw = () => {
    graph.updateEachNodeAttributes(
      (node, attributes) => {
        const { x, y } = moving.getNodeAttributes(node);
        return { ...attributes, x, y };
      },
      { attributes: ['x', 'y'] },
    );
  };
  const drawPaced = async () => {
    timer = undefined;
    drawing = true;
    const start = performance.now();
    draw();
    await options.waitForFrame();
    const took = performance.now() - start;
    drawing = false;
    nextDrawAt = performance.now() + Math.max(MIN_DRAW_INTERVAL, DRAW_SHARE * took);
  };
  // The supervisor writes each iteration's positions with one updateEachNodeAttributes call.
  const onIteration = () => {
    iterations += 1;
    if (budget !== null && iterations >= budget) controller.stop();
    else if (!drawing && timer === undefined && !killed) timer = setTimeout(() => void drawPaced(), Math.max(0, nextDrawAt - performance.now()));
  };
  moving.on('eachNodeAttributesUpdated', onIteration);
  const controller: LayoutController = {
    start() {
      if (supervisor.isRunning()) return;
      budget = null;
      supervisor.start();
      options.onChange(true);
    },
    stop() {
      budget = null;
      if (!supervisor.isRunning()) return;
      supervisor.stop();
      clearTimeout(timer);
      timer = undefined;
      draw();
      options.onChange(false);
    },
    isRunning: () => supervisor.isRunning(),
    iterations: () => iterations,
    kill() {
      killed = true;
      clearTimeout(timer);
      moving.off('eachNodeAttributesUpdated', onIteration);
      supervisor.kill();
    },
  };
  if (graph.order > 1 && options.openingIterations > 0) {
    supervisor.start();
    options.onChange(true);
  }
  return controller;
}
