import type { Region } from './types';

/**
 * Region of a cloud location read from a host name (`bedrock-runtime.eu-central-1.amazonaws.com`,
 * `europe-west4-aiplatform.googleapis.com`).
 *
 * Why: "EU endpoint" must mean the EEA for the Art. 44 wording, and a European cloud region is not
 * always in the EEA (London, Zurich). Only locations listed here get 'eu'; other European
 * locations keep their name and no region (unknown), never a guessed 'eu'.
 */

const EEA = new Set('AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO'.split(' '));

const COUNTRY_OF: Record<string, string> = {
  // AWS regions
  'eu-west-1': 'IE', 'eu-west-2': 'GB', 'eu-west-3': 'FR', 'eu-central-1': 'DE', 'eu-central-2': 'CH',
  'eu-north-1': 'SE', 'eu-south-1': 'IT', 'eu-south-2': 'ES', 'eusc-de-east-1': 'DE',
  // Google Cloud locations
  'europe-west1': 'BE', 'europe-west2': 'GB', 'europe-west3': 'DE', 'europe-west4': 'NL', 'europe-west6': 'CH',
  'europe-west8': 'IT', 'europe-west9': 'FR', 'europe-west10': 'DE', 'europe-west12': 'IT', 'europe-north1': 'FI',
  'europe-north2': 'SE', 'europe-central2': 'PL', 'europe-southwest1': 'ES',
};

const PREFIX_REGION: [string, Region][] = [['us-', 'us'], ['cn-', 'cn'], ['ca-', 'ca']];

export function regionOfCloudLocation(location: string): { region?: Region; location: string } {
  const loc = location.toLowerCase();
  if (loc === 'global' || loc === 'eu' || loc === 'us') return { region: loc, location: loc };
  const country = COUNTRY_OF[loc];
  if (country) return { region: EEA.has(country) ? 'eu' : country.toLowerCase(), location: loc };
  const prefix = PREFIX_REGION.find(([p]) => loc.startsWith(p));
  return prefix ? { region: prefix[1], location: loc } : { location: loc };
}
