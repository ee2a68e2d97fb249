// Secret API keys of AI providers and WooCommerce, recognised by their published prefixes.

export interface KeyPattern {
  vendor: string;
  category: 'ai-api-key' | 'woocommerce-rest-key';
  re: RegExp;
}

/** Most specific first: the first pattern that matches at a position wins. */
export const KEY_PATTERNS: KeyPattern[] = [
  { vendor: 'anthropic', category: 'ai-api-key', re: /sk-ant-[A-Za-z0-9_-]{20,}/y },
  { vendor: 'openai', category: 'ai-api-key', re: /sk-(?:proj|svcacct|admin|None)-[A-Za-z0-9_-]{20,}/y },
  { vendor: 'openai', category: 'ai-api-key', re: /sk-[A-Za-z0-9]{32,}/y },
  { vendor: 'google', category: 'ai-api-key', re: /AIza[0-9A-Za-z_-]{35}/y },
  { vendor: 'groq', category: 'ai-api-key', re: /gsk_[A-Za-z0-9]{40,}/y },
  { vendor: 'huggingface', category: 'ai-api-key', re: /hf_[A-Za-z0-9]{30,}/y },
  { vendor: 'replicate', category: 'ai-api-key', re: /r8_[A-Za-z0-9]{30,}/y },
  { vendor: 'xai', category: 'ai-api-key', re: /xai-[A-Za-z0-9]{40,}/y },
  { vendor: 'woocommerce-consumer-key', category: 'woocommerce-rest-key', re: /ck_[0-9a-f]{40}/y },
  { vendor: 'woocommerce-consumer-secret', category: 'woocommerce-rest-key', re: /cs_[0-9a-f]{40}/y },
];

const HINT = /sk-|AIza|gsk_|hf_|r8_|xai-|ck_|cs_/g;

function isKeyChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || c === 95;
}

export interface FoundKey {
  vendor: string;
  category: KeyPattern['category'];
  value: string;
}

/** Keys in the text that stand alone (not inside a longer token). */
export function findKeys(s: string, max = 32): FoundKey[] {
  const out: FoundKey[] = [];
  HINT.lastIndex = 0;
  for (let m = HINT.exec(s); m && out.length < max; m = HINT.exec(s)) {
    if (m.index > 0 && isKeyChar(s.charCodeAt(m.index - 1))) continue;
    for (const p of KEY_PATTERNS) {
      p.re.lastIndex = m.index;
      const k = p.re.exec(s);
      if (!k || isKeyChar(s.charCodeAt(m.index + k[0].length))) continue;
      out.push({ vendor: p.vendor, category: p.category, value: k[0] });
      HINT.lastIndex = m.index + k[0].length;
      break;
    }
  }
  return out;
}
