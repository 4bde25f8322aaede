'use client';

import './globals.css';

// Classes, not a style attribute: the Content-Security-Policy (proxy.ts) refuses inline styles.
export default function GlobalError({ reset }: { error: Error; reset: () => void }) {
  return (
    <html lang="en">
      <body className="p-10 font-sans">
        <main>
          <h1>Something went wrong</h1>
          <p>The dashboard hit an unexpected error. Nothing you entered was sent.</p>
          <button type="button" onClick={reset}>
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
