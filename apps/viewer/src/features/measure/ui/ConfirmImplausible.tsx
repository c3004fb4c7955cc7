import { useEffect, useRef } from 'react';
import { useApp } from '../../../app/store';
import { answerImplausible } from './confirmAnswer';

/**
 * "Keep this implausible result?" — a modal alert dialog stating why (a line longer than the body,
 * a region larger than the limit or touching the volume border). Enter keeps it, Esc discards it
 * (it then leaves no lesion); the keys are taken before any other handler (e.g. grow's Enter).
 */
export function ConfirmImplausible() {
  const q = useApp((s) => s.confirm);
  const keepRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!q) return;
    const prev = document.activeElement as HTMLElement | null;
    keepRef.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Enter' && e.key !== 'Escape') return;
      e.preventDefault();
      e.stopImmediatePropagation();
      answerImplausible(e.key === 'Enter');
    };
    window.addEventListener('keydown', onKey, true);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      prev?.focus?.();
    };
  }, [q]);
  if (!q) return null;
  return (
    <div className="confirm-backdrop" style={{ position: 'fixed', inset: 0, background: 'rgba(0,0,0,0.55)', display: 'flex', alignItems: 'center', justifyContent: 'center', zIndex: 1000 }}>
      <div role="alertdialog" aria-modal="true" aria-labelledby="confirm-implausible-title" aria-describedby="confirm-implausible-reasons" className="confirm-implausible"
        style={{ background: '#14181e', color: '#d8dee6', border: '1px solid #c98a2b', borderRadius: 4, padding: '14px 18px', maxWidth: 460, font: '13px system-ui, sans-serif', boxShadow: '0 8px 28px rgba(0,0,0,0.6)' }}>
        <h2 id="confirm-implausible-title" style={{ margin: '0 0 8px', fontSize: 15, color: '#f0b85a' }}>{q.title}</h2>
        <ul id="confirm-implausible-reasons" style={{ margin: '0 0 12px', paddingLeft: 18, lineHeight: 1.45 }}>
          {q.reasons.map((r) => <li key={r}>{r}</li>)}
        </ul>
        <div style={{ display: 'flex', gap: 8, justifyContent: 'flex-end' }}>
          <button type="button" onClick={() => answerImplausible(false)} title="Discard (Esc): no lesion is made">Discard <kbd>Esc</kbd></button>
          <button type="button" ref={keepRef} onClick={() => answerImplausible(true)} title="Keep it as a lesion (Enter)" style={{ borderColor: '#c98a2b' }}>Keep <kbd>Enter</kbd></button>
        </div>
      </div>
    </div>
  );
}
