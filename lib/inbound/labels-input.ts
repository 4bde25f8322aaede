/** The label request form: every PageType and LabelType the model lists, and the getLabels query built from it. */
import { z } from 'zod';
import type { GetLabelsParams } from '@/lib/sp-api/generated/fulfillment-inbound-v0';
import { textField } from '@/lib/validation/text-input';

export const PAGE_TYPES = [
  'PackageLabel_Letter_2',
  'PackageLabel_Letter_4',
  'PackageLabel_Letter_6',
  'PackageLabel_Letter_6_CarrierLeft',
  'PackageLabel_A4_2',
  'PackageLabel_A4_4',
  'PackageLabel_Plain_Paper',
  'PackageLabel_Plain_Paper_CarrierBottom',
  'PackageLabel_Thermal',
  'PackageLabel_Thermal_Unified',
  'PackageLabel_Thermal_NonPCP',
  'PackageLabel_Thermal_No_Carrier_Rotation',
] as const satisfies readonly GetLabelsParams['PageType'][];

export const LABEL_TYPES = ['UNIQUE', 'BARCODE_2D', 'PALLET'] as const satisfies readonly GetLabelsParams['LabelType'][];

const optionalInt = (message: string, max?: number) =>
  z.preprocess(
    (v) => (v === '' || v === null ? undefined : v),
    (max ? z.coerce.number().int(message).min(1, message).max(max, `At most ${max}.`) : z.coerce.number().int(message).min(1, message)).optional(),
  );

export const labelsInput = z
  .object({
    pageType: z.enum(PAGE_TYPES, { error: 'Choose a page type.' }),
    labelType: z.enum(LABEL_TYPES, { error: 'Choose a label type.' }),
    numberOfPackages: optionalInt('Enter a whole number of packages.', 999),
    // The shared text rules first (the ids go into Amazon's query string; tabs and line breaks
    // separate them), then the model's PackageLabelsToPrint: at most 999 ids.
    packageIds: textField({ max: 999 * 101, multiline: true, tooLong: 'Print at most 999 package ids at a time.' })
      .optional()
      .transform((v) => (v ?? '').split(/[\s,]+/).filter(Boolean))
      .pipe(z.array(z.string().max(100, 'A package id has at most 100 characters.')).max(999, 'Print at most 999 package ids at a time.')),
    numberOfPallets: optionalInt('Enter a whole number of pallets.', 250),
    pageSize: optionalInt('Enter a page size of 1 to 1000.', 1000),
    pageStartIndex: z.preprocess((v) => (v === '' || v === null ? undefined : v), z.coerce.number().int().min(0, 'Start at 0 or later.').optional()),
  })
  .catchall(z.unknown());

export type LabelsInput = z.output<typeof labelsInput>;

export interface LabelContext {
  shipmentType: 'SP' | 'LTL' | null;
  isPartnered: boolean | null;
  /** The boxes and pallets of the stored carrier booking (0 when it has none). */
  packageCount?: number;
  palletCount?: number;
}

/**
 * The counts the booking already holds fill what the form left empty, so the seller is asked
 * only for what Amazon does not know. Chosen package ids are printed as chosen.
 */
export function withKnownCounts(input: LabelsInput, known: LabelContext): LabelsInput {
  return {
    ...input,
    ...(input.numberOfPackages === undefined && input.packageIds.length === 0 && known.packageCount ? { numberOfPackages: known.packageCount } : {}),
    ...(input.numberOfPallets === undefined && known.palletCount ? { numberOfPallets: known.palletCount } : {}),
  };
}

/** Field errors for what Amazon would refuse, so nothing is sent. */
export function labelRequestProblems(input: LabelsInput, transport: LabelContext): Record<string, string[]> {
  const problems: Record<string, string[]> = {};
  const add = (field: string, message: string) => (problems[field] ??= []).push(message);
  if (input.labelType === 'PALLET') {
    if (!input.numberOfPallets) add('numberOfPallets', 'Enter the number of pallets.');
    if (transport.shipmentType === 'SP') add('labelType', 'Pallet labels are for LTL shipments.');
  } else if (!input.numberOfPackages && input.packageIds.length === 0) {
    add('numberOfPackages', 'Enter the number of packages, or the package ids to print.');
  }
  // The model requires PageSize and PageStartIndex for every non-partnered LTL label request, pallet labels included.
  if (transport.shipmentType === 'LTL' && transport.isPartnered === false) {
    if (!input.pageSize) add('pageSize', 'Non-partnered LTL labels need a page size.');
    if (input.pageStartIndex === undefined) add('pageStartIndex', 'Non-partnered LTL labels need a start index.');
  }
  return problems;
}

export function buildLabelsParams(shipmentId: string, input: LabelsInput): GetLabelsParams {
  return {
    shipmentId,
    PageType: input.pageType,
    LabelType: input.labelType,
    ...(input.labelType === 'PALLET'
      ? { NumberOfPallets: input.numberOfPallets }
      : input.packageIds.length
        ? { PackageLabelsToPrint: input.packageIds }
        : { NumberOfPackages: input.numberOfPackages }),
    ...(input.pageSize ? { PageSize: input.pageSize } : {}),
    ...(input.pageStartIndex !== undefined ? { PageStartIndex: input.pageStartIndex } : {}),
  };
}
