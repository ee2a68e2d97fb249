// Every built-in the hook calls, taken once at injection so later page patches cannot reach us.
/* eslint-disable @typescript-eslint/no-explicit-any */

export type Fn = (...args: any[]) => any;
/** The window the hook runs in; tests pass a plain object with the same members. */
export type HookWindow = Record<string, any>;

const R = Reflect;
const O = Object;

// Walks the prototype chain for an accessor's getter (e.g. Blob.prototype.size).
function getterOf(proto: unknown, name: string): Fn | undefined {
  for (let p: any = proto; p; p = O.getPrototypeOf(p)) {
    const d = O.getOwnPropertyDescriptor(p, name);
    if (d) return d.get;
  }
  return undefined;
}

const method = (proto: any, name: string): Fn | undefined =>
  proto && typeof proto[name] === 'function' ? proto[name] : undefined;

export function captureBuiltins(win: HookWindow) {
  const g = globalThis as any;
  const proto = (name: string) => win[name]?.prototype;
  const crypto = win.crypto;
  const encoder = typeof win.TextEncoder === 'function' ? new win.TextEncoder() : undefined;
  const typedArrayProto = O.getPrototypeOf(Uint8Array.prototype);
  return {
    win,
    apply: R.apply,
    construct: R.construct,
    get: R.get,
    Proxy: g.Proxy as ProxyConstructor,
    defineProperty: O.defineProperty,
    getOwnPropertyDescriptor: O.getOwnPropertyDescriptor,
    getPrototypeOf: O.getPrototypeOf,
    setPrototypeOf: O.setPrototypeOf,
    keys: O.keys,
    hasOwn: method(O.prototype, 'hasOwnProperty')!,
    isArray: Array.isArray,
    stringify: JSON.stringify,
    parse: JSON.parse,
    dateNow: Date.now,
    Error: g.Error as ErrorConstructor & { stackTraceLimit?: number; prepareStackTrace?: unknown },
    errorStack: getterOf(g.Error.prototype, 'stack'),
    exec: RegExp.prototype.exec,
    strSlice: String.prototype.slice,
    strCharCodeAt: String.prototype.charCodeAt,
    strIndexOf: String.prototype.indexOf,
    strLower: String.prototype.toLowerCase,
    strUpper: String.prototype.toUpperCase,
    String: g.String as StringConstructor,
    fromCharCode: String.fromCharCode,
    Uint8Array: g.Uint8Array as Uint8ArrayConstructor,
    isView: ArrayBuffer.isView,
    abByteLength: getterOf(ArrayBuffer.prototype, 'byteLength'),
    sabByteLength: typeof g.SharedArrayBuffer === 'function' ? getterOf(g.SharedArrayBuffer.prototype, 'byteLength') : undefined,
    taBuffer: getterOf(typedArrayProto, 'buffer'),
    taOffset: getterOf(typedArrayProto, 'byteOffset'),
    taLength: getterOf(typedArrayProto, 'byteLength'),
    taSet: method(typedArrayProto, 'set'),
    toBase64: method(Uint8Array.prototype, 'toBase64'),
    dvBuffer: getterOf(g.DataView.prototype, 'buffer'),
    dvOffset: getterOf(g.DataView.prototype, 'byteOffset'),
    dvLength: getterOf(g.DataView.prototype, 'byteLength'),
    WeakMap: g.WeakMap as WeakMapConstructor,
    wmGet: WeakMap.prototype.get,
    wmSet: WeakMap.prototype.set,
    promiseThen: Promise.prototype.then,
    btoa: win.btoa as Fn | undefined,
    setTimeout: win.setTimeout as Fn,
    requestIdleCallback: win.requestIdleCallback as Fn | undefined,
    queueMicrotask: win.queueMicrotask as Fn | undefined,
    crypto,
    randomUUID: method(crypto, 'randomUUID'),
    getRandomValues: method(crypto, 'getRandomValues'),
    encoder,
    encodeInto: method(encoder, 'encodeInto'),
    URL: win.URL as typeof URL | undefined,
    urlHref: getterOf(proto('URL'), 'href'),
    urlOrigin: getterOf(proto('URL'), 'origin'),
    urlProtocol: getterOf(proto('URL'), 'protocol'),
    urlSetSearch: proto('URL') ? O.getOwnPropertyDescriptor(proto('URL'), 'search')?.set : undefined,
    CustomEvent: win.CustomEvent as typeof CustomEvent | undefined,
    eventDetail: getterOf(proto('CustomEvent'), 'detail'),
    eventTarget: getterOf(proto('Event'), 'target'),
    defaultPrevented: getterOf(proto('Event'), 'defaultPrevented'),
    dispatchEvent: method(proto('EventTarget'), 'dispatchEvent'),
    addEventListener: method(proto('EventTarget'), 'addEventListener'),
    baseURI: getterOf(proto('Node'), 'baseURI'),
    isConnected: getterOf(proto('Node'), 'isConnected'),
    blobSlice: method(proto('Blob'), 'slice'),
    blobArrayBuffer: method(proto('Blob'), 'arrayBuffer'),
    blobSize: getterOf(proto('Blob'), 'size'),
    blobType: getterOf(proto('Blob'), 'type'),
    fileName: getterOf(proto('File'), 'name'),
    rsLocked: getterOf(proto('ReadableStream'), 'locked'),
    rsTee: method(proto('ReadableStream'), 'tee'),
    rsGetReader: method(proto('ReadableStream'), 'getReader'),
    readerRead: method(proto('ReadableStreamDefaultReader'), 'read'),
    readerCancel: method(proto('ReadableStreamDefaultReader'), 'cancel'),
    Response: win.Response as typeof Response | undefined,
    resClone: method(proto('Response'), 'clone'),
    resBody: getterOf(proto('Response'), 'body'),
    resStatus: getterOf(proto('Response'), 'status'),
    TextDecoder: win.TextDecoder as typeof TextDecoder | undefined,
    tdDecode: method(proto('TextDecoder'), 'decode'),
    xhrResponseType: getterOf(proto('XMLHttpRequest'), 'responseType'),
    xhrResponseText: getterOf(proto('XMLHttpRequest'), 'responseText'),
    xhrResponse: getterOf(proto('XMLHttpRequest'), 'response'),
    xhrStatus: getterOf(proto('XMLHttpRequest'), 'status'),
    getOwnPropertyNames: O.getOwnPropertyNames,
    removeEventListener: method(proto('EventTarget'), 'removeEventListener'),
    reqClone: method(proto('Request'), 'clone'),
    reqUrl: getterOf(proto('Request'), 'url'),
    reqMethod: getterOf(proto('Request'), 'method'),
    reqHeaders: getterOf(proto('Request'), 'headers'),
    reqBody: getterOf(proto('Request'), 'body'),
    Headers: win.Headers as typeof Headers | undefined,
    headersForEach: method(proto('Headers'), 'forEach'),
    headersGet: method(proto('Headers'), 'get'),
    FormData: win.FormData as typeof FormData | undefined,
    fdForEach: method(proto('FormData'), 'forEach'),
    fdHas: method(proto('FormData'), 'has'),
    USP: win.URLSearchParams as typeof URLSearchParams | undefined,
    uspToString: method(proto('URLSearchParams'), 'toString'),
    uspAppend: method(proto('URLSearchParams'), 'append'),
    wsUrl: getterOf(proto('WebSocket'), 'url'),
    esUrl: getterOf(proto('EventSource'), 'url'),
    hasAttribute: method(proto('Element'), 'hasAttribute'),
    formDataOfEvent: getterOf(proto('FormDataEvent'), 'formData'),
    submitter: getterOf(proto('SubmitEvent'), 'submitter'),
    formAction: getterOf(proto('HTMLFormElement'), 'action'),
    formMethod: getterOf(proto('HTMLFormElement'), 'method'),
    formEnctype: getterOf(proto('HTMLFormElement'), 'enctype'),
    buttonAction: getterOf(proto('HTMLButtonElement'), 'formAction'),
    buttonMethod: getterOf(proto('HTMLButtonElement'), 'formMethod'),
    buttonEnctype: getterOf(proto('HTMLButtonElement'), 'formEnctype'),
    inputAction: getterOf(proto('HTMLInputElement'), 'formAction'),
    inputMethod: getterOf(proto('HTMLInputElement'), 'formMethod'),
    inputEnctype: getterOf(proto('HTMLInputElement'), 'formEnctype'),
  };
}

export type Builtins = ReturnType<typeof captureBuiltins>;

export { getterOf };
