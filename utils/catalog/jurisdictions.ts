import type { Jurisdiction } from './types';

/**
 * Legal country, EEA contracting entity and EU residency per vendor, transcribed from
 * ../shared/reference/vendor-jurisdictions.md (checked there on 2026-11-21).
 *
 * Why a separate table: several catalog entries share one vendor (Algolia search, insights, …;
 * Google's Vertex AI and Dialogflow), and the Art. 44 wording must not drift between them. Cells the
 * reference marks "not verified" are 'unknown'; vendors it does not list are `NOT_IN_REFERENCE`.
 */

const TDB = 'Ghostery TrackerDB (ghostery/trackerdb 0448d4bf5ac6)';
const unknownResidency = { option: 'unknown' } as const;

export const NOT_IN_REFERENCE: Jurisdiction = {
  country: 'unknown',
  eeaEntity: 'unknown',
  euResidency: unknownResidency,
  jurisdictionSource: 'not listed in vendor-jurisdictions.md',
};

const j = (country: string, eeaEntity: Jurisdiction['eeaEntity'], euResidency: Jurisdiction['euResidency'], jurisdictionSource: string, extra: Partial<Jurisdiction> = {}): Jurisdiction =>
  ({ country, eeaEntity, euResidency, jurisdictionSource, ...extra });

