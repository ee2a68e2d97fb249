/**
 * LLM-shaped JSON request bodies.
 *
 * Why: an unknown host (or the store's own origin) receiving `{model, messages:[{role, content}]}`
 * is very likely talking to a model, whatever its name. Only JSON objects are parsed, only when a
 * cheap substring test finds a telling key first, and only up to a size cap, so ordinary traffic
 * costs one `includes` scan.
 */

export type SignalWeight = 'strong' | 'medium' | 'weak';
export interface BodyShape { name: string; weight: SignalWeight }

export const MAX_SHAPE_BYTES = 4 * 1024 * 1024;
const KEYS = ['"messages"', '"prompt"', '"contents"', '"input"', '"chat_history"', '"systemInstruction"'];

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const someObj = (v: unknown, test: (o: Obj) => boolean) => Array.isArray(v) && v.some((x) => isObj(x) && test(x));

function parseObject(text: string | undefined): Obj | null {
  if (!text || text.length > MAX_SHAPE_BYTES) return null;
  if (!/^\s*\{/.test(text) || !KEYS.some((k) => text.includes(k))) return null;
  try {
    const value: unknown = JSON.parse(text);
    return isObj(value) ? value : null;
  } catch {
    return null;
  }
}

/** The LLM request shapes a body has (empty for anything else, including invalid JSON). */
export function llmBodyShapes(bodyText: string | undefined): BodyShape[] {
  const o = parseObject(bodyText);
  if (!o) return [];
  const shapes: BodyShape[] = [];
  const hasModel = typeof o.model === 'string';
  if (someObj(o.messages, (m) => typeof m.role === 'string' && 'content' in m))
    shapes.push({ name: hasModel ? 'model+messages[].role/content' : 'messages[].role/content', weight: hasModel ? 'strong' : 'medium' });
  if (typeof o.prompt === 'string' || Array.isArray(o.prompt))
    shapes.push({ name: hasModel ? 'model+prompt' : 'prompt', weight: hasModel ? 'strong' : 'weak' });
  if (someObj(o.contents, (c) => Array.isArray(c.parts))) shapes.push({ name: 'contents[].parts', weight: 'strong' });
  if ('input' in o && typeof o.instructions === 'string') shapes.push({ name: 'input+instructions', weight: 'strong' });
  else if ('input' in o && hasModel) shapes.push({ name: 'model+input', weight: 'medium' });
  if (typeof o.message === 'string' && Array.isArray(o.chat_history)) shapes.push({ name: 'message+chat_history', weight: 'strong' });
  if (isObj(o.systemInstruction)) shapes.push({ name: 'systemInstruction', weight: 'medium' });
  return shapes;
}
