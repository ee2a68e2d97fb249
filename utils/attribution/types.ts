import type { CompiledCatalog } from '@/utils/catalog/catalog';

/**
 * What a script, iframe or request is attributed to.
 *
 * Why: a finding must name the WordPress component (plugin slug and version, theme, core) or the
 * third-party widget that sent the data, and say how that was decided, so a store admin can act on
 * it and a reviewer can judge how sure it is.
 */

export type ComponentKind = 'plugin' | 'theme' | 'mu-plugin' | 'core' | 'widget' | 'inline' | 'third-party' | 'unknown';

export interface Component {
  kind: ComponentKind;
  /** Plugin, theme or mu-plugin folder name; for a widget, the catalog entry id. */
  slug?: string;
  /** From `?ver=` or the Jetpack CDN path; as published, not checked against any release. */
  version?: string;
  /** From the catalog (widget vendor, AI plugin vendor, known vendor host). */
  vendor?: string;
  /** Set when the URL is not on the store's own origin. */
  host?: string;
  /** WordPress components: the file inside the component's folder; otherwise the URL path. */
  path?: string;
  /** Which rule produced this component (see `attributeScript`). */
  method: string;
}

export interface AttributionContext {
  /** The store's origins (`https://shop.example`); sub-directory installs need no extra entry. */
  storeOrigins: readonly string[];
  catalog: CompiledCatalog;
}

/** How a request's responsible script or document was found. */
export type AttributionHow = 'stack' | 'stack-inline' | 'document' | 'frame-document' | 'webRequest-initiator' | 'none';

export interface Attribution extends Component {
  how: AttributionHow;
  /** The script or document URL the attribution was drawn from. */
  url?: string;
  line?: number;
  column?: number;
}
