/**
 * Path patterns for path hints and path-limited host rules.
 *
 * Why: hints like `/1/indexes/{index}/recommendations` or `/v1beta/models/{model}:generateContent`
 * have variable segments; compiling each once to a RegExp keeps per-request matching cheap, and
 * matching only on segment boundaries keeps `/v1/chat` from matching `/v1/chatter`.
 *
 * Syntax: literal text; `*` matches one or more characters inside one segment. A pattern ending
 * in `/` is a prefix; otherwise it matches the whole path or a prefix that ends at a `/`.
 */

export type PathMatcher = (path: string) => string | undefined;

export function compilePathPattern(pattern: string): RegExp {
  const body = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('[^/]+');
  return new RegExp(`^${body}${pattern.endsWith('/') ? '' : '(?:/|$)'}`);
}

/** A matcher returning the first pattern that matches the path, or undefined. */
export function compilePathPatterns(patterns: readonly string[]): PathMatcher {
  const compiled = patterns.map((p) => [p, compilePathPattern(p)] as const);
  return (path) => compiled.find(([, re]) => re.test(path))?.[0];
}
