import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import './globals.css';

// Every page depends on who is signed in and on live data: never prerender at build time.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: { default: 'Seller Ops', template: '%s · Seller Ops' },
  description: 'Orders, inventory and FBA fulfillment for Amazon sellers.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">{children}</body>
    </html>
  );
}
