import { JURISDICTIONS as J, NOT_IN_REFERENCE } from './jurisdictions';
import type { CatalogEntry } from './types';

/**
 * WordPress / WooCommerce AI plugins (`wp-plugin`), from ../shared/reference/ai-catalog.md §6.
 *
 * Why: these send the shopper's text to the store's own origin first (REST routes, admin-ajax.php
 * actions) and call the AI vendor server-side, out of a browser's sight. A request matching these
 * routes on the store origin is a possible server-side AI transfer, naming the plugin. Path hints
 * are `/wp-json/…` routes; `?rest_route=` and sub-directory installs are normalised before
 * matching. Plugins without a route of their own (WP Search with Algolia, Clerk.io, Tidio) are
 * covered by their vendor's entry. WooCommerce's Agentic Commerce routes (inbound, server to server)
 * and the AI Storefront discovery files (/llms.txt) are not egress and have no entry.
 */

const QCLD_AI = ['qcld_openai_response', 'qcld_stream_openai', 'qcld_gemini_response'];

export const WP_PLUGIN_ENTRIES: CatalogEntry[] = [
  {
    id: 'wp-ai-engine', vendor: 'Meow Apps', product: 'AI Engine', category: 'wp-plugin', ...J.meowApps,
    hosts: [],
    pathHints: [
      '/wp-json/mwai-ui/v1/chats/submit', '/wp-json/mwai-ui/v1/search', '/wp-json/mwai-ui/v1/files/upload',
      '/wp-json/mwai-ui/v1/discussions/', '/wp-json/mwai/v1/',
    ],
    authHeaders: ['x-wp-nonce'], processesInput: true,
    globals: ['mwaiInitialize'],
    pluginAssets: ['app/chatbot.js'],
    pageMarkers: ['div.mwai-chatbot-container[data-system]'],
    source: 'jordymeow/ai-engine 3.6.2 (92342ec): app/js/chatbot/ChatbotContext.js, app/js/helpers.js, classes/api.php, classes/modules/chatbot.php, classes/services/session.php',
    notes: 'data-system embeds userData (email, names) of logged-in users in the page; realtime voice calls api.openai.com directly',
  },
  {
    id: 'wp-ai-puffer', vendor: 'AI Puffer', product: 'AI Puffer (formerly AI Power / GPT3 AI Content Generator)', category: 'wp-plugin', ...NOT_IN_REFERENCE,
    hosts: [], pathHints: [],
    ajaxActions: [
      'aipkit_frontend_chat_stream', 'aipkit_cache_sse_message', 'aipkit_get_frontend_chat_nonce', 'aipkit_create_realtime_session',
      'aipkit_log_realtime_session_turn', 'aipkit_perform_semantic_search', 'aipkit_generate_image', 'aipkit_generate_speech',
      'aipkit_transcribe_audio', 'aipkit_frontend_chat_upload_file', 'aipkit_handle_form_submission', 'aipkit_store_feedback',
      'aipkit_get_conversation_history', 'wpaicg_chat_shortcode_message', 'wpaicg_chatbox_message',
    ],
    authHeaders: [], processesInput: true,
    globals: ['aipkit_chat_config_global', 'aipkit_chat_config', 'aipkit_getChatNonceAction', 'aipkit_ai_forms_public_config', 'aipkit_image_generator_config_public'],
    pluginAssets: ['dist/js/public-main.bundle.js', 'dist/js/public-chat-realtime.bundle.js'],
    pageMarkers: ['.aipkit_chat_container[data-bot-id]'],
    source: 'WordPressBugBounty/plugins-gpt3-ai-content-generator 2.4.71: classes/wpaicg_chat.php, classes/chat/frontend/shortcode/configurator/build-config-array.php',
    notes: 'realtime bundle calls api.openai.com/v1/realtime/calls directly',
  },
  {
    id: 'wp-jetpack-ai', vendor: 'Automattic', product: 'Jetpack AI (token route)', category: 'wp-plugin', ...J.automattic,
    hosts: [], pathHints: ['/wp-json/jetpack/v4/jetpack-ai-jwt'],
    authHeaders: ['x-wp-nonce'], processesInput: false,
    source: 'Automattic/jetpack projects/js-packages/ai-client src/jwt/index.ts',
    notes: 'the route only issues a JWT (cached in localStorage "jetpack-ai-jwt"); the prompt goes directly to public-api.wordpress.com (entry jetpack-ai-query)',
  },
  {
    id: 'wp-wpbot', vendor: 'QuantumCloud', product: 'WPBot (chatbot)', category: 'wp-plugin', ...NOT_IN_REFERENCE,
    hosts: [], pathHints: [],
    ajaxActions: [...QCLD_AI, 'qcld_grok_response', 'qcld_stream_grokai', 'openrouter_response', 'openai_response', 'get_relevant_pages'],
    ajaxActionPrefixes: ['qcld_wb_chatbot'],
    authHeaders: [], processesInput: true,
    globals: ['wp_chatbot_obj', 'globalwpw'],
    source: 'WordPressBugBounty/plugins-chatbot 8.5.9: chatbot/qcld-wpwbot.php, chatbot/js/qcld-wp-chatbot-plugin.js',
    notes: 'user text travels as `keyword` (and `name`); wp_chatbot_obj.ai_df_token exposes a Dialogflow client token; with df_api_version v1 the browser calls api.dialogflow.com directly',
  },
  {
    id: 'wp-woowbot', vendor: 'QuantumCloud', product: 'WoowBot (AI ChatBot for WooCommerce)', category: 'wp-plugin', ...NOT_IN_REFERENCE,
    hosts: [], pathHints: [],
    ajaxActions: [...QCLD_AI, 'qcld_woo_chatbot_keyword', 'qcld_woo_chatbot_email', 'qcld_woo_get_product_details', 'qcld_woo_chatbot_category', 'qcld_woo_chatbot_category_products', 'wpbot_save_feedback'],
    authHeaders: [], processesInput: true,
    globals: ['qcld_chatbot_obj', 'woo_chatbot_obj'],
    source: 'WordPressBugBounty/plugins-woowbot-woocommerce-chatbot 4.9.0: qcld-woowbot.php',
    notes: 'shares qcld_openai_response / qcld_stream_openai / qcld_gemini_response with WPBot',
  },
  {
    id: 'wc-ai-store-setup', vendor: 'WooCommerce', product: 'Store API AI routes (archived, store setup)', category: 'wp-plugin', ...NOT_IN_REFERENCE,
    hosts: [], pathHints: ['/wp-json/wc/private/ai/'],
    authHeaders: ['x-wp-nonce'], processesInput: true,
    source: 'woocommerce/woocommerce-blocks src/StoreApi/Routes/V1/AI/* (state of Feb 2024; absent from the current RoutesController)',
    notes: 'admin store-setup only; not in current WooCommerce',
  },
];
