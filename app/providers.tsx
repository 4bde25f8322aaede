'use client';

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';

/** TanStack Query for the pages that poll or refetch (outbound order, new outbound order, a plan's Amazon operation, sync status); only they load it. */
export function Providers({ children }: { children: ReactNode }) {
  // One client per browser tab; pages hand it their server-fetched data.
  const [client] = useState(() => new QueryClient({ defaultOptions: { queries: { staleTime: 30_000 } } }));
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
