import { AlimaStatCard } from './stat-card/stat-card.js';
import { defineElement } from './internal/define.js';

export {
  AlimaStatCard,
  statCardVariants,
  statCardNotations,
  statCardFormats,
} from './stat-card/stat-card.js';
export type { StatCardVariant, StatCardNotation, StatCardFormat } from './stat-card/stat-card.js';

defineElement('alima-stat-card', AlimaStatCard);
