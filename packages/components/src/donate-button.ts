import { AlimaDonateButton } from './donate-button/donate-button.js';
import { defineElement } from './internal/define.js';
import { acceptPropertyNameAttributes } from './internal/property-name-attributes.js';

export { AlimaDonateButton, donateButtonVariants } from './donate-button/donate-button.js';
export type { DonateButtonVariant, DonateEventDetail } from './donate-button/donate-button.js';

// Its camelCase properties also take React's lowercase attribute names.
defineElement('alima-donate-button', AlimaDonateButton, acceptPropertyNameAttributes);
