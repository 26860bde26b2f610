// The page's entry point: fetches the graph data next to the page and mounts the viewer.
import type { ViewerData } from '../../src/query/viewer-data.js';
import { mountViewer } from './mount-viewer.js';
import './style.css';

/** Where the page finds its data: beside index.html, as `parley view` serves it. */
const DATA_URL = 'data.json';

async function start(): Promise<void> {
  const container = document.getElementById('app');
  if (container === null) throw new Error('viewer: the page has no #app element.');
  try {
    const response = await fetch(DATA_URL);
    if (!response.ok) throw new Error(`${DATA_URL}: HTTP ${response.status}`);
    const data = (await response.json()) as ViewerData;
    mountViewer(container, data, { debugHandle: true });
  } catch (error) {
    const message = document.createElement('p');
    message.className = 'load-error';
    message.textContent = `The graph could not be loaded (${error instanceof Error ? error.message : String(error)}).`;
    container.replaceChildren(message);
  }
}

void start();
