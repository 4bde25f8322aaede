'use client';

import { useRouter } from 'next/navigation';
import { createContext, useContext, useEffect, type ReactNode } from 'react';

const TimeZoneContext = createContext('UTC');

/** The zone the signed-in user reads dates in (lib/users/time-zone.ts decides it on the server). */
export function TimeZoneProvider({ zone, children }: { zone: string; children: ReactNode }) {
  return <TimeZoneContext.Provider value={zone}>{children}</TimeZoneContext.Provider>;
}

export function useTimeZone(): string {
  return useContext(TimeZoneContext);
}

/**
 * Tells the server the browser's zone (a cookie), for users who have not chosen one. When it
 * differs from what the page was rendered with, the page renders again once, in the right zone.
 */
export function BrowserTimeZone({ cookieZone, cookieName }: { cookieZone: string | undefined; cookieName: string }) {
  const router = useRouter();
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!zone || zone === cookieZone) return;
    document.cookie = `${cookieName}=${zone}; path=/; max-age=31536000; samesite=lax`;
    router.refresh();
  }, [cookieZone, cookieName, router]);
  return null;
}
