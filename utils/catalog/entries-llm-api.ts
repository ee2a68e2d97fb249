import { JURISDICTIONS as J, NOT_IN_REFERENCE } from './jurisdictions';
import type { CatalogEntry, HostRule } from './types';

/**
 * LLM APIs (`llm-api`): hosts, paths and auth headers from ../shared/reference/ai-catalog.md §1.
 *
 * Why data: a browser request to one of these hosts sends text to a model provider, the most
 * serious kind of AI destination. Regional hosts (`eu.api.openai.com`, `api.eu.mistral.ai`, cloud
 * regions in Bedrock/Vertex host names) are separate host rules with a region, because an EU
 * endpoint changes the Art. 44 wording of a finding.
 */

const BEARER = ['authorization'];

// AWS partitions from @ai-sdk/amazon-bedrock AWS_PARTITION_DNS_SUFFIXES.
const AWS_SUFFIXES = ['amazonaws.com', 'amazonaws.com.cn', 'amazonaws.eu', 'c2s.ic.gov', 'sc2s.sgov.gov', 'cloud.adc-e.uk', 'csp.hci.ic.gov'];
const bedrockHosts: HostRule[] = AWS_SUFFIXES.flatMap((suffix) =>
  ['bedrock-runtime', 'bedrock-agent-runtime'].map((service) => ({ host: `${service}.*.${suffix}`, regionFrom: 'aws-region' as const })),
);

