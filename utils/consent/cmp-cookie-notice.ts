// Cookie Notice & Compliance: classic `cookie_notice_accepted` true/false plus body classes;
// the cloud banner's `hu-consent` JSON `consent` boolean (per-category fields not verified).
import { cookie, field, global, marker, parseJson, presence, reading } from '@/utils/consent/reading';
import type { CmpReading, ConsentFacts } from '@/utils/consent/types';

const CMP = 'cookie-notice';

function classic(facts: ConsentFacts, evidence: string[]): CmpReading {
  const configured = field(global(facts, 'cnArgs'), 'cookieName');
  const name = typeof configured === 'string' && configured ? configured : 'cookie_notice_accepted';
  const value = cookie(facts, name);
  if (value === 'true') return reading(CMP, 'given', [...evidence, `${name}=true`]);
  if (value === 'false') return reading(CMP, 'refused', [...evidence, `${name}=false`]);
  if (marker(facts, 'body.cookies-accepted')) return reading(CMP, 'given', evidence);
  if (marker(facts, 'body.cookies-refused')) return reading(CMP, 'refused', evidence);
  return reading(CMP, 'not-yet-asked', [...evidence, `no ${name} cookie`]);
}

function cloud(facts: ConsentFacts, evidence: string[]): CmpReading {
  const raw = cookie(facts, 'hu-consent');
  if (raw === undefined) return reading(CMP, 'not-yet-asked', [...evidence, 'no hu-consent cookie']);
  const consent = field(parseJson(raw), 'consent');
  if (consent === true) return reading(CMP, 'given', [...evidence, 'hu-consent consent true']);
  if (consent === false) return reading(CMP, 'refused', [...evidence, 'hu-consent consent false']);
  return reading(CMP, 'unknown', [...evidence, 'hu-consent has no boolean consent field']);
}

export function readCookieNotice(facts: ConsentFacts): CmpReading | null {
  const classicFound = presence(facts, ['cnArgs'],
    ['#cookie-notice', 'body.cookies-not-set', 'body.cookies-accepted', 'body.cookies-refused'], ['cookie_notice_accepted']);
  if (classicFound.length) return classic(facts, classicFound);
  const cloudFound = presence(facts, ['huOptions'], ['script#hu-banner-js'], ['hu-consent']);
  return cloudFound.length ? cloud(facts, [...cloudFound, 'Compliance (cloud) banner']) : null;
}