export const JURISDICTIONS = {
  openai: j('US', { name: 'OpenAI Ireland Limited', country: 'IE' },
    { option: 'eu-available', note: 'per-project data residency with the EU endpoint eu.api.openai.com; eligibility via sales; system data excluded' },
    `${TDB} openai.eno; openai.com/policies/services-agreement; OpenAI API docs "Data residency"; EEA entity from press and conductatlas.com (3rd-party)`,
    { eeaEntityNote: 'for EEA + Switzerland users (Europe privacy policy, EU Terms of Use); the API Services Agreement "OpenAI Contracting Party" definition was not read' }),
  microsoft: j('US', { name: 'Microsoft Ireland Operations Limited', country: 'IE' },
    { option: 'eu-available', note: 'deployment type Standard (Azure geography) or DataZone-Standard (EU data zone) instead of Global-Standard' },
    `${TDB} microsoft.eno; Microsoft Learn "Azure OpenAI deployment types"; Microsoft Customer Cloud Agreement (3rd-party copy, go2azure.eu)`),
  anthropic: j('US', { name: 'Anthropic Ireland, Limited', country: 'IE' },
    { option: 'not-offered', note: 'first-party API inference_geo takes global or us only; on Bedrock/Vertex the region follows the endpoint' },
    'Claude Platform docs "Data residency"; conductatlas.com "Anthropic Commercial Terms" (3rd-party)',
    { eeaEntityNote: 'EEA/CH/UK business customers under the Commercial Terms (eff. 2025-06-17), per a third-party summary' }),
  googleGemini: j('US', 'unknown', unknownResidency,
    `${TDB} google.eno; ai.google.dev "Gemini API Additional Terms of Service"; Gemini API docs "Billing"`,
    { eeaEntityNote: 'billing runs through Cloud Billing; apps serving EEA/CH/UK users must use Paid Services' }),
  googleCloud: j('US', { name: 'Google Cloud EMEA Limited', country: 'unknown' },
    { option: 'by-region', note: 'EU regions; Assured Workloads "EU Data Boundary"; CX Agent Studio (Dialogflow line) has an eu multi-region' },
    `${TDB} google.eno; cloud.google.com/terms/google-entity; Google Cloud docs "EU Data Boundary and Support", "Regionalization and data residency"`,
    { eeaEntityNote: 'for EMEA billing addresses; its country is not in the stored copy; Italy: Google Cloud Italy S.r.l. (IT)' }),
  amazon: j('US', { name: 'Amazon Web Services EMEA SARL', country: 'LU' },
    { option: 'by-region', note: 'Bedrock runtime in EU regions, e.g. eu-central-1, eu-west-3, eu-west-1 (gated)' },
    `${TDB} amazon_associates.eno; aws.amazon.com/legal/aws-contracting-party; AWS docs "Supported AWS Regions" (Amazon Bedrock)`,
    { eeaEntityNote: 'for accounts in EMEA except Turkey and South Africa' }),
  mistral: j('FR', { name: 'Mistral AI', country: 'FR' },
    { option: 'eu-default', note: 'a 2025-02-10 DPA change added US infrastructure (3rd-party)' },
    'mistral.ai/terms (eff. 2025-05-07); unlock-my-data.com citing Open Terms Archive (3rd-party)'),
  cohere: j('CA', 'none', unknownResidency, 'cohere.com/saas-agreement (2024-02-29); cohere.com/privacy'),
  groq: j('unknown', 'unknown', unknownResidency, 'console.groq.com/docs/terms-of-sale; console.groq.com/docs/legal/services-agreement'),
  together: j('unknown', 'none', unknownResidency, 'together.ai/privacy (2025-12-17)'),
  fireworks: j('unknown', 'none', unknownResidency, 'app.fireworks.ai/terms-of-service (2023-10-09)'),
  perplexity: j('US', 'none', unknownResidency, 'Perplexity API Terms of Service (2025-05-23); perplexity.ai/hub/legal/dpa; conductatlas.com (3rd-party)',
    { countryNote: 'third-party source only', eeaEntityNote: 'the DPA relies on SCCs for transfers out of the EEA' }),
  deepseek: j('CN', 'none', { option: 'not-offered', note: 'the policy says data is stored on servers in the PRC' },
    'DeepSeek Privacy Policy (3rd-party copy, scribd.com); press quoting the policy'),
  xai: j('unknown', 'none', { option: 'not-offered', note: 'the DPA allows processing outside Europe, including the US' },
    'x.ai/legal/data-processing-addendum; infercheck.eu "xAI" (3rd-party)'),
  openrouter: j('unknown', 'none', unknownResidency, 'conductatlas.com "OpenRouter Terms of Service / Privacy Policy" (3rd-party)'),
  huggingface: j('US', 'unknown', unknownResidency, 'huggingface.co/privacy; conductatlas.com (3rd-party)', { countryNote: 'third-party source only' }),
  replicate: j('unknown', 'unknown', unknownResidency, 'conductatlas.com, getpageguard.com (3rd-party, conflicting)'),
  cerebras: j('US', 'none', unknownResidency, 'cerebras.ai/terms-of-service (eff. 2024-08-27); aiwiki.com.my (3rd-party)', { countryNote: 'third-party source only' }),
  deepinfra: j('US', 'none', unknownResidency, 'deepinfra.com/terms (2024-07-04); deepinfra.com/privacy (2024-07-23)'),
  ollamaCloud: j('US', 'not-applicable', { option: 'not-offered', note: 'Ollama Cloud: no EU-only option found' },
    'infercheck.eu "Ollama Cloud" (3rd-party)', { countryNote: 'third-party source only' }),
  selfHosted: j('unknown', 'not-applicable', { option: 'self-hosted', note: 'data stays on the infrastructure that runs the server' },
    'ai-catalog.md §2 (category local-llm); vendor-jurisdictions.md Ollama row'),
  automattic: j('US', 'unknown', unknownResidency, `${TDB} automattic.eno; Automattic Data Processing Addendum (2024-03-18, 3rd-party copy)`,
    { eeaEntityNote: 'depends on the customer\'s residence; entity name not in the stored copy' }),
  algolia: j('FR', 'unknown', { option: 'unknown', note: 'records stored in the region chosen in the service order; an EU region was not checked' },
    `${TDB} algolia.eno; algolia.com/privacy-faqs`),
  klevu: j('FI', { name: 'Klevu Oy', country: 'FI' }, unknownResidency, 'klevu.com/terms-of-service (2018-10-15); asklo.ai/policies/terms-of-service'),
  doofinder: j('ES', { name: 'Doofinder, S.L.', country: 'ES' }, unknownResidency, 'doofinder.com/en/privacy-policy'),
  constructor: j('unknown', 'unknown', unknownResidency, 'not verified in vendor-jurisdictions.md'),
  bloomreach: j('US', 'unknown', unknownResidency, `${TDB} bloomreach.eno`),
  nosto: j('FI', { name: 'Nosto Solutions Oy', country: 'FI' }, unknownResidency, `${TDB} nosto.eno`),
  clerk: j('DK', { name: 'Clerk.io', country: 'DK' }, unknownResidency, `${TDB} clerk.io.eno`),
  luigisbox: j('SK', { name: "Luigi's Box, s.r.o.", country: 'SK' }, unknownResidency, 'luigisbox.com/terms-of-service (2024-08-15)'),
  tidio: j('US', 'unknown', unknownResidency, `${TDB} tidio_chat.eno; tidiochat.com/en/terms (2018-05-22)`,
    { eeaEntityNote: 'affiliates Tidio Ltd (UK) and Tidio Poland Sp. z o.o. (PL); which one contracts is not verified' }),
  intercom: j('US', { name: 'Intercom R&D Unlimited Company', country: 'IE' },
    { option: 'eu-available', note: 'optional EU hosting on AWS eu-west-1 (Dublin); default US; AI sub-processors OpenAI, Anthropic, Google (USA)' },
    `${TDB} intercom.eno; intercom.com/terms-and-policies; intercom.com/legal/subprocessors-list`),
  zendesk: j('US', 'unknown', unknownResidency, `${TDB} zendesk.eno; Zendesk "Application Developer and API Agreement" (2022)`),
  livechat: j('US', 'none', unknownResidency, 'partners.livechatinc.com/terms-and-conditions (2021-12-28); livechat.com/legal/gdpr-faq'),
  drift: j('US', 'unknown', unknownResidency, `${TDB} drift.eno → salesloft.eno`, { eeaEntityNote: 'Salesloft acquired Drift (2024-02-13)' }),
  gorgias: j('US', 'none', unknownResidency, 'gorgias.com/legal/master-subscription-agreement-11012024; gorgias.com/legal/eu-privacy-notice'),
  chatbase: j('unknown', 'unknown', unknownResidency, 'not verified in vendor-jurisdictions.md'),
  botpress: j('US', 'none', unknownResidency, 'botpress.com/company/terms (2024-06-17)', { countryNote: 'Botpress, Inc. (Delaware) for customers outside Canada' }),
  voiceflow: j('unknown', 'unknown', unknownResidency, 'voiceflow.com "Master Affiliate Marketing Agreement"'),
  zipchat: j('unknown', 'unknown', unknownResidency, 'zipchat.ai/legal/terms-conditions (2025-10-28)'),
  clarity: j('US', 'unknown', { option: 'unknown', note: 'consent signals enforced for EEA/UK/CH visits from 2025-10-31' },
    `${TDB} pattern microsoft_clarity.eno → microsoft; Microsoft Learn "Clarity Consent API v2"`),
  meowApps: j('unknown', 'not-applicable', { option: 'not-applicable', note: 'the AI vendor is whichever provider the store configures' },
    'vendor-jurisdictions.md (Meow Apps row)'),
} satisfies Record<string, Jurisdiction>;
