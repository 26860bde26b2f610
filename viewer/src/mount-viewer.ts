// Mounts the viewer in a page element: sigma renderer, layout, search, filters, side panel, legend and the view kept in the URL.
import { downloadAsPNG } from '@sigma/export-image';
import Sigma from 'sigma';
import type { CameraState } from 'sigma/types';
import type { ViewerData } from '../../src/query/viewer-data.js';
import type { Stance } from '../../src/types.js';
import { partyColors } from './colors.js';
import { createGraph, type EdgeAttributes, type NodeAttributes } from './create-graph.js';
import { el } from './dom.js';
import { computeVisibility, isUnfiltered, noFilters, type ViewFilters } from './filters.js';
import { startLayout } from './layout.js';
import { legend } from './legend.js';
import { matrixView } from './matrix-view.js';
import { labelCandidates, nodeLabels } from './node-labels.js';
import { edgePanel, emptyPanel, nodePanel } from './panel.js';
import { curveParallelEdges, edgePrograms, nodePrograms } from './programs.js';
import { emptyDisplayState, reduceEdge, reduceNode } from './reducers.js';
import { searchNodes, type Suggestion } from './search.js';
import { resolveViewerSettings, type ViewerSettings } from './settings.js';
import { formatUrlState, parseUrlState } from './url-state.js';
import { indexViewerData } from './viewer-index.js';

/** Options of mountViewer. */
export interface MountViewerOptions {
  readonly settings?: Partial<ViewerSettings>;
  /** Publish `window.__parley`, the handle tests and benchmarks read the viewer's state through. */
  readonly debugHandle?: boolean;
}

/** What `window.__parley` offers: the viewer's state, without scraping pixels. */
export interface ParleyDebugHandle {
  readonly order: number;
  readonly size: number;
  /** performance.now() when sigma first rendered the graph. */
  readonly firstRenderAt: number;
  state(): {
    selectedNode: string | null;
    selectedEdge: string | null;
    hoveredNode: string | null;
    filters: ViewFilters;
    suggestions: string[];
  };
  visibleNodes(): string[];
  visibleEdges(): string[];
  /** Where a node is drawn, in page pixels, or null when it is not drawn. */
  nodeOnPage(id: string): { x: number; y: number } | null;
  /** Rectangles of the node labels drawn now, in page pixels: what the label layout promises never to overlap. */
  labels(): { node: string; x: number; y: number; width: number; height: number }[];
  /** Middle of a claim drawn straight, in page pixels, or null when it is curved or not drawn. */
  edgeOnPage(id: string): { x: number; y: number } | null;
  /** Node positions in graph coordinates. */
  positions(): Record<string, [number, number]>;
  renders(): number;
  layout: { running(): boolean; iterations(): number; start(): void; stop(): void };
  camera(): CameraState;
  setCamera(state: CameraState): void;
  /** Moves the camera as a user's pan or zoom would (an animation), resolving when it arrives. */
  animateCamera(state: Partial<CameraState>, duration: number): Promise<void>;
}

/** Viewports at most this wide get the collapsible bottom panel. */
const NARROW = '(max-width: 760px)';
/** Font of labels, as the page's own text. */
const FONT = 'DejaVu Sans, Arial, sans-serif';
const LABEL_COLOR = '#222222';
/** Pixels kept free around each node label. */
const LABEL_MARGIN = 2;
/** Pixels between the graph's outermost nodes and the stage's edges, so that their discs and labels are not cut. */
const STAGE_PADDING = 40;
/** Milliseconds of camera stillness before the camera is written to the URL. */
const CAMERA_URL_DELAY = 300;