export const LLM_API_ENTRIES: CatalogEntry[] = [
  {
    id: 'openai', vendor: 'OpenAI', category: 'llm-api', ...J.openai,
    hosts: ['api.openai.com', { host: 'eu.api.openai.com', region: 'eu' }],
    pathHints: ['/v1/chat/completions', '/v1/responses', '/v1/completions', '/v1/embeddings', '/v1/conversations', '/v1/realtime'],
    authHeaders: ['authorization', 'openai-organization', 'openai-project', 'sec-websocket-protocol'],
    processesInput: true,
    source: 'npm openai@6.49.0 (client.js, resources/chat/completions/completions.js, resources/realtime/*.js, realtime/internal-base.js); EU endpoint: OpenAI API docs "Data residency"',
  },
  {
    id: 'azure-openai', vendor: 'Microsoft', product: 'Azure OpenAI / AI Foundry', category: 'llm-api', ...J.microsoft,
    hosts: ['*.openai.azure.com', '*.services.ai.azure.com', '*.cognitiveservices.azure.com', '*.api.cognitive.microsoft.com'],
    pathHints: ['/openai/deployments/', '/openai/realtime', '/api/projects/'],
    authHeaders: ['api-key', 'authorization'],
    processesInput: true,
    source: 'npm openai@6.49.0 azure.js, realtime/internal-base.js; @ai-sdk/azure@3.0.128 dist/index.mjs; *.api.cognitive.microsoft.com only as a string in jordymeow/ai-engine classes/engines',
    notes: 'the region is the Azure resource\'s, not visible in the host name',
  },
  {
    id: 'anthropic', vendor: 'Anthropic', category: 'llm-api', ...J.anthropic,
    hosts: ['api.anthropic.com'],
    pathHints: ['/v1/messages'],
    authHeaders: ['x-api-key', 'authorization', 'anthropic-version', 'anthropic-dangerous-direct-browser-access'],
    processesInput: true,
    source: 'npm @anthropic-ai/sdk@1.12.0 and @0.99.0 (client.js, resources/messages/messages.js, CHANGELOG.md)',
    notes: 'region per request body param inference_geo, not per host',
  },
  {
    id: 'google-gemini', vendor: 'Google', product: 'Gemini API', category: 'llm-api', ...J.googleGemini,
    hosts: ['generativelanguage.googleapis.com'],
    pathHints: ['/*/models/*:generateContent', '/*/models/*:streamGenerateContent', '/*/models/*:embedContent', '/*/models/*:batchGenerateContent', '/v1alpha/auth_tokens', '/ws/google.ai.generativelanguage.*'],
    authHeaders: ['x-goog-api-key', 'x-goog-api-client'],
    processesInput: true,
    source: 'npm @google/genai@2.32.0 dist/web/index.mjs; @google/generative-ai@0.24.1 dist/index.mjs',
  },
  {
    id: 'google-vertex-ai', vendor: 'Google', product: 'Vertex AI', category: 'llm-api', ...J.googleCloud,
    hosts: [
      { host: '*-aiplatform.googleapis.com', regionFrom: 'gcp-location' },
      { host: 'aiplatform.googleapis.com', region: 'global' },
      { host: 'aiplatform.eu.rep.googleapis.com', region: 'eu' },
      { host: 'aiplatform.us.rep.googleapis.com', region: 'us' },
    ],
    pathHints: ['/*/projects/*/locations/*/publishers/google/models/', '/v1/publishers/google/models/', '/ws/google.cloud.aiplatform.*'],
    authHeaders: ['authorization', 'x-goog-api-key'],
    processesInput: true,
    source: 'npm @google/genai@2.32.0 (MULTI_REGIONAL_LOCATIONS); @ai-sdk/google-vertex@4.0.208 (EXPRESS_MODE_BASE_URL)',
  },
  {
    id: 'aws-bedrock', vendor: 'Amazon Web Services', product: 'Bedrock', category: 'llm-api', ...J.amazon,
    hosts: [...bedrockHosts, { host: 'bedrock-mantle.*.api.aws', regionFrom: 'aws-region' }],
    pathHints: ['/model/*/converse', '/model/*/converse-stream', '/model/*/invoke', '/openai/v1/'],
    authHeaders: ['authorization'],
    processesInput: true,
    source: 'npm @ai-sdk/amazon-bedrock@4.0.186 (AWS_PARTITION_DNS_SUFFIXES); openai@6.49.0 bedrock.js (Bedrock Mantle)',
    notes: 'SigV4 x-amz-* headers are standard AWS, not checked in source',
  },
  {
    id: 'mistral', vendor: 'Mistral AI', category: 'llm-api', ...J.mistral,
    hosts: ['api.mistral.ai', { host: 'api.eu.mistral.ai', region: 'eu' }, { host: 'api.us.mistral.ai', region: 'us' }],
    pathHints: ['/v1/chat/completions', '/v1/fim/completions', '/v1/agents/completions'],
    authHeaders: BEARER,
    processesInput: true,
    source: 'npm @mistralai/mistralai@2.7.0 esm/lib/config.js (ServerList), esm/funcs/*.js, esm/lib/security.js',
  },
  {
    id: 'cohere', vendor: 'Cohere', category: 'llm-api', ...J.cohere,
    // api.cohere.ai: the host of Cohere's API and SDKs before api.cohere.com; older plugins still call it.
    hosts: ['api.cohere.com', 'api.cohere.ai'],
    pathHints: ['/v2/chat', '/v2/embed', '/v2/rerank', '/v2/parse', '/v1/chat', '/v1/generate', '/v1/embed', '/v1/rerank', '/v1/classify', '/v1/summarize', '/v1/tokenize'],
    authHeaders: ['authorization', 'x-client-name'],
    processesInput: true,
    source: 'npm cohere-ai@8.1.0 environments.js (CohereEnvironment.Production); api.cohere.ai: base URL of earlier cohere-ai releases',
  },
  {
    id: 'groq', vendor: 'Groq', category: 'llm-api', ...J.groq,
    hosts: ['api.groq.com'],
    pathHints: ['/openai/v1/chat/completions', '/openai/v1/embeddings', '/openai/v1/files', '/openai/v1/batches'],
    authHeaders: BEARER, processesInput: true,
    source: 'npm groq-sdk@1.6.0 client.js',
  },
  {
    id: 'together-ai', vendor: 'Together AI', category: 'llm-api', ...J.together,
    hosts: ['api.together.ai', 'api.together.xyz'],
    pathHints: ['/v1/chat/completions'],
    authHeaders: BEARER, processesInput: true,
    source: 'npm together-ai@0.52.0 client.js; @ai-sdk/togetherai@2.0.84',
  },
  {
    id: 'fireworks-ai', vendor: 'Fireworks AI', category: 'llm-api', ...J.fireworks,
    hosts: ['api.fireworks.ai'],
    pathHints: ['/inference/v1/chat/completions'],
    authHeaders: BEARER, processesInput: true,
    source: 'npm @ai-sdk/fireworks@2.0.90',
  },
  {
    id: 'perplexity', vendor: 'Perplexity', category: 'llm-api', ...J.perplexity,
    hosts: ['api.perplexity.ai'],
    pathHints: ['/chat/completions', '/async/chat/completions', '/search', '/v1/responses', '/v1/embeddings', '/v1/contextualizedembeddings', '/v1/browser/sessions'],
    authHeaders: BEARER, processesInput: true,
    source: 'npm @perplexity-ai/perplexity_ai@0.38.5 dist/generated/api.js',
  },
  {
    id: 'deepseek', vendor: 'DeepSeek', category: 'llm-api', ...J.deepseek,
    hosts: ['api.deepseek.com'],
    pathHints: ['/chat/completions'],
    authHeaders: BEARER, processesInput: true,
    source: 'npm @ai-sdk/deepseek@2.0.69',
  },
  {
    id: 'xai', vendor: 'xAI', product: 'Grok API', category: 'llm-api', ...J.xai,
    hosts: ['api.x.ai'],
    pathHints: ['/v1/chat/completions', '/v1/images/generations'],
    authHeaders: BEARER, processesInput: true,
    source: 'npm @ai-sdk/xai@3.0.138',
  },
  {
    id: 'openrouter', vendor: 'OpenRouter', category: 'llm-api', ...J.openrouter,
    hosts: [
      { host: 'openrouter.ai', paths: ['/api/'] },
      { host: 'eu.openrouter.ai', region: 'eu' },
      { host: 'us.openrouter.ai', region: 'us' },
    ],
    pathHints: ['/api/v1/chat/completions'],
    authHeaders: ['authorization', 'http-referer', 'x-openrouter-title'],
    processesInput: true,
    source: 'npm @openrouter/sdk@1.3.19 (esm/funcs, esm/models/guardraildataregion.js)',
    notes: 'openrouter.dev is an unrelated operator: match openrouter.ai only',
  },
  {
    id: 'huggingface-inference', vendor: 'Hugging Face', product: 'Inference Providers', category: 'llm-api', ...J.huggingface,
    hosts: ['router.huggingface.co', { host: 'huggingface.co', paths: ['/api/partners/'], role: 'asset' }],
    pathHints: ['/v1/chat/completions', '/hf-inference/'],
    authHeaders: BEARER, processesInput: true,
    source: 'npm @huggingface/inference@4.13.30 dist/esm/config.js (HF_ROUTER_URL)',
  },
  {
    id: 'replicate', vendor: 'Replicate', category: 'llm-api', ...J.replicate,
    hosts: ['api.replicate.com'],
    pathHints: ['/v1/predictions', '/v1/deployments/'],
    authHeaders: BEARER, processesInput: true,
    source: 'npm replicate@1.4.0 index.js, lib/predictions.js, lib/deployments.js',
  },
  {
    id: 'cerebras', vendor: 'Cerebras', category: 'llm-api', ...J.cerebras,
    hosts: ['api.cerebras.ai'], pathHints: ['/v1/'],
    authHeaders: BEARER, processesInput: true,
    source: 'npm @ai-sdk/cerebras@2.0.82',
  },
  {
    id: 'deepinfra', vendor: 'DeepInfra', category: 'llm-api', ...J.deepinfra,
    hosts: ['api.deepinfra.com'], pathHints: ['/v1/inference/', '/v1/'],
    authHeaders: BEARER, processesInput: true,
    source: 'npm @ai-sdk/deepinfra@2.0.84',
  },
  {
    id: 'vercel-ai-gateway', vendor: 'Vercel', product: 'AI Gateway', category: 'llm-api', ...NOT_IN_REFERENCE,
    hosts: ['ai-gateway.vercel.sh'], pathHints: ['/v3/ai/'],
    authHeaders: BEARER, processesInput: true,
    source: 'npm @ai-sdk/gateway@3.0.232',
  },
  {
    id: 'ovhcloud-ai-endpoints', vendor: 'OVHcloud', product: 'AI Endpoints', category: 'llm-api', ...NOT_IN_REFERENCE,
    hosts: ['oai.endpoints.kepler.ai.cloud.ovh.net'], pathHints: [],
    authHeaders: BEARER, processesInput: true,
    source: 'string in jordymeow/ai-engine classes/engines',
  },
  {
    id: 'jetpack-ai-query', vendor: 'Automattic', product: 'Jetpack AI', category: 'llm-api', ...J.automattic,
    hosts: [
      { host: 'public-api.wordpress.com', paths: ['/wpcom/v2/jetpack-ai-query'] },
      { host: 'public-api.wordpress.com', paths: ['/wpcom/v2/sites/*/jetpack-openai-query/jwt'] },
    ],
    pathHints: ['/wpcom/v2/jetpack-ai-query'],
    authHeaders: BEARER, processesInput: true,
    source: 'Automattic/jetpack projects/js-packages/ai-client (src/ask-question/sync.ts, src/jwt/index.ts)',
    notes: 'public-api.wordpress.com hosts unrelated APIs: only these paths are AI',
  },
  {
    id: 'ollama-cloud', vendor: 'Ollama', product: 'Ollama Cloud', category: 'llm-api', ...J.ollamaCloud,
    hosts: [{ host: 'ollama.com', paths: ['/api/'] }],
    pathHints: ['/api/web_search', '/api/web_fetch'],
    authHeaders: BEARER, processesInput: true,
    source: 'npm ollama@0.6.4 dist/browser.mjs (the browser build calls ollama.com for web search/fetch)',
  },
];
