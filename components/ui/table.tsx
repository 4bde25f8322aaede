import type { ReactNode } from 'react';
import { ScrollArea } from './scroll-area';

/**
 * The dashboard's one table look. Padding, header and row borders are set on the <table> with
 * descendant variants, so rows and cells carry only what is their own (alignment, fonts, colours).
 * Those variants outrank a cell's own padding class: change padding here, not per cell.
 */

// Inside a card next to other content: tight rows under an underlined header.
const compact =
  '[&_td]:py-1 [&_td]:pr-3 [&_th]:py-1 [&_th]:pr-3 [&_thead]:text-slate-600 [&_thead_th]:font-medium [&_thead_tr]:border-b [&_thead_tr]:border-slate-200 [&_tbody_tr]:border-t [&_tbody_tr]:border-slate-100';
// Roomier rows under a shaded header, for tables that are the content.
const regular =
  '[&_td]:px-3 [&_td]:py-2 [&_th]:px-3 [&_th]:py-2 [&_thead]:bg-slate-50 [&_thead]:text-slate-700 [&_thead_th]:font-semibold [&_tbody_tr]:border-t [&_tbody_tr]:border-slate-200';

// Below lg each body row is a card: a grid whose columns the row sets and its cells place
// themselves in (max-lg: classes), the header hidden, and each cell's data-label written above
// its value. One structure for both screens, so a list is sent and hydrated once.
const phoneCards =
  'max-lg:block max-lg:[&_thead]:hidden max-lg:[&_tbody]:block max-lg:[&_tbody]:space-y-3 max-lg:[&_tbody_tr]:grid max-lg:[&_tbody_tr]:gap-x-3 max-lg:[&_tbody_tr]:gap-y-2 max-lg:[&_tbody_tr]:rounded-lg max-lg:[&_tbody_tr]:border max-lg:[&_tbody_tr]:border-slate-200 max-lg:[&_tbody_tr]:bg-white max-lg:[&_tbody_tr]:p-3 max-lg:[&_td]:block max-lg:[&_td]:min-w-0 max-lg:[&_tbody_th]:block max-lg:[&_tbody_th]:min-w-0 max-lg:[&_td[data-label]]:before:block max-lg:[&_td[data-label]]:before:text-xs max-lg:[&_td[data-label]]:before:text-slate-600 max-lg:[&_td[data-label]]:before:content-[attr(data-label)]';
// compact and regular from lg on, for tables that are cards below it.
const lgCompact =
  'lg:[&_td]:py-1 lg:[&_td]:pr-3 lg:[&_th]:py-1 lg:[&_th]:pr-3 lg:[&_thead]:text-slate-600 lg:[&_thead_th]:font-medium lg:[&_thead_tr]:border-b lg:[&_thead_tr]:border-slate-200 lg:[&_tbody_tr]:border-t lg:[&_tbody_tr]:border-slate-100';
const lgRegular =
  'lg:[&_td]:px-3 lg:[&_td]:py-2 lg:[&_th]:px-3 lg:[&_th]:py-2 lg:[&_thead]:bg-slate-50 lg:[&_thead]:text-slate-700 lg:[&_thead_th]:font-semibold lg:[&_tbody_tr]:border-t lg:[&_tbody_tr]:border-slate-200';

const variants = {
  compact: { wrapper: 'overflow-x-auto', table: compact },
  regular: { wrapper: 'overflow-x-auto', table: regular },
  // A page's main list: regular, in a card of its own.
  framed: { wrapper: 'overflow-x-auto rounded-lg border border-slate-200 bg-white', table: regular },
  // framed on a laptop, cards on a phone or tablet (see phoneCards above): a page's main list.
  cards: { wrapper: 'lg:overflow-x-auto lg:rounded-lg lg:border lg:border-slate-200 lg:bg-white', table: `${lgRegular} ${phoneCards}` },
  // compact on a laptop, cards on a phone or tablet: a table inside a card of a record's page.
  compactCards: { wrapper: 'lg:overflow-x-auto', table: `${lgCompact} ${phoneCards}` },
} as const;

/** A table that scrolls sideways on narrow screens (and then takes focus, to scroll by keyboard). The caption is for screen readers and names the table. className places it (margins). */
export function Table({
  caption,
  variant = 'compact',
  className = '',
  children,
}: {
  caption: string;
  variant?: keyof typeof variants;
  className?: string;
  children: ReactNode;
}) {
  const look = variants[variant];
  return (
    <ScrollArea label={caption} className={`${look.wrapper} ${className}`.trim()}>
      <table className={`w-full text-left text-sm [&_tbody]:align-top ${look.table}`}>
        <caption className="sr-only">{caption}</caption>
        {children}
      </table>
    </ScrollArea>
  );
}

/**
 * A column header: its label, or the label with options. `numeric` right-aligns it over a column of
 * numbers; `sorted` is the direction when the table is sorted by this column (it becomes aria-sort).
 */
export type TableColumn = string | { label: ReactNode; numeric?: boolean; sorted?: 'ascending' | 'descending'; className?: string };

/** The header row: one <th scope="col"> per column, in order. */
export function TableHead({ columns }: { columns: TableColumn[] }) {
  return (
    <thead>
      <tr>
        {columns.map((column, index) => {
          const { label, numeric = false, sorted, className = '' } = typeof column === 'string' ? { label: column } : column;
          const classes = `${numeric ? 'text-right' : ''} ${className}`.trim();
          return (
            <th key={index} scope="col" aria-sort={sorted} className={classes || undefined}>
              {label}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}