/** Mounts the viewer for `data` in `container` and returns the function that removes it. */
export function mountViewer(container: HTMLElement, data: ViewerData, options: MountViewerOptions = {}): () => void {
  const doc = container.ownerDocument;
  const win = doc.defaultView!;
  const settings = resolveViewerSettings(options.settings);
  const index = indexViewerData(data);
  const colors = partyColors(data.parties, settings);
  const graph = createGraph(data, settings);
  curveParallelEdges(graph);

  const narrow = win.matchMedia(NARROW);

  // Controls. Every label comes from the data and is set as text.
  const option = (value: string, text: string) => el(doc, 'option', { text, attrs: { value } });
  const searchInput = el(doc, 'input', {
    className: 'search-input',
    attrs: { type: 'search', placeholder: 'Search people, parties, topics…', 'aria-label': 'Search', autocomplete: 'off', role: 'combobox', 'aria-expanded': 'false', 'aria-controls': 'parley-suggestions' },
  });
  const suggestionList = el(doc, 'ul', { className: 'suggestions', attrs: { id: 'parley-suggestions', role: 'listbox' } });
  const partySelect = el(doc, 'select', { className: 'party-filter', attrs: { 'aria-label': 'Party' } }, [
    option('', 'All parties'),
    ...data.parties.map((party) => option(party.id, `Side: ${party.label}`)),
  ]);
  const stanceBoxes = new Map(
    data.stances.map((stance) => [stance, el(doc, 'input', { className: 'stance-filter', attrs: { type: 'checkbox', value: stance } })] as const),
  );
  const stanceFieldset = el(doc, 'fieldset', { className: 'stances' }, [
    el(doc, 'legend', { text: 'Stances' }),
    ...[...stanceBoxes].map(([stance, box]) => el(doc, 'label', { className: `stance stance-${stance}` }, [box, doc.createTextNode(stance)])),
  ]);
  const articleSelect = el(doc, 'select', { className: 'article-filter', attrs: { 'aria-label': 'Article' } }, [
    option('', 'All articles'),
    ...data.articles.map((article) => option(article.file, article.title === article.file ? article.file : `${article.title} (${article.file})`)),
  ]);
  const roundSelect = el(doc, 'select', { className: 'round-filter', attrs: { 'aria-label': 'Round' } }, [
    option('', 'All rounds'),
    ...data.rounds.map((round) => option(round.id, round.label)),
  ]);
  const button = (className: string, text: string) => el(doc, 'button', { className, text, attrs: { type: 'button' } });
  const layoutButton = button('layout-toggle', 'Start layout');
  const exportButton = button('export-png', 'Export PNG');
  const resetButton = button('reset-view', 'Reset');
  const panelToggle = button('panel-toggle', 'Details');
  const stage = el(doc, 'div', { className: 'stage', attrs: { 'aria-label': 'Graph' } });
  const panelBody = el(doc, 'div', { className: 'panel-body', attrs: { 'aria-live': 'polite' } });
  const root = el(doc, 'div', { className: 'parley-viewer' }, [
    el(doc, 'header', { className: 'toolbar' }, [
      el(doc, 'h1', { text: 'Parley' }),
      el(doc, 'div', { className: 'search' }, [searchInput, suggestionList]),
      partySelect,
      stanceFieldset,
      articleSelect,
      roundSelect,
      el(doc, 'div', { className: 'actions' }, [layoutButton, exportButton, resetButton]),
    ]),
    el(doc, 'main', { className: 'main' }, [stage]),
    el(doc, 'aside', { className: 'panel', attrs: { 'aria-label': 'Details' } }, [
      el(doc, 'div', { className: 'panel-header' }, [panelToggle]),
      panelBody,
      matrixView(doc, data.matrix, settings),
      legend(doc, data, colors, settings),
    ]),
  ]);
  container.replaceChildren(root);
  container.dataset.nodeCount = String(graph.order);
  container.dataset.edgeCount = String(graph.size);

  const state = emptyDisplayState();
  let filters: ViewFilters = noFilters(data);
  let suggestions: Suggestion[] = [];
  let activeSuggestion = 0;
  let renders = 0;

  const labels = nodeLabels({
    labelSize: settings.labelSize,
    font: FONT,
    color: LABEL_COLOR,
    background: '#ffffff',
    margin: LABEL_MARGIN,
    candidates: () => labelCandidates(renderer, state.hoveredNode),
    stage: () => renderer.getDimensions(),
  });
  const renderer = new Sigma(graph, stage, {
    nodeProgramClasses: nodePrograms(),
    edgeProgramClasses: edgePrograms(),
    defaultEdgeType: 'straight',
    renderEdgeLabels: true,
    hideEdgesOnMove: graph.size > settings.hideEdgesOnMoveAbove,
    enableEdgeEvents: true,
    zIndex: true,
    // Sigma's label grid would keep a few labels per cell and still let labels of neighbouring cells cross: it hands
    // every label over, and the label drawers keep those that fit, most important first.
    labelDensity: Number.POSITIVE_INFINITY,
    labelRenderedSizeThreshold: 0,
    labelSize: settings.labelSize,
    labelFont: FONT,
    labelColor: { color: LABEL_COLOR },
    edgeLabelFont: FONT,
    edgeLabelSize: settings.edgeLabelSize,
    edgeLabelColor: { color: LABEL_COLOR },
    stagePadding: STAGE_PADDING,
    nodeReducer: (node, attributes) => reduceNode(state, settings, node, attributes as NodeAttributes),
    edgeReducer: (edge, attributes) => reduceEdge(state, (key) => graph.extremities(key) as [string, string], edge, attributes as EdgeAttributes),
  });
  const firstRenderAt = win.performance.now();
  // The label drawers read the renderer, which sigma's constructor does not yet hand over when it first draws.
  renderer.on('beforeRender', labels.invalidate);
  renderer.setSettings({ defaultDrawNodeLabel: labels.drawLabel, defaultDrawNodeHover: labels.drawHover });
  renderer.on('afterRender', () => void (renders += 1));
  const camera = renderer.getCamera();
  const refresh = () => renderer.refresh({ skipIndexation: true });

  // The view in the URL: written on every change, read on load and when the user edits the fragment.
  const defaultCamera = camera.getState();
  const cameraForUrl = () => {
    const current = camera.getState();
    const moved = (['x', 'y', 'ratio'] as const).some((key) => Math.abs(current[key] - defaultCamera[key]) > 1e-4);
    return moved ? { x: current.x, y: current.y, ratio: current.ratio } : null;
  };
  const writeUrl = () => {
    const fragment = formatUrlState(
      { filters, selectedNode: state.selectedNode, selectedEdge: state.selectedEdge, camera: cameraForUrl() },
      data.stances,
    );
    const url = `${win.location.pathname}${win.location.search}${fragment === '' ? '' : `#${fragment}`}`;
    if (url !== `${win.location.pathname}${win.location.search}${win.location.hash}`) win.history.replaceState(null, '', url);
  };
  let cameraTimer: number | undefined;
  const onCameraUpdated = () => {
    win.clearTimeout(cameraTimer);
    cameraTimer = win.setTimeout(writeUrl, CAMERA_URL_DELAY);
  };
  camera.on('updated', onCameraUpdated);

  // The side panel.
  const setPanelOpen = (open: boolean) => {
    root.classList.toggle('panel-collapsed', !open);
    panelToggle.setAttribute('aria-expanded', String(open));
  };
  setPanelOpen(!narrow.matches);
  const renderPanel = () => {
    const node = state.selectedNode === null ? undefined : index.nodes.get(state.selectedNode);
    const edge = state.selectedEdge === null ? undefined : index.edges.get(state.selectedEdge);
    const actions = { selectNode: (id: string) => select('node', id, true), selectEdge: (id: string) => select('edge', id, false) };
    panelBody.replaceChildren(
      node !== undefined ? nodePanel(doc, index, node, actions) : edge !== undefined ? edgePanel(doc, index, edge, actions) : emptyPanel(doc, index),
    );
  };

  function select(kind: 'node' | 'edge' | null, id: string | null, focus: boolean): void {
    const node = kind === 'node' && id !== null && graph.hasNode(id) ? id : null;
    const edge = kind === 'edge' && id !== null && graph.hasEdge(id) ? id : null;
    state.selectedNode = node;
    state.selectedEdge = edge;
    state.selectedEnds = edge === null ? null : new Set(graph.extremities(edge));
    renderPanel();
    if (node !== null || edge !== null) setPanelOpen(true);
    refresh();
    if (focus && node !== null) {
      const position = renderer.getNodeDisplayData(node);
      if (position !== undefined) {
        void camera.animate({ x: position.x, y: position.y, ratio: Math.min(camera.ratio, settings.focusRatio) }, { duration: 400 });
      }
    }
    writeUrl();
  }

  // Filters.
  const syncControls = () => {
    partySelect.value = filters.party ?? '';
    articleSelect.value = filters.article ?? '';
    roundSelect.value = filters.round ?? '';
    for (const [stance, box] of stanceBoxes) box.checked = filters.stances.includes(stance);
  };
  const setFilters = (next: ViewFilters) => {
    filters = next;
    state.visibility = isUnfiltered(filters, data) ? null : computeVisibility(data, filters);
    syncControls();
    refresh();
    writeUrl();
  };
  const readControls = (): ViewFilters => ({
    party: partySelect.value === '' ? null : partySelect.value,
    stances: data.stances.filter((stance) => stanceBoxes.get(stance)!.checked),
    article: articleSelect.value === '' ? null : articleSelect.value,
    round: roundSelect.value === '' ? null : roundSelect.value,
  });
  const onFilterChange = () => setFilters(readControls());

  // Search with suggestions; choosing one selects the node and moves the camera to it.
  const showSuggestions = (found: Suggestion[], query: string) => {
    suggestions = found;
    activeSuggestion = 0;
    state.suggestions = query.trim() === '' ? null : new Set(found.map((s) => s.id));
    searchInput.setAttribute('aria-expanded', String(found.length > 0));
    suggestionList.replaceChildren(
      ...found.map((suggestion, position) => {
        const text = suggestion.matched === suggestion.label ? suggestion.label : `${suggestion.label} (${suggestion.matched})`;
        const item = el(doc, 'li', {
          className: position === activeSuggestion ? 'suggestion active' : 'suggestion',
          text,
          attrs: { role: 'option', 'data-node': suggestion.id },
        });
        // mousedown, not click: it comes before the input's blur, which clears the list.
        item.addEventListener('mousedown', (event) => {
          event.preventDefault();
          choose(suggestion.id);
        });
        return item;
      }),
    );
    refresh();
  };
  const choose = (id: string) => {
    searchInput.value = index.nodes.get(id)?.label ?? '';
    showSuggestions([], '');
    select('node', id, true);
  };
  const onSearchInput = () => {
    const visible = state.visibility;
    const candidates = visible === null ? data.nodes : data.nodes.filter((node) => visible.nodes.has(node.id));
    showSuggestions(searchNodes(candidates, searchInput.value, settings.searchLimit), searchInput.value);
  };
  const onSearchKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (suggestions.length === 0) return;
      activeSuggestion = (activeSuggestion + (event.key === 'ArrowDown' ? 1 : suggestions.length - 1)) % suggestions.length;
      suggestionList.querySelectorAll('li').forEach((item, position) => item.classList.toggle('active', position === activeSuggestion));
    } else if (event.key === 'Enter') {
      const chosen = suggestions[activeSuggestion];
      if (chosen !== undefined) choose(chosen.id);
    } else if (event.key === 'Escape') {
      showSuggestions([], '');
    }
  };
  const onSearchBlur = () => showSuggestions([], '');

  // Hover and clicks on the graph.
  renderer.on('enterNode', ({ node }) => {
    state.hoveredNode = node;
    state.hoveredNeighbours = new Set(graph.neighbors(node));
    refresh();
  });
  renderer.on('leaveNode', () => {
    state.hoveredNode = null;
    state.hoveredNeighbours = null;
    refresh();
  });
  renderer.on('clickNode', ({ node }) => select('node', node, false));
  renderer.on('clickEdge', ({ edge }) => select('edge', edge, false));
  renderer.on('clickStage', () => select(null, null, false));

  // Layout, export, reset, panel.
  const layout = startLayout(graph, {
    openingIterations: settings.layoutIterations,
    overrides: settings.layout,
    // Sigma draws on the next animation frame; the one after comes once the browser has shown it.
    waitForFrame: () => new Promise((done) => win.requestAnimationFrame(() => win.requestAnimationFrame(() => done()))),
    onChange: (running) => {
      layoutButton.textContent = running ? 'Stop layout' : 'Start layout';
      layoutButton.setAttribute('aria-pressed', String(running));
    },
  });
  const onLayoutClick = () => (layout.isRunning() ? layout.stop() : layout.start());
  const onExportClick = () => void downloadAsPNG(renderer, { fileName: 'parley-graph', backgroundColor: '#ffffff' });
  const onResetClick = () => {
    searchInput.value = '';
    showSuggestions([], '');
    setFilters(noFilters(data));
    select(null, null, false);
    void camera.animatedReset({ duration: 300 });
  };
  const onPanelToggle = () => setPanelOpen(root.classList.contains('panel-collapsed'));

  const applyUrl = () => {
    const url = parseUrlState(win.location.hash, data.stances);
    const party = data.parties.some((p) => p.id === url.filters.party) ? url.filters.party : null;
    const article = data.articles.some((a) => a.file === url.filters.article) ? url.filters.article : null;
    const round = data.rounds.some((r) => r.id === url.filters.round) ? url.filters.round : null;
    setFilters({ party, stances: url.filters.stances, article, round });
    if (url.camera !== null) camera.setState(url.camera);
    if (url.selectedEdge !== null) select('edge', url.selectedEdge, false);
    else select(url.selectedNode === null ? null : 'node', url.selectedNode, false);
  };

  const listeners: [EventTarget, string, EventListener][] = [
    [searchInput, 'input', onSearchInput],
    [searchInput, 'keydown', onSearchKey as EventListener],
    [searchInput, 'blur', onSearchBlur],
    [partySelect, 'change', onFilterChange],
    [articleSelect, 'change', onFilterChange],
    [roundSelect, 'change', onFilterChange],
    ...[...stanceBoxes.values()].map((box): [EventTarget, string, EventListener] => [box, 'change', onFilterChange]),
    [layoutButton, 'click', onLayoutClick],
    [exportButton, 'click', onExportClick],
    [resetButton, 'click', onResetClick],
    [panelToggle, 'click', onPanelToggle],
    [win, 'hashchange', applyUrl],
  ];
  for (const [target, type, listener] of listeners) target.addEventListener(type, listener);
  applyUrl();

  const nodeOnPage = (id: string) => {
    const position = graph.hasNode(id) ? renderer.getNodeDisplayData(id) : undefined;
    if (position === undefined) return null;
    const viewport = renderer.framedGraphToViewport(position);
    const box = stage.getBoundingClientRect();
    return { x: box.left + viewport.x, y: box.top + viewport.y };
  };
  const debug = win as unknown as { __parley?: ParleyDebugHandle };
  if (options.debugHandle === true) {
    debug.__parley = {
      order: graph.order,
      size: graph.size,
      firstRenderAt,
      state: () => ({
        selectedNode: state.selectedNode,
        selectedEdge: state.selectedEdge,
        hoveredNode: state.hoveredNode,
        filters: { ...filters, stances: [...filters.stances] as Stance[] },
        suggestions: suggestions.map((s) => s.id),
      }),
      visibleNodes: () => (state.visibility === null ? graph.nodes() : [...state.visibility.nodes]).sort(),
      visibleEdges: () => (state.visibility === null ? graph.edges() : [...state.visibility.edges]).sort(),
      nodeOnPage,
      labels: () => {
        const box = stage.getBoundingClientRect();
        return [...labels.drawn()]
          .map(([node, rect]) => ({ node, x: box.left + rect.x, y: box.top + rect.y, width: rect.width, height: rect.height }))
          .sort((a, b) => (a.node < b.node ? -1 : a.node > b.node ? 1 : 0));
      },
      edgeOnPage: (id) => {
        if (!graph.hasEdge(id) || graph.getEdgeAttribute(id, 'type') !== 'straight') return null;
        const [source, target] = graph.extremities(id).map(nodeOnPage);
        return source == null || target == null ? null : { x: (source.x + target.x) / 2, y: (source.y + target.y) / 2 };
      },
      positions: () => Object.fromEntries(graph.mapNodes((node, attributes) => [node, [attributes.x, attributes.y]])),
      renders: () => renders,
      layout: { running: () => layout.isRunning(), iterations: () => layout.iterations(), start: () => layout.start(), stop: () => layout.stop() },
      camera: () => camera.getState(),
      setCamera: (next) => camera.setState(next),
      animateCamera: (next, duration) => camera.animate(next, { duration }),
    };
  }

  return () => {
    for (const [target, type, listener] of listeners) target.removeEventListener(type, listener);
    win.clearTimeout(cameraTimer);
    camera.off('updated', onCameraUpdated);
    layout.kill();
    renderer.kill();
    if (options.debugHandle === true) delete debug.__parley;
    container.replaceChildren();
    delete container.dataset.nodeCount;
    delete container.dataset.edgeCount;
  };
}
