'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useState, type ReactNode } from 'react';
import { LinkPending } from './link-pending';
import { NAV_ITEMS } from './nav-items';

/** A count next to a section's link, e.g. low-stock SKUs next to Inventory. */
export interface NavBadge {
  count: number;
  /** What the count counts ("low-stock SKUs"), for screen readers and the tooltip. */
  label: string;
}

/** Fixed on laptops; on tablets and phones a Menu button opens it above the page. */
export function Sidebar({ header, footer, badges = {} }: { header: ReactNode; footer: ReactNode; badges?: Record<string, NavBadge> }) {
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  return (
    <>
      {/* A landmark of its own, so screen readers reach the Menu button by landmark too. */}
      <header className="flex items-center justify-between border-b border-slate-200 bg-white px-4 py-3 lg:hidden">
        <span className="font-semibold">Seller Ops</span>
        <button
          type="button"
          className="rounded-md border border-slate-300 px-3 py-1 text-sm"
          aria-expanded={open}
          aria-controls="sidebar"
          onClick={() => setOpen((v) => !v)}
        >
          Menu
        </button>
      </header>
      <aside
        id="sidebar"
        aria-label="Sidebar"
        className={`${open ? 'block' : 'hidden'} border-r border-slate-200 bg-white lg:fixed lg:inset-y-0 lg:block lg:w-60`}
      >
        <div className="flex h-full flex-col gap-4 p-4">
          <p className="hidden text-lg font-semibold lg:block">Seller Ops</p>
          {header}
          <nav aria-label="Main">
            <ul className="space-y-1">
              {NAV_ITEMS.map((item) => {
                const current = pathname === item.href || pathname.startsWith(`${item.href}/`);
                const badge = badges[item.href];
                return (
                  <li key={item.href}>
                    <Link
                      href={item.href}
                      aria-current={current ? 'page' : undefined}
                      onClick={() => setOpen(false)}
                      className={`flex items-center justify-between rounded-md px-3 py-2 text-sm font-medium ${
                        current ? 'bg-blue-50 text-blue-800' : 'text-slate-700 hover:bg-slate-100'
                      }`}
                    >
                      <span className="flex items-center">
                        {item.label}
                        <LinkPending />
                      </span>
                      {badge ? (
                        <span className="rounded-full bg-amber-200 px-2 py-0.5 text-xs font-semibold text-amber-950" title={`${badge.count} ${badge.label}`}>
                          {badge.count}
                          <span className="sr-only"> {badge.label}</span>
                        </span>
                      ) : null}
                    </Link>
                  </li>
                );
              })}
            </ul>
          </nav>
          <div className="mt-auto">{footer}</div>
        </div>
      </aside>
    </>
  );
}
