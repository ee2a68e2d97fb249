import { JURISDICTIONS as J } from './jurisdictions';
import type { CatalogEntry } from './types';

/**
 * Self-hosted / OpenAI-compatible LLM servers (`local-llm`, the good case), from
 * ../shared/reference/ai-catalog.md §2.
 *
 * Why: these speak the same protocol as OpenAI, so they are told apart by host, never by path.
 * They have no hosts: a loopback or private address that is not the store is sovereign/local, and
 * the default port plus a path hint only names which server it probably is.
 */

const V1 = ['/v1/chat/completions', '/v1/completions', '/v1/embeddings'];

export const LOCAL_LLM_ENTRIES: CatalogEntry[] = [
  {
    id: 'ollama', vendor: 'Ollama', product: 'Ollama (self-hosted)', category: 'local-llm', ...J.selfHosted,
    hosts: [], defaultPorts: [11434],
    pathHints: ['/api/chat', '/api/generate', '/api/embed', '/api/embeddings', '/api/tags', '/api/show', '/api/ps', '/api/version', '/api/create', '/api/pull', '/api/push', '/api/copy', '/api/delete'],
    authHeaders: [], processesInput: true,
    source: 'npm ollama@0.6.4 dist/browser.mjs',
    notes: 'Ollama\'s own OpenAI-compatible /v1/chat/completions not verified',
  },
  {
    id: 'vllm', vendor: 'vLLM', category: 'local-llm', ...J.selfHosted,
    hosts: [], defaultPorts: [8000], pathHints: V1,
    authHeaders: ['authorization'], processesInput: true,
    source: 'docs.vllm.ai "OpenAI-Compatible Server"',
  },
  {
    id: 'lm-studio', vendor: 'LM Studio', category: 'local-llm', ...J.selfHosted,
    hosts: [], defaultPorts: [1234], pathHints: ['/v1/models', '/v1/responses', ...V1],
    authHeaders: [], processesInput: true,
    source: 'lmstudio.ai/docs/api/openai-api',
    notes: 'also Anthropic-compatible at the server root',
  },
  {
    id: 'localai', vendor: 'LocalAI', category: 'local-llm', ...J.selfHosted,
    hosts: [], defaultPorts: [8080], pathHints: ['/v1/chat/completions', '/v1/models'],
    authHeaders: ['authorization'], processesInput: true,
    source: 'localai.io docs "Try it out", "Quickstart"',
  },
];
