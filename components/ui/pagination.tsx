import { ListLink } from '@/components/ui/list-link';

/** Previous / next links with "page N of M"; hrefFor builds each page's URL so filters stay in it. */
export function Pagination({
  page,
  pageCount,
  total,
  moreThanTotal = false,
  noun,
  nounPlural = `${noun}s`,
  hrefFor,
}: {
  page: number;
  pageCount: number;
  total: number;
  /** Only the first `total` are paged through, of more (a search matching too many to count). */
  moreThanTotal?: boolean;
  /** What is counted, one of it ("order"); `nounPlural` when adding an s is wrong ("entries"). */
  noun: string;
  nounPlural?: string;
  hrefFor: (page: number) => string;
}) {
  const link = 'rounded-md border border-slate-300 bg-white px-3 py-1 text-sm font-medium hover:bg-slate-100';
  const off = 'rounded-md border border-slate-200 px-3 py-1 text-sm text-slate-600';
  return (
    <nav aria-label="Pages" className="mt-4 flex flex-wrap items-center justify-between gap-3 text-sm">
      <p>
        {moreThanTotal ? 'More than ' : ''}
        {total.toLocaleString('en-US')} {total === 1 && !moreThanTotal ? noun : nounPlural} · page {page} of {pageCount}
      </p>
      <div className="flex gap-2">
        {page > 1 ? (
          <>
            <ListLink href={hrefFor(1)} className={link}>
              First
            </ListLink>
            <ListLink href={hrefFor(page - 1)} className={link} rel="prev">
              Previous
            </ListLink>
          </>
        ) : (
          <span className={off}>Previous</span>
        )}
        {page < pageCount ? (
          <ListLink href={hrefFor(page + 1)} className={link} rel="next">
            Next
          </ListLink>
        ) : (
          <span className={off}>Next</span>
        )}
      </div>
    </nav>
  );
}
