'use client';

export default function GlobalError({ reset }: { error: Error; reset: () => void }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: 'system-ui, sans-serif', padding: '2.5rem' }}>
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
