import type { TimelineEntry } from '@/utils/dashboard/timeline';
import { formatTime } from '@/utils/dashboard/format-time';
import { SeverityChips } from './SeverityChips';

interface Props {
  entries: readonly TimelineEntry[];
  selectedVisit?: string;
  onSelectVisit(id: string | undefined): void;
}

/** A session's visits and step markers in time order; choosing a visit narrows the findings to it. */
export function Timeline({ entries, selectedVisit, onSelectVisit }: Props) {
  if (entries.length === 0) return <p class="muted">No page visited in this session.</p>;
  return (
    <ol class="timeline" data-testid="timeline">
      {entries.map((e) =>
        e.kind === 'marker' ? (
          <li key={e.id} class="marker" data-testid="marker">
            <span class="time">{formatTime(e.time)}</span> <span class="marker-label">▸ {e.label}</span>
          </li>
        ) : (
          <li key={e.id} class={e.id === selectedVisit ? 'visit selected' : 'visit'} data-testid="visit">
            <span class="time">{formatTime(e.time)}</span>{' '}
            <button
              type="button" class="link mono" aria-pressed={e.id === selectedVisit} title={e.title}
              onClick={() => onSelectVisit(e.id === selectedVisit ? undefined : e.id)}
            >
              {e.url}
            </button>{' '}
            <span class="tag">{e.pageType}</span> <SeverityChips counts={e.counts} />
          </li>
        ),
      )}
    </ol>
  );
}
