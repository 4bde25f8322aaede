/**
 * LTL freight: the pallets of a shipment and what its freight carrier is told (FreightInformation).
 * Amazon's partnered freight carrier quotes only with a freight class and the declared value; a
 * pallet may be at most 72 in (183 cm) high and weigh at most 1,500 lb (680 kg).
 */

/** FreightInformation.freightClass, as the model lists it. */
export const FREIGHT_CLASSES = [
  'NONE',
  'FC_50',
  'FC_55',
  'FC_60',
  'FC_65',
  'FC_70',
  'FC_77_5',
  'FC_85',
  'FC_92_5',
  'FC_100',
  'FC_110',
  'FC_125',
  'FC_150',
  'FC_175',
  'FC_200',
  'FC_250',
  'FC_300',
  'FC_400',
  'FC_500',
] as const;

export type FreightClass = (typeof FREIGHT_CLASSES)[number];

export const MAX_PALLET_HEIGHT_IN = 72;
export const MAX_PALLET_LB = 1500;

/** "Class 77.5"; NONE is a shipment the seller has not classified. */
export const freightClassLabel = (freightClass: FreightClass) =>
  freightClass === 'NONE' ? 'Not classified' : `Class ${freightClass.slice(3).replace('_', '.')}`;
