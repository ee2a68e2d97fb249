import type { PageFacts } from '@/utils/wc/page-facts';
import { generatorVersion, strongWooEvidence, weakWooEvidence, wordpressEvidence } from '@/utils/wc/site-evidence';

export interface SiteVerdict {
  isWordPress: boolean;
  isWooCommerce: boolean;
  evidence: string[];
  wcVersion?: string;
}

const VERSION = /^\d+(\.\d+){0,3}$/;

/** Decide WordPress / WooCommerce from facts; weak WooCommerce markers need WordPress or strong evidence. */
export function judgeSite(facts: PageFacts): SiteVerdict {
  const wp = wordpressEvidence(facts);
  const strong = strongWooEvidence(facts);
  const weak = weakWooEvidence(facts);
  const isWooCommerce = strong.length > 0 || (weak.length > 0 && wp.length > 0);
  const isWordPress = wp.length > 0 || isWooCommerce;
  const evidence = isWooCommerce ? [...strong, ...weak] : [];
  const exposed = generatorVersion(facts.generator, 'WooCommerce') ?? facts.wcVersion;
  const wcVersion = isWooCommerce && exposed && VERSION.test(exposed) ? exposed : undefined;
  return wcVersion ? { isWordPress, isWooCommerce, evidence, wcVersion } : { isWordPress, isWooCommerce, evidence };
}
