import { effectivePort } from './endpoints';
import { compilePathPatterns, type PathMatcher } from './path-pattern';
import type { CatalogEntry } from './types';

/**
 * Names the self-hosted LLM server behind a loopback/private request, by default port + path.
 *
 * Why: "Ollama on this machine" is a clearer info line than "a local address". Both must agree
 * (port 8080 alone is any dev server), and a guess never changes the verdict: the request is
 * sovereign/local either way.
 */

export interface LocalServerIndex { servers: { entry: CatalogEntry; ports: Set<string>; paths: PathMatcher }[] }

export function compileLocalServers(entries: readonly CatalogEntry[]): LocalServerIndex {
  return {
    servers: entries
      .filter((e) => e.category === 'local-llm' && e.defaultPorts?.length)
      .map((entry) => ({ entry, ports: new Set(entry.defaultPorts!.map(String)), paths: compilePathPatterns(entry.pathHints) })),
  };
}

export function guessLocalServer(index: LocalServerIndex, url: URL): CatalogEntry | undefined {
  const port = effectivePort(url);
  return index.servers.find((s) => s.ports.has(port) && s.paths(url.pathname) !== undefined)?.entry;
}
