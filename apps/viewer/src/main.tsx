// Entry: the shell (React, store, Cornerstone) is loaded as one lazy chunk so the HTML paints at once.
import('./app/boot').then(({ boot }) => boot(document.getElementById('root')!));
