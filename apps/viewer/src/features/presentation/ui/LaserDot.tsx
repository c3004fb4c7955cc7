import { useEffect, useState } from 'react';

/** A red pointer dot following the mouse over the whole window (drawn in the page, so a screen share shows it). */
export function LaserDot() {
  const [p, setP] = useState<[number, number] | null>(null);
  useEffect(() => {
    const move = (e: PointerEvent) => setP([e.clientX, e.clientY]);
    window.addEventListener('pointermove', move, { capture: true, passive: true });
    return () => window.removeEventListener('pointermove', move, { capture: true });
  }, []);
  if (!p) return null;
  return <div className="board-laser" data-testid="board-laser" style={{ left: p[0], top: p[1] }} />;
}
