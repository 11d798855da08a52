import { createApi, type ParleyApi, type Transport } from '../../shared/contract';

/** The fetch function the transport uses; injectable so tests need no network. */
export type Fetch = (input: string, init: RequestInit) => Promise<Response>;

/**
 * Browser mode: every operation is `POST api/<operation>` next to the page. The host answers
 * failures as Result values with 4xx/5xx statuses, so the body is read whatever the status;
 * only a body that is not JSON at all (a proxy's error page, say) becomes a transport error.
 */
export function httpTransport(token: string, fetchFn: Fetch = (input, init) => fetch(input, init)): Transport {
  return async (operation, request) => {
    const response = await fetchFn(`api/${operation}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-parley-token': token },
      body: JSON.stringify(request ?? {}),
    });
    const body = await response.text();
    try {
      return JSON.parse(body) as unknown;
    } catch {
      throw new Error(`the notebook server answered ${response.status} ${response.statusText} without a result`);
    }
  };
}

export function createHttpApi(token: string, fetchFn?: Fetch): ParleyApi {
  return createApi(httpTransport(token, fetchFn));
}
