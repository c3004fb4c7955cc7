import { useEffect } from 'react';
import { useApp } from '../../app/store';

/** Puts the reader's theme on <html data-theme> (styles.css holds both palettes; viewports stay black). */
export function useTheme(): void {
  const theme = useApp((s) => s.ui.theme);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
}
