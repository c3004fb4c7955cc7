import { isSignInCallback } from './features/signin/isSignInCallback';

// Entry: the shell (React, store, Cornerstone) is loaded as one lazy chunk so the HTML paints at once.
// The OpenID Connect sign-in window comes back to this page: it only passes the answer on.
const root = document.getElementById('root')!;
if (isSignInCallback(location.search)) import('./features/signin/completeSignIn').then(({ completeSignIn }) => completeSignIn(root));
else import('./app/boot').then(({ boot }) => boot(root));
