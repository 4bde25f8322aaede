/** The pager's count as the server renders it: one of a thing, several of it, and more than a count. */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { Pagination } from './pagination';

vi.mock('@/components/ui/list-link', () => ({ ListLink: ({ children }: { children: unknown }) => children }));

const count = (props: { total: number; noun: string; nounPlural?: string; moreThanTotal?: boolean }) =>
  /<p>(.*?)<\/p>/.exec(renderToStaticMarkup(createElement(Pagination, { page: 1, pageCount: 1, hrefFor: () => '/', ...props })))![1]!.replace(/<!-- -->/g, '');

describe('Pagination', () => {
  it('counts one thing in the singular and several in the plural', () => {
    expect(count({ total: 1, noun: 'entry', nounPlural: 'entries' })).toBe('1 entry · page 1 of 1');
    expect(count({ total: 2, noun: 'entry', nounPlural: 'entries' })).toBe('2 entries · page 1 of 1');
    expect(count({ total: 1, noun: 'order' })).toBe('1 order · page 1 of 1');
    expect(count({ total: 1200, noun: 'order' })).toBe('1,200 orders · page 1 of 1');
    expect(count({ total: 1000, noun: 'order', moreThanTotal: true })).toBe('More than 1,000 orders · page 1 of 1');
  });
});
