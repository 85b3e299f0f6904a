import { formatNumber } from '../texts';

export interface PaginationProps {
  /** 1-based */
  readonly page: number;
  readonly hasNext: boolean;
  /** the address of a page, keeping the list's filters */
  readonly href: (page: number) => string;
  /** when the list knows its size; a keyset-paged list may not */
  readonly totalPages?: number;
}

/** Previous / next links; the API pages with limit and cursor, so no jump to page n is assumed. */
export function Pagination({ page, hasNext, href, totalPages }: PaginationProps) {
  if (page <= 1 && !hasNext) return null;
  return (
    <nav class="pagination" aria-label="Sidor">
      <ul>
        {page > 1 && (
          <li>
            <a href={href(page - 1)} rel="prev">
              Föregående sida
            </a>
          </li>
        )}
        <li aria-current="page">
          Sida {formatNumber(page)}
          {totalPages !== undefined && ` av ${formatNumber(totalPages)}`}
        </li>
        {hasNext && (
          <li>
            <a href={href(page + 1)} rel="next">
              Nästa sida
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
