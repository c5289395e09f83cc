import { ApiProblem, problemFrom } from './problem';
import { currentAccessToken } from '../auth/token';
import i18n from '../i18n';

/**
 * A multipart POST that reports upload progress (fetch cannot), with the same token, language and problem handling as
 * gatewayFetch: a non-2xx answer rejects with the ApiProblem read from its body. `headers` are sent as well (e.g. the
 * If-Match of a step on a versioned resource); an undefined value is left out.
 */
export function uploadWithProgress<T>(
  path: string,
  body: FormData,
  onProgress: (percent: number) => void,
  headers?: Record<string, string | undefined>,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    const token = currentAccessToken();
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.setRequestHeader('Accept-Language', i18n.language === 'en' ? 'en' : 'id');
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    for (const [name, value] of Object.entries(headers ?? {})) if (value !== undefined) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onload = () => {
      const headers = new Headers();
      const contentType = xhr.getResponseHeader('Content-Type');
      if (contentType) headers.set('Content-Type', contentType);
      const retryAfter = xhr.getResponseHeader('Retry-After');
      if (retryAfter) headers.set('Retry-After', retryAfter);
      const text = typeof xhr.responseText === 'string' ? xhr.responseText : '';
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(100);
        try {
          resolve((text ? JSON.parse(text) : undefined) as T);
        } catch {
          resolve(undefined as T);
        }
        return;
      }
      // A status outside 200..599 cannot build a Response; such an answer is a generic problem.
      if (xhr.status < 200 || xhr.status > 599) {
        reject(new ApiProblem({ status: xhr.status || 0 }));
        return;
      }
      void problemFrom(new Response(text || null, { status: xhr.status, headers })).then(reject, reject);
    };
    xhr.onerror = () => reject(new Error(i18n.t('problem.title.generic')));
    xhr.onabort = () => reject(new Error(i18n.t('problem.title.generic')));
    xhr.send(body);
  });
}
