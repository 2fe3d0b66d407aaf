/** How long work may run before letting the page repaint (progress bar) and handle input. */
const SLICE_MS = 50;

/**
 * Call after each unit of work: yields to the event loop once a slice of time has passed. A message
 * channel, not setTimeout(0), which browsers clamp to 4 ms once nested, so hundreds of yields cost seconds.
 */
export function timeSlicer(): () => Promise<void> {
  let start = performance.now();
  return async () => {
    if (performance.now() - start < SLICE_MS) return;
    await new Promise<void>((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
    start = performance.now();
  };
}
