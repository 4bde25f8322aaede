import { DateTime } from '@/components/ui/date-time';
import type { Metadata } from 'next';
import Form from 'next/form';
import Link from 'next/link';
import { EmptyState } from '@/components/ui/empty-state';
import { FilterSelect, filterControl, filterLabel } from '@/components/ui/filter-fields';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { Table, TableHead } from '@/components/ui/table';
import { getDb } from '@/db';
import { auditActionLabel, auditDetailCodes, describeAuditDetail, auditHref, listAuditActions, listAuditEntries, parseAuditFilters } from '@/lib/audit';
import { requireUser } from '@/lib/auth';
import { listUsers } from '@/lib/users';
import type { RawSearchParams } from '@/lib/validation/search-params';

export const metadata: Metadata = { title: 'Audit log' };

export default async function AuditPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const user = await requireUser('admin');
  const db = await getDb();
  const { filters, problems } = parseAuditFilters(await searchParams);
  const [list, actions, people] = await Promise.all([
    listAuditEntries(db, user.workspaceId, filters),
    listAuditActions(db, user.workspaceId),
    listUsers(db, user.workspaceId),
  ]);
  const shown = { ...filters, page: list.page };
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/settings" className="text-blue-700 underline">
          ← Settings
        </Link>
      </p>
      <PageHeader
        title="Audit log"
        description="Every change made in this workspace: who, when, what, the result and Amazon's request id when Amazon was asked."
      />
      {problems.length ? (
        <div role="status" className="mb-4 rounded-md bg-amber-50 p-3 text-sm text-amber-900">
          <ul className="list-disc pl-5">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <Form
        key={JSON.stringify(filters)}
        action="/settings/audit"
        aria-label="Filter the audit log"
        className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-6"
      >
        <FilterSelect
          id="action"
          label="Action"
          defaultValue={filters.action ?? ''}
          options={[
            { value: '', label: 'Any action' },
            // The words only, in their own order; the value stays the code, as the URL takes it (?action=users.remove).
            ...actions.map((a) => ({ value: a, label: auditActionLabel(a) })).sort((a, b) => a.label.localeCompare(b.label)),
          ]}
        />
        <FilterSelect
          id="user"
          label="User"
          defaultValue={filters.userId ?? ''}
          options={[{ value: '', label: 'Anyone' }, ...people.map((p) => ({ value: p.id, label: `${p.name} (${p.email})` }))]}
        />
        <FilterSelect
          id="result"
          label="Result"
          defaultValue={filters.result ?? ''}
          options={[
            { value: '', label: 'Any result' },
            { value: 'ok', label: 'Succeeded' },
            { value: 'error', label: 'Failed' },
          ]}
        />
        <div>
          <label htmlFor="target" className={filterLabel}>
            Target
          </label>
          <input
            id="target"
            name="target"
            type="search"
            defaultValue={filters.target ?? ''}
            placeholder="Order or shipment id, SKU"
            className={filterControl}
          />
        </div>
        <div>
          <label htmlFor="from" className={filterLabel}>
            From
          </label>
          <input id="from" name="from" type="date" defaultValue={filters.from ?? ''} className={filterControl} />
        </div>
        <div>
          <label htmlFor="to" className={filterLabel}>
            To
          </label>
          <input id="to" name="to" type="date" defaultValue={filters.to ?? ''} className={filterControl} />
        </div>
        <div className="flex gap-3 sm:col-span-2 lg:col-span-6">
          <button type="submit" className="rounded-md bg-blue-700 px-4 py-2 text-sm font-medium text-white hover:bg-blue-800">
            Apply filters
          </button>
          <Link href="/settings/audit" className="rounded-md border border-slate-300 px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-100">
            Clear filters
          </Link>
        </div>
      </Form>
      {list.rows.length ? (
        <>
          <Table caption="Audit entries, newest first" variant="framed">
            <TableHead columns={['When', 'Who', 'Action', 'Target', 'Result', 'SP-API request id']} />
            <tbody>
              {list.rows.map((row) => (
                <tr key={row.id}>
                  <td className="whitespace-nowrap">
                    <DateTime value={row.createdAt} />
                  </td>
                  <td>{row.userName ? `${row.userName} (${row.userEmail})${row.userRemoved ? ', removed' : ''}` : 'Removed user or system'}</td>
                  {/* The words for reading; the stored code, id or detail on hover, as the filter takes it. */}
                  <td>
                    <span title={row.action}>{auditActionLabel(row.action)}</span>
                  </td>
                  <td>
                    {row.target ? <span title={row.target}>{row.targetLabel}</span> : '—'}
                    {row.detail ? (
                      <span className="block text-xs text-slate-600" title={auditDetailCodes(row.detail)}>
                        {describeAuditDetail(row.detail, row.action)}
                      </span>
                    ) : null}
                  </td>
                  <td>{row.result === 'ok' ? 'Succeeded' : <span className="font-medium text-red-800">Failed</span>}</td>
                  <td className="font-mono text-xs">{row.requestId ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </Table>
          <Pagination
            page={list.page}
            pageCount={list.pageCount}
            total={list.total}
            noun="entry"
            nounPlural="entries"
            hrefFor={(page) => auditHref(shown, { page })}
          />
        </>
      ) : (
        <EmptyState title="No entries match">Changes appear here as your team makes them.</EmptyState>
      )}
    </>
  );
}
