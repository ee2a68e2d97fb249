import { findKeys } from '@/utils/detect/detectors/api-keys';
import { redact } from '@/utils/detect/redact';

/**
 * Secrets and prompts a page exposes in its inline scripts.
 *
 * Why: AI plugins sometimes print their API key, a Dialogflow client token or the bot's system
 * prompt into the page (`wp_chatbot_obj.ai_df_token`, `data-system`), where any visitor can read
 * them. Previews are masked (a prefix and at most the last 2 characters of a key). The word
 * `instructions` is common in ordinary UI text, so it counts only in a script that also looks
 * like an AI configuration; `system_prompt` and `"role":"system"` count anywhere.
 */

export interface Exposure {
  kind: 'api-key' | 'dialogflow-token' | 'system-prompt';
  /** e.g. `inline script 2, key system_prompt`. */
  where: string;
  preview: string;
}

const MAX_SNIPPETS = 200;
const MAX_CHARS = 100_000;
const MAX_EXPOSURES = 50;

// String values are read up to 4,000 characters, so unterminated quotes cost bounded work.
const STRING = String.raw`(?:"((?:[^"\\]|\\.){0,4000})"|'((?:[^'\\]|\\.){0,4000})'|\x60([^\x60]{0,4000})\x60)`;
const PROMPT_KEY = new RegExp(String.raw`["']?(system_?prompt|instructions)["']?\s*[:=]\s*${STRING}`, 'gi');
const ROLE_SYSTEM = /"role"\s*:\s*"system"\s*,\s*"content"\s*:\s*"((?:[^"\\]|\\.){0,4000})"|"content"\s*:\s*"((?:[^"\\]|\\.){0,4000})"\s*,\s*"role"\s*:\s*"system"/g;
// A 32-hex value first, then the property name just before it (linear, unlike a name-first pattern).
const HEX32 = /["']([0-9a-f]{32})["']/gi;
const NAME_BEFORE = /([\w$]+)["']?\s*[:=]\s*$/;
const DF_NAME = /(?:df|dialogflow).*token|client_?access_?token/i;
const DF_BEARER = /Bearer\s+([0-9a-f]{32})\b/g;
const ESCAPED_JSON = /\\"(?:role|system_?prompt|instructions)\\"/i;
const AI_CONTEXT = /\b(?:openai|gpt-|chatbot|assistant|llm|temperature|max_tokens|model)\b/i;

/** A system prompt's first words, at most 24 characters, and its length. */
function promptPreview(text: string): string {
  const start = text.trim().split(/\s+/).slice(0, 3).join(' ').slice(0, 24);
  return `${start}… (${text.length} chars)`;
}

function scan(text: string, where: string, out: Exposure[]): void {
  for (const key of findKeys(text)) {
    if (key.category === 'ai-api-key') out.push({ kind: 'api-key', where: `${where}, ${key.vendor} key`, preview: redact(key.value, 'ai-api-key') });
  }
  for (const m of text.matchAll(HEX32)) {
    const name = NAME_BEFORE.exec(text.slice(Math.max(0, m.index - 80), m.index))?.[1];
    if (name && DF_NAME.test(name)) out.push({ kind: 'dialogflow-token', where: `${where}, key ${name}`, preview: redact(m[1]!, 'api-key') });
  }
  if (/dialogflow/i.test(text)) {
    for (const m of text.matchAll(DF_BEARER)) out.push({ kind: 'dialogflow-token', where: `${where}, Bearer header`, preview: redact(m[1]!, 'api-key') });
  }
  const aiContext = AI_CONTEXT.test(text);
  // JSON printed inside a JS string literal (`JSON.parse("{\"role\":\"system\",…}")`) is read unescaped too.
  scanPrompts(text, where, aiContext, out);
  if (ESCAPED_JSON.test(text)) scanPrompts(text.replace(/\\"/g, '"'), where, aiContext, out);
}

function scanPrompts(text: string, where: string, aiContext: boolean, out: Exposure[]): void {
  for (const m of text.matchAll(PROMPT_KEY)) {
    const value = m[2] ?? m[3] ?? m[4] ?? '';
    const isInstructions = m[1]!.toLowerCase() === 'instructions';
    if (!value.trim() || (isInstructions && (!aiContext || value.trim().length < 20))) continue;
    out.push({ kind: 'system-prompt', where: `${where}, key ${m[1]}`, preview: promptPreview(value) });
  }
  for (const m of text.matchAll(ROLE_SYSTEM)) {
    const value = m[1] ?? m[2] ?? '';
    if (value.trim()) out.push({ kind: 'system-prompt', where: `${where}, "role":"system" message`, preview: promptPreview(value) });
  }
}

/** Exposures in the page's inline script texts (bounded: counts and sizes are capped). */
export function findExposures(snippets: readonly string[]): Exposure[] {
  const out: Exposure[] = [];
  snippets.slice(0, MAX_SNIPPETS).forEach((snippet, i) => {
    if (out.length < MAX_EXPOSURES) scan(snippet.slice(0, MAX_CHARS), `inline script ${i + 1}`, out);
  });
  const seen = new Set<string>();
  return out.filter((e) => !seen.has(e.where + e.preview) && seen.add(e.where + e.preview)).slice(0, MAX_EXPOSURES);
}
