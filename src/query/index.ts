// The query module's public API: what callers read from a Parley graph.
export { getViewerData, type ViewerArticle, type ViewerData, type ViewerEdge, type ViewerNode, type ViewerParty, type ViewerQuote } from './viewer-data.js';
