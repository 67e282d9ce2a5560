import { AlimaStatCard } from './stat-card/stat-card.js';
import { defineElement } from './internal/define.js';

export { AlimaStatCard, statCardVariants, statCardNotations } from './stat-card/stat-card.js';
export type { StatCardVariant, StatCardNotation } from './stat-card/stat-card.js';

defineElement('alima-stat-card', AlimaStatCard);
