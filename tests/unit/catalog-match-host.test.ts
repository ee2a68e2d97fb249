import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOG, catalogWith, compileCatalog } from '@/utils/catalog/catalog';
import { normaliseHost } from '@/utils/catalog/domain';
import { matchHost } from '@/utils/catalog/match-host';
import type { CatalogEntry } from '@/utils/catalog/types';

const { hosts } = catalogWith();
const lookup = (host: string, path = '/') => matchHost(hosts, normaliseHost(host), path);

describe('matching hosts against the catalog', () => {
  it.each([
    // exact hosts and their regional twins
    ['api.openai.com', '/v1/chat/completions', 'openai', undefined],
    ['eu.api.openai.com', '/v1/responses', 'openai', 'eu'],
    ['API.OpenAI.com.', '/v1/chat/completions', 'openai', undefined],
    ['api.mistral.ai', '/v1/chat/completions', 'mistral', undefined],
    ['api.eu.mistral.ai', '/v1/chat/completions', 'mistral', 'eu'],
    ['api.us.mistral.ai', '/v1/chat/completions', 'mistral', 'us'],
    ['api-iam.eu.intercom.io', '/messenger/web/ping', 'intercom', 'eu'],
    ['api-iam.au.intercom.io', '/', 'intercom', 'au'],
    ['eu.openrouter.ai', '/api/v1/chat/completions', 'openrouter', 'eu'],
    ['insights.de.algolia.io', '/1/events', 'algolia-insights', 'eu'],
    ['personalization.us.algolia.com', '/1/profiles/personalization/u1', 'algolia-personalization', 'us'],
    // the two Google hosts under googleapis.com that are AI, with regions from the host
    ['generativelanguage.googleapis.com', '/v1beta/models/gemini-2.5-flash:generateContent', 'google-gemini', undefined],
    ['europe-west4-aiplatform.googleapis.com', '/v1/projects/p/locations/europe-west4/publishers/google/models/gemini:generateContent', 'google-vertex-ai', 'eu'],
    ['europe-west2-aiplatform.googleapis.com', '/', 'google-vertex-ai', 'gb'],
    ['us-central1-aiplatform.googleapis.com', '/', 'google-vertex-ai', 'us'],
    ['aiplatform.eu.rep.googleapis.com', '/', 'google-vertex-ai', 'eu'],
    ['aiplatform.googleapis.com', '/v1/publishers/google/models/gemini:generateContent', 'google-vertex-ai', 'global'],
    ['dialogflow.googleapis.com', '/v2/projects/p/agent/sessions/s:detectIntent', 'dialogflow', undefined],
    // Azure resource subdomains
    ['my-shop.openai.azure.com', '/openai/deployments/gpt/chat/completions', 'azure-openai', undefined],
    ['proj.services.ai.azure.com', '/api/projects/x', 'azure-openai', undefined],
    ['a.b.cognitiveservices.azure.com', '/', 'azure-openai', undefined],
    // AWS regions in the middle of the host
    ['bedrock-runtime.eu-central-1.amazonaws.com', '/model/m/converse', 'aws-bedrock', 'eu'],
    ['bedrock-runtime.us-east-1.amazonaws.com', '/model/m/invoke', 'aws-bedrock', 'us'],
    ['bedrock-agent-runtime.eu-west-3.amazonaws.com', '/', 'aws-bedrock', 'eu'],
    ['bedrock-runtime.eusc-de-east-1.amazonaws.eu', '/', 'aws-bedrock', 'eu'],
    ['bedrock-mantle.us-west-2.api.aws', '/openai/v1/chat/completions', 'aws-bedrock', 'us'],
    // one host, two entries told apart by path
    ['abc-dsn.algolia.net', '/1/indexes/*/queries', 'algolia-search', undefined],
    ['abc-dsn.algolia.net', '/1/indexes/products/recommendations', 'algolia-recommend', undefined],
    ['abc-2.algolianet.com', '/1/indexes/*/queries', 'algolia-search', undefined],
    ['ac.cnstrc.com', '/search/shoes', 'constructor-search', undefined],
    ['ac.cnstrc.com', '/recommendations/v1/pods/home', 'constructor-recommendations', undefined],
    ['public-api.wordpress.com', '/wpcom/v2/jetpack-ai-query', 'jetpack-ai-query', undefined],
    // registrable-domain entries (the reference lists many service subdomains there)
    ['eucs23v2.ksearchnet.com', '/cs/v2/search', 'klevu-search', undefined],
    ['ksearchnet.com', '/', 'klevu-search', undefined],
    ['config-cdn.ksearchnet.com', '/recommendations/abc', 'klevu-recommendations', undefined],
    ['something-new.cnstrc.com', '/', 'constructor-search', undefined],
    ['pathways.dxpapi.com', '/api/v2/widgets/w1', 'bloomreach-pathways', undefined],
    ['eu1-search.doofinder.com', '/5/search', 'doofinder', undefined],
    ['code.tidio.co', '/abc.js', 'tidio', undefined],
    ['ollama.com', '/api/web_search', 'ollama-cloud', undefined],
  ])('%s%s belongs to %s (region %s)', (host, path, id, region) => {
    const m = lookup(host, path);
    expect(m?.entry.id).toBe(id);
    expect(m?.region).toBe(region);
  });

  it.each([
    // googleapis.com and azure.com host unrelated services
    ['maps.googleapis.com', '/maps/api/js'],
    ['fonts.googleapis.com', '/css2'],
    ['firebaseinstallations.googleapis.com', '/v1/projects/p/installations'],
    ['googleapis.com', '/'],
    ['management.azure.com', '/'],
    ['openai.azure.com', '/'],
    ['myapp.azurewebsites.net', '/api/chat'],
    // label-boundary traps
    ['evilopenai.com', '/v1/chat/completions'],
    ['api.openai.com.evil.test', '/v1/chat/completions'],
    ['xapi.openai.com', '/'],
    ['openai.com', '/'],
    ['notalgolia.net', '/1/indexes/*/queries'],
    ['api.mistral.ai.example', '/'],
    ['openai.azure.com.attacker.test', '/'],
    ['openrouter.dev', '/api/v1/chat/completions'],
    ['bedrock-runtime.amazonaws.com', '/'],
    ['s3.eu-central-1.amazonaws.com', '/'],
    ['aiplatform.googleapis.com.evil.test', '/'],
    // path-limited hosts outside their paths
    ['public-api.wordpress.com', '/rest/v1.1/sites/1'],
    ['static.zdassets.com', '/web_widget/latest/web-widget-main.js'],
    ['openrouter.ai', '/docs'],
    // unrelated look-alikes
    ['clerk.com', '/'],
    ['accounts.clerk.dev', '/'],
  ])('%s%s is not in the catalog', (host, path) => {
    expect(lookup(host, path)).toBeNull();
  });

  it('reports which path hint the request matched and how the host matched', () => {
    expect(lookup('api.openai.com', '/v1/chat/completions')).toMatchObject({ via: 'exact', endpoint: '/v1/chat/completions', role: 'api' });
    expect(lookup('x.openai.azure.com', '/openai/deployments/d/embeddings')).toMatchObject({ via: 'wildcard', endpoint: '/openai/deployments/' });
    expect(lookup('ksearchnet.com')).toMatchObject({ via: 'registrable-domain' });
    expect(lookup('widget.intercom.io', '/widget/abc')).toMatchObject({ role: 'loader' });
    expect(lookup('europe-west9-aiplatform.googleapis.com')).toMatchObject({ region: 'eu', location: 'europe-west9' });
  });

  it('lets a user entry add hosts and win a tie with a built-in entry', () => {
    const own: CatalogEntry = {
      id: 'user-llm-proxy', vendor: 'Our proxy', category: 'llm-api', hosts: ['llm.example.eu', 'api.openai.com'], pathHints: [],
      authHeaders: [], processesInput: true, source: 'user', country: 'DE', eeaEntity: 'not-applicable',
      euResidency: { option: 'eu-default' }, jurisdictionSource: 'user',
    };
    const compiled = compileCatalog([own, ...BUILTIN_CATALOG]).hosts;
    expect(matchHost(compiled, 'llm.example.eu')?.entry.id).toBe('user-llm-proxy');
    expect(matchHost(compiled, 'api.openai.com')?.entry.id).toBe('user-llm-proxy');
  });

  it('compiles the built-in catalog once and a user list once per array', () => {
    const list: CatalogEntry[] = [];
    expect(catalogWith()).toBe(catalogWith(list));
    const user = [{ ...BUILTIN_CATALOG[0]!, id: 'copy' }];
    expect(catalogWith(user)).toBe(catalogWith(user));
    expect(catalogWith(user)).not.toBe(catalogWith());
  });
});
