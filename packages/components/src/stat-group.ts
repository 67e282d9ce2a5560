import { AlimaStatGroup } from './stat-group/stat-group.js';
import { defineElement } from './internal/define.js';

export { AlimaStatGroup, statGroupHeadingLevels } from './stat-group/stat-group.js';
export type { StatGroupHeadingLevel } from './stat-group/stat-group.js';

defineElement('alima-stat-group', AlimaStatGroup);
