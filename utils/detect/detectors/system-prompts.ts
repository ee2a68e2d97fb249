// System prompts and instructions sent from the browser, found by the shape of the LLM request.

export interface PromptField {
  /** JSON path relative to the object. */
  key: string;
  text: string;
}

function textOf(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) {
    const parts = v.map((p) => (typeof p === 'string' ? p : p && typeof p === 'object' && typeof (p as { text?: unknown }).text === 'string' ? (p as { text: string }).text : '')).filter((t) => t);
    return parts.length ? parts.join('\n') : null;
  }
  if (v && typeof v === 'object') {
    const parts = (v as { parts?: unknown }).parts;
    return parts === undefined ? null : textOf(parts);
  }
  return null;
}

const MIN = 8;

/**
 * Prompt fields of one JSON object: `messages[].role` system/developer (OpenAI-style), `system`
 * next to `messages` (Anthropic), `systemInstruction` (Gemini), `instructions` next to `input` or
 * `model` (OpenAI Responses), `preamble` next to `message` or `model` (Cohere).
 */
export function promptFields(o: Record<string, unknown>): PromptField[] {
  const out: PromptField[] = [];
  const add = (key: string, v: unknown) => {
    const text = textOf(v);
    if (text !== null && text.trim().length >= MIN) out.push({ key, text });
  };
  const messages = o.messages;
  if (Array.isArray(messages)) {
    messages.forEach((m, i) => {
      const role = m && typeof m === 'object' ? (m as { role?: unknown }).role : undefined;
      if (role === 'system' || role === 'developer') add(`messages[${i}].content`, (m as { content?: unknown }).content);
    });
    if ('system' in o) add('system', o.system);
  }
  if ('systemInstruction' in o) add('systemInstruction', o.systemInstruction);
  if ('system_instruction' in o) add('system_instruction', o.system_instruction);
  if ('instructions' in o && ('input' in o || 'model' in o)) add('instructions', o.instructions);
  if ('preamble' in o && ('message' in o || 'model' in o)) add('preamble', o.preamble);
  return out;
}
