import type { BodyRecord } from './body';
import type { HookEvent } from './hook-event';
import type { PageClassification } from './wc/page-type';

// What the background observes, normalised from webRequest, webNavigation, tabs and the relay.
// Observations are queued and applied to the DB in batches, in time order.

export type Observation =
  | { kind: 'commit'; tabId: number; url: string; time: number; documentId?: string }
  /** A top-level document announced itself (its relay started): recovers a commit the worker missed. */
  | { kind: 'page'; tabId: number; url: string; time: number; documentId: string }
  | { kind: 'spa'; tabId: number; url: string; time: number; nav: 'history-state' | 'fragment' }
  | { kind: 'title'; tabId: number; title: string; time: number }
  /** The top frame classified its page (WooCommerce page type and evidence); visitId: its document's visit. */
  | { kind: 'page-type'; tabId: number; time: number; page: PageClassification; visitId?: string }
  | { kind: 'tab-removed'; tabId: number; time: number }
  | { kind: 'browser-start'; time: number }
  | {
      kind: 'wr-request';
      tabId: number;
      frameId: number;
      /** The frame whose document made the request: the parent for an iframe load. */
      parentFrameId?: number;
      requestId: string;
      url: string;
      method: string;
      type: string;
      time: number;
      /** Chrome: initiator origin; Firefox: originUrl. */
      initiator?: string;
      documentUrl?: string;
      body?: BodyRecord;
    }
  | { kind: 'wr-headers'; requestId: string; time: number; headers: [string, string][] }
  | {
      kind: 'wr-done';
      requestId: string;
      time: number;
      statusCode?: number;
      error?: string;
      responseContentType?: string;
    }
  | { kind: 'hook'; tabId: number; frameId: number; time: number; event: HookEvent };
