/**
 * Test support. jsdom's File has no stream() (nor arrayBuffer()), so Node's Request never finishes reading a
 * multipart body that holds one and the stubbed fetch waits forever. Browsers have it; tests get it through FileReader.
 */
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
export {};
