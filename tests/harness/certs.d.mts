// Types for certs.mjs (kept by hand).
export declare function certificateFor(hostnames: string[]): Promise<{ key: string; cert: string }>;
