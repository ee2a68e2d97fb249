import { describe, expect, it } from 'vitest';
import { fromBeforeRequest, type RequestDetails } from '@/utils/web-request-observations';

// What webRequest reports becomes an observation; a user name and password written into any of
// its URLs are masked there, before the recorder or the database hold them.

const details = (over: Partial<RequestDetails>): RequestDetails => ({
  requestId: '1', url: 'https://api.openai.com/v1/x', method: 'post', type: 'xmlhttprequest', tabId: 1, frameId: 0, timeStamp: 5, ...over,
});

describe('webRequest observations of URLs with user info', () => {
  it.each([
    ['the request URL (Firefox keeps it)', { url: 'https://ops:hunter2@api.openai.com/v1/x' }, { url: 'https://***@api.openai.com/v1/x' }],
    ['the document URL (Firefox)', { documentUrl: 'https://shop:hunter2@store.test/checkout/' }, { documentUrl: 'https://***@store.test/checkout/' }],
    ['the initiating document (Firefox originUrl)', { originUrl: 'https://shop:hunter2@store.test/checkout/' }, { initiator: 'https://***@store.test/checkout/' }],
    ['none of them, left alone', { initiator: 'https://store.test' }, { url: 'https://api.openai.com/v1/x', initiator: 'https://store.test' }],
  ])('masks %s', (_what, over, expected) => {
    const observation = fromBeforeRequest(details(over), 1000);
    expect(observation).toMatchObject(expected);
    expect(JSON.stringify(observation)).not.toContain('hunter2');
  });
});
