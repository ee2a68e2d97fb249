// Self-signed TLS certificate for the fixture HTTPS hosts, generated in memory at run time.
// Nothing is written to disk and no openssl binary is needed. Chromium is started with
// --ignore-certificate-errors and Firefox (WebDriver BiDi) with acceptInsecureCerts, so the
// certificate only has to be well-formed; the SANs list the fixture hosts anyway.
import selfsigned from 'selfsigned';

/** @type {Map<string, Promise<{key: string, cert: string}>>} */
const cache = new Map();

/**
 * @param {string[]} hostnames DNS names for subjectAltName (wildcards allowed, e.g. "*.algolia.net")
 * @returns {Promise<{key: string, cert: string}>} PEM private key and certificate
 */
export function certificateFor(hostnames) {
  const names = [...new Set(hostnames)].sort();
  const cacheKey = names.join(',');
  let pending = cache.get(cacheKey);
  if (!pending) {
    pending = selfsigned
      .generate([{ name: 'commonName', value: names[0] ?? 'localhost' }], {
        keyType: 'ec', // EC P-256 is generated in milliseconds; RSA-2048 takes much longer
        curve: 'P-256',
        algorithm: 'sha256',
        notBeforeDate: new Date(Date.now() - 24 * 3600 * 1000),
        notAfterDate: new Date(Date.now() + 30 * 24 * 3600 * 1000),
        extensions: [
          { name: 'basicConstraints', cA: false },
          { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
          { name: 'extKeyUsage', serverAuth: true },
          {
            name: 'subjectAltName',
            altNames: [
              ...names.map((value) => /** @type {const} */ ({ type: 2, value })),
              { type: 7, ip: '127.0.0.1' },
            ],
          },
        ],
      })
      .then((pems) => ({ key: pems.private, cert: pems.cert }));
    cache.set(cacheKey, pending);
  }
  return pending;
}
