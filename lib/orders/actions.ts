/** The orders domain's server actions, for forms and pages: each module below is a 'use server' file. */
export * from './order-page-actions';
export * from './fulfill-actions';
export * from './ship-actions';
export * from './message-actions';
export * from './bulk-actions';
export * from './ship-csv-actions';
