import { JURISDICTIONS as J } from './jurisdictions';
import type { CatalogEntry } from './types';

/**
 * AI chat widgets (`ai-chat-widget`), from ../shared/reference/ai-catalog.md §4.
 *
 * Why: widgets run on the store's page and receive what the shopper types plus whatever the store
 * passes them (email, name). Their loader scripts are kept as `role: 'loader'` host rules so a later
 * step can attribute requests to the widget whose script made them. Hosts the reference saw only in
 * public snippets are flagged `unverified`. Rep AI and Alby have no host in the reference, so no entry.
 */

export const CHAT_WIDGET_ENTRIES: CatalogEntry[] = [
  {
    id: 'tidio', vendor: 'Tidio', product: 'Tidio (+ Lyro AI)', category: 'ai-chat-widget', ...J.tidio,
    hosts: [{ host: 'code.tidio.co', role: 'loader' }],
    pathHints: [], authHeaders: [], processesInput: true,
    globals: ['tidioChatCode'],
    source: 'Tidio WordPress plugin class TidioLiveChat\\Widget\\WidgetLoader (public source, repository not identified); help.tidio.com "Widget SDK"',
    notes: 'Lyro/chat traffic hosts not verified',
  },
  {
    id: 'intercom', vendor: 'Intercom', product: 'Intercom Messenger (+ Fin)', category: 'ai-chat-widget', ...J.intercom,
    hosts: [
      { host: 'widget.intercom.io', role: 'loader' },
      { host: 'api-iam.intercom.io', region: 'us' },
      { host: 'api-iam.eu.intercom.io', region: 'eu' },
      { host: 'api-iam.au.intercom.io', region: 'au' },
    ],
    pathHints: [], authHeaders: [], processesInput: true,
    globals: ['intercomSettings'],
    source: 'npm @intercom/messenger-js-sdk@0.0.20 dist/constants.js, dist/types.d.ts, dist/instance-manager.js',
    notes: 'Fin message endpoints not verified',
  },
  {
    id: 'zendesk', vendor: 'Zendesk', product: 'Web Widget / Chat', category: 'ai-chat-widget', ...J.zendesk,
    hosts: [{ host: 'static.zdassets.com', paths: ['/ekr/snippet.js'], role: 'loader' }, { host: 'v2.zopim.com', role: 'loader' }],
    pathHints: [], authHeaders: [], processesInput: true,
    globals: ['zE', 'zESettings', '$zopim'],
    source: 'support.zendesk.com "Using the JavaScript API" (115007912068); developer.zendesk.com "Web Widget (Classic)"',
    notes: 'AI agent hosts not verified',
  },
  {
    id: 'livechat', vendor: 'LiveChat (Text)', category: 'ai-chat-widget', ...J.livechat,
    hosts: [{ host: 'cdn.livechatinc.com', paths: ['/tracking.js'], role: 'loader' }],
    pathHints: [], authHeaders: [], processesInput: true,
    globals: ['__lc'],
    source: 'npm @livechat/widget-core@1.4.1',
    notes: 'ChatBot.com not verified',
  },
  {
    id: 'drift', vendor: 'Salesloft', product: 'Drift', category: 'ai-chat-widget', ...J.drift,
    hosts: [{ host: 'js.driftt.com', role: 'loader' }],
    pathHints: [], authHeaders: [], processesInput: true, unverified: true,
    globals: ['drift'],
    source: 'seen only in snippets in public source; official docs not verified (ai-catalog.md §4)',
  },
  {
    id: 'gorgias', vendor: 'Gorgias', category: 'ai-chat-widget', ...J.gorgias,
    hosts: [{ host: 'config.gorgias.chat', role: 'loader' }, '*.production.gorgias.chat'],
    pathHints: ['/bundle-loader/', '/applications/'], authHeaders: [], processesInput: true, unverified: true,
    globals: ['GorgiasChat'],
    source: 'seen only in snippets in public source; not verified against docs (ai-catalog.md §4)',
  },
  {
    id: 'chatbase', vendor: 'Chatbase', category: 'ai-chat-widget', ...J.chatbase,
    hosts: [{ host: 'www.chatbase.co', paths: ['/embed.min.js'], role: 'loader' }],
    pathHints: [], authHeaders: [], processesInput: true,
    globals: ['chatbase'],
    source: 'chatbase.co/docs "JavaScript Embed Script"',
    notes: 'chat API host from the widget not verified',
  },
  {
    id: 'botpress', vendor: 'Botpress', product: 'Webchat', category: 'ai-chat-widget', ...J.botpress,
    hosts: ['webchat.botpress.cloud'],
    pathHints: ['/*/conversations', '/*/messages', '/*/users/me', '/*/users/key', '/*/files', '/*/events'],
    authHeaders: ['x-user-key'], processesInput: true,
    source: 'npm @botpress/webchat@4.5.2 dist/index.js',
    notes: 'inject-script CDN not verified',
  },
  {
    id: 'voiceflow', vendor: 'Voiceflow', category: 'ai-chat-widget', ...J.voiceflow,
    hosts: ['general-runtime.voiceflow.com', { host: 'cdn.voiceflow.com', role: 'asset' }],
    pathHints: ['/public/*/state/user/*/interact', '/state/user/*/interact'],
    authHeaders: ['authorization'], processesInput: true,
    source: 'npm @voiceflow/react-chat@1.65.2 build/index.es.js',
  },
  {
    id: 'dialogflow', vendor: 'Google', product: 'Dialogflow', category: 'ai-chat-widget', ...J.googleCloud,
    hosts: ['api.dialogflow.com', 'dialogflow.googleapis.com'],
    pathHints: ['/v1/query', '/v2/projects/*/agent/sessions/*:detectIntent'],
    authHeaders: ['authorization'], processesInput: true,
    source: 'WordPressBugBounty/plugins-chatbot chatbot/js/qcld-wp-chatbot-plugin.js, chatbot/qcld_df_api.php',
    notes: 'v1 (api.dialogflow.com) is called from the browser with a client token; Dialogflow Messenger not verified',
  },
  {
    id: 'zipchat', vendor: 'Zipchat', category: 'ai-chat-widget', ...J.zipchat,
    hosts: [{ host: 'app.zipchat.ai', paths: ['/widget/zipchat.js'], role: 'loader' }],
    pathHints: [], authHeaders: [], processesInput: true, unverified: true,
    source: 'seen only in snippets in public source; not verified (ai-catalog.md §4)',
  },
];
