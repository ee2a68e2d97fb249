import { useState } from 'preact/hooks';
import type { FindingRow as Row } from '@/utils/db';
import { flattenGroups, groupByVendor, type ListItem } from '@/utils/panel/group';
import { FindingRow } from './FindingRow';
import { VirtualList } from './VirtualList';

/** Findings grouped by vendor, windowed so thousands of rows stay quick. */
export function FindingList({ findings, label = 'Findings' }: { findings: readonly Row[]; label?: string }) {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const items = flattenGroups(groupByVendor(findings));
  const render = (item: ListItem) =>
    item.kind === 'group' ? (
      <h3 class="vendor-heading" data-testid="vendor-group">
        <span>{item.group.vendor}</span>
        <span class="muted">
          {[item.group.serviceCategory, item.group.country, `${item.group.findings.length} finding${item.group.findings.length === 1 ? '' : 's'}`].filter(Boolean).join(' · ')}
        </span>
      </h3>
    ) : (
      <FindingRow finding={item.finding} expanded={open.has(item.finding.id)} onToggle={() => toggle(item.finding.id)} />
    );
  return <VirtualList items={items} keyOf={(i) => i.key} estimate={(i) => (i.kind === 'group' ? 30 : open.has(i.key) ? 320 : 104)} render={render} label={label} class="finding-list" />;
}
