import { gatewayFetch } from '../api/client';

/**
 * Downloads a file the gateway serves behind the caller's token (a plain link cannot send it): fetches it, then
 * saves it under the server's Content-Disposition name, or `fallbackName`. Problems are thrown as ApiProblem.
 */
export async function downloadFile(path: string, fallbackName: string): Promise<void> {
  const response = await gatewayFetch(path);
  const blob = await response.blob();
  const name = fileNameFrom(response.headers.get('Content-Disposition')) ?? fallbackName;
  const url = URL.createObjectURL(blob);
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
  } finally {
    // Revoked after the click has been handled, so the browser has started the download.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}

/** filename*=UTF-8''… (RFC 6266) first, then filename="…". */
export function fileNameFrom(disposition: string | null): string | undefined {
  if (!disposition) return undefined;
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition);
  if (extended) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(disposition);
  return plain ? plain[1].trim() : undefined;
}
