import { AlimaDonateButton } from './donate-button/donate-button.js';
import { defineElement } from './internal/define.js';

export { AlimaDonateButton, donateButtonVariants } from './donate-button/donate-button.js';
export type { DonateButtonVariant, DonateEventDetail } from './donate-button/donate-button.js';

defineElement('alima-donate-button', AlimaDonateButton);
