// A tiny element builder that only ever sets text with textContent, never HTML.

/** Attributes and text of a new element. */
export interface ElementSpec {
  readonly className?: string;
  /** Set with textContent: markup in it stays text. */
  readonly text?: string;
  readonly attrs?: Readonly<Record<string, string>>;
}

/** Creates `<tag>` in `doc` with a class, text and attributes, and appends `children`. */
export function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  spec: ElementSpec = {},
  children: readonly (Node | null)[] = [],
): HTMLElementTagNameMap[K] {
  const element = doc.createElement(tag);
  if (spec.className !== undefined) element.className = spec.className;
  if (spec.text !== undefined) element.textContent = spec.text;
  for (const [name, value] of Object.entries(spec.attrs ?? {})) element.setAttribute(name, value);
  for (const child of children) if (child !== null) element.append(child);
  return element;
}

const SVG = 'http://www.w3.org/2000/svg';

/** A small SVG of concentric circles, `rings` from the outside in, as the legend draws node types and colours. */
export function ringsIcon(doc: Document, rings: readonly { color: string; radius: number }[], size = 18): SVGSVGElement {
  const svg = doc.createElementNS(SVG, 'svg');
  svg.setAttribute('width', String(size));
  svg.setAttribute('height', String(size));
  svg.setAttribute('viewBox', '-10 -10 20 20');
  svg.setAttribute('aria-hidden', 'true');
  for (const ring of rings) {
    const circle = doc.createElementNS(SVG, 'circle');
    circle.setAttribute('r', String(ring.radius));
    circle.setAttribute('fill', ring.color);
    svg.append(circle);
  }
  return svg;
}

/** A short line of one colour, as the legend draws an edge colour. */
export function lineIcon(doc: Document, color: string, size = 18): SVGSVGElement {
  const svg = doc.createElementNS(SVG, 'svg');
  svg.setAttribute('width', String(size));
  svg.setAttribute('height', String(size));
  svg.setAttribute('viewBox', '0 0 20 20');
  svg.setAttribute('aria-hidden', 'true');
  const line = doc.createElementNS(SVG, 'line');
  for (const [name, value] of Object.entries({ x1: '1', y1: '10', x2: '19', y2: '10', stroke: color, 'stroke-width': '3' })) {
    line.setAttribute(name, value);
  }
  svg.append(line);
  return svg;
}
