import type { FindingRow } from '@/utils/db';
import { flowLayout } from '@/utils/panel/flow';
import { SEVERITY_COLOURS } from '@/utils/panel/severity';

/** page → component(s) → vendor(s), as SVG; every label is an SVG text node. */
export function FlowGraph({ findings, pageLabel }: { findings: readonly FindingRow[]; pageLabel: string }) {
  const g = flowLayout(findings, pageLabel);
  const at = new Map(g.nodes.map((n) => [n.id, n]));
  return (
    <svg class="flow" viewBox={`0 0 ${g.width} ${g.height}`} width="100%" role="img" aria-label={`Data flow: page to ${g.nodes.filter((n) => n.column === 1).length} component(s) to ${g.nodes.filter((n) => n.column === 2).length} vendor(s)`} data-testid="flow">
      {g.edges.map((e) => {
        const a = at.get(e.from);
        const b = at.get(e.to);
        if (!a || !b) return null;
        const y1 = a.y + g.boxHeight / 2;
        const y2 = b.y + g.boxHeight / 2;
        const x1 = a.x + g.boxWidth;
        const mid = (x1 + b.x) / 2;
        return (
          <path key={`${e.from}>${e.to}`} d={`M${x1},${y1} C${mid},${y1} ${mid},${y2} ${b.x},${y2}`} fill="none" stroke={SEVERITY_COLOURS[e.severity]} stroke-width={Math.min(4, 1 + Math.log2(e.count))}>
            <title>{`${e.count} finding(s), worst ${e.severity}`}</title>
          </path>
        );
      })}
      {g.nodes.map((n) => (
        <g key={n.id} class={`flow-node col-${n.column}`}>
          <title>{n.label}</title>
          <rect x={n.x} y={n.y} width={g.boxWidth} height={g.boxHeight} rx={4} />
          <text x={n.x + 6} y={n.y + g.boxHeight / 2 + 4}>{n.short}</text>
        </g>
      ))}
    </svg>
  );
}
