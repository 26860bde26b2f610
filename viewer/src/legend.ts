// The legend: party colours, node types by their rings, stance colours and the colours of inferred and contested claims.
import type { ViewerData } from '../../src/query/viewer-data.js';
import { el, lineIcon, ringsIcon } from './dom.js';
import { NODE_STYLES, NODE_TYPES, RING_COLORS, type Ring } from './node-styles.js';
import type { ViewerSettings } from './settings.js';

/** Radii of the SVG circles that draw `rings` (outside in) on a node of radius 9 filled with `color`. */
export function ringRadii(rings: readonly Ring[], color: string): { color: string; radius: number }[] {
  const radius = 9;
  const fixed = rings.reduce((sum, ring) => sum + (ring.size === 'fill' ? 0 : ring.size), 0);
  const fills = rings.filter((ring) => ring.size === 'fill').length;
  let outer = radius;
  return rings.map((ring) => {
    const circle = { color: ring.paint === 'fill' ? color : RING_COLORS[ring.paint], radius: outer };
    outer -= radius * (ring.size === 'fill' ? (1 - fixed) / fills : ring.size);
    return circle;
  });
}

function entry(doc: Document, icon: SVGSVGElement, text: string): HTMLLIElement {
  return el(doc, 'li', {}, [icon, el(doc, 'span', { text })]);
}

/** The legend element: a disclosure that starts open and can be folded to give the panel more room. */
export function legend(doc: Document, data: ViewerData, colors: ReadonlyMap<string, string>, settings: ViewerSettings): HTMLDetailsElement {
  const typeColor = settings.partyPalette[0]!;
  const parties = [
    ...data.parties.map((party) => entry(doc, ringsIcon(doc, [{ color: colors.get(party.id) ?? settings.neutralColor, radius: 9 }]), party.label)),
    entry(doc, ringsIcon(doc, [{ color: settings.sharedColor, radius: 9 }]), 'shared by several parties'),
    entry(doc, ringsIcon(doc, [{ color: settings.neutralColor, radius: 9 }]), 'no party'),
  ];
  const types = NODE_TYPES.filter((type) => data.nodes.some((node) => node.type === type)).map((type) =>
    entry(doc, ringsIcon(doc, ringRadii(NODE_STYLES[type].rings, typeColor)), NODE_STYLES[type].name),
  );
  const stances = [
    ...data.stances.map((stance) => entry(doc, lineIcon(doc, settings.stanceColors[stance]), stance)),
    entry(doc, lineIcon(doc, settings.relationColor), 'other relations'),
    ...(data.edges.some((edge) => edge.inferredBy.length > 0) ? [entry(doc, lineIcon(doc, settings.inferredColor), 'inferred: no article states it')] : []),
    ...(data.edges.some((edge) => edge.contested) ? [entry(doc, lineIcon(doc, settings.contestedColor), 'contested: another claim contradicts it')] : []),
  ];
  const section = (title: string, items: HTMLLIElement[]) => el(doc, 'section', {}, [el(doc, 'h3', { text: title }), el(doc, 'ul', {}, items)]);
  const details = el(doc, 'details', { className: 'legend' }, [
    el(doc, 'summary', { text: 'Legend' }),
    el(doc, 'div', { className: 'legend-sections' }, [section('Parties', parties), section('Types', types), section('Stances', stances)]),
  ]);
  details.open = true;
  return details;
}
