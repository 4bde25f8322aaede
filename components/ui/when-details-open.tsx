'use client';

import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * Renders its children once the <details> around it has been opened, and keeps them after. A
 * form folded away in each of a list's rows is then neither in the page's HTML nor hydrated
 * until a seller opens one (the inventory list has one per SKU, twice: table and cards).
 */
export function WhenDetailsOpen({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [opened, setOpened] = useState(false);
  useEffect(() => {
    const details = ref.current?.closest('details');
    if (!details || details.open) {
      setOpened(true);
      return;
    }
    const onToggle = () => {
      if (details.open) setOpened(true);
    };
    details.addEventListener('toggle', onToggle);
    return () => details.removeEventListener('toggle', onToggle);
  }, []);
  return <div ref={ref}>{opened ? children : null}</div>;
}
