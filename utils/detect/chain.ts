// A transform chain as a linked list, so descending into a value allocates one small node and no array.
// JSON paths are rendered only when a match needs them.

export interface ChainNode {
  readonly el: string;
  readonly parent: ChainNode | null;
  /** JSON path or parameter name this node names, if any. */
  readonly path?: string;
}

export function link(parent: ChainNode | null, el: string, path?: string): ChainNode {
  return path === undefined ? { el, parent } : { el, parent, path };
}

/** One step of a JSON path: an object member or an array index. */
export interface PathStep {
  readonly up: PathStep | null;
  readonly key: string | number;
}

const IDENT = /^[A-Za-z_$][\w$]*$/;

export function renderPath(step: PathStep | null): string {
  const parts: string[] = [];
  for (let s = step; s; s = s.up) {
    const k = s.key;
    parts.push(typeof k === 'number' ? `[${k}]` : IDENT.test(k) ? `.${k}` : `[${JSON.stringify(k)}]`);
  }
  return '$' + parts.reverse().join('');
}

/** The chain node of a JSON value: `json:$.messages[1].content`, rendered on first use. */
export class JsonNode implements ChainNode {
  private rendered: string | undefined;

  constructor(
    readonly parent: ChainNode | null,
    private readonly step: PathStep | null,
  ) {}

  get path(): string {
    return (this.rendered ??= renderPath(this.step));
  }

  get el(): string {
    return `json:${this.path}`;
  }
}

/** Outermost first. */
export function chainArray(node: ChainNode | null): string[] {
  const out: string[] = [];
  for (let n = node; n; n = n.parent) out.push(n.el);
  return out.reverse();
}

/** The innermost JSON path or parameter name on the chain. */
export function chainPath(node: ChainNode | null): string | undefined {
  for (let n = node; n; n = n.parent) if (n.path !== undefined) return n.path;
  return undefined;
}

/** How many times a decoder already ran on this chain (e.g. percent-decoding at most 3 layers). */
export function countEl(node: ChainNode | null, el: string): number {
  let k = 0;
  for (let n = node; n; n = n.parent) if (!(n instanceof JsonNode) && n.el === el) k++;
  return k;
}
