import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';
import '../i18n';

// jsdom lacks these browser APIs that Mantine uses.
window.matchMedia ??= ((query: string) => ({
  matches: false,
  media: query,
  onchange: null,
  addListener: () => {},
  removeListener: () => {},
  addEventListener: () => {},
  removeEventListener: () => {},
  dispatchEvent: () => false,
})) as typeof window.matchMedia;
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

// Mantine screens render slowly in jsdom on a busy 2-core machine: findBy* waits up to 5 s instead of 1 s.
configure({ asyncUtilTimeout: 5000 });

// jsdom lacks document.fonts (Mantine's autosizing Textarea listens to it) and scrollIntoView (Combobox).
if (!('fonts' in document)) {
  Object.defineProperty(document, 'fonts', {
    configurable: true,
    value: { addEventListener: () => {}, removeEventListener: () => {}, ready: Promise.resolve() },
  });
}
Element.prototype.scrollIntoView ??= function scrollIntoView() {};

// jsdom's File has no stream(), so Node's Request never finishes reading a multipart body that holds one and a
// stubbed fetch waits forever. Browsers have it; tests get it through FileReader.
if (!Blob.prototype.stream) {
  Blob.prototype.stream = function stream(this: Blob) {
    const blob = this;
    return new ReadableStream<Uint8Array>({
      start(controller) {
        const reader = new FileReader();
        reader.onload = () => {
          controller.enqueue(new Uint8Array(reader.result as ArrayBuffer));
          controller.close();
        };
        reader.onerror = () => controller.error(reader.error);
        reader.readAsArrayBuffer(blob);
      },
    });
  } as typeof Blob.prototype.stream;
}
