// Real Cookie Banner: cookie `real_cookie_banner-<context>` = `[createdAt:]uuid[,…]:<hash>:<JSON>`.
// Its JSON names service groups by page-specific id, so a decision is visible but not what it was.
import { field, parseJson, presence, reading } from '@/utils/consent/reading';
import type { CmpReading, ConsentFacts } from '@/utils/consent/types';

const CMP = 'real-cookie-banner';
const COOKIE = /^real_cookie_banner(?!.*-(?:tcf|gcm)$)/;

export function readRealCookieBanner(facts: ConsentFacts): CmpReading | null {
  const name = Object.keys(facts.cookies).find((n) => COOKIE.test(n));
  const evidence = presence(facts, ['consentApi', 'realCookieBanner'], [], name ? [name] : []);
  if (!evidence.length) return null;
  if (!name) return reading(CMP, 'not-yet-asked', [...evidence, 'no real_cookie_banner cookie']);
  const value = facts.cookies[name] ?? '';
  const brace = value.indexOf('{');
  const json = parseJson(brace >= 0 ? value.slice(brace) : undefined);
  const button = field(json, 'bc');
  const groups = field(json, 'd');
  evidence.push(`decision stored${typeof button === 'string' ? ` (button ${button.slice(0, 40)})` : ''}`);
  if (groups && typeof groups === 'object') evidence.push(`${Object.keys(groups).length} service group(s) accepted; their categories are site-specific ids`);
  return reading(CMP, 'unknown', evidence);
}

