import { AlimaStatGroup } from './stat-group/stat-group.js';
import { defineElement } from './internal/define.js';
import { acceptPropertyNameAttributes } from './internal/property-name-attributes.js';

export { AlimaStatGroup, statGroupHeadingLevels } from './stat-group/stat-group.js';
export type { StatGroupHeadingLevel } from './stat-group/stat-group.js';

// Its camelCase properties also take React's lowercase attribute names.
defineElement('alima-stat-group', AlimaStatGroup, acceptPropertyNameAttributes);
