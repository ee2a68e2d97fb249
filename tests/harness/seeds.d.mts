import type { Page } from 'playwright-core';

export function readSeeds(extPage: Page): Promise<{ kind: string; value: string; shopperId?: string }[]>;
