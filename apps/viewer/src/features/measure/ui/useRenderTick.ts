import { useEffect, useState } from 'react';
import { Enums } from '@cornerstonejs/core';

/** Re-render a viewport layer whenever Cornerstone renders that viewport (scroll, zoom, pan). */
export function useRenderTick(element: HTMLElement | null): number {
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (!element) return;
    const on = () => setTick((t) => t + 1);
    element.addEventListener(Enums.Events.IMAGE_RENDERED, on);
    return () => element.removeEventListener(Enums.Events.IMAGE_RENDERED, on);
  }, [element]);
  return tick;
}
