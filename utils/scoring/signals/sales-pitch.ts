import { phraseSignal } from './phrase';

/** A sales pitch ("we help companies cut costs", "15-min chat", "Leistungen vorstellen"). */
export const salesPitch = phraseSignal('sales-pitch', 'sales-pitch', 1, 'sigSalesPitch');
