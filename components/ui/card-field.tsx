import type { ReactNode } from 'react';

/**
 * One value of a card in a phone's list (where a laptop shows a table row): its label over it,
 * inside the card's <dl>. `cell` names the value for tests that read either layout (data-cell);
 * `figure` lines numbers up; `wide` spans two columns of the card's grid.
 */
export function CardField({
  label,
  cell,
  figure = false,
  wide = false,
  children,
}: {
  label: string;
  cell?: string;
  figure?: boolean;
  wide?: boolean;
  children: ReactNode;
}) {
  return (
    <div className={wide ? 'col-span-2 min-w-0' : 'min-w-0'}>
      <dt className="text-xs text-slate-600">{label}</dt>
      <dd data-cell={cell} className={figure ? 'tabular-nums' : 'break-words'}>
        {children}
      </dd>
    </div>
  );
}
