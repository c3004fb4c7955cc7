/**
 * At most `n` requests at once to a DICOMweb server (the rest queue in call order): a browser keeps
 * 6 connections per HTTP/1.1 origin, and a PACS throttles clients that open more (429/503).
 */
export function createLimit(n: number): <T>(run: () => Promise<T>) => Promise<T> {
  let active = 0;
  const queue: (() => void)[] = [];
  const release = () => {
    active--;
    queue.shift()?.();
  };
  return (run) =>
    new Promise((resolve, reject) => {
      const start = () => {
        active++;
        run().then(resolve, reject).finally(release);
      };
      if (active < n) start();
      else queue.push(start);
    });
}
