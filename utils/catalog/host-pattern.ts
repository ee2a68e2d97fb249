/**
 * Host patterns: compiled once into a literal suffix (the index key) and label matchers.
 *
 * Why: matching must respect label boundaries (`evilopenai.com` is not `*.openai.com`), and a
 * lookup must not scan every pattern per request. Each pattern is split into its longest literal
 * tail, which keys a Map walked suffix by suffix (match-host.ts), and the labels before it.
 *
 * Syntax: `a.b.c` exact; a leading `*` label matches one or more labels (`*.openai.azure.com`);
 * any other `*` matches one or more characters inside a single label (`*-dsn.algolia.net`,
 * `bedrock-runtime.*.amazonaws.com`).
 */

export interface CompiledHostPattern {
  /** The exact host for exact patterns, else the literal labels after the last wildcard label. */
  literal: string;
  exact: boolean;
  /** Leading `*` label: any depth of extra labels. */
  anyDepth: boolean;
  /** Matchers for the labels before `literal` (without the leading `*` when anyDepth). */
  labels: (string | RegExp)[];
}

function labelMatcher(label: string): string | RegExp {
  if (!label.includes('*')) return label;
  const parts = label.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\-]/g, '\\$&'));
  return new RegExp(`^${parts.join('(.+)')}$`);
}

export function compileHostPattern(pattern: string): CompiledHostPattern {
  const labels = pattern.toLowerCase().split('.');
  if (labels.some((l) => l === '')) throw new Error(`empty label in host pattern ${pattern}`);
  let split = labels.length;
  while (split > 0 && !labels[split - 1]!.includes('*')) split--;
  if (split === labels.length) throw new Error(`host pattern ${pattern} needs a literal suffix`);
  const literal = labels.slice(split).join('.');
  if (split === 0) return { literal, exact: true, anyDepth: false, labels: [] };
  const anyDepth = labels[0] === '*';
  return { literal, exact: false, anyDepth, labels: labels.slice(anyDepth ? 1 : 0, split).map(labelMatcher) };
}

/**
 * Matches the labels in front of the literal suffix. Returns the text the first `*` captured
 * ('' when none), or null when the labels do not fit.
 */
export function matchLabels(pattern: CompiledHostPattern, front: readonly string[]): string | null {
  const need = pattern.labels.length;
  if (pattern.anyDepth ? front.length <= need : front.length !== need) return null;
  const offset = front.length - need;
  let capture: string | null = null;
  for (let i = 0; i < need; i++) {
    const m = pattern.labels[i]!;
    const label = front[offset + i]!;
    if (typeof m === 'string') {
      if (m !== label) return null;
      continue;
    }
    const hit = m.exec(label);
    if (!hit) return null;
    capture ??= hit[1] ?? label;
  }
  return capture ?? '';
}
